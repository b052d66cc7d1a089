# backward 가 dout 을 곱하지 않고 마스크(국소 미분)만 돌려준다
class ReLU:
    """ReLU 활성화: out = max(0, x) (원소별). 입력은 어떤 모양이든 된다."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        """out = max(0, x) 를 계산하고 backward 에 필요한 것을 저장한다. x 는 바꾸지 않는다.

        Args:
            x: 임의 모양의 float64 배열.

        Returns:
            out: x 와 같은 모양의 float64 배열.
        """
        self.mask = x > 0
        return np.where(self.mask, x, 0.0)

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dL/dx 를 반환한다 (x > 0 인 곳만 통과, x < 0 인 곳은 0).

        Args:
            dout: forward 출력과 같은 모양, dL/dout.

        Returns:
            dx: x 와 같은 모양, dL/dx.
        """
        return self.mask.astype(float)
