# 다른 올바른 구현: torch.inference_mode와 torch.normal(0, 1, size=...)을 쓴다
def sample(model: VAE, n: int, z: torch.Tensor | None = None) -> torch.Tensor:
    """사전분포에서 z를 뽑아 디코딩한 확률을 돌려줍니다."""
    p = next(model.parameters())
    if z is not None and z.shape[0] != n:
        raise ValueError("z.shape[0] != n")
    with torch.inference_mode():
        if z is None:
            z = torch.normal(0.0, 1.0, size=(n, model.latent_dim), dtype=p.dtype, device=p.device)
        probs = torch.sigmoid(model.decode(z))
    return probs.clone()
