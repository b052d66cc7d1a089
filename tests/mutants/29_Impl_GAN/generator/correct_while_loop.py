# 다른 올바른 구현: math.log2로 확인하고, 크기를 두 배씩 키우는 while 문으로 층을 쌓는다
class Generator(nn.Module):
    """DCGAN 생성자 (다른 구현)."""

    def __init__(self, nz: int, ngf: int, nc: int, img_size: int):
        super().__init__()
        if img_size < 8 or not math.log2(img_size).is_integer():
            raise ValueError(f"img_size must be a power of two >= 8, got {img_size}")
        self.nz = nz
        channels = ngf * img_size // 8  # 4x4에서의 채널 수 = ngf · 2^(n-1)
        modules = [
            nn.ConvTranspose2d(nz, channels, kernel_size=4, stride=1, padding=0, bias=False),
            nn.BatchNorm2d(channels),
            nn.ReLU(),
        ]
        size = 4
        while size * 2 < img_size:
            modules.append(nn.ConvTranspose2d(channels, channels // 2, kernel_size=4, stride=2, padding=1, bias=False))
            modules.append(nn.BatchNorm2d(channels // 2))
            modules.append(nn.ReLU())
            channels, size = channels // 2, size * 2
        modules.append(nn.ConvTranspose2d(channels, nc, kernel_size=4, stride=2, padding=1, bias=False))
        modules.append(nn.Tanh())
        self.main = nn.Sequential(*modules)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.main(z[:, :, None, None])
