"""Our two chart kinds drawn as SVG in Python, from the Vega-Lite specs that altair builds.

vl-convert draws those specs exactly, but it measures every piece of text through its font engine,
1–2 ms a label and 40–90 ms a chart. At 1,000 issues the site has ~1,750 charts: 80–120 CPU-seconds,
the largest part of a cold build (measured at 1,135 issues: 65 s with the charts stubbed out, 101 s
with vl-convert). Drawing one here takes about a millisecond. vl-convert stays the reference: tests
draw the same specs with both and compare where the marks fall (tests/test_svg_charts.py), and
``JIANBAO_CHARTS=vega`` builds a site with it.

The layout follows Vega-Lite's defaults, so the charts look like the ones vl-convert drew: d3's
"nice" domains and tick steps, a zero baseline, 20 px bands with 10% padding, ticks of 5 px, grid
lines, labels of 10 px and titles of 11 and 13 px. Two things are our own:
- Text widths are estimated (CJK one em, other characters about half an em). They only decide the
  left margin and which number labels to thin out: labels are right-aligned to the axis.
- Time axes tick by whole months, quarters, half-years or years, and their domain is widened to
  whole ticks: a date axis labelled 年月 must not repeat a month under two ticks.
- Numbers read as bulletins write them: an axis of 株 up to 15,000,000 is titled 万株 and labelled
  0 … 1,500 (display.axis_scale); labels that would touch are thinned, measured with their anchors.
- A key above the plot for every colour: one entry per place on a time chart (and 实际/目标 when
  targets are drawn), this place and its peers on a peer chart (the spec's usermeta says so).
- A chart is at most CHART_WIDTH px wide, so that it fits the page's column on a desktop: bars with
  long labels get a narrower plot (:func:`bar_plot_width`, which charts.bar_chart writes into the
  spec's width, so that Vega draws the same). On a phone the chart scrolls inside its box.

Only the spec's data, title, width, unit and usermeta (a bar chart's key) are read; everything else is the
shape of our two templates (charts.py). Marks are written as ``<path aria-label="jbmN" …/>`` for
charts.link_marks to link and give their hover text.
"""
from __future__ import annotations

import html
import math
from datetime import date

from .display import axis_scale

# The colours of both chart kinds; charts.py writes the same into the Vega-Lite specs.
ACTUAL_COLOR, HIGHLIGHT_COLOR, TARGET_COLOR = "#3f6fb5", "#d2691e", "#8a8a8a"
# one colour per place on a time chart (the first is ACTUAL_COLOR): distinct in print and for the
# common colour-blindnesses (Okabe–Ito, darkened to stand on white)
PALETTE = ("#3f6fb5", "#d55e00", "#009e73", "#cc79a7", "#8a6d00", "#56a0d3", "#000000")

WIDTH, BAR_STEP, TIME_HEIGHT = 560, 20, 240  # WIDTH: the plot's, unless labels need room (bar_plot_width)
# The widest a whole chart is drawn: Material's content column is 671-688 px wide on desktops (960 px
# and wider windows); a wider chart scrolled there, its right end hidden.
CHART_WIDTH, MIN_PLOT = 664, 300
PADDING = 5
LABEL_SIZE, AXIS_TITLE_SIZE, TITLE_SIZE = 10, 11, 13
TICK, LABEL_GAP = 5, 2
GRID, AXIS, TEXT = "#ddd", "#888", "#000"
POINT_RADIUS, DIAMOND_RADIUS = math.sqrt(60) / 2, math.sqrt(80) / 2  # Vega's symbols of size 60 and 80
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)
DATE_LABEL_EMS = 6.2  # "2019年03月" at 10 px: two CJK and six digits
LABEL_SPACE = 4  # px at least between two labels of an axis (text widths are only estimated)
KEY_ROW, KEY_SWATCH, KEY_GAP = 16, 14, 12  # the key: row height, swatch width, space between entries


def draw(spec: dict) -> str:
    """The SVG of a spec made by charts.bar_chart or charts.time_chart."""
    rows = spec["data"]["values"]
    title = spec.get("title") or ""
    width = spec.get("width", WIDTH)
    if "layer" in spec:
        return _time_chart(title, spec["layer"][0]["encoding"]["y"].get("title") or "", rows, width)
    key = spec.get("usermeta", {}).get("jianbao", {}).get("key", ())
    return _bar_chart(title, spec["encoding"]["x"].get("title") or "", rows, key, width)


