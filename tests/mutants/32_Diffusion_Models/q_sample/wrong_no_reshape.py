# alpha_bar[t] (B,)를 (B, 1, ..., 1)로 바꾸지 않아 마지막 축과 짝지어진다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t]
    return (a.sqrt() * x0 + (1 - a).sqrt() * noise).to(x0.dtype)
