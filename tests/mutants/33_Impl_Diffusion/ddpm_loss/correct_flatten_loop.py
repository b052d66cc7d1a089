# 다른 올바른 풀이: 배치를 펼쳐 einsum으로 계수를 곱하고 제곱 평균을 직접 계산한다
def ddpm_loss(model, x0, t, alpha_bar, noise=None):
    if noise is None:
        noise = torch.randn_like(x0)
    B = x0.shape[0]
    flat_x0, flat_noise = x0.reshape(B, -1), noise.reshape(B, -1)
    a = alpha_bar[t]
    x_t = torch.einsum("b,bd->bd", a.sqrt(), flat_x0) + torch.einsum("b,bd->bd", (1 - a).sqrt(), flat_noise)
    diff = noise - model(x_t.reshape(x0.shape), t)
    return diff.pow(2).sum() / diff.numel()
