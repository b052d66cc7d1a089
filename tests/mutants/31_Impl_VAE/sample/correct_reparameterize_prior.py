# 다른 올바른 구현: 데코레이터 @torch.no_grad()와 model.reparameterize(0, 0)으로 사전분포에서 뽑는다
@torch.no_grad()
def sample(model: VAE, n: int, z: torch.Tensor | None = None) -> torch.Tensor:
    """사전분포에서 z를 뽑아 디코딩한 확률을 돌려줍니다."""
    if z is None:
        w = model.dec_hidden.weight
        zeros = torch.zeros(n, model.latent_dim, dtype=w.dtype, device=w.device)
        z = model.reparameterize(zeros, zeros)  # mu = 0, logvar = 0: N(0, I)
    elif len(z) != n:
        raise ValueError("z의 행 수가 n과 다릅니다")
    return model.decode(z).sigmoid()
