# 논문의 1부터 세는 인덱스를 그대로 옮겨 alpha_bar[t - 1]을 쓴다 (t = 0이면 마지막 원소)
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t - 1].view((-1,) + (1,) * (x0.dim() - 1))
    return (a.sqrt() * x0 + (1 - a).sqrt() * noise).to(x0.dtype)
