# 벌점을 lambda*||w||^2 로 보고 그래디언트를 2*lambda*w 로 더함 (PyTorch 규약은 lambda*w)
def sgd_step_weight_decay(w, grad, lr, weight_decay):
    return w - lr * (grad + 2 * weight_decay * w)
