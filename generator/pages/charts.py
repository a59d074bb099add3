"""Charts: Vega-Lite specs built with altair, rendered at build time to static SVG.

Nothing is drawn in the browser and nothing is fetched: svg_charts.py draws each spec to SVG (or
vl-convert, with JIANBAO_CHARTS=vega), which is inlined in the page so that every mark can link to its
sentence on the issue page (an ``<img>`` would make the links dead). SVGs are cached by the hash of
their spec when vl-convert draws them (0.04–0.08 s each, in worker processes); ours are drawn again,
in less time than writing a file takes.

Only actual levels of a whole place, in one unit, are plotted as results (figures.level): never a
village's count beside a county's, a bracket (5万元以上) or a change (提高 4.2 个百分点). Targets appear
as hollow marks, with a key, where a chart shows them at all; policy rules are never plotted.
"""
from __future__ import annotations

import hashlib
import html
import json
import re
import os
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..engine import parallel
from ..engine.cache import write_atomic, write_replacing
from .display import amount, cn_date
from .figures import Figure, is_level
from .links import page_url
from .svg_charts import ACTUAL_COLOR, HIGHLIGHT_COLOR, PALETTE, bar_plot_width, draw

if TYPE_CHECKING:  # altair is imported where a template is made: most builds take them from the store
    import altair as alt

# The font Vega lays labels out with; readers see the site's CSS font stack (tidy_svg drops this one).
# WenQuanYi Micro Hei comes first because it is cheap to measure: vl-convert opens and parses the
# font file for every glyph it measures, and Noto Sans CJK's CFF outlines are slow to parse
# (docs/performance.md, "chart fonts"). CJK glyphs are one em wide in all of them, so the layout is
# the same whichever is installed.
FONT = ('"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", '
        '"Source Han Sans SC", SimHei, sans-serif')
FOCUS_KEY = "本页地区"  # the key of a peer chart's coloured bar, removed where no bar is coloured
MAX_BARS = 25
LABEL_EMS = 20  # a bar label longer than this many ems (at 10 px) is cut with …; the table has it whole
MAX_POINTS = 120  # per time chart: more are unreadable; the table beside the chart has them all
PLACEHOLDER = "<!--jb-chart {key} {focus}-->"
_VEGA_BASE = 'xlink:href="https://vega.github.io/vega-datasets/'  # vl-convert's loader base URL


@dataclass(frozen=True)
class Chart:
    """One chart on one page: its spec, the figures it plots and where its CSV goes."""

    title: str
    spec: dict = field(compare=False, hash=False)
    figures: tuple[Figure, ...]
    names: tuple[str, ...]  # what each figure is called on the chart (bar label or series), for the table
    csv: str  # content path of the chart's data as CSV
    focus: str | None = None  # place code whose bar is coloured on this page (after rendering)

    @property
    def key(self) -> str:
        return spec_key(self.spec)

    @property
    def placeholder(self) -> str:
        return PLACEHOLDER.format(key=self.key, focus=self.focus or "-")

    def focused(self, code: str) -> "Chart":
        return replace(self, focus=code)


