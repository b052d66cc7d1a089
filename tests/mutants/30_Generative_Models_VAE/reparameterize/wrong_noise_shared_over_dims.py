# eps가 없을 때 샘플마다 노이즈를 하나만 뽑아 모든 잠재 좌표가 나눠 쓴다 (좌표끼리 완전히 상관됨)
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        eps = torch.randn_like(std[..., :1])
    return mu + std * eps
