# BCE를 sigmoid를 거쳐 정의대로 계산한다 (σ가 0이나 1로 반올림되면 log 0 = -inf)
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    p = sigmoid(logits)
    return -np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p))


def cross_entropy(logits, labels):
    logp = log_softmax(logits, axis=-1)
    return -np.mean(logp[np.arange(len(labels)), labels])
