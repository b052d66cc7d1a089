# 가짜에 레이블 0을 붙인다: 판별자의 손실이라 G가 판별자를 돕게 된다
def generator_loss(fake_logits: torch.Tensor) -> torch.Tensor:
    return F.binary_cross_entropy_with_logits(fake_logits, torch.zeros_like(fake_logits))
