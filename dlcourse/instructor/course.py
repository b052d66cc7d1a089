"""The course folder and its one configuration, ``course_config.py``."""

from __future__ import annotations

import runpy
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace


class UsageError(Exception):
    """A mistake in what the user asked for; the CLI prints it and exits with status 2."""


def find_root(start: str | Path | None = None) -> Path:
    """The nearest folder at or above ``start`` (default: cwd) holding ``course_config.py``."""
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "course_config.py").is_file():
            return folder
    raise UsageError(f"no course_config.py in {here} or above: run this inside the course folder")


@dataclass(frozen=True)
class Course:
    """A course folder: ``source/``, ``release/``, ``submitted/``, ... and its settings."""

    root: Path
    config: SimpleNamespace

    @classmethod
    def load(cls, root: str | Path | None = None) -> Course:
        root = find_root(root)
        settings = runpy.run_path(str(root / "course_config.py"))
        return cls(root=root, config=SimpleNamespace(**settings))

    @property
    def lessons(self) -> list[str]:
        """Lessons of the curriculum that exist here (a source or a release notebook), in order."""
        return [name for name in self.config.LESSONS if self.has_lesson(name)]

    def has_lesson(self, name: str) -> bool:
        return self.source_notebook(name).is_file() or self.release_notebook(name).is_file()

    def lesson(self, name: str) -> str:
        """Validate a lesson name (a full stem or its two-digit number, ``"01"``)."""
        matches = [stem for stem in self.lessons if name in (stem, stem.split("_")[0])]
        if len(matches) != 1:
            listing = "\n  ".join(self.lessons) or "(none)"
            raise UsageError(f"unknown lesson {name!r}; the lessons here are:\n  {listing}")
        return matches[0]

    def source_notebook(self, lesson: str) -> Path:
        return self.root / "source" / lesson / f"{lesson}.ipynb"

    def release_notebook(self, lesson: str) -> Path:
        return self.root / "release" / lesson / f"{lesson}.ipynb"

    def folder(self, kind: str) -> Path:
        """``submitted``, ``autograded`` or ``feedback`` under the course root."""
        return self.root / kind

    @property
    def gradebook(self) -> Path:
        return self.root / "gradebook.db"


def marker(lesson: str) -> str:
    """Pytest marker of a lesson: ``01_Tensors_and_Autograd`` -> ``lesson01``."""
    return "lesson" + lesson.split("_")[0]
