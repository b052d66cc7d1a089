# dtype을 지정하지 않아 기본 float32로 만든다 (문서는 float64)
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    return torch.linspace(beta_start, beta_end, T)
