# np.where로 두 식을 나눴지만 두 식을 모두 계산하므로 쓰이지 않는 쪽에서 오버플로 경고가 난다
def sigmoid(x):
    return np.where(x >= 0, 1.0 / (1.0 + np.exp(-x)), np.exp(x) / (1.0 + np.exp(x)))


def tanh(x):
    return 2.0 * sigmoid(2.0 * x) - 1.0


def relu(x):
    return np.maximum(x, 0.0)


def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))
