# 확률의 로그를 그대로: 로짓 -200에서 log 0 = -inf
def generator_loss(fake_logits: torch.Tensor) -> torch.Tensor:
    return -torch.log(torch.sigmoid(fake_logits)).mean()
