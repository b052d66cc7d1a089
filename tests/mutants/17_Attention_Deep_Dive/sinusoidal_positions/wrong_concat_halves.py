# sin 열을 앞쪽 절반에, cos 열을 뒤쪽 절반에 몰아 붙인다 (tensor2tensor식 배치; 문서의 교차 배치와 다름)
def sinusoidal_positions(T: int, d_model: int, base: float = 10000.0) -> torch.Tensor:
    pos = torch.arange(T, dtype=torch.float64)[:, None]
    two_i = torch.arange(0, d_model, 2, dtype=torch.float64)
    angle = pos * base ** (-two_i / d_model)  # (T, ceil(d/2))
    pe = torch.cat([torch.sin(angle), torch.cos(angle[:, : d_model // 2])], dim=1)
    return pe.float()
