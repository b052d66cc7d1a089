# 다른 올바른 형태: 이항분포로 마스크를 뽑고 np.where로 적용
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x.copy(), ("eval", None, p)
    if mask is None:
        if rng is None:
            rng = np.random.default_rng()
        mask = rng.binomial(1, 1.0 - p, size=x.shape).astype(bool)
    out = np.where(mask, x / (1.0 - p), 0.0)
    return out, ("train", mask, p)
