# 다른 올바른 형태: 먼저 (1 - lr*wd)배로 줄이고 그래디언트 스텝 (식 2.2의 오른쪽)
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    return (1.0 - lr * weight_decay) * w - lr * grad
