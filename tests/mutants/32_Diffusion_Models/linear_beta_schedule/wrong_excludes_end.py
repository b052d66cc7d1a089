# 간격을 (end - start) / T로 잡아 마지막 값이 beta_end에 닿지 않는다
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    step = (beta_end - beta_start) / T
    return beta_start + step * torch.arange(T, dtype=torch.float64)
