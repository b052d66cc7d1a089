# 다른 올바른 형태: np.var(ddof=0 / ddof=1)를 따로 부르고, 평가 모드에서는 입력 배열을 그대로 돌려줌
def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    if train:
        mean = np.mean(x, axis=0)
        var_biased = np.var(x, axis=0)
        var_unbiased = np.var(x, axis=0, ddof=1)
        std = np.sqrt(var_biased + eps)
        x_hat = (x - mean) / std
        rm = momentum * mean + (1.0 - momentum) * running_mean
        rv = momentum * var_unbiased + (1.0 - momentum) * running_var
    else:
        std = np.sqrt(running_var + eps)
        x_hat = (x - running_mean) / std
        rm, rv = running_mean, running_var
    out = x_hat * gamma + beta
    cache = {"train": train, "x_hat": x_hat, "inv_std": 1.0 / std, "gamma": gamma}
    return out, rm, rv, cache
