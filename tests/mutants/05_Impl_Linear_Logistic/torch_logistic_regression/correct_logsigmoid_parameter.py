# 다른 올바른 풀이: nn.Parameter, F.logsigmoid로 쓴 BCE, 갱신 뒤에 grad.zero_()

class TorchLogisticRegression:
    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        self.w = torch.nn.Parameter(torch.zeros(n_features, dtype=dtype, device=device))
        self.b = torch.nn.Parameter(torch.tensor(0.0, dtype=dtype, device=device))

    def predict_proba(self, X):
        return torch.sigmoid(X @ self.w + self.b)

    def loss(self, X, y):
        z = X @ self.w + self.b
        logsig = torch.nn.functional.logsigmoid
        return -(y * logsig(z) + (1 - y) * logsig(-z)).mean()

    def fit(self, X, y, lr=0.5, steps=200):
        history = []
        for _ in range(steps):
            loss = self.loss(X, y)
            history.append(loss.item())
            loss.backward()
            with torch.no_grad():
                for p in (self.w, self.b):
                    p -= lr * p.grad
                    p.grad.zero_()
        return history

    def predict(self, X):
        return (X @ self.w + self.b).ge(0).long().detach()
