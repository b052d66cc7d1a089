"""Reading lesson notebooks: cell roles, hidden regions, which test grades which solution.

The roles are those of docs/AUTHORING.md: setup, provided, solution, test, demo, markdown.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import nbformat

HIDDEN_BEGIN = "### BEGIN HIDDEN TESTS"
HIDDEN_END = "### END HIDDEN TESTS"
SOLUTION_BEGIN = "### BEGIN SOLUTION"
SOLUTION_END = "### END SOLUTION"
_HIDDEN_RE = re.compile(
    rf"^[ \t]*{re.escape(HIDDEN_BEGIN)}.*?^[ \t]*{re.escape(HIDDEN_END)}[^\n]*\n?", re.S | re.M
)


class NotebookError(Exception):
    """A notebook that cannot be read or does not follow the lesson format."""


def read(path: str | Path) -> nbformat.NotebookNode:
    """Read a notebook, turning every way it can be broken into one clear message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise NotebookError(f"{path}: file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise NotebookError(f"{path}: cannot be read ({exc})") from None
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotebookError(
            f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    if not isinstance(raw, dict) or "nbformat" not in raw:
        raise NotebookError(f"{path}: not a Jupyter notebook (no nbformat version)")
    try:
        nb = nbformat.reads(text, as_version=4)  # older nbformat versions are converted
    except Exception as exc:  # nbformat raises several kinds for a broken structure
        raise NotebookError(f"{path}: not a Jupyter notebook ({type(exc).__name__}: {exc})") from None
    if not isinstance(nb.get("cells"), list):
        raise NotebookError(f"{path}: not a Jupyter notebook (no list of cells)")
    return nb


@dataclass(frozen=True)
class Cell:
    """One cell of a lesson notebook, with its role."""

    index: int
    role: str  # setup | provided | solution | test | demo | markdown
    grade_id: str | None
    source: str
    points: float = 0.0

    @property
    def public_source(self) -> str:
        """The source without its hidden-test region (what the release shows)."""
        return strip_hidden(self.source)


def role_of(cell: dict) -> str:
    if cell.get("cell_type") != "code":
        return "markdown"
    meta = cell.get("metadata", {}).get("nbgrader")
    if not meta:
        return "demo"
    if meta.get("grade"):
        return "test"
    if meta.get("solution"):
        return "solution"
    if meta.get("locked"):
        return "setup" if meta.get("grade_id") == "setup" else "provided"
    return "demo"


def cells(nb: nbformat.NotebookNode) -> list[Cell]:
    out = []
    for i, cell in enumerate(nb.cells):
        meta = cell.get("metadata", {}).get("nbgrader", {})
        out.append(
            Cell(
                index=i,
                role=role_of(cell),
                grade_id=meta.get("grade_id"),
                source=cell.get("source", ""),
                points=float(meta.get("points", 0) or 0),
            )
        )
    return out


def strip_hidden(source: str) -> str:
    """Remove every ``### BEGIN HIDDEN TESTS`` ... ``### END HIDDEN TESTS`` region."""
    return _HIDDEN_RE.sub("", source)


def hidden_line_range(source: str) -> tuple[int, int] | None:
    """1-based first and last line of the hidden region, or None."""
    lines = source.splitlines()
    begin = next((i for i, line in enumerate(lines) if line.strip().startswith(HIDDEN_BEGIN)), None)
    if begin is None:
        return None
    end = next(
        (i for i in range(begin, len(lines)) if lines[i].strip().startswith(HIDDEN_END)), len(lines) - 1
    )
    return begin + 1, end + 1


def solution_of(test_id: str, solution_ids: list[str]) -> str | None:
    """The solution a test cell grades: the longest S with test_id == test_S or test_S_<aspect>."""
    candidates = [s for s in solution_ids if test_id == f"test_{s}" or test_id.startswith(f"test_{s}_")]
    return max(candidates, key=len) if candidates else None


def tests_by_solution(all_cells: list[Cell]) -> dict[str, list[Cell]]:
    """Solution id -> its test cells, in notebook order (every solution present, maybe empty)."""
    solution_ids = [c.grade_id for c in all_cells if c.role == "solution"]
    grouped: dict[str, list[Cell]] = {sid: [] for sid in solution_ids}
    for cell in all_cells:
        if cell.role == "test":
            sid = solution_of(cell.grade_id or "", solution_ids)
            if sid is not None:
                grouped[sid].append(cell)
    return grouped


def exercise_name(test_id: str) -> str:
    """Human name of a test cell for tables: ``test_value_backward_order`` -> ``value_backward_order``."""
    return test_id.removeprefix("test_")
