# 감쇠 항의 부호가 반대: 가중치를 줄이는 대신 키운다
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    return w - lr * (grad - weight_decay * w)
