# .item()으로 파이썬 숫자를 돌려준다: 그래디언트가 끊긴다
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    return (F.softplus(-real_logits).mean() + F.softplus(fake_logits).mean()).item()
