# cross_entropy를 log(softmax)로 계산한다 (정답 확률이 0으로 언더플로하면 inf)
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    return np.mean(np.maximum(logits, 0.0) - logits * targets + np.log1p(np.exp(-np.abs(logits))))


def cross_entropy(logits, labels):
    p = softmax(logits, axis=-1)
    return -np.mean(np.log(p[np.arange(len(labels)), labels]))
