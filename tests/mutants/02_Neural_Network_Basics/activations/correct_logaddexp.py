# 다른 올바른 형태: log σ(x) = -log(1 + e^{-x})를 np.logaddexp로 안정하게 계산한 뒤 exp
def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def tanh(x):
    return 2.0 * sigmoid(2.0 * x) - 1.0


def relu(x):
    return np.where(x > 0, x, 0.0)


def gelu(x):
    return x * (0.5 + 0.5 * erf(x * np.sqrt(0.5)))
