# Improved DDPM 코드처럼 양 끝에 1000 / T를 곱한다 (문서는 배율 없음)
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    scale = 1000 / T
    return torch.linspace(scale * beta_start, scale * beta_end, T, dtype=torch.float64)
