# 미니맥스(포화) 손실 mean(log(1 - D(G(z))))를 쓴다: D(G(z)) ≈ 0에서 그래디언트가 사라진다
def generator_loss(fake_logits: torch.Tensor) -> torch.Tensor:
    return -F.softplus(fake_logits).mean()
