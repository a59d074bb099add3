"""Work done by forked processes while this one makes pages: two page kinds, and the search index.

Making pages is Python on one core, and after parsing nothing else uses the second. At 1,150 issues
the place and data pages take about as long as the issue, theme and measure pages: cold ~10 s
against ~8 s, with one new issue 1.4–1.7 s against ~1.3 s. A forked child shares everything parsed
and gathered without copying or pickling it; it sends back only what it made (pages, files and
what the page cache must remember), with its charts already drawn into its pages. The download
lines that both need are read before the fork (pages.issue_keys), or each would read them all.

Forking is used only where it is safe and worth it: a platform that has fork, our chart renderer
(vl-convert's JavaScript runtime must not be forked), archives of at least FORK_FROM issues and at
most FORK_UP_TO. Both processes touch the same millions of figures and download lines, and each
page of memory either writes to is copied: at 10,000 issues the parent holds 3.7 GB when it forks,
and the two together then reached 9.9-10.0 GB (measured, proportional set sizes) against the 8 GB
the build must stay under (6.9-7.5 GB without the fork), although pages were made ~40 s faster.
If the child fails, its page kinds are made here afterwards, so a build never depends on it.

The search index needs only the collection, so it is made by another child (:func:`start`) forked
before any page: while this process works out which pages changed (pages.issue_keys, ~1 s with one new
issue at 1,000 issues), the second core is otherwise idle. It is forked before the page cache and the
pages exist, so it shares (and copies) only the collection.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..engine import parallel
from ..engine.page_specs import make

FORK_FROM = 50  # issues: below this a fork costs more than it saves
FORK_UP_TO = 5000

_STATE: tuple | None = None  # (builders, site, renderer, collection, problems) for the child


@dataclass
class Made:
    """What the child added to its copy of the site."""

    pages: dict[str, str]
    files: dict[str, bytes]
    kept: set[str]
    used: set[str]  # page-cache keys the build needs (kept when the cache is pruned)
    paths: dict[str, tuple[str, ...]]  # page-cache key → the content paths it made


def can_fork(n_issues: int) -> bool:
    from .charts import renderer

    return FORK_FROM <= n_issues <= FORK_UP_TO and renderer() == "python" and parallel.can_fork()


def start(fn, n_issues: int) -> parallel.Child | None:
    """``fn`` started in a forked child, or None where forking is not used (see :func:`can_fork`)."""
    return parallel.Child(fn) if can_fork(n_issues) else None


def make_pages(kinds, forkable, site, renderer, collection, problems) -> None:
    """Make the pages of ``kinds`` in order; those in ``forkable`` (consecutive) in a forked child if it can."""
    global _STATE
    pool = future = None
    for kind in kinds:
        if kind not in forkable:
            make(kind(site, collection, problems), site, renderer)
        elif pool is None and can_fork(len(collection.issues)):
            _STATE = (forkable, site, renderer, collection, problems)
            pool = parallel.workers(1, start="fork")
            future = pool.submit(_make_in_child)
            _STATE = None
        elif pool is None:
            make(kind(site, collection, problems), site, renderer)
    if pool is None:
        return
    try:
        made = future.result()
    except Exception:  # the child died or failed: make its pages here
        made = None
    finally:
        pool.shutdown()
    if made is None:
        for kind in forkable:
            make(kind(site, collection, problems), site, renderer)
        return
    site.pages.update(made.pages)
    site.files.update(made.files)
    site.kept |= made.kept
    site.page_cache.used |= made.used
    site.page_cache.paths.update(made.paths)


def _make_in_child() -> Made:
    from .charts import fill_placeholders

    kinds, site, renderer, collection, problems = _STATE
    cache = site.page_cache
    pages, files, kept = set(site.pages), set(site.files), set(site.kept)
    used, paths, charts, pending = set(cache.used), dict(cache.paths), len(site.charts), len(cache.pending)
    for kind in kinds:
        make(kind(site, collection, problems), site, renderer)
    new_pages = {p: text for p, text in site.pages.items() if p not in pages}
    fill_placeholders(new_pages, site.chart_renderer.svgs(site.charts[charts:]))
    new_files = {p: data for p, data in site.files.items() if p not in files}
    cache.pending = cache.pending[pending:]
    cache.store(new_pages, new_files, prune=False)  # the parent prunes, knowing every key used
    return Made(new_pages, new_files, site.kept - kept, cache.used - used,
                {k: v for k, v in cache.paths.items() if paths.get(k) != v})
