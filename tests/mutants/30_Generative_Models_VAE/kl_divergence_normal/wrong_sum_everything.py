# 배치까지 모두 합해 스칼라 하나를 돌려준다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * torch.sum(mu.pow(2) + logvar.exp() - 1 - logvar)
