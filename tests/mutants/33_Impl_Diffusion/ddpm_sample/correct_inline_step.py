# 다른 올바른 풀이: 한 단계를 ddpm_sample_step 없이 직접 계산한다
@torch.no_grad()
def ddpm_sample(model, shape, betas, variance="beta", generator=None):
    alphas = 1 - betas
    abar = torch.cumprod(alphas, 0)
    abar_prev = torch.cat([torch.ones_like(abar[:1]), abar[:-1]])
    sigma2 = betas if variance == "beta" else (1 - abar_prev) / (1 - abar) * betas
    x = torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype)
    for t in reversed(range(len(betas))):
        eps = model(x, torch.full((shape[0],), t, dtype=torch.long, device=betas.device))
        x = (x - betas[t] / (1 - abar[t]).sqrt() * eps) / alphas[t].sqrt()
        if t > 0:
            x = x + sigma2[t].sqrt() * torch.randn(shape, generator=generator, device=betas.device, dtype=betas.dtype)
    return x
