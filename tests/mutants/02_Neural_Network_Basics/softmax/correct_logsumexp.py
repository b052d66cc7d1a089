# 다른 올바른 형태: log-sum-exp를 먼저 구해 log_softmax를 만들고, softmax = exp(log_softmax)
def _logsumexp(x, axis):
    m = np.max(x, axis=axis, keepdims=True)
    return m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))


def log_softmax(x, axis=-1):
    return x - _logsumexp(x, axis)


def softmax(x, axis=-1):
    return np.exp(log_softmax(x, axis=axis))
