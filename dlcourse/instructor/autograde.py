"""``dlcourse autograde``: grade submissions with nbgrader, in parallel, in grading mode.

- One worker process per core by default (``--workers``); each grades one (student, lesson)
  at a time with its own nbgrader instance. SQLite serialises the short gradebook writes;
  a write that still finds the database locked is retried.
- Idempotent and resumable: a submission whose autograded notebook exists is not graded
  again unless ``force`` (nbgrader writes that notebook only after the grades are saved, so
  an interrupted run leaves nothing half-recorded that would be skipped).
- A failure (a broken notebook, nbgrader refusing it) is recorded for that student and
  lesson, and the rest of the class is graded.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

from dlcourse.instructor import nbgrader_api, sandbox
from dlcourse.instructor.course import Course
from dlcourse.instructor.release import release

LOCK_RETRIES = 5


@dataclass
class GradingResult:
    student: str
    lesson: str
    status: str  # graded | skipped (already graded) | failed
    message: str = ""
    seconds: float = 0.0


def submissions(
    course: Course, lessons: list[str], students: list[str] | None = None
) -> list[tuple[str, str]]:
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


def is_graded(course: Course, student: str, lesson: str) -> bool:
    return (course.folder("autograded") / student / lesson / f"{lesson}.ipynb").is_file()


def grade_one(root: str, student: str, lesson: str) -> GradingResult:
    """Autograde one submission (runs in a worker process)."""
    course = Course.load(Path(root))
    start = time.perf_counter()
    with nbgrader_api.grading_environment(course), sandbox.environment(course.root, limits(course)) as kernel:
        nbapi = nbgrader_api.api(course, kernel=kernel)
        for attempt in range(LOCK_RETRIES):
            outcome = nbapi.autograde(lesson, student, force=True, create=True)
            detail = (outcome.get("error") or outcome.get("log") or "").strip()
            if outcome.get("success") or "database is locked" not in detail:
                break
            time.sleep(0.5 * (attempt + 1))
    seconds = time.perf_counter() - start
    if outcome.get("success"):
        return GradingResult(student, lesson, "graded", seconds=seconds)
    lines = detail.splitlines()
    return GradingResult(student, lesson, "failed", lines[-1] if lines else "unknown error", seconds)


def limits(course: Course) -> dict[str, int]:
    """Resource limits of one grading kernel, from ``course_config.py``."""
    mib = 1024 * 1024
    return {
        "memory_bytes": course.config.MEMORY_LIMIT_MB * mib,
        "pids": course.config.PIDS_LIMIT,
        "cpu_seconds": course.config.NOTEBOOK_TIMEOUT_S,
        "file_bytes": course.config.FILE_SIZE_LIMIT_MB * mib,
    }


def default_workers(course: Course) -> int:
    return int(getattr(course.config, "GRADING_WORKERS", 0) or os.cpu_count() or 1)


def autograde(
    course: Course,
    lessons: list[str],
    students: list[str] | None = None,
    force: bool = False,
    progress: Callable[[GradingResult], None] | None = None,
    workers: int | None = None,
) -> list[GradingResult]:
    """Autograde each submitted (student, lesson); call ``progress`` after each one."""
    ensure_released(course, lessons)
    results, todo = [], []
    for student, lesson in submissions(course, lessons, students):
        if is_graded(course, student, lesson) and not force:
            results.append(GradingResult(student, lesson, "skipped", "already graded"))
            if progress:
                progress(results[-1])
        else:
            todo.append((student, lesson))
    workers = max(1, min(workers or default_workers(course), len(todo) or 1))
    # spawn: workers start clean (no inherited threads or open database connections)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(grade_one, str(course.root), student, lesson) for student, lesson in todo]
        for future in as_completed(futures):
            results.append(future.result())
            if progress:
                progress(results[-1])
    return results
