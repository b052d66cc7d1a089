# x_t를 만들 때 제곱근을 빠뜨린다: ᾱ·x0 + (1 - ᾱ)·ε
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
    x_t = ab * x0 + (1 - ab) * noise  # (B, ...)
    return ((noise - model(x_t, t)) ** 2).mean()
