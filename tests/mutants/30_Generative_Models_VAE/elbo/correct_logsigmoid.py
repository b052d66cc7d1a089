# 다른 풀이: log sigmoid(l)과 log(1 - sigmoid(l)) = log sigmoid(-l)을 F.logsigmoid로 직접 쓴다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    log_px = x * F.logsigmoid(x_logits) + (1 - x) * F.logsigmoid(-x_logits)
    log_px = log_px.flatten(start_dim=1).sum(dim=1)
    kl = 0.5 * (mu**2 + logvar.exp() - 1 - logvar).sum(dim=1)
    return torch.mean(log_px - beta * kl)
