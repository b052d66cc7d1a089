# 다른 올바른 구현: 행 번호와 열 번호를 브로드캐스팅해 j <= i를 비교한다
def causal_mask(T: int, device: torch.device | str | None = None) -> torch.Tensor:
    i = torch.arange(T, device=device)[:, None]  # (T, 1) 질의 위치
    j = torch.arange(T, device=device)[None, :]  # (1, T) 키 위치
    return j <= i  # (T, T) bool
