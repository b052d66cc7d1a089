# float64로 계산한 표를 float32로 바꾸지 않고 그대로 돌려준다 (문서는 float32)
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    pos = torch.arange(T, dtype=torch.float64)[:, None]
    two_i = torch.arange(0, d_model, 2, dtype=torch.float64)
    angle = pos * base ** (-two_i / d_model)
    pe = torch.zeros(T, d_model, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(angle)
    pe[:, 1::2] = torch.cos(angle[:, : d_model // 2])
    return pe
