# 다른 풀이: log σ와 σ²로 쓴 꼴 Σ (-log σ + (σ² + μ²) / 2 - 1/2)
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    log_std = 0.5 * logvar
    var = torch.exp(logvar)
    return (-log_std + (var + mu**2) / 2 - 0.5).sum(-1)
