"""Our SVG renderer (generator/pages/svg_charts.py) against the reference, Vega through vl-convert: the same
specs must put their marks in the same places. Text widths are estimated by us, so label positions
and the left margin are not compared; bars, points and grid lines are."""
from __future__ import annotations

import re

import pytest

from generator.pages import charts, svg_charts
from generator.pages.svg_charts import nice, number_labels, ticks, time_ticks

NUMBER = r"-?\d+(?:\.\d+)?(?:e-?\d+)?"


def _rows(values, names=None, dates=None, kinds=None):
    rows = []
    for n, v in enumerate(values):
        name = names[n] if names else f"第{n}县"
        rows.append({"name": name, "label": name, "value": v, "unit": "%", "date": dates[n] if dates else "",
                     "code": "451026", "kind": kinds[n] if kinds else "实际", "href": f"../issues/a.html#a1-s{n}"})
    return charts._marked(rows)


def _bar_spec(values, **kw):
    return charts._fill(charts._bar_template("%"), "劝返率", _rows(values, **kw))


def _time_spec(values, dates, kinds=None, names=None):
    kinds = kinds or ["实际"] * len(values)
    spec = charts._time_template("%", "目标" in kinds)
    return charts._fill(spec, "那坡县劝返率", _rows(values, names=names, dates=dates, kinds=kinds))


def _bars(svg: str) -> list[tuple[float, ...]]:
    """Each bar as (top, left, width), top to bottom."""
    out = []
    for d in re.findall(r'aria-roledescription="bar"[^>]*? d="([^"]+)"', svg):
        x, y, w = re.match(rf"M({NUMBER}),({NUMBER})h({NUMBER})v", d).groups()
        out.append((round(float(y), 2), round(float(x), 2), round(float(w), 2)))
    return sorted(out)


def _vega_grid(svg: str) -> list[float]:
    grid = re.search(r'class="mark-rule role-axis-grid"[^>]*>(.*?)</g>', svg).group(1)
    return [float(x) for x in re.findall(rf'translate\(({NUMBER}),0\)', grid)]


def _our_grid(svg: str) -> list[float]:
    grid = re.search(r'<g class="grid">(.*?)</g>', svg).group(1)
    return [float(x) - 0.5 for x in re.findall(rf'<line x1="({NUMBER})"', grid)]


@pytest.mark.parametrize("values", [
    [95, 88.5, 92],
    [0.3, 0.12, 0.05, 0.5],  # decimals
    [12345, 987654, 45000, 3],  # thousands
    [70, 70, 70],  # ties keep their order
    [-3.5, 12, 4],  # a fall below zero
    [0, 0],  # nothing but zeros
    list(range(25)),  # the most bars a chart has
])
def test_bars_fall_where_vega_draws_them(values):
    spec = _bar_spec(values)
    ours, vega = svg_charts.draw(spec), charts.vega_svg(spec)
    if any(values):
        assert _bars(ours) == _bars(vega)
        assert _our_grid(ours) == pytest.approx(_vega_grid(vega))
    else:  # Vega draws a degenerate scale for a domain of [0, 0]; we draw bars of no length on [0, 1]
        assert [w for _, _, w in _bars(ours)] == [0, 0]


def test_points_have_vegas_heights_and_order_in_time():
    dates = ["2016-03-01", "2017-06-15", "2017-06-15", "2018-01-20", "2019-11-30", "2020-02-01"]
    spec = _time_spec([45.1, 60, 80.5, 82.7, 91.3, 100], dates, kinds=["实际"] * 5 + ["目标"])

    def points(svg):
        found = []
        for label, rest in re.findall(r'<path aria-label="([^"]+)"([^>]*aria-roledescription="point"[^>]*?)/?>', svg):
            found.append((label, rest))
        return found

    def centre(rest):  # Vega places a symbol by transform; we write the path where it stands
        t = re.search(rf"translate\(({NUMBER}),({NUMBER})\)", rest)
        if t:
            return float(t.group(1)), float(t.group(2))
        nums = [float(v) for v in re.findall(NUMBER, re.search(r' d="([^"]+)"', rest).group(1))]
        if "A" in rest:  # circle: M x+r,y A … x-r,y …
            return (nums[0] + nums[7]) / 2, nums[1]
        return nums[0], (nums[1] + nums[5]) / 2  # diamond: top point, then bottom

    ours = charts.tidy_svg(svg_charts.draw(spec), "k" * 20, spec["data"]["values"])
    vega = charts.tidy_svg(charts.vega_svg(spec), "k" * 20, spec["data"]["values"])
    ours_at = {label: centre(rest) for label, rest in points(ours)}
    vega_at = {label: centre(rest) for label, rest in points(vega)}
    assert set(ours_at) == set(vega_at) and len(ours_at) == 6
    for label in vega_at:
        assert ours_at[label][1] == pytest.approx(vega_at[label][1], abs=0.01), label
    by_x = lambda at: [label for label, _ in sorted(at.items(), key=lambda kv: (round(kv[1][0], 3), kv[0]))]  # noqa: E731
    assert by_x(ours_at) == by_x(vega_at)


