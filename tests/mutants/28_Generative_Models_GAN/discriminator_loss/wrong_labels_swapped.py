# 레이블을 거꾸로 붙인다: 진짜를 0으로, 가짜를 1로
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    return F.softplus(real_logits).mean() + F.softplus(-fake_logits).mean()
