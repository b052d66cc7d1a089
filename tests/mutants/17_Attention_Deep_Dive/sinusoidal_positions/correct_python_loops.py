# 다른 올바른 구현: 논문의 식을 math.sin/math.cos로 칸마다 계산하는 이중 반복문
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    rows = []
    for pos in range(T):
        row = []
        for j in range(d_model):
            two_i = j - j % 2
            angle = pos / base ** (two_i / d_model)
            row.append(math.sin(angle) if j % 2 == 0 else math.cos(angle))
        rows.append(row)
    return torch.tensor(rows, dtype=torch.float32)
