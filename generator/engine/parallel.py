"""Work in other processes: the one way every stage starts them.

Two shapes. :func:`workers` is a pool over many jobs (parsing files, analysing the search index,
drawing charts with vl-convert); :class:`Child` runs one function in a forked process that shares
what this one has built (the search index, two page kinds). Every process started here first ties
its life to the build (:func:`~generator.engine.lifeline.die_with_parent`), and a worker or child
that fails is never fatal: the caller does its work itself.

How a pool starts its processes is the caller's to say: ``"fork"`` shares the parent's memory
(cheap to start), ``"spawn"`` starts afresh (needed where a runtime must not be copied, such as
vl-convert's, and cheaper for a parent of gigabytes), None takes the platform's default.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .lifeline import die_with_parent

__all__ = ["BrokenProcessPool", "Child", "can_fork", "cores", "workers"]


def cores() -> int:
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a child can be forked here, and a second core would run it."""
    return cores() >= 2 and "fork" in multiprocessing.get_all_start_methods()


def workers(n: int, start: str | None = None, setup: Callable | None = None,
            setup_args: tuple = ()) -> ProcessPoolExecutor:
    """A pool of ``n`` processes started by ``start``, each running ``setup(*setup_args)`` once
    (a module-level function: a spawned worker receives it pickled)."""
    return ProcessPoolExecutor(n, mp_context=multiprocessing.get_context(start), initializer=_begin,
                               initargs=(os.getpid(), setup, setup_args))


def _begin(parent: int, setup: Callable | None, args: tuple) -> None:
    die_with_parent(parent)
    if setup is not None:
        setup(*args)


class Child:
    """A function running in a forked process; :meth:`result` waits for what it returned."""

    def __init__(self, fn: Callable) -> None:
        # a bare process and pipe, no executor: an executor's thread would still be running when a
        # later child is forked, and forking a process with threads is unsafe
        context = multiprocessing.get_context("fork")
        self._receive, send = context.Pipe(duplex=False)
        self._process = context.Process(target=_send_result, args=(fn, send, os.getpid()), daemon=True)
        self._process.start()
        send.close()

    def result(self):
        """What the function returned; None if it raised or the process died."""
        try:
            ok, value = self._receive.recv()
        except (EOFError, OSError):
            ok, value = False, None
        finally:
            self._receive.close()
            self._process.join()
        return value if ok else None

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._receive.close()


def _send_result(fn: Callable, send, parent: int) -> None:
    die_with_parent(parent)
    try:
        outcome = (True, fn())
    except Exception:  # the parent does the work itself, and reports what goes wrong then
        outcome = (False, None)
    send.send(outcome)
    send.close()
