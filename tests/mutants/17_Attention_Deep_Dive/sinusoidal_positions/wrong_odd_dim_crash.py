# 짝수 d_model만 생각한 흔한 구현: d_model이 홀수면 cos 열에 대입할 때 모양이 맞지 않아 실패한다
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    pe = torch.zeros(T, d_model)
    position = torch.arange(0, T).unsqueeze(1).float()
    div_term = torch.exp(torch.arange(0, d_model, 2).float() * -(math.log(base) / d_model))
    pe[:, 0::2] = torch.sin(position * div_term)
    pe[:, 1::2] = torch.cos(position * div_term)
    return pe
