# 최적 파라미터를 복사하지 않고 참조만 저장 (훈련이 계속되면 함께 바뀜)
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
            self.best_params = model_params
            self.counter = 0
        else:
            self.counter += 1
        return self.counter >= self.patience

    def restore(self):
        return copy.deepcopy(self.best_params)
