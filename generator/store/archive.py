"""Read stage over a whole folder: every bulletin file → an enriched Issue, or a Problem.

As in Pelican, a bad file is reported with its path and the reason, and the rest goes on. A
metadata sidecar (``X.meta.yml`` beside ``X``, see :mod:`generator.read.sidecar`) corrects what the
text lacks or gets wrong. With a cache folder, unchanged files are not parsed again
(:mod:`generator.engine.cache`), and many changed files are parsed by two processes.
"""
from __future__ import annotations

import gc
import hashlib
import os
import re
import traceback
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..extract.extract import enrich
from ..extract.themes import Theme, load_taxonomy
from ..model import Issue, Problem
from ..parse import parse_text
from ..read.files import read_listed
from ..read.readers import FORMATS, MAX_BYTES, ReadError, read_document
from ..read.sidecar import SUFFIX, apply_sidecar, bulletin_of, has_sidecar, is_sidecar, read_sidecar, sidecar_path

PARALLEL_FROM = 20  # parse in two worker processes when more files than this miss the cache
OVERLAP_FROM = 100  # with this many cached files, parse even one new file in a worker meanwhile
WORKERS = 2


@dataclass
class Listing:
    """What a walk of the input folder found: bulletin files and sidecars (regular files, not
    hidden), and problems (symbolic links, folders that cannot be listed)."""

    files: list[Path] = field(default_factory=list)
    sidecars: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def list_folder(folder: Path) -> Listing:
    """Every file the build reads from ``folder``, sorted, skipping READMEs and hidden files.

    Symbolic links are never followed, whether to a file or a folder: one leaving the folder would
    publish what it points to (``ln -s /etc/passwd p.txt`` became an issue and an original), and
    one pointing inside it would publish a file twice under two names, or be re-pointed outside
    between this check and the read. So every link is refused: an error when it leaves the folder
    (or points nowhere), a warning when its target is inside (read under its own name). A hard
    link cannot be told from a file and is read as one."""
    listing = Listing()
    links: list[Path] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as entries:
                for entry in entries:
                    if entry.name.startswith("."):
                        continue
                    path = Path(entry.path)
                    if entry.is_symlink():
                        links.append(path)
                    elif entry.is_dir(follow_symlinks=False):
                        if not _saved_page_assets(path):
                            pending.append(path)
                    elif entry.is_file(follow_symlinks=False):
                        if is_sidecar(path):
                            listing.sidecars.append(path)
                        elif path.suffix.lower() in FORMATS and not path.stem.upper().startswith("README"):
                            listing.files.append(path)
        except OSError as e:
            name = current.relative_to(folder).as_posix()
            listing.problems.append(Problem(name, None, "error", f"无法读取文件夹，其中的简报未读取 / cannot list this "
                                                                 f"folder, its bulletins were not read: {e.strerror or e}"))
    listing.files.sort()
    listing.sidecars.sort()
    root = os.path.realpath(folder)
    for link in sorted(links):
        if not (link.suffix.lower() in FORMATS or is_sidecar(link) or link.is_dir()):
            continue  # a link the build would not read anyway
        name = link.relative_to(folder).as_posix()
        if _inside(os.path.realpath(link), root) and link.exists():
            listing.problems.append(Problem(name, None, "warning", "符号链接，未读取：它指向的简报文件夹内的文件按本名读取"
                                                                   " / symbolic link not read: its target inside the "
                                                                   "folder is read under its own name"))
        else:  # the target is not named: the problems are published on the data-quality page
            listing.problems.append(Problem(name, None, "error", "符号链接指向简报文件夹之外（或不存在），拒绝读取；"
                                                                 "请把文件本身复制进简报文件夹 / symbolic link leaving "
                                                                 "the input folder (or broken): refused; copy the file "
                                                                 "itself into the folder"))
    return listing


def _saved_page_assets(folder: Path) -> bool:
    """``page_files/`` beside ``page.html``: the images, scripts and frames a browser saved with the page."""
    for tail in ("_files", ".files"):
        if folder.name.endswith(tail) and len(folder.name) > len(tail):
            stem = folder.name[: -len(tail)]
            if any((folder.parent / (stem + suffix)).is_file() for suffix in (".html", ".htm")):
                return True
    return False


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def outside_problem(path: Path, folder: Path, name: str) -> Problem | None:
    """A problem if ``path`` is (now) a link, or reached through one out of ``folder``: checked
    again just before a file listed earlier is read, in case it was replaced meanwhile."""
    if os.path.islink(path) or not _inside(os.path.realpath(path), os.path.realpath(folder)):
        return Problem(name, None, "error", "文件是符号链接或在简报文件夹之外，拒绝读取 / a symbolic link or a path "
                                            "leaving the input folder: refused")
    return None


def bulletin_files(folder: Path) -> list[Path]:
    """Bulletin files under ``folder``, sorted, skipping READMEs, sidecars, hidden files and links."""
    return list_folder(folder).files


