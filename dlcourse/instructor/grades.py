"""``dlcourse grades``: one CSV row per student, a column per lesson and per graded check.

Read from nbgrader's gradebook. A lesson a student did not submit scores 0, and the
``note`` column says which lessons were missing.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from dlcourse.instructor import notebook
from dlcourse.instructor.course import Course


@dataclass
class StudentGrades:
    student: str
    lessons: dict[str, float] = field(default_factory=dict)  # lesson -> points
    checks: dict[str, float] = field(default_factory=dict)  # "lesson:test_id" -> points
    missing: list[str] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(self.lessons.values())


def max_points(course: Course, lesson: str) -> dict[str, float]:
    """test id -> points of a lesson, from its release notebook (what students were given)."""
    cells = notebook.cells(notebook.read(course.release_notebook(lesson)))
    return {c.grade_id: c.points for c in cells if c.role == "test"}


def collect_grades(course: Course, lessons: list[str]) -> list[StudentGrades]:
    """Grades of every student known to the gradebook or present in ``submitted/``."""
    from nbgrader.api import Gradebook, MissingEntry

    submitted = course.folder("submitted")
    table = []
    with Gradebook(f"sqlite:///{course.gradebook}") as gradebook:
        names = {s.id for s in gradebook.students} | {p.name for p in submitted.glob("*") if p.is_dir()}
        for student in sorted(names):
            row = StudentGrades(student)
            for lesson in lessons:
                scores = dict.fromkeys(max_points(course, lesson), 0.0)
                try:
                    nb = gradebook.find_submission_notebook(lesson, lesson, student)
                except MissingEntry:
                    row.missing.append(lesson)
                else:
                    for grade in nb.grades:
                        if grade.name in scores:
                            scores[grade.name] = float(grade.score)
                row.lessons[lesson] = sum(scores.values())
                row.checks.update({f"{lesson}:{tid}": pts for tid, pts in scores.items()})
            table.append(row)
    return table


def write_csv(course: Course, lessons: list[str], rows: list[StudentGrades], path: Path) -> Path:
    """The LMS-importable CSV: student, total, max, per lesson, per check, note."""
    maxima = {lesson: max_points(course, lesson) for lesson in lessons}
    check_cols = [f"{lesson}:{tid}" for lesson in lessons for tid in maxima[lesson]]
    header = ["student", "total", "max_total", *lessons, *check_cols, "note"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        max_total = sum(sum(m.values()) for m in maxima.values())
        for row in rows:
            note = "missing: " + ", ".join(row.missing) if row.missing else ""
            writer.writerow(
                [row.student, f"{row.total:g}", f"{max_total:g}"]
                + [f"{row.lessons[lesson]:g}" for lesson in lessons]
                + [f"{row.checks[col]:g}" for col in check_cols]
                + [note]
            )
    return path
