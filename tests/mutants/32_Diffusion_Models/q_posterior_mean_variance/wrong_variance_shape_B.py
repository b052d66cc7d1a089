# 분산을 (B, 1, ..., 1)이 아니라 (B,) 모양으로 돌려준다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_bar_prev = torch.cat([torch.ones_like(alpha_bar[:1]), alpha_bar[:-1]])
    b, a, ab, abp = (v[t] for v in (betas, alphas, alpha_bar, alpha_bar_prev))
    coef_x0 = (abp.sqrt() * b / (1 - ab)).reshape(shape)
    coef_xt = (a.sqrt() * (1 - abp) / (1 - ab)).reshape(shape)
    mean = coef_x0 * x0 + coef_xt * xt
    return mean.to(x0.dtype), ((1 - abp) / (1 - ab) * b).to(x0.dtype)
