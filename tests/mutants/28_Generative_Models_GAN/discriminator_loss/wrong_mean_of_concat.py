# 진짜와 가짜를 이어 붙여 한 번에 평균을 낸다 (두 평균의 합이 아님)
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    logits = torch.cat([real_logits.reshape(-1), fake_logits.reshape(-1)])
    targets = torch.cat([torch.ones(real_logits.numel()), torch.zeros(fake_logits.numel())]).to(logits)
    return F.binary_cross_entropy_with_logits(logits, targets)
