# 0과 1로 된 float 마스크를 돌려준다 (어텐션 함수는 이를 점수에 더하는 값으로 해석)
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    return torch.tril(torch.ones(T, T, device=device))
