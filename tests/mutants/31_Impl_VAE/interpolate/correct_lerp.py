# 다른 올바른 구현: 두 이미지를 따로 인코딩하고 torch.lerp로 잇는다
def interpolate(model: VAE, x_a: torch.Tensor, x_b: torch.Tensor, steps: int) -> torch.Tensor:
    """두 이미지의 사후 평균 사이를 잠재 공간에서 선형으로 잇고, 각 점을 디코딩합니다."""
    with torch.no_grad():
        mu_a, _ = model.encode(x_a.unsqueeze(0))  # (1, J)
        mu_b, _ = model.encode(x_b.unsqueeze(0))  # (1, J)
        t = torch.linspace(0.0, 1.0, steps, dtype=mu_a.dtype, device=mu_a.device).unsqueeze(1)  # (S, 1)
        z = torch.lerp(mu_a, mu_b, t)  # (S, J)
        return model.decode(z).sigmoid()
