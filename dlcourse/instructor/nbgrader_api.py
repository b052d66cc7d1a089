"""nbgrader, configured from ``course_config.py`` for a given course folder."""

from __future__ import annotations

import logging
import os
import sys
from contextlib import contextmanager

from dlcourse.instructor.course import Course


class GradingError(Exception):
    """nbgrader reported a failure; the message carries its log."""


def api(course: Course, kernel=None):
    """An ``NbGraderAPI`` rooted at the course folder, with the course's settings.

    Args:
        course: the course folder.
        kernel: a :class:`dlcourse.instructor.sandbox.SandboxKernel` to run submissions in,
            instead of the notebook's own kernel; it talks over Unix sockets (no network).
    """
    from nbgrader.apps import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory
    from traitlets.config import Config

    # nbgrader runs the `alembic` command when it creates a gradebook: make this
    # environment's scripts findable even when it is not activated.
    scripts = os.path.dirname(sys.executable)
    if scripts not in os.environ.get("PATH", "").split(os.pathsep):
        os.environ["PATH"] = scripts + os.pathsep + os.environ.get("PATH", "")
    config = Config()
    course.config.configure_nbgrader(config)
    config.CourseDirectory.root = str(course.root)
    config.Exchange.root = str(course.root / "exchange")
    if kernel is not None:
        config.Execute.kernel_name = kernel.name
        config.KernelManager.transport = "ipc"
        config.KernelManager.connection_file = str(kernel.connection_file)
    coursedir = CourseDirectory(config=config)
    nbapi = NbGraderAPI(coursedir=coursedir, config=config)
    nbapi.log.setLevel(logging.WARNING)
    return nbapi


def check(result: dict, what: str) -> dict:
    """Raise :class:`GradingError` with nbgrader's own log when ``result`` says it failed."""
    if not result.get("success"):
        detail = (result.get("error") or "").strip() or (result.get("log") or "").strip()
        raise GradingError(f"{what} failed:\n{detail}")
    return result


@contextmanager
def grading_environment(course: Course):
    """Put the course's grading environment (grading flag, thread counts) in ``os.environ``.

    Kernels inherit the environment of the process that starts them, which is how the flag
    reaches nbgrader's and otter's kernels alike.
    """
    saved = {key: os.environ.get(key) for key in course.config.GRADING_ENV}
    os.environ.update(course.config.GRADING_ENV)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
