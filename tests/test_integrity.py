"""The tamper guard: catches patches of the grading machinery, never a real solution."""

from __future__ import annotations

import ast

import pytest
from conftest import COURSE, LESSONS, mutant_files, source_cells

from dlcourse.instructor import integrity

SETUP = "import numpy as np\nimport torch\nimport torch.nn.functional as F\nfrom dlcourse import budget, check\nDEVICE = 1\n"
PROTECTED = integrity.setup_names(SETUP)
BINDINGS = integrity._bindings(ast.parse(SETUP))


@pytest.mark.parametrize(
    "source",
    [
        "check.close = lambda *a, **k: None",
        "torch.allclose = lambda *a, **k: True",
        "np.testing.assert_allclose = lambda *a, **k: None",
        "import numpy\nnumpy.testing.assert_allclose = f",
        "import dlcourse.check as c\nc.close = f",
        "setattr(check, 'close', f)",
        "vars(check)['close'] = f",
        "check.__dict__['close'] = f",
        "check = None",
        "def check():\n    pass",
        "import scipy as np",
        "import sys\nsys.modules['dlcourse.check'].close = f",
        "x = eval('1 + 1')",
        "exec('check.close = f')",
        "getattr(__import__('torch'), 'allclose')",
        "import inspect\nframe = inspect.currentframe()",
        "import sys\nsys._getframe(1).f_globals['check'] = None",
        "torch.Tensor.__eq__ = lambda a, b: True",
    ],
)
def test_guard_flags_tampering(source):
    assert integrity.violations(source, PROTECTED, BINDINGS), source


@pytest.mark.parametrize(
    "source",
    [
        "import numpy as np",
        "from torch.nn import functional as F",
        "from dlcourse import check",
        "y[np.arange(3), labels] = 1.0",
        "self.W.data -= lr * self.W.grad",
        "out = check.call(f, 1)",
        "model.weight = torch.nn.Parameter(w)",
    ],
)
def test_guard_accepts_ordinary_code(source):
    assert not integrity.violations(source, PROTECTED, BINDINGS), source


@pytest.mark.parametrize("lesson", LESSONS)
def test_no_reference_solution_or_mutant_is_refused(lesson):
    cells = source_cells(lesson)
    setup = next(c for c in cells if c.role == "setup")
    protected, bindings = integrity.setup_names(setup.source), integrity._bindings(ast.parse(setup.source))
    sources = {f"cell {c.grade_id}": c.source for c in cells if c.role in ("solution", "demo")}
    sources |= {str(p.relative_to(COURSE.root)): p.read_text(encoding="utf-8") for p in mutant_files(lesson)}
    refused = {
        name: v for name, src in sources.items() if (v := integrity.violations(src, protected, bindings))
    }
    assert not refused, f"the tamper guard would refuse honest code: {refused}"
