# τ = 0, ..., T - 1의 T개 점만 쓰고 마지막 β를 max_beta로 채운다: 간격이 T / (T - 1)로 어긋난다
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    tau = torch.linspace(0, T, T, dtype=torch.float64)
    f = torch.cos((tau / T + s) / (1 + s) * math.pi / 2) ** 2
    betas = (1 - f[1:] / f[:-1]).clamp(max=max_beta)
    return torch.cat([betas, torch.tensor([max_beta], dtype=torch.float64)])
