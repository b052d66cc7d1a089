# tril 대신 triu를 써서 미래만 보고 과거를 가린다
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    return torch.ones(T, T, dtype=torch.bool, device=device).triu()
