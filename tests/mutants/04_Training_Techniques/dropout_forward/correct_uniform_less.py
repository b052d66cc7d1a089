# 다른 올바른 형태: U < 1 - p 로 남길 원소를 고르고, 배율을 미리 곱한 마스크를 cache에 저장
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x, {"scale": None}
    if mask is None:
        rng = rng if rng is not None else np.random.default_rng()
        mask = rng.uniform(size=x.shape) < 1.0 - p
    scaled_mask = mask.astype(x.dtype) / (1.0 - p)
    return x * scaled_mask, {"scale": scaled_mask}
