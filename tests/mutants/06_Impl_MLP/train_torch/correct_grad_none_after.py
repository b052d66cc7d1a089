# 다른 정답: 갱신 뒤에 p.grad = None으로 지우고, 손실은 먼저 기록
def train_torch(
    model: nn.Module,
    X: torch.Tensor,
    y: torch.Tensor,
    steps: int,
    lr: float,
    batch_size: int,
    seed: int = 0,
) -> list[float]:
    """미니배치 SGD로 ``model``을 제자리에서 학습합니다 (``torch.optim`` 없이, autograd와 직접 쓴 갱신).

    매 스텝:
      1. 미니배치: ``idx = torch.randperm(N, generator=g)[:batch_size]``. ``g``는 함수 시작에서 한 번
         만든 CPU 생성기 ``torch.Generator().manual_seed(seed)``이고, ``idx``는 ``X.device``로 옮깁니다.
         (``batch_size >= N``이면 매 스텝 전체 데이터를 씁니다.)
      2. 손실: ``F.cross_entropy(model(X[idx]), y[idx])`` (배치 평균).
      3. 이 손실만의 그래디언트를 autograd로 계산합니다 (이전 스텝의 그래디언트가 섞이면 안 됨).
      4. 모든 ``model.parameters()``를 ``p ← p − lr · p.grad``로 갱신합니다.

    Args:
        model: 학습할 모듈. 파라미터가 ``X``와 같은 device에 있습니다.
        X: 입력, shape (N, D), 실수 텐서.
        y: 정답 레이블, shape (N,), int64 텐서.
        steps: 갱신 횟수.
        lr: 학습률.
        batch_size: 미니배치 크기.
        seed: 미니배치 순서를 정하는 시드.

    Returns:
        길이 ``steps``의 ``list[float]``: 각 스텝에서 갱신 **전에** 계산한 미니배치 손실.
    """
    g = torch.Generator().manual_seed(seed)
    losses = []
    for _ in range(steps):
        idx = torch.randperm(X.shape[0], generator=g)[:batch_size].to(X.device)
        loss = F.cross_entropy(model(X[idx]), y[idx])
        losses.append(loss.item())
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p.sub_(lr * p.grad)
                p.grad = None
    return losses
