# p[:, labels] -= 1로 one-hot을 뺀다 (행마다 한 칸이 아니라 레이블에 나온 모든 열에서 1을 뺌)
def softmax_cross_entropy_grad(logits, labels):
    N = logits.shape[0]
    p = softmax(logits, axis=-1)
    p[:, labels] -= 1.0
    return p / N
