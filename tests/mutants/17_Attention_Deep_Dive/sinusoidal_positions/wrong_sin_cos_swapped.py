# 짝수 열에 cos, 홀수 열에 sin을 넣는다 (논문과 반대)
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    pos = torch.arange(T, dtype=torch.float64)[:, None]
    two_i = torch.arange(0, d_model, 2, dtype=torch.float64)
    angle = pos * base ** (-two_i / d_model)
    pe = torch.zeros(T, d_model, dtype=torch.float64)
    pe[:, 0::2] = torch.cos(angle)
    pe[:, 1::2] = torch.sin(angle[:, : d_model // 2])
    return pe.float()
