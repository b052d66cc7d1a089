# 감쇠 항에 학습률을 곱하지 않음: w - lr*grad - wd*w
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    return w - lr * grad - weight_decay * w
