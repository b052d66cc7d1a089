"""Per-lesson guarantees (COURSE_DESIGN.md, "The course's own tests", points 1-3).

For every lesson with a source notebook:
- the lesson follows the format of docs/AUTHORING.md (roles, docstrings, hidden regions,
  self-contained test cells, no outputs, enough mutants) and passes ruff;
- the source runs top to bottom in grading mode with every check passing (full points);
- the release is exactly what ``dlcourse release`` generates and leaks no solution or hidden test;
- every test cell fails on the untouched release stubs, with "not implemented";
- every wrong mutant is caught by its solution's test cells and every correct one passes.

Cells run in this process (``dlcourse.instructor.inprocess``), one namespace per run.
"""

from __future__ import annotations

import ast
import builtins
import filecmp
import re
import shutil
import subprocess
import sys

import pytest
from conftest import COURSE, LESSONS, MUTANTS, ROOT, lesson_param, mutant_files, release_cells, source_cells
from markdown_it import MarkdownIt

from dlcourse.check import NotImplementedYet
from dlcourse.instructor import inprocess, notebook
from dlcourse.instructor.release import release

MIN_WRONG, MIN_CORRECT = 3, 1


def _defined(source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
    return names


def _loaded(source: str) -> set[str]:
    return {
        n.id for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }


def _markdown_problems(nb) -> list[str]:
    """Bold that CommonMark does not render: `**(x)**의` needs the closing ** before a space or
    punctuation when the bold text ends in punctuation (write `**배치 축**(axis 0)으로`)."""
    renderer = MarkdownIt("commonmark")
    problems = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown":
            html = re.sub(
                r"<code>.*?</code>|\$\$.*?\$\$|\$[^$\n]*\$", "", renderer.render(cell.source), flags=re.S
            )
            for line in html.splitlines():
                if "**" in line:
                    problems.append(
                        f"markdown cell {index}: '**' left unrendered near {re.sub('<[^>]+>', '', line)[:60]!r}"
                    )
    return problems


def _format_problems(lesson: str) -> list[str]:
    cells = source_cells(lesson)
    problems = []
    code = [c for c in cells if c.role != "markdown"]
    if not code or code[0].role != "setup":
        problems.append("the first code cell must be the locked setup cell (grade_id 'setup')")
    ids = [c.grade_id for c in cells if c.grade_id]
    problems += [f"grade_id {i!r} is used twice" for i in sorted({i for i in ids if ids.count(i) > 1})]
    nb = notebook.read(COURSE.source_notebook(lesson))
    for raw, cell in zip(nb.cells, cells):
        if raw.cell_type == "code" and (raw.get("outputs") or raw.get("execution_count") is not None):
            problems.append(f"cell {cell.index} has outputs: commit source notebooks without outputs")
        if cell.role != "markdown" and any(
            line.lstrip().startswith(("%", "!")) for line in cell.source.splitlines()
        ):
            problems.append(f"cell {cell.index} uses an IPython magic or shell escape")
    problems += _markdown_problems(nb)
    grouped = notebook.tests_by_solution(list(cells))
    solution_ids = list(grouped)
    for cell in cells:
        if cell.role == "solution" and (
            notebook.SOLUTION_BEGIN not in cell.source or notebook.SOLUTION_END not in cell.source
        ):
            problems.append(f"solution cell {cell.grade_id!r} has no ### BEGIN/END SOLUTION region")
        if cell.role != "test":
            continue
        if notebook.solution_of(cell.grade_id, solution_ids) is None:
            problems.append(
                f"test cell {cell.grade_id!r} grades no solution cell (name it test_<solution_id>...)"
            )
        if cell.points <= 0:
            problems.append(f"test cell {cell.grade_id!r} has no points")
        body = ast.parse(cell.source).body
        if not (
            body
            and isinstance(body[0], ast.Expr)
            and isinstance(getattr(body[0], "value", None), ast.Constant)
        ):
            problems.append(f"test cell {cell.grade_id!r} must start with a docstring saying what it checks")
        if notebook.hidden_line_range(cell.source) is None:
            problems.append(f"test cell {cell.grade_id!r} has no hidden tests")
        if len(ast.parse(cell.public_source).body) < 2:
            problems.append(f"test cell {cell.grade_id!r} has no public check after its docstring")
    problems += [f"solution {sid!r} has no test cell" for sid, tests in grouped.items() if not tests]
    # Self-contained test cells: nothing a demo cell built.
    provided = set().union(*(_defined(c.source) for c in cells if c.role in inprocess.DEFINING_ROLES))
    demo_only = set().union(*(_defined(c.source) for c in cells if c.role == "demo")) - provided
    for cell in cells:
        if cell.role == "test":
            leaked = (_loaded(cell.source) - _defined(cell.source) - set(dir(builtins))) & demo_only
            if leaked:
                problems.append(f"test cell {cell.grade_id!r} uses {sorted(leaked)} from demo cells")
    # Mutants: folders match solution cells, enough of each kind.
    for folder in sorted(p for p in (MUTANTS / lesson).glob("*") if p.is_dir()):
        if folder.name not in grouped:
            problems.append(f"mutants folder {folder.name!r} matches no solution cell")
    for sid in solution_ids:
        files = list((MUTANTS / lesson / sid).glob("*.py"))
        wrong = [f for f in files if f.name.startswith("wrong_")]
        correct = [f for f in files if f.name.startswith("correct_")]
        if len(wrong) < MIN_WRONG or len(correct) < MIN_CORRECT:
            problems.append(
                f"solution {sid!r} has {len(wrong)} wrong and {len(correct)} correct mutants "
                f"(need >= {MIN_WRONG} and >= {MIN_CORRECT}) in tests/mutants/{lesson}/{sid}/"
            )
        problems += [
            f"{f.relative_to(ROOT)}: name it wrong_*.py or correct_*.py"
            for f in files
            if f not in wrong + correct
        ]
    return problems


@pytest.mark.parametrize("lesson", [lesson_param(x) for x in LESSONS])
def test_lesson_format(lesson):
    problems = _format_problems(lesson)
    assert not problems, f"{lesson} breaks docs/AUTHORING.md:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("lesson", [lesson_param(x) for x in LESSONS])
def test_lesson_lint(lesson):
    folder = COURSE.source_notebook(lesson).parent
    ruff = [sys.executable, "-m", "ruff"]
    for args in (["check", "--no-cache", str(folder)], ["format", "--check", "--no-cache", str(folder)]):
        result = subprocess.run(ruff + args, capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, f"ruff {args[0]} {lesson}:\n{result.stdout}{result.stderr}"


@pytest.mark.parametrize("lesson", [lesson_param(x) for x in LESSONS])
def test_source_earns_full_points(lesson):
    """All cells in order, demos included, in grading mode: no cell raises."""
    inprocess.build(source_cells(lesson), include_demo=True, label=lesson)


@pytest.mark.parametrize("lesson", [lesson_param(x) for x in LESSONS])
def test_release_in_sync(lesson, tmp_path):
    for name in ("course_config.py", "nbgrader_config.py"):
        shutil.copy(ROOT / name, tmp_path / name)
    shutil.copytree(COURSE.source_notebook(lesson).parent, tmp_path / "source" / lesson)
    course = type(COURSE).load(tmp_path)
    (fresh,) = release(course, [lesson])
    committed = COURSE.release_notebook(lesson)
    assert committed.is_file(), f"{committed.relative_to(ROOT)} missing: run `dlcourse release {lesson}`"
    assert filecmp.cmp(fresh, committed, shallow=False), (
        f"release/{lesson} is out of date with source/{lesson}: run `dlcourse release {lesson}` and commit"
    )


def _region_lines(source: str, begin: str, end: str) -> set[str]:
    lines, inside = set(), False
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith(begin):
            inside = True
        elif stripped.startswith(end):
            inside = False
        elif inside and len(stripped) >= 12 and not stripped.startswith("#"):
            lines.add(stripped)
    return lines


def _outside_regions(source: str) -> list[str]:
    """Lines that are neither in a solution region nor in a hidden-test region."""
    kept, inside = [], False
    for line in source.splitlines():
        stripped = line.strip()
        if stripped.startswith((notebook.SOLUTION_BEGIN, notebook.HIDDEN_BEGIN)):
            inside = True
        elif stripped.startswith((notebook.SOLUTION_END, notebook.HIDDEN_END)):
            inside = False
        elif not inside:
            kept.append(line)
    return kept


@pytest.mark.parametrize("lesson", [lesson_param(x) for x in LESSONS])
def test_release_leaks_nothing(lesson):
    cells = source_cells(lesson)
    secret = set()
    for cell in cells:
        secret |= _region_lines(cell.source, notebook.SOLUTION_BEGIN, notebook.SOLUTION_END)
        secret |= _region_lines(cell.source, notebook.HIDDEN_BEGIN, notebook.HIDDEN_END)
    public = {line.strip() for cell in cells for line in _outside_regions(cell.source)}
    released = COURSE.release_notebook(lesson).read_text(encoding="utf-8")
    assert "BEGIN SOLUTION" not in released and "BEGIN HIDDEN TESTS" not in released
    release_lines = {line.strip() for c in release_cells(lesson) for line in c.source.splitlines()}
    leaked = sorted((secret - public) & release_lines)
    assert not leaked, f"release/{lesson} shows solution or hidden-test lines: {leaked[:5]}"


@pytest.mark.parametrize("lesson", [lesson_param(x) for x in LESSONS])
def test_every_check_fails_on_stubs(lesson):
    ns = inprocess.build(release_cells(lesson), label=f"{lesson}[release]")
    released_tests = [c for c in release_cells(lesson) if c.role == "test"]
    public = inprocess.run_tests(ns, released_tests, label=f"{lesson}[release]")
    ns = inprocess.build(release_cells(lesson), label=f"{lesson}[release]")
    hidden = inprocess.run_tests(ns, [c for c in source_cells(lesson) if c.role == "test"], label=lesson)
    problems = [
        f"{tid}: the public check does not report 'not implemented' on the stub ({err!r})"
        for tid, err in public.errors.items()
        if not isinstance(err, NotImplementedYet)
    ]
    problems += [f"{tid}: passes on the untouched stub" for tid, err in hidden.errors.items() if err is None]
    assert not problems, "\n".join(problems)


def _mutant_params():
    for lesson in LESSONS:
        for path in mutant_files(lesson):
            yield lesson_param(lesson, path, id=f"{lesson}/{path.parent.name}/{path.stem}")


@pytest.mark.parametrize(("lesson", "path"), list(_mutant_params()))
def test_mutant(lesson, path):
    solution_id = path.parent.name
    cells = source_cells(lesson)
    tests = notebook.tests_by_solution(list(cells)).get(solution_id)
    assert tests, f"{path.relative_to(ROOT)}: no solution cell {solution_id!r} with test cells in {lesson}"
    label = f"{lesson}[{path.stem}]"
    ns = inprocess.build(cells, replacements={solution_id: path.read_text(encoding="utf-8")}, label=label)
    outcome = inprocess.run_tests(ns, tests, label=label)
    if path.name.startswith("wrong_"):
        assert outcome.failed, (
            f"{path.relative_to(ROOT)} passes every check of {solution_id!r}: the checks miss it"
        )
    else:
        failures = {tid: err for tid, err in outcome.errors.items() if err is not None}
        assert not failures, f"{path.relative_to(ROOT)} is correct but fails: {failures}"
