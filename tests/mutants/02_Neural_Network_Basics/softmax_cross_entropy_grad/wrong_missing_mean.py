# 배치 평균의 1/N을 빠뜨린다 (합 손실의 그래디언트)
def softmax_cross_entropy_grad(logits, labels):
    N, C = logits.shape
    p = softmax(logits, axis=-1)
    p[np.arange(N), labels] -= 1.0
    return p
