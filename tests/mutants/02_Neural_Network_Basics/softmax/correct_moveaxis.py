# 다른 올바른 형태: 정규화 축을 맨 뒤로 옮겨 계산한 뒤 제자리로 돌린다
def softmax(x, axis=-1):
    z = np.moveaxis(x, axis, -1)
    z = z - z.max(axis=-1)[..., None]
    e = np.exp(z)
    return np.moveaxis(e / e.sum(axis=-1)[..., None], -1, axis)


def log_softmax(x, axis=-1):
    z = np.moveaxis(x, axis, -1)
    z = z - z.max(axis=-1)[..., None]
    return np.moveaxis(z - np.log(np.exp(z).sum(axis=-1))[..., None], -1, axis)
