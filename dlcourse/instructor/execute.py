"""The executor nbgrader's autograde uses for this course (see ``course_config.py``).

Stock nbgrader gives up on a notebook whose kernel dies (``os._exit``, a segfault, a memory
kill) and has no limit on a whole notebook. :class:`SafeExecute`:

- kills the kernel (its whole process group) when the notebook exceeds ``notebook_timeout``;
- when the kernel dies, gives every cell that did not run an error output saying why, so the
  submission is still graded (those checks score 0) and the feedback names the reason;
- grades test cells by exceptions only: nbgrader would also zero a check that merely printed a
  warning on stderr, or give partial credit for a number left as the cell's value.
"""

from __future__ import annotations

import os
import signal
import threading

from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nbformat import NotebookNode
from nbgrader.preprocessors import Execute
from traitlets import Integer

from dlcourse.instructor.notebook import role_of

KERNEL_DIED = (
    "커널이 비정상 종료되어 이 셀은 실행되지 않았습니다 (os._exit, 세그폴트, 메모리 한도 초과 등). "
    "앞선 셀의 코드를 확인하세요."
)
CELL_TIMEOUT = (
    "셀 하나의 실행 시간 한도({limit}초)를 넘어 채점을 멈췄습니다. 무한 루프나 너무 긴 계산을 확인하세요."
)
NOTEBOOK_TIMEOUT = (
    "노트북 전체 실행 시간 한도({limit}초)를 넘어 채점을 멈췄습니다. 무한 루프나 너무 긴 학습을 확인하세요."
)


def mark_unexecuted(nb: NotebookNode, ename: str, message: str) -> int:
    """Give every code cell that did not run an error output; return how many."""
    count = 0
    for cell in nb.cells:
        if cell.cell_type == "code" and cell.get("execution_count") is None and cell.source.strip():
            cell.outputs = [
                NotebookNode(
                    output_type="error", ename=ename, evalue=message, traceback=[f"{ename}: {message}"]
                )
            ]
            count += 1
    return count


def keep_only_verdicts(nb: NotebookNode) -> None:
    """Test cells are graded by their exceptions: drop stderr and result outputs nbgrader would misread."""
    for cell in nb.cells:
        if role_of(cell) == "test":
            cell.outputs = [
                o
                for o in cell.get("outputs", [])
                if not (
                    o.output_type == "execute_result"
                    or (o.output_type == "stream" and o.get("name") == "stderr")
                )
            ]


class SafeExecute(Execute):
    """nbgrader's ``Execute`` that survives dead kernels and bounds the whole notebook."""

    notebook_timeout = Integer(600, help="seconds for the whole notebook").tag(config=True)

    def _kill_kernel(self) -> None:
        self._notebook_timed_out = True
        provisioner = getattr(getattr(self, "km", None), "provisioner", None)
        pgid = getattr(provisioner, "pgid", None) or getattr(provisioner, "pid", None)
        if pgid:
            try:
                os.killpg(pgid, signal.SIGKILL)
            except OSError:
                pass

    def preprocess(self, nb, resources=None, km=None):
        self._notebook_timed_out = False
        for cell in nb.cells:
            if cell.cell_type == "code":
                cell.execution_count = None  # "did it run" is read from this afterwards
        timer = threading.Timer(self.notebook_timeout, self._kill_kernel)
        timer.daemon = True
        timer.start()
        failure = None
        try:
            nb, resources = super().preprocess(nb, resources, km)
        except (DeadKernelError, CellTimeoutError, RuntimeError) as exc:
            failure = exc
        finally:
            timer.cancel()
        if failure is not None or self._notebook_timed_out:
            if self._notebook_timed_out:
                ename, message = "NotebookTimeout", NOTEBOOK_TIMEOUT.format(limit=self.notebook_timeout)
            elif isinstance(failure, CellTimeoutError):
                ename, message = "CellTimeout", CELL_TIMEOUT.format(limit=self.timeout)
            else:
                ename, message = "KernelDied", KERNEL_DIED
            self.log.warning("%s: %s", ename, failure)
            ran = [c for c in nb.cells if c.cell_type == "code" and c.get("execution_count") is not None]
            if ran and not any(o.output_type == "error" for o in ran[-1].get("outputs", [])):
                # the cell that was running when the kernel went away
                ran[-1].outputs.append(
                    NotebookNode(output_type="error", ename=ename, evalue=message, traceback=[])
                )
            mark_unexecuted(nb, ename, message)
        keep_only_verdicts(nb)
        return nb, resources
