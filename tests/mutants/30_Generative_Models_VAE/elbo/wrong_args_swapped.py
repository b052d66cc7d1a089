# BCE의 인자 순서를 바꿔 (x를 로지트로, 로지트를 정답으로) 넣는다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    log_px = -F.binary_cross_entropy_with_logits(x, x_logits, reduction="none").reshape(B, -1).sum(dim=1)
    return (log_px - beta * kl_divergence_normal(mu, logvar)).mean()
