# LeakyReLU 대신 ReLU를 쓴다
class Discriminator(nn.Module):
    """DCGAN 판별자 (Radford et al., 2016; PyTorch DCGAN 예제의 층 배치에서 마지막 Sigmoid를 뺀 것).

    스트라이드 2 합성곱으로 층마다 가로세로를 절반으로 줄여 4x4까지 내려간 뒤, 4x4 합성곱 하나로 로짓 하나를
    만듭니다. n = log2(img_size) - 2일 때 self.main = nn.Sequential(...)의 층 배치 (합성곱은 모두 bias=False):

        Conv2d(nc, ndf, 4, 2, 1), LeakyReLU(0.2)                                  # 입력층: BN 없음
        (n - 1)번 반복: Conv2d(c, 2·c, 4, 2, 1), BatchNorm2d(2·c), LeakyReLU(0.2)   # 절반 크기, 채널 2배
        Conv2d(ndf·2^(n-1), 1, 4, 1, 0)                                            # 4x4 -> 1x1 로짓

    img_size = 16이면 main.0 (nc -> ndf), main.1 LeakyReLU, main.2 (ndf -> 2·ndf), main.3 BN,
    main.4 LeakyReLU, main.5 (2·ndf -> 1)입니다.

    Args:
        nc: 입력 이미지의 채널 수.
        ndf: 입력층의 출력 채널 수. 뒤쪽 층으로 갈수록 두 배씩 많아집니다.
        img_size: 입력 이미지의 가로세로 크기. 8 이상인 2의 거듭제곱 (8, 16, 32, 64, ...).

    Attributes:
        main: 위 배치의 nn.Sequential.

    Raises:
        ValueError: img_size가 8 이상인 2의 거듭제곱이 아닐 때 (예: 28).
    """

    def __init__(self, nc: int, ndf: int, img_size: int):
        super().__init__()
        n = img_size.bit_length() - 3  # img_size = 4 · 2^n
        if img_size < 8 or img_size != 4 * 2**n:
            raise ValueError(f"img_size는 8 이상인 2의 거듭제곱이어야 합니다: 받은 값 {img_size}")
        layers = [nn.Conv2d(nc, ndf, 4, 2, 1, bias=False), nn.ReLU(inplace=True)]  # 입력층: BN 없음
        c = ndf
        for _ in range(n - 1):  # 절반 크기, 채널 2배
            layers += [
                nn.Conv2d(c, 2 * c, 4, 2, 1, bias=False),
                nn.BatchNorm2d(2 * c),
                nn.ReLU(inplace=True),
            ]
            c *= 2
        layers.append(nn.Conv2d(c, 1, 4, 1, 0, bias=False))  # (B, 1, 1, 1)
        self.main = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """이미지 x (B, nc, img_size, img_size)의 로짓 (B,)을 돌려줍니다 (확률은 torch.sigmoid(로짓)). B = 1이어도 (1,)입니다."""
        return self.main(x).view(-1)  # (B,)
