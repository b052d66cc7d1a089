# 다른 올바른 구현: 대각선 위(미래)를 True로 만든 뒤 뒤집는다
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    future = torch.ones(T, T, dtype=torch.bool, device=device).triu(diagonal=1)
    return ~future
