# GELU를 x * sigmoid(1.702 x) 근사로 계산한다
def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def tanh(x):
    return np.tanh(x)


def relu(x):
    return np.maximum(x, 0.0)


def gelu(x):
    return x * sigmoid(1.702 * x)
