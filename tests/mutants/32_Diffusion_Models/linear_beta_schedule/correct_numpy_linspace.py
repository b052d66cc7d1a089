# 다른 풀이: NumPy의 linspace (float64)를 텐서로 바꾼다
def linear_beta_schedule(T: int, beta_start: float = 1e-4, beta_end: float = 0.02) -> torch.Tensor:
    return torch.from_numpy(np.linspace(beta_start, beta_end, T))
