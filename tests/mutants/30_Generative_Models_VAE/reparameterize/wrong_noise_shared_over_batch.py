# eps가 없을 때 노이즈를 한 행만 뽑아 배치 전체가 나눠 쓴다 (샘플끼리 독립이 아님)
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        eps = torch.randn_like(std[:1])
    return mu + std * eps
