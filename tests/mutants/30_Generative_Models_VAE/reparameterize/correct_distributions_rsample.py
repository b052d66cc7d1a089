# 다른 풀이: eps가 없으면 torch.distributions.Normal의 rsample() (재매개변수화 샘플)을 쓴다
def reparameterize(mu: torch.Tensor, logvar: torch.Tensor, eps: torch.Tensor | None = None) -> torch.Tensor:
    std = torch.sqrt(torch.exp(logvar))
    q = torch.distributions.Normal(mu, std)
    if eps is None:
        return q.rsample()
    return q.loc + q.scale * eps
