# tanh를 (e^x - e^-x) / (e^x + e^-x) 그대로 계산한다 (x = ±1000에서 inf / inf = NaN)
def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def tanh(x):
    return (np.exp(x) - np.exp(-x)) / (np.exp(x) + np.exp(-x))


def relu(x):
    return np.maximum(x, 0.0)


def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))
