# DDPM 코드의 로그 분산 자르기를 흉내 내어 t = 0의 분산을 t = 1의 값으로 바꾼다 (문서는 0)
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_bar_prev = torch.cat([torch.ones_like(alpha_bar[:1]), alpha_bar[:-1]])
    post_var = (1 - alpha_bar_prev) / (1 - alpha_bar) * betas
    post_var = torch.cat([post_var[1:2], post_var[1:]])
    b, a, ab, abp = (v[t].reshape(shape) for v in (betas, alphas, alpha_bar, alpha_bar_prev))
    mean = abp.sqrt() * b / (1 - ab) * x0 + a.sqrt() * (1 - abp) / (1 - ab) * xt
    return mean.to(x0.dtype), post_var[t].reshape(shape).to(x0.dtype)
