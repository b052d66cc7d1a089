# bias=False로 만든다: torchvision의 conv_proj에는 바이어스가 있다 (proj.bias가 없음)
class PatchEmbedding(nn.Module):
    def __init__(self, img_size: int = 224, patch: int = 16, in_chans: int = 3, dim: int = 768):
        super().__init__()
        if img_size % patch != 0:
            raise ValueError(f"img_size={img_size}, patch={patch}")
        self.img_size, self.patch = img_size, patch
        self.grid_size = img_size // patch
        self.num_patches = self.grid_size**2
        self.proj = nn.Conv2d(in_chans, dim, kernel_size=patch, stride=patch, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, C, H, W = x.shape
        if H % self.patch != 0 or W % self.patch != 0:
            raise ValueError(f"H={H}, W={W}, patch={self.patch}")
        return self.proj(x).flatten(2).transpose(1, 2)