def orphan_sidecars(folder: Path, files: list[Path], sidecars: list[Path] | None = None) -> list[Problem]:
    """Sidecars with no bulletin of their name: their corrections would silently be lost."""
    bulletins = set(files)
    problems = []
    for path in list_folder(folder).sidecars if sidecars is None else sidecars:
        target = bulletin_of(path)
        if path.name.endswith(SUFFIX) and target in bulletins:
            continue
        name = path.relative_to(folder).as_posix()
        # 2018-吕梁-报纸.meta.yml (no extension) or .meta.yaml: say which name it should have
        guesses = [b for b in files if b.parent == path.parent and (b.stem == target.name or b == target)]
        hint = (f"应命名为 {sidecar_path(guesses[0]).name}" if len(guesses) == 1
                else f"附注文件应命名为“简报文件全名{SUFFIX}”")
        problems.append(Problem(name, None, "error", f"附注文件没有对应的简报文件，未采用：{hint} / "
                                                      f"sidecar matches no bulletin: name it <bulletin file name>{SUFFIX}"))
    return problems


def text_digest(text: str) -> str:
    """A hash of a bulletin's text as a reader sees it: NFKC, no whitespace. The same bulletin
    under another name, in another encoding or with other line breaks has the same digest."""
    # CJK ideographs are NFKC already: only the runs between them are normalised, half the time
    folded = _NOT_IDEOGRAPHS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    return hashlib.sha256("".join(folded.split()).encode("utf-8", "surrogatepass")).hexdigest()


_NOT_IDEOGRAPHS = re.compile(r"[^\u4e00-\u9fff]+")


Loaded = tuple["Issue | None", "list[Problem]", "str | None"]  # issue, problems, text digest


def load_issue(path: Path, taxonomy: tuple[Theme, ...] | None = None, debug: bool = False,
               name: str | None = None, folder: Path | None = None,
               ocr: bool = False) -> tuple[Issue | None, list[Problem]]:
    """Read, parse and extract one file, applying its sidecar. Never raises: failures come back as problems.

    ``name`` is how the file is shown (its path inside the input folder), so pages and reports
    do not depend on where the archive happens to live on disk. ``folder``: the input folder the
    file was listed in, which it must not leave (see :func:`list_folder`). ``ocr``: read scanned PDFs by OCR.
    """
    issue, problems, _ = _load(path, taxonomy, debug, name, folder, ocr)
    return issue, problems


def _load(path: Path, taxonomy: tuple[Theme, ...] | None, debug: bool, name: str | None,
          folder: Path | None, ocr: bool = False) -> Loaded:
    """:func:`load_issue`, with the digest of the text read (None when nothing was read)."""
    path = Path(path)
    name = name or str(path)
    if folder is not None and (refused := outside_problem(path, folder, name)):
        return None, [refused], None
    sidecar, side_problems = None, []
    if _sidecar_to_read(path, folder):
        sidecar, side_problems = read_sidecar(sidecar_path(path), name + SUFFIX)
    try:
        doc = read_document(path, ocr=ocr)
    except ReadError as e:
        return None, [Problem(name, None, "error", e.reason, transient=e.transient)] + side_problems, None
    digest = text_digest(doc.text)
    try:
        issue = parse_text(doc.text, replace(doc.source, path=name))
        if sidecar is not None:
            issue = apply_sidecar(issue, sidecar)
        issue = enrich(issue, taxonomy, debug)
    except Exception as e:  # a parser bug must not take the archive down with it
        detail = traceback.format_exc() if debug else f"{type(e).__name__}: {e}"
        return None, [Problem(name, None, "error", f"解析失败（程序错误，请报告）/ parser failure: {detail}")] + side_problems, digest
    extra = [Problem(name, None, "warning", w, transient=doc.transient) for w in doc.warnings]
    return issue, extra + list(issue.problems) + side_problems, digest


def _sidecar_to_read(path: Path, folder: Path | None) -> bool:
    """Whether ``path`` has a sidecar to read: in an input folder, not a link (list_folder reports it)."""
    return has_sidecar(path) and (folder is None or not os.path.islink(sidecar_path(path)))


def _start_worker(words: Path | None, many: bool) -> None:
    from ..extract import lexicon

    lexicon.keep_words_in(words)  # the user words weighed by an earlier build, not weighed again
    lexicon.expect_many_texts(many)


def _load_in_worker(job: tuple[str, str, bool, str, bool]) -> Loaded:
    path, name, debug, folder, ocr = job
    return _load(Path(path), load_taxonomy(), debug, name, Path(folder), ocr)


