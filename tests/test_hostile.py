"""Hostile submissions graded in one class next to honest students (nbgrader, sandbox, guard).

A tiny fixture lesson keeps this cheap: one solution cell ``double`` and one test cell with a
hidden part. Each hostile student replaces the solution cell (or a test cell) with an attack;
each must cost that student the points and nothing else: the honest students' grades are
exactly full, the gradebook stays readable, and no attack reaches the network or the disk
outside its own folder.
"""

from __future__ import annotations

import csv
import shutil
import socket
import subprocess
import sys
import threading

import nbformat
import pytest
from conftest import ROOT

from dlcourse.instructor import sandbox

pytestmark = [pytest.mark.pipeline, pytest.mark.xdist_group("hostile")]

LESSON = "00_Hostile_Fixture"
SECRET = "HIDDEN-CHECK-SENTINEL-4711"
HONEST = "def double(x):\n    return 2 * x\n"


def _cell(source, **nbgrader):
    meta = {
        "nbgrader": {
            "schema_version": 3,
            "task": False,
            "solution": False,
            "grade": False,
            "locked": True,
            **nbgrader,
        }
    }
    return nbformat.v4.new_code_cell(source, metadata=meta)


def fixture_notebook():
    nb = nbformat.v4.new_notebook()
    nb.metadata.kernelspec = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [
        _cell("import torch\n\nfrom dlcourse import check\n", grade_id="setup"),
        _cell(
            'def double(x):\n    """2 * x."""\n    ### BEGIN SOLUTION\n    return 2 * x\n    ### END SOLUTION\n',
            grade_id="double",
            solution=True,
            locked=False,
        ),
        _cell(
            '"""double."""\n'
            "check.close(check.call(double, torch.tensor([1.0, 2.0])), torch.tensor([2.0, 4.0]))\n"
            "### BEGIN HIDDEN TESTS\n"
            f"_secret = {SECRET!r}\n"
            "out = check.call(double, torch.tensor([3.0]))\n"
            "check.exact_type(out, torch.Tensor)\n"
            "check.close(out, torch.tensor([6.0]))\n"
            "### END HIDDEN TESTS\n",
            grade_id="test_double",
            grade=True,
            points=2,
        ),
    ]
    return nb


class Listener:
    """A TCP server on the host: an attack that reaches it breaks network isolation."""

    def __init__(self):
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self):
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            conn.close()


def attacks(port: int) -> dict[str, str]:
    return {
        "loop": "while True:\n    pass\n",
        "exit": "import os\nos._exit(0)\n",
        "segfault": "import faulthandler\nfaulthandler._sigsegv()\n",
        "memory_bomb": "hog = bytearray(6 * 1024**3)\n" + HONEST,
        "fork_bomb": "import os\nwhile True:\n    os.fork()\n",
        "system_exit": "raise SystemExit\n",
        "patch_check": "from dlcourse import check\ncheck.close = lambda *a, **k: None\ndef double(x):\n    return x\n",
        "patch_torch": "import torch\ntorch.allclose = lambda *a, **k: True\ndef double(x):\n    return x\n",
        "patch_numpy": "import numpy\nnumpy.testing.assert_allclose = lambda *a, **k: None\ndef double(x):\n    return x\n",
        "read_secrets": (
            "import glob\nfound = []\nfor p in glob.glob('../../../**/*.ipynb', recursive=True):\n"
            "    found.append(open(p).read())\nprint(''.join(found))\n" + HONEST.replace("2 * x", "x")
        ),
        "write_gradebook": "open('../../../gradebook.db', 'w').write('pwned')\n"
        + HONEST.replace("2 * x", "x"),
        "network": (
            f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
            "except OSError as e:\n    print('blocked', e)\n" + HONEST.replace("2 * x", "x")
        ),
    }


HAS_BWRAP = shutil.which("bwrap") is not None
HAS_CGROUPS = "no cgroups" not in sandbox.isolation_level()
#: Attacks that only the sandbox contains: without it they are not run at all (a fork bomb
#: would take the machine down). .ci/run installs bubblewrap, so CI runs every one of them.
NEEDS = {
    "memory_bomb": HAS_CGROUPS,
    "fork_bomb": HAS_CGROUPS,
    "read_secrets": HAS_BWRAP,
    "write_gradebook": HAS_BWRAP,
    "network": HAS_BWRAP,
}


