# 분자에 p_g를 쓴다: 가짜일 확률을 돌려준다
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    total = p_data + p_g
    return torch.where(total > 0, p_g / torch.where(total > 0, total, 1.0), 0.5)
