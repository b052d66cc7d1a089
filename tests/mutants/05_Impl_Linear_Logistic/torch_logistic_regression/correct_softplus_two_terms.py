# 다른 올바른 풀이: BCE = y·softplus(-z) + (1-y)·softplus(z), torch.optim.SGD로 갱신

import torch.nn.functional as F


class TorchLogisticRegression:
    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        self.w = torch.zeros(n_features, dtype=dtype, device=device, requires_grad=True)
        self.b = torch.zeros([], dtype=dtype, device=device, requires_grad=True)

    def _logits(self, X):
        return X @ self.w + self.b

    def predict_proba(self, X):
        return torch.sigmoid(self._logits(X))

    def loss(self, X, y):
        z = self._logits(X)
        return torch.mean(y * F.softplus(-z) + (1 - y) * F.softplus(z))

    def fit(self, X, y, lr=0.5, steps=200):
        opt = torch.optim.SGD([self.w, self.b], lr=lr)
        history = []
        for _ in range(steps):
            opt.zero_grad()
            loss = self.loss(X, y)
            history.append(loss.item())
            loss.backward()
            opt.step()
        return history

    def predict(self, X):
        return (self.predict_proba(X) >= 0.5).to(torch.int64)
