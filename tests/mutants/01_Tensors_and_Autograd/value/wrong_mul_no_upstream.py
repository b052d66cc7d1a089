# 곱셈의 _backward에서 out.grad를 곱하지 않는다 (연쇄 법칙 누락)
class Value:
    """스칼라 값 하나를 담는 계산 그래프의 노드 (micrograd와 같은 설계).

    Attributes:
        data: 순전파 값 (``float``).
        grad: 최종 출력 L에 대한 미분 ∂L/∂(이 노드) (``float``). 만들 때 0.0이다.
        _prev: 이 노드를 계산하는 데 쓰인 입력 노드들의 집합. 잎 노드는 빈 집합이다.
        _op: 이 노드를 만든 연산의 이름 (표시용).
        _backward: 인자 없는 함수. 부르면 ``out.grad``에 국소 미분을 곱해 각 입력 노드의
            ``grad``에 **더한다**(+=). 잎 노드의 ``_backward``는 아무 일도 하지 않는다.

    규약:
        - 연산은 입력을 바꾸지 않고 새 ``Value``를 반환하며, 그 ``_prev``에는 연산의 입력 노드들이 있다.
        - ``_backward``는 grad를 덮어쓰지 않고 더한다. ``a * a``처럼 같은 노드가 두 번 쓰이면
          두 기여가 모두 더해진다.
        - ``relu``의 국소 미분은 입력이 0보다 클 때 1, 그 밖에는(입력이 정확히 0일 때 포함) 0이다.
        - ``+``와 ``*``의 상대가 int/float이면 잎 노드 ``Value``로 감싼다. ``**``의 지수는
          int/float 상수만 받는다.
    """

    def __init__(self, data: float, _children: tuple = (), _op: str = "") -> None:
        self.data = float(data)
        self.grad = 0.0
        self._backward = lambda: None
        self._prev = set(_children)
        self._op = _op

    def __repr__(self) -> str:
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    # ---- 기본 연산: 과제 2에서 각 메서드의 본문을 구현합니다 ----

    def __add__(self, other: "Value | float") -> "Value":
        """self + other. 국소 미분: ∂/∂self = 1, ∂/∂other = 1."""
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward() -> None:
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: "Value | float") -> "Value":
        """self * other. 국소 미분: ∂/∂self = other, ∂/∂other = self."""
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward() -> None:
            self.grad += other.data
            other.grad += self.data

        out._backward = _backward
        return out

    def __pow__(self, n: float) -> "Value":
        """self ** n (n은 int/float 상수). 국소 미분: n * self ** (n - 1)."""
        if not isinstance(n, int | float):
            raise TypeError("지수는 int 또는 float 상수만 지원합니다.")
        out = Value(self.data**n, (self,), f"**{n}")

        def _backward() -> None:
            self.grad += n * self.data ** (n - 1) * out.grad

        out._backward = _backward
        return out

    def tanh(self) -> "Value":
        """tanh(self). 국소 미분: 1 - tanh(self)²."""
        out = Value(math.tanh(self.data), (self,), "tanh")

        def _backward() -> None:
            self.grad += (1.0 - out.data**2) * out.grad

        out._backward = _backward
        return out

    def exp(self) -> "Value":
        """exp(self). 국소 미분: exp(self)."""
        out = Value(math.exp(self.data), (self,), "exp")

        def _backward() -> None:
            self.grad += out.data * out.grad

        out._backward = _backward
        return out

    def relu(self) -> "Value":
        """max(0, self). 국소 미분: self > 0이면 1, 아니면 0 (self == 0에서도 0)."""
        out = Value(self.data if self.data > 0 else 0.0, (self,), "relu")

        def _backward() -> None:
            self.grad += (1.0 if self.data > 0 else 0.0) * out.grad

        out._backward = _backward
        return out

    # ---- 파생 연산: 위의 기본 연산으로 표현되어 미분이 저절로 따라온다 (고칠 필요 없음) ----

    def __neg__(self) -> "Value":  # -self
        return self * -1

    def __radd__(self, other: float) -> "Value":  # other + self
        return self + other

    def __sub__(self, other: "Value | float") -> "Value":  # self - other
        return self + (-other)

    def __rsub__(self, other: float) -> "Value":  # other - self
        return other + (-self)

    def __rmul__(self, other: float) -> "Value":  # other * self
        return self * other

    def __truediv__(self, other: "Value | float") -> "Value":  # self / other
        return self * other**-1

    def __rtruediv__(self, other: float) -> "Value":  # other / self
        return other * self**-1
