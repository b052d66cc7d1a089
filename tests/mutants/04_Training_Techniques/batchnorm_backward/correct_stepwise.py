# 다른 올바른 형태: 계산 그래프를 따라 단계별로 (dvar, dmu를 먼저 구해 세 경로를 더함)
def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    N = dout.shape[0]
    dgamma = (dout * x_hat).sum(axis=0)
    dbeta = dout.sum(axis=0)
    dx_hat = dout * gamma
    if not cache["train"]:
        return dx_hat * inv_std, dgamma, dbeta
    x_centered = x_hat / inv_std  # x - mu
    dvar = np.sum(dx_hat * x_centered, axis=0) * -0.5 * inv_std**3
    dmu = -np.sum(dx_hat * inv_std, axis=0) + dvar * np.mean(-2.0 * x_centered, axis=0)
    dx = dx_hat * inv_std + dvar * 2.0 * x_centered / N + dmu / N
    return dx, dgamma, dbeta
