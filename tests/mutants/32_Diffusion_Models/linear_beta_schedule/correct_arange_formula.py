# 다른 풀이: beta_start + (beta_end - beta_start) · k / (T - 1), k = 0, ..., T - 1
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    k = torch.arange(T, dtype=torch.float64)
    return beta_start + (beta_end - beta_start) * k / (T - 1)