# --- text ------------------------------------------------------------------------------------------

def text_width(text: str, size: float) -> float:
    """Estimated width in px: CJK characters and full-width punctuation one em, others ~0.6 (digits
    are 0.55 em in the CJK fonts and 0.56 in Arial: a little over, so that labels never touch)."""
    return size * sum(1.0 if ord(ch) > 0x2E7F else 0.6 for ch in text)


def _text(x: float, y: float, text: str, size: float = LABEL_SIZE, anchor: str = "middle",
          bold: bool = False, extra: str = "") -> str:
    weight = ' font-weight="bold"' if bold else ""
    return (f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" font-size="{size}"{weight} fill="{TEXT}"{extra}>'
            f"{html.escape(text)}</text>")


def _n(v: float) -> str:
    """A coordinate, short: 12, 12.5, 12.34."""
    return f"{v:.2f}".rstrip("0").rstrip(".") if v != int(v) else str(int(v))


# --- d3's ticks and nice domains (d3-array ticks.js, d3-scale nice) -------------------------------

_E10, _E5, _E2 = math.sqrt(50), math.sqrt(10), math.sqrt(2)


def _round(v: float) -> int:
    return math.floor(v + 0.5)  # JavaScript's Math.round, not Python's round-half-to-even


def _tick_spec(start: float, stop: float, count: float) -> tuple[int, int, float]:
    step = (stop - start) / max(0, count)
    power = math.floor(math.log10(step))
    error = step / 10 ** power
    factor = 10 if error >= _E10 else 5 if error >= _E5 else 2 if error >= _E2 else 1
    if power < 0:
        inc = 10 ** -power / factor
        i1, i2 = _round(start * inc), _round(stop * inc)
        i1 += i1 / inc < start
        i2 -= i2 / inc > stop
        inc = -inc
    else:
        inc = 10 ** power * factor
        i1, i2 = _round(start / inc), _round(stop / inc)
        i1 += i1 * inc < start
        i2 -= i2 * inc > stop
    if i2 < i1 and 0.5 <= count < 2:
        return _tick_spec(start, stop, count * 2)
    return i1, i2, inc


def ticks(start: float, stop: float, count: int) -> list[float]:
    if start == stop:
        return [start]
    i1, i2, inc = _tick_spec(start, stop, count)
    if i2 < i1:
        return []
    return [(i / -inc if inc < 0 else i * inc) for i in range(i1, i2 + 1)]


def tick_step(start: float, stop: float, count: int) -> float:
    inc = _tick_spec(start, stop, count)[2]
    return -1 / inc if inc < 0 else inc


def nice(start: float, stop: float, count: int = 10) -> tuple[float, float]:
    previous = None
    for _ in range(10):
        step = _tick_spec(start, stop, count)[2]
        if step == previous:
            break
        if step > 0:
            start, stop = math.floor(start / step) * step, math.ceil(stop / step) * step
        elif step < 0:
            start, stop = math.ceil(start * step) / step, math.floor(stop * step) / step
        else:
            break
        previous = step
    return start, stop


def value_domain(values: list[float]) -> tuple[float, float]:
    """Zero included (Vega-Lite's default for bars and lines), made nice."""
    lo, hi = min(0.0, *values), max(0.0, *values)
    if lo == hi:
        hi = lo + 1
    return nice(lo, hi)


def number_labels(values: list[float], start: float, stop: float, count: int, divisor: float = 1) -> list[str]:
    """d3's tickFormat(",f") of the values divided by ``divisor`` (1, 万 or 亿): as many decimals as
    the tick step needs, thousands separated."""
    step = abs(tick_step(start, stop, count)) / divisor
    decimals = max(0, -math.floor(math.log10(step))) if step else 0
    return [f"{v / divisor:,.{decimals}f}".replace("-", "−") for v in values]


def extents(positions: list[float], widths: list[float], anchors: list[str]) -> list[tuple[float, float]]:
    """Where each label of an axis runs from and to, given how it is anchored."""
    return [(x, x + w) if a == "start" else (x - w, x) if a == "end" else (x - w / 2, x + w / 2)
            for x, w, a in zip(positions, widths, anchors)]


def _thinned(spans: list[tuple[float, float]]) -> set[int]:
    """Vega's labelOverlap "parity": while neighbouring labels come closer than LABEL_SPACE, keep
    every other one; if the two ends still touch, the last goes (the first is the axis' start)."""
    keep = list(range(len(spans)))
    close = lambda a, b: spans[b][0] < spans[a][1] + LABEL_SPACE  # noqa: E731
    while len(keep) > 2 and any(close(a, b) for a, b in zip(keep, keep[1:])):
        keep = keep[::2]
    if len(keep) == 2 and close(*keep):
        keep = keep[:1]
    return set(keep)


