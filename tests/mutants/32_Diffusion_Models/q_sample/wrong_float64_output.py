# 형 승격으로 생긴 float64를 x0의 dtype으로 되돌리지 않는다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t].view((-1,) + (1,) * (x0.dim() - 1))
    return a.sqrt() * x0 + (1 - a).sqrt() * noise
