# 다른 올바른 풀이: 모든 단계의 잡음을 generator로 한꺼번에 뽑아 둔다
@torch.no_grad()
def ddpm_sample(model, shape, betas, variance="beta", generator=None):
    T = len(betas)
    opts = dict(generator=generator, device=betas.device, dtype=betas.dtype)
    all_noise = torch.randn((T,) + tuple(shape), **opts)
    x = all_noise[0]
    for i, t in enumerate(reversed(range(T))):
        x = ddpm_sample_step(model, x, t, betas, noise=all_noise[i + 1] if t > 0 else None, variance=variance)
    return x
