# diagonal=-1로 대각선까지 가려서 자기 자신을 보지 못한다 (첫 행이 전부 가려져 NaN)
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    return torch.ones(T, T, dtype=torch.bool, device=device).tril(diagonal=-1)
