"""Read stage over a whole folder: every bulletin file → an enriched Issue, or a Problem.

As in Pelican, a bad file is reported with its path and the reason, and the rest goes on. A
metadata sidecar (``X.meta.yml`` beside ``X``, see :mod:`generator.sidecar`) corrects what the
text lacks or gets wrong. With a cache folder, unchanged files are not parsed again
(:mod:`generator.cache`), and many changed files are parsed by two processes.
"""
from __future__ import annotations

import gc
import os
import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path

from .extract import enrich
from .model import Issue, Problem
from .parse import parse_text
from .readers import FORMATS, MAX_BYTES, ReadError, read_document
from .sidecar import SUFFIX, apply_sidecar, bulletin_of, is_sidecar, read_sidecar, sidecar_path
from .themes import Theme, load_taxonomy

PARALLEL_FROM = 20  # parse in two worker processes when more files than this miss the cache
OVERLAP_FROM = 100  # with this many cached files, parse even one new file in a worker meanwhile
WORKERS = 2


def _visible(folder: Path, path: Path) -> bool:
    rel = path.relative_to(folder)
    return not any(part.startswith(".") for part in rel.parts) and path.is_file()


def bulletin_files(folder: Path) -> list[Path]:
    """Bulletin files under ``folder``, sorted, skipping READMEs, sidecars and hidden files."""
    found = []
    for path in sorted(folder.rglob("*")):
        if not _visible(folder, path) or is_sidecar(path):
            continue
        if path.suffix.lower() in FORMATS and not path.stem.upper().startswith("README"):
            found.append(path)
    return found


def orphan_sidecars(folder: Path, files: list[Path]) -> list[Problem]:
    """Sidecars with no bulletin of their name: their corrections would silently be lost."""
    bulletins = set(files)
    problems = []
    for path in sorted(folder.rglob("*")):
        if not _visible(folder, path) or not is_sidecar(path):
            continue
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


def load_issue(path: Path, taxonomy: tuple[Theme, ...] | None = None, debug: bool = False,
               name: str | None = None, ocr: bool = False) -> tuple[Issue | None, list[Problem]]:
    """Read, parse and extract one file, applying its sidecar. Never raises: failures come back as problems.

    ``name`` is how the file is shown (its path inside the input folder), so pages and reports
    do not depend on where the archive happens to live on disk. ``ocr``: read scanned PDFs by OCR.
    """
    path = Path(path)
    name = name or str(path)
    sidecar, side_problems = None, []
    if sidecar_path(path).is_file():
        sidecar, side_problems = read_sidecar(sidecar_path(path), name + SUFFIX)
    try:
        doc = read_document(path, ocr=ocr)
    except ReadError as e:
        return None, [Problem(name, None, "error", e.reason, transient=e.transient)] + side_problems
    try:
        issue = parse_text(doc.text, replace(doc.source, path=name))
        if sidecar is not None:
            issue = apply_sidecar(issue, sidecar)
        issue = enrich(issue, taxonomy, debug)
    except Exception as e:  # a parser bug must not take the archive down with it
        detail = traceback.format_exc() if debug else f"{type(e).__name__}: {e}"
        return None, [Problem(name, None, "error", f"解析失败（程序错误，请报告）/ parser failure: {detail}")] + side_problems
    extra = [Problem(name, None, "warning", w, transient=doc.transient) for w in doc.warnings]
    return issue, extra + list(issue.problems) + side_problems


def _start_worker(words: Path | None, many: bool) -> None:
    from . import lexicon

    lexicon.keep_words_in(words)  # the user words weighed by an earlier build, not weighed again
    lexicon.expect_many_texts(many)


def _load_in_worker(job: tuple[str, str, bool, bool]) -> tuple[Issue | None, list[Problem]]:
    path, name, debug, ocr = job
    return load_issue(Path(path), load_taxonomy(), debug, name, ocr)


