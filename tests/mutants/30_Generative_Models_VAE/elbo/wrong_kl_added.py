# KL을 빼지 않고 더한다: log p(x | z) + β·KL
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    log_px = -F.binary_cross_entropy_with_logits(x_logits, x, reduction="none").reshape(B, -1).sum(dim=1)
    return (log_px + beta * kl_divergence_normal(mu, logvar)).mean()
