# 그래디언트 스텝을 먼저 밟고 그 결과에 (1 - lr*wd)를 곱함 (감쇠가 갱신된 w에 걸림)
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    w_new = w - lr * grad
    return (1 - lr * weight_decay) * w_new
