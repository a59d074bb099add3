"""One build at a time per project: ``jianbao build`` and ``add`` hold an exclusive lock on
``.jianbao-cache/build.lock`` from start to end.

Two builds at once wrote the same content/ and cache files and failed each other (issue 23). The
second one now stops at once with exit code 2, naming the running build (its pid and since when),
rather than waiting behind it: a build started by a timer should not pile up behind a stuck one.
``flock`` is released by the system when the holder ends, however it ends, so a killed build
leaves no stale lock; the file's text is only there to be shown.
"""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from .cache import cache_folder

try:
    import fcntl
except ImportError:  # Windows: no flock; builds are not kept apart there
    fcntl = None

NAME = "build.lock"


class BuildRunning(Exception):
    """Another build of the same project holds the lock."""

    def __init__(self, holder: str) -> None:
        self.holder = holder
        super().__init__(f"另一个 jianbao 正在生成这个项目（{holder}）；请等它结束后再运行 / another build of this "
                         f"project is running ({holder}): run this again when it has finished")


@contextmanager
def build_lock(project: Path):
    """Hold the project's build lock for the ``with`` block, or raise :class:`BuildRunning`."""
    if fcntl is None:
        yield
        return
    path = cache_folder(project / ".jianbao-cache") / NAME
    if path.is_dir() and not path.is_symlink():  # not ours: discarded like any cache entry of the wrong kind
        shutil.rmtree(path)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildRunning(_holder(fd)) from None
        since = datetime.now().astimezone().isoformat(timespec="seconds")
        try:
            os.ftruncate(fd, 0)
            os.write(fd, f"进程 / pid {os.getpid()}，自 / since {since}\n".encode("utf-8"))
        except OSError as e:  # a full disk: said of this file, so the message names where
            raise OSError(e.errno, e.strerror, str(path)) from e
        yield
    finally:
        os.close(fd)  # releases the lock


def _holder(fd: int) -> str:
    text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    return text or "进程号未知 / pid unknown"  # it has only just taken the lock
