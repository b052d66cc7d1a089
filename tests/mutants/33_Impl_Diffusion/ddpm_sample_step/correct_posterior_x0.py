# 다른 올바른 풀이 (diffusers 방식): 예측한 x̂_0를 식 (7)의 사후 평균에 넣는다
def ddpm_sample_step(model, x_t, t, betas, noise=None, variance="beta"):
    if variance not in ("beta", "beta_tilde"):
        raise ValueError(variance)
    # 1. 스케줄 값
    alphas = 1 - betas
    alpha_prod_t = torch.cumprod(alphas, 0)[t]
    alpha_prod_t_prev = torch.cumprod(alphas, 0)[t - 1] if t > 0 else torch.tensor(1.0, dtype=x_t.dtype, device=x_t.device)
    beta_prod_t = 1 - alpha_prod_t
    beta_prod_t_prev = 1 - alpha_prod_t_prev
    # 2. 잡음 예측 -> x̂_0
    eps = model(x_t, torch.full((x_t.shape[0],), t, dtype=torch.int64, device=x_t.device))
    pred_x0 = (x_t - beta_prod_t.sqrt() * eps) / alpha_prod_t.sqrt()
    # 3. 식 (7)의 계수
    coef_x0 = alpha_prod_t_prev.sqrt() * betas[t] / beta_prod_t
    coef_xt = alphas[t].sqrt() * beta_prod_t_prev / beta_prod_t
    prev = coef_x0 * pred_x0 + coef_xt * x_t
    # 4. 분산과 잡음
    if t > 0:
        var = betas[t] if variance == "beta" else beta_prod_t_prev / beta_prod_t * betas[t]
        z = torch.randn_like(x_t) if noise is None else noise
        prev = prev + var.sqrt() * z
    return prev
