# 배치에 대해 평균하지 않고 합한다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    rec = -F.binary_cross_entropy_with_logits(x_logits, x, reduction="sum")
    return rec - beta * kl_divergence_normal(mu, logvar).sum()
