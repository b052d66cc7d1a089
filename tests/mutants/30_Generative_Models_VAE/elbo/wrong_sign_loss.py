# ELBO 대신 손실 (BCE 합 + β·KL)을 돌려준다 (부호가 반대)
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    nll = F.binary_cross_entropy_with_logits(x_logits, x, reduction="none").reshape(B, -1).sum(dim=1)
    return (nll + beta * kl_divergence_normal(mu, logvar)).mean()
