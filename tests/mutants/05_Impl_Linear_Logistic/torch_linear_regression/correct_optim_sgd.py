# 다른 올바른 풀이: requires_grad_()로 리프를 만들고 torch.optim.SGD로 갱신

class TorchLinearRegression:
    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        self.w = torch.zeros(n_features, dtype=dtype, device=device).requires_grad_()
        self.b = torch.tensor(0.0, dtype=dtype, device=device).requires_grad_()

    def predict(self, X):
        return torch.mv(X, self.w) + self.b

    def loss(self, X, y):
        return torch.mean(torch.square(self.predict(X) - y))

    def fit(self, X, y, lr=0.1, steps=100):
        opt = torch.optim.SGD([self.w, self.b], lr=lr)
        history = []
        for _ in range(steps):
            opt.zero_grad()
            loss = self.loss(X, y)
            loss.backward()
            opt.step()
            history.append(loss.item())
        return history
