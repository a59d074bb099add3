"""Which pages the site has, and the data each template receives.

One small function per page kind; the order of ``PAGE_BUILDERS`` is the order pages are made.
Python decides what goes on a page; the templates in templates/ decide how it reads.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from .collect import ArticleRef, Collection
from .gazetteer import load_gazetteer
from .model import Problem
from .render import Renderer, Site

SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def home(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    counties = [p for p in c.places.values() if p.division.level == "county" and p.count]
    site.add("index.md", r.page(
        "home.md.j2", "index.md", collection=c, newest=c.issues[:8],
        counts={
            "issues": len(c.issues),
            "articles": sum(len(e.issue.articles) for e in c.issues),
            "counties": len(counties),
            "themes": sum(1 for refs in c.themes.values() if refs),
        },
        top_places=sorted(counties, key=lambda p: (-p.count, p.division.adcode))[:12],
    ))


def archive(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    by_series = {}
    for name, entries in c.series.items():
        years: dict[str, list] = defaultdict(list)
        for e in entries:
            years[str(e.issue.year or "年份不详")].append(e)
        by_series[name] = dict(sorted(years.items(), reverse=True))
    site.add("issues/index.md", r.page("archive.md.j2", "issues/index.md", by_series=by_series))


def issues(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    gazetteer = load_gazetteer()
    names = {t.slug: t.name for t in c.taxonomy}
    for entry in c.issues:
        own = [p for p in problems if p.path == entry.issue.source.path]
        site.add(entry.page, r.page(
            "issue.md.j2", entry.page, entry=entry, issue=entry.issue, theme_names=names,
            original=original_path(entry), problems=own, gazetteer=gazetteer,
        ))


def places(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    gazetteer = load_gazetteer()
    provinces = [p for p in c.places.values() if p.division.level == "province"]
    tree = []
    for prov in provinces:
        cities = [c.places[code] for code in sorted(c.places) if c.places[code].division.parent == prov.division.adcode]
        tree.append((prov, [(city, [c.places[k] for k in sorted(c.places)
                                    if c.places[k].division.parent == city.division.adcode]) for city in cities]))
    site.add("places/index.md", r.page("places_index.md.j2", "places/index.md", tree=tree))
    names = {t.slug: t.name for t in c.taxonomy}
    for code, idx in c.places.items():
        children = [c.places[k] for k in sorted(c.places) if c.places[k].division.parent == code]
        refs = sorted(idx.primary, key=_newest) + sorted(idx.mentioned, key=_newest)
        theme_counts = Counter(t for ref in refs for t in ref.article.themes)
        timeline = sorted({ref.entry for ref in refs}, key=lambda e: e.sort_key)
        parent = gazetteer.by_code(idx.division.parent) if idx.division.parent else None
        # comparable measures and rates; every other figure is on the issue page beside its text
        figures = [(ref, ind) for ref in sorted(idx.primary, key=_newest) for ind in ref.article.indicators
                   if ind.place == code and (ind.measure or ind.unit == "%")]
        site.add(f"places/{code}.md", r.page(
            "place.md.j2", f"places/{code}.md", idx=idx, figures=figures, primary=sorted(idx.primary, key=_newest),
            mentioned=sorted(idx.mentioned, key=_newest), children=children, parent=parent,
            themes=[(names.get(s, s), s, n) for s, n in sorted(theme_counts.items(), key=lambda x: (-x[1], x[0]))],
            timeline=timeline, collection=c,
        ))


def themes(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    site.add("themes/index.md", r.page("themes_index.md.j2", "themes/index.md", collection=c))
    for theme in c.taxonomy:
        refs = sorted(c.themes.get(theme.slug, []), key=_newest)
        covered = Counter(p.adcode for ref in refs for p in ref.article.places if p.primary)
        place_rows = [(c.places[code], n) for code, n in sorted(covered.items(), key=lambda x: (-x[1], x[0]))
                      if code in c.places]
        figures = [(ref, ind) for ref in refs for ind in ref.article.indicators
                   if ind.kind == "actual" and ind.measure]
        site.add(f"themes/{theme.slug}.md", r.page(
            "theme.md.j2", f"themes/{theme.slug}.md", theme=theme, refs=refs, place_rows=place_rows,
            figures=figures, places=c.places,
        ))


def data(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    by_file = defaultdict(list)
    for p in sorted(problems, key=lambda p: (p.path, p.line or 0, p.message)):
        by_file[p.path].append(p)
    entries = {e.issue.source.path: e for e in c.issues}
    site.add("data/index.md", r.page(
        "quality.md.j2", "data/index.md", by_file=dict(sorted(by_file.items())), entries=entries,
        severity_names=SEVERITY_NAMES, counts=Counter(p.severity for p in problems),
    ))


def original_path(entry) -> str:
    """Where the untouched original file is published, beside the issue page."""
    src = entry.issue.source
    ext = src.format if src.format != "md" else "md.txt"  # a .md original must not become a page
    return f"originals/{entry.series_slug}/{entry.slug}.{ext}"


def _newest(ref: ArticleRef) -> tuple:
    key = ref.entry.sort_key
    return (tuple(-ord(ch) for ch in key[0]), ref.entry.slug, ref.index)


PAGE_BUILDERS = (home, archive, issues, places, themes, data)
