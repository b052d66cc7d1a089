# log_softmax를 np.log(softmax(x))로 계산한다 (확률이 0으로 언더플로한 곳에서 -inf)
def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    return np.log(softmax(x, axis=axis))
