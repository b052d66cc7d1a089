"""The ``dlcourse`` command: thin verbs over the plain functions of this package.

Exit status: 0 done, 1 something failed (a grade, a check), 2 a usage error (an unknown
lesson, a broken notebook, a missing folder): the message says what and where.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from dlcourse.instructor import notebook
from dlcourse.instructor.course import Course, UsageError
from dlcourse.instructor.nbgrader_api import GradingError

console = Console(soft_wrap=True)
err_console = Console(stderr=True, soft_wrap=True)


def _lessons(course: Course, names: list[str]) -> list[str]:
    return [course.lesson(n) for n in names] if names else course.lessons


def cmd_release(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.release import release

    for path in release(course, _lessons(course, args.lessons)):
        console.print(f"wrote {path.relative_to(course.root)}")
    return 0


def cmd_publish(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.publish import publish

    out = publish(course, _lessons(course, args.lessons), Path(args.out))
    console.print(f"student bundle: {out}")
    return 0


def cmd_collect(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.collect import collect

    report = collect(course, Path(args.inbox), force=args.force)
    console.print(f"collected {len(report.copied)} notebooks; kept {len(report.kept)} existing submissions")
    for problem in report.rejected:
        err_console.print(f"[yellow]skipped[/] {escape(problem)}")
    return 1 if report.rejected else 0


def cmd_autograde(args: argparse.Namespace, course: Course) -> int:
    from rich.progress import Progress

    from dlcourse.instructor import sandbox
    from dlcourse.instructor.autograde import autograde, submissions

    lessons = _lessons(course, args.lessons)
    students = args.student or None
    todo = submissions(course, lessons, students)
    failures = []
    err_console.print(f"isolation: {sandbox.isolation_level()}")
    with Progress(console=err_console, transient=False) as progress:
        task = progress.add_task("autograding", total=len(todo))

        def step(result):
            progress.update(task, advance=1, description=f"{result.student}/{result.lesson}: {result.status}")
            if result.status == "failed":
                failures.append(result)

        autograde(course, lessons, students, force=args.force, progress=step, workers=args.workers)
    for result in failures:
        err_console.print(f"[red]failed[/] {result.student}/{result.lesson}: {escape(result.message)}")
    return 1 if failures else 0


def cmd_feedback(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.feedback import feedback

    written = feedback(course, _lessons(course, args.lessons), args.student or None)
    console.print(f"feedback written for {len(written)} submissions in {course.folder('feedback')}")
    return 0


def print_grades(course: Course, lessons: list[str], rows) -> None:
    from dlcourse.instructor.grades import max_points

    table = Table(title="grades")
    table.add_column("student")
    for lesson in lessons:
        table.add_column(
            f"{lesson.split('_')[0]} /{sum(max_points(course, lesson).values()):g}", justify="right"
        )
    table.add_column("total", justify="right")
    table.add_column("note")
    for row in rows:
        cells = [f"{row.lessons[lesson]:g}" if lesson not in row.missing else "-" for lesson in lessons]
        note = "missing " + ", ".join(m.split("_")[0] for m in row.missing) if row.missing else ""
        table.add_row(row.student, *cells, f"{row.total:g}", note)
    console.print(table)


def cmd_grades(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.grades import collect_grades, write_csv

    lessons = _lessons(course, args.lessons)
    rows = collect_grades(course, lessons)
    path = write_csv(course, lessons, rows, Path(args.out))
    print_grades(course, lessons, rows)
    console.print(f"grades CSV: {path}")
    return 0


def cmd_self_check(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.selfcheck import PASSED, self_check

    lesson = course.lesson(args.lesson)
    path = Path(args.notebook) if args.notebook else None
    if path is not None:
        notebook.read(path)  # a clear message for a missing or broken file
    console.print(f"[bold]{lesson}[/] 자가 점검 (공개 검사만, 채점 모드)…")
    rows = self_check(course, lesson, path)
    table = Table(title=f"{lesson} 자가 점검 결과")
    table.add_column("검사")
    table.add_column("배점", justify="right")
    table.add_column("결과")
    table.add_column("메시지", overflow="fold")
    colours = {PASSED: "green"}
    for row in rows:
        colour = colours.get(row.status, "red")
        table.add_row(
            notebook.exercise_name(row.test_id),
            f"{row.points:g}",
            f"[{colour}]{row.status}[/]",
            escape(row.message),
        )
    console.print(table)
    passed = sum(r.points for r in rows if r.status == PASSED)
    console.print(
        f"공개 검사 통과: {passed:g} / {sum(r.points for r in rows):g}점 (숨겨진 검사는 채점 때 추가로 실행됩니다)"
    )
    return 0 if all(r.status == PASSED for r in rows) else 1


def cmd_demo(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.demo import demo

    return demo(course, _lessons(course, args.lessons), keep=Path(args.keep) if args.keep else None)


def cmd_otter_export(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.otter_export import export

    out = Path(args.out)
    for path in export(course, _lessons(course, args.lessons), out):
        if path.suffix == ".zip":
            console.print(f"wrote {path}")
    console.print(f"students' public otter tests: {out}/<lesson>/student-tests/")
    return 0


def cmd_otter_run(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.otter_export import otter_run

    lesson = course.lesson(args.lesson)
    notebook.read(Path(args.notebook))
    zip_path = Path(args.out) / lesson / "autograder.zip"
    if not zip_path.is_file():
        raise UsageError(f"{zip_path} not found: run `dlcourse otter-export {lesson}` first")
    scores = otter_run(course, zip_path, Path(args.notebook), Path(args.results))
    console.print(f"{lesson}: {sum(scores.values()):g} points ({args.results}/results.json)")
    return 0


def cmd_benchmark(args: argparse.Namespace, course: Course) -> int:
    from dlcourse.instructor.benchmark import benchmark

    benchmark(course, _lessons(course, args.lessons), Path(args.out), class_size=args.class_size)
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="dlcourse", description="Deep-learning course: release, grade, self-check."
    )
    p.add_argument(
        "--course-dir", default=None, help="course folder (default: the one holding course_config.py)"
    )
    sub = p.add_subparsers(dest="verb", required=True)

    def verb(name, fn, help_text, lessons=True):
        sp = sub.add_parser(name, help=help_text, description=help_text)
        if lessons:
            sp.add_argument("lessons", nargs="*", help="lesson stems or numbers (default: all)")
        sp.set_defaults(fn=fn)
        return sp

    verb("release", cmd_release, "regenerate release/ from source/ with nbgrader")
    verb("publish", cmd_publish, "write the student bundle (zip)").add_argument(
        "--out", default="dist/student-bundle.zip", help="zip to write"
    )
    sp = verb("collect", cmd_collect, "copy <inbox>/<student>/<lesson>.ipynb into submitted/", lessons=False)
    sp.add_argument("inbox")
    sp.add_argument("--force", action="store_true", help="replace submissions already collected")
    sp = verb("autograde", cmd_autograde, "autograde submitted notebooks with nbgrader")
    sp.add_argument("--student", action="append", help="only this student (repeatable)")
    sp.add_argument("--force", action="store_true", help="regrade submissions already graded")
    sp.add_argument("--workers", type=int, default=None, help="parallel graders (default: one per core)")
    verb("feedback", cmd_feedback, "write HTML feedback (hidden tests stripped)").add_argument(
        "--student", action="append", help="only this student (repeatable)"
    )
    verb("grades", cmd_grades, "export grades as CSV and print the table").add_argument(
        "--out", default="grades.csv", help="CSV to write"
    )
    sp = verb("self-check", cmd_self_check, "학생용: 공개 검사로 노트북을 점검합니다", lessons=False)
    sp.add_argument("lesson")
    sp.add_argument(
        "notebook", nargs="?", help="notebook to check (default: release/<lesson>/<lesson>.ipynb)"
    )
    verb("demo", cmd_demo, "grade a simulated class end to end in a temporary course").add_argument(
        "--keep", help="copy the demo course folder here instead of deleting it"
    )
    verb(
        "otter-export", cmd_otter_export, "otter-grader: Gradescope autograder zips and public test files"
    ).add_argument("--out", default="dist/otter", help="folder to write <lesson>/autograder.zip into")
    sp = verb(
        "otter-run", cmd_otter_run, "grade one notebook with otter run and the exported zip", lessons=False
    )
    sp.add_argument("lesson")
    sp.add_argument("notebook")
    sp.add_argument("--out", default="dist/otter", help="where otter-export wrote the zips")
    sp.add_argument("--results", default="otter-results", help="folder for otter's results.json")
    sp = verb("benchmark", cmd_benchmark, "time each lesson (run-all, hidden checks, autograde)")
    sp.add_argument("--out", default="benchmark-results.json", help="JSON results")
    sp.add_argument(
        "--class-size", type=int, default=0, help="also grade a class this large with 1 and 2 workers"
    )
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        course = Course.load(args.course_dir)
        return args.fn(args, course)
    except (UsageError, notebook.NotebookError, FileExistsError) as exc:
        err_console.print(f"[red]error:[/] {escape(str(exc))}", highlight=False)
        return 2
    except GradingError as exc:
        err_console.print(f"[red]grading error:[/] {escape(str(exc))}", highlight=False)
        return 1


if __name__ == "__main__":
    sys.exit(main())
