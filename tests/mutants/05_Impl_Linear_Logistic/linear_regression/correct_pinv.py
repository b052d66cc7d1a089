# 다른 올바른 풀이: 의사역행렬(np.linalg.pinv)로 최소제곱을 풀고, 그래디언트는 predict로 만든 잔차에서

class LinearRegression:
    def __init__(self):
        self.w = None
        self.b = 0.0

    def predict(self, X):
        return X.dot(self.w) + self.b

    def loss(self, X, y):
        return float(((self.predict(X) - y) ** 2).mean())

    def fit_normal_equation(self, X, y):
        A = np.column_stack([X, np.ones(len(X))])
        theta = np.linalg.pinv(A) @ y
        self.w, self.b = theta[:-1], theta[-1].item()
        return self

    def gradients(self, X, y):
        err = self.predict(X) - y
        return 2 * X.T.dot(err) / X.shape[0], 2 * err.mean().item()

    def fit_gd(self, X, y, lr=0.1, steps=100):
        self.w = np.zeros(X.shape[1])
        self.b = 0.0
        history = []
        for step in range(steps):
            history.append(self.loss(X, y))
            grad_w, grad_b = self.gradients(X, y)
            self.w = self.w - lr * grad_w
            self.b = self.b - lr * grad_b
        return history
