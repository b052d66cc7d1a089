# 개선되어도 counter를 0으로 되돌리지 않음
import copy


class EarlyStopping:
    def __init__(self, patience: int = 5, min_delta: float = 0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_loss = float("inf")
        self.best_params = None
        self.counter = 0

    def step(self, val_loss, model_params):
        if val_loss < self.best_loss - self.min_delta:
            self.best_loss = float(val_loss)
            self.best_params = copy.deepcopy(model_params)
        else:
            self.counter += 1
        return self.counter >= self.patience

    def restore(self):
        return copy.deepcopy(self.best_params)
