"""Which pages the site has, and the data each template receives.

One small function per page kind; the order of ``PAGE_BUILDERS`` is the order pages are made.
Python decides what goes on a page; the templates in templates/ decide how it reads.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache

from .charts import bar_chart, time_chart
from .collect import ArticleRef, Collection
from .downloads import ARTICLE_COLUMNS, FigureLines, article_rows, csv_bytes, json_bytes, zip_bytes
from .figures import Figure, figure_doubts, gather_figures, issue_anchors, latest_by_place, mark_article, measure_names
from .gazetteer import load_gazetteer
from .measures import load_measures
from .model import Problem
from .render import Renderer, Site

SEVERITY_NAMES = {"error": "错误", "warning": "警告", "info": "提示"}


def home(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    counties = [p for p in c.places.values() if p.division.level == "county" and p.count]
    site.add("index.md", r.page(
        "home.html.j2", "index.md", "脱贫攻坚简报库", collection=c, newest=c.issues[:8],
        counts={
            "issues": len(c.issues),
            "articles": sum(len(e.issue.articles) for e in c.issues),
            "counties": len(counties),
            "themes": sum(1 for refs in c.themes.values() if refs),
        },
        top_places=sorted(counties, key=lambda p: (-p.count, p.division.adcode))[:12],
    ))


def archive(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    """The list of series, and one page per series listing its issues by year: a single list of
    every issue grew with the archive (1.56 MB at 10,000 issues)."""
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
        page = f"issues/{slug}/index.md"
        site.add(page, r.page("series.html.j2", page, title, years=dict(sorted(years.items(), reverse=True))))
        known = sorted(y for y in years if y.isdigit())
        span = "—" if not known else known[0] if known[0] == known[-1] else f"{known[0]}–{known[-1]}"
        rows.append((title, page, len(entries), span, entries[0]))  # in pinyin order of the series
    site.add("issues/index.md", r.page("archive.html.j2", "issues/index.md", "各期简报", rows=rows))


def _figures(site: Site, c: Collection) -> list[Figure]:
    """All figures of the archive, gathered once per build (several page kinds need them)."""
    if not hasattr(c, "_figures"):
        c._figures = gather_figures(c, lambda entry: _anchors(site, c, entry))  # type: ignore[attr-defined]
    return c._figures  # type: ignore[attr-defined]


def _anchors(site: Site, c: Collection, entry) -> tuple[tuple[str, ...], ...]:
    """The sentence anchors of an issue's figures, article by article, kept between builds under
    its parse-cache key: finding 236,000 sentences in 1,000 issues took half a second a build."""
    parsed = c.parse_keys.get(entry.issue.source.path)
    if not parsed:
        return issue_anchors(entry.issue)
    return site.page_cache.memo("anchors", (parsed,), lambda: issue_anchors(entry.issue))


def forget_figures(c: Collection) -> None:
    """Let the gathered figures go once every page is made (10,000 issues: 2.3 M figures, ~2 GB)."""
    c.__dict__.pop("_figures", None)


def _short_place(f: Figure) -> str:
    return f"{f.indicator.label}（{f.place_name}）" if f.place_name else f.indicator.label


def _place_name(f: Figure) -> str:
    return f.place_name or "—"


def _problems_by_path(problems: list[Problem]) -> dict[str, list[Problem]]:
    by_path: dict[str, list[Problem]] = defaultdict(list)
    for p in problems:
        by_path[p.path].append(p)
    return by_path


def issue_keys(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    """Every issue page's cache key and the download lines of its figures: what the page kinds after
    it are made of. No page is made here, so that they can be made while the issue pages are."""
    names = {t.slug: t.name for t in c.taxonomy}
    by_path = _problems_by_path(problems)
    for entry in c.issues:
        # everything the page is made of comes from its own issue (see page_cache.py)
        # the parse-cache key names the parsed issue as well as its repr does, without hashing it
        parsed = c.parse_keys.get(entry.issue.source.path) or entry.issue
        site.issue_keys[entry.page] = site.page_cache.key(
            parsed, entry.page, entry.label, original_target(site, entry), by_path.get(entry.issue.source.path, []),
            names)
    new = any(not site.page_cache.known(key) for key in site.issue_keys.values())
    # the stored sentence anchors are read next, and (with a new issue) every issue's lines
    reading = site.page_cache.read_ahead(
        [("anchors", (key,)) for key in c.parse_keys.values()]
        + ([(FigureLines.NAMES[0], (key,)) for key in site.issue_keys.values()] if new else []))
    by_issue: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        by_issue[f.ref.entry.page].append(f)
    site.lines = FigureLines(by_issue, site.page_cache, site.issue_keys)
    if new:
        # a new or changed issue is in most downloads (its year's and those of its themes, measures
        # and places), so nearly every issue's lines are needed: read once, before any fork
        site.lines.load_all()
    reading.join()


def issues(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    gazetteer = load_gazetteer()
    names = {t.slug: t.name for t in c.taxonomy}
    by_path = _problems_by_path(problems)
    for entry in c.issues:
        own = by_path.get(entry.issue.source.path, [])
        key = site.issue_keys[entry.page]
        if site.reuse(key, entry.page):
            continue
        figures = site.lines.by_issue.get(entry.page, [])
        marks = [mark_article(a, n) for n, a in enumerate(entry.issue.articles, start=1)]
        stem = entry.page.removesuffix(".md")
        rates = [f for f in figures if f.indicator.unit == "%"]
        chart = site.chart(bar_chart("本期报告的比率（实际值）", rates, entry.page, f"{stem}-chart.csv", _short_place))
        site.add(entry.page, r.page(
            "issue.html.j2", entry.page, f"{entry.issue.series or '未署刊名'} {entry.label}", entry=entry,
            issue=entry.issue, theme_names=names, original=original_target(site, entry), problems=own,
            gazetteer=gazetteer, marks=marks, chart=chart, n_figures=len(figures),
        ))
        site.page_cache.later(key, entry.page, (chart.csv,) if chart else ())


def places(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    gazetteer = load_gazetteer()
    children: dict[str, list] = defaultdict(list)
    for code in sorted(c.places):
        parent = c.places[code].division.parent
        if parent:
            children[parent].append(c.places[code])
    provinces = [p for p in c.places.values() if p.division.level == "province"]
    tree = [(prov, [(city, children[city.division.adcode], _articles_within(city, children[city.division.adcode]))
                    for city in children[prov.division.adcode]])
            for prov in provinces]
    site.add("places/index.md", r.page("places_index.html.j2", "places/index.md", "地区", tree=tree))
    names = {t.slug: t.name for t in c.taxonomy}
    # comparable figures per place: normalised measures and rates
    by_place: dict[str, list[Figure]] = defaultdict(list)
    by_measure: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        if f.indicator.place and (f.indicator.measure or f.indicator.unit == "%"):
            by_place[f.indicator.place].append(f)
        if f.indicator.measure:
            by_measure[f.indicator.measure].append(f)
    latest: dict[str, tuple[dict, dict]] = {}  # measure → newest actual figure per place, grouped
    peer_charts: dict[tuple[str, str], object] = {}  # (group, measure) → its comparison, made once
    for code, idx in c.places.items():
        page = f"places/{code}.md"
        refs = sorted(idx.primary, key=_newest) + sorted(idx.mentioned, key=_newest)
        theme_counts = Counter(t for ref in refs for t in ref.article.themes)
        # by page: hashing an entry hashes its whole issue (a second of a warm build)
        timeline = sorted({ref.entry.page: ref.entry for ref in refs}.values(), key=lambda e: e.sort_key)
        parent = gazetteer.by_code(idx.division.parent) if idx.division.parent else None
        figures = by_place.get(code, [])
        time_charts = []  # (title, figures, csv) of its time chart: made only if the page is
        peer_chart = None
        measured = Counter(f.indicator.measure for f in figures if f.indicator.measure and f.indicator.kind == "actual")
        for slug, _ in sorted(measured.items(), key=lambda x: (-x[1], x[0]))[:1]:  # its main measure; the table has the rest
            mname = measure_names().get(slug, slug)
            time_charts.append((f"{idx.division.name}{mname}的变化", [f for f in figures if f.indicator.measure == slug],
                                f"places/{code}-{slug}-time.csv"))
            # one comparison per group of peers, shared by every page of the group (rendered once);
            # this place's bar is coloured on its own page after rendering
            if slug not in latest:
                latest[slug] = _peer_groups(latest_by_place(by_measure.get(slug, [])))
            group, peers = _peers(idx.division, latest[slug], gazetteer)
            if (group, slug) not in peer_charts:
                peer_charts[group, slug] = bar_chart(f"{mname}：与同级地区比较（各地最新实际值）", peers, page,
                                                     f"places/peers-{group}-{slug}.csv", _place_name)
            peer_chart = peer_charts[group, slug]
            if peer_chart and any(f.indicator.place == code for f in peer_chart.figures):
                peer_chart = peer_chart.focused(code)
        kids = children.get(code, [])
        # everything the page shows, as issue keys and names: a place a new issue does not touch
        # (nor its children, nor its peers' latest values) is taken from the cache. Its time chart
        # is made of its own figures (their issue keys are here), so it is drawn up only if needed.
        key = site.page_cache.key(
            "place", idx.division, parent, tuple((site.issue_keys[ref.entry.page], ref.index) for ref in refs),
            len(idx.primary), tuple((k.division, k.count) for k in kids), site.sources(figures),
            tuple((title, csv) for title, _, csv in time_charts),
            (peer_chart.key, peer_chart.focus, peer_chart.title, peer_chart.csv) if peer_chart else None, names)
        if site.reuse(key, page):
            continue
        charts = [time_chart(title, own, page, csv, _place_name) for title, own, csv in time_charts] + [peer_chart]
        charts = [ch for ch in charts if ch]
        csv = f"places/{code}-figures.zip" if figures else None
        if csv:
            site.figures_zip(csv, f"{code}-figures.csv", figures)
        for ch in charts:
            site.chart(ch)
        site.add(page, r.page(
            "place.html.j2", page, idx.division.name, csv=csv, idx=idx, figures=figures, primary=sorted(idx.primary, key=_newest),
            mentioned=sorted(idx.mentioned, key=_newest), children=kids, parent=parent,
            themes=[(names.get(s, s), s, n) for s, n in sorted(theme_counts.items(), key=lambda x: (-x[1], x[0]))],
            timeline=timeline, charts=charts,
        ))
        _store_later(site, key, page, charts, csv)


def _store_later(site: Site, key: str, page: str, charts: list, csv: str | None) -> None:
    """Store a place, theme or measure page under ``key`` with its charts' CSVs and its figures' zip."""
    site.page_cache.later(key, page, tuple(ch.csv for ch in charts) + ((csv,) if csv else ()))


def _articles_within(city, counties: list) -> int:
    """Articles about a city or any county under it, each counted once (a city rarely has
    articles of its own: without its counties the index showed most cities with 0)."""
    refs = {(ref.entry.page, ref.anchor) for idx in (city, *counties) for ref in (*idx.primary, *idx.mentioned)}
    return len(refs)


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


def themes(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    site.add("themes/index.md", r.page("themes_index.html.j2", "themes/index.md", "主题", collection=c))
    by_theme: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        if f.indicator.kind == "actual" and f.indicator.measure:
            for slug in f.ref.article.themes:
                by_theme[slug].append(f)
    for theme in c.taxonomy:
        page = f"themes/{theme.slug}.md"
        refs = sorted(c.themes.get(theme.slug, []), key=_newest)
        covered = Counter(p.adcode for ref in refs for p in ref.article.places if p.primary)
        place_rows = [(c.places[code], n) for code, n in sorted(covered.items(), key=lambda x: (-x[1], x[0]))
                      if code in c.places]
        figures = by_theme.get(theme.slug, [])
        # everything the page shows (see places): a theme a new issue does not touch is not made again
        key = site.page_cache.key("theme", theme, tuple((site.issue_keys[ref.entry.page], ref.index) for ref in refs),
                                  tuple((p.division, n) for p, n in place_rows), site.sources(figures),
                                  _linked_places(figures, c))
        if site.reuse(key, page):
            continue
        by_measure: dict[str, list[Figure]] = defaultdict(list)
        for f in figures:
            if f.indicator.place:
                by_measure[f.indicator.measure].append(f)
        charts = [site.chart(bar_chart(f"{measure_names().get(slug, slug)}：各地最新实际值", latest_by_place(group),
                                       page, f"themes/{theme.slug}-{slug}.csv", _place_name))
                  for slug, group in sorted(by_measure.items(), key=lambda x: (-len(x[1]), x[0]))[:4]]
        charts = [ch for ch in charts if ch]
        csv = f"themes/{theme.slug}-figures.zip" if figures else None
        if csv:
            site.figures_zip(csv, f"{theme.slug}-figures.csv", figures)
        site.add(page, r.page(
            "theme.html.j2", page, theme.name, csv=csv, theme=theme, refs=refs, place_rows=place_rows,
            figures=figures, places=c.places, charts=charts,
        ))
        _store_later(site, key, page, charts, csv)


def _linked_places(figures: list[Figure], c: Collection) -> tuple[str, ...]:
    """The places of ``figures`` that have a page (figure tables link them): a page key input."""
    return tuple(sorted({f.indicator.place for f in figures if f.indicator.place in c.places}))


def measures(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    """One page per normalised measure that has figures: every place compared, over time."""
    by_measure: dict[str, list[Figure]] = defaultdict(list)
    for f in _figures(site, c):
        if f.indicator.measure:
            by_measure[f.indicator.measure].append(f)
    for measure in load_measures():
        figures = by_measure.get(measure.slug, [])
        if not figures:
            continue
        page = f"measures/{measure.slug}.md"
        key = site.page_cache.key("measure", measure, site.sources(figures), _linked_places(figures, c))
        if site.reuse(key, page):
            continue
        latest = latest_by_place(figures)
        top = _most_reported(figures)  # once: inside the comprehension it made this page quadratic
        charts = [
            site.chart(bar_chart(f"{measure.name}：各地最新实际值", latest, page,
                                 f"measures/{measure.slug}-places.csv", _place_name)),
            site.chart(time_chart(f"{measure.name}：报告最多的地区历次数值（实心为实际，空心为目标）",
                                  [f for f in figures if f.indicator.place in top], page,
                                  f"measures/{measure.slug}-time.csv", _place_name)),
        ]
        charts = [ch for ch in charts if ch]
        csv = f"measures/{measure.slug}-figures.zip"
        site.figures_zip(csv, f"{measure.slug}-figures.csv", figures)
        site.add(page, r.page(
            "measure.html.j2", page, measure.name, measure=measure, figures=figures, places=c.places,
            charts=charts, csv=csv, counts=Counter(f.indicator.kind for f in figures),
        ))
        _store_later(site, key, page, charts, csv)


def _most_reported(figures: list[Figure], n: int = 6) -> set[str]:
    """The places with the most actual values: a time chart of every place would be a tangle."""
    counts = Counter(f.indicator.place for f in figures if f.indicator.place and f.indicator.kind == "actual")
    return {code for code, _ in sorted(counts.items(), key=lambda x: (-x[1], x[0]))[:n]}


DOUBT_ROWS = 300  # rows per list of doubtful figures: the page stays readable; the downloads have all


def data(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    figures = _figures(site, c)
    articles = article_rows(c)
    by_year: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_year[str(f.ref.entry.issue.year or "undated")].append(f)
    years = []  # one zip a year: a new issue remakes one, and a year stays under Excel's 1,048,576 rows
    for year, group in sorted(by_year.items(), reverse=True):
        path, stem = f"data/figures-{year}.zip", f"figures-{year}"

        def make(group=group, stem=stem) -> bytes:
            return zip_bytes({f"{stem}.csv": site.lines.csv(group), f"{stem}.json": site.lines.json(group)})

        site.files[path] = site.page_cache.memo(path, site.sources(group), make)
        years.append((year if year != "undated" else "年份不详", len(group), path, stem))
    site.files["data/articles.csv"] = csv_bytes(articles, ARTICLE_COLUMNS)
    site.files["data/articles.json"] = json_bytes(articles)
    counts = Counter(f.indicator.measure for f in figures if f.indicator.measure)
    measure_rows = [(m, counts[m.slug]) for m in load_measures() if counts.get(m.slug)]
    by_file = defaultdict(list)
    for p in sorted(problems, key=lambda p: (p.path, p.line or 0, p.message)):
        by_file[p.path].append(p)
    entries = {e.issue.source.path: e for e in c.issues}
    site.add("data/index.md", r.page(
        "quality.html.j2", "data/index.md", "数据与质量", by_file=dict(sorted(by_file.items())), entries=entries,
        severity_names=SEVERITY_NAMES, counts=Counter(p.severity for p in problems),
        measure_rows=measure_rows, n_figures=len(figures), n_articles=len(articles), years=years,
        kinds=Counter(f.indicator.kind for f in figures), doubts=figure_doubts(figures), doubt_limit=DOUBT_ROWS,
    ))


def original_path(entry) -> str:
    """Where the untouched original file is published, beside the issue page."""
    src = entry.issue.source
    ext = src.format if src.format != "md" else "md.txt"  # a .md original must not become a page
    return f"originals/{entry.series_slug}/{entry.slug}.{ext}"


def original_target(site: Site, entry) -> str:
    """What the issue page links as its original: the copy in the site, or the file where the
    office keeps it (settings.py, ``originals``)."""
    return site.settings.original_link(entry.issue.source.path) or original_path(entry)


def _newest(ref: ArticleRef) -> tuple:
    key = ref.entry.sort_key
    return (tuple(-ord(ch) for ch in key[0]), ref.entry.slug, ref.index)


def search(site: Site, r: Renderer, c: Collection, problems: list[Problem]) -> None:
    """The search page; its index (search/*.js) is written by build.generate from search_index."""
    site.add("search.md", r.page("search.html.j2", "search.md", "搜索"))


PAGE_BUILDERS = (home, archive, issue_keys, places, data, issues, themes, measures, search)
# Made by a forked process while this one makes the rest (forked.py): they need only what
# issue_keys prepared, and take about as long as the others (cold and with one new issue).
FORKABLE = (places, data)
