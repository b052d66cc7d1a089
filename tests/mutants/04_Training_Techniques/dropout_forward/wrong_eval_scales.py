# 원래 논문 방식과 섞음: 훈련 때 1/(1-p)로 키우고 평가 때도 (1-p)를 곱함
def dropout_forward(x, p, train, rng=None, mask=None):
    if not train:
        return x * (1 - p), {"train": False, "p": p, "mask": None}
    if mask is None:
        rng = np.random.default_rng() if rng is None else rng
        mask = rng.random(x.shape) >= p
    return x * mask / (1 - p), {"train": True, "p": p, "mask": mask}
