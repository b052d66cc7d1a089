# 재구성 항을 픽셀에 대해서도 평균낸다 (F.binary_cross_entropy_with_logits의 기본 reduction="mean")
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    rec = -F.binary_cross_entropy_with_logits(x_logits, x)
    return rec - beta * kl_divergence_normal(mu, logvar).mean()
