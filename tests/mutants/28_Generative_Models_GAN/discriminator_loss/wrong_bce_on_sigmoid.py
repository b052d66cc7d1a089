# 시그모이드를 거친 확률에 F.binary_cross_entropy: 로그가 -100에서 잘려 큰 로짓에서 값이 틀린다
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    d_real, d_fake = torch.sigmoid(real_logits), torch.sigmoid(fake_logits)
    return F.binary_cross_entropy(d_real, torch.ones_like(d_real)) + F.binary_cross_entropy(
        d_fake, torch.zeros_like(d_fake)
    )
