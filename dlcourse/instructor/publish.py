"""``dlcourse publish``: the student bundle, a zip for an LMS or a shared folder.

It holds the release notebooks, the helper package, the environment files and the course
configuration (for ``self-check``), and never ``source/``, ``tests/`` or a gradebook.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from dlcourse.instructor.course import Course

#: Top-level files of the bundle besides ``release/`` and the package.
BUNDLE_FILES = ("course_config.py", "pyproject.toml", "environment.yml", "README.md")


def bundle_members(course: Course, lessons: list[str]) -> list[Path]:
    """Paths (relative to the course root) that go into the bundle."""
    members = [Path(name) for name in BUNDLE_FILES if (course.root / name).is_file()]
    for lesson in lessons:
        members += sorted(
            p.relative_to(course.root) for p in (course.root / "release" / lesson).rglob("*") if p.is_file()
        )
    package = course.root / "dlcourse"
    members += sorted(
        p.relative_to(course.root) for p in package.rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    return members


def publish(course: Course, lessons: list[str], out: Path) -> Path:
    """Write the bundle as ``out`` (a ``.zip``); refuses to overwrite an existing file."""
    if out.exists():
        raise FileExistsError(f"{out} exists; remove it or choose another name")
    out.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for member in bundle_members(course, lessons):
            zf.write(course.root / member, Path(course.config.COURSE_ID) / member)
    return out
