# 결과를 x0의 dtype으로 되돌리지 않는다 (float32 입력에 float64 출력)
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_bar_prev = torch.cat([torch.ones_like(alpha_bar[:1]), alpha_bar[:-1]])
    b, a, ab, abp = (v[t].reshape(shape) for v in (betas, alphas, alpha_bar, alpha_bar_prev))
    mean = abp.sqrt() * b / (1 - ab) * x0 + a.sqrt() * (1 - abp) / (1 - ab) * xt
    return mean, (1 - abp) / (1 - ab) * b
