"""`jianbao build`: read → parse → extract → collect → render → mkdocs, with a summary at the end."""
from __future__ import annotations

import shutil
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from .engine import memory
from .engine.cache import repair
from .extract.lexicon import keep_words_in
from .extract.themes import load_taxonomy
from .model import Problem
from .pages.database import PATH as DATABASE, start_database
from .pages.pages import forget_figures, original_path, render_site
from .pages.render import Site, write_site
from .search.indexing import Indexing
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
    cache, content = project / ".jianbao-cache", project / "content"
    repair(cache)  # a file where a cache folder belongs (or the reverse) is discarded
    keep_words_in(cache / "lexicon")
    with memory.loading():
        archive = load_archive(input_dir, debug=debug, progress=progress, cache_dir=cache / "parsed", prune=True,
                               ocr=ocr or settings.ocr)
    t1 = time.perf_counter()
    collection = collect(archive.issues, load_taxonomy(), archive.keys)
    originals = {} if settings.originals_url else {
        original_path(entry): input_dir / entry.issue.source.path for entry in collection.issues}
    with memory.rendering():
        index = Indexing(collection, cache)  # beside the pages where it can be
        # data/jianbao.db, if its inputs changed: made beside the pages as well, else after them
        database = start_database(content, cache, collection, archive.problems) if settings.database else None
        try:
            site = render_site(collection, archive.problems, project / "templates", originals,
                               chart_cache=cache / "charts", page_cache=cache / "pages", content=content,
                               settings=settings)
            site.files.update(_site_assets(project))
            if settings.database:
                site.kept.add(DATABASE)  # written into content/ itself: listed with the pages, never pruned
            # pages are written and let go before the search index is made here: in a large archive
            # they and their downloads are gigabytes that the index does not need
            written = write_site(site, content, prune=False)
            n_pages = len(site.pages) + sum(p.endswith(".md") for p in site.kept - set(site.pages))
            done = site.paths()
            figures = site.lines.by_issue if database is not None else {}  # the database's, if made here
            del site

            def let_go() -> None:
                nonlocal figures
                if database is not None:
                    database.finish(figures)  # before the figures are let go
                figures = {}
                forget_figures(collection)
                memory.give_back_freed()

            files, search_seconds = index.finish(before_here=let_go)
            written += write_site(Site(files=files), content, keep=done)
            if database is not None:
                database.finish(figures)
                written.append(DATABASE)
        finally:
            index.stop()  # when the build failed before it was waited for
            if database is not None:
                database.stop()
    t2 = time.perf_counter()
    report = BuildReport(archive, sorted(written), n_pages, len(files))
    report.seconds = {"read+parse": t1 - t0, "render": t2 - t1, "search": search_seconds}  # search is part of render
    return report


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
