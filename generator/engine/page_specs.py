"""Page kinds describe pages; the engine makes them.

A page kind (pages/pages.py) yields :class:`PageSpec`\\ s: where a page goes, its template and title,
what it is made of (``inputs``), and a function that gathers the template's data. The engine derives
each page's cache key from its template, path and inputs, and gathers and renders only the pages
an earlier build has not finished under that key: no page kind builds, checks or stores a key.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageData:
    """What a page needs once it is made: its template's context, and what is published beside it."""

    context: Mapping[str, object]
    charts: Sequence = ()  # its charts (None allowed): drawn later, their CSVs written beside the page
    zip: tuple[str, str, Sequence] | None = None  # (path, member, figures): the page's figures as a CSV in a zip
    files: Mapping[str, bytes] = field(default_factory=dict)  # other files made with the page


@dataclass(frozen=True)
class PageSpec:
    path: str  # in content/
    template: str
    title: str
    gather: Callable[[], PageData]  # called only when the page must be made
    # everything the page shows, as issue keys and names (never whole issues: hashing them costs
    # seconds); None: the page shows the whole archive and is made in every build
    inputs: tuple | None = None


def page_key(page_cache, spec: PageSpec) -> str:
    return page_cache.key(spec.template, spec.path, spec.inputs)


def unknown(page_cache, specs: Iterable[PageSpec]) -> bool:
    """Whether any of these cached pages is one the last build did not make (a new or changed issue)."""
    return any(spec.inputs is not None and not page_cache.known(page_key(page_cache, spec)) for spec in specs)


def make(specs: Iterable[PageSpec], site, renderer) -> None:
    """Add each page of ``specs`` to ``site`` (pages/render.py): as an earlier build finished it, or
    gathered and rendered now, then stored with the files made with it."""
    for spec in specs:
        key = None
        if spec.inputs is not None:
            key = page_key(site.page_cache, spec)
            if site.reuse(key, spec.path):
                continue
        data = spec.gather()
        charts = [site.chart(chart) for chart in data.charts if chart is not None]
        if data.zip:
            site.figures_zip(*data.zip)
        site.files.update(data.files)
        site.add(spec.path, renderer.page(spec.template, spec.path, spec.title, **data.context))
        if key is not None:
            site.page_cache.later(key, spec.path, tuple(ch.csv for ch in charts) + ((data.zip[0],) if data.zip else ()))
