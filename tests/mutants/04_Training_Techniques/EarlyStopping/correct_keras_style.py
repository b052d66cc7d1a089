# 다른 올바른 형태: Keras식으로 "감소량 > min_delta"를 보고, 배열·텐서마다 직접 복사
import numpy as np
import torch


def _clone(params):
    return {k: (v.detach().clone() if isinstance(v, torch.Tensor) else np.array(v, copy=True)) for k, v in params.items()}


class EarlyStopping:
    def __init__(self, patience: int = 5, min_delta: float = 0.0):
        self.patience = patience
        self.min_delta = min_delta
        self.best_loss = float("inf")
        self.best_params = None
        self.counter = 0

    def step(self, val_loss, model_params):
        improvement = self.best_loss - val_loss
        if improvement > self.min_delta:
            self.best_loss = val_loss
            self.best_params = _clone(model_params)
            self.counter = 0
            return False
        self.counter += 1
        return bool(self.counter >= self.patience)

    def restore(self):
        return _clone(self.best_params)
