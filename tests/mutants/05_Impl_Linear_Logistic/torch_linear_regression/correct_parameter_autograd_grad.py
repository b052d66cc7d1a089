# 다른 올바른 풀이: nn.Parameter로 파라미터를 두고 torch.autograd.grad로 그래디언트를 구한다

class TorchLinearRegression:
    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        self.w = torch.nn.Parameter(torch.zeros(n_features, dtype=dtype, device=device))
        self.b = torch.nn.Parameter(torch.zeros((), dtype=dtype, device=device))

    def predict(self, X):
        return X @ self.w + self.b

    def loss(self, X, y):
        diff = self.predict(X) - y
        return (diff * diff).sum() / diff.numel()

    def fit(self, X, y, lr=0.1, steps=100):
        history = []
        for _ in range(steps):
            loss = self.loss(X, y)
            gw, gb = torch.autograd.grad(loss, [self.w, self.b])
            with torch.no_grad():
                self.w.sub_(lr * gw)
                self.b.sub_(lr * gb)
            history.append(loss.item())
        return history
