# 다른 올바른 풀이: x_t와 ε̂의 계수로 정리한 식 x_prev = c1·x_t + c2·ε̂ + σ·z
def ddim_sample_step(model, x_t, t, t_prev, alpha_bar, eta=0.0, noise=None):
    a_t = alpha_bar[t]
    a_p = alpha_bar[t_prev] if t_prev != -1 else alpha_bar.new_tensor(1.0)
    eps = model(x_t, torch.full((len(x_t),), t, dtype=torch.long, device=x_t.device))
    var = (1 - a_p) / (1 - a_t) * (1 - a_t / a_p)
    sigma = eta * var.sqrt()
    c1 = (a_p / a_t).sqrt()
    c2 = (1 - a_p - sigma**2).clamp(min=0).sqrt() - (a_p * (1 - a_t) / a_t).sqrt()
    out = c1 * x_t + c2 * eps
    if eta != 0:
        out = out + sigma * (noise if noise is not None else torch.randn_like(x_t))
    return out
