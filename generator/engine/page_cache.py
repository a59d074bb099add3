"""Finished pages kept between builds (issue and place pages), and downloads made from many issues.

An issue page is a function of its parsed issue, where it lives, its problems, the theme names,
the templates and the code. Rendering 1,000 of them (text, sentence anchors, figure tables, the
chart) is half of a warm build, and adding one issue changes one of them; so each finished issue
page (chart SVG filled in) and the files that belong to it are stored under a hash of those
inputs, in a :class:`~generator.engine.cache.PickleCache` (per tool version: the code and dependencies).
Entries the last build did not use are removed. Every cached page is keyed the same way, by the
inputs its page spec declares (page_specs.py): for a place page the keys of the issues it lists and
what its charts show.

An issue's key stands for everything the issue contributes, so a download made of figures from
many issues (a theme's or a measure's zip, a year of figures) is stored under the keys of those
issues in order: :meth:`PageCache.memo`. Adding an issue remakes only the downloads it takes part
in. A place's zip is stored with its page instead.

Most cached pages of a rebuild are already in content/, byte for byte, from the build before:
``written.json`` in the cache's folder records which key each cached page and file in content/
was written from, with its size and modification time. A page whose files on disk still match is
*kept*: neither read from the cache nor compared with content/ (at 1,000 issues that is ~1,800
pages, ~200 MB read twice, two seconds of every rebuild). A record from another tool version is
ignored, and a file changed or removed since falls back to the cache.
"""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Callable, TypeVar

from .cache import PickleCache, read_ahead, tool_version, write_atomic

T = TypeVar("T")
RECORD = "written.json"


class PageCache:
    def __init__(self, root: Path | None, templates: Path, content: Path | None = None, variant: str = "") -> None:
        """``variant``: anything else every page depends on (which renderer drew the charts in it)."""
        self.cache = PickleCache(root) if root else None
        self.content = content if root else None
        self.record_path = self.cache.dir / RECORD if self.cache else None
        self.paths: dict[str, tuple[str, ...]] = {}  # key → content paths it makes, this build
        self.written: dict[str, list] = {}  # key → [[path, size, mtime_ns], ...] of the last build
        if self.content is not None and self.record_path.is_file():
            try:
                record = json.loads(self.record_path.read_text(encoding="utf-8"))
                if record.get("version") == tool_version():
                    self.written = record["pages"]
            except (ValueError, OSError, KeyError, AttributeError):
                self.written = {}
        h = hashlib.sha256(variant.encode() + b"\0")
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

    def on_disk(self, key: str) -> tuple[str, ...] | None:
        """The content paths that ``key`` made in the last build, if all are still there unchanged."""
        found = []
        for path, size, mtime in self.written.get(key, ()):
            try:
                st = os.stat(self.content / path)
            except OSError:
                return None
            if st.st_size != size or st.st_mtime_ns != mtime:
                return None
            found.append(path)
        if not found:
            return None
        self.used.add(key)
        self.paths[key] = tuple(found)
        return self.paths[key]

    def known(self, key: str) -> bool:
        """Whether the last build made a page under ``key`` (nothing is read or marked used)."""
        return key in self.written

    def made(self, key: str, paths: tuple[str, ...]) -> None:
        """``key`` made these content paths in this build (recorded by :meth:`record`)."""
        self.paths[key] = paths

    def record(self) -> None:
        """After content/ is written: what each key made, for the next build's :meth:`on_disk`."""
        if self.content is None:
            return
        pages = {}
        for key, paths in sorted(self.paths.items()):
            stats = []
            for path in paths:
                try:
                    st = os.stat(self.content / path)
                except OSError:
                    break
                stats.append([path, st.st_size, st.st_mtime_ns])
            else:
                pages[key] = stats
        if pages == self.written:
            return
        try:
            write_atomic(self.record_path, json.dumps({"version": tool_version(), "pages": pages},
                                                      separators=(",", ":")).encode("utf-8"))
        except OSError:  # the last record stays: pages changed since no longer match it and are read from the cache
            pass

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

    def read_ahead(self, memos: list[tuple[str, tuple]]):
        """Start reading what :meth:`memo` stored for these (name, inputs) (see cache.read_ahead)."""
        return read_ahead([self.cache.path(self.key("memo", name, inputs)) for name, inputs in memos]
                          if self.cache else [])

    def keep(self, name: str, inputs: tuple) -> None:
        """Keep what :meth:`memo` stored for ``name`` and ``inputs`` although this build did not need it."""
        self.used.add(self.key("memo", name, inputs))

    def later(self, key: str, page: str, files: tuple[str, ...]) -> None:
        """Store ``page`` and ``files`` once they are finished (charts are filled in last)."""
        if self.cache is not None:
            self.used.add(key)
            self.pending.append((key, page, files))
            self.made(key, (page, *files))

    def store(self, pages: dict[str, str], files: dict[str, bytes], prune: bool = True) -> None:
        if self.cache is None:
            return
        for key, page, names in self.pending:
            self.cache.put(key, (pages[page], {n: files[n] for n in names}))
        self.pending.clear()
        if prune:
            self.cache.prune(keep=self.used | {Path(RECORD).stem})  # the record lives beside the entries
