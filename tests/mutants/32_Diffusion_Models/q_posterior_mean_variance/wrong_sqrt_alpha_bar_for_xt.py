# x_t의 계수에 한 단계의 sqrt(α) 대신 누적 sqrt(ᾱ)를 쓴다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_bar_prev = torch.cat([torch.ones_like(alpha_bar[:1]), alpha_bar[:-1]])
    b, ab, abp = (v[t].reshape(shape) for v in (betas, alpha_bar, alpha_bar_prev))
    mean = abp.sqrt() * b / (1 - ab) * x0 + ab.sqrt() * (1 - abp) / (1 - ab) * xt
    return mean.to(x0.dtype), ((1 - abp) / (1 - ab) * b).to(x0.dtype)
