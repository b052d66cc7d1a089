# 계산 전에 float32로 바꿔 버려 float64 입력에 float32를 돌려준다
def sigmoid(x):
    x = np.asarray(x, dtype=np.float32)
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e)).astype(np.float32)


def tanh(x):
    return np.tanh(np.asarray(x, dtype=np.float32))


def relu(x):
    return np.maximum(np.asarray(x, dtype=np.float32), np.float32(0.0))


def gelu(x):
    x = np.asarray(x, dtype=np.float32)
    return (0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32)
