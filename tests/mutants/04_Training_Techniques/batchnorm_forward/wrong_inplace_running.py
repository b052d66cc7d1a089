# 이동 통계를 입력 배열에서 제자리로 갱신함 (호출한 쪽의 running_mean/running_var가 바뀜)
def batchnorm_forward(x, gamma, beta, running_mean, running_var, train, momentum=0.1, eps=1e-5):
    N, D = x.shape
    if train:
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        running_mean *= 1 - momentum
        running_mean += momentum * mu
        running_var *= 1 - momentum
        running_var += momentum * var * N / (N - 1)
        x_hat = (x - mu) / np.sqrt(var + eps)
        inv_std = 1.0 / np.sqrt(var + eps)
    else:
        inv_std = 1.0 / np.sqrt(running_var + eps)
        x_hat = (x - running_mean) * inv_std
    cache = {"train": train, "x_hat": x_hat, "inv_std": inv_std, "gamma": gamma}
    return gamma * x_hat + beta, running_mean, running_var, cache
