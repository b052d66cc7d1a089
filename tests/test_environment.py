"""pyproject.toml and environment.yml pin the same packages at the same versions."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT


def _pin(requirement: str) -> tuple[str, str]:
    name, _, version = requirement.partition("==")
    assert version, f"{requirement!r} is not pinned with =="
    return re.sub(r"[-_.]+", "-", name.strip().lower()), version.strip()


def test_environment_yml_repeats_pyproject_pins():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(_pin(r) for r in project["dependencies"] + project["optional-dependencies"]["dev"])
    lines = (ROOT / "environment.yml").read_text().splitlines()
    pip_section = [line.strip()[2:] for line in lines if line.startswith("      - ")]
    conda_pins = dict(_pin(r) for r in pip_section if not r.startswith("-e"))
    assert conda_pins == wanted
    assert "      - -e ." in lines, "environment.yml must install the course package itself"
    assert "  - python=3.11" in lines
