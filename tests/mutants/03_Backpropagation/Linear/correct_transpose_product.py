# 다른 정답: dW 를 (dout.T @ x).T 로, db 를 ones @ dout 으로 계산
class Linear:
    """완전 연결 층: out = x @ W + b.

    Attributes:
        W: (D, M) float64 가중치. (nn.Linear 의 weight 는 (M, D) 이므로 전치 관계)
        b: (M,) float64 편향.
        dW: (D, M), 마지막 backward 가 계산한 dL/dW (호출마다 덮어쓴다).
        db: (M,), 마지막 backward 가 계산한 dL/db (호출마다 덮어쓴다).
    """

    def __init__(self, in_features: int, out_features: int, rng: np.random.Generator | None = None):
        rng = np.random.default_rng() if rng is None else rng
        D, M = in_features, out_features
        self.W = rng.standard_normal((D, M)) / np.sqrt(D)  # 초기화는 4절에서 제대로 다룬다
        self.b = np.zeros(M)
        self.dW = np.zeros_like(self.W)
        self.db = np.zeros_like(self.b)
        self.x = None  # forward 가 backward 를 위해 입력을 저장해 두는 곳

    def forward(self, x: np.ndarray) -> np.ndarray:
        """out = x @ W + b 를 계산하고, backward 에 쓸 입력 x 를 self.x 에 저장한다.

        Args:
            x: (N, D) float64 입력.

        Returns:
            out: (N, M) float64.
        """
        self.x = x
        return x @ self.W + self.b

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """상류 그래디언트 dout 으로 dL/dx 를 반환하고 dL/dW, dL/db 를 self.dW, self.db 에 저장한다.

        Args:
            dout: (N, M) float64, 손실 L 의 out 에 대한 그래디언트.

        Returns:
            dx: (N, D) float64, dL/dx. (부수 효과: self.dW (D, M), self.db (M,) 를 덮어쓴다)
        """
        self.dW = (dout.T @ self.x).T
        self.db = np.ones(dout.shape[0]) @ dout
        return dout @ self.W.T
