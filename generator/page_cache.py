"""Finished pages kept between builds, for pages that depend on one issue only.

An issue page is a function of its parsed issue, where it lives, its problems, the theme names,
the templates and the code. Rendering 1,000 of them (text, sentence anchors, figure tables, the
chart) is half of a warm build, and adding one issue changes one of them; so each finished issue
page (chart SVG filled in) and the files that belong to it are stored under a hash of those
inputs. The folder is per tool version (generator.cache.tool_version hashes the code and the
dependencies), and entries not used by the last build are removed.
"""
from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

from .cache import tool_version


class PageCache:
    def __init__(self, root: Path | None, templates: Path) -> None:
        self.dir = root / tool_version()[:20] if root else None
        self.root = root
        h = hashlib.sha256()
        for path in sorted(templates.rglob("*")):
            if path.is_file():
                h.update(path.relative_to(templates).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
        self.templates = h.digest()
        self.used: set[str] = set()
        self.hits = 0
        self.pending: list[tuple[str, str, tuple[str, ...]]] = []  # (key, page, files) to store

    def key(self, *inputs: object) -> str:
        return hashlib.sha256(self.templates + pickle.dumps(inputs, protocol=5)).hexdigest()[:32]

    def get(self, key: str) -> tuple[str, dict[str, bytes]] | None:
        if self.dir is None:
            return None
        self.used.add(key)
        try:
            value = pickle.loads((self.dir / f"{key}.pickle").read_bytes())
        except Exception:  # missing or unreadable: the page is rendered again
            return None
        self.hits += 1
        return value

    def later(self, key: str, page: str, files: tuple[str, ...]) -> None:
        """Store ``page`` and ``files`` once they are finished (charts are filled in last)."""
        if self.dir is not None:
            self.used.add(key)
            self.pending.append((key, page, files))

    def store(self, pages: dict[str, str], files: dict[str, bytes]) -> None:
        if self.dir is None:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        for key, page, names in self.pending:
            tmp = self.dir / f"{key}.tmp"
            tmp.write_bytes(pickle.dumps((pages[page], {n: files[n] for n in names}), protocol=5))
            tmp.replace(self.dir / f"{key}.pickle")
        self.pending.clear()
        for old in self.dir.glob("*.pickle"):
            if old.stem not in self.used:
                old.unlink(missing_ok=True)
        for other in self.root.iterdir():  # folders of other tool versions
            if other.is_dir() and other != self.dir:
                for f in other.glob("*"):
                    f.unlink(missing_ok=True)
                other.rmdir()
