# p를 남길 확률로 착각해 1/p로 나눔
def dropout_backward(dout, cache):
    if not cache["train"]:
        return dout
    return dout * cache["mask"] / cache["p"]
