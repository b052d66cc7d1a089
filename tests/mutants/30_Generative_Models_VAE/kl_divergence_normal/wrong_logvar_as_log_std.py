# logvar를 log σ로 착각해 σ² = exp(2·logvar), log σ² = 2·logvar로 쓴다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * (mu.pow(2) + torch.exp(2 * logvar) - 1 - 2 * logvar).sum(dim=-1)
