# fit에서 편향 b를 갱신하지 않는다
class LogisticRegression:
    """이진 분류용 로지스틱 회귀 (L1: NumPy).

    모델:  z = X @ w + b            (로짓, shape (N,))
           p = sigmoid(z) = 1 / (1 + exp(-z))  = P(y = 1 | x)
    손실:  평균 이진 교차 엔트로피(BCE)
           L(w, b) = mean(-y * log(p) - (1 - y) * log(1 - p))
                   = mean(softplus(z) - y * z),   softplus(z) = log(1 + exp(z))
           평균은 샘플 수 N으로 나눈다 (torch.nn.BCEWithLogitsLoss와 같은 정의).

    Attributes:
        w: 가중치, shape (D,), float64. 학습 전에는 None.
        b: 편향, Python float.
    """

    def __init__(self):
        self.w = None
        self.b = 0.0

    def predict_proba(self, X):
        """클래스 1의 확률 p = sigmoid(X @ w + b).

        |z|가 1000이어도 NaN 없이 0과 1 사이(양 끝 포함)의 값을 내야 한다.

        Args:
            X: 입력, shape (N, D), float64.

        Returns:
            p: shape (N,), float64.
        """
        z = X @ self.w + self.b  # (N,)
        e = np.exp(-np.abs(z))  # 지수가 항상 0 이하라 오버플로가 없다
        return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))

    def loss(self, X, y):
        """평균 BCE 손실 L = mean(softplus(z) - y * z), z = X @ w + b.

        수치적으로 안정해야 한다: |z| = 1000이어도 유한하고 정확한 값을 낸다
        (log(sigmoid(z))를 그대로 계산하면 log(0) = -inf가 된다).

        Args:
            X: 입력, shape (N, D), float64.
            y: 레이블, shape (N,), 값은 0 또는 1 (정수 또는 실수 배열).

        Returns:
            L: Python float.
        """
        z = X @ self.w + self.b  # (N,)
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    def gradients(self, X, y):
        """현재 self.w, self.b에서 평균 BCE 손실의 그래디언트.

        Args:
            X: 입력, shape (N, D), float64.
            y: 레이블, shape (N,), 값은 0 또는 1.

        Returns:
            (dw, db): dw = dL/dw, shape (D,), float64 / db = dL/db, Python float.
        """
        N = X.shape[0]
        delta = self.predict_proba(X) - y  # (N,) dL/dz * N
        dw = X.T @ delta / N  # (D,)
        db = float(delta.mean())
        return dw, db

    def fit(self, X, y, lr=0.5, steps=200):
        """전체 배치 경사하강법으로 학습한다.

        w = 0 (shape (D,)), b = 0.0 에서 *새로* 시작해 `steps`번
        w <- w - lr * dL/dw,  b <- b - lr * dL/db 를 반복한다 (self.gradients 사용).

        Args:
            X: 입력, shape (N, D), float64.
            y: 레이블, shape (N,), 값은 0 또는 1.
            lr: 학습률 (양수).
            steps: 갱신 횟수.

        Returns:
            history: 길이 steps인 list[float]. history[t]는 t번째 갱신 *직전*의 손실.
        """
        self.w, self.b = np.zeros(X.shape[1]), 0.0  # 매번 0에서 새로 시작
        history = []
        for _ in range(steps):
            history.append(self.loss(X, y))
            dw, db = self.gradients(X, y)
            self.w = self.w - lr * dw
        return history

    def predict(self, X):
        """예측 레이블: z = X @ w + b >= 0 (즉 p >= 0.5)이면 1, 아니면 0.

        Args:
            X: 입력, shape (N, D), float64.

        Returns:
            labels: shape (N,), int64, 값은 0 또는 1.
        """
        return (X @ self.w + self.b >= 0).astype(np.int64)
