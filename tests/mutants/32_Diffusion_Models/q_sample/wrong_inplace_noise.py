# noise를 제자리에서 스케일한다: 값은 맞지만 호출한 쪽의 ε (L33 손실의 정답)이 망가진다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t].view((-1,) + (1,) * (x0.dim() - 1)).to(x0.dtype)
    noise.mul_((1 - a).sqrt())
    return a.sqrt() * x0 + noise
