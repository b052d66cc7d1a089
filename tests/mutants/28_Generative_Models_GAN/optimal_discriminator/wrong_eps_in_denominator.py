# 분모에 ε = 1e-8을 더한다: 꼬리의 작은 밀도에서 답이 틀리고, 두 밀도가 0이면 0이 된다
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    return p_data / (p_data + p_g + 1e-8)
