# ᾱ를 누적곱 대신 한 단계의 α로 쓴다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_prev = torch.cat([torch.ones_like(alphas[:1]), alphas[:-1]])
    b, a, abp = (v[t].reshape(shape) for v in (betas, alphas, alpha_prev))
    mean = abp.sqrt() * b / (1 - a) * x0 + a.sqrt() * (1 - abp) / (1 - a) * xt
    return mean.to(x0.dtype), ((1 - abp) / (1 - a) * b).to(x0.dtype)
