# 점을 T + 1개 만들고 첫 점을 버린다: betas[0]이 논문의 β_1 = beta_start가 아니다 (인덱스가 하나 밀림)
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    return torch.linspace(beta_start, beta_end, T + 1, dtype=torch.float64)[1:]
