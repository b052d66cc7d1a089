# bce에서 y·z 항의 부호를 틀린다: softplus(z) + y·z
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    return np.mean(np.maximum(logits, 0.0) + logits * targets + np.log1p(np.exp(-np.abs(logits))))


def cross_entropy(logits, labels):
    logp = log_softmax(logits, axis=-1)
    return -np.mean(logp[np.arange(len(labels)), labels])
