# 앞의 1/2을 빠뜨린다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return (mu.pow(2) + logvar.exp() - 1 - logvar).sum(dim=-1)
