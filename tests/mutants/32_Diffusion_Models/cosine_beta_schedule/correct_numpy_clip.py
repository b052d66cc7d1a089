# 다른 풀이: NumPy로 정규화한 ᾱ를 만들고 np.clip으로 자른다
def cosine_beta_schedule(T: int, s: float = 0.008, max_beta: float = 0.999) -> torch.Tensor:
    x = np.linspace(0, T, T + 1)
    alphas_cumprod = np.cos(((x / T) + s) / (1 + s) * np.pi * 0.5) ** 2
    alphas_cumprod = alphas_cumprod / alphas_cumprod[0]
    betas = 1 - (alphas_cumprod[1:] / alphas_cumprod[:-1])
    return torch.from_numpy(np.clip(betas, 0, max_beta))