# --- axes -------------------------------------------------------------------------------------------

def _x_axis(height: float, marks: list[tuple[float, str]], title: str, width: float) -> list[str]:
    """Grid, domain line, ticks and labels under a plot ``width`` by ``height`` px; the first and
    last labels are flush with the ends (Vega-Lite's labelFlush)."""
    marks = [(_round(x), label) for x, label in marks]  # Vega's tickRound: crisp one-pixel lines
    out = ['<g class="grid">']
    out += [f'<line x1="{_n(x + .5)}" x2="{_n(x + .5)}" y1="0" y2="{_n(height)}" stroke="{GRID}"/>' for x, _ in marks]
    out.append("</g>")
    out.append(f'<line x1="0" x2="{_n(width)}" y1="{_n(height + .5)}" y2="{_n(height + .5)}" stroke="{AXIS}"/>')
    out += [f'<line x1="{_n(x + .5)}" x2="{_n(x + .5)}" y1="{_n(height)}" y2="{_n(height + TICK)}" stroke="{AXIS}"/>'
            for x, _ in marks]
    widths = [text_width(label, LABEL_SIZE) for _, label in marks]
    anchors = ["start" if x <= 0 else "end" if x >= width else "middle" for x, _ in marks]
    keep = _thinned(extents([x for x, _ in marks], widths, anchors))
    for n, (x, label) in enumerate(marks):
        if n in keep:
            out.append(_text(x, height + 15, label, anchor=anchors[n]))
    if title:
        out.append(_text(width / 2, height + 30, title, AXIS_TITLE_SIZE, bold=True))
    return out


def _key(entries: list[tuple[str, str, str]], plot_width: float) -> tuple[list[str], float]:
    """The key: (shape, colour, text) entries in rows across the plot's width, and its height.
    Shapes: bar (a filled square), line (a line through a dot), point, diamond (hollow).
    The entry of a peer chart's coloured bar is a group of its own (charts.fill_placeholders)."""
    out, x, y = [], 0.0, 0.0
    for shape, colour, text in entries:
        width = KEY_SWATCH + 4 + text_width(text, LABEL_SIZE)
        if x and x + width > plot_width:
            x, y = 0.0, y + KEY_ROW
        cy, r = y + 8, POINT_RADIUS
        if shape == "bar":
            swatch = f'<rect x="{_n(x + 2)}" y="{_n(cy - 5)}" width="10" height="10" fill="{colour}"/>'
        elif shape == "line":
            swatch = (f'<line x1="{_n(x)}" x2="{_n(x + KEY_SWATCH)}" y1="{_n(cy)}" y2="{_n(cy)}" stroke="{colour}" '
                      f'stroke-width="2"/><circle cx="{_n(x + 7)}" cy="{_n(cy)}" r="{_n(r)}" fill="{colour}"/>')
        elif shape == "point":
            swatch = f'<circle cx="{_n(x + 7)}" cy="{_n(cy)}" r="{_n(r)}" fill="{colour}"/>'
        else:
            q, cx = DIAMOND_RADIUS, x + 7
            swatch = (f'<path d="M{_n(cx)},{_n(cy - q)}L{_n(cx + q)},{_n(cy)}L{_n(cx)},{_n(cy + q)}L{_n(cx - q)},'
                      f'{_n(cy)}Z" fill="white" stroke="{colour}" stroke-width="2"/>')
        entry = swatch + _text(x + KEY_SWATCH + 4, cy + 3.5, text, anchor="start")
        out.append(f'<g class="jb-key-focus">{entry}</g>' if colour == HIGHLIGHT_COLOR else entry)
        x += width + KEY_GAP
    return (['<g class="jb-key">', *out, "</g>"], y + KEY_ROW) if entries else ([], 0.0)


