# 가중치 대신 그래디언트를 감쇠시킴: w - lr * (1 + wd) * grad
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    return w - lr * (1 + weight_decay) * grad
