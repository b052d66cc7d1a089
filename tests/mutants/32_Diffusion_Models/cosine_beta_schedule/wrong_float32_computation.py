# float32로 계산한 뒤 마지막에만 float64로 바꾼다: 초반 β (≈ 4e-5)가 파국적 상쇄로 부정확하다
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    tau = torch.linspace(0, T, T + 1)
    f = torch.cos((tau / T + s) / (1 + s) * math.pi / 2) ** 2
    return (1 - f[1:] / f[:-1]).clamp(max=max_beta).double()
