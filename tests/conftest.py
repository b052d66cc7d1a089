"""Shared set-up of the course's own tests.

Lessons are data: every lesson with a source notebook gets the per-lesson tests, marked
``lessonNN`` (registered here from ``course_config.LESSONS``) and grouped per lesson so that
one pytest-xdist worker runs a lesson's notebook once and reuses it (``--dist loadgroup``).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest

from dlcourse.instructor import notebook
from dlcourse.instructor.course import Course, marker

ROOT = Path(__file__).resolve().parents[1]
COURSE = Course.load(ROOT)
# In-process lesson runs behave like a grading kernel: grading mode, one thread, no display.
os.environ.update(COURSE.config.GRADING_ENV)
LESSONS = [lesson for lesson in COURSE.lessons if COURSE.source_notebook(lesson).is_file()]
MUTANTS = ROOT / "tests" / "mutants"


def pytest_configure(config: pytest.Config) -> None:
    for lesson in COURSE.config.LESSONS:
        config.addinivalue_line("markers", f"{marker(lesson)}: tests of lesson {lesson}")


def lesson_param(lesson: str, *values, id: str | None = None):
    """A parameter that carries its lesson's marker and xdist group."""
    marks = [getattr(pytest.mark, marker(lesson)), pytest.mark.xdist_group(lesson)]
    return pytest.param(lesson, *values, marks=marks, id=id or lesson)


@cache
def source_cells(lesson: str) -> tuple[notebook.Cell, ...]:
    return tuple(notebook.cells(notebook.read(COURSE.source_notebook(lesson))))


@cache
def release_cells(lesson: str) -> tuple[notebook.Cell, ...]:
    return tuple(notebook.cells(notebook.read(COURSE.release_notebook(lesson))))


def mutant_files(lesson: str) -> list[Path]:
    return sorted((MUTANTS / lesson).glob("*/*.py"))
