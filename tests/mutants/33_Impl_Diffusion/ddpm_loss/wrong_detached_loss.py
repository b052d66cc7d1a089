# 손실을 no_grad 안에서 계산해 그래디언트가 흐르지 않는다
def ddpm_loss(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    x0: torch.Tensor,
    t: torch.Tensor,
    alpha_bar: torch.Tensor,
    noise: torch.Tensor | None = None,
) -> torch.Tensor:
    if noise is None:
        noise = torch.randn_like(x0)
    ab = alpha_bar[t].view(-1, *[1] * (x0.dim() - 1))  # (B, 1, ...)
    x_t = ab.sqrt() * x0 + (1 - ab).sqrt() * noise  # (B, ...)
    with torch.no_grad():
        return ((noise - model(x_t, t)) ** 2).mean()
