"""Confinement of grading kernels.

nbgrader starts each submission's kernel through the ``dlcourse-sandbox`` kernel spec, whose
command is this module. Before it becomes the ipykernel it:

1. joins a fresh cgroup with ``memory`` and ``pids`` limits (cgroup v2, or v1's memory and
   pids hierarchies; ``RLIMIT_AS`` would break ``import torch`` and ``RLIMIT_NPROC`` does not
   bind root, so cgroups are the tool), and sets ``RLIMIT_CPU`` and ``RLIMIT_FSIZE``;
2. re-executes itself under bubblewrap when it is installed: no network (the kernel talks to
   the grader over Unix sockets), a private ``/tmp``, everything read-only except its own
   working folder, and ``source/``, ``tests/``, ``release/``, other submissions and the
   gradebook hidden.

The grader records which of these was in force (:func:`isolation_level`); without cgroups or
bubblewrap the remaining limits are the cell and notebook timeouts and the rlimits.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

KERNEL_NAME = "dlcourse-sandbox"
ENV_ROOT = "DLCOURSE_COURSE_ROOT"  # the course folder whose secrets are hidden
ENV_LIMITS = "DLCOURSE_LIMITS"  # JSON: memory_bytes, pids, cpu_seconds, file_bytes
HIDDEN = ("source", "tests", "release", "submitted", "autograded", "feedback", "exchange")
CGROUP_NAME = "dlcourse"


def _cgroup_dirs() -> list[tuple[Path, dict[str, str]]]:
    """Writable cgroup parents and the limit files each needs, v2 first."""
    root = Path("/sys/fs/cgroup")
    v2 = root / "cgroup.controllers"
    if v2.is_file() and {"memory", "pids"} <= set(v2.read_text().split()):
        return [
            (
                root / CGROUP_NAME,
                {"memory.max": "memory_bytes", "pids.max": "pids", "memory.swap.max": "zero"},
            )
        ]
    memory, pids = root / "memory", root / "pids"
    if (memory / "cgroup.procs").is_file() and (pids / "cgroup.procs").is_file():
        return [
            (
                memory / CGROUP_NAME,
                {"memory.limit_in_bytes": "memory_bytes", "memory.memsw.limit_in_bytes": "memory_bytes"},
            ),
            (pids / CGROUP_NAME, {"pids.max": "pids"}),
        ]
    return []


def join_cgroup(limits: dict[str, int]) -> bool:
    """Put this process in new cgroups with the limits; False when that is not possible."""
    parents = _cgroup_dirs()
    if not parents:
        return False
    values = {**limits, "zero": 0}
    try:
        for parent, files in parents:
            parent.mkdir(exist_ok=True)
            if (parent.parent / "cgroup.subtree_control").is_file():  # v2: delegate the controllers
                for level in (parent.parent, parent):
                    (level / "cgroup.subtree_control").write_text("+memory +pids")
            for stale in parent.iterdir():  # groups of kernels that have ended
                if stale.is_dir():
                    try:
                        stale.rmdir()
                    except OSError:
                        pass
            group = parent / f"kernel-{os.getpid()}"
            group.mkdir()
            for name, key in files.items():
                if (group / name).exists():
                    (group / name).write_text(str(values[key]))
            (group / "cgroup.procs").write_text(str(os.getpid()))
        return True
    except OSError:
        return False


def bwrap_command(
    argv: list[str], course_root: Path | None, workdir: Path, connection_file: Path
) -> list[str]:
    # Order matters: later mounts cover earlier ones (the working folder lies inside a hidden one).
    cmd = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp"]
    cmd += ["--unshare-net", "--unshare-pid", "--die-with-parent", "--new-session"]
    # The interpreter and this package stay readable even when they live under /tmp (a CI clone).
    import dlcourse

    for needed in {Path(sys.prefix), Path(sys.base_prefix), Path(dlcourse.__file__).resolve().parent}:
        cmd += ["--ro-bind", str(needed), str(needed)]
    cmd += ["--bind", str(connection_file.parent), str(connection_file.parent)]
    if course_root is not None:
        for name in HIDDEN:
            if (course_root / name).is_dir():
                cmd += ["--tmpfs", str(course_root / name)]
        for db in course_root.glob("*.db"):
            cmd += ["--ro-bind", "/dev/null", str(db)]
    cmd += ["--bind", str(workdir), str(workdir)]
    # nbgrader executes the notebook in this folder after putting the hidden tests back in it
    for own_notebook in workdir.glob("*.ipynb"):
        cmd += ["--ro-bind", "/dev/null", str(own_notebook)]
    cmd += ["--chdir", str(workdir), "--setenv", "HOME", "/tmp", "--setenv", "MPLCONFIGDIR", "/tmp"]
    return cmd + ["--", *argv]


def isolation_level() -> str:
    """What confines a grading kernel on this machine, in words the grader reports."""
    parts = ["cgroup memory+pids limits" if _cgroup_dirs() else "no cgroups"]
    parts.append(
        "bubblewrap (no network, read-only filesystem, course secrets hidden)"
        if shutil.which("bwrap")
        else "no bubblewrap"
    )
    return ", ".join(parts) + "; cell and notebook timeouts, RLIMIT_CPU, RLIMIT_FSIZE"


def kernel_spec_dir(base: Path) -> Path:
    """Write the ``dlcourse-sandbox`` kernel spec under ``base/kernels`` (for JUPYTER_PATH)."""
    spec = base / "kernels" / KERNEL_NAME
    spec.mkdir(parents=True, exist_ok=True)
    argv = [sys.executable, "-m", "dlcourse.instructor.sandbox", "-f", "{connection_file}"]
    (spec / "kernel.json").write_text(
        json.dumps({"argv": argv, "display_name": "dlcourse sandbox", "language": "python"})
    )
    return base


@dataclass(frozen=True)
class SandboxKernel:
    """How nbgrader must start the kernel: this kernel spec, this connection file (its
    Unix sockets sit beside it, in a folder private to one grading process)."""

    name: str
    connection_file: Path


@contextmanager
def environment(course_root: Path, limits: dict[str, int]) -> Iterator[SandboxKernel]:
    """Environment in which nbgrader starts sandboxed kernels, one at a time per process.

    Each grading process gets its own kernel spec and runtime folder, so one student's
    kernel never sees another's connection file or sockets.
    """
    saved = {k: os.environ.get(k) for k in ("JUPYTER_PATH", "JUPYTER_RUNTIME_DIR", ENV_ROOT, ENV_LIMITS)}
    with tempfile.TemporaryDirectory(prefix="dlcourse-kernel-") as tmp:
        base = kernel_spec_dir(Path(tmp) / "jupyter")
        runtime = Path(tmp) / "runtime"
        runtime.mkdir()
        os.environ["JUPYTER_PATH"] = os.pathsep.join(filter(None, [str(base), saved["JUPYTER_PATH"]]))
        os.environ["JUPYTER_RUNTIME_DIR"] = str(runtime)
        os.environ[ENV_ROOT] = str(course_root)
        os.environ[ENV_LIMITS] = json.dumps(limits)
        try:
            yield SandboxKernel(KERNEL_NAME, runtime / "kernel.json")
        finally:
            for key, value in saved.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value


def main(argv: list[str]) -> None:
    connection_file = Path(argv[argv.index("-f") + 1]).resolve()
    kernel = [sys.executable, "-m", "ipykernel_launcher", "-f", str(connection_file)]
    if os.environ.pop("DLCOURSE_IN_BWRAP", None):  # second stage, inside bubblewrap
        # In the new PID namespace the grader's pid means nothing: bubblewrap's
        # --die-with-parent ties the kernel's life to the grader instead.
        os.environ.pop("JPY_PARENT_PID", None)
        os.execv(sys.executable, kernel)
    limits = json.loads(os.environ.get(ENV_LIMITS, "{}"))
    if limits:
        join_cgroup(limits)
        cpu, size = limits.get("cpu_seconds"), limits.get("file_bytes")
        if cpu:
            resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))
        if size:
            resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    if shutil.which("bwrap"):
        root = os.environ.get(ENV_ROOT)
        os.environ["DLCOURSE_IN_BWRAP"] = "1"
        stage2 = [sys.executable, "-m", "dlcourse.instructor.sandbox", "-f", str(connection_file)]
        cmd = bwrap_command(stage2, Path(root) if root else None, Path.cwd().resolve(), connection_file)
        os.execvp("bwrap", cmd)
    os.execv(sys.executable, kernel)


if __name__ == "__main__":
    main(sys.argv[1:])
