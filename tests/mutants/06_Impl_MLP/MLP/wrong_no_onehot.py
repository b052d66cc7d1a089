# 출발 그래디언트에서 정답 칸의 1을 빼지 않는다 (probs / N)
class MLP:
    """층 리스트로 조립한 다층 퍼셉트론 (NumPy, float64).

    ``sizes = [D, H1, ..., C]``이면 ``layers``는
    ``[Linear(D→H1), ReLU, Linear(H1→H2), ReLU, ..., Linear(→C)]``이고, 마지막 ``Linear`` 뒤에는
    활성화가 없습니다 (출력은 로짓).

    Args:
        sizes: 층의 너비 [D, H1, ..., C], 길이 2 이상. 선형 층의 수는 L = len(sizes) - 1.
        rng: 가중치 초기화에 쓰는 ``np.random.Generator``.

    Attributes:
        layers: 순전파 순서대로 놓인 층 객체의 리스트.
        params: 이름 → 파라미터 배열. 키는 ``"W1", "b1", ..., "WL", "bL"``이고 ``W{i}``는
            (sizes[i-1], sizes[i]), ``b{i}``는 (sizes[i],) 모양입니다. 각 배열은 해당 ``Linear``
            층이 쓰는 바로 그 객체이므로, ``params``를 제자리에서 바꾸면 모델이 바뀝니다.
        probs: ``loss``가 저장한 소프트맥스 확률, shape (N, C).
        y: ``loss``가 저장한 정답 레이블, shape (N,).
    """

    def __init__(self, sizes: list[int], rng: np.random.Generator):
        self.sizes = list(sizes)
        self.layers = []
        self.params = {}
        num_linear = len(sizes) - 1
        for i in range(1, num_linear + 1):
            fan_in, fan_out = sizes[i - 1], sizes[i]
            W = rng.normal(0.0, math.sqrt(2.0 / fan_in), size=(fan_in, fan_out))  # He 초기화
            b = np.zeros(fan_out)
            self.params[f"W{i}"], self.params[f"b{i}"] = W, b  # 층과 같은 배열 객체
            self.layers.append(Linear(W, b))
            if i < num_linear:
                self.layers.append(ReLU())
        self.probs = None
        self.y = None

    def forward(self, X: np.ndarray) -> np.ndarray:
        """순전파.

        Args:
            X: 입력, shape (N, D), float64.

        Returns:
            logits, shape (N, C). 각 층이 역전파에 필요한 값을 저장합니다.
        """
        out = X
        for layer in self.layers:
            out = layer.forward(out)
        return out  # (N, C)

    def loss(self, X: np.ndarray, y: np.ndarray) -> float:
        """평균 소프트맥스 교차 엔트로피 ``L = -(1/N) Σ_i log softmax(forward(X)_i)[y_i]``.

        행마다 최댓값을 빼고 계산하므로 로짓이 ±1000이어도 유한한 값을 돌려줍니다.

        Args:
            X: 입력, shape (N, D), float64.
            y: 정답 레이블, shape (N,), 0..C-1 범위의 정수.

        Returns:
            손실 (스칼라 float). 역전파를 위해 ``self.probs`` (N, C)와 ``self.y`` (N,)를 저장합니다.
        """
        logits = self.forward(X)  # (N, C)
        N = logits.shape[0]
        shifted = logits - logits.max(axis=1, keepdims=True)
        log_probs = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))  # (N, C)
        self.probs = np.exp(log_probs)
        self.y = y
        return float(-log_probs[np.arange(N), y].mean())

    def backward(self) -> dict[str, np.ndarray]:
        """마지막 ``loss(X, y)`` 호출에 대한 모든 파라미터의 그래디언트.

        출발점: ∂L/∂logits = (probs - onehot(y)) / N, shape (N, C).

        Returns:
            grads: ``params``와 같은 키("W1", ..., "bL")를 가진 사전, 각 값은 해당 파라미터와
            같은 모양의 ∂L/∂파라미터.
        """
        N = self.probs.shape[0]
        dout = self.probs.copy()
        dout /= N  # (N, C)
        for layer in reversed(self.layers):
            dout = layer.backward(dout)
        grads = {}
        linears = [layer for layer in self.layers if isinstance(layer, Linear)]
        for i, layer in enumerate(linears, start=1):
            grads[f"W{i}"] = layer.dW
            grads[f"b{i}"] = layer.db
        return grads

    def predict(self, X: np.ndarray) -> np.ndarray:
        """예측 레이블: 로짓의 argmax, shape (N,)."""
        return self.forward(X).argmax(axis=1)
