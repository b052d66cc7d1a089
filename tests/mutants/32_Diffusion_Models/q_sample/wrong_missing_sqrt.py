# 제곱근을 모두 빠뜨린다: ᾱ·x0 + (1 - ᾱ)·ε
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t].view((-1,) + (1,) * (x0.dim() - 1))
    return (a * x0 + (1 - a) * noise).to(x0.dtype)
