# 식 (16)의 η를 빠뜨려 η = 0에서도 σ_t > 0인 잡음을 더한다
def ddim_sample_step(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    x_t: torch.Tensor,
    t: int,
    t_prev: int,
    alpha_bar: torch.Tensor,
    eta: float = 0.0,
    noise: torch.Tensor | None = None,
) -> torch.Tensor:
    B = x_t.shape[0]
    # 1. 스케줄 값 (t_prev = -1이면 ᾱ_prev = 1)
    alpha_bar_t = alpha_bar[t]
    alpha_bar_prev = alpha_bar[t_prev] if t_prev >= 0 else torch.ones_like(alpha_bar_t)
    # 2. 잡음 예측
    eps = model(x_t, torch.full((B,), t, dtype=torch.long, device=x_t.device))  # (B, ...)
    # 3. 예측한 x_0
    x0_pred = (x_t - torch.sqrt(1 - alpha_bar_t) * eps) / torch.sqrt(alpha_bar_t)  # (B, ...)
    # 4. σ_t (식 16)
    sigma = torch.sqrt((1 - alpha_bar_prev) / (1 - alpha_bar_t) * (1 - alpha_bar_t / alpha_bar_prev))
    # 5. 예측한 x_0 + x_t를 가리키는 방향 + 잡음 (식 12)
    direction = torch.sqrt((1 - alpha_bar_prev - sigma**2).clamp(min=0)) * eps
    x_prev = torch.sqrt(alpha_bar_prev) * x0_pred + direction
    if noise is None:
        noise = torch.randn_like(x_t)
    x_prev = x_prev + sigma * noise
    return x_prev  # (B, ...)
