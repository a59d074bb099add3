"""Finished pages kept between builds (issue and place pages), and downloads made from many issues.

An issue page is a function of its parsed issue, where it lives, its problems, the theme names,
the templates and the code. Rendering 1,000 of them (text, sentence anchors, figure tables, the
chart) is half of a warm build, and adding one issue changes one of them; so each finished issue
page (chart SVG filled in) and the files that belong to it are stored under a hash of those
inputs, in a :class:`~generator.cache.PickleCache` (per tool version: the code and dependencies).
Entries the last build did not use are removed. A place page is keyed the same way, by the keys of
the issues it lists and what its charts show (pages.places).

An issue's key stands for everything the issue contributes, so a download made of figures from
many issues (a theme's or a measure's zip, a year of figures) is stored under the keys of those
issues in order: :meth:`PageCache.memo`. Adding an issue remakes only the downloads it takes part
in. A place's zip is stored with its page instead.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, TypeVar

from .cache import PickleCache

T = TypeVar("T")


class PageCache:
    def __init__(self, root: Path | None, templates: Path) -> None:
        self.cache = PickleCache(root) if root else None
        h = hashlib.sha256()
        for path in sorted(templates.rglob("*")):
            if path.is_file():
                h.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        self.templates = h.digest()
        self.used: set[str] = set()
        self.pending: list[tuple[str, str, tuple[str, ...]]] = []  # (key, page, files) to store

    def key(self, *inputs: object) -> str:
        # repr, not pickle: pickle's bytes depend on which equal objects are shared, so an issue
        # parsed in this build and the same issue loaded from the parse cache got different keys
        # (every new issue's pages were made twice). The model is frozen dataclasses, tuples and
        # strings, whose repr shows every field.
        return hashlib.sha256(self.templates + repr(inputs).encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def get(self, key: str) -> tuple[str, dict[str, bytes]] | None:
        """(page text, {path: bytes}) stored by an earlier build, or None."""
        if self.cache is None:
            return None
        self.used.add(key)
        return self.cache.get(key)

    def memo(self, name: str, inputs: tuple, make: Callable[[], T]) -> T:
        """``make()``, or what it returned in an earlier build for the same ``name`` and ``inputs``
        (issue keys: see the module docstring)."""
        if self.cache is None:
            return make()
        key = self.key("memo", name, inputs)
        self.used.add(key)
        value = self.cache.get(key)
        if value is None:
            value = make()
            self.cache.put(key, value)
        return value

    def later(self, key: str, page: str, files: tuple[str, ...]) -> None:
        """Store ``page`` and ``files`` once they are finished (charts are filled in last)."""
        if self.cache is not None:
            self.used.add(key)
            self.pending.append((key, page, files))

    def store(self, pages: dict[str, str], files: dict[str, bytes]) -> None:
        if self.cache is None:
            return
        for key, page, names in self.pending:
            self.cache.put(key, (pages[page], {n: files[n] for n in names}))
        self.pending.clear()
        self.cache.prune(keep=self.used)
