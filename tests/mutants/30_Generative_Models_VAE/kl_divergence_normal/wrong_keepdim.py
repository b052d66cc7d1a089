# keepdim=True로 합해 모양이 (B,)가 아니라 (B, 1)이 된다
def kl_divergence_normal(mu: torch.Tensor, logvar: torch.Tensor) -> torch.Tensor:
    return 0.5 * (mu.pow(2) + logvar.exp() - 1 - logvar).sum(dim=-1, keepdim=True)
