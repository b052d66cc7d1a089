# 좌표마다의 -1 항을 빠뜨린다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * (mu.pow(2) + logvar.exp() - logvar).sum(dim=-1)
