"""``dlcourse collect``: bring students' notebooks into ``submitted/`` as nbgrader expects.

Accepts a folder with one sub-folder per student, holding either ``<lesson>.ipynb`` or
``<lesson>/<lesson>.ipynb`` (an LMS download or nbgrader's own layout). A notebook that
cannot be read is reported and skipped; an existing submission is kept unless ``force``.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from dlcourse.instructor import notebook
from dlcourse.instructor.course import Course, UsageError


@dataclass
class CollectReport:
    copied: list[tuple[str, str]] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)


def collect(course: Course, inbox: Path, force: bool = False) -> CollectReport:
    """Copy every readable ``<student>/<lesson>`` notebook from ``inbox`` into ``submitted/``."""
    if not inbox.is_dir():
        raise UsageError(f"{inbox} is not a folder of student submissions")
    report = CollectReport()
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f UTC")
    for stray in sorted(p for p in inbox.iterdir() if p.is_file()):
        report.rejected.append(
            f"{stray}: not inside a student folder (expected {inbox}/<student>/<lesson>.ipynb)"
        )
    for student_dir in sorted(p for p in inbox.iterdir() if p.is_dir()):
        student = student_dir.name
        known = {f"{lesson}.ipynb" for lesson in course.lessons} | set(course.lessons)
        for unknown in sorted(
            p for p in student_dir.iterdir() if p.name not in known and not p.name.startswith(".")
        ):
            report.rejected.append(
                f"{unknown}: not a lesson notebook of this course (lessons: {', '.join(course.lessons)})"
            )
        for lesson in course.lessons:
            candidates = [student_dir / f"{lesson}.ipynb", student_dir / lesson / f"{lesson}.ipynb"]
            found = next((p for p in candidates if p.is_file()), None)
            if found is None:
                continue
            try:
                notebook.read(found)
            except notebook.NotebookError as exc:
                report.rejected.append(str(exc))
                continue
            target = course.folder("submitted") / student / lesson
            if target.exists() and not force:
                report.kept.append((student, lesson))
                continue
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(found, target / f"{lesson}.ipynb")
            (target / "timestamp.txt").write_text(stamp)
            report.copied.append((student, lesson))
    return report
