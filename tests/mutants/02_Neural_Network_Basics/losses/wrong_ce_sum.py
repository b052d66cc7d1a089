# cross_entropy에서 샘플 손실을 평균하지 않고 더한다
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    return np.mean(np.maximum(logits, 0.0) - logits * targets + np.log1p(np.exp(-np.abs(logits))))


def cross_entropy(logits, labels):
    logp = log_softmax(logits, axis=-1)
    return -np.sum(logp[np.arange(len(labels)), labels])
