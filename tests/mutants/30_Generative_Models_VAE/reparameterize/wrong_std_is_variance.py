# 표준편차 자리에 분산 exp(logvar)를 쓴다 (0.5를 빠뜨림)
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(logvar)
    if eps is None:
        eps = torch.randn_like(std)
    return mu + std * eps
