"""One linter and formatter for the package, the tests and the configuration (lessons: test_lessons)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT

PATHS = ["dlcourse", "tests", "course_config.py", "nbgrader_config.py"]


def test_ruff_check_and_format():
    ruff = [sys.executable, "-m", "ruff"]
    for args in (["check", "--no-cache", *PATHS], ["format", "--check", "--no-cache", *PATHS]):
        result = subprocess.run(ruff + args, capture_output=True, text=True, cwd=ROOT)
        assert result.returncode == 0, f"ruff {args[0]}:\n{result.stdout}{result.stderr}"
