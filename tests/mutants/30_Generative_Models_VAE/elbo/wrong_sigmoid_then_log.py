# sigmoid를 먼저 계산한 뒤 log를 취한다: 큰 로지트에서 sigmoid가 0 또는 1로 반올림되어 log 0 = -inf
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    y = torch.sigmoid(x_logits)
    log_px = (x * torch.log(y) + (1 - x) * torch.log(1 - y)).reshape(B, -1).sum(dim=1)
    return (log_px - beta * kl_divergence_normal(mu, logvar)).mean()
