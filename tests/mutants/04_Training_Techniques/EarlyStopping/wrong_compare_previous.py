# 최고 기록이 아니라 직전 손실과 비교함 (조금씩 오르내리면 멈추지 않음)
import copy


class EarlyStopping:
    def __init__(self, patience: int = 5, min_delta: float = 0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_loss = float("inf")
        self.best_params = None
        self.counter = 0
        self.prev_loss = float("inf")

    def step(self, val_loss, model_params):
        if val_loss < self.prev_loss - self.min_delta:
            self.counter = 0
            if val_loss < self.best_loss:
                self.best_loss = float(val_loss)
                self.best_params = copy.deepcopy(model_params)
        else:
            self.counter += 1
        self.prev_loss = val_loss
        return self.counter >= self.patience

    def restore(self):
        return copy.deepcopy(self.best_params)
