# 사전분포 대신 균등분포 torch.rand에서 z를 뽑는다
def sample(model: VAE, n: int, z: torch.Tensor | None = None) -> torch.Tensor:
    """학습된 VAE의 생성 모델에서 이미지 n장을 만듭니다: z ~ N(0, I), 이미지 = sigmoid(model.decode(z)).

    돌려주는 것은 픽셀별 베르누이 분포의 평균 (픽셀이 1일 확률)이고, 0/1 샘플이 아닙니다.
    z가 None이면 (n, model.latent_dim) 모양의 표준 정규 노이즈를 torch.randn으로 (전역 난수 생성기,
    torch.manual_seed로 재현됨) 모델의 매개변수와 같은 dtype·장치에 뽑습니다. z가 주어지면 그 값을 그대로
    디코딩합니다. 디코딩은 model.decode로 하고, 그래디언트는 추적하지 않습니다 (torch.no_grad).

    Args:
        model: VAE (연습 1).
        n: 만들 이미지 수.
        z: (n, latent_dim) 잠재 변수 (모델과 같은 dtype·장치), 또는 None.

    Returns:
        (n, input_dim) 텐서, 값은 [0, 1], requires_grad=False, 모델과 같은 dtype·장치.

    Raises:
        ValueError: z가 주어졌는데 z.shape[0]이 n과 다를 때.
    """
    if z is not None and z.shape[0] != n:
        raise ValueError(f"z의 첫 축 {z.shape[0]}이 n = {n}과 다릅니다.")
    param = next(model.parameters())
    with torch.no_grad():
        if z is None:
            z = torch.rand(n, model.latent_dim, dtype=param.dtype, device=param.device)  # (n, J) ~ p(z)
        return torch.sigmoid(model.decode(z))  # (n, D)
