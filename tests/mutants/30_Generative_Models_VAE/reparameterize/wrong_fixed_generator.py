# eps가 없을 때 함수 안에서 시드를 고정한 생성기로 뽑는다: 호출할 때마다 같은 노이즈가 나온다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.exp(0.5 * logvar)
    if eps is None:
        g = torch.Generator(device=mu.device).manual_seed(0)
        eps = torch.randn(mu.shape, dtype=mu.dtype, device=mu.device, generator=g)
    return mu + std * eps
