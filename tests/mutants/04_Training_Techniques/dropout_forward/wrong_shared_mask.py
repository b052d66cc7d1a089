# 배치 전체에 마스크 하나를 돌려씀 (특징 축 모양으로만 뽑아 행마다 같은 마스크)
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x, {"train": False, "p": p, "mask": None}
    if mask is None:
        rng = np.random.default_rng() if rng is None else rng
        mask = np.broadcast_to(rng.random(x.shape[1:]) >= p, x.shape)
    return x * mask / (1 - p), {"train": True, "p": p, "mask": mask}
