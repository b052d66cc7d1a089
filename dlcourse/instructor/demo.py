"""``dlcourse demo``: the course's main job on a simulated class, in a temporary course folder.

Regenerates the release, makes four students from the release notebooks, collects, autogrades
with nbgrader (SQLite gradebook), writes HTML feedback and a grades CSV, and prints the table:

- ``ada`` submits the reference solutions;
- ``ben`` submits the untouched stubs;
- ``cho`` submits plausible bugs (in each lesson, one solution replaced by a wrong mutant
  from ``tests/mutants``);
- ``dana`` submits the reference solutions but forgets the last lesson.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import nbformat
from rich.console import Console

from dlcourse.instructor import notebook
from dlcourse.instructor.course import Course

console = Console(stderr=True, soft_wrap=True)


def filled(release_nb: nbformat.NotebookNode, solutions: dict[str, str]) -> nbformat.NotebookNode:
    """A copy of a release notebook with some solution cells' sources replaced."""
    nb = nbformat.from_dict(release_nb)
    for cell in nb.cells:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if notebook.role_of(cell) == "solution" and grade_id in solutions:
            cell.source = solutions[grade_id]
    return nb


def first_wrong_mutant(mutants: Path, lesson: str) -> tuple[str, str] | None:
    """(solution id, source) of the first wrong mutant kept for a lesson, if any."""
    found = sorted((mutants / lesson).glob("*/wrong_*.py"))
    return (found[0].parent.name, found[0].read_text(encoding="utf-8")) if found else None


def make_class(course: Course, lessons: list[str], inbox: Path, mutants: Path) -> dict[str, str]:
    """Write the simulated students' notebooks to ``inbox/<student>/<lesson>.ipynb``."""
    roster = {
        "ada": "reference solutions",
        "ben": "untouched stubs",
        "cho": "one plausible bug per lesson",
        "dana": f"reference solutions, forgot {lessons[-1]}",
    }
    for lesson in lessons:
        release_nb = notebook.read(course.release_notebook(lesson))
        reference = {
            c.grade_id: c.source
            for c in notebook.cells(notebook.read(course.source_notebook(lesson)))
            if c.role == "solution"
        }
        bug = first_wrong_mutant(mutants, lesson)
        buggy = {**reference, **({bug[0]: bug[1]} if bug else {})}
        if not bug:  # no mutant kept: leave the first exercise unsolved instead
            buggy.pop(next(iter(reference)), None)
        submissions = {"ada": reference, "ben": {}, "cho": buggy}
        if lesson != lessons[-1] or len(lessons) == 1:
            submissions["dana"] = reference
        for student, solutions in submissions.items():
            (inbox / student).mkdir(parents=True, exist_ok=True)
            nbformat.write(filled(release_nb, solutions), inbox / student / f"{lesson}.ipynb")
    return roster


def demo(course: Course, lessons: list[str] | None = None, keep: Path | None = None) -> int:
    """Run the whole pipeline on a simulated class; returns the CLI's exit status."""
    from dlcourse.instructor import cli

    lessons = lessons or course.lessons
    if not lessons:
        console.print("[red]no lessons in source/[/]")
        return 2
    with tempfile.TemporaryDirectory(prefix="dlcourse-demo-") as tmp:
        work = Path(tmp) / "course"
        work.mkdir()
        for name in ("course_config.py", "nbgrader_config.py"):
            shutil.copy(course.root / name, work / name)
        for lesson in lessons:
            shutil.copytree(course.source_notebook(lesson).parent, work / "source" / lesson)
        console.rule("1/5 release")
        status = cli.main(["--course-dir", str(work), "release", *lessons])
        console.rule("2/5 a simulated class")
        roster = make_class(
            Course.load(work), lessons, Path(tmp) / "inbox", course.root / "tests" / "mutants"
        )
        for student, what in roster.items():
            console.print(f"  {student}: {what}")
        status = status or cli.main(["--course-dir", str(work), "collect", str(Path(tmp) / "inbox")])
        console.rule("3/5 autograde (nbgrader)")
        graded = cli.main(["--course-dir", str(work), "autograde", *lessons])
        console.rule("4/5 feedback (hidden tests stripped)")
        status = status or cli.main(["--course-dir", str(work), "feedback", *lessons])
        console.rule("5/5 grades")
        status = status or cli.main(
            ["--course-dir", str(work), "grades", *lessons, "--out", str(work / "grades.csv")]
        )
        if keep is not None:
            shutil.copytree(work, keep, dirs_exist_ok=True)
            console.print(f"demo course kept in {keep} (feedback/, grades.csv, gradebook.db)")
        return status or graded
