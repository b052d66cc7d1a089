# 샘플(행)마다 마스크 값 하나를 뽑아 그 행 전체를 함께 끄거나 켬 (원소마다 독립이 아님)
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x, {"train": False, "p": p, "mask": None}
    if mask is None:
        rng = np.random.default_rng() if rng is None else rng
        keep_row = rng.random((x.shape[0],) + (1,) * (x.ndim - 1)) >= p
        mask = np.broadcast_to(keep_row, x.shape)
    return x * mask / (1 - p), {"train": True, "p": p, "mask": mask}
