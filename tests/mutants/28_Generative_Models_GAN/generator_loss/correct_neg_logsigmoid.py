# 다른 올바른 형태: -log σ(ℓ)를 F.logsigmoid로
def generator_loss(fake_logits: torch.Tensor) -> torch.Tensor:
    return -F.logsigmoid(fake_logits).mean()
