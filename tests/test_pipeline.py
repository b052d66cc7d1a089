"""The whole pipeline on a tiny class, through the course CLI (COURSE_DESIGN.md, point 4).

``dlcourse demo`` runs release -> collect -> autograde (nbgrader) -> feedback -> grades on four
simulated students for the representative lessons; the other verbs and the bad inputs of the
foundation issue are then exercised on the course it leaves behind.
"""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import subprocess
import sys
import zipfile

import nbformat
import pytest
from conftest import COURSE, ROOT, source_cells

from dlcourse.instructor import notebook

LESSONS = ["01_Tensors_and_Autograd", "02_Neural_Network_Basics"]
pytestmark = [pytest.mark.pipeline, pytest.mark.xdist_group("pipeline")]


def dlcourse(*args, cwd=ROOT):
    return subprocess.run(
        [sys.executable, "-m", "dlcourse.instructor.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
    )


@pytest.fixture(scope="module")
def demo_course(tmp_path_factory):
    missing = [lesson for lesson in LESSONS if not COURSE.source_notebook(lesson).is_file()]
    assert not missing, f"representative lessons missing: {missing}"
    keep = tmp_path_factory.mktemp("demo") / "course"
    result = dlcourse("demo", *LESSONS, "--keep", keep)
    assert result.returncode == 0, result.stdout + result.stderr
    return keep, result


def _grades(course_dir):
    with (course_dir / "grades.csv").open(encoding="utf-8") as fh:
        return {row["student"]: row for row in csv.DictReader(fh)}


def _max_points(lesson):
    return sum(c.points for c in source_cells(lesson) if c.role == "test")


def test_demo_grades_each_kind_of_student(demo_course):
    course_dir, result = demo_course
    grades = _grades(course_dir)
    assert set(grades) == {"ada", "ben", "cho", "dana"}
    for lesson in LESSONS:
        full = _max_points(lesson)
        assert float(grades["ada"][lesson]) == full, f"reference solutions lose points in {lesson}"
        assert float(grades["ben"][lesson]) == 0, f"untouched stubs earn points in {lesson}"
        assert 0 <= float(grades["cho"][lesson]) < full, f"the buggy submission gets full marks in {lesson}"
    assert float(grades["dana"][LESSONS[-1]]) == 0 and "missing" in grades["dana"]["note"]
    assert float(grades["dana"][LESSONS[0]]) == _max_points(LESSONS[0])
    assert "ada" in result.stdout and "total" in result.stdout  # the printed table


def _hidden_lines(lesson):
    """Distinctive hidden-test lines: not found anywhere else in the notebook (solutions included)."""
    public = {line.strip() for c in source_cells(lesson) for line in c.public_source.splitlines()}
    hidden = set()
    for cell in source_cells(lesson):
        span = notebook.hidden_line_range(cell.source)
        if span:
            lines = cell.source.splitlines()[span[0] : span[1] - 1]
            hidden |= {
                line.strip() for line in lines if len(line.strip()) >= 20 and not line.strip().startswith("#")
            }
    return hidden - public


def test_feedback_shows_no_hidden_test(demo_course):
    course_dir, _ = demo_course
    for lesson in LESSONS:
        secrets = _hidden_lines(lesson)
        graded = notebook.read(course_dir / "autograded" / "ada" / lesson / f"{lesson}.ipynb")
        in_graded = {line.strip() for cell in graded.cells for line in cell.source.splitlines()}
        assert secrets and secrets <= in_graded, (
            "the autograded notebook should hold the hidden tests it strips"
        )
        for student in ("ada", "ben", "cho"):
            page = course_dir / "feedback" / student / lesson / f"{lesson}.html"
            text = html.unescape(re.sub(r"<[^>]+>", "", page.read_text(encoding="utf-8")))
            assert "BEGIN HIDDEN TESTS" not in text
            shown = {line.strip() for line in text.splitlines()}
            leaked = sorted(secrets & shown)
            assert not leaked, f"feedback {student}/{lesson} shows hidden tests: {leaked[:3]}"


def test_autograde_is_idempotent(demo_course):
    course_dir, _ = demo_course
    before = (course_dir / "grades.csv").read_text()
    result = dlcourse("--course-dir", course_dir, "autograde", *LESSONS)
    assert result.returncode == 0, result.stderr
    assert "graded" not in result.stderr.replace("autograded", "") or "skipped" in result.stderr
    dlcourse("--course-dir", course_dir, "grades", *LESSONS, "--out", course_dir / "grades.csv")
    assert (course_dir / "grades.csv").read_text() == before


def test_collect_reports_broken_notebooks_and_keeps_existing(demo_course, tmp_path):
    course_dir, _ = demo_course
    inbox = tmp_path / "inbox"
    (inbox / "eve").mkdir(parents=True)
    (inbox / "eve" / f"{LESSONS[0]}.ipynb").write_text("{not json")
    (inbox / "loose.ipynb").write_text("{}")  # no student folder: no student id
    (inbox / "ada").mkdir()
    (inbox / "ada" / "homework.ipynb").write_text("{}")  # not a lesson of the course
    shutil.copy(
        course_dir / "release" / LESSONS[0] / f"{LESSONS[0]}.ipynb", inbox / "ada" / f"{LESSONS[0]}.ipynb"
    )
    before = (course_dir / "submitted" / "ada" / LESSONS[0] / f"{LESSONS[0]}.ipynb").read_bytes()
    result = dlcourse("--course-dir", course_dir, "collect", inbox)
    assert result.returncode == 1
    stderr = result.stderr.replace("\n", " ")
    assert "eve" in stderr and "not valid JSON" in stderr
    assert (
        "loose.ipynb: not inside a student folder" in stderr
        and "homework.ipynb: not a lesson notebook" in stderr
    )
    assert (course_dir / "submitted" / "ada" / LESSONS[0] / f"{LESSONS[0]}.ipynb").read_bytes() == before


def test_unknown_lesson_lists_valid_names():
    result = dlcourse("self-check", "99_Nope")
    assert result.returncode == 2
    assert "unknown lesson '99_Nope'" in result.stderr and LESSONS[0] in result.stderr


def test_malformed_notebook_is_named_not_traced(tmp_path):
    broken = tmp_path / "mine.ipynb"
    broken.write_text('{"cells": 3}')
    result = dlcourse("self-check", LESSONS[0], broken)
    assert result.returncode == 2 and "mine.ipynb" in result.stderr and "Traceback" not in result.stderr


def test_self_check_reports_stubs_and_solutions(tmp_path):
    lesson = LESSONS[1]
    result = dlcourse("self-check", lesson)
    assert result.returncode == 1
    assert (
        "미구현" in result.stdout and "통과" not in result.stdout.split("결과")[-1].split("공개 검사 통과")[0]
    )
    from dlcourse.instructor.demo import filled

    reference = {c.grade_id: c.source for c in source_cells(lesson) if c.role == "solution"}
    solved = tmp_path / f"{lesson}.ipynb"
    nbformat.write(filled(notebook.read(COURSE.release_notebook(lesson)), reference), solved)
    result = dlcourse("self-check", lesson, solved)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "미구현" not in result.stdout and "실패" not in result.stdout


def test_publish_bundle_has_no_source_or_tests(tmp_path):
    out = tmp_path / "bundle.zip"
    result = dlcourse("publish", "--out", out)
    assert result.returncode == 0, result.stderr
    names = zipfile.ZipFile(out).namelist()
    top = {name.split("/")[1] for name in names}
    assert {"release", "dlcourse", "environment.yml", "pyproject.toml", "course_config.py"} <= top
    assert not top & {"source", "tests", "gradebook.db", "autograded", "submitted", "feedback"}
    text = "\n".join(
        zipfile.ZipFile(out).read(n).decode("utf-8", "ignore") for n in names if n.endswith(".ipynb")
    )
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    assert dlcourse("publish", "--out", out).returncode == 2  # never overwrites


def test_otter_and_nbgrader_agree_on_the_tiny_class(demo_course, tmp_path):
    """Same points per test cell from `otter run` (exported zip) as from nbgrader's autograde."""
    from nbgrader.api import Gradebook

    course_dir, _ = demo_course
    out = tmp_path / "otter"
    assert dlcourse("otter-export", *LESSONS, "--out", out).returncode == 0
    for lesson in LESSONS:
        public = (out / lesson / "student-tests").glob("*.py")
        assert not any("HIDDEN TESTS" in p.read_text() for p in public), (
            "students' otter tests hold hidden tests"
        )
        for student in ("ada", "ben", "cho"):
            submission = course_dir / "submitted" / student / lesson / f"{lesson}.ipynb"
            results = tmp_path / f"{student}-{lesson}"
            result = dlcourse("otter-run", lesson, submission, "--out", out, "--results", results)
            assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
            tests = json.loads((results / "results.json").read_text())["tests"]
            otter_scores = {t["name"]: t["score"] for t in tests if "score" in t}
            with Gradebook(f"sqlite:///{course_dir / 'gradebook.db'}") as gradebook:
                graded = gradebook.find_submission_notebook(lesson, lesson, student)
                nbgrader_scores = {g.name: float(g.score) for g in graded.grades}
            assert otter_scores == nbgrader_scores, (
                f"{student}/{lesson}: otter {otter_scores} vs nbgrader {nbgrader_scores}"
            )
