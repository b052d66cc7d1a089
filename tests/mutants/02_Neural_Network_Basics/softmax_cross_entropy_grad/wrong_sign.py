# 부호를 거꾸로 쓴다: (y - p) / N
def softmax_cross_entropy_grad(logits, labels):
    N, C = logits.shape
    y = np.eye(C)[labels]
    return (y - softmax(logits, axis=-1)) / N
