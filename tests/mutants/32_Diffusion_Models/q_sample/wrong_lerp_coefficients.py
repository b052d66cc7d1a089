# 보간처럼 생각해 노이즈 계수를 1 - sqrt(ᾱ)로 쓴다 (분산이 보존되지 않음)
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t].view((-1,) + (1,) * (x0.dim() - 1)).sqrt()
    return (a * x0 + (1 - a) * noise).to(x0.dtype)
