# 다른 풀이: 베이즈 정리의 정밀도 형태 (정밀도를 더하고 평균은 가중합); t = 0은 따로 처리한다
def q_posterior_mean_variance(
    x0: torch.Tensor, xt: torch.Tensor, t: torch.Tensor, betas: torch.Tensor
) -> tuple[torch.Tensor, torch.Tensor]:
    alphas = 1 - betas
    alpha_bar = torch.cumprod(alphas, dim=0)
    shape = (-1,) + (1,) * (x0.dim() - 1)
    alpha_bar_prev = torch.where(t > 0, alpha_bar[(t - 1).clamp(min=0)], torch.ones_like(alpha_bar[t]))
    b, a, abp = betas[t], alphas[t], alpha_bar_prev
    first = t == 0
    safe = torch.where(first, torch.ones_like(abp) * 0.5, abp)  # t = 0에서 0으로 나누지 않게
    precision = a / b + 1 / (1 - safe)
    var = torch.where(first, torch.zeros_like(b), 1 / precision)
    w_xt = var * a.sqrt() / b
    w_x0 = torch.where(first, torch.ones_like(b), var * safe.sqrt() / (1 - safe))
    mean = w_x0.reshape(shape) * x0 + w_xt.reshape(shape) * xt
    return mean.to(x0.dtype), var.reshape(shape).to(x0.dtype)
