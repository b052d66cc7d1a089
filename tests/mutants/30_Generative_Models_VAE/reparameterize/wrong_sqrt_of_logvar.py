# logvar를 분산으로 착각해 표준편차를 sqrt(logvar)로 쓴다 (logvar < 0이면 NaN)
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.sqrt(logvar)
    if eps is None:
        eps = torch.randn_like(std)
    return mu + std * eps
