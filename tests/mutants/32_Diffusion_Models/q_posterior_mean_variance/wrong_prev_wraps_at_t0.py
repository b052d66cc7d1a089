# ᾱ_prev를 alpha_bar[t - 1]로 읽는다: t = 0이면 파이썬이 마지막 원소를 돌려준다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    b, a, ab, abp = (v.reshape(shape) for v in (betas[t], alphas[t], alpha_bar[t], alpha_bar[t - 1]))
    mean = abp.sqrt() * b / (1 - ab) * x0 + a.sqrt() * (1 - abp) / (1 - ab) * xt
    return mean.to(x0.dtype), ((1 - abp) / (1 - ab) * b).to(x0.dtype)