def spec_key(spec: dict) -> str:
    return hashlib.sha256(json.dumps(spec, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:20]


def _config(chart: alt.TopLevelMixin, title: str) -> dict:
    # labelLimit 0: Vega's default limit (180 px) measures every label once more to see whether it
    # fits, and measuring text is most of a chart's cost in vl-convert (same SVG either way).
    # Bar labels are cut to LABEL_EMS beforehand by _short; numbers and dates are short.
    # Not validated against the Vega-Lite schema at build time (two thirds of making a template);
    # tests/test_charts.py validates every shape.
    return (chart.properties(title=title).configure(font=FONT).configure_axis(labelLimit=0)
            .configure_view(stroke=None).to_dict(validate=False))


def _row(f: Figure, page: str, name: str) -> dict:
    """One plotted value. Its link is written as the built page's URL (page.html#a2-s3): mkdocs
    rewrites .md links in Markdown, and this link lives inside an inline SVG."""
    i = f.indicator
    href = page_url(page, f.target)
    return {"name": name, "value": i.value, "unit": i.unit, "date": f.day or "", "as_of": f.date or "", "code": i.place or "",
            "kind": "实际" if i.kind == "actual" else "目标", "href": href}


def _marked(rows: list[dict]) -> list[dict]:
    """Give each row the id its mark carries through rendering (as its aria-label).

    Vega's own ``href`` channel doubles the rendering time, so marks are rendered with an id
    and wrapped in their links afterwards (:func:`link_marks`)."""
    return [dict(row, mark=f"jbm{n}") for n, row in enumerate(rows)]


def _short(name: str) -> str:
    """Cut a bar label to LABEL_EMS ems (CJK one em, other characters about half).

    Done here rather than by Vega's labelLimit, which finds the cut by measuring the label again and
    again: through vl-convert that doubled the time of a chart of long Chinese labels."""
    width = 0.0
    for n, ch in enumerate(name):
        width += 1.0 if ord(ch) > 0x2E7F else 0.55
        if width > LABEL_EMS:
            return name[:n - 1] + "…"
    return name


def _unique(names: list[str]) -> list[str]:
    """Bars need distinct categories: a second 实际报销比例（德保县） becomes 实际报销比例（德保县）②."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}{chr(0x2460 + min(seen[name], 20) - 1)}")
    return out


_TEMPLATE_FOLDER: Path | None = None


def keep_templates_in(folder: Path | None) -> None:
    """Keep the chart templates (:func:`_bar_template`, :func:`_time_template`) in ``folder``
    between builds: importing altair and building a template, in this process and in the forked one
    (forked.py), cost a rebuild more than its one new issue's charts, for the same few specs every
    time. The file is keyed by the tool version and altair's."""
    global _TEMPLATE_FOLDER
    _TEMPLATE_FOLDER = folder
    _stored_templates.cache_clear()


def _templates_path() -> Path | None:
    if _TEMPLATE_FOLDER is None:
        return None
    from importlib import metadata

    from ..engine.cache import tool_version

    version = hashlib.sha256(f"{tool_version()}\0altair={metadata.version('altair')}".encode()).hexdigest()[:20]
    return _TEMPLATE_FOLDER / f"templates-{version}.json"


@cache
def _stored_templates() -> dict[str, str]:
    path = _templates_path()
    try:
        stored = json.loads(path.read_bytes()) if path is not None else {}
    except (OSError, ValueError):  # absent or damaged: made again
        return {}
    ok = isinstance(stored, dict) and all(isinstance(v, str) for v in stored.values())
    return stored if ok else {}


def _kept(make):
    """``make`` (a template maker) looked up in the stored templates first, and stored when it ran."""

    @lru_cache(maxsize=None)
    def template(*args) -> str:
        key = json.dumps([make.__name__, *args], ensure_ascii=False)
        stored = _stored_templates()
        if key not in stored:
            stored[key] = make(*args)
            path = _templates_path()
            if path is not None:
                write_replacing(path, json.dumps(stored, ensure_ascii=False, sort_keys=True).encode("utf-8"),
                                "templates-*.json")
        return stored[key]

    return template


@_kept
def _bar_template(unit: str) -> str:
    """The bar chart's spec without data, built once by altair per unit.

    Building a spec with altair costs tens of milliseconds; a page per county times several
    charts would spend minutes on it, so each shape is built once and filled with data.
    """
    import altair as alt

    chart = alt.Chart(alt.Data(values=[])).mark_bar(color=ACTUAL_COLOR).encode(
        y=alt.Y("label:N", sort="-x", title=None),
        x=alt.X("value:Q", title=unit),
        description="mark:N",
    ).properties(width=560, height=alt.Step(20))
    return json.dumps(_config(chart, "TITLE"), ensure_ascii=False, sort_keys=True)


def _fill(template: str, title: str, rows: list[dict]) -> dict:
    spec = json.loads(template)
    spec["title"] = title
    spec["data"] = {"values": rows}
    return spec


def _levels(figures: list[Figure], kinds: tuple[str, ...]) -> list[Figure]:
    """The whole-place levels of ``kinds`` in the unit of the first actual one: one chart, one unit
    (名 and 人 are one: Figure.unit)."""
    figures = [f for f in figures if f.indicator.kind in kinds and is_level(f.indicator)]
    unit = next((f.unit for f in figures if f.indicator.kind == "actual"), None)
    return [f for f in figures if f.unit == unit]


def bar_chart(title: str, figures: list[Figure], page: str, csv: str, name_of, peers: bool = False) -> Chart | None:
    """Horizontal bars of actual levels in one unit, one per figure, largest first (at most MAX_BARS).
    ``peers``: a place's bar is coloured on its own page (:func:`focus_bar`), so the chart has a key."""
    figures = _levels(figures, ("actual",))[:MAX_BARS]
    if len(figures) < 2:
        return None
    figures.sort(key=lambda f: -f.indicator.value)  # as the bars stand, so that the table beside reads alike
    unit = figures[0].unit
    names = _unique([name_of(f) for f in figures])
    rows = [dict(_row(f, page, name), label=label)
            for f, name, label in zip(figures, names, _unique([_short(n) for n in names]))]
    spec = _fill(_bar_template(unit), title, _marked(rows))

    spec["width"] = bar_plot_width(r["label"] for r in rows)  # long labels: a narrower plot, fitting the column
    if peers:
        spec["usermeta"] = {"jianbao": {"key": [[HIGHLIGHT_COLOR, FOCUS_KEY], [ACTUAL_COLOR, "其他地区"]]}}
    return Chart(title, spec, tuple(figures), tuple(r["name"] for r in rows), csv)


@_kept
def _time_template(unit: str, with_targets: bool) -> str:
    import altair as alt

    base = alt.Chart(alt.Data(values=[])).encode(
        x=alt.X("date:T", title="日期", axis=alt.Axis(format="%Y年%m月")),
        y=alt.Y("value:Q", title=unit),
    )
    actual = base.transform_filter("datum.kind == '实际'")
    # one line per place: values of different places are never joined. Two values of one place on
    # one date (two figures of one report) stay points off the line: joined, they drew a vertical
    # stroke that read as a change over time.
    one_a_day = actual.transform_joinaggregate(same_day="count()", groupby=["name", "date"]).transform_filter(
        "datum.same_day == 1")
    # a colour per place, keyed (svg_charts draws the same key, with 实际/目标 when there are targets)
    colour = alt.Color("name:N", title=None, scale=alt.Scale(range=list(PALETTE)), legend=alt.Legend(orient="top"))
    layers = [one_a_day.mark_line(aria=False).encode(color=colour, detail="name:N"),
              actual.mark_point(filled=True, size=60).encode(color=colour, description="mark:N")]
    if with_targets:
        layers.append(base.transform_filter("datum.kind == '目标'").mark_point(
            filled=False, shape="diamond", size=80).encode(color=colour, description="mark:N"))
    chart = alt.layer(*layers).properties(width=560, height=240)
    return json.dumps(_config(chart, "TITLE"), ensure_ascii=False, sort_keys=True)


def time_chart(title: str, figures: list[Figure], page: str, csv: str, name_of) -> Chart | None:
    """Values over time: actual levels as a line of points per place, targets as hollow marks.

    Only places with actual values on two dates or more are drawn: points all on one date are not
    a change over time (the page lists such values instead). None when no place has two dates."""
    figures = _levels([f for f in figures if f.day], ("actual", "target"))
    dates: dict[str, set[str]] = {}
    for f in figures:
        if f.indicator.kind == "actual":
            dates.setdefault(name_of(f), set()).add(f.day)
    figures = [f for f in figures if len(dates.get(name_of(f), ())) >= 2]
    if not figures:
        return None
    # the newest MAX_POINTS: rendering cost grows with marks, and the CSV has every value
    figures = sorted(figures, key=lambda f: f.day, reverse=True)[:MAX_POINTS]
    unit = figures[0].unit
    figures = sorted(figures, key=lambda f: (f.day, name_of(f), f.indicator.value))
    rows = [_row(f, page, name_of(f)) for f in figures]
    with_targets = any(f.indicator.kind == "target" for f in figures)
    spec = _fill(_time_template(unit, with_targets), title, _marked(rows))
    return Chart(title, spec, tuple(figures), tuple(r["name"] for r in rows), csv)


class ChartRenderer:
    """Renders specs to SVG: ours in this process; vl-convert's cached on disk by spec hash.

    vl-convert (JIANBAO_CHARTS=vega) is slow a chart, nearly all of it measuring text, and one
    process renders one chart at a time (threads gained nothing and cost system time). So its
    charts missing from the cache go to worker processes, one per core, as soon as pages register
    them: they render while the main process is still making pages, which uses one core only."""

    # Charts to draw before worker processes start: the first. A worker is slow to start (imports,
    # then vl-convert's JavaScript runtime), but on the idle core while this process still makes pages.
    IN_PROCESS = 1

    def __init__(self, cache_dir: Path | None, workers: int | None = None) -> None:
        # Our renderer is fast: writing its charts to the cache doubled their cost, and a page is
        # remade only when its charts' figures changed, so the cached drawing was hardly ever read
        # again; and a worker would take longer to start than all of them.
        vega = renderer() == "vega"
        self.cache_dir = cache_dir / "vega" if cache_dir and vega else None
        self.workers = workers or (min(4, parallel.cores()) if vega else 1)
        self.rendered = 0
        self.cached = 0
        self._waiting: dict[str, dict] = {}  # key → spec: not cached, not yet given to a worker
        self._running: dict[str, Future] = {}
        self._pool: ProcessPoolExecutor | None = None

    def _cached(self, key: str) -> Path | None:
        return self.cache_dir / f"{key}.svg" if self.cache_dir else None

    def submit(self, chart: Chart) -> None:
        """Start rendering ``chart`` if it is not cached (called as each page registers its charts)."""
        key = chart.key
        if key in self._waiting or key in self._running:
            return
        path = self._cached(key)
        if path and path.exists():
            return
        self._waiting[key] = chart.spec
        if self._pool is None and len(self._waiting) >= self.IN_PROCESS and self.workers >= 2:
            # spawn, not fork: vl-convert's JavaScript runtime must not be copied mid-flight
            self._pool = parallel.workers(self.workers, start="spawn")
        if self._pool is not None:
            for key, spec in self._waiting.items():
                self._running[key] = self._pool.submit(render_svg, (key, spec))
            self._waiting.clear()

    def svgs(self, charts: list[Chart]) -> dict[str, str]:
        """The SVG of every chart, by key: from the cache, the workers, or rendered here."""
        for chart in charts:
            self.submit(chart)
        out = {}
        try:
            for key in sorted({c.key for c in charts}):
                if key in self._running:
                    try:
                        svg = self._running.pop(key).result()
                    except parallel.BrokenProcessPool:  # a worker died (out of memory, killed): draw it here
                        svg = render_svg((key, next(c.spec for c in charts if c.key == key)))
                elif key in self._waiting:
                    svg = render_svg((key, self._waiting.pop(key)))
                else:
                    out[key] = self._cached(key).read_text(encoding="utf-8")
                    self.cached += 1
                    continue
                out[key] = svg
                self.rendered += 1
                path = self._cached(key)
                if path:  # another process may write the same chart at the same time
                    try:
                        write_atomic(path, svg.encode("utf-8"))
                    except OSError:  # not kept: drawn again next time
                        pass
        finally:
            self.close()
        return out

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def renderer() -> str:
    """Which renderer draws the charts: ours (svg_charts.py), or vl-convert with JIANBAO_CHARTS=vega."""
    return "vega" if os.environ.get("JIANBAO_CHARTS", "").strip().lower() == "vega" else "python"


def render_svg(job: tuple[str, dict]) -> str:
    """Render one spec to SVG ready to inline (with vl-convert, in a worker process for large builds)."""

    key, spec = job
    return tidy_svg(vega_svg(spec) if renderer() == "vega" else draw(spec), key, spec["data"]["values"])


def vega_svg(spec: dict) -> str:
    """The spec drawn by Vega through vl-convert: exact, but slow (see svg_charts.py)."""
    import vl_convert as vlc  # imported late: starting its JavaScript runtime costs time

    return vlc.vegalite_to_svg(spec)


def tidy_svg(svg: str, key: str, rows: list[dict] = ()) -> str:
    """Make a rendered SVG safe to inline: marks linked to their sentences, ids unique on the
    page, no repeated font stacks, a role for screen readers."""
    svg = svg.replace(_VEGA_BASE, 'xlink:href="')
    # every <text> repeats the ~150-byte font stack; the site's CSS sets the same stack on SVG text
    svg = re.sub(r' font-family="[^"]*"', "", svg)
    ids = sorted(set(re.findall(r'\bid="([^"]+)"', svg)), key=len, reverse=True)
    for old in ids:
        new = f"jb{key[:8]}-{old}"
        svg = svg.replace(f'id="{old}"', f'id="{new}"').replace(f"url(#{old})", f"url(#{new})")
    return link_marks(svg.replace("<svg ", '<svg role="img" ', 1), rows)


def link_marks(svg: str, rows: list[dict] | tuple = ()) -> str:
    """Wrap each mark (aria-label="jbmN") in a link to its row's sentence, with a readable label.

    Names come from bulletins, so everything written into the SVG is escaped."""
    by_mark = {row["mark"]: row for row in rows if "mark" in row}

    def wrap(m: re.Match) -> str:
        row = by_mark.get(m.group(1))
        if row is None:
            return m.group(0)
        label = html.escape(mark_label(row), quote=True)
        place = f" jb-place-{row['code']}" if row.get("code") else ""
        # <title>: what a mouse over the mark shows (aria-label alone shows nothing)
        return (f'<a class="jb-mark{place}" xlink:href="{html.escape(row["href"], quote=True)}">'
                f'<path aria-label="{label}"{m.group(2)}><title>{label}</title></path></a>')

    return re.sub(r'<path aria-label="(jbm\d+)"([^>]*?)/>', wrap, svg)


_cn_date = lru_cache(maxsize=4096)(cn_date)  # a chart's marks share a few dates


def mark_label(row: dict) -> str:
    """那坡县：1,860 万株（2019年3月1日）, with 目标 for a target: the mark's hover text. A figure of
    an issue with no date says 日期不详, as the table beside the chart does."""
    kind = "，目标" if row.get("kind") == "目标" else ""
    when = row.get("as_of", row["date"])  # as coarse as the text: 2020年, not 2020年12月31日
    return f"{row['name']}：{amount(row['value'], row.get('unit', ''))}（{_cn_date(when or None)}{kind}）"


def fill_placeholders(pages: dict[str, str], svgs: dict[str, str]) -> None:
    """Replace each chart placeholder with its SVG (one line, so Markdown keeps it as one block)."""
    pattern = re.compile(r"<!--jb-chart ([0-9a-f]{20}) (\d{6}|-)-->")

    def svg(m: re.Match) -> str:
        out = svgs.get(m.group(1), "").replace("\n", " ")
        if m.group(2) == "-":  # a peer chart on a page whose place has no bar: no key for that colour
            return _FOCUS_KEY.sub("", out) if 'class="jb-key-focus"' in out else out
        return focus_bar(out, m.group(2))

    for path, text in pages.items():
        if "<!--jb-chart " in text:
            pages[path] = pattern.sub(svg, text)


_FOCUS_KEY = re.compile(r'<g class="jb-key-focus">.*?</g>')


def focus_bar(svg: str, code: str) -> str:
    """Colour the bar of place ``code`` (its link carries the class jb-place-<code>)."""
    return re.sub(rf'(<a class="jb-mark jb-place-{code}"[^>]*><path [^>]*? fill="){re.escape(ACTUAL_COLOR)}"',
                  rf'\g<1>{HIGHLIGHT_COLOR}"', svg)
