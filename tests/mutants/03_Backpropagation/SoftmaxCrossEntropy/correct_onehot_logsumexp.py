# 다른 정답: one-hot 행렬과 logsumexp 로 쓰고 확률을 따로 정규화
class SoftmaxCrossEntropy:
    """소프트맥스 + 교차 엔트로피 손실 층 (배치 평균)."""

    def forward(self, logits: np.ndarray, y: np.ndarray) -> float:
        """평균 교차 엔트로피 L = -(1/N) sum_n log softmax(logits)[n, y[n]] 을 계산한다.

        Args:
            logits: (N, C) float64. 제자리에서 바꾸지 않는다. 값이 +-1000 처럼 커도 안정해야 한다.
            y: (N,) 정수 레이블, 0 <= y[n] < C.

        Returns:
            loss: 스칼라 (float 또는 NumPy 스칼라), 배치 평균 손실.
        """
        m = np.max(logits, axis=1, keepdims=True)
        e = np.exp(logits - m)
        lse = m[:, 0] + np.log(e.sum(axis=1))
        self.onehot = np.eye(logits.shape[1])[y]
        self.p = e / e.sum(axis=1, keepdims=True)
        return np.mean(lse - np.sum(self.onehot * logits, axis=1))

    def backward(self) -> np.ndarray:
        """마지막 forward 의 평균 손실에 대한 logits 의 그래디언트를 반환한다.

        Returns:
            dlogits: (N, C) float64, (softmax(logits) - onehot(y)) / N.
        """
        return (self.p - self.onehot) / self.p.shape[0]
