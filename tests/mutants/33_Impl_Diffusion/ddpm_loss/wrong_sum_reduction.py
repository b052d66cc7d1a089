# 평균 대신 예제마다 원소의 합을 내고 배치 평균을 낸다 (약속과 다른 크기)
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
    return ((noise - model(x_t, t)) ** 2).flatten(1).sum(1).mean()
