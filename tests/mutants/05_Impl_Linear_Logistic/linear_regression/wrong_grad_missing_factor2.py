# 제곱을 미분할 때 나오는 인수 2를 빠뜨렸다 (1/2 MSE의 그래디언트)
class LinearRegression:
    """평균제곱오차(MSE)를 최소화하는 선형 회귀 (L1: NumPy).

    모델:  y_hat = X @ w + b
    손실:  L(w, b) = mean((X @ w + b - y) ** 2)
           1/2을 붙이지 않고 샘플 수 N으로 나눈 평균이다 (torch.nn.MSELoss와 같은 정의).
           따라서 그래디언트에는 제곱을 미분한 인수 2와 평균의 1/N이 함께 붙는다.

    Attributes:
        w: 가중치, shape (D,), float64. 학습 전에는 None.
        b: 편향, Python float.
    """

    def __init__(self):
        self.w = None
        self.b = 0.0

    def predict(self, X):
        """예측값 y_hat = X @ w + b 를 계산한다.

        Args:
            X: 입력, shape (N, D), float64.

        Returns:
            y_hat: shape (N,), float64 NumPy 배열.
        """
        return X @ self.w + self.b  # (N,)

    def loss(self, X, y):
        """현재 w, b에서의 손실 L = mean((X @ w + b - y) ** 2).

        Args:
            X: 입력, shape (N, D), float64.
            y: 타깃, shape (N,), float64.

        Returns:
            L: Python float.
        """
        r = self.predict(X) - y  # (N,)
        return float(np.mean(r**2))

    def fit_normal_equation(self, X, y):
        """정규방정식(최소제곱)으로 w와 b를 한 번에 구해 self.w, self.b에 저장한다.

        편향은 X 오른쪽에 1로 채운 열을 덧붙여 가중치와 함께 푼다:
        A = [X, 1] (shape (N, D+1)), theta = [w; b] 일 때 A^T A theta = A^T y.
        역행렬(np.linalg.inv)을 직접 구하지 말고 np.linalg.lstsq 또는 np.linalg.solve를 쓴다.

        Args:
            X: 입력, shape (N, D), float64. N > D이고 열들이 선형 독립이라고 가정한다.
            y: 타깃, shape (N,), float64.

        Returns:
            self (model = LinearRegression().fit_normal_equation(X, y) 처럼 이어 쓸 수 있게).
        """
        N = X.shape[0]
        A = np.hstack([X, np.ones((N, 1))])  # (N, D+1)
        theta = np.linalg.lstsq(A, y, rcond=None)[0]  # (D+1,)
        self.w = theta[:-1]  # (D,)
        self.b = float(theta[-1])
        return self

    def gradients(self, X, y):
        """현재 self.w, self.b에서 손실 L = mean((X @ w + b - y) ** 2)의 그래디언트.

        Args:
            X: 입력, shape (N, D), float64.
            y: 타깃, shape (N,), float64.

        Returns:
            (dw, db): dw = dL/dw, shape (D,), float64 / db = dL/db, Python float.
        """
        N = X.shape[0]
        r = X @ self.w + self.b - y  # (N,) 잔차
        dw = (1.0 / N) * (X.T @ r)  # (D,)
        db = float(r.mean())
        return dw, db

    def fit_gd(self, X, y, lr=0.1, steps=100):
        """전체 배치 경사하강법으로 학습한다.

        w = 0 (shape (D,)), b = 0.0 에서 *새로* 시작해 (이전 학습 결과는 버린다)
        다음 갱신을 `steps`번 반복한다. 그래디언트는 self.gradients로 구한다.
            w <- w - lr * dL/dw
            b <- b - lr * dL/db

        Args:
            X: 입력, shape (N, D), float64.
            y: 타깃, shape (N,), float64.
            lr: 학습률 (양수).
            steps: 갱신 횟수.

        Returns:
            history: 길이 steps인 list[float]. history[t]는 t번째 갱신 *직전*의 손실.
        """
        D = X.shape[1]
        self.w, self.b = np.zeros(D), 0.0  # 매번 0에서 새로 시작
        history = []
        for _ in range(steps):
            history.append(self.loss(X, y))
            dw, db = self.gradients(X, y)
            self.w = self.w - lr * dw
            self.b = self.b - lr * db
        return history
