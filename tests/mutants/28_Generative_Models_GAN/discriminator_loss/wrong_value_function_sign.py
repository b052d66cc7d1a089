# 부호를 바꾸지 않고 가치 함수 V 자체를 돌려준다 (D가 V를 최대화하는 대신 최소화하게 됨)
def discriminator_loss(real_logits: torch.Tensor, fake_logits: torch.Tensor) -> torch.Tensor:
    return F.logsigmoid(real_logits).mean() + F.logsigmoid(-fake_logits).mean()
