"""``dlcourse benchmark``: the per-lesson figures of the README's benchmark table.

For each lesson:
- ``run_all_s``: the source notebook, all cells, in a fresh kernel, as a student runs it
  (not grading mode, torch's default threads);
- ``hidden_checks_s``: the lesson's test cells (hidden tests in), in grading mode, in-process;
- ``autograde_s``: nbgrader autograde of one submission (the reference solutions) in grading
  mode, one thread, in the sandbox, wall time of the whole call;
- ``nbclient_s``: bare nbclient execution of the same notebook nbgrader executes (the
  submission with the hidden tests put back), same environment; ``overhead`` is
  ``autograde_s / nbclient_s``.
"""

from __future__ import annotations

import json
import os
import platform
import shutil
import tempfile
import time
from pathlib import Path

import nbformat
from rich.console import Console

from dlcourse.instructor import inprocess, nbgrader_api, notebook
from dlcourse.instructor.course import Course
from dlcourse.instructor.demo import filled

console = Console(soft_wrap=True)


def _execute(nb: nbformat.NotebookNode, cwd: Path, timeout: int) -> float:
    import nbclient

    start = time.perf_counter()
    nbclient.NotebookClient(
        nb, timeout=timeout, kernel_name="python3", resources={"metadata": {"path": str(cwd)}}
    ).execute()
    return time.perf_counter() - start


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import torch

    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, torch {torch.__version__}"


def measure(course: Course, lesson: str, work: Path) -> dict[str, float]:
    from dlcourse.instructor.autograde import grade_one

    timeout = course.config.CELL_TIMEOUT_S
    source_nb = notebook.read(course.source_notebook(lesson))
    run_all = _execute(nbformat.from_dict(source_nb), work, timeout)

    cells = notebook.cells(source_nb)
    with nbgrader_api.grading_environment(course):
        ns = inprocess.build(cells, label=lesson)
        hidden = sum(
            inprocess.run_tests(ns, [c for c in cells if c.role == "test"], label=lesson).seconds.values()
        )

        # A temporary course with one submission: the reference solutions in the release.
        for name in ("course_config.py", "nbgrader_config.py"):
            shutil.copy(course.root / name, work / name)
        shutil.copytree(course.source_notebook(lesson).parent, work / "source" / lesson, dirs_exist_ok=True)
        bench = Course.load(work)
        nbapi = nbgrader_api.api(bench)
        nbgrader_api.check(nbapi.generate_assignment(lesson, force=True, create=True), f"release of {lesson}")
        reference = {c.grade_id: c.source for c in cells if c.role == "solution"}
        submission = filled(notebook.read(bench.release_notebook(lesson)), reference)
        target = work / "submitted" / "bench" / lesson
        target.mkdir(parents=True, exist_ok=True)
        nbformat.write(submission, target / f"{lesson}.ipynb")
        start = time.perf_counter()
        result = grade_one(str(work), "bench", lesson)  # sandboxed, as in a real class
        autograde_s = time.perf_counter() - start
        if result.status != "graded":
            raise nbgrader_api.GradingError(f"autograde of {lesson}: {result.message}")
        graded = notebook.read(work / "autograded" / "bench" / lesson / f"{lesson}.ipynb")
        for cell in graded.cells:
            cell.outputs = [] if cell.cell_type == "code" else cell.get("outputs")
        bare = _execute(graded, work, timeout)
    return {
        "run_all_s": round(run_all, 2),
        "hidden_checks_s": round(hidden, 2),
        "autograde_s": round(autograde_s, 2),
        "nbclient_s": round(bare, 2),
        "overhead": round(autograde_s / bare, 2),
    }


