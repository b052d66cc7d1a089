# 분산 σ² 자리에 표준편차 σ = exp(0.5 · logvar)를 쓴다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * (mu.pow(2) + torch.exp(0.5 * logvar) - 1 - logvar).sum(dim=-1)
