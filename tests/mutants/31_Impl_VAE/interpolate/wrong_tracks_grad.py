# torch.no_grad 없이 계산해 출력이 그래디언트를 추적한다
def interpolate(model: VAE, x_a: torch.Tensor, x_b: torch.Tensor, steps: int) -> torch.Tensor:
    """두 이미지의 사후 평균 사이를 잠재 공간에서 선형으로 잇고, 각 점을 디코딩합니다."""
    mu, _ = model.encode(torch.stack([x_a, x_b]))
    t = torch.linspace(0, 1, steps, dtype=mu.dtype, device=mu.device)[:, None]
    z = (1 - t) * mu[0] + t * mu[1]
    return torch.sigmoid(model.decode(z))
