# sigmoid 뒤에 F.binary_cross_entropy를 쓴다: 로그를 -100에서 잘라 inf는 없지만 큰 로지트에서 값이 틀린다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    nll = F.binary_cross_entropy(torch.sigmoid(x_logits), x, reduction="none").reshape(B, -1).sum(dim=1)
    return (-nll - beta * kl_divergence_normal(mu, logvar)).mean()
