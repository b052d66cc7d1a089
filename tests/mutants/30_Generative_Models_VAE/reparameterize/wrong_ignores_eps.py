# 인자 eps를 무시하고 늘 새 노이즈를 뽑는다 (분포는 맞지만 같은 eps로 재현할 수 없다)
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    eps = torch.randn_like(std)
    return mu + std * eps
