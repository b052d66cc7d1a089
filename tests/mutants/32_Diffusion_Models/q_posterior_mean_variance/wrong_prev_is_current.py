# ᾱ_prev 자리에 현재 단계의 ᾱ를 쓴다 (분산이 β가 된다)
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    b, a, ab = (v[t].reshape(shape) for v in (betas, alphas, alpha_bar))
    mean = ab.sqrt() * b / (1 - ab) * x0 + a.sqrt() * (1 - ab) / (1 - ab) * xt
    return mean.to(x0.dtype), ((1 - ab) / (1 - ab) * b).to(x0.dtype)
