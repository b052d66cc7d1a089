# 평가 모드에서도 1/(1-p) 배율을 곱함
def dropout_backward(dout, cache):
    if not cache["train"]:
        return dout / (1 - cache["p"])
    return dout * cache["mask"] / (1 - cache["p"])
