"""`jianbao build`: read → parse → extract → collect → render → mkdocs, with a summary at the end."""
from __future__ import annotations

import gc
import shutil
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .engine.cache import repair
from .extract.lexicon import keep_words_in
from .extract.themes import load_taxonomy
from .model import Problem
from .pages.database import PATH as DATABASE, start_database
from .pages.forked import start
from .pages.pages import forget_figures, original_path, render_site
from .pages.render import Site, write_site
from .search.search_index import NO_WORKERS, WORKERS, WORKERS_OR_NOTHING, build_index
from .settings import load_settings
from .site.site import run_mkdocs, site_engine
from .store.archive import Archive, load_archive
from .store.collect import collect


@dataclass
class BuildReport:
    archive: Archive
    written: list[str] = field(default_factory=list)
    pages: int = 0  # the site's pages (content/*.md)
    search_files: int = 0  # the search index's files (content/search/), counted apart from the pages
    mkdocs_ok: bool | None = None
    mkdocs_output: str = ""
    site_unchanged: bool = False  # mkdocs not run: the site was already built from these inputs
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def problems(self) -> list[Problem]:
        return self.archive.problems


def _site_assets(project: Path) -> dict[str, bytes]:
    folder = project / "site_assets"
    if not folder.is_dir():
        return {}
    return {f"assets/jianbao/{p.relative_to(folder).as_posix()}": p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def generate(project: Path, input_dir: Path, debug: bool = False, progress=None, ocr: bool = False) -> BuildReport:
    """Everything up to and including content/: no mkdocs. ``ocr`` (or the ``ocr`` setting): read scanned PDFs."""
    t0 = time.perf_counter()
    settings = load_settings(project)  # before any work: a bad setting stops the build at once
    repair(project / ".jianbao-cache")  # a file where a cache folder belongs (or the reverse) is discarded
    keep_words_in(project / ".jianbao-cache" / "lexicon")
    # Everything loaded, then collected, lives until the build ends: the garbage collector is kept
    # from scanning it again and again (docs/performance.md, "garbage collector")
    gc.disable()
    try:
        archive = load_archive(input_dir, debug=debug, progress=progress,
                               cache_dir=project / ".jianbao-cache" / "parsed", prune=True,
                               ocr=ocr or settings.ocr)
    finally:
        gc.freeze()
        gc.enable()
    t1 = time.perf_counter()
    collection = collect(archive.issues, load_taxonomy(), archive.keys)
    originals = {} if settings.originals_url else {
        original_path(entry): input_dir / entry.issue.source.path for entry in collection.issues}
    gc.freeze()
    # Rendering makes millions of objects that live until the build ends (figures, download lines,
    # pages) and few reference cycles: with the default thresholds the collector mostly scanned
    # survivors again. Cycles are still collected, only in larger batches.
    thresholds = gc.get_threshold()
    gc.set_threshold(*RENDER_GC_THRESHOLDS)
    cache = project / ".jianbao-cache"

    def index_files(workers: str = WORKERS) -> tuple[dict[str, bytes], float] | None:
        """The search index's files and the seconds they took (None: see build_index)."""
        ts = time.perf_counter()
        files = build_index(collection, cache, workers=workers)
        return None if files is None else (files, time.perf_counter() - ts)

    early = database = None
    try:
        # The index needs only the collection. Where forking is used it is made by a child forked
        # now, before the pages (forked.start), on the core this process leaves idle while it works
        # out which pages changed, analysing in that one process (a daemonic child starts no
        # processes, and both cores are busy then) up to ANALYSE_IN_CHILD_UP_TO issues; in larger
        # archives only if few documents are new.
        # Otherwise (or if the child fails) it is made here after the pages.
        in_child = NO_WORKERS if len(collection.issues) <= ANALYSE_IN_CHILD_UP_TO else WORKERS_OR_NOTHING
        early = start(lambda: index_files(in_child), len(collection.issues))
        # data/jianbao.db, if its inputs changed: made by a child forked now as well, else after the pages
        if settings.database:
            database = start_database(project / "content", cache, collection, archive.problems)
        site = render_site(collection, archive.problems, project / "templates", originals,
                           chart_cache=cache / "charts", page_cache=cache / "pages", content=project / "content",
                           settings=settings)
        site.files.update(_site_assets(project))
        if settings.database:
            site.kept.add(DATABASE)  # written into content/ itself: listed with the pages, never pruned
        # pages are written and let go before the search index is made: in a large archive they
        # and their downloads are gigabytes that the index does not need
        written = write_site(site, project / "content", prune=False)
        n_pages = len(site.pages) + sum(p.endswith(".md") for p in site.kept - set(site.pages))
        done = site.paths()
        # the database's figures, if it may be made here: otherwise nothing outlives the pages
        figures = site.lines.by_issue if database is not None else {}
        del site
        made = early.result() if early is not None else None
        if made is None:  # not made by the child
            if database is not None:
                database.finish(figures)  # before the figures are let go
            figures = {}
            forget_figures(collection)
            _give_back_freed_memory()
            made = index_files()
        index, search_seconds = made
        written += write_site(Site(files=index), project / "content", keep=done)
        if database is not None:
            database.finish(figures)
            written.append(DATABASE)
    finally:
        if early is not None:
            early.stop()  # when the build failed before it was waited for
        if database is not None:
            database.stop()
        gc.set_threshold(*thresholds)
        gc.unfreeze()
    t2 = time.perf_counter()
    report = BuildReport(archive, sorted(written), n_pages, len(index))
    report.seconds = {"read+parse": t1 - t0, "render": t2 - t1, "search": search_seconds}  # search is part of render
    return report


RENDER_GC_THRESHOLDS = (20_000, 20, 20)  # Python's defaults: 700, 10, 10
# Issues up to which a cold build's search index is analysed by the early child (forked.start), off
# the pages' critical path. Above, the child would hold every document's analysis while both other
# processes hold theirs, so the index is made after the pages (docs/performance.md, "early index").
ANALYSE_IN_CHILD_UP_TO = 2000
TRIM_FROM_KB = 2 * 1024 * 1024  # peak resident memory (2 GB) from which freed memory is given back


def _give_back_freed_memory() -> None:
    """Return the memory the pages were freed from to the system before the search index is made.

    glibc keeps freed blocks for reuse, and in a large archive the pages, their downloads and the
    figures' download lines are gigabytes of them: without this the index was built on top of them.
    Small builds skip it: trimming and faulting the pages back in costs more than it gives there
    (docs/performance.md, "malloc_trim"). Only glibc has ``malloc_trim``; elsewhere nothing is done."""
    try:
        import ctypes
        import resource  # not on Windows

        if resource.getrusage(resource.RUSAGE_SELF).ru_maxrss < TRIM_FROM_KB:  # KB on Linux
            return
        gc.collect()
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (ImportError, OSError, AttributeError):
        pass


def build(project: Path, input_dir: Path, site_dir: Path, offline: bool = False, debug: bool = False,
          progress=None, ocr: bool = False) -> BuildReport:
    site_engine()  # a wrong JIANBAO_SITE_ENGINE stops the build before any work
    report = generate(project, input_dir, debug, progress, ocr)
    t = time.perf_counter()
    result = run_mkdocs(project, site_dir, offline=offline, epoch=_newest_date_epoch(report.archive),
                        stamp=project / ".jianbao-cache" / "site-stamp")
    report.seconds["mkdocs"] = time.perf_counter() - t
    report.mkdocs_ok, report.mkdocs_output = result.ok, result.output
    report.site_unchanged = result.unchanged
    return report


def _newest_date_epoch(archive: Archive) -> int:
    """The site's timestamp (sitemap.xml.gz): the newest issue's date, so the same input gives the same bytes."""
    dates = [i.date for i in archive.issues if i.date]
    return int(datetime.fromisoformat(max(dates)).replace(tzinfo=timezone.utc).timestamp()) if dates else 0


def clean(project: Path) -> None:
    shutil.rmtree(project / ".jianbao-cache", ignore_errors=True)


def print_progress(n: int, total: int, path: Path) -> None:
    if sys.stderr.isatty() or n == total or n % 50 == 0:
        print(f"\r读取 {n}/{total}：{path.name[:40]:<40}", end="" if n < total else "\n", file=sys.stderr)
