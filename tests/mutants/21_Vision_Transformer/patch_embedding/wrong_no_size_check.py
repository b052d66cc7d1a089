# forward에서 크기를 확인하지 않는다: Conv2d가 남는 가장자리를 조용히 버린다
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
        return self.proj(x).flatten(2).transpose(1, 2)
