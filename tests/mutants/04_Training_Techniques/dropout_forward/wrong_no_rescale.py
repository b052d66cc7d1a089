# 훈련 모드에서 1/(1-p)로 키우지 않음 (기댓값이 (1-p)배로 줄어듦)
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x, {"train": False, "p": p, "mask": None}
    if mask is None:
        rng = np.random.default_rng() if rng is None else rng
        mask = rng.random(x.shape) >= p
    return x * mask, {"train": True, "p": p, "mask": mask}
