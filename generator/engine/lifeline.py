"""Child processes die with the build that started them.

A build killed with ``kill -9`` (or by the out-of-memory killer) runs no clean-up, and its parse
workers, its forked page and index children and its mkdocs kept running for ever (issue 23: two
idle workers of ~316 MB each). Every child therefore calls :func:`die_with_parent` first: on Linux
the kernel then sends it SIGKILL when its parent dies (``prctl(PR_SET_PDEATHSIG)``, which costs
nothing); elsewhere a thread watches the parent. mkdocs is started through this module
(``python -m generator.engine.lifeline PID mkdocs ...``) for the same reason.
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent: int) -> None:
    """Arrange for this (child) process to be killed when process ``parent`` ends."""
    if not _death_signal():
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    # The parent may have died before the signal was asked for: then this process has already been
    # given to another parent, and nobody will ever send it the signal.
    if os.getppid() != parent:
        os._exit(1)


def _death_signal() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):  # no C library to call (an unusual build): the thread watches
        return False


def _watch(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _run_module() -> None:
    """``python -m generator.engine.lifeline PID MODULE ARGS...``: run MODULE as ``python -m MODULE ARGS``
    would, in a process that dies with PID."""
    import runpy

    parent, module, *args = sys.argv[1:]
    die_with_parent(int(parent))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    _run_module()
