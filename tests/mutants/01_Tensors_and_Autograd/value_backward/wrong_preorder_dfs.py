# 전위 순회: 노드를 처음 만나자마자 _backward를 부르고 입력으로 내려간다 (다른 사용자의 기여가 아직 안 모임)
def backward(self) -> None:
    """``self``를 출력 L로 보고, 닿을 수 있는 모든 노드에 ∂L/∂(노드)를 채운다 (역방향 자동 미분).

    1. ``self``에서 ``_prev``를 따라 닿는 모든 노드를 위상 순서로 나열한다: 어느 노드든
       자기 입력 노드들보다 뒤에 온다.
    2. ``self.grad = 1.0``으로 놓는다 (∂L/∂L = 1).
    3. 위상 순서의 **역순**으로, 노드마다 ``_backward()``를 **정확히 한 번** 부른다. 그러면 어떤
       노드의 ``_backward``가 불릴 때, 그 노드를 쓰는 모든 노드의 기여가 이미 그 grad에 모여 있다.

    grad는 ``_backward`` 안에서 += 로 누적된다. 모든 grad가 0.0인 새 그래프에서 한 번 부르는 것을
    기준으로 하며(같은 그래프에서 두 번 부르는 경우는 채점하지 않는다), 호출과 호출 사이에
    남는 상태(전역 리스트나 집합)를 두지 않는다.

    Args:
        self: 출력 노드 (보통 손실). 그래프의 깊이는 수백 이하라고 가정해도 된다.

    Returns:
        None. 결과는 각 노드의 ``.grad``에 남는다.
    """
    visited: set[Value] = set()

    def propagate(v: Value) -> None:
        if v in visited:
            return
        visited.add(v)
        v._backward()
        for child in v._prev:
            propagate(child)

    self.grad = 1.0
    propagate(self)


Value.backward = backward