@dataclass
class Archive:
    issues: list[Issue] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cache_hits: int = 0
    parsed: list[str] = field(default_factory=list)  # names of the files parsed (not from the cache)
    keys: dict[str, str] = field(default_factory=dict)  # name → parse-cache key, of every issue read

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def _cache_key(path: Path, name: str, debug: bool, ocr: bool) -> str | None:
    from .cache import entry_key

    try:
        if path.stat().st_size > MAX_BYTES:
            return None  # refused by the reader at once: not worth reading to hash
        data = path.read_bytes()
        side = sidecar_path(path)
        if side.is_file() and side.stat().st_size > MAX_BYTES:
            return None
        # OCR changes only what a PDF reads as: other files keep their entries when it is switched
        return entry_key(name, data, side.read_bytes() if side.is_file() else None, debug,
                         ocr and path.suffix.lower() == ".pdf")
    except OSError:
        return None


def load_archive(folder: Path, debug: bool = False, progress=None, cache_dir: Path | None = None,
                 workers: int = WORKERS, prune: bool = False, ocr: bool = False) -> Archive:
    """Every bulletin of ``folder`` in sorted order; with ``cache_dir``, unchanged files come from the cache.

    Files missing from the cache are parsed by worker processes (two when there are more than
    ``PARALLEL_FROM``) while this process loads the cached ones, so adding one issue to a large
    archive costs about the larger of the two, not their sum. Results keep the sorted order.
    ``prune`` (the build) drops the cache entries of files no longer in ``folder``. ``ocr``: read
    scanned PDFs by OCR. A result that depends on this machine (a transient problem: a program not
    installed) is not cached, so installing the program is enough for the next build to read the file.
    """
    archive = Archive()
    taxonomy = load_taxonomy()
    files = bulletin_files(folder)
    names = [path.relative_to(folder).as_posix() for path in files]
    results: list[tuple[Issue | None, list[Problem]] | None] = [None] * len(files)
    cache = None
    keys: list[str | None] = [None] * len(files)
    if cache_dir is not None:
        from .cache import PickleCache, read_ahead

        cache = PickleCache(cache_dir)
        reading = read_ahead([*files, *cache.entries()])
        keys = [_cache_key(path, name, debug, ocr) for path, name in zip(files, names)]
        reading.join()  # before any worker process is forked
    stored = [i for i, key in enumerate(keys) if key is not None and cache.has(key)]
    missing = sorted(set(range(len(files))) - set(stored))
    done = 0

    def finished(i: int, result: tuple[Issue | None, list[Problem]], parsed: bool) -> None:
        nonlocal done
        results[i] = result
        if parsed:
            archive.parsed.append(names[i])
            if cache is not None and keys[i] is not None and not any(p.transient for p in result[1]):
                cache.put(keys[i], result)
        done += 1
        if progress and (parsed or done == len(files)):
            progress(done, len(files), files[i])

    pool = parsed_in_pool = None
    workers = min(workers, os.cpu_count() or 1)
    if missing and workers > 1 and (len(missing) > PARALLEL_FROM or len(stored) >= OVERLAP_FROM):
        from concurrent.futures import ProcessPoolExecutor

        from . import lexicon

        many = len(missing) > PARALLEL_FROM
        pool = ProcessPoolExecutor(max_workers=workers if many else 1, initializer=_start_worker,
                                   initargs=(lexicon.words_folder(), many))
        jobs = [(str(files[i]), names[i], debug, ocr) for i in missing]
        parsed_in_pool = pool.map(_load_in_worker, jobs, chunksize=1 if len(jobs) < 50 else 4)
    try:
        # Unpickling makes ~1,500 objects an issue and no garbage: without this the collector
        # would scan the growing heap again and again (measured: 1.5-2x slower at 1,000 issues).
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
            except Exception:  # a worker died (out of memory?): what is left is read here, one at a time
                pass
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    archive.cache_hits = len(files) - len(missing)
    for i in sorted(missing):
        if results[i] is None:
            finished(i, load_issue(files[i], taxonomy, debug, name=names[i], ocr=ocr), parsed=True)
    archive.parsed.sort()
    for (issue, problems), key in zip(results, keys):
        if issue is not None:
            archive.issues.append(issue)
            if key is not None:
                archive.keys[issue.source.path] = key
        archive.problems.extend(problems)
    archive.problems.extend(orphan_sidecars(folder, files))
    if cache is not None:
        cache.prune(keep={k for k in keys if k is not None} if prune else None)
    return archive
