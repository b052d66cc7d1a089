# 잠재 차원 대신 배치 축 (dim=0)에 대해 합한다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum(dim=0)
