# 마지막 층 뒤에도 ReLU를 적용한다 (로짓이 음수가 될 수 없음)
class TorchMLP(nn.Module):
    """``nn.Parameter``만으로 만든 다층 퍼셉트론 (레벨 2: ``nn.Linear`` 등 층 모듈 금지).

    파라미터 이름과 모양은 NumPy ``MLP.params``와 같습니다: ``W1, b1, ..., WL, bL``
    (L = len(sizes) - 1), ``W{i}``는 (sizes[i-1], sizes[i]), ``b{i}``는 (sizes[i],).
    따라서 ``state_dict()``의 키도 정확히 ``"W1", "b1", ...``입니다.

    Args:
        sizes: 층의 너비 [D, H1, ..., C], 길이 2 이상.

    초기화: ``W{i}`` ~ N(0, 2 / sizes[i-1]) (He), ``b{i}`` = 0, dtype float32 (torch 기본값).
    """

    def __init__(self, sizes: list[int]):
        super().__init__()
        self.num_layers = len(sizes) - 1
        for i in range(1, self.num_layers + 1):
            d_in, d_out = sizes[i - 1], sizes[i]
            setattr(self, f"W{i}", nn.Parameter(torch.randn(d_in, d_out) * math.sqrt(2.0 / d_in)))
            setattr(self, f"b{i}", nn.Parameter(torch.zeros(d_out)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """순전파.

        Args:
            x: 입력, shape (N, D), 파라미터와 같은 dtype·device.

        Returns:
            logits, shape (N, C). 은닉층 뒤에만 ReLU, 마지막 층 뒤에는 활성화 없음.
        """
        h = x
        for i in range(1, self.num_layers + 1):
            h = h @ getattr(self, f"W{i}") + getattr(self, f"b{i}")  # (N, sizes[i])
            h = torch.relu(h)
        return h
