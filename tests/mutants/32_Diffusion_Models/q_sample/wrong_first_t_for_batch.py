# 배치 전체에 첫 샘플의 단계 t[0]을 쓴다
def q_sample(
    x0: torch.Tensor, t: torch.Tensor, alpha_bar: torch.Tensor, noise: torch.Tensor
) -> torch.Tensor:
    a = alpha_bar[t[0]]
    return (a.sqrt() * x0 + (1 - a).sqrt() * noise).to(x0.dtype)
