# 넘겨받은 rng를 쓰지 않고 전역 난수 생성기로 마스크를 뽑음 (시드를 줘도 재현되지 않음)
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x, {"train": False, "p": p, "mask": None}
    if mask is None:
        mask = np.random.rand(*x.shape) >= p
    return x * mask / (1 - p), {"train": True, "p": p, "mask": mask}