@pytest.fixture(scope="module")
def hostile_class(tmp_path_factory):
    course = tmp_path_factory.mktemp("hostile") / "course"
    (course / "source" / LESSON).mkdir(parents=True)
    nbformat.write(fixture_notebook(), course / "source" / LESSON / f"{LESSON}.ipynb")
    shutil.copy(ROOT / "nbgrader_config.py", course)
    config = (ROOT / "course_config.py").read_text()
    config += f"\nLESSONS = [{LESSON!r}]\nCELL_TIMEOUT_S = 30\nNOTEBOOK_TIMEOUT_S = 90\nMEMORY_LIMIT_MB = 1536\nPIDS_LIMIT = 96\n"
    (course / "course_config.py").write_text(config)

    def cli(*args):
        cmd = [sys.executable, "-m", "dlcourse.instructor.cli", "--course-dir", str(course), *args]
        return subprocess.run(cmd, capture_output=True, text=True, timeout=1500)

    assert cli("release").returncode == 0
    release = nbformat.read(course / "release" / LESSON / f"{LESSON}.ipynb", 4)
    listener = Listener()
    inbox = course.parent / "inbox"
    students = {"honest_a": HONEST, "honest_b": "def double(x):\n    return x + x\n"}
    students |= {name: code for name, code in attacks(listener.port).items() if NEEDS.get(name, True)}
    for student, solution in students.items():
        nb = nbformat.from_dict(release)
        nb.cells[1].source = solution
        (inbox / student).mkdir(parents=True)
        nbformat.write(nb, inbox / student / f"{LESSON}.ipynb")
    for student, edit in (("deleted_test", None), ("edited_test", "pass\n")):
        nb = nbformat.from_dict(release)
        nb.cells[1].source = "def double(x):\n    return x\n"
        nb.cells = nb.cells[:2] if edit is None else nb.cells
        if edit is not None:
            nb.cells[2].source = edit
        (inbox / student).mkdir(parents=True)
        nbformat.write(nb, inbox / student / f"{LESSON}.ipynb")
    assert cli("collect", str(inbox)).returncode == 0
    graded = cli("autograde", "--workers", "2")
    feedback = cli("feedback")
    grades = cli("grades", "--out", str(course / "grades.csv"))
    assert grades.returncode == 0, grades.stderr
    with (course / "grades.csv").open() as fh:
        table = {row["student"]: float(row[LESSON]) for row in csv.DictReader(fh)}
    return course, table, listener, graded, feedback


def test_honest_students_get_full_marks(hostile_class):
    _, table, _, graded, _ = hostile_class
    assert table["honest_a"] == 2 and table["honest_b"] == 2, graded.stderr[-2000:]


@pytest.mark.parametrize(
    "student",
    [
        "loop",
        "exit",
        "segfault",
        "memory_bomb",
        "fork_bomb",
        "system_exit",
        "patch_check",
        "patch_torch",
        "patch_numpy",
        "read_secrets",
        "write_gradebook",
        "network",
        "deleted_test",
        "edited_test",
    ],
)
def test_attack_earns_nothing(hostile_class, student):
    if not NEEDS.get(student, True):
        pytest.skip(f"{student} needs the sandbox (bubblewrap and cgroups): {sandbox.isolation_level()}")
    course, table, _, _, _ = hostile_class
    assert table[student] == 0, f"{student} earned {table[student]} points"
    page = course / "feedback" / student / LESSON / f"{LESSON}.html"
    assert page.is_file(), f"{student} got no feedback"
    assert SECRET not in page.read_text(encoding="utf-8")


def test_attacks_reach_nothing_outside(hostile_class):
    if not HAS_BWRAP:
        pytest.skip("network and filesystem isolation need bubblewrap (apt-get install bubblewrap)")
    course, _, listener, _, _ = hostile_class
    assert listener.connections == 0, "a submission connected to the host's network"
    assert (course / "gradebook.db").read_bytes()[:15] == b"SQLite format 3"
    graded = (course / "autograded" / "read_secrets" / LESSON / f"{LESSON}.ipynb").read_text()
    outputs = "".join(str(c.get("outputs", "")) for c in nbformat.reads(graded, 4).cells[:2])
    assert SECRET not in outputs, "a submission read the hidden tests from disk"


def test_feedback_names_the_reason(hostile_class):
    course, *_ = hostile_class
    for student, reason in (
        ("exit", "KernelDied"),
        ("segfault", "KernelDied"),
        ("patch_check", "TamperingDetected"),
    ):
        page = (course / "feedback" / student / LESSON / f"{LESSON}.html").read_text(encoding="utf-8")
        assert reason in page, f"{student}'s feedback does not say {reason}"
