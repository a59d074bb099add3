"""The search stage of a build: the index made beside the pages where it can be, after them where not.

The index needs only the collection. Where forking is used it is made by a child forked before the
pages (pages.forked.start), on the core this process leaves idle while it works out which pages
changed, analysing in that one process (a daemonic child starts no processes, and both cores are
busy then) up to ANALYSE_IN_CHILD_UP_TO issues; in larger archives only if few documents are new.
Otherwise, or if the child fails, it is made here once the pages are written and let go.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from ..pages.forked import start
from ..store.collect import Collection
from .search_index import NO_WORKERS, WORKERS, WORKERS_OR_NOTHING, build_index

# Above this many issues the child would hold every document's analysis while both other processes
# hold theirs, so the index is made after the pages (docs/performance.md, "early index").
ANALYSE_IN_CHILD_UP_TO = 2000


class Indexing:
    """The index's files being made: :meth:`finish` gives them, with the seconds they took."""

    def __init__(self, collection: Collection, cache: Path) -> None:
        self._collection, self._cache = collection, cache
        n = len(collection.issues)
        in_child = NO_WORKERS if n <= ANALYSE_IN_CHILD_UP_TO else WORKERS_OR_NOTHING
        self._child = start(lambda: self._files(in_child), n)

    def _files(self, workers: str) -> tuple[dict[str, bytes], float] | None:
        begun = time.perf_counter()
        files = build_index(self._collection, self._cache, workers=workers)
        return None if files is None else (files, time.perf_counter() - begun)

    def finish(self, before_here: Callable[[], None]) -> tuple[dict[str, bytes], float]:
        """The child's files; if it made none, ``before_here()`` (let the pages' memory go), then here."""
        made = self._child.result() if self._child is not None else None
        if made is None:
            before_here()
            made = self._files(WORKERS)
        return made

    def stop(self) -> None:
        """End the child of a build that failed before it was waited for."""
        if self._child is not None:
            self._child.stop()
