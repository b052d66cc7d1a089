# 최적 판별자 대신 밀도비 p_data / p_g를 돌려준다 (로짓의 지수, 확률이 아님)
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    ratio = p_data / p_g
    return torch.nan_to_num(ratio, nan=0.5, posinf=1.0)
