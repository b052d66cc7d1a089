# 식 (2)를 그대로 나눈다: 두 밀도가 모두 0이면 NaN
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    return p_data / (p_data + p_g)
