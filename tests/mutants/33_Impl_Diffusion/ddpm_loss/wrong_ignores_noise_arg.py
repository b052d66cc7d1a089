# 인자로 받은 noise를 무시하고 늘 새 잡음을 뽑는다
def ddpm_loss(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    x0: torch.Tensor,
    t: torch.Tensor,
    alpha_bar: torch.Tensor,
    noise: torch.Tensor | None = None,
) -> torch.Tensor:
    noise = torch.randn_like(x0)
    ab = alpha_bar[t].view(-1, *[1] * (x0.dim() - 1))  # (B, 1, ...)
    x_t = ab.sqrt() * x0 + (1 - ab).sqrt() * noise  # (B, ...)
    return ((noise - model(x_t, t)) ** 2).mean()
