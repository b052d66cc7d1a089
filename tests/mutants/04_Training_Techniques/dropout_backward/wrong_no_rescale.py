# 마스크만 곱하고 1/(1-p) 배율을 빠뜨림
def dropout_backward(dout, cache):
    if not cache["train"]:
        return dout
    return dout * cache["mask"]
