# 다른 올바른 형태: 가짜에 레이블 1을 붙인 F.binary_cross_entropy_with_logits
def generator_loss(fake_logits: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(fake_logits, torch.ones_like(fake_logits))
