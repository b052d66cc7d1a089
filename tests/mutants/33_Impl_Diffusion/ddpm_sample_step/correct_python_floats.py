# 다른 올바른 풀이: 스케줄 값을 파이썬 float로 꺼내 math.sqrt로 계산한다
def ddpm_sample_step(model, x_t, t, betas, noise=None, variance="beta"):
    if variance == "beta":
        use_tilde = False
    elif variance == "beta_tilde":
        use_tilde = True
    else:
        raise ValueError("unknown variance " + str(variance))
    b = betas.tolist()
    alpha_bar, prod = [], 1.0
    for beta in b:
        prod *= 1.0 - beta
        alpha_bar.append(prod)
    ab_t = alpha_bar[t]
    ab_prev = alpha_bar[t - 1] if t >= 1 else 1.0
    t_tensor = torch.full((x_t.shape[0],), t, device=x_t.device, dtype=torch.long)
    eps = model(x_t, t_tensor)
    out = (x_t - b[t] / math.sqrt(1.0 - ab_t) * eps) / math.sqrt(1.0 - b[t])
    if t >= 1:
        var = (1.0 - ab_prev) / (1.0 - ab_t) * b[t] if use_tilde else b[t]
        out = out + math.sqrt(var) * (torch.randn_like(x_t) if noise is None else noise)
    return out
