# 잡음 대신 깨끗한 데이터 x0를 맞히도록 학습한다 (목표가 ε이 아님)
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
    return ((x0 - model(x_t, t)) ** 2).mean()
