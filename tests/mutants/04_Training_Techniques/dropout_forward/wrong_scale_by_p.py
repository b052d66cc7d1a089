# p를 남길 확률로 착각해 1/p로 키움
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x, {"train": False, "p": p, "mask": None}
    if mask is None:
        rng = np.random.default_rng() if rng is None else rng
        mask = rng.random(x.shape) >= p
    return x * mask / p, {"train": True, "p": p, "mask": mask}
