# 평균을 거치는 경로를 빠뜨림 (sum(dx_hat) 항이 없음)
def batchnorm_backward(dout, cache):
    x_hat, inv_std, gamma = cache["x_hat"], cache["inv_std"], cache["gamma"]
    N = dout.shape[0]
    dbeta = dout.sum(axis=0)
    dgamma = np.sum(dout * x_hat, axis=0)
    dx_hat = dout * gamma
    if not cache["train"]:
        return dx_hat * inv_std, dgamma, dbeta
    dx = inv_std / N * (N * dx_hat - x_hat * np.sum(dx_hat * x_hat, axis=0))
    return dx, dgamma, dbeta
