# Tanh 대신 Sigmoid로 출력한다 (범위가 [0, 1]이 되어 [-1, 1]의 데이터와 다르다)
class Generator(nn.Module):
    """DCGAN 생성자 (Radford et al., 2016; PyTorch DCGAN 예제의 층 배치).

    잠재 벡터 z (B, nz)를 (B, nz, 1, 1)로 보고, 전치 합성곱으로 4x4를 만든 뒤 층마다 가로세로를 두 배로 키워
    img_size x img_size 이미지를 만듭니다. n = log2(img_size) - 2 (2배로 키우는 층의 수)일 때
    self.main = nn.Sequential(...)의 층 배치는 다음과 같습니다 (합성곱은 모두 bias=False):

        ConvTranspose2d(nz, ngf·2^(n-1), 4, 1, 0), BatchNorm2d(ngf·2^(n-1)), ReLU    # 1x1 -> 4x4
        (n - 1)번 반복: ConvTranspose2d(c, c // 2, 4, 2, 1), BatchNorm2d(c // 2), ReLU   # 2배 크게, 채널 절반
        ConvTranspose2d(ngf, nc, 4, 2, 1), Tanh                                       # 출력층: BN 없음

    img_size = 16이면 main.0 (nz -> 2·ngf), main.1 BN, main.2 ReLU, main.3 (2·ngf -> ngf), main.4 BN,
    main.5 ReLU, main.6 (ngf -> nc), main.7 Tanh이고, state_dict의 키는 "main.0.weight", "main.1.weight",
    "main.1.bias", "main.1.running_mean", ... 입니다.

    Args:
        nz: 잠재 벡터의 차원.
        ngf: 출력층 바로 앞 특징 맵의 채널 수. 앞쪽 층으로 갈수록 두 배씩 많아집니다.
        nc: 출력 이미지의 채널 수 (흑백 1, 컬러 3).
        img_size: 출력 이미지의 가로세로 크기. 8 이상인 2의 거듭제곱 (8, 16, 32, 64, ...).

    Attributes:
        nz: 잠재 차원 (train_step이 z를 뽑을 때 씁니다).
        main: 위 배치의 nn.Sequential.

    Raises:
        ValueError: img_size가 8 이상인 2의 거듭제곱이 아닐 때 (예: 28).
    """

    def __init__(self, nz: int, ngf: int, nc: int, img_size: int):
        super().__init__()
        n = img_size.bit_length() - 3  # img_size = 4 · 2^n
        if img_size < 8 or img_size != 4 * 2**n:
            raise ValueError(f"img_size는 8 이상인 2의 거듭제곱이어야 합니다: 받은 값 {img_size}")
        self.nz = nz
        c = ngf * 2 ** (n - 1)  # 4x4 특징 맵의 채널 수
        layers = [nn.ConvTranspose2d(nz, c, 4, 1, 0, bias=False), nn.BatchNorm2d(c), nn.ReLU(True)]
        for _ in range(n - 1):  # 가로세로 2배, 채널 절반
            layers += [
                nn.ConvTranspose2d(c, c // 2, 4, 2, 1, bias=False),
                nn.BatchNorm2d(c // 2),
                nn.ReLU(True),
            ]
            c //= 2
        layers += [nn.ConvTranspose2d(c, nc, 4, 2, 1, bias=False), nn.Sigmoid()]  # 출력층: BN 없음
        self.main = nn.Sequential(*layers)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        """잠재 벡터 z (B, nz)에서 이미지 (B, nc, img_size, img_size)를 만듭니다. 값은 Tanh 때문에 (-1, 1) 안입니다."""
        B = z.shape[0]
        return self.main(z.view(B, self.nz, 1, 1))  # (B, nc, img_size, img_size)
