# 가중치는 약속대로 Conv2d에 두되, forward는 펼친 패치에 W.reshape(D, -1)을 곱하는 선형 사영으로 계산한다
class PatchEmbedding(nn.Module):
    def __init__(self, img_size: int = 224, patch: int = 16, in_chans: int = 3, dim: int = 768):
        super().__init__()
        if img_size % patch != 0:
            raise ValueError(f"img_size={img_size}, patch={patch}")
        self.img_size, self.patch = img_size, patch
        self.grid_size = img_size // patch
        self.num_patches = self.grid_size**2
        self.proj = nn.Conv2d(in_chans, dim, kernel_size=patch, stride=patch)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        B, C, H, W = x.shape
        p = self.patch
        if H % p or W % p:
            raise ValueError(f"H={H}, W={W}, patch={p}")
        patches = F.unfold(x, kernel_size=p, stride=p).transpose(1, 2)  # (B, N, C·p·p)
        E = self.proj.weight.reshape(self.proj.out_channels, -1)  # (D, C·p·p)
        return F.linear(patches, E, self.proj.bias)
