# 워밍업 항의 지수를 -1.5 대신 -0.5로 쓴다
def noam_lr(step: int, d_model: int, warmup: int) -> float:
    """논문 5.3절 식 (3)의 학습률: d_model^-0.5 * min(step^-0.5, step * warmup^-1.5).

    Args:
        step: 학습 스텝 번호, 1부터 셉니다 (step >= 1).
        d_model: 모델 차원.
        warmup: 워밍업 스텝 수 (warmup_steps).

    Returns:
        학습률 (Python float). step = warmup에서 가장 크고, 그 전에는 step에 비례하고,
        그 뒤에는 step^-0.5에 비례합니다.

    Raises:
        ValueError: step < 1일 때.
    """
    if step < 1:
        raise ValueError(f"step은 1부터 셉니다 (받은 값: {step}). LambdaLR에는 s + 1을 넘기세요.")
    return d_model**-0.5 * min(step**-0.5, step * warmup**-0.5)
