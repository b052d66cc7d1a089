# 역전파에서 마스크를 새로 뽑음 (순전파와 다른 마스크)
def dropout_backward(dout, cache):
    if not cache["train"]:
        return dout
    p = cache["p"]
    mask = np.random.default_rng().random(dout.shape) >= p
    return dout * mask / (1 - p)
