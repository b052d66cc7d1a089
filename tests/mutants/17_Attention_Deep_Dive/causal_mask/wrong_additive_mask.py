# 불리언 대신 0 / -inf를 더하는 실수 마스크를 돌려준다 (문서는 torch.bool)
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    return torch.full((T, T), float("-inf"), device=device).triu(diagonal=1)
