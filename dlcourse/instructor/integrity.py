"""Tamper guard: student cells that reach for the grading machinery do not run.

Hidden checks run in the student's kernel, so a student cell could replace ``check.close``,
``torch.allclose`` or ``numpy.testing``, rebind a name the locked setup cell defined, or walk
the caller's frames. Before a submission is executed, :class:`GuardStudentCells` reads every
cell the student could edit and, where one does any of the following, replaces its source by a
``raise`` that says why (the exercises defined there then score 0; nothing else is touched):

- assigns to, or ``setattr``/``delattr`` on, an attribute of a module or of a name the setup
  cell defines (``torch.allclose = ...``, ``check.close = ...``, ``np.testing.x = ...``);
- rebinds a name the setup cell defines, other than by repeating the same import;
- uses ``exec``, ``eval``, ``compile``, ``__import__``, ``importlib``, ``sys.modules``,
  ``builtins``/``__builtins__``, ``gc``, ``inspect``, ``ctypes`` or frame internals
  (``_getframe``, ``f_back``, ``f_globals``, ``f_locals``, ``tb_frame``).

This raises the bar; it is not a proof (see the threat model in README.md).
"""

from __future__ import annotations

import ast

from nbconvert.preprocessors import Preprocessor

from dlcourse.instructor.notebook import role_of

FORBIDDEN_NAMES = {
    "exec",
    "eval",
    "compile",
    "__import__",
    "__builtins__",
    "builtins",
    "importlib",
    "gc",
    "inspect",
    "ctypes",
    "vars",
    "globals",
    "locals",
}
FORBIDDEN_ATTRS = {
    "_getframe",
    "f_back",
    "f_globals",
    "f_locals",
    "tb_frame",
    "modules",
    "__dict__",
    "__globals__",
    "__code__",
}
MODULE_NAMES = {
    "torch",
    "np",
    "numpy",
    "F",
    "nn",
    "check",
    "dlcourse",
    "sys",
    "os",
    "math",
    "warnings",
    "random",
    "scipy",
}
TAMPERED = "TamperingDetected"


def _root_name(node: ast.AST) -> str | None:
    while isinstance(node, ast.Attribute | ast.Subscript):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _assigned(target: ast.AST):
    """What an assignment target writes to: ``a.b[i] = x`` writes into ``a.b``, not into ``i``."""
    if isinstance(target, ast.Tuple | ast.List):
        for element in target.elts:
            yield from _assigned(element)
    elif isinstance(target, ast.Starred):
        yield from _assigned(target.value)
    elif isinstance(target, ast.Subscript):
        yield from _assigned(target.value)
    else:
        yield target


def _bindings(tree: ast.AST) -> dict[str, str]:
    """Names bound by import statements -> the dotted path they refer to (np -> "numpy")."""
    bound = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                bound[a.asname or a.name.split(".")[0]] = a.name if a.asname else a.name.split(".")[0]
        elif isinstance(node, ast.ImportFrom):
            for a in node.names:
                bound[a.asname or a.name] = f"{node.module or ''}.{a.name}"
    return bound


def setup_names(setup_source: str) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(setup_source)):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
    return names


def violations(source: str, protected: set[str], setup_imports: dict[str, str]) -> list[str]:
    """Why a student cell must not run (empty when it may).

    Args:
        source: the student's cell.
        protected: names the setup cell defines.
        setup_imports: the setup cell's import bindings (re-importing one of them is fine).
    """
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []  # it fails on its own when executed
    own_imports = _bindings(tree)
    guarded = protected | MODULE_NAMES | set(own_imports)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and node.id in FORBIDDEN_NAMES:
            found.append(f"`{node.id}` 사용")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_ATTRS:
            found.append(f"`.{node.attr}` 사용")
        elif isinstance(node, ast.alias) and node.name.split(".")[0] in FORBIDDEN_NAMES:
            found.append(f"`{node.name}` 가져오기")
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Delete):
            targets = node.targets if isinstance(node, ast.Assign | ast.Delete) else [node.target]
            for target in targets:
                for sub in _assigned(target):
                    if isinstance(sub, ast.Attribute) and _root_name(sub) in guarded:
                        found.append(f"`{ast.unparse(sub)}` 바꾸기")
                    elif (
                        isinstance(sub, ast.Name)
                        and isinstance(sub.ctx, ast.Store | ast.Del)
                        and sub.id in protected
                    ):
                        found.append(f"설정 셀의 이름 `{sub.id}` 다시 정의")
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in {"setattr", "delattr"}
        ):
            if node.args and _root_name(node.args[0]) in guarded:
                found.append(f"`{node.func.id}({ast.unparse(node.args[0])}, ...)`")
        elif (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and node.name in protected
        ):
            found.append(f"설정 셀의 이름 `{node.name}` 다시 정의")
    for name, target in own_imports.items():
        if name in protected and setup_imports.get(name) != target:
            found.append(f"설정 셀의 이름 `{name}`을 다른 것으로 가져오기")
    return sorted(set(found))


def guard_notebook(nb) -> list[tuple[int, list[str]]]:
    """Neutralise tampering cells in place; return (cell index, reasons) for each."""
    setup = next((c for c in nb.cells if role_of(c) == "setup"), None)
    protected = setup_names(setup.source) if setup is not None else set()
    setup_imports = _bindings(ast.parse(setup.source)) if setup is not None else {}
    report = []
    for index, cell in enumerate(nb.cells):
        if role_of(cell) not in ("solution", "demo"):
            continue  # locked cells are restored from the gradebook by nbgrader
        reasons = violations(cell.source, protected, setup_imports)
        if reasons:
            message = "채점 도구를 건드리는 코드가 있어 이 셀은 실행되지 않았습니다: " + ", ".join(reasons)
            cell.source = f"raise RuntimeError({TAMPERED!r} + ': ' + {message!r})\n"
            report.append((index, reasons))
    return report


class GuardStudentCells(Preprocessor):
    """nbconvert preprocessor run by nbgrader's autograde before execution."""

    enabled = True

    def preprocess(self, nb, resources):
        for index, reasons in guard_notebook(nb):
            self.log.warning("cell %d neutralised: %s", index, "; ".join(reasons))
        return nb, resources
