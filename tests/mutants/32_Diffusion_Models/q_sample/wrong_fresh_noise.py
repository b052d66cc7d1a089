# 인자 noise를 무시하고 함수 안에서 노이즈를 새로 뽑는다 (분포는 맞지만 값이 다름)
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t].view((-1,) + (1,) * (x0.dim() - 1))
    eps = torch.randn_like(x0)
    return (a.sqrt() * x0 + (1 - a).sqrt() * eps).to(x0.dtype)
