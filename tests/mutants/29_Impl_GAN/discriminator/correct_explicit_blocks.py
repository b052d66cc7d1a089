# 다른 올바른 구현: 층을 append로 쌓고 flatten으로 편다
class Discriminator(nn.Module):
    """DCGAN 판별자 (다른 구현)."""

    def __init__(self, nc: int, ndf: int, img_size: int):
        super().__init__()
        n = math.log2(img_size) - 2 if img_size > 0 else -1.0
        if n < 1 or not float(n).is_integer():
            raise ValueError(f"img_size {img_size} is not a power of two >= 8")
        self.main = nn.Sequential()
        self.main.append(nn.Conv2d(nc, ndf, kernel_size=4, stride=2, padding=1, bias=False))
        self.main.append(nn.LeakyReLU(negative_slope=0.2))
        for i in range(int(n) - 1):
            c_in, c_out = ndf * 2**i, ndf * 2 ** (i + 1)
            self.main.append(nn.Conv2d(c_in, c_out, kernel_size=4, stride=2, padding=1, bias=False))
            self.main.append(nn.BatchNorm2d(c_out))
            self.main.append(nn.LeakyReLU(negative_slope=0.2))
        self.main.append(nn.Conv2d(ndf * 2 ** (int(n) - 1), 1, kernel_size=4, stride=1, padding=0, bias=False))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.main(x).flatten()
