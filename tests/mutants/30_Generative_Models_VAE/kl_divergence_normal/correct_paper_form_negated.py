# 다른 풀이: 논문 부록 B의 -KL = 0.5 · Σ (1 + log σ² - μ² - σ²)를 계산한 뒤 부호를 바꾼다 (expm1로 σ² - 1)
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    neg_kl = 0.5 * torch.sum(-torch.expm1(logvar) + logvar - mu * mu, dim=1)
    return -neg_kl
