# 다른 올바른 형태: exp(log_softmax)로 확률을 구하고 복사본의 정답 위치에서 1을 뺀다
def softmax_cross_entropy_grad(logits, labels):
    grad = np.exp(log_softmax(logits, axis=1))  # (N, C), 새 배열
    grad[np.arange(len(labels)), labels] -= 1.0
    grad /= len(labels)
    return grad
