# forward 에서 exp 의 부호를 틀린다: 1 / (1 + exp(x))
class Sigmoid:
    """시그모이드 활성화: out = 1 / (1 + exp(-x)) (원소별). 입력은 어떤 모양이든 된다."""

    def forward(self, x: np.ndarray) -> np.ndarray:
        """시그모이드를 계산하고 backward 에 필요한 것을 저장한다. x 는 바꾸지 않는다.

        Args:
            x: 임의 모양의 float64 배열.

        Returns:
            out: x 와 같은 모양, 값은 (0, 1) 사이.
        """
        self.out = 1.0 / (1.0 + np.exp(x))
        return self.out

    def backward(self, dout: np.ndarray) -> np.ndarray:
        """dL/dx 를 반환한다.

        Args:
            dout: forward 출력과 같은 모양, dL/dout.

        Returns:
            dx: x 와 같은 모양, dL/dx.
        """
        return dout * self.out * (1.0 - self.out)