def test_d3_ticks_and_nice_domains():
    assert nice(0, 14.5) == (0, 16)
    assert nice(0, 0.37) == (0, 0.4)
    assert nice(-3.5, 12) == (-4, 12)
    assert ticks(0, 16, 14) == list(range(17))
    assert ticks(0, 1, 5) == [0, 0.2, 0.4, 0.6, 0.8, 1]
    assert number_labels([0, 500000, 1000000], 0, 1000000, 14) == ["0", "500,000", "1,000,000"]
    assert number_labels([0, 0.05, 0.1], 0, 0.1, 5) == ["0.00", "0.05", "0.10"]
    assert number_labels([-2, 0, 2], -2, 2, 5) == ["−2", "0", "2"]


def test_date_axes_never_repeat_a_label_and_cover_every_date():
    from datetime import date

    for first, last in [("2019-03-02", "2019-03-20"), ("2019-01-01", "2019-12-31"), ("2016-01-05", "2020-12-25"),
                        ("1990-06-01", "2020-06-01")]:
        months, step = time_ticks(date.fromisoformat(first), date.fromisoformat(last), 7)
        assert len(months) <= 7 and len(set(months)) == len(months)
        assert months[0] <= date.fromisoformat(first).year * 12 + date.fromisoformat(first).month - 1 < months[-1]


def test_bulletin_text_in_a_chart_is_escaped():
    spec = charts._fill(charts._bar_template("<b>%</b>"), '劝返率<script>alert(1)</script>',
                        _rows([1, 2], names=['"><img src=x>', "乐业县&"]))
    svg = svg_charts.draw(spec)
    assert "<script" not in svg and "<img" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg and "乐业县&amp;" in svg


# --- charts that tell the truth: hover text, keys, readable and never overlapping labels ---------------

def _texts(svg: str) -> list[tuple[float, float, str, float, str]]:
    """Every <text>: (x, y, anchor, font size, text)."""
    out = []
    for attrs, text in re.findall(r"<text ([^>]*)>([^<]*)</text>", svg):
        a = dict(re.findall(r'([\w-]+)="([^"]*)"', attrs))
        out.append((float(a["x"]), float(a["y"]), a.get("text-anchor", "start"), float(a["font-size"]), text))
    return out


def _spans(svg: str, y: float) -> list[tuple[float, float]]:
    """The extents of the labels on the line ``y`` (the x axis), estimated more generously than the
    renderer does: CJK one em, anything else 0.62 em."""
    spans = []
    for x, ty, anchor, size, text in _texts(svg):
        if ty != y:
            continue
        w = size * sum(1.0 if ord(ch) > 0x2E7F else 0.62 for ch in __import__("html").unescape(text))
        spans.append((x, x + w) if anchor == "start" else (x - w, x) if anchor == "end" else (x - w / 2, x + w / 2))
    return sorted(spans)


