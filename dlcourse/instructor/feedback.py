"""``dlcourse feedback``: HTML feedback per student and lesson, with no hidden test in it.

nbgrader's stock feedback renders the autograded notebook, where the hidden tests are back
in the test cells and in the tracebacks of failed checks. :class:`StripHiddenTests` runs in
nbgrader's feedback pipeline (see ``course_config.py``) and removes both.
"""

from __future__ import annotations

import re

from nbconvert.preprocessors import Preprocessor

from dlcourse.instructor import nbgrader_api, notebook
from dlcourse.instructor.course import Course

_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
_CELL_FRAME = re.compile(r"Cell In\s*\[\d*\],\s*line (\d+)")

#: Errors the grader itself writes into cells (dlcourse.instructor.execute, .integrity).
GRADER_ERRORS = {"KernelDied", "CellTimeout", "NotebookTimeout", "TamperingDetected"}

HIDDEN_FAILURE = (
    "숨겨진 검사에서 실패했습니다. 공개 검사는 통과했지만 명세(docstring)의 다른 경우를 "
    "만족하지 못합니다: 모양, 경계 사례, 수치 안정성을 다시 확인하세요."
)


def failing_line(traceback: list[str]) -> int | None:
    """Line of the test cell that was executing when it failed.

    That is the outermost cell frame of the last traceback: chained exceptions ("the above
    exception was the direct cause ...") come first and may start in the student's cells.
    """
    line = None
    for entry in traceback:
        text = _ANSI.sub("", entry)
        if "Traceback (most recent call last)" in text:
            line = None
        match = _CELL_FRAME.search(text)
        if match and line is None:
            line = int(match.group(1))
    return line


def sanitize_test_cell(cell: dict) -> None:
    """Drop the hidden region from a test cell and every output that could reveal it."""
    hidden = notebook.hidden_line_range(cell.source)
    if hidden is None:
        return
    cell.source = notebook.strip_hidden(cell.source)
    kept = []
    for output in cell.get("outputs", []):
        if output.get("output_type") != "error":
            continue  # prints and displays may come from the hidden part
        if output.get("ename") in GRADER_ERRORS:
            kept.append(output)  # the grader's own reason (kernel died, timeout): no test code in it
            continue
        line = failing_line(output.get("traceback", []))
        if line is None or line >= hidden[0]:
            output["ename"], output["evalue"] = "HiddenCheckFailed", HIDDEN_FAILURE
        output["traceback"] = [f"{output['ename']}: {output['evalue']}"]
        kept.append(output)
    cell["outputs"] = kept


class StripHiddenTests(Preprocessor):
    """nbconvert preprocessor used in nbgrader's ``GenerateFeedback`` pipeline."""

    enabled = True  # nbconvert preprocessors are off unless enabled

    def preprocess(self, nb, resources):
        for cell in nb.cells:
            if notebook.role_of(cell) == "test":
                sanitize_test_cell(cell)
        return nb, resources


def feedback(course: Course, lessons: list[str], students: list[str] | None = None) -> list[str]:
    """Write ``feedback/<student>/<lesson>/<lesson>.html`` for every autograded submission."""
    nbapi = nbgrader_api.api(course)
    written = []
    root = course.folder("autograded")
    names = students if students is not None else sorted(p.name for p in root.glob("*") if p.is_dir())
    for student in names:
        for lesson in lessons:
            if (root / student / lesson).is_dir():
                nbgrader_api.check(
                    nbapi.generate_feedback(lesson, student, force=True), f"feedback {student}/{lesson}"
                )
                written.append(f"{student}/{lesson}")
    return written
