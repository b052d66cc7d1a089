# softplus를 log1p(exp(z))로 직접 계산해 z = 1000에서 exp가 넘친다
class TorchLogisticRegression:
    """로지스틱 회귀 (L2: torch 텐서와 autograd. nn.Linear 등 nn.Module 층은 쓰지 않는다).

    모델과 손실은 NumPy 버전과 같다: z = X @ w + b,  p = sigmoid(z),
    L = mean(softplus(z) - y * z)  (평균 BCE, |z| = 1000에서도 유한하고 정확해야 한다).
    손실은 텐서 연산(torch.nn.functional.softplus, torch.logaddexp, F.logsigmoid 등)으로
    직접 쓴다. F.binary_cross_entropy_with_logits는 채점의 기준값이므로 쓰지 않는다.

    Attributes:
        w: 가중치, shape (D,), requires_grad=True인 리프 텐서, 0으로 초기화.
        b: 편향, shape () (0차원), requires_grad=True인 리프 텐서, 0으로 초기화.
    """

    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        """w, b를 주어진 dtype과 device 위에 0으로 만든다.

        Args:
            n_features: 특성 수 D.
            dtype: 파라미터의 dtype (기본 torch.float64).
            device: 파라미터가 놓일 장치.
        """
        self.w = torch.zeros(n_features, dtype=dtype, device=device, requires_grad=True)
        self.b = torch.zeros((), dtype=dtype, device=device, requires_grad=True)

    def predict_proba(self, X):
        """클래스 1의 확률 p = sigmoid(X @ w + b).

        Args:
            X: 입력 텐서, shape (N, D), 파라미터와 같은 dtype·device.

        Returns:
            p: shape (N,) 텐서.
        """
        return torch.sigmoid(X @ self.w + self.b)  # (N,)

    def loss(self, X, y):
        """평균 BCE 손실 L = mean(softplus(z) - y * z), z = X @ w + b.

        Args:
            X: 입력 텐서, shape (N, D).
            y: 레이블 텐서, shape (N,), X와 같은 dtype·device, 값은 0 또는 1.

        Returns:
            L: 0차원 텐서. L.backward()를 부르면 w.grad, b.grad가 채워진다.
        """
        z = X @ self.w + self.b  # (N,)
        return (torch.log1p(torch.exp(z)) - y * z).mean()

    def fit(self, X, y, lr=0.5, steps=200):
        """autograd로 그래디언트를 구하는 전체 배치 경사하강법.

        *현재의* w, b에서 시작해 `steps`번: 손실 계산 → backward →
        torch.no_grad() 안에서 w -= lr * w.grad, b -= lr * b.grad → 그래디언트 비우기.
        모멘텀 없는 torch.optim.SGD([self.w, self.b], lr=lr)도 허용한다.

        Args:
            X: 입력 텐서, shape (N, D).
            y: 레이블 텐서, shape (N,), 값은 0 또는 1.
            lr: 학습률.
            steps: 갱신 횟수.

        Returns:
            history: 길이 steps인 list[float]. history[t]는 t번째 갱신 *직전*의 손실.
        """
        history = []
        for _ in range(steps):
            self.w.grad = None
            self.b.grad = None
            loss = self.loss(X, y)
            history.append(loss.item())
            loss.backward()
            with torch.no_grad():
                self.w -= lr * self.w.grad
                self.b -= lr * self.b.grad
        return history

    def predict(self, X):
        """예측 레이블: z >= 0 (즉 p >= 0.5)이면 1, 아니면 0.

        Args:
            X: 입력 텐서, shape (N, D).

        Returns:
            labels: shape (N,), torch.int64 텐서.
        """
        with torch.no_grad():
            return (X @ self.w + self.b >= 0).long()
