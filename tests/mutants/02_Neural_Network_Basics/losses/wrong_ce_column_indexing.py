# 정답 로그 확률을 logp[:, labels]로 고른다 ((N, N) 배열의 평균이 되어 값이 틀림)
def mse(pred, target):
    return np.mean((pred - target) ** 2)


def bce_with_logits(logits, targets):
    return np.mean(np.maximum(logits, 0.0) - logits * targets + np.log1p(np.exp(-np.abs(logits))))


def cross_entropy(logits, labels):
    logp = log_softmax(logits, axis=-1)
    return -np.mean(logp[:, labels])
