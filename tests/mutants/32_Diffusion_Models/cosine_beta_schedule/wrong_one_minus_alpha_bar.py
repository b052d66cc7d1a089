# β를 이웃한 ᾱ의 비가 아니라 1 - ᾱ (쌓인 노이즈)로 계산한다
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    tau = torch.linspace(0, T, T + 1, dtype=torch.float64)
    f = torch.cos((tau / T + s) / (1 + s) * math.pi / 2) ** 2
    alpha_bar = f / f[0]
    return (1 - alpha_bar[1:]).clamp(max=max_beta)
