"""Unit tests of the student-facing helper package: checks fail when they must, with messages."""

from __future__ import annotations

import numpy as np
import pytest
import torch

from dlcourse import budget, check, grading_mode, seed_everything
from dlcourse.env import GRADING_ENV


def test_call_reports_stubs_as_not_implemented():
    def stub(x):
        raise NotImplementedError()

    with pytest.raises(check.NotImplementedYet, match="아직 구현되지 않았습니다"):
        check.call(stub, 1)
    with pytest.raises(check.NotImplementedYet, match="None을 반환"):
        check.call(lambda x: None, 1, name="f")
    assert check.call(lambda x: x + 1, 1) == 2


def test_close_names_index_expected_received_and_difference():
    expected = np.zeros((2, 3))
    actual = expected.copy()
    actual[1, 2] = 0.5
    with pytest.raises(check.CheckFailure) as info:
        check.close(actual, expected, name="dW")
    message = str(info.value)
    for part in ("[dW]", "(1, 2)", "기대 0", "받은 값 0.5", "최대 차이 0.5"):
        assert part in message
    check.close(expected + 1e-9, expected)


def test_close_reports_shape_and_nan_first():
    with pytest.raises(check.CheckFailure, match=r"모양\(shape\).*\(2, 3\).*\(3, 2\)"):
        check.close(np.zeros((3, 2)), np.zeros((2, 3)), name="out")
    bad = np.zeros((2, 3))
    bad[0, 1] = np.nan
    with pytest.raises(check.CheckFailure, match=r"NaN.*\(0, 1\)"):
        check.close(bad, np.zeros((2, 3)))


def test_close_accepts_tensors_and_compares_in_float64():
    check.close(torch.ones(3, dtype=torch.float32), np.ones(3))
    with pytest.raises(check.CheckFailure):
        check.close(torch.tensor([1.0, 2.0]), torch.tensor([1.0, 2.1]))


def test_exact_type_rejects_subclasses():
    class Sneaky(torch.Tensor):
        pass

    check.exact_type(torch.zeros(1), torch.Tensor)
    with pytest.raises(check.CheckFailure, match="타입이 다릅니다"):
        check.exact_type(torch.zeros(1).as_subclass(Sneaky), torch.Tensor)


def test_gradient_accepts_right_and_catches_wrong_gradients():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3, 4))
    A = rng.normal(size=(4, 4))

    def f(z):
        return float(np.sum(np.tanh(z @ A)))

    right = (1 - np.tanh(x @ A) ** 2) @ A.T
    check.gradient(f, x, right, name="tanh 층")
    with pytest.raises(check.CheckFailure, match=r"\[tanh 층\] 수치 미분과 다릅니다"):
        check.gradient(f, x, right * 1.01, name="tanh 층")
    with pytest.raises(check.CheckFailure, match="모양"):
        check.gradient(f, x, right.T)
    with pytest.raises(check.CheckFailure, match="float64"):
        check.gradient(f, x.astype(np.float32), right)


def test_gradient_works_on_tensors():
    x = torch.randn(5, dtype=torch.float64)
    check.gradient(lambda z: (z**3).sum(), x, 3 * x**2)


def test_numerical_gradient_restores_input():
    x = np.arange(6, dtype=np.float64).reshape(2, 3)
    before = x.copy()
    check.numerical_gradient(lambda z: float((z**2).sum()), x)
    np.testing.assert_array_equal(x, before)


def test_rel_error_is_taken_over_the_whole_tensor():
    assert check.rel_error(np.array([1e-12, 1.0]), np.array([2e-12, 1.0])) < 1e-9
    assert check.rel_error(np.zeros(3), np.zeros(3)) == 0.0


def test_equal_and_shape():
    check.equal((3, 4), (3, 4))
    with pytest.raises(check.CheckFailure, match="기대: \\(3, 4\\)"):
        check.equal((4, 3), (3, 4), name="broadcast")
    with pytest.raises(check.CheckFailure):
        check.equal([3, 4], (3, 4))  # a list is not the tuple the docstring promised
    check.shape(torch.zeros(2, 3), (2, 3))
    with pytest.raises(check.CheckFailure):
        check.shape(torch.zeros(2, 3), (3, 2))


def test_converges():
    check.converges([1.0, 0.5, 0.1], 0.2)
    check.converges([0.5, 0.97], 0.95, name="정확도", goal="above")
    with pytest.raises(check.CheckFailure, match="목표에 도달하지 못했습니다"):
        check.converges([1.0, 0.9], 0.2)
    with pytest.raises(check.CheckFailure, match="NaN"):
        check.converges([1.0, float("nan")], 0.2)


def test_grading_mode_and_budget(monkeypatch):
    monkeypatch.setenv(GRADING_ENV, "1")
    assert grading_mode() and budget(full=1000, grading=10) == 10
    monkeypatch.setenv(GRADING_ENV, "0")
    assert not grading_mode() and budget(full=1000, grading=10) == 1000


def test_seed_everything_is_reproducible():
    seed_everything(3)
    a = (np.random.rand(), torch.rand(1).item())
    seed_everything(3)
    assert a == (np.random.rand(), torch.rand(1).item())


def test_raises():
    def picky(x):
        if x < 0:
            raise ValueError("음수")
        return x

    check.raises(ValueError, picky, -1)
    with pytest.raises(check.CheckFailure, match="아무 예외 없이"):
        check.raises(ValueError, picky, 1)
    with pytest.raises(check.CheckFailure, match="TypeError"):
        check.raises(ValueError, lambda: picky(None))
    with pytest.raises(check.NotImplementedYet):
        check.raises(ValueError, lambda: (_ for _ in ()).throw(NotImplementedError()))


def test_within():
    check.within(0.5, 0.0, 1.0)
    check.within(torch.tensor(0.25), 0.0, 1.0)
    with pytest.raises(check.CheckFailure, match="범위를 벗어났습니다"):
        check.within(1.5, 0.0, 1.0, name="비율")


def test_no_warnings_catches_numpy_overflow():
    with check.no_warnings():
        np.exp(np.array([1.0]))
    with pytest.raises(check.CheckFailure, match="RuntimeWarning"):
        with check.no_warnings(name="sigmoid"):
            1 / (1 + np.exp(np.array([1000.0])))
