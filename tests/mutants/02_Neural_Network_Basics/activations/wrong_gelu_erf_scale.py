# erf의 인자를 x / √2 대신 x로 쓴다 (표준정규 CDF가 아님)
def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def tanh(x):
    return np.tanh(x)


def relu(x):
    return np.maximum(x, 0.0)


def gelu(x):
    return 0.5 * x * (1.0 + erf(x))
