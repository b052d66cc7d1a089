"""Run a lesson's cells inside this Python process.

A kernel start plus ``import torch`` costs seconds, and a lesson has dozens of mutants, so the
course's own tests and the benchmark do not start a kernel per check: they execute the cells
here, in a fresh module namespace each time (COURSE_DESIGN.md, "Cost"). Demo cells are
skipped unless asked for, which is what makes test cells provably self-contained.
"""

from __future__ import annotations

import itertools
import sys
import time
import types
from collections.abc import Iterable
from dataclasses import dataclass, field

from dlcourse.instructor.notebook import Cell

#: Roles whose cells a test may depend on.
DEFINING_ROLES = ("setup", "provided", "solution")


class CellFailed(Exception):
    """A cell raised; ``error`` is the original exception."""

    def __init__(self, label: str, error: BaseException):
        super().__init__(f"{label}: {type(error).__name__}: {error}")
        self.label = label
        self.error = error


_namespaces = itertools.count()


def new_namespace() -> dict:
    """A fresh module namespace, registered in ``sys.modules`` so classes and pickling work."""
    name = f"_lesson_namespace_{next(_namespaces)}"
    module = types.ModuleType(name)
    sys.modules[name] = module
    return module.__dict__


def run_source(source: str, ns: dict, label: str) -> float:
    """Execute one cell's source in ``ns``; return seconds taken, raise :class:`CellFailed`."""
    start = time.perf_counter()
    try:
        exec(compile(source, f"<{label}>", "exec"), ns)  # noqa: S102 - this is a notebook runner
    except BaseException as exc:  # SystemExit from a cell is a failure of that cell too
        if isinstance(exc, KeyboardInterrupt):
            raise
        raise CellFailed(label, exc) from exc
    return time.perf_counter() - start


@dataclass
class Outcome:
    """Result of running test cells: errors by test id (None = passed) and seconds taken."""

    errors: dict[str, BaseException | None] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def failed(self) -> list[str]:
        return [tid for tid, err in self.errors.items() if err is not None]


def build(
    all_cells: Iterable[Cell],
    replacements: dict[str, str] | None = None,
    include_demo: bool = False,
    label: str = "lesson",
) -> dict:
    """Execute setup, provided and solution cells (and demos if asked), in notebook order.

    Args:
        all_cells: the notebook's cells.
        replacements: solution id -> source to run instead of that cell (a mutant, a stub).
        include_demo: also run demo cells (and test cells, whose failure then raises).
        label: prefix of cell labels in error messages.
    """
    replacements = replacements or {}
    ns = new_namespace()
    for cell in all_cells:
        if cell.role in DEFINING_ROLES or (include_demo and cell.role in ("demo", "test")):
            source = replacements.get(cell.grade_id, cell.source) if cell.role == "solution" else cell.source
            run_source(source, ns, f"{label}:cell{cell.index}:{cell.grade_id or cell.role}")
    return ns


def run_tests(
    ns: dict, test_cells: Iterable[Cell], public_only: bool = False, label: str = "lesson"
) -> Outcome:
    """Run test cells in ``ns``, each on its own; record each error instead of stopping."""
    outcome = Outcome()
    for cell in test_cells:
        source = cell.public_source if public_only else cell.source
        start = time.perf_counter()
        try:
            run_source(source, ns, f"{label}:{cell.grade_id}")
            outcome.errors[cell.grade_id] = None
        except CellFailed as failed:
            outcome.errors[cell.grade_id] = failed.error
        outcome.seconds[cell.grade_id] = time.perf_counter() - start
    return outcome
