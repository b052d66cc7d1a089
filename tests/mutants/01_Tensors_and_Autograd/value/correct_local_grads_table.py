# 다른 올바른 풀이: 연산마다 국소 미분의 튜플을 계산해 두고, 공통 도우미가 _backward를 만든다
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

    @staticmethod
    def _node(data: float, parents: tuple, local_grads: tuple, op: str) -> "Value":
        """새 노드를 만들고, 입력마다 (국소 미분) * out.grad를 더하는 _backward를 붙인다."""
        out = Value(data, parents, op)

        def _backward() -> None:
            for parent, local in zip(parents, local_grads):
                parent.grad += local * out.grad

        out._backward = _backward
        return out

    def __add__(self, other: "Value | float") -> "Value":
        other = other if isinstance(other, Value) else Value(other)
        return Value._node(self.data + other.data, (self, other), (1.0, 1.0), "+")

    def __mul__(self, other: "Value | float") -> "Value":
        other = other if isinstance(other, Value) else Value(other)
        return Value._node(self.data * other.data, (self, other), (other.data, self.data), "*")

    def __pow__(self, n: float) -> "Value":
        if not isinstance(n, int | float):
            raise TypeError("지수는 int 또는 float 상수만 지원합니다.")
        return Value._node(self.data**n, (self,), (n * self.data ** (n - 1),), f"**{n}")

    def tanh(self) -> "Value":
        t = math.tanh(self.data)
        return Value._node(t, (self,), (1.0 - t * t,), "tanh")

    def exp(self) -> "Value":
        e = math.exp(self.data)
        return Value._node(e, (self,), (e,), "exp")

    def relu(self) -> "Value":
        return Value._node(max(0.0, self.data), (self,), (float(self.data > 0),), "relu")

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
