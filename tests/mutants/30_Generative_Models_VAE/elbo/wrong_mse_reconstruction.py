# 베르누이 대신 확률과 x의 제곱 오차 (MSE 합)를 재구성 항으로 쓴다
def elbo(
    x: torch.Tensor, x_logits: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> torch.Tensor:
    B = x.shape[0]
    rec = -((torch.sigmoid(x_logits) - x) ** 2).reshape(B, -1).sum(dim=1)
    return (rec - beta * kl_divergence_normal(mu, logvar)).mean()
