# 다른 풀이: 계수 sqrt(ᾱ), sqrt(1 - ᾱ)를 먼저 만든 뒤 gather로 고르고 reshape한다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    sqrt_ab = alpha_bar.sqrt().gather(0, t)
    sqrt_1m_ab = (1 - alpha_bar).sqrt().gather(0, t)
    while sqrt_ab.dim() < x0.dim():
        sqrt_ab, sqrt_1m_ab = sqrt_ab.unsqueeze(-1), sqrt_1m_ab.unsqueeze(-1)
    return (sqrt_ab * x0.double() + sqrt_1m_ab * noise.double()).to(x0.dtype)
