# 모델에 논문 식의 시각 t + 1을 넘긴다 (코드 인덱스와 어긋남)
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
    return ((noise - model(x_t, t + 1)) ** 2).mean()
