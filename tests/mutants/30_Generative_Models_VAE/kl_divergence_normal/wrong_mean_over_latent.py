# 잠재 차원에 대해 합 대신 평균을 낸다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).mean(dim=-1)
