# 다른 올바른 풀이: 데이터를 중심화해 np.linalg.solve로 w를 풀고 b = ȳ - x̄·w, einsum으로 그래디언트

class LinearRegression:
    """평균제곱오차(MSE)를 최소화하는 선형 회귀 (L1: NumPy)."""

    def __init__(self):
        self.w = None
        self.b = 0.0

    def predict(self, X):
        return np.einsum("nd,d->n", X, self.w) + self.b

    def loss(self, X, y):
        r = self.predict(X) - y
        return float(r @ r / len(y))

    def fit_normal_equation(self, X, y):
        x_mean, y_mean = X.mean(axis=0), y.mean()
        Xc, yc = X - x_mean, y - y_mean
        self.w = np.linalg.solve(Xc.T @ Xc, Xc.T @ yc)
        self.b = float(y_mean - x_mean @ self.w)
        return self

    def gradients(self, X, y):
        N = len(y)
        r = self.predict(X) - y
        dw = np.einsum("n,nd->d", r, X) * 2 / N
        db = 2 * np.sum(r) / N
        return dw, float(db)

    def fit_gd(self, X, y, lr=0.1, steps=100):
        N, D = X.shape
        self.w, self.b = np.zeros(D), 0.0
        history = []
        for _ in range(steps):
            history.append(self.loss(X, y))
            dw, db = self.gradients(X, y)
            self.w -= lr * dw
            self.b -= lr * db
        return history
