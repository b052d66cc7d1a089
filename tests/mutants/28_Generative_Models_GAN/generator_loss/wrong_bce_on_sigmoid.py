# 시그모이드를 거친 확률에 F.binary_cross_entropy: 로그가 -100에서 잘린다
def generator_loss(fake_logits: torch.Tensor) -> torch.Tensor:
    d_fake = torch.sigmoid(fake_logits)
    return F.binary_cross_entropy(d_fake, torch.ones_like(d_fake))
