# 축을 따른 최댓값 대신 배열 전체의 최댓값 하나를 뺀다 (다른 행보다 훨씬 작은 행은 0 / 0)
def softmax(x, axis=-1):
    e = np.exp(x - np.max(x))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    shifted = x - np.max(x)
    return shifted - np.log(np.sum(np.exp(shifted), axis=axis, keepdims=True))
