# 다른 풀이: Improved DDPM 코드의 betas_for_alpha_bar처럼 파이썬 반복문과 math.cos로
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    def alpha_bar_fn(u):
        return math.cos((u + s) / (1 + s) * math.pi / 2) ** 2

    betas = []
    for i in range(T):
        t1, t2 = i / T, (i + 1) / T
        betas.append(min(1 - alpha_bar_fn(t2) / alpha_bar_fn(t1), max_beta))
    return torch.tensor(betas, dtype=torch.float64)
