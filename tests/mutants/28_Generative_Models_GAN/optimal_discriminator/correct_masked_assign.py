# 다른 올바른 형태: 전부 0.5로 채운 뒤 분모가 양수인 곳에만 식 (2)를 넣는다
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    out = torch.full_like(p_data, 0.5)
    total = p_data + p_g
    mask = total > 0
    out[mask] = p_data[mask] / total[mask]
    return out
