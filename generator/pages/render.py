"""Render stage: Jinja2 templates → pages in content/.

A generated page is a Markdown file whose body is HTML: front matter with its title and
``jianbao: html``, then the HTML the template produced. Raw HTML is valid Markdown, so content/
stays an ordinary mkdocs docs_dir, but our mkdocs plugin (generator/site/mkdocs_plugin.py) hands the
body to the theme as it is instead of running Python-Markdown over it: converting Markdown cost
0.7 s a megabyte, most of a 1,000-issue build (see tools/bench.py). Hand-written pages (about.md)
are Markdown as usual.

Templates autoescape everything they print (bulletin text is data); only links built here and
chart SVGs are trusted HTML. Pages are gathered in memory first, then written; a file is rewritten
only when its bytes change, and generated files that are no longer produced are removed
(hand-written pages are never touched).
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import jinja2
from markupsafe import Markup, escape

from .. import __version__
from ..engine.cache import write_atomic
from ..read.files import read_listed
from ..settings import Settings
from .display import amount, cn_date, num
from .links import page_url

MANIFEST = ".generated"


def front_matter(title: str) -> str:
    """YAML front matter for a generated page.

    The title is HTML-escaped, as mkdocs' own titles from Markdown headings are: Material prints
    ``page.meta.title`` unescaped in the header. It is written as a JSON string (valid YAML),
    with anything unprintable escaped, so bulletin text cannot end the block or add keys."""
    quoted = "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}"
                     for ch in json.dumps(html.escape(title, quote=False), ensure_ascii=False))
    return f"---\ntitle: {quoted}\njianbao: html\n---\n\n"


def _env(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(version=__version__)
    env.filters["cn_date"] = cn_date
    env.filters["num"] = num
    env.filters["amount"] = amount  # 1,860 万株: what pages show (downloads keep base units)
    env.globals["kind_names"] = KIND_NAMES
    return env


KIND_NAMES = {"actual": "实际", "target": "目标", "policy": "政策标准", "other": "其他"}


@dataclass
class Site:
    """The pages of one build, gathered before anything is written."""

    pages: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    copies: dict[str, Path] = field(default_factory=dict)  # published as they are (originals), read when written
    charts: list = field(default_factory=list)  # charts.Chart, rendered once every page is gathered
    chart_renderer: Any = None  # charts.ChartRenderer: draws charts as pages register them; counts them
    page_cache: Any = None  # page_cache.PageCache: finished issue pages from earlier builds
    issue_keys: dict[str, str] = field(default_factory=dict)  # issue page → its page-cache key
    neighbours: dict[str, tuple] = field(default_factory=dict)  # issue page → (previous, next) entry
    kept: set[str] = field(default_factory=set)  # pages and files already in content/ as they must be
    lines: Any = None  # downloads.FigureLines: each issue's figures as download lines (set by pages.issue_keys)
    settings: Settings = field(default_factory=Settings)  # the project's (settings.py)

    def sources(self, figures) -> tuple[str, ...]:
        """The keys of the issues ``figures`` come from, in their order: what a download of these
        figures is made of (see page_cache.py)."""
        keys, last = [], None
        for f in figures:
            if f.ref.entry.page != last:
                last = f.ref.entry.page
                keys.append(self.issue_keys[last])
        return tuple(keys)

    def figures_zip(self, path: str, member: str, figures) -> None:
        """``path``: a zip holding ``member``, the CSV of ``figures`` (made with its page, which is
        cached by the same issue keys)."""
        from .downloads import zip_bytes

        self.files[path] = zip_bytes({member: self.lines.csv(figures)})

    def add(self, path: str, text: str) -> None:
        self.pages[path] = text

    def paths(self) -> set[str]:
        """Every content path of the site: pages, files, originals and pages kept as they are."""
        return set(self.pages) | set(self.files) | set(self.copies) | self.kept

    def reuse(self, key: str, path: str) -> bool:
        """Add page ``path`` and its files as an earlier build finished them under ``key``, if it did:
        left in content/ when they are still there as written (page_cache.py), else from the cache."""
        on_disk = self.page_cache.on_disk(key)  # the key names the page, so its paths include ``path``
        if on_disk:
            self.kept.update(on_disk)
            return True
        cached = self.page_cache.get(key)
        if cached:
            self.add(path, cached[0])
            self.files.update(cached[1])
            self.page_cache.made(key, (path, *cached[1]))
        return bool(cached)

    def chart(self, chart):
        """Register a chart (None is allowed and ignored); its CSV is written beside the page."""
        if chart is not None:
            from .downloads import FIGURE_COLUMNS, csv_bytes, figure_record

            self.charts.append(chart)
            if self.chart_renderer is not None:
                self.chart_renderer.submit(chart)  # drawn by a worker while pages are still being made
            # made here: a chart's few figures come from many issues, whose stored lines would all be read
            self.files[chart.csv] = csv_bytes([figure_record(f) for f in chart.figures], FIGURE_COLUMNS)
        return chart


class Renderer:
    def __init__(self, templates: Path) -> None:
        self.env = _env(templates)

    def page(self, template: str, path: str, title: str, **context: Any) -> str:
        """A page: front matter with ``title``, then the template's HTML."""
        def link(text: object, target: str) -> Markup:
            # not Markup.format: string.Formatter made this a quarter of rendering a place page
            href = target if _ABSOLUTE.match(target) else page_url(path, target)  # e.g. a linked original
            return Markup(f'<a href="{escape(href)}">{escape(text)}</a>')

        def url(target: str) -> str:
            return page_url(path, target)

        body = self.env.get_template(template).render(page=path, link=link, url=url, title=title, **context)
        return front_matter(title) + _tidy(body)


