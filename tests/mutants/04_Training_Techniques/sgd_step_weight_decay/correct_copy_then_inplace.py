# 다른 올바른 형태: 복사본을 만든 뒤 그 복사본을 제자리에서 갱신
import numpy as np


def sgd_step_weight_decay(w, grad, lr, weight_decay):
    w_new = np.array(w, dtype=np.result_type(w, grad), copy=True)
    w_new *= 1.0 - lr * weight_decay
    w_new -= lr * grad
    return w_new
