# torchvision의 _process_input처럼 reshape(B, D, N) 뒤 permute(0, 2, 1)
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
        n, c, h, w = x.shape
        if h % self.patch != 0 or w % self.patch != 0:
            raise ValueError(f"입력 {h}x{w}는 패치 {self.patch}의 배수가 아닙니다")
        y = self.proj(x)
        d, n_h, n_w = y.shape[1:]
        return y.reshape(n, d, n_h * n_w).permute(0, 2, 1)
