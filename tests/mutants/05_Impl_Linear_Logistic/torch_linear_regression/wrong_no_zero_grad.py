# 매 스텝 .grad를 비우지 않아 그래디언트가 누적된다
class TorchLinearRegression:
    """선형 회귀 (L2: torch 텐서와 autograd. nn.Linear 등 nn.Module 층은 쓰지 않는다).

    모델과 손실은 NumPy 버전과 같다: y_hat = X @ w + b,  L = mean((y_hat - y) ** 2).
    그래디언트는 손으로 쓰지 않고 loss.backward()로 구한다.

    Attributes:
        w: 가중치, shape (D,), requires_grad=True인 리프(leaf) 텐서, 0으로 초기화.
        b: 편향, shape () (0차원), requires_grad=True인 리프 텐서, 0으로 초기화.
    """

    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        """w, b를 주어진 dtype과 device 위에 0으로 만든다.

        Args:
            n_features: 특성 수 D.
            dtype: 파라미터의 dtype (기본 torch.float64).
            device: 파라미터가 놓일 장치 ("cpu", "cuda", torch.device).
        """
        self.w = torch.zeros(n_features, dtype=dtype, device=device, requires_grad=True)
        self.b = torch.zeros((), dtype=dtype, device=device, requires_grad=True)

    def predict(self, X):
        """예측값 y_hat = X @ w + b.

        Args:
            X: 입력 텐서, shape (N, D), 파라미터와 같은 dtype·device.

        Returns:
            y_hat: shape (N,) 텐서 (w, b와 계산 그래프로 이어져 있다).
        """
        return X @ self.w + self.b  # (N,)

    def loss(self, X, y):
        """MSE 손실 L = mean((X @ w + b - y) ** 2).

        Args:
            X: 입력 텐서, shape (N, D).
            y: 타깃 텐서, shape (N,), X와 같은 dtype·device.

        Returns:
            L: 0차원 텐서. L.backward()를 부르면 w.grad, b.grad가 채워진다.
        """
        return ((self.predict(X) - y) ** 2).mean()

    def fit(self, X, y, lr=0.1, steps=100):
        """autograd로 그래디언트를 구하는 전체 배치 경사하강법.

        *현재의* w, b에서 시작해 `steps`번 반복한다: 손실 계산 → backward →
        torch.no_grad() 안에서 w -= lr * w.grad, b -= lr * b.grad → 그래디언트 비우기.
        .grad는 호출할 때마다 누적되므로 매 스텝 비워야 한다. 모멘텀 없는
        torch.optim.SGD([self.w, self.b], lr=lr)를 써도 같은 결과이므로 허용한다.

        Args:
            X: 입력 텐서, shape (N, D).
            y: 타깃 텐서, shape (N,).
            lr: 학습률.
            steps: 갱신 횟수.

        Returns:
            history: 길이 steps인 list[float]. history[t]는 t번째 갱신 *직전*의 손실.
        """
        history = []
        for _ in range(steps):
            loss = self.loss(X, y)
            history.append(loss.item())
            loss.backward()
            with torch.no_grad():
                self.w -= lr * self.w.grad
                self.b -= lr * self.b.grad
        return history
