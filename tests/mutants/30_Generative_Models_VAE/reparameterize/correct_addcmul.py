# 다른 풀이: 노이즈를 empty_like(...).normal_()로 만들고 torch.addcmul로 mu + std * eps를 계산한다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    if eps is None:
        eps = torch.empty_like(mu).normal_()
    return torch.addcmul(mu, (logvar / 2).exp(), eps)
