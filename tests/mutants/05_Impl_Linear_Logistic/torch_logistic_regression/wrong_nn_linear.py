# L2 규칙 위반: 내부에서 nn.Linear를 쓰고 w, b를 그 가중치의 뷰로 내놓는다

class TorchLogisticRegression:
    def __init__(self, n_features, dtype=torch.float64, device="cpu"):
        self.linear = torch.nn.Linear(n_features, 1, dtype=dtype, device=device)
        torch.nn.init.zeros_(self.linear.weight)
        torch.nn.init.zeros_(self.linear.bias)

    @property
    def w(self):
        return self.linear.weight.view(-1)

    @property
    def b(self):
        return self.linear.bias.view(())

    def predict_proba(self, X):
        return torch.sigmoid(self.linear(X).squeeze(-1))

    def loss(self, X, y):
        z = self.linear(X).squeeze(-1)
        return (torch.nn.functional.softplus(z) - y * z).mean()

    def fit(self, X, y, lr=0.5, steps=200):
        opt = torch.optim.SGD(self.linear.parameters(), lr=lr)
        history = []
        for _ in range(steps):
            opt.zero_grad()
            loss = self.loss(X, y)
            history.append(loss.item())
            loss.backward()
            opt.step()
        return history

    def predict(self, X):
        with torch.no_grad():
            return (self.linear(X).squeeze(-1) >= 0).long()