def _frame(title: str, left: float, plot_width: float, plot_height: float, bottom: float, body: list[str],
           key: tuple[list[str], float] = ([], 0.0)) -> str:
    top = PADDING + (TITLE_SIZE + 4 if title else 0)
    key_top, top = top, top + (key[1] + 6 if key[1] else 0)
    width = math.ceil(max(left + plot_width + PADDING + 1, 2 * PADDING + text_width(title, TITLE_SIZE)))
    height = math.ceil(top + plot_height + bottom + PADDING)
    head = (f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
            f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" aria-label="{html.escape(title, quote=True)}">'
            f'<rect width="{width}" height="{height}" fill="white"/>')
    # flush left rather than centred on the plot: on a phone the chart scrolls, and its start shows
    heading = _text(PADDING, PADDING + TITLE_SIZE - 2, title, TITLE_SIZE, anchor="start", bold=True) if title else ""
    if key[0]:
        heading += f'<g transform="translate({_n(left)},{_n(key_top)})">' + "".join(key[0]) + "</g>"
    return (head + heading + f'<g transform="translate({_n(left)},{_n(top)})">' + "".join(body) + "</g></svg>")


# --- bars -------------------------------------------------------------------------------------------

def _bar_left(labels) -> float:
    """The room left of a bar chart's plot: its labels, their ticks and the padding."""
    return PADDING + max((text_width(label, LABEL_SIZE) for label in labels), default=0.0) + TICK + LABEL_GAP


def bar_plot_width(labels) -> int:
    """The plot's width for bars labelled ``labels``: WIDTH, narrowed so that the chart is at most
    CHART_WIDTH wide (never below MIN_PLOT: charts.LABEL_EMS keeps labels short enough)."""
    return max(MIN_PLOT, min(WIDTH, math.floor(CHART_WIDTH - _bar_left(labels) - PADDING - 1)))


def _bar_chart(title: str, unit: str, rows: list[dict], key=(), width: float = WIDTH) -> str:
    """Horizontal bars, largest first (the spec sorts y by -x), one band of 20 px each, on a plot
    ``width`` px wide; ``key``: (colour, text) pairs of the bars' colours."""
    rows = sorted(rows, key=lambda r: -r["value"])  # stable: ties keep their order
    lo, hi = value_domain([r["value"] for r in rows])
    scale = lambda v: (v - lo) / (hi - lo) * width  # noqa: E731
    count = math.ceil(width / 40)
    values = ticks(lo, hi, count)
    height = BAR_STEP * len(rows)
    divisor, unit = axis_scale(max(abs(lo), abs(hi)), unit)
    body = _x_axis(height, list(zip(map(scale, values), number_labels(values, lo, hi, count, divisor))), unit, width)
    body.append(f'<line x1=".5" x2=".5" y1="0" y2="{height}" stroke="{AXIS}"/>')
    zero = scale(0.0)
    for n, row in enumerate(rows):
        band = n * BAR_STEP
        x0, x1 = sorted((zero, scale(row["value"])))
        body.append(f'<line x1="-{TICK}" x2="0" y1="{_n(band + 10.5)}" y2="{_n(band + 10.5)}" stroke="{AXIS}"/>')
        body.append(_text(-TICK - LABEL_GAP, band + 13.5, row["label"], anchor="end"))
        body.append(f'<path aria-label="{row["mark"]}" aria-roledescription="bar" '
                    f'd="M{_n(x0)},{band + 1}h{_n(x1 - x0)}v18h-{_n(x1 - x0)}Z" fill="{ACTUAL_COLOR}"/>')
    return _frame(title, _bar_left(r["label"] for r in rows), width, height, 32 if unit else 17, body,
                  _key([("bar", c, t) for c, t in key], width))


# --- values over time ---------------------------------------------------------------------------------