@dataclass
class Archive:
    issues: list[Issue] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cache_hits: int = 0
    parsed: list[str] = field(default_factory=list)  # names of the files parsed (not from the cache)
    keys: dict[str, str] = field(default_factory=dict)  # name → parse-cache key, of every issue read
    texts: dict[str, str] = field(default_factory=dict)  # text digest → name of the file published with it

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _cache_key(path: Path, name: str, debug: bool, folder: Path, ocr: bool = False) -> str | None:
    from ..engine.cache import entry_key

    try:
        if path.stat().st_size > MAX_BYTES:
            return None  # refused by the reader at once: not worth reading to hash
        data = read_listed(path)
        side = sidecar_path(path) if _sidecar_to_read(path, folder) else None
        if side is not None and side.stat().st_size > MAX_BYTES:
            return None
        # OCR changes only what a PDF reads as: other files keep their entries when it is switched
        return entry_key(name, data, side.read_bytes() if side is not None else None, debug,
                         ocr and path.suffix.lower() == ".pdf")
    except OSError:
        return None


def load_archive(folder: Path, debug: bool = False, progress=None, cache_dir: Path | None = None,
                 workers: int = WORKERS, prune: bool = False, ocr: bool = False) -> Archive:
    """Every bulletin of ``folder`` in sorted order; with ``cache_dir``, unchanged files come from the cache.

    Files missing from the cache are parsed by worker processes (two when there are more than
    ``PARALLEL_FROM``) while this process loads the cached ones, so adding one issue to a large
    archive costs about the larger of the two, not their sum. Results keep the sorted order.
    ``prune`` (the build) drops the cache entries of files no longer in ``folder``.
    """
    archive = Archive()
    taxonomy = load_taxonomy()
    listing = list_folder(folder)
    files = listing.files
    names = [path.relative_to(folder).as_posix() for path in files]
    results: list[Loaded | None] = [None] * len(files)
    cache = None
    keys: list[str | None] = [None] * len(files)
    if cache_dir is not None:
        from ..engine.cache import PickleCache, read_ahead

        cache = PickleCache(cache_dir)
        reading = read_ahead([*files, *cache.entries()])
        keys = [_cache_key(path, name, debug, folder, ocr) for path, name in zip(files, names)]
        reading.join()  # before any worker process is forked
    stored = [i for i, key in enumerate(keys) if key is not None and cache.has(key)]
    missing = sorted(set(range(len(files))) - set(stored))
    done = 0

    def finished(i: int, result: Loaded, parsed: bool) -> None:
        nonlocal done
        results[i] = result
        if parsed:
            archive.parsed.append(names[i])
            # a result that depends on this machine (a program not installed) is not cached
            if cache is not None and keys[i] is not None and not any(p.transient for p in result[1]):
                cache.put(keys[i], result)
        done += 1
        if progress and (parsed or done == len(files)):
            progress(done, len(files), files[i])

    from ..engine import parallel

    pool = parsed_in_pool = None
    workers = min(workers, parallel.cores())
    if missing and workers > 1 and (len(missing) > PARALLEL_FROM or len(stored) >= OVERLAP_FROM):
        from ..extract import lexicon

        many = len(missing) > PARALLEL_FROM
        pool = parallel.workers(workers if many else 1, setup=_start_worker,
                                setup_args=(lexicon.words_folder(), many))
        jobs = [(str(files[i]), names[i], debug, str(folder), ocr) for i in missing]
        parsed_in_pool = pool.map(_load_in_worker, jobs, chunksize=1 if len(jobs) < 50 else 4)
    try:
        # Unpickling makes many objects an issue and no garbage: without this the collector
        # would scan the growing heap again and again.
        collecting = gc.isenabled()
        gc.disable()
        try:
            for i in stored:
                value = cache.get(keys[i])
                if value is None:  # corrupt entry: parsed again below
                    missing.append(i)
                else:
                    finished(i, value, parsed=False)
        finally:
            if collecting:
                gc.enable()
        if pool is not None:
            try:
                for i, result in zip(list(missing), parsed_in_pool):
                    finished(i, result, parsed=True)
            except parallel.BrokenProcessPool:  # a worker died (out of memory?): what is left is read here, one at a time
                pass
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    archive.cache_hits = len(files) - len(missing)
    for i in sorted(missing):
        if results[i] is None:
            finished(i, _load(files[i], taxonomy, debug, names[i], folder, ocr), parsed=True)
    archive.parsed.sort()
    for (issue, problems, digest), key in zip(results, keys):
        if issue is not None and digest in archive.texts:  # the first by sorted path is published
            first = archive.texts[digest]
            problems = [*problems, Problem(issue.source.path, None, "warning", f"与 {first} 内容相同（文字一致），"
                                           f"只发布 {first}；请删除其中一份 / same text as {first}: published once, "
                                           f"as {first}; remove one of them")]
        elif issue is not None:
            archive.issues.append(issue)
            archive.texts[digest] = issue.source.path
            if key is not None:
                archive.keys[issue.source.path] = key
        archive.problems.extend(problems)
    archive.problems.extend(listing.problems)
    archive.problems.extend(orphan_sidecars(folder, files, listing.sidecars))
    if cache is not None:
        cache.prune(keep={k for k in keys if k is not None} if prune else None)
    return archive
