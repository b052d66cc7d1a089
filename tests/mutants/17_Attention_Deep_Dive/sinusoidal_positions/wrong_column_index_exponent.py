# 지수에 짝수 번호 2i 대신 열 번호 j를 그대로 넣는다 (cos 열이 2i + 1을 써서 옆 sin 열과 진동수가 다름)
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    pos = torch.arange(T, dtype=torch.float64)[:, None]  # (T, 1)
    j = torch.arange(d_model, dtype=torch.float64)  # (d_model,)
    angle = pos / base ** (j / d_model)  # (T, d_model)
    pe = torch.where(torch.arange(d_model) % 2 == 0, torch.sin(angle), torch.cos(angle))
    return pe.float()
