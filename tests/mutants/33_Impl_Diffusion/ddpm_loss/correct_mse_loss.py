# 다른 올바른 풀이: 모양을 reshape로 맞추고 F.mse_loss를 쓴다
import torch.nn.functional as F


def ddpm_loss(model, x0, t, alpha_bar, noise=None):
    if noise is None:
        noise = torch.randn_like(x0)
    shape = (x0.shape[0],) + (1,) * (x0.dim() - 1)
    sqrt_ab = alpha_bar.gather(0, t).sqrt().reshape(shape)
    sqrt_one_minus_ab = (1 - alpha_bar.gather(0, t)).sqrt().reshape(shape)
    x_t = sqrt_ab * x0 + sqrt_one_minus_ab * noise
    eps_pred = model(x_t, t)
    return F.mse_loss(eps_pred, noise)
