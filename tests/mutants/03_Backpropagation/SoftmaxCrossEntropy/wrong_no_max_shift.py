# 최댓값을 빼지 않는다 (logits 가 크면 exp 가 inf 로 넘침)
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
        N = logits.shape[0]
        shifted = logits
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
        self.probs = np.exp(log_probs)
        self.y = y
        return float(-log_probs[np.arange(N), y].mean())

    def backward(self) -> np.ndarray:
        """마지막 forward 의 평균 손실에 대한 logits 의 그래디언트를 반환한다.

        Returns:
            dlogits: (N, C) float64, (softmax(logits) - onehot(y)) / N.
        """
        N = self.probs.shape[0]
        dlogits = self.probs.copy()
        dlogits[np.arange(N), self.y] -= 1.0
        return dlogits / N
