# nn.MultiheadAttention의 극성(True = 가림)으로 만든다: 문서의 True = 참조와 반대
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    return torch.ones(T, T, dtype=torch.bool, device=device).triu(diagonal=1)
