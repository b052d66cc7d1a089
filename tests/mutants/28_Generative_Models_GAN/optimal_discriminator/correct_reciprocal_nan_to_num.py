# 다른 올바른 형태: 1 / (1 + p_g / p_data)로 계산하고 0/0에서 생기는 NaN만 0.5로 바꾼다
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    ratio = p_g / p_data  # p_data = 0이면 inf (→ D* = 0), 둘 다 0이면 NaN
    return torch.nan_to_num(1 / (1 + ratio), nan=0.5)
