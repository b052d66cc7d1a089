# sigmoid를 1 / (1 + exp(-x)) 그대로 계산한다 (x = -1000에서 exp(1000)이 오버플로하며 경고)
def sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def tanh(x):
    return np.tanh(x)


def relu(x):
    return np.maximum(x, 0.0)


def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))
