"""``dlcourse release``: regenerate ``release/<lesson>/`` from ``source/<lesson>/`` with nbgrader."""

from __future__ import annotations

from pathlib import Path

from dlcourse.instructor import nbgrader_api, notebook
from dlcourse.instructor.course import Course


def release(course: Course, lessons: list[str]) -> list[Path]:
    """Generate the student version of each lesson; return the written notebooks.

    nbgrader strips solutions to the course's stub, removes hidden tests, clears outputs and
    records the graded cells in the gradebook (autograde restores tests from there).
    """
    written = []
    nbapi = nbgrader_api.api(course)
    for lesson in lessons:
        notebook.read(course.source_notebook(lesson))  # a clear message for a broken source
        nbgrader_api.check(nbapi.generate_assignment(lesson, force=True, create=True), f"release of {lesson}")
        written.append(course.release_notebook(lesson))
    return written
