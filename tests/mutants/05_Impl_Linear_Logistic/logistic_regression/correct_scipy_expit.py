# 다른 올바른 풀이: scipy.special.expit과 log_expit으로 시그모이드와 로그 확률을 계산

from scipy.special import expit, log_expit


class LogisticRegression:
    def __init__(self):
        self.w = None
        self.b = 0.0

    def predict_proba(self, X):
        return expit(X @ self.w + self.b)

    def loss(self, X, y):
        z = X @ self.w + self.b
        # -log σ(z) = -log_expit(z), -log(1 - σ(z)) = -log_expit(-z)
        return float(-np.mean(y * log_expit(z) + (1 - y) * log_expit(-z)))

    def gradients(self, X, y):
        N = X.shape[0]
        g = (self.predict_proba(X) - y) / N
        return X.T @ g, float(g.sum())

    def fit(self, X, y, lr=0.5, steps=200):
        self.w = np.zeros(X.shape[1])
        self.b = 0.0
        history = []
        for _ in range(steps):
            history.append(self.loss(X, y))
            dw, db = self.gradients(X, y)
            self.w = self.w - lr * dw
            self.b = self.b - lr * db
        return history

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).astype(np.int64)
