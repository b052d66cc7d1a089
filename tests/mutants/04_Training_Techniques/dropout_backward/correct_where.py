# 다른 올바른 형태: np.where로 남은 원소에만 배율을 곱한 그래디언트를 흘림
def dropout_backward(dout, cache):
    if cache["train"]:
        return np.where(cache["mask"], dout / (1.0 - cache["p"]), 0.0)
    return dout.copy()
