# 다른 풀이 (diffusers의 add_noise처럼): alpha_bar를 먼저 x0의 dtype으로 바꾸고 계산한다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    ab = alpha_bar.to(dtype=x0.dtype)[t]
    sqrt_ab = ab**0.5
    sqrt_one_minus_ab = (1 - ab) ** 0.5
    sqrt_ab = sqrt_ab.reshape(sqrt_ab.shape + (1,) * (x0.dim() - 1))
    sqrt_one_minus_ab = sqrt_one_minus_ab.reshape(sqrt_one_minus_ab.shape + (1,) * (x0.dim() - 1))
    return sqrt_ab * x0 + sqrt_one_minus_ab * noise