def _dates(first: str, last: str, n: int) -> list[str]:
    from datetime import date, timedelta

    a, b = date.fromisoformat(first), date.fromisoformat(last)
    return [(a + timedelta(days=(b - a).days * k // max(1, n - 1))).isoformat() for k in range(n)]


RANGES = [[0.3, 0.12], [95, 88.5, 92], [12345, 987654, 45000], [1.5e7, 1.86e7, 3e6], [2.36e8, 9.9e8],
          [123456789, 7654321], [1, 1e9], [-3.5, 12], [99999, 100001], [5555555, 4444444]]
SPANS = [("2019-03-02", "2019-03-20"), ("2019-01-01", "2019-12-31"), ("2016-01-05", "2020-12-25"),
         ("2018-11-30", "2019-02-01"), ("1990-06-01", "2020-06-01"), ("2017-12-31", "2021-01-01")]


@pytest.mark.parametrize("values", RANGES)
def test_value_axis_labels_never_overlap_and_read_in_wan(values):
    svg = svg_charts.draw(charts._fill(charts._bar_template("元"), "资金", _rows(values)))
    height = svg_charts.BAR_STEP * len(values)
    spans = _spans(svg, height + 15)
    assert len(spans) >= 2
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    labels = [t for _, y, _, _, t in _texts(svg) if y == height + 15]
    assert all(len(label.replace(",", "")) <= 7 for label in labels), labels  # 万/亿, never 1,000,000,000


@pytest.mark.parametrize("first, last", SPANS)
@pytest.mark.parametrize("n", [2, 7, 40])
def test_date_axis_labels_never_overlap(first, last, n):
    dates = _dates(first, last, n)
    svg = svg_charts.draw(_time_spec([10.0 + k for k in range(n)], dates))
    spans = _spans(svg, svg_charts.TIME_HEIGHT + 15)
    assert len(spans) >= 1
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (first, last, spans)


def test_large_values_are_drawn_on_an_axis_of_wan():
    svg = svg_charts.draw(charts._fill(charts._bar_template("株"), "苗木", _rows([18600000, 12000000])))
    labels = [t for *_, t in _texts(svg)]
    assert "万株" in labels and "1,800" in labels and not any("000,000" in t for t in labels)


def test_every_text_is_at_least_ten_pixels():
    specs = [_bar_spec([95, 88.5, 92]), _time_spec([45.1, 60, 100], ["2016-03-01", "2017-06-15", "2018-01-20"],
                                                     kinds=["实际", "实际", "目标"])]
    for spec in specs:
        sizes = [size for *_, size, _ in _texts(svg_charts.draw(spec))]
        assert sizes and min(sizes) >= 10


def test_every_mark_has_hover_text_with_place_value_and_date():
    spec = _time_spec([45.1, 60, 1860], ["2016-03-01", "2017-06-15", "2018-01-20"], kinds=["实际", "实际", "目标"],
                      names=["那坡县", "那坡县", "那坡县"])
    svg = charts.tidy_svg(svg_charts.draw(spec), "k" * 20, spec["data"]["values"])
    marks = re.findall(r'<a class="jb-mark[^"]*"[^>]*><path [^>]*>(.*?)</path></a>', svg)
    assert len(marks) == 3 == svg.count("<title>")
    assert marks[0] == "<title>那坡县：45.1%（2016年3月1日）</title>"
    assert marks[2] == "<title>那坡县：1,860%（2018年1月20日，目标）</title>"


def test_a_time_chart_of_several_places_has_a_key_for_every_colour_and_shape():
    names = ["那坡县", "那坡县", "乐业县", "乐业县", "凌云县"]
    dates = ["2018-01-01", "2019-01-01", "2018-02-01", "2019-02-01", "2019-03-01"]
    spec = _time_spec([50, 60, 70, 80, 90], dates, kinds=["实际"] * 4 + ["目标"], names=names)
    svg = svg_charts.draw(spec)
    key = re.search(r'<g class="jb-key">(.*?)</g>', svg).group(1)
    colours = {}
    for name in set(names):
        entry = re.search(rf'stroke="(#[0-9a-f]+)"[^>]*/><circle[^>]*/><text[^>]*>{name}</text>', key)
        assert entry, name
        colours[name] = entry.group(1)
        # its points are drawn in the colour its key shows
        assert re.search(rf'fill="{colours[name]}" opacity="0.7"|stroke="{colours[name]}" stroke-width="2" opacity',
                         svg), name
    assert len(set(colours.values())) == 3
    assert "实心：实际" in key and "空心：目标" in key
    # the key sits above the plot: nothing of it reaches into the plot's area
    plot_top = float(re.findall(r'<g transform="translate\([^,]+,([\d.]+)\)">', svg)[-1])
    key_top = float(re.search(r'<g transform="translate\([^,]+,([\d.]+)\)"><g class="jb-key">', svg).group(1))
    key_rows = max(float(y) for y in re.findall(r'<text x="[^"]+" y="([\d.]+)"', key))
    assert key_top + key_rows < plot_top


def test_a_peer_chart_has_a_key_and_others_have_none():
    spec = _bar_spec([95, 88.5])
    assert "jb-key" not in svg_charts.draw(spec)
    spec["usermeta"] = {"jianbao": {"key": [[charts.HIGHLIGHT_COLOR, charts.FOCUS_KEY], [charts.ACTUAL_COLOR, "其他地区"]]}}
    svg = svg_charts.draw(spec)
    assert re.search(rf'<g class="jb-key-focus"><rect [^>]*fill="{charts.HIGHLIGHT_COLOR}"/><text[^>]*>本页地区</text></g>', svg)
    assert "其他地区" in svg


# --- charts fit the page's column on a desktop -----------------------------------------------------

LONG = ["门诊特殊慢性病医疗费用个人实际报销比例（示例县）", "住院报销比例（示例县）", "参保率（示例县）"]


def _width(svg: str) -> float:
    return float(re.match(r'<svg [^>]*?width="([\d.]+)"', svg).group(1))


@pytest.mark.parametrize("values", [[95, 88.5, 92], [12345, 987654, 45000]])
def test_bars_with_long_labels_fit_the_column_where_vega_draws_them(values):
    """示例 labels of 20 ems: the plot narrows so that the whole chart fits a desktop's column; the
    spec says the same width, so Vega puts bars and grid lines where we do."""
    spec = _bar_spec(values, names=[charts._short(n) for n in LONG])
    spec["width"] = svg_charts.bar_plot_width(r["label"] for r in spec["data"]["values"])
    assert svg_charts.MIN_PLOT <= spec["width"] < svg_charts.WIDTH
    ours, vega = svg_charts.draw(spec), charts.vega_svg(spec)
    assert _width(ours) <= svg_charts.CHART_WIDTH
    assert _bars(ours) == _bars(vega)
    assert _our_grid(ours) == pytest.approx(_vega_grid(vega))
    spans = _spans(ours, svg_charts.BAR_STEP * len(values) + 15)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    # short labels keep the full plot
    assert svg_charts.bar_plot_width(["那坡县", "乐业县"]) == svg_charts.WIDTH
