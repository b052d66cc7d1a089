# 다른 정답: 분산이 같은 균등분포 U(-a, a), a = sqrt(6 / fan_in)
def he_init(fan_in: int, fan_out: int, rng: np.random.Generator) -> np.ndarray:
    """He(Kaiming) 초기화 (ReLU 용, fan_in 모드): 평균 0, 분산 2 / fan_in 인 정규분포에서 뽑는다.

    분산이 같은 균등분포 U(-a, a), a = sqrt(6 / fan_in) 도 정답으로 인정한다.

    Args:
        fan_in: 층의 입력 차원 D.
        fan_out: 층의 출력 차원 M.
        rng: 난수 생성기. 난수는 이것에서만 뽑는다 (같은 시드면 같은 결과).

    Returns:
        W: (fan_in, fan_out) float64 배열 (Linear.W 와 같은 모양).
    """
    bound = np.sqrt(6.0 / fan_in)
    return rng.uniform(low=-bound, high=bound, size=(fan_in, fan_out))
