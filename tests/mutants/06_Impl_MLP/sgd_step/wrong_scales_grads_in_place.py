# 메모리를 아끼려다 grads를 제자리에서 lr배로 바꿔 버린다
def sgd_step(params: dict[str, np.ndarray], grads: dict[str, np.ndarray], lr: float) -> dict[str, np.ndarray]:
    """SGD 한 스텝: 모든 파라미터를 제자리에서 ``p ← p − lr · g``로 갱신합니다.

    Args:
        params: 이름 → 파라미터 배열 (예: ``MLP.params``). 모델이 실제로 쓰는 배열 객체이므로
            새 배열로 바꿔 끼우지 말고 그 내용을 갱신합니다.
        grads: ``params``와 같은 키, 같은 모양의 그래디언트 (예: ``MLP.backward()``의 결과).
            바꾸지 않습니다.
        lr: 학습률 (양수).

    Returns:
        갱신된 ``params`` (같은 사전 객체).
    """
    for name, p in params.items():
        g = grads[name]
        g *= lr
        p -= g
    return params
