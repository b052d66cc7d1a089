# 최댓값을 빼지 않고 exp를 바로 계산한다 (로짓 1000에서 inf / inf = NaN)
def softmax(x, axis=-1):
    e = np.exp(x)
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    return x - np.log(np.sum(np.exp(x), axis=axis, keepdims=True))
