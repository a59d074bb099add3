"""Render stage: Jinja2 templates → Markdown pages in content/.

Every value a template prints is escaped for Markdown unless it is ``Markup`` made on purpose
(links built by :func:`link`), so bulletin text can never become structure or HTML. Pages are
gathered in memory first, then written; a file is rewritten only when its bytes change, and
generated files that are no longer produced are removed (hand-written pages are never touched).
"""
from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import jinja2
from markupsafe import Markup

from . import __version__
from .collect import Collection
from .escape import attr, md_text
from .model import Problem

MANIFEST = ".generated"


def relative(from_page: str, target: str) -> str:
    """A link from one content page to another content path (anchors kept)."""
    path, _, anchor = target.partition("#")
    if not path:  # an anchor on the same page
        return f"#{anchor}"
    rel = posixpath.relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


def _env(templates: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates)),
        autoescape=True,
        finalize=lambda v: v if isinstance(v, Markup) else Markup(md_text(v)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals.update(version=__version__, attr=attr)
    env.filters["cn_date"] = cn_date
    env.filters["num"] = num
    env.globals["kind_names"] = KIND_NAMES
    return env


KIND_NAMES = {"actual": "实际", "target": "目标", "policy": "政策标准", "other": "其他"}


def num(value: float) -> str:
    """22900600.0 → 22900600; 87.36 → 87.36 (no float noise)."""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6f}".rstrip("0").rstrip(".")


def cn_date(iso: str | None) -> str:
    """2018-08-06 → 2018年8月6日 (the way dates are written in the bulletins)."""
    if not iso:
        return "日期不详"
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


@dataclass
class Site:
    """The pages of one build, gathered before anything is written."""

    pages: dict[str, str] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    charts: list = field(default_factory=list)  # charts.Chart, rendered once every page is gathered
    chart_renderer: Any = None  # how many charts were rendered and how many came from the cache

    def add(self, path: str, text: str) -> None:
        self.pages[path] = text

    def chart(self, chart):
        """Register a chart (None is allowed and ignored); its CSV is written beside the page."""
        if chart is not None:
            from .downloads import FIGURE_COLUMNS, csv_bytes, figure_rows

            self.charts.append(chart)
            self.files[chart.csv] = csv_bytes(figure_rows(chart.figures), FIGURE_COLUMNS)
        return chart


class Renderer:
    def __init__(self, templates: Path) -> None:
        self.env = _env(templates)

    def page(self, template: str, path: str, **context: Any) -> str:
        def link(text: object, target: str) -> Markup:
            return Markup(f"[{md_text(text)}]({relative(path, target)})")

        def url(target: str) -> Markup:
            return Markup(relative(path, target))

        return self.env.get_template(template).render(page=path, link=link, url=url, **context)


def render_site(collection: Collection, problems: list[Problem], templates: Path,
                originals: dict[str, tuple[str, bytes]], chart_cache: Path | None = None) -> Site:
    from .charts import ChartRenderer, fill_placeholders
    from .pages import PAGE_BUILDERS  # the list of page kinds lives next to its templates' data

    site = Site()
    renderer = Renderer(templates)
    for build in PAGE_BUILDERS:
        build(site, renderer, collection, problems)
    # charts last: every spec is known, so they render in parallel and from the cache
    site.chart_renderer = ChartRenderer(chart_cache)
    fill_placeholders(site.pages, site.chart_renderer.svgs(site.charts))
    for path, (_, data) in originals.items():
        site.files[path] = data
    return site


def write_site(site: Site, content: Path, on_write: Callable[[str], None] | None = None) -> list[str]:
    """Write changed pages into ``content``; return the paths actually written."""
    content.mkdir(parents=True, exist_ok=True)
    manifest = content / MANIFEST
    previous = set(manifest.read_text(encoding="utf-8").split("\n")) if manifest.exists() else set()
    current = {**{p: t.encode("utf-8") for p, t in site.pages.items()}, **site.files}
    written = []
    for rel, data in sorted(current.items()):
        target = content / rel
        if target.exists() and target.read_bytes() == data:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        tmp.replace(target)
        written.append(rel)
        if on_write:
            on_write(rel)
    for rel in sorted(previous - set(current) - {""}):
        stale = content / rel
        if stale.is_file():
            stale.unlink()
    manifest.write_text("\n".join(sorted(current)) + "\n", encoding="utf-8")
    return written
