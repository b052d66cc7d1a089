# momentum의 뜻을 Keras처럼 이전 값 쪽 비율로 씀
def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    N, D = x.shape
    if train:
        mu = x.mean(axis=0)
        x_centered = x - mu
        var = np.mean(x_centered**2, axis=0)
        inv_std = 1.0 / np.sqrt(var + eps)
        new_running_mean = momentum * running_mean + (1 - momentum) * mu
        new_running_var = momentum * running_var + (1 - momentum) * var * N / (N - 1)
    else:
        x_centered = x - running_mean
        inv_std = 1.0 / np.sqrt(running_var + eps)
        new_running_mean, new_running_var = running_mean.copy(), running_var.copy()
    x_hat = x_centered * inv_std
    out = gamma * x_hat + beta
    cache = {"train": train, "x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
    return out, new_running_mean, new_running_var, cache
