# cos²가 아니라 cos를 쓴다
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    tau = torch.linspace(0, T, T + 1, dtype=torch.float64)
    f = torch.cos((tau / T + s) / (1 + s) * math.pi / 2)
    return (1 - f[1:] / f[:-1]).clamp(max=max_beta)
