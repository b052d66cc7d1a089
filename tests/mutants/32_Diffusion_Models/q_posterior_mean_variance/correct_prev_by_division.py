# 다른 풀이: ᾱ_prev = ᾱ / α (t = 0이면 정확히 1), 분모를 먼저 계산해 둔다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    b, a, ab = (v[t].reshape(shape) for v in (betas, alphas, alpha_bar))
    abp = ab / a
    denom = 1 - ab
    mean = (abp.sqrt() * b * x0 + a.sqrt() * (1 - abp) * xt) / denom
    return mean.to(x0.dtype), ((1 - abp) * b / denom).to(x0.dtype)
