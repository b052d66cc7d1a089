# (1 + s)로 나누지 않는다: f(T)가 0이 아니게 된다
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    tau = torch.linspace(0, T, T + 1, dtype=torch.float64)
    f = torch.cos((tau / T + s) * math.pi / 2) ** 2
    return (1 - f[1:] / f[:-1]).clamp(max=max_beta)
