# 결과를 항상 float32로 돌려준다 (float64 입력의 정밀도와 dtype을 잃음)
def optimal_discriminator(p_data: torch.Tensor, p_g: torch.Tensor) -> torch.Tensor:
    total = (p_data + p_g).float()
    safe = torch.where(total > 0, total, torch.ones_like(total))
    return torch.where(total > 0, p_data.float() / safe, torch.full_like(total, 0.5))
