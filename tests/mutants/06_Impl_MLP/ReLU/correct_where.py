# 다른 정답: 마스크를 저장하고 np.where로 고른다
class ReLU:
    """ReLU 활성화 ``out = max(0, x)`` (원소별, 파라미터 없음).

    x = 0에서의 미분은 0으로 정합니다 (PyTorch와 같은 관례).
    """

    def __init__(self):
        self.x = None

    def forward(self, x: np.ndarray) -> np.ndarray:
        """순전파.

        Args:
            x: 입력, 임의의 모양, float64. 이 배열은 바꾸지 않습니다.

        Returns:
            ``max(0, x)``, x와 같은 모양의 새 배열. 역전파에 필요한 값을 저장합니다.
        """
        self.mask = x > 0
        return np.where(self.mask, x, 0.0)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """역전파.

        Args:
            dout: ∂L/∂out, forward에 들어온 x와 같은 모양.

        Returns:
            dx = dout * 1[x > 0], x와 같은 모양.
        """
        return np.where(self.mask, dout, 0.0)
