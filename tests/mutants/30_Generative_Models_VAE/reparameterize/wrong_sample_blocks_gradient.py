# eps가 없을 때 Normal(...).sample()로 뽑는다: 값의 분포는 맞지만 그래디언트가 끊긴다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        return torch.distributions.Normal(mu, std).sample()
    return mu + std * eps
