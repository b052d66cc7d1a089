# 재구성 항을 마지막 축에 대해서만 합한다 (이미지 (B, C, H, W)에서 픽셀 전체가 아님)
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    log_px = -F.binary_cross_entropy_with_logits(x_logits, x, reduction="none").sum(dim=-1)
    return (log_px.mean() - beta * kl_divergence_normal(mu, logvar).mean())
