# max_beta로 자르지 않는다: 마지막 β가 1이 되어 역과정의 1 / sqrt(α)가 무한대
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    tau = torch.linspace(0, T, T + 1, dtype=torch.float64)
    f = torch.cos((tau / T + s) / (1 + s) * math.pi / 2) ** 2
    return 1 - f[1:] / f[:-1]
