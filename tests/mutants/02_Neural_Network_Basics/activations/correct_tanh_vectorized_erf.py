# 다른 올바른 형태: sigmoid = (1 + tanh(x/2)) / 2, np.tanh, relu = x * (x > 0), gelu는 math.erf를 벡터화
import math


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def tanh(x):
    return np.tanh(x)


def relu(x):
    return x * (x > 0)


_erf = np.vectorize(math.erf, otypes=[np.float64])


def gelu(x):
    return x * 0.5 * (1.0 + _erf(x / math.sqrt(2.0)))
