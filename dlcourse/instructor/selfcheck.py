"""``dlcourse self-check <lesson> [notebook]``: run a student's notebook with the public checks.

The notebook runs in a fresh kernel in grading mode, top to bottom, with its test cells reset
to the released (public) version, as the grader will; each exercise is then reported as
통과 (passed), 실패 (failed, with the check's message) or 미구현 (not implemented).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dlcourse.instructor import nbgrader_api, notebook
from dlcourse.instructor.course import Course

PASSED, FAILED, NOT_IMPLEMENTED, NOT_RUN, MISSING = "통과", "실패", "미구현", "실행 안 됨", "셀 없음"
_NOT_IMPLEMENTED_NAMES = {"NotImplementedYet", "NotImplementedError"}


@dataclass
class CheckRow:
    test_id: str
    points: float
    status: str
    message: str = ""


def _status(cell: dict) -> tuple[str, str]:
    if cell.get("execution_count") is None and not cell.get("outputs"):
        return NOT_RUN, "앞선 셀에서 실행이 멈췄습니다 (시간 초과 또는 커널 종료)."
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            message = (output.get("evalue") or "").strip()
            if output.get("ename") in _NOT_IMPLEMENTED_NAMES:
                return NOT_IMPLEMENTED, message
            return FAILED, f"{output.get('ename')}: {message}"
    return PASSED, ""


def self_check(course: Course, lesson: str, path: Path | None = None) -> list[CheckRow]:
    """Execute ``path`` (default: the lesson's release notebook) and report every public check."""
    import nbclient

    released = notebook.read(course.release_notebook(lesson))
    public = {c.grade_id: c for c in notebook.cells(released) if c.role == "test"}
    nb = notebook.read(path or course.release_notebook(lesson))
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if notebook.role_of(cell) == "test" and grade_id in public:
            cell.source = public[grade_id].source  # edits to a locked cell do not count
    client = nbclient.NotebookClient(
        nb,
        timeout=course.config.CELL_TIMEOUT_S,
        allow_errors=True,
        interrupt_on_timeout=True,
        kernel_name="python3",
        resources={"metadata": {"path": str((path or course.release_notebook(lesson)).parent)}},
    )
    with nbgrader_api.grading_environment(course):
        try:
            client.execute()
        except (nbclient.exceptions.DeadKernelError, nbclient.exceptions.CellTimeoutError):
            pass  # cells after the crash stay unexecuted and are reported as such
    found = {}
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if notebook.role_of(cell) == "test" and grade_id in public:
            found[grade_id] = _status(cell)
    return [
        CheckRow(tid, cell.points, *found.get(tid, (MISSING, "노트북에서 이 검사 셀이 지워졌습니다.")))
        for tid, cell in public.items()
    ]
