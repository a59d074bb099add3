"""Which pages the site has, and the data each template receives.

One small function per page kind, yielding page specs (engine/page_specs.py): where each page goes,
its template and title, what it is made of, and how its template's data is gathered. The engine
decides which pages an earlier build already finished; the order of ``PAGE_KINDS`` is the order
pages are made. Python decides what goes on a page; the templates in templates/ decide how it reads.
"""
from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from ..engine.page_cache import PageCache
from ..engine.page_specs import PageData, PageSpec, unknown
from ..extract.gazetteer import load_gazetteer
from ..extract.measures import load_measures
from ..model import Problem
from ..settings import Settings
from ..store.collect import ArticleRef, Collection
from .charts import ChartRenderer, bar_chart, fill_placeholders, keep_templates_in, renderer, time_chart
from .downloads import ARTICLE_COLUMNS, FigureLines, article_rows, csv_bytes, json_bytes, zip_bytes
from .figures import (Figure, figure_doubts, gather_figures, issue_anchors, latest_by_place, main_unit,
                      mark_article, measure_names, not_comparable)
from .forked import make_pages
from .links import built_path
from .render import Renderer, Site

SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def home(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    def gather() -> PageData:
        counties = [p for p in c.places.values() if p.division.level == "county" and p.count]
        # the most reported, and every county that is the subject of an article however few it has
        ranked = sorted(counties, key=lambda p: (-p.count, p.division.adcode))
        top = [p for n, p in enumerate(ranked) if n < TOP_PLACES or p.primary]
        measures, headline, n_headline = _headline(_by_measure(site, c), c)
        return PageData(dict(
            collection=c, newest=c.issues[:8],
            counts={
                "issues": len(c.issues),
                "articles": sum(len(e.issue.articles) for e in c.issues),
                "counties": len(counties),
                "themes": sum(1 for refs in c.themes.values() if refs),
            },
            top_places=top, measures=measures, headline=headline, n_headline=n_headline))

    yield PageSpec("index.md", "home.html.j2", "脱贫攻坚简报库", gather)


TOP_PLACES = 12
KEY_MEASURES = 4  # columns of the home page's headline figures: the measures most counties report
HEADLINE_ROWS = 30  # its rows: the counties reported most; every county's values are on the measure pages


def _headline(by_measure: dict[str, MeasureFigures], c: Collection) -> tuple[list[tuple[str, str]], list[tuple], int]:
    """The home page's headline figures: per county, the latest level it reported as achieved for
    itself as a whole (not a target, a change, a township's or a threshold) of each key measure, in
    the unit the measure is compared in: the value its measure page plots for it.
    Returns the measures (slug, name), rows (county index, [figure or None per measure]) of the
    HEADLINE_ROWS counties reported most, and how many counties have a value."""
    names = measure_names()  # a measure without a page (not in measures.yml) is not a column
    latest: dict[tuple[str, str], Figure] = {}
    for slug, group in by_measure.items():
        if slug not in names:
            continue
        # in the unit of the measure page: 2.9万名 beside 3712人, never 1,435 户 among 人
        for f in group.latest:
            if f.indicator.place in c.places and c.places[f.indicator.place].division.level == "county":
                latest[f.indicator.place, slug] = f
    reported = Counter(measure for _, measure in latest)
    key = [m for m, _ in sorted(reported.items(), key=lambda x: (-x[1], x[0]))[:KEY_MEASURES]]
    # a row per county made the page grow with the archive
    having = sorted({place for place, measure in latest if measure in key},
                    key=lambda code: (-c.places[code].count, code))
    rows = [(c.places[code], [latest.get((code, m)) for m in key]) for code in sorted(having[:HEADLINE_ROWS])]
    return [(m, names.get(m, m)) for m in key], rows, len(having)


def archive(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    """The list of series, and one page per series listing its issues by year: a single list of
    every issue grew with the archive."""
    groups: dict[str, list] = defaultdict(list)  # series folder → its issues, newest first
    for entries in c.series.values():
        for e in entries:
            groups[e.series_slug].append(e)
    rows = []
    for slug, entries in sorted(groups.items()):
        entries.sort(key=lambda e: e.sort_key, reverse=True)
        title = "、".join(sorted({e.issue.series or "未署刊名" for e in entries}))  # homophones share a folder
        years: dict[str, list] = defaultdict(list)
        for e in entries:
            years[str(e.issue.year or "年份不详")].append(e)
        context = {"years": dict(sorted(years.items(), reverse=True))}
        yield PageSpec(f"issues/{slug}/index.md", "series.html.j2", title, lambda context=context: PageData(context))
        known = sorted(y for y in years if y.isdigit())
        span = "—" if not known else known[0] if known[0] == known[-1] else f"{known[0]}–{known[-1]}"
        rows.append((title, f"issues/{slug}/index.md", len(entries), span, entries[0]))  # in pinyin order of the series
    feed = FEED if site.settings.site_url else None
    yield PageSpec("issues/index.md", "archive.html.j2", "各期简报", lambda: PageData(
        dict(rows=rows, newest=c.issues[:NEWEST], feed=feed),
        files={FEED: atom_feed(c.issues[:NEWEST], site.settings)} if feed else {}))


NEWEST = 20  # issues in the 最新 list and the feed
FEED = "feed.xml"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def atom_feed(entries: list, settings) -> bytes:
    """An Atom feed of the newest issues: every link absolute (site_url), as feed readers need."""
    from xml.etree import ElementTree as ET

    ns = "http://www.w3.org/2005/Atom"
    base = settings.site_url

    def text(parent, tag: str, value: str, **attrs):
        el = ET.SubElement(parent, f"{{{ns}}}{tag}", attrs)
        el.text = _NOT_XML.sub("", value)  # bulletin text: characters XML cannot hold are dropped
        return el

    def url(page: str) -> str:
        return base + quote(built_path(page))

    def stamp(entry) -> str:
        i = entry.issue
        return f"{i.date or f'{i.year or 1970:04d}-01-01'}T00:00:00Z"

    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    text(feed, "title", settings.site_name or "脱贫攻坚简报库")
    text(feed, "subtitle", "最新各期简报")
    text(feed, "id", base)
    ET.SubElement(feed, f"{{{ns}}}link", rel="self", href=base + FEED)
    ET.SubElement(feed, f"{{{ns}}}link", rel="alternate", type="text/html", href=base)
    text(feed, "updated", max((stamp(e) for e in entries), default="1970-01-01T00:00:00Z"))
    author = ET.SubElement(feed, f"{{{ns}}}author")
    text(author, "name", settings.site_name or "脱贫攻坚简报库")
    for e in entries:
        item = ET.SubElement(feed, f"{{{ns}}}entry")
        text(item, "title", f"{e.issue.series or '未署刊名'} {e.label}")
        text(item, "id", url(e.page))
        ET.SubElement(item, f"{{{ns}}}link", rel="alternate", type="text/html", href=url(e.page))
        text(item, "updated", stamp(e))
        if e.issue.publisher:
            text(ET.SubElement(item, f"{{{ns}}}author"), "name", e.issue.publisher)
        text(item, "summary", "；".join(a.title for a in e.issue.articles) or "（无文章）", type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _figures(site: Site, c: Collection) -> list[Figure]:
    """All figures of the archive, gathered once per build (several page kinds need them)."""
    if not hasattr(c, "_figures"):
        c._figures = gather_figures(c, lambda entry: _anchors(site, c, entry))  # type: ignore[attr-defined]
    return c._figures  # type: ignore[attr-defined]


def _anchors(site: Site, c: Collection, entry) -> tuple[tuple[str, ...], ...]:
    """The sentence anchors of an issue's figures, article by article, kept between builds under
    its parse-cache key: finding every figure's sentence again was a large part of a rebuild."""
    parsed = c.parse_keys.get(entry.issue.source.path)
    if not parsed:
        return issue_anchors(entry.issue)
    return site.page_cache.memo("anchors", (parsed,), lambda: issue_anchors(entry.issue))


@dataclass(frozen=True)
class MeasureFigures:
    """The figures of one measure, and what the home, place and measure pages compare of them."""

    figures: list[Figure]  # newest issue first
    unit: str | None  # the unit its figures are compared in (main_unit)
    latest: list[Figure]  # the newest comparable figure per place, in that unit


def _by_measure(site: Site, c: Collection) -> dict[str, MeasureFigures]:
    """Every measure's figures, gathered once per build like :func:`_figures`."""
    if not hasattr(c, "_by_measure"):
        groups: dict[str, list[Figure]] = defaultdict(list)
        for f in _figures(site, c):
            if f.indicator.measure:
                groups[f.indicator.measure].append(f)
        summaries = {}
        for slug, figures in groups.items():
            unit = main_unit(figures)
            summaries[slug] = MeasureFigures(figures, unit, latest_by_place([f for f in figures if f.unit == unit]))
        c._by_measure = summaries  # type: ignore[attr-defined]
    return c._by_measure  # type: ignore[attr-defined]


def forget_figures(c: Collection) -> None:
    """Let the gathered figures go once every page is made (gigabytes in a large archive)."""
    c.__dict__.pop("_figures", None)
    c.__dict__.pop("_by_measure", None)


def _short_place(f: Figure) -> str:
    return f"{f.indicator.label}（{f.place_name}）" if f.place_name else f.indicator.label


def _place_name(f: Figure) -> str:
    return f.place_name or "—"


def _problems_by_path(problems: list[Problem]) -> dict[str, list[Problem]]:
    by_path: dict[str, list[Problem]] = defaultdict(list)
    for p in problems:
        by_path[p.path].append(p)
    return by_path


def issue_keys(site: Site, c: Collection, problems: list[Problem]) -> None:
    """Every issue's key and the download lines of its figures: what the page kinds are made of. No
    page is made here, so that they can be made while the issue pages are."""
    names = {t.slug: t.name for t in c.taxonomy}
    by_path = _problems_by_path(problems)
    for entry in c.issues:
        # everything the page is made of comes from its own issue (see page_cache.py)
        # the parse-cache key names the parsed issue as well as its repr does, without hashing it
        parsed = c.parse_keys.get(entry.issue.source.path) or entry.issue
        site.issue_keys[entry.page] = site.page_cache.key(
            parsed, entry.page, entry.label, original_target(site, entry), by_path.get(entry.issue.source.path, []),
            names)
    site.neighbours = sequences(c)
    new = unknown(site.page_cache, issues(site, c, problems))
    # the stored sentence anchors are read next, and (with a new issue) every issue's lines
    reading = site.page_cache.read_ahead(
        [("anchors", (key,)) for key in c.parse_keys.values()]
        + ([(FigureLines.NAMES[0], (key,)) for key in site.issue_keys.values()] if new else []))
    by_issue: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        by_issue[f.ref.entry.page].append(f)
    site.lines = FigureLines(by_issue, site.page_cache, site.issue_keys)
    _by_measure(site, c)  # before the page kinds that are forked (places) and those that are not need it
    if new:
        # a new or changed issue is in most downloads (its year's and those of its themes, measures
        # and places), so nearly every issue's lines are needed: read once, before any fork
        site.lines.load_all()
    reading.join()


def sequences(c: Collection) -> dict[str, tuple]:
    """issue page → (previous, next) issue of its sequence, or None: a series' issues by date, its
    special issues (专刊, 增刊 …) in a sequence of their own kind."""
    runs: dict[tuple, list] = defaultdict(list)
    for entry in reversed(c.issues):  # oldest first
        runs[(entry.issue.series or "", entry.issue.special or "")].append(entry)
    out = {}
    for run in runs.values():
        for n, entry in enumerate(run):
            out[entry.page] = (run[n - 1] if n else None, run[n + 1] if n + 1 < len(run) else None)
    return out


def _nav_key(entry, nav: tuple) -> tuple:
    """What an issue page shows of its neighbours (their pages and labels)."""
    return (entry.series_slug, *((e.page, e.label, e.issue.date) if e else None for e in nav))


def issues(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    gazetteer = load_gazetteer()
    names = {t.slug: t.name for t in c.taxonomy}
    by_path = _problems_by_path(problems)

    def gather(entry, own: list[Problem], nav: tuple) -> PageData:
        figures = site.lines.by_issue.get(entry.page, [])
        marks = [mark_article(a, n) for n, a in enumerate(entry.issue.articles, start=1)]
        stem = entry.page.removesuffix(".md")
        rates = [f for f in figures if f.indicator.unit == "%"]
        chart = bar_chart("本期报告的比率（实际值）", rates, entry.page, f"{stem}-chart.csv", _short_place)
        return PageData(dict(
            entry=entry, issue=entry.issue, theme_names=names, original=original_target(site, entry), problems=own,
            gazetteer=gazetteer, marks=marks, chart=chart, n_figures=len(figures), previous=nav[0], next=nav[1],
            series_page=f"issues/{entry.series_slug}/index.md"), charts=(chart,))

    for entry in c.issues:
        own = by_path.get(entry.issue.source.path, [])
        nav = site.neighbours[entry.page]
        # its issue's key stands for everything the issue holds (issue_keys); the page also shows
        # its neighbours, so a new issue remakes the page before it and no other
        yield PageSpec(entry.page, "issue.html.j2", f"{entry.issue.series or '未署刊名'} {entry.label}",
                       functools.partial(gather, entry, own, nav),
                       inputs=(site.issue_keys[entry.page], _nav_key(entry, nav)))


def places(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    gazetteer = load_gazetteer()
    children: dict[str, list] = defaultdict(list)
    for code in sorted(c.places):
        parent = c.places[code].division.parent
        if parent:
            children[parent].append(c.places[code])
    provinces = [p for p in c.places.values() if p.division.level == "province"]
    tree = [(prov, [(city, children[city.division.adcode]) for city in children[prov.division.adcode]])
            for prov in provinces]
    yield PageSpec("places/index.md", "places_index.html.j2", "地区", lambda: PageData({"tree": tree}))
    names = {t.slug: t.name for t in c.taxonomy}
    # comparable figures per place: normalised measures and rates
    by_place: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        if f.indicator.place and (f.indicator.measure or f.indicator.unit == "%"):
            by_place[f.indicator.place].append(f)
    by_measure = _by_measure(site, c)
    latest: dict[str, tuple[dict, dict]] = {}  # measure → newest actual figure per place, grouped
    peer_charts: dict[tuple[str, str], object] = {}  # (group, measure) → its comparison, made once
    for code, idx in c.places.items():
        page = f"places/{code}.md"
        rows = _place_rows(idx)
        refs = [ref for ref, _ in rows]
        theme_counts = _theme_counts(idx)
        # by page: hashing an entry hashes its whole issue (a second of a warm build)
        timeline = sorted({ref.entry.page: ref.entry for ref in refs}.values(), key=lambda e: e.sort_key)
        parent = gazetteer.by_code(idx.division.parent) if idx.division.parent else None
        former = [(f.name, _former_note(f)) for f in gazetteer.former_names(code)]
        figures = by_place.get(code, [])
        time_charts = []  # (title, figures, csv) of its time chart: made only if the page is
        peer_chart = None
        # its main measure (the table has the rest): the one with most actual whole-place levels in
        # the unit the measure is compared in; only those are charted or set beside its peers'
        measured = Counter(f.indicator.measure for f in figures
                           if f.comparable and f.indicator.measure and f.unit == by_measure[f.indicator.measure].unit)
        for slug, _ in sorted(measured.items(), key=lambda x: (-x[1], x[0]))[:1]:
            mname = measure_names().get(slug, slug)
            time_charts.append((f"{idx.division.name}{mname}的变化", [
                f for f in figures if f.indicator.measure == slug and not_comparable(f, by_measure[slug].unit) is None],
                f"places/{code}-{slug}-time.csv"))
            # one comparison per group of peers, shared by every page of the group (rendered once);
            # this place's bar is coloured on its own page after rendering
            if slug not in latest:
                latest[slug] = _peer_groups(by_measure[slug].latest)
            group, peers = _peers(idx.division, latest[slug], gazetteer)
            if (group, slug) not in peer_charts:
                peer_charts[group, slug] = bar_chart(f"{mname}：与同级地区比较（各地最新实际值）", peers, page,
                                                     f"places/peers-{group}-{slug}.csv", _place_name, peers=True)
            peer_chart = peer_charts[group, slug]
            if peer_chart and any(f.indicator.place == code for f in peer_chart.figures):
                peer_chart = peer_chart.focused(code)
        kids = children.get(code, [])

        def gather(page=page, code=code, idx=idx, rows=rows, theme_counts=theme_counts, timeline=timeline,
                   parent=parent, former=former, figures=figures, time_charts=time_charts, peer_chart=peer_chart,
                   kids=kids) -> PageData:
            charts, listed = [], []  # listed: (title, values) of a measure reported on one date only
            for title, own, csv in time_charts:
                chart = time_chart(title, own, page, csv, _place_name)
                if chart:
                    charts.append(chart)
                else:
                    # one value said twice in one report (安置点 6 个 … 6 个安置点) is listed once
                    said = {}
                    for f in own:
                        if f.indicator.kind == "actual":
                            said.setdefault((f.date, f.indicator.value, f.indicator.unit), f)
                    listed.append((title.removesuffix("的变化"), list(said.values())))
            charts += [peer_chart] if peer_chart else []
            csv = f"places/{code}-figures.zip" if figures else None
            return PageData(dict(
                csv=csv, idx=idx, figures=figures, rows=rows,
                names={code: gazetteer.by_code(code).name for _, codes in rows for code in codes},
                children=kids, parent=parent, former=former,
                themes=[(names.get(s, s), s, n) for s, n in sorted(theme_counts.items(), key=lambda x: (-x[1], x[0]))],
                timeline=timeline, charts=charts, listed=listed,
            ), charts=charts, zip=(csv, f"{code}-figures.csv", figures) if csv else None)

        # everything the page shows, as issue keys and names: a place a new issue does not touch
        # (nor its children, nor its peers' latest values) is taken from the cache. Its time chart
        # is made of its own figures (their issue keys are here), so it is drawn up only if needed.
        yield PageSpec(page, "place.html.j2", idx.division.name, gather, inputs=(
            idx.division, parent, tuple(former),
            tuple((site.issue_keys[ref.entry.page], ref.index, codes) for ref, codes in rows),
            len(idx.primary), idx.n_primary, tuple((k.division, k.count) for k in kids), site.sources(figures),
            tuple((title, csv) for title, _, csv in time_charts),
            (peer_chart.key, peer_chart.focus, peer_chart.title, peer_chart.csv) if peer_chart else None, names))


def _theme_counts(idx) -> Counter:
    """theme → articles of a place's page in it (what the page's 涉及主题 lists)."""
    if not hasattr(idx, "_themes"):
        idx._themes = Counter(t for ref in idx.refs() for t in ref.article.themes)
    return idx._themes


def _former_note(f) -> str:
    """2021年撤县设市; a division merged into this one: 2015年撤销并入."""
    return f"{f.year}年{f.change}并入" if f.change == "撤销" else f"{f.year}年{f.change}"


def _place_rows(idx) -> list[tuple[ArticleRef, tuple[str, ...]]]:
    """The articles a place page lists, each with the places under it that the article names (none
    for an article naming the place itself): about the place or one under it first, newest first."""
    about = [(ref, ()) for ref in idx.primary] + [(ref, codes) for ref, codes, p in idx.below if p]
    passing = [(ref, ()) for ref in idx.mentioned] + [(ref, codes) for ref, codes, p in idx.below if not p]
    return sorted(about, key=lambda r: _newest(r[0])) + sorted(passing, key=lambda r: _newest(r[0]))


def _peer_groups(latest: list[Figure]) -> tuple[dict, dict]:
    """``latest`` grouped by (level, parent) and by (level, province), each group in its order: every
    place page looks its peers up here (filtering the whole list per place was half a second)."""
    by_parent: dict[tuple, list[Figure]] = defaultdict(list)
    by_province: dict[tuple, list[Figure]] = defaultdict(list)
    for f in latest:
        level, parent, province = _division_key(f.indicator.place)
        by_parent[(level, parent)].append(f)
        by_province[(level, province)].append(f)
    return by_parent, by_province


def _peers(division, groups: tuple[dict, dict], gazetteer) -> tuple[str, list[Figure]]:
    """The group a place is compared with, and the latest actual value of each member (``groups``:
    the newest actual figure per place, by :func:`_peer_groups`): places at the same level under the
    same parent, or under the same province when the parent has fewer than two with a value."""
    by_parent, by_province = groups
    same_parent = by_parent.get((division.level, division.parent), [])
    if len(same_parent) >= 2:
        return division.parent or "top", same_parent
    province = gazetteer.by_code(division.adcode[:2] + "0000")
    return (province.adcode if province else "top"), by_province.get((division.level, division.province), [])


@lru_cache(maxsize=None)
def _division_key(code: str) -> tuple:
    d = load_gazetteer().by_code(code)
    return (d.level, d.parent, d.province) if d else (None, None, None)


def themes(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    # themes with no article yet are listed apart, not among the others with 0
    counted = [(t, len(c.themes.get(t.slug, []))) for t in c.taxonomy]
    yield PageSpec("themes/index.md", "themes_index.html.j2", "主题", lambda: PageData(
        dict(shown=[(t, n) for t, n in counted if n], empty=[t for t, n in counted if not n])))
    by_theme: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        if f.indicator.measure and f.comparable:
            for slug in f.ref.article.themes:
                by_theme[slug].append(f)
    for theme in c.taxonomy:
        page = f"themes/{theme.slug}.md"
        refs = sorted(c.themes.get(theme.slug, []), key=_newest)
        # the places the theme's articles are about, each with the count its own page gives the theme
        covered = {p.adcode for ref in refs for p in ref.article.places if p.primary and p.adcode in c.places}
        counts = {code: _theme_counts(c.places[code]).get(theme.slug, 0) for code in covered}
        place_rows = [(c.places[code], n) for code, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]
        figures = by_theme.get(theme.slug, [])

        def gather(page=page, theme=theme, refs=refs, place_rows=place_rows, figures=figures) -> PageData:
            by_measure: dict[str, list[Figure]] = defaultdict(list)
            for f in figures:
                if f.indicator.place:
                    by_measure[f.indicator.measure].append(f)
            charts = [bar_chart(f"{measure_names().get(slug, slug)}：各地最新实际值", _in_main_unit(group),
                                page, f"themes/{theme.slug}-{slug}.csv", _place_name)
                      for slug, group in sorted(by_measure.items(), key=lambda x: (-len(x[1]), x[0]))[:4]]
            charts = [ch for ch in charts if ch]
            csv = f"themes/{theme.slug}-figures.zip" if figures else None
            return PageData(dict(csv=csv, theme=theme, refs=refs, place_rows=place_rows, figures=figures,
                                 places=c.places, charts=charts),
                            charts=charts, zip=(csv, f"{theme.slug}-figures.csv", figures) if csv else None)

        # everything the page shows (see places): a theme a new issue does not touch is not made again
        yield PageSpec(page, "theme.html.j2", theme.name, gather, inputs=(
            theme, tuple((site.issue_keys[ref.entry.page], ref.index) for ref in refs),
            tuple((p.division, n) for p, n in place_rows), site.sources(figures), _linked_places(figures, c)))


def _in_main_unit(figures: list[Figure]) -> list[Figure]:
    """The newest comparable figure per place, of those in the unit most of them are in and of the
    level (county, city …) most of them are at."""
    unit = main_unit(figures)
    levels = _by_level([f for f in figures if f.unit == unit])
    return latest_by_place(max(levels.values(), key=len)) if levels else []


def _linked_places(figures: list[Figure], c: Collection) -> tuple[str, ...]:
    """The places of ``figures`` that have a page (figure tables link them): a page key input."""
    return tuple(sorted({f.indicator.place for f in figures if f.indicator.place in c.places}))


def measures(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    """One page per normalised measure that has figures: every place compared, over time."""
    by_measure = _by_measure(site, c)
    for measure in load_measures():
        if measure.slug not in by_measure:
            continue
        figures, unit = by_measure[measure.slug].figures, by_measure[measure.slug].unit
        yield PageSpec(f"measures/{measure.slug}.md", "measure.html.j2", measure.name,
                       functools.partial(_measure_page, measure, figures, unit, c),
                       inputs=(measure, site.sources(figures), _linked_places(figures, c)))


def _measure_page(measure, figures: list[Figure], unit: str | None, c: Collection) -> PageData:
    page = f"measures/{measure.slug}.md"
    # compared: the whole-place levels (actual and target) in the measure's main unit; the rest
    # (a village's count, a bracket, a change, another unit, a policy rule) listed apart
    compared, others = [], []
    for f in figures:
        why = not_comparable(f, unit)
        if why is None:
            compared.append(f)
        else:
            others.append((f, why))
    # counties beside counties, cities beside cities: a city's count dwarfs its counties'
    levels = _by_level(compared)
    charts = [bar_chart(f"{measure.name}：{LEVEL_NAMES[level]}最新实际值", latest_by_place(group), page,
                        f"measures/{measure.slug}-{level}.csv", _place_name)
              for level, group in levels.items()]
    if levels:  # over time: the places reporting most, of the level with most values
        group = max(levels.values(), key=len)
        top = _most_reported(group)  # once: inside the comprehension it made this page quadratic
        charts.append(time_chart(f"{measure.name}：报告最多的地区历次数值",
                                 [f for f in group if f.indicator.place in top], page,
                                 f"measures/{measure.slug}-time.csv", _place_name))
    charts = [ch for ch in charts if ch]
    csv = f"measures/{measure.slug}-figures.zip"
    return PageData(dict(
        measure=measure, figures=figures, places=c.places, charts=charts, csv=csv,
        counts=Counter(f.indicator.kind for f in figures), unit=unit, compared=compared, others=others,
    ), charts=charts, zip=(csv, f"{measure.slug}-figures.csv", figures))


LEVEL_NAMES = {"county": "各县（市、区）", "city": "各市", "province": "各省（区）"}


def _by_level(figures: list[Figure]) -> dict[str, list[Figure]]:
    """``figures`` by the level of their place (county, city, province, in that order)."""
    groups: dict[str, list[Figure]] = {}
    for f in figures:
        level = _division_key(f.indicator.place)[0] if f.indicator.place else None
        if level in LEVEL_NAMES:
            groups.setdefault(level, []).append(f)
    return {level: groups[level] for level in LEVEL_NAMES if level in groups}


def _most_reported(figures: list[Figure], n: int = 6) -> set[str]:
    """The places with the most actual values: a time chart of every place would be a tangle."""
    counts = Counter(f.indicator.place for f in figures if f.indicator.place and f.indicator.kind == "actual")
    return {code for code, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:n]}


DOUBT_ROWS = 100  # rows per list of doubtful figures: the page stays readable; the downloads (doubt column) have all
CONFLICT_FIGURES = 6  # values shown in one row of conflicting figures
PROBLEM_ROWS = 100  # problems listed on the data page; data/problems.csv has all
PROBLEMS_CSV = "data/problems.csv"
PROBLEM_COLUMNS = ("severity", "file", "line", "message", "page")
SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def data(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    yield PageSpec("data/index.md", "quality.html.j2", "数据与质量", functools.partial(_data_page, site, c, problems))


def _data_page(site: Site, c: Collection, problems: list[Problem]) -> PageData:
    files: dict[str, bytes] = {}
    figures = _figures(site, c)
    articles = article_rows(c)
    by_year: dict[str, list[Figure]] = defaultdict(list)
    for group in site.lines.by_issue.values():  # in the order of figures: newest issue first
        if group:
            by_year[str(group[0].ref.entry.issue.year or "undated")] += group
    years = []  # one zip a year: a new issue remakes one, and a year stays under Excel's 1,048,576 rows
    for year, group in sorted(by_year.items(), reverse=True):
        path, stem = f"data/figures-{year}.zip", f"figures-{year}"

        def make(group=group, stem=stem) -> bytes:
            return zip_bytes({f"{stem}.csv": site.lines.csv(group), f"{stem}.json": site.lines.json(group)})

        files[path] = site.page_cache.memo(path, site.sources(group), make)
        years.append((year if year != "undated" else "年份不详", len(group), path, stem))
    files["data/articles.csv"] = csv_bytes(articles, ARTICLE_COLUMNS)
    files["data/articles.json"] = json_bytes(articles)
    by_measure = _by_measure(site, c)
    measure_rows = [(m, len(by_measure[m.slug].figures)) for m in load_measures() if m.slug in by_measure]
    entries = {e.issue.source.path: e for e in c.issues}
    # every problem in a CSV, the page lists the first PROBLEM_ROWS (errors first): one section a
    # file made the page grow with the archive
    ranked = sorted(problems, key=lambda p: (SEVERITY_ORDER[p.severity], p.path, p.line or 0, p.message))
    files[PROBLEMS_CSV] = csv_bytes(
        [(SEVERITY_NAMES[p.severity], p.path, p.line or "", p.message,
          built_path(entries[p.path].page) if p.path in entries else "") for p in ranked], PROBLEM_COLUMNS)
    return PageData(dict(
        problems=[(p, entries.get(p.path)) for p in ranked[:PROBLEM_ROWS]],
        n_problems=len(ranked), n_files=len({p.path for p in ranked}), problems_csv=PROBLEMS_CSV,
        severity_names=SEVERITY_NAMES, counts=Counter(p.severity for p in problems),
        measure_rows=measure_rows, n_figures=len(figures), n_articles=len(articles), years=years,
        kinds=Counter(f.indicator.kind for f in figures), doubts=figure_doubts(figures), doubt_limit=DOUBT_ROWS,
        conflict_limit=CONFLICT_FIGURES, database=site.settings.database,
    ), files=files)


def original_path(entry) -> str:
    """Where the untouched original file is published, beside the issue page."""
    src = entry.issue.source
    # a .md original must not become a page, nor a saved web page one that runs its scripts on the site
    ext = {"md": "md.txt", "html": "html.txt"}.get(src.format, src.format)
    return f"originals/{entry.series_slug}/{entry.slug}.{ext}"


def original_target(site: Site, entry) -> str:
    """What the issue page links as its original: the copy in the site, or the file where the
    office keeps it (settings.py, ``originals``)."""
    return site.settings.original_link(entry.issue.source.path) or original_path(entry)


def _newest(ref: ArticleRef) -> tuple:
    key = ref.entry.sort_key
    return (tuple(-ord(ch) for ch in key[0]), ref.entry.slug, ref.index)


def search(site: Site, c: Collection, problems: list[Problem]) -> Iterator[PageSpec]:
    """The search page; its index (search/*.js) is written by build.generate from search_index."""
    years = sorted({e.issue.year or int(e.issue.date[:4]) for e in c.issues if e.issue.year or e.issue.date}, reverse=True)
    # places as a tree (province, its cities, their counties), each indented under its parent
    depth = {"province": 0, "city": 1, "county": 2}
    places = [(code, idx.division.name, depth.get(idx.division.level, 2))
              for code, idx in sorted(c.places.items(), key=lambda x: _tree_order(x[0])) if idx.count]
    yield PageSpec("search.md", "search.html.j2", "搜索", lambda: PageData(dict(
        years=years, series=list(c.series), places=places, themes=[t for t in c.taxonomy if c.themes.get(t.slug)])))


def _tree_order(code: str) -> tuple:
    """A province before its cities, a city before its counties: 450000, 451000, 451024, 451100 …"""
    return (code[:2], code[2:4] != "00", code[:4], code[4:] != "00", code)


PAGE_KINDS = (archive, places, data, issues, themes, measures, search, home)
# Made by a forked process while this one makes the rest (forked.py): they need only what
# issue_keys prepared, and take about as long as the others (cold and with one new issue).
FORKABLE = (places, data)


def render_site(collection: Collection, problems: list[Problem], templates: Path,
                originals: dict[str, Path], chart_cache: Path | None = None,
                page_cache: Path | None = None, content: Path | None = None,
                settings: Settings = Settings()) -> Site:
    """Every page and file of the site; ``content``: where the last build wrote them, so that cached
    pages still there unchanged are kept rather than read again (see page_cache.py)."""
    keep_templates_in(chart_cache)
    site = Site(page_cache=PageCache(page_cache, templates, content, variant=f"charts={renderer()}"),
                chart_renderer=ChartRenderer(chart_cache), settings=settings)
    r = Renderer(templates)
    try:
        issue_keys(site, collection, problems)  # what every page kind is made of
        make_pages(PAGE_KINDS, FORKABLE, site, r, collection, problems)
        # placeholders are filled last, once every chart is drawn (or read from the cache)
        fill_placeholders(site.pages, site.chart_renderer.svgs(site.charts))
    finally:
        site.chart_renderer.close()
    site.page_cache.store(site.pages, site.files)
    site.copies.update(originals)
    return site
