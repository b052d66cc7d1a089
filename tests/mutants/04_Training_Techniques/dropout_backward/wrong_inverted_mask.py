# 마스크 뜻을 뒤집어 버린 원소 쪽으로 그래디언트를 흘림
def dropout_backward(dout, cache):
    if not cache["train"]:
        return dout
    return dout * (~cache["mask"]) / (1 - cache["p"])