def _months(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_start(m: int) -> date:
    return date(m // 12, m % 12 + 1, 1)


def time_ticks(first: date, last: date, most: int) -> tuple[list[int], int]:
    """Month numbers (year × 12 + month − 1) of the ticks, every ``step`` months, from the start
    of the first date's step to the end of the last's: at most ``most`` labels."""
    for step in MONTH_STEPS:
        start = _months(first) // step * step
        stop = (_months(last) // step + 1) * step
        if (stop - start) // step + 1 <= most:
            break
    return list(range(start, stop + 1, step)), step


def _time_chart(title: str, unit: str, rows: list[dict], width: float = WIDTH) -> str:
    """Actual values as points joined per place by a line (but not two values of one date, which
    stay points), targets as hollow diamonds."""
    height = TIME_HEIGHT
    dates = [date.fromisoformat(r["date"]) for r in rows]
    months, step = time_ticks(min(dates), max(dates), max(2, int(width // (DATE_LABEL_EMS * LABEL_SIZE + 14))))
    d0, d1 = _month_start(months[0]).toordinal(), _month_start(months[-1]).toordinal()
    x = lambda d: (d.toordinal() - d0) / (d1 - d0) * width  # noqa: E731
    lo, hi = value_domain([r["value"] for r in rows])
    y = lambda v: height - (v - lo) / (hi - lo) * height  # noqa: E731
    tick_y = lambda v: _round(y(v))  # noqa: E731
    divisor, unit = axis_scale(max(abs(lo), abs(hi)), unit)

    label = "{0}年" if step % 12 == 0 else "{0}年{1:02d}月"
    body = _x_axis(height, [(x(_month_start(m)), label.format(m // 12, m % 12 + 1)) for m in months], "日期", width)
    count = math.ceil(height / 40)
    values = ticks(lo, hi, count)
    labels = number_labels(values, lo, hi, count, divisor)
    body.append('<g class="grid">')
    body += [f'<line x1="0" x2="{_n(width)}" y1="{_n(tick_y(v) + .5)}" y2="{_n(tick_y(v) + .5)}" stroke="{GRID}"/>'
             for v in values]
    body.append("</g>")
    body.append(f'<line x1=".5" x2=".5" y1="0" y2="{height}" stroke="{AXIS}"/>')
    for v, text in zip(values, labels):
        body.append(f'<line x1="-{TICK}" x2="0" y1="{_n(tick_y(v) + .5)}" y2="{_n(tick_y(v) + .5)}" stroke="{AXIS}"/>')
        body.append(_text(-TICK - LABEL_GAP, tick_y(v) + 3.5, text, anchor="end"))
    labels_width = max(text_width(t, LABEL_SIZE) for t in labels)
    title_x = -(TICK + LABEL_GAP + labels_width + 4)
    if unit:
        body.append(_text(title_x, height / 2, unit, AXIS_TITLE_SIZE, bold=True,
                          extra=f' transform="rotate(-90 {_n(title_x)} {_n(height / 2)})"'))

    actual = [(d, r) for d, r in zip(dates, rows) if r["kind"] == "实际"]
    same_day: dict[tuple[str, date], int] = {}
    for d, r in actual:
        same_day[r["name"], d] = same_day.get((r["name"], d), 0) + 1
    by_name: dict[str, list[tuple[date, dict]]] = {}
    for d, r in actual:
        if same_day[r["name"], d] == 1:
            by_name.setdefault(r["name"], []).append((d, r))
    # a colour per place, in the order of their names (Vega's ordinal scale sorts its domain too)
    names = sorted({r["name"] for r in rows})
    colour = {name: PALETTE[n % len(PALETTE)] for n, name in enumerate(names)}
    body.append('<g class="mark-line">')
    for name in sorted(by_name):
        points = sorted(by_name[name], key=lambda p: p[0])
        if len(points) > 1:
            d = "L".join(f"{_n(x(p))},{_n(y(r['value']))}" for p, r in points)
            body.append(f'<path d="M{d}" fill="none" stroke="{colour[name]}" stroke-width="2"/>')
    body.append("</g>")
    r, q = POINT_RADIUS, DIAMOND_RADIUS
    for d, row in zip(dates, rows):
        cx, cy = x(d), y(row["value"])
        if row["kind"] == "实际":
            shape = (f'M{_n(cx + r)},{_n(cy)}A{_n(r)},{_n(r)},0,1,1,{_n(cx - r)},{_n(cy)}'
                     f'A{_n(r)},{_n(r)},0,1,1,{_n(cx + r)},{_n(cy)}Z" fill="{colour[row["name"]]}" opacity="0.7')
        else:  # white inside so that the whole diamond can be clicked
            shape = (f'M{_n(cx)},{_n(cy - q)}L{_n(cx + q)},{_n(cy)}L{_n(cx)},{_n(cy + q)}L{_n(cx - q)},{_n(cy)}Z'
                     f'" fill="white" stroke="{colour[row["name"]]}" stroke-width="2" opacity="0.7')
        body.append(f'<path aria-label="{row["mark"]}" aria-roledescription="point" d="{shape}"/>')
    left = PADDING - title_x + (AXIS_TITLE_SIZE if unit else 0)
    entries = [("line", colour[name], name) for name in names]
    if any(r["kind"] != "实际" for r in rows):  # the shapes need a key of their own
        entries += [("point", TARGET_COLOR, "实心：实际"), ("diamond", TARGET_COLOR, "空心：目标")]
    return _frame(title, left, width, height, 32, body, _key(entries, width))
