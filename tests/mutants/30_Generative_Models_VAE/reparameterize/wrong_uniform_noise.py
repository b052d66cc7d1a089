# eps가 없을 때 torch.rand_like (균등분포 [0, 1))로 뽑는다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        eps = torch.rand_like(std)
    return mu + std * eps
