"""Checks that notebooks call in their test cells.

Every failure raises :class:`CheckFailure` (an ``AssertionError``) with a Korean message
that names the checked value, the index, the expected and received values and the largest
difference. A stub that is not written yet raises :class:`NotImplementedYet`, so a student
reads "아직 구현되지 않았습니다" instead of an ``AttributeError`` from inside a test.

Arrays may be NumPy arrays, torch tensors or Python numbers; comparisons run in float64.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np

__all__ = [
    "CheckFailure",
    "NotImplementedYet",
    "call",
    "close",
    "no_warnings",
    "raises",
    "within",
    "converges",
    "equal",
    "exact_type",
    "finite",
    "gradient",
    "numerical_gradient",
    "rel_error",
    "shape",
]


class CheckFailure(AssertionError):
    """A check failed; the message says what, where and by how much."""


class NotImplementedYet(CheckFailure):
    """The student's function is still the stub (or returned ``None``)."""


def _fmt(value: Any) -> str:
    if isinstance(value, np.generic):
        value = value.item()  # np.float64(2.0) -> 2.0, np.True_ -> True
    if isinstance(value, float):
        return f"{float(value):.6g}"
    return repr(value)


def _to_numpy(x: Any, name: str) -> np.ndarray:
    """float64 (or original integer/bool) NumPy copy of an array-like."""
    if x is None:
        raise NotImplementedYet(f"[{name}] 값이 None입니다. 함수가 결과를 return 하는지 확인하세요.")
    try:
        import torch

        if isinstance(x, torch.Tensor):
            x = x.detach().cpu()
            if x.dtype == torch.bfloat16 or x.dtype.is_floating_point:
                x = x.double()
            return x.numpy()
    except ImportError:  # pragma: no cover - torch is always installed in the course
        pass
    arr = np.asarray(x)
    if arr.dtype == object:
        raise CheckFailure(f"[{name}] 숫자 배열이 아닙니다 (받은 타입: {type(x).__name__}).")
    return arr.astype(np.float64) if arr.dtype.kind == "f" else arr


def call(fn: Callable[..., Any], *args: Any, name: str | None = None, **kwargs: Any) -> Any:
    """Call a student's function, turning a stub into a clear "not implemented" failure.

    Args:
        fn: the student's function or method.
        *args, **kwargs: passed through.
        name: how to call it in messages (default: the function's name).

    Returns:
        Whatever ``fn`` returns, which must not be ``None``.
    """
    label = name or getattr(fn, "__qualname__", None) or getattr(fn, "__name__", "함수")
    try:
        out = fn(*args, **kwargs)
    except NotImplementedError as exc:
        raise NotImplementedYet(
            f"[{label}] 아직 구현되지 않았습니다 (NotImplementedError). "
            "'# 여기에 코드를 작성하세요' 부분을 채우세요."
        ) from exc
    if out is None:
        raise NotImplementedYet(
            f"[{label}] None을 반환했습니다: 아직 구현되지 않았거나 return 문이 빠졌습니다."
        )
    return out


def exact_type(x: Any, expected: type, name: str = "출력") -> None:
    """Require ``type(x) is expected`` (a subclass could fool later comparisons)."""
    if x is None:
        raise NotImplementedYet(f"[{name}] 값이 None입니다. 함수가 결과를 return 하는지 확인하세요.")
    if type(x) is not expected:
        raise CheckFailure(
            f"[{name}] 타입이 다릅니다 — 기대: {expected.__module__}.{expected.__qualname__}, "
            f"받은 값: {type(x).__module__}.{type(x).__qualname__}"
        )


def shape(x: Any, expected: Sequence[int], name: str = "출력") -> None:
    """Require ``x.shape == expected``."""
    got = tuple(_to_numpy(x, name).shape) if not hasattr(x, "shape") else tuple(x.shape)
    if got != tuple(expected):
        raise CheckFailure(f"[{name}] 모양(shape)이 다릅니다 — 기대: {tuple(expected)}, 받은 값: {got}")


def finite(x: Any, name: str = "출력") -> None:
    """Require no NaN or infinity; the message gives where the first one is."""
    arr = _to_numpy(x, name)
    if arr.dtype.kind not in "fc":
        return
    bad = ~np.isfinite(arr)
    if bad.any():
        idx = tuple(int(i) for i in np.argwhere(bad)[0])
        kind = "NaN" if np.isnan(arr[idx]) else "inf"
        raise CheckFailure(
            f"[{name}] {kind} 값이 있습니다 — 처음 나타난 인덱스: {idx} "
            f"(전체 {int(bad.sum())}개). 오버플로나 0으로 나누기를 확인하세요."
        )


