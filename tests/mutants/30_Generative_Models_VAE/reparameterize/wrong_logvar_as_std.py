# logvar를 표준편차처럼 그대로 곱한다: z = mu + logvar · eps
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    if eps is None:
        eps = torch.randn_like(mu)
    return mu + logvar * eps
