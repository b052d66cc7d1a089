# 다른 올바른 형태: log σ(ℓ)과 log(1 - σ(ℓ)) = log σ(-ℓ)를 F.logsigmoid로 계산한다
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    return -(F.logsigmoid(real_logits).mean() + F.logsigmoid(-fake_logits).mean())
