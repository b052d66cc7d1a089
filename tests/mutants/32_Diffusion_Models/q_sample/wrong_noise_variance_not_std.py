# 노이즈에 표준편차 sqrt(1 - ᾱ) 대신 분산 1 - ᾱ를 곱한다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t].view((-1,) + (1,) * (x0.dim() - 1))
    return (a.sqrt() * x0 + (1 - a) * noise).to(x0.dtype)
