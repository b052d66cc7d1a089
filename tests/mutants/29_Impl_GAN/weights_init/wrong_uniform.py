# 정규분포 대신 균등분포 U(-0.02, 0.02)로 뽑는다
def weights_init(m: nn.Module) -> None:
    """DCGAN의 초기화를 모듈 하나에 적용합니다. net.apply(weights_init)로 모든 하위 모듈에 부릅니다.

    - nn.Conv2d, nn.ConvTranspose2d: weight ~ N(0, 0.02²) (평균 0, 표준편차 0.02).
    - nn.BatchNorm2d: weight ~ N(1, 0.02²), bias = 0. running_mean과 running_var는 그대로 둡니다.
    - 그 밖의 모듈 (nn.Linear, 활성화 함수, nn.Sequential 자신 등): 아무것도 바꾸지 않습니다.

    값은 torch의 전역 난수 생성기로 뽑아 기존 매개변수 텐서에 제자리(in-place)로 씁니다. 새 nn.Parameter로
    바꿔 끼우지 않습니다 (이미 만든 옵티마이저가 옛 텐서를 붙잡고 있게 됩니다). 이 레슨의 합성곱에는 bias가 없습니다.

    Args:
        m: 모듈 하나 (nn.Module.apply가 하위 모듈마다 넘겨 줍니다).

    Returns:
        None.
    """
    if isinstance(m, (nn.Conv2d, nn.ConvTranspose2d)):
        nn.init.uniform_(m.weight, -0.02, 0.02)
    elif isinstance(m, nn.BatchNorm2d):
        nn.init.normal_(m.weight, mean=1.0, std=0.02)
        nn.init.zeros_(m.bias)
