# ε의 계수로 β_t / sqrt(1 - ᾱ_t) 대신 x0를 만들 때의 sqrt(1 - ᾱ_t)를 쓴다
def ddpm_sample_step(
    model: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    x_t: torch.Tensor,
    t: int,
    betas: torch.Tensor,
    noise: torch.Tensor | None = None,
    variance: str = "beta",
) -> torch.Tensor:
    if variance not in ("beta", "beta_tilde"):
        raise ValueError(f"variance는 'beta' 또는 'beta_tilde'여야 합니다 (받은 값: {variance!r})")
    B = x_t.shape[0]
    # 1. 스케줄 값 (모두 0차원 텐서)
    alphas = 1.0 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    beta_t, alpha_t, alpha_bar_t = betas[t], alphas[t], alpha_bar[t]
    alpha_bar_prev = alpha_bar[t - 1] if t > 0 else torch.ones_like(alpha_bar_t)
    # 2. 잡음 예측
    t_batch = torch.full((B,), t, dtype=torch.long, device=x_t.device)  # (B,)
    eps = model(x_t, t_batch)  # (B, ...)
    # 3. 평균 (식 11)
    mean = (x_t - torch.sqrt(1.0 - alpha_bar_t) * eps) / torch.sqrt(alpha_t)  # (B, ...)
    # 4. 분산 (§3.2)
    if variance == "beta":
        sigma2 = beta_t
    else:
        sigma2 = (1.0 - alpha_bar_prev) / (1.0 - alpha_bar_t) * beta_t
    # 5. 잡음 (마지막 단계 t = 0에는 더하지 않음)
    if t == 0:
        return mean
    if noise is None:
        noise = torch.randn_like(x_t)
    return mean + torch.sqrt(sigma2) * noise  # (B, ...)
