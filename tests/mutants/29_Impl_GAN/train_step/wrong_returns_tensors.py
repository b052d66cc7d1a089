# 손실을 .item() 없이 텐서로 돌려준다 (기록하면 그래프를 붙잡는다)
def train_step(
    G: nn.Module,
    D: nn.Module,
    opt_g: torch.optim.Optimizer,
    opt_d: torch.optim.Optimizer,
    real: torch.Tensor,
    z: torch.Tensor | None = None,
) -> tuple[float, float]:
    """DCGAN 학습 한 단계: 판별자를 한 번, 이어서 생성자를 한 번 업데이트합니다 (Goodfellow et al., 2014, 알고리즘 1, k = 1).

    1. z가 None이면 z = torch.randn(B, G.nz, device=real.device)로 뽑습니다 (torch의 전역 난수 생성기).
    2. fake = G(z)를 한 번 계산합니다.
    3. 판별자 단계: loss_d = BCE(D(real), 1) + BCE(D(fake.detach()), 0).
       BCE는 로짓을 받는 이진 교차 엔트로피의 배치 평균 (F.binary_cross_entropy_with_logits)이고 두 항을 더합니다.
       D(real)과 D(fake.detach())는 따로 부릅니다 (한 배치로 합치면 BatchNorm의 통계가 섞입니다).
       opt_d의 그래디언트를 비우고, loss_d로 역전파하고, opt_d.step()을 부릅니다.
    4. 생성자 단계 (비포화 손실): 3에서 업데이트된 D로 loss_g = BCE(D(fake), 1).
       opt_g의 그래디언트를 비우고, loss_g로 역전파하고, opt_g.step()을 부릅니다.
    레이블 평활화는 하지 않습니다 (진짜 1, 가짜 0). G와 D의 train/eval 모드는 바꾸지 않습니다.

    Args:
        G: 생성자. G(z)는 z (B, G.nz)에서 real과 같은 모양의 이미지를 만들고, 속성 G.nz가 있습니다.
        D: 판별자. D(x)는 로짓 (B,)을 돌려줍니다.
        opt_g: G의 매개변수만 가진 옵티마이저.
        opt_d: D의 매개변수만 가진 옵티마이저.
        real: (B, C, H, W) 진짜 이미지의 미니배치, torch.float32, 값은 [-1, 1].
        z: (B, G.nz) 잠재 벡터 (real과 같은 장치), 또는 None.

    Returns:
        (loss_d, loss_g): 파이썬 float 두 개. loss_d는 D를 업데이트하기 전의 판별자 손실,
        loss_g는 업데이트된 D로 계산한 생성자 손실입니다.
    """
    B = real.shape[0]
    if z is None:
        z = torch.randn(B, G.nz, device=real.device)
    fake = G(z)  # (B, C, H, W)

    # 판별자 단계: 진짜는 1, 가짜는 0. detach로 G까지 역전파하지 않는다
    logits_real = D(real)  # (B,)
    logits_fake = D(fake.detach())  # (B,)
    loss_d = F.binary_cross_entropy_with_logits(logits_real, torch.ones_like(logits_real))
    loss_d = loss_d + F.binary_cross_entropy_with_logits(logits_fake, torch.zeros_like(logits_fake))
    opt_d.zero_grad()
    loss_d.backward()
    opt_d.step()

    # 생성자 단계: 업데이트된 D가 가짜를 진짜(1)라고 하도록
    logits_gen = D(fake)  # (B,)
    loss_g = F.binary_cross_entropy_with_logits(logits_gen, torch.ones_like(logits_gen))
    opt_g.zero_grad()
    loss_g.backward()
    opt_g.step()
    return loss_d, loss_g
