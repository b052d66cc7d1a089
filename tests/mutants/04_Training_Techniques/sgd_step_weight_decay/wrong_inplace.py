# 입력 배열을 제자리에서 바꿈 (호출한 쪽의 w가 몰래 바뀜)
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    w -= lr * (grad + weight_decay * w)
    return w
