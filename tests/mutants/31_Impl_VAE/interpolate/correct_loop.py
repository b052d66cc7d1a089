# 다른 올바른 구현: 점마다 t = k / (steps - 1)을 계산해 하나씩 디코딩한다
def interpolate(model: VAE, x_a: torch.Tensor, x_b: torch.Tensor, steps: int) -> torch.Tensor:
    """두 이미지의 사후 평균 사이를 잠재 공간에서 선형으로 잇고, 각 점을 디코딩합니다."""
    rows = []
    with torch.no_grad():
        mu_a = model.encode(x_a[None])[0][0]  # (J,)
        mu_b = model.encode(x_b[None])[0][0]
        for k in range(steps):
            t = k / (steps - 1)
            z = mu_a + t * (mu_b - mu_a)
            rows.append(torch.sigmoid(model.decode(z[None]))[0])
    return torch.stack(rows)
