# 호출한 쪽의 eps를 제자리에서 바꾼다 (eps.mul_(std).add_(mu)): 값은 맞지만 호출한 쪽의 노이즈가 망가진다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        eps = torch.randn_like(std)
    return eps.mul_(std).add_(mu)
