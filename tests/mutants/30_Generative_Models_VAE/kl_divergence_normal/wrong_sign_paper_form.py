# 논문의 식 (10)을 그대로 옮겨 -KL = 0.5 · Σ (1 + log σ² - μ² - σ²)를 돌려준다 (부호가 반대)
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * torch.sum(1 + logvar - mu.pow(2) - logvar.exp(), dim=-1)