def throughput(course: Course, lessons: list[str], students: int, workers: list[int]) -> dict[str, float]:
    """Submissions per minute for a class of reference submissions, per worker count (sandbox on)."""
    from dlcourse.instructor.autograde import autograde

    figures = {}
    with tempfile.TemporaryDirectory(prefix="dlcourse-class-") as tmp:
        work = Path(tmp) / "course"
        work.mkdir()
        for name in ("course_config.py", "nbgrader_config.py"):
            shutil.copy(course.root / name, work / name)
        for lesson in lessons:
            shutil.copytree(course.source_notebook(lesson).parent, work / "source" / lesson)
        bench = Course.load(work)
        for lesson in lessons:
            cells = notebook.cells(notebook.read(course.source_notebook(lesson)))
            nbgrader_api.check(nbgrader_api.api(bench).generate_assignment(lesson), f"release of {lesson}")
            reference = {c.grade_id: c.source for c in cells if c.role == "solution"}
            submission = filled(notebook.read(bench.release_notebook(lesson)), reference)
            for i in range(students):
                target = work / "submitted" / f"student{i:03d}" / lesson
                target.mkdir(parents=True, exist_ok=True)
                nbformat.write(submission, target / f"{lesson}.ipynb")
        for count in workers:
            start = time.perf_counter()
            results = autograde(bench, lessons, force=True, workers=count)
            seconds = time.perf_counter() - start
            failed = [r for r in results if r.status != "graded"]
            assert not failed, failed[:3]
            figures[f"{count}_workers_per_min"] = round(len(results) / seconds * 60, 1)
            figures[f"{count}_workers_s"] = round(seconds, 1)
    return figures


def markdown(results: dict) -> str:
    """The README's benchmark table (Markdown) from the JSON results."""
    lines = [
        f"Measured on {results['machine']}; {results['threads']}; sandbox: {results['isolation']}.",
        "",
        "| lesson | run-all (s) | hidden checks (s) | autograde (s) | bare nbclient (s) | ratio |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for lesson, r in results["lessons"].items():
        lines.append(
            f"| {lesson} | {r['run_all_s']:.1f} | {r['hidden_checks_s']:.1f} | {r['autograde_s']:.1f} "
            f"| {r['nbclient_s']:.1f} | {r['overhead']:.2f} |"
        )
    if "throughput" in results:
        t = results["throughput"]
        lines += [
            "",
            f"Class throughput ({t['students']} students x {len(results['lessons'])} lessons, reference "
            f"solutions, sandbox on): 1 worker {t['1_workers_per_min']} submissions/min "
            f"({t['1_workers_s']} s), 2 workers {t['2_workers_per_min']} submissions/min ({t['2_workers_s']} s), "
            f"speed-up {t['2_workers_per_min'] / t['1_workers_per_min']:.2f}x.",
        ]
    return "\n".join(lines) + "\n"


def benchmark(course: Course, lessons: list[str], out: Path, class_size: int = 0) -> dict:
    """Measure each lesson, writing ``out`` (JSON) and ``out`` with ``.md`` after every lesson."""
    from dlcourse.instructor import sandbox

    results = {
        "machine": machine(),
        "threads": "run-all: torch default threads; grading: OMP_NUM_THREADS=1",
        "isolation": sandbox.isolation_level(),
        "lessons": {},
    }

    def save() -> None:
        out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        out.with_suffix(".md").write_text(markdown(results))

    for lesson in lessons:
        console.print(f"measuring {lesson} ...")
        with tempfile.TemporaryDirectory(prefix="dlcourse-bench-") as tmp:
            results["lessons"][lesson] = measure(course, lesson, Path(tmp))
        console.print(f"  {results['lessons'][lesson]}")
        save()
    if class_size:
        console.print(
            f"grading a class of {class_size} x {len(lessons)} submissions with 1 and 2 workers ..."
        )
        results["throughput"] = {"students": class_size, **throughput(course, lessons, class_size, [1, 2])}
        console.print(f"  {results['throughput']}")
        save()
    console.print(markdown(results))
    console.print(f"results: {out} and {out.with_suffix('.md')}")
    return results
