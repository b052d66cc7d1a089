# alpha_bar[t] (B,)를 (B, 1, ...)로 바꾸지 않아 마지막 축에 브로드캐스팅된다
def ddpm_loss(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    x0: torch.Tensor,
    t: torch.Tensor,
    alpha_bar: torch.Tensor,
    noise: torch.Tensor | None = None,
) -> torch.Tensor:
    if noise is None:
        noise = torch.randn_like(x0)
    ab = alpha_bar[t]
    x_t = ab.sqrt() * x0 + (1 - ab).sqrt() * noise  # (B, ...)
    return ((noise - model(x_t, t)) ** 2).mean()
