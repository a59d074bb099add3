"""How a build holds its memory: the garbage collector's settings for each stage, and memory given back.

Everything a build loads, collects and renders lives until it ends, and it makes few reference
cycles; with the collector's default settings it mostly scanned survivors again and again
(docs/performance.md, "garbage collector", "malloc_trim").
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

RENDER_GC_THRESHOLDS = (20_000, 20, 20)  # Python's defaults: 700, 10, 10
TRIM_FROM_KB = 2 * 1024 * 1024  # peak resident memory (2 GB) from which freed memory is given back


@contextmanager
def loading() -> Iterator[None]:
    """Reading the archive: no collection while it grows, and what it made is left out of later ones."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def rendering() -> Iterator[None]:
    """Making pages: what exists now is never scanned again, and cycles are collected in larger batches."""
    gc.freeze()
    thresholds = gc.get_threshold()
    gc.set_threshold(*RENDER_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def give_back_freed() -> None:
    """Return freed memory to the system (before the search index is made after the pages).

    glibc keeps freed blocks for reuse, and in a large archive the pages, their downloads and the
    figures' download lines are gigabytes of them: without this the index was built on top of them.
    Small builds skip it: trimming and faulting the pages back in costs more than it gives there.
    Only glibc has ``malloc_trim``; elsewhere nothing is done."""
    try:
        import ctypes
        import resource  # not on Windows

        if resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < TRIM_FROM_KB:  # KB on Linux
            return
        gc.collect()
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (ImportError, OSError, AttributeError):
        pass
