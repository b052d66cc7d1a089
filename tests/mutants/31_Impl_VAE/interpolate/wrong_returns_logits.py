# sigmoid를 씌우지 않고 로지트를 돌려준다
def interpolate(model: VAE, x_a: torch.Tensor, x_b: torch.Tensor, steps: int) -> torch.Tensor:
    """두 이미지의 사후 평균 사이를 잠재 공간에서 선형으로 잇고, 각 점을 디코딩합니다.

        mu_a = model.encode(x_a)의 mu,  mu_b = model.encode(x_b)의 mu   (샘플이 아니라 평균)
        z_k  = (1 - t_k) · mu_a + t_k · mu_b,  t_k = k / (steps - 1),  k = 0, ..., steps - 1
        출력의 k행 = sigmoid(model.decode(z_k))

    따라서 첫 행은 sigmoid(decode(mu_a)), 마지막 행은 sigmoid(decode(mu_b))입니다 (양 끝 포함).
    무작위성이 없으므로 같은 입력에는 늘 같은 결과를 냅니다. 그래디언트는 추적하지 않습니다 (torch.no_grad).
    입력은 바꾸지 않습니다.

    Args:
        model: VAE (연습 1).
        x_a: (input_dim,) 출발 이미지 한 장 (배치 축 없음), 모델과 같은 dtype·장치.
        x_b: (input_dim,) 도착 이미지 한 장.
        steps: 보간한 점의 수 S (steps >= 2, 양 끝 포함).

    Returns:
        (steps, input_dim) 텐서, 값은 [0, 1], requires_grad=False, 모델과 같은 dtype·장치.
    """
    with torch.no_grad():
        mu, _ = model.encode(torch.stack([x_a, x_b]))  # (2, J): 행 0 = mu_a, 행 1 = mu_b
        t = torch.linspace(0, 1, steps, dtype=mu.dtype, device=mu.device)[:, None]  # (S, 1)
        z = (1 - t) * mu[0] + t * mu[1]  # (S, J)
        return model.decode(z)  # (S, D)
