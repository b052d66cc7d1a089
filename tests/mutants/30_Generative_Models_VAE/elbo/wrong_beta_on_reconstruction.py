# β를 KL 대신 재구성 항에 곱한다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    log_px = -F.binary_cross_entropy_with_logits(x_logits, x, reduction="none").reshape(B, -1).sum(dim=1)
    return (beta * log_px - kl_divergence_normal(mu, logvar)).mean()
