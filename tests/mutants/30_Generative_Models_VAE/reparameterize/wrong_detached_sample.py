# 샘플을 detach()해서 돌려준다 ("샘플은 상수"라고 생각함): 그래디언트가 mu, logvar로 가지 않는다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        eps = torch.randn_like(std)
    return (mu + std * eps).detach()