def equal(actual: Any, expected: Any, name: str = "출력") -> None:
    """Exact equality for Python values (tuples, ints, strings) and integer arrays."""
    if actual is None and expected is not None:
        raise NotImplementedYet(f"[{name}] 값이 None입니다. 함수가 결과를 return 하는지 확인하세요.")
    if isinstance(expected, np.ndarray) or hasattr(expected, "shape"):
        a, e = _to_numpy(actual, name), _to_numpy(expected, name)
        shape(a, e.shape, name)
        diff = np.argwhere(a != e)
        if len(diff):
            idx = tuple(int(i) for i in diff[0])
            raise CheckFailure(
                f"[{name}] 값이 다릅니다 — 인덱스 {idx}: 기대 {_fmt(e[idx])}, "
                f"받은 값 {_fmt(a[idx])} (다른 원소 {len(diff)}개)"
            )
        return
    if type(actual) is not type(expected) or actual != expected:
        raise CheckFailure(f"[{name}] 값이 다릅니다 — 기대: {expected!r}, 받은 값: {actual!r}")


def rel_error(a: Any, b: Any) -> float:
    """Relative error over the whole array: max|a - b| / max(1e-8, max|a| + max|b|)."""
    a, b = _to_numpy(a, "a").astype(np.float64), _to_numpy(b, "b").astype(np.float64)
    denom = max(1e-8, float(np.abs(a).max(initial=0.0) + np.abs(b).max(initial=0.0)))
    return float(np.abs(a - b).max(initial=0.0) / denom)


def close(
    actual: Any,
    expected: Any,
    name: str = "출력",
    rtol: float = 1e-5,
    atol: float = 1e-6,
) -> None:
    """Require ``|actual - expected| <= atol + rtol * |expected|`` elementwise.

    Checks the shape and finiteness first, so a wrong shape or a NaN is reported as such.
    """
    a = _to_numpy(actual, name)
    e = _to_numpy(expected, f"{name} (기대값)")
    if a.shape != e.shape:
        raise CheckFailure(f"[{name}] 모양(shape)이 다릅니다 — 기대: {e.shape}, 받은 값: {a.shape}")
    if np.isfinite(e).all():
        finite(a, name)
    a, e = a.astype(np.float64), e.astype(np.float64)
    err = np.abs(a - e)
    bad = ~(err <= atol + rtol * np.abs(e))
    if bad.any():
        worst = tuple(int(i) for i in np.unravel_index(np.argmax(np.where(bad, err, -1)), err.shape))
        where = f"인덱스 {worst}: " if a.ndim else ""
        raise CheckFailure(
            f"[{name}] 값이 다릅니다 — {where}기대 {_fmt(e[worst])}, 받은 값 {_fmt(a[worst])}; "
            f"최대 차이 {float(err.max()):.3g} (허용: atol={atol:g}, rtol={rtol:g}, "
            f"틀린 원소 {int(bad.sum())}/{bad.size}개)"
        )


def numerical_gradient(f: Callable[[Any], Any], x: Any, h: float = 1e-6) -> np.ndarray:
    """Central differences of a scalar function, in float64: (f(x + h) - f(x - h)) / 2h.

    ``x`` is perturbed in place, one entry at a time, and restored; ``f`` receives ``x``
    itself (a float64 NumPy array or tensor), so it may close over other inputs.
    """
    is_torch = hasattr(x, "detach")
    grad = np.zeros(tuple(x.shape), dtype=np.float64)
    flat_view = x.detach().view(-1) if is_torch else x.reshape(-1)
    if not is_torch and not np.shares_memory(flat_view, x):
        raise CheckFailure("[numerical_gradient] x는 연속(contiguous) 배열이어야 합니다.")
    for i in range(flat_view.shape[0]):
        old = float(flat_view[i])
        flat_view[i] = old + h
        plus = float(f(x))
        flat_view[i] = old - h
        minus = float(f(x))
        flat_view[i] = old
        grad.reshape(-1)[i] = (plus - minus) / (2 * h)
    return grad


