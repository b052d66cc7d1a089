# 다른 풀이: x0와 x_t에서 ε을 구하고 식 (10)의 형태 (x_t - β / sqrt(1 - ᾱ) ε) / sqrt(α)로 평균을 계산한다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_bar_prev = torch.cat([torch.ones_like(alpha_bar[:1]), alpha_bar[:-1]])
    b, a, ab, abp = (v[t].reshape(shape) for v in (betas, alphas, alpha_bar, alpha_bar_prev))
    eps = (xt - ab.sqrt() * x0) / (1 - ab).sqrt()
    mean = (xt - b / (1 - ab).sqrt() * eps) / a.sqrt()
    variance = b * (1 - abp) / (1 - ab)
    return mean.to(x0.dtype), variance.to(x0.dtype)
