# 다른 풀이: 배치 전체의 합 (reduction="sum")을 구한 뒤 B로 나눈다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.size(0)
    recon_nll = F.binary_cross_entropy_with_logits(x_logits, x, reduction="sum")
    kl_total = kl_divergence_normal(mu, logvar).sum()
    return -(recon_nll + beta * kl_total) / B
