# 다른 올바른 구현: exp(-2i·ln(base)/d)를 float32로 계산하고, 홀수 d_model이면 cos 열 수에 맞춰 자른다
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    pe = torch.zeros(T, d_model)
    position = torch.arange(0, T, dtype=torch.float32).unsqueeze(1)  # (T, 1)
    div_term = torch.exp(torch.arange(0, d_model, 2, dtype=torch.float32) * -(math.log(base) / d_model))
    pe[:, 0::2] = torch.sin(position * div_term)
    pe[:, 1::2] = torch.cos(position * div_term[: d_model // 2])
    return pe
