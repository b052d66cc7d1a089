# 다른 풀이: torch.distributions.Bernoulli(logits=...).log_prob (회색조 값도 받도록 validate_args=False)
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    decoder_dist = torch.distributions.Bernoulli(logits=x_logits, validate_args=False)
    log_px = decoder_dist.log_prob(x).reshape(x.shape[0], -1).sum(-1)
    return (log_px - beta * kl_divergence_normal(mu, logvar)).mean()
