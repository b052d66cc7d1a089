# 다른 올바른 형태: y·softplus(-z) + (1 - y)·softplus(z), softplus는 부호별로 안전하게
def _softplus(z):
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = z[pos] + np.log1p(np.exp(-z[pos]))
    out[~pos] = np.log1p(np.exp(z[~pos]))
    return out


def mse(pred, target):
    diff = (pred - target).ravel()
    return diff @ diff / diff.size


def bce_with_logits(logits, targets):
    return np.mean(targets * _softplus(-logits) + (1 - targets) * _softplus(logits))


def cross_entropy(logits, labels):
    losses = [-log_softmax(row)[label] for row, label in zip(logits, labels)]
    return sum(losses) / len(losses)
