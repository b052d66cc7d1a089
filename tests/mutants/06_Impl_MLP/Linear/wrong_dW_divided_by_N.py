# dW를 배치 크기로 한 번 더 나눈다
class Linear:
    """완전연결(아핀) 층 ``out = x @ W + b`` (NumPy, float64).

    가중치는 ``(입력, 출력)`` 모양으로 저장합니다. PyTorch ``nn.Linear``의 ``weight``는
    ``(출력, 입력)``이므로 서로 전치 관계입니다.

    Args:
        W: 가중치, shape (D, M). 받은 배열 객체를 복사하지 않고 그대로 씁니다.
        b: 편향, shape (M,). W와 마찬가지로 그대로 씁니다.

    Attributes:
        x: ``forward``가 저장한 입력, shape (N, D).
        dW: ``backward``가 채우는 ∂L/∂W, shape (D, M).
        db: ``backward``가 채우는 ∂L/∂b, shape (M,).
    """

    def __init__(self, W: np.ndarray, b: np.ndarray):
        self.W = W
        self.b = b
        self.x = None
        self.dW = None
        self.db = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        """순전파: ``out = x @ W + b``.

        Args:
            x: 입력, shape (N, D), float64.

        Returns:
            out, shape (N, M). 역전파에 쓰도록 입력을 ``self.x``에 저장합니다.
        """
        self.x = x
        return x @ self.W + self.b  # (N, D) @ (D, M) + (M,) -> (N, M)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """역전파: 위에서 받은 그래디언트로 입력과 파라미터의 그래디언트를 계산합니다.

        Args:
            dout: ∂L/∂out, shape (N, M).

        Returns:
            dx = ∂L/∂x, shape (N, D). 같은 호출에서 ``self.dW`` (D, M)와 ``self.db`` (M,)를
            채웁니다. ``W``와 ``b``는 바꾸지 않습니다.
        """
        self.dW = self.x.T @ dout / dout.shape[0]  # (D, N) @ (N, M) -> (D, M)
        self.db = dout.sum(axis=0)  # (M,): 순전파의 브로드캐스트 -> 역전파의 합
        return dout @ self.W.T  # (N, M) @ (M, D) -> (N, D)
