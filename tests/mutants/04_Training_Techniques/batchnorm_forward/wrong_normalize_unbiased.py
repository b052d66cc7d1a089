# 정규화에도 N-1로 나눈 불편 분산을 씀
def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    N, D = x.shape
    if train:
        mu = x.mean(axis=0)
        x_centered = x - mu
        var = np.sum(x_centered**2, axis=0) / (N - 1)
        inv_std = 1.0 / np.sqrt(var + eps)
        new_running_mean = (1 - momentum) * running_mean + momentum * mu
        new_running_var = (1 - momentum) * running_var + momentum * var * N / (N - 1)
    else:
        x_centered = x - running_mean
        inv_std = 1.0 / np.sqrt(running_var + eps)
        new_running_mean, new_running_var = running_mean.copy(), running_var.copy()
    x_hat = x_centered * inv_std
    out = gamma * x_hat + beta
    cache = {"train": train, "x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
    return out, new_running_mean, new_running_var, cache
