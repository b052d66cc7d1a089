# 평균 대신 합을 낸다
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    return F.softplus(-real_logits).sum() + F.softplus(fake_logits).sum()
