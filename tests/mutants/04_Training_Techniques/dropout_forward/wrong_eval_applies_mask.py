# train 인자를 무시하고 평가 모드에서도 마스크를 적용함
def dropout_forward(x, p, train, rng=None, mask=None):
    if mask is None:
        rng = np.random.default_rng() if rng is None else rng
        mask = rng.random(x.shape) >= p
    return x * mask / (1 - p), {"train": True, "p": p, "mask": mask}
