"""``dlcourse autograde``: grade submissions with nbgrader, in the course's grading mode.

Idempotent: a submission already in ``autograded/`` is not graded again unless ``force``.
A failure (a broken notebook, nbgrader refusing it) is recorded for that student and lesson,
and the rest of the class is graded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from dlcourse.instructor import nbgrader_api
from dlcourse.instructor.course import Course
from dlcourse.instructor.release import release


@dataclass
class GradingResult:
    student: str
    lesson: str
    status: str  # graded | skipped (already graded) | failed
    message: str = ""


def submissions(course: Course, lessons: list[str], students: list[str] | None = None) -> list[tuple[str, str]]:
    """(student, lesson) pairs that have a submitted notebook, students sorted."""
    root = course.folder("submitted")
    names = students if students is not None else sorted(p.name for p in root.glob("*") if p.is_dir())
    return [
        (student, lesson)
        for student in names
        for lesson in lessons
        if (root / student / lesson / f"{lesson}.ipynb").is_file()
    ]


def ensure_released(course: Course, lessons: list[str]) -> None:
    """nbgrader restores tests from the gradebook: record any lesson it does not know yet."""
    from nbgrader.api import Gradebook, MissingEntry

    missing = []
    with Gradebook(f"sqlite:///{course.gradebook}") as gradebook:
        for lesson in lessons:
            try:
                gradebook.find_assignment(lesson)
            except MissingEntry:
                missing.append(lesson)
    if missing:
        release(course, missing)


def autograde(
    course: Course,
    lessons: list[str],
    students: list[str] | None = None,
    force: bool = False,
    progress: Callable[[GradingResult], None] | None = None,
) -> list[GradingResult]:
    """Autograde each submitted (student, lesson); call ``progress`` after each one."""
    ensure_released(course, lessons)
    nbapi = nbgrader_api.api(course)
    results = []
    with nbgrader_api.grading_environment(course):
        for student, lesson in submissions(course, lessons, students):
            done = course.folder("autograded") / student / lesson / f"{lesson}.ipynb"
            if done.is_file() and not force:
                result = GradingResult(student, lesson, "skipped", "already graded")
            else:
                outcome = nbapi.autograde(lesson, student, force=True, create=True)
                if outcome.get("success"):
                    result = GradingResult(student, lesson, "graded")
                else:
                    detail = (outcome.get("error") or outcome.get("log") or "").strip().splitlines()
                    result = GradingResult(student, lesson, "failed", detail[-1] if detail else "unknown error")
            results.append(result)
            if progress:
                progress(result)
    return results
