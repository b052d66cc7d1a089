# relu에 np.maximum 대신 np.max(x, 0)을 쓴다 (원소별 최댓값이 아니라 축 0을 따라 줄인다)
def sigmoid(x):
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def tanh(x):
    return np.tanh(x)


def relu(x):
    return np.max(x, 0)


def gelu(x):
    return 0.5 * x * (1.0 + erf(x / np.sqrt(2.0)))