def gradient(
    f: Callable[[Any], Any],
    x: Any,
    analytic: Any,
    name: str = "그래디언트",
    h: float = 1e-6,
    tol: float = 1e-6,
) -> None:
    """Compare an analytic gradient with central finite differences (float64).

    Args:
        f: scalar function of ``x`` (``x`` is perturbed in place and restored).
        x: float64 NumPy array or tensor where the gradient is taken; keep it at least
            1e-3 away from kinks (ReLU at 0, max-pool ties).
        analytic: the gradient to check, same shape as ``x``.
        name: what the gradient is called in messages (e.g. ``"Linear.backward의 dW"``).
        h: finite-difference step.
        tol: bound on :func:`rel_error` over the whole tensor.
    """
    a = _to_numpy(analytic, name)
    if tuple(a.shape) != tuple(x.shape):
        raise CheckFailure(
            f"[{name}] 그래디언트 모양이 입력과 다릅니다 — 기대: {tuple(x.shape)}, 받은 값: {tuple(a.shape)}"
        )
    finite(a, name)
    if getattr(x, "dtype", None) is not None and "float64" not in str(x.dtype):
        raise CheckFailure(
            f"[{name}] 수치 미분은 float64 입력에서만 믿을 수 있습니다 (받은 dtype: {x.dtype})."
        )
    n = numerical_gradient(f, x, h)
    err = rel_error(a, n)
    if not err < tol:
        worst = tuple(int(i) for i in np.unravel_index(np.argmax(np.abs(a - n)), n.shape))
        raise CheckFailure(
            f"[{name}] 수치 미분과 다릅니다 — 상대 오차 {err:.2e} (허용 {tol:.0e}); "
            f"인덱스 {worst}: 수치 미분 {_fmt(n[worst])}, 받은 그래디언트 {_fmt(a[worst])}"
        )


def converges(
    history: Sequence[float] | Any,
    threshold: float,
    name: str = "손실",
    goal: str = "below",
) -> None:
    """Require the last value of a training curve to reach ``threshold``.

    Args:
        history: the recorded values, one per step or epoch (or a single final value).
        threshold: the bound the final value must meet.
        name: what the values are ("손실", "정확도", ...).
        goal: ``"below"`` (final < threshold, for losses) or ``"above"``
            (final >= threshold, for accuracies).
    """
    values = np.atleast_1d(_to_numpy(history, name)).astype(np.float64).reshape(-1)
    if values.size == 0:
        raise CheckFailure(f"[{name}] 기록된 값이 없습니다.")
    finite(values, name)
    final = float(values[-1])
    ok = final < threshold if goal == "below" else final >= threshold
    if not ok:
        op = "<" if goal == "below" else ">="
        start = f"처음 {values[0]:.4g} → " if values.size > 1 else ""
        raise CheckFailure(
            f"[{name}] 목표에 도달하지 못했습니다 — {start}마지막 {final:.4g}, 목표: {op} {threshold:g}"
        )


def raises(
    expected: type[BaseException], fn: Callable[..., Any], *args: Any, name: str | None = None, **kwargs: Any
) -> None:
    """Require ``fn(*args, **kwargs)`` to raise ``expected`` (a stub still reports "not implemented")."""
    label = name or getattr(fn, "__qualname__", "함수")
    try:
        call(fn, *args, name=label, **kwargs)
    except NotImplementedYet:
        raise
    except expected:
        return
    except Exception as exc:  # noqa: BLE001 - any other exception is the wrong one
        raise CheckFailure(
            f"[{label}] {expected.__name__}를 일으켜야 하는데 {type(exc).__name__}가 났습니다: {exc}"
        ) from exc
    raise CheckFailure(f"[{label}] {expected.__name__}를 일으켜야 하는데 아무 예외 없이 끝났습니다.")


def within(value: Any, low: float, high: float, name: str = "값") -> None:
    """Require ``low <= value <= high`` for a scalar (a ratio, a variance, a statistic)."""
    v = float(_to_numpy(value, name).reshape(-1)[0]) if hasattr(value, "shape") else float(value)
    if not (low <= v <= high):
        raise CheckFailure(
            f"[{name}] 범위를 벗어났습니다 — 기대: {low:g} 이상 {high:g} 이하, 받은 값: {v:.6g}"
        )


@contextmanager
def no_warnings(name: str = "계산") -> Iterator[None]:
    """Fail if the block emits a warning, NumPy's overflow and invalid-value warnings included."""
    with (
        warnings.catch_warnings(record=True) as caught,
        np.errstate(over="warn", divide="warn", invalid="warn"),
    ):
        warnings.simplefilter("always")
        yield
    if caught:
        first = caught[0]
        raise CheckFailure(
            f"[{name}] 경고가 발생했습니다 ({first.category.__name__}: {first.message}). "
            "오버플로나 0으로 나누기가 없도록 식을 바꾸세요."
        )
