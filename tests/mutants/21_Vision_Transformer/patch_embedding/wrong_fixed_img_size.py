# torchvision처럼 입력이 img_size와 정확히 같아야 한다고 막는다: 해상도를 바꾼 입력(나누어떨어지는)도 거부한다
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
        if H != self.img_size or W != self.img_size:
            raise ValueError(f"입력 H={H}, W={W}가 img_size={self.img_size}와 다릅니다 (patch={self.patch})")
        return self.proj(x).flatten(2).transpose(1, 2)