_BLANK_LINES = re.compile(r"\n{2,}")
_ABSOLUTE = re.compile(r"(?:https?|file)://", re.I)


def _tidy(html: str) -> str:
    # template control lines leave blank lines; one newline between blocks is enough
    return _BLANK_LINES.sub("\n", html).lstrip("\n")


def write_site(site: Site, content: Path, on_write: Callable[[str], None] | None = None, *,
               prune: bool = True, keep: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Write changed pages into ``content``; return the paths actually written.

    With ``prune``, generated files that are neither in ``site`` nor in ``keep`` (written by an
    earlier call in the same build) are removed and the manifest is written.

    Paths new to the manifest are added to it before anything is written: a build that fails
    part way (a full disk) or is killed leaves no file in content/ that the manifest does not
    name, so the next build prunes what it does not make again (such orphans once broke every
    later build with fewer issues: mkdocs found pages linking to pages that no longer exist)."""
    content.mkdir(parents=True, exist_ok=True)
    manifest = content / MANIFEST
    current = site.paths()
    listed = manifest.read_text(encoding="utf-8") if manifest.exists() else ""
    previous = set(listed.split("\n")) - {""}
    if not current <= previous:
        listed = "\n".join(sorted(previous | current)) + "\n"
        write_atomic(manifest, listed.encode("utf-8"))
        previous |= current
    written = []
    for rel in sorted(current):
        if rel in site.kept and rel not in site.pages and rel not in site.files:
            continue
        # one file's bytes at a time: in a large archive the pages alone are over a gigabyte
        if rel in site.pages:
            data = site.pages[rel].encode("utf-8")
        elif rel in site.files:
            data = site.files[rel]
        else:
            data = read_listed(site.copies[rel])  # an original, never through a link (archive.list_folder)
        target = content / rel
        if target.exists() and target.stat().st_size == len(data) and target.read_bytes() == data:
            continue
        write_atomic(target, data)
        written.append(rel)
        if on_write:
            on_write(rel)
    if site.page_cache is not None:
        site.page_cache.record()
    if prune:
        current |= keep
        emptied: set[Path] = set()
        for rel in sorted(previous - current):
            stale = content / rel
            if stale.is_file():
                stale.unlink()
                emptied.update(stale.relative_to(content).parents)
        for folder in sorted(emptied - {Path(".")}, key=lambda f: -len(f.parts)):  # deepest first
            try:
                (content / folder).rmdir()  # only if nothing else is in it
            except OSError:
                pass
        listing = "\n".join(sorted(current)) + "\n"
        if listing != listed:  # kept as it is otherwise (site.py's stamp reads its time)
            write_atomic(manifest, listing.encode("utf-8"))
    return written
