"""Charts checked as data (their Vega-Lite specs), sentence anchors, and the data downloads."""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from generator.pages.charts import (HIGHLIGHT_COLOR, ChartRenderer, bar_chart, focus_bar, link_marks, spec_key,
                              tidy_svg, time_chart)
from generator.store.collect import collect
from generator.pages.downloads import FIGURE_COLUMNS, csv_bytes, figure_lines, figure_record, figures_csv, json_bytes
from generator.pages.downloads import figures_json as joined_json
from generator.pages.figures import gather_figures, latest_by_place, mark_article
from generator.model import Article, Indicator, Issue, SourceFile
from generator.extract.themes import load_taxonomy


def _issue(path: str, date: str, *articles: Article) -> Issue:
    return Issue(source=SourceFile(path=path, sha256=path.ljust(64, "0"), format="txt", encoding="utf-8"), series="测试简报",
                 kind="bulletin", year=int(date[:4]), issue_no=int(date[5:7]), total_no=None, publisher=None,
                 date=date, articles=tuple(articles))


def _fig(text: str, paragraph: str, value: float, kind: str = "actual", place: str = "451026",
         measure: str | None = "school_return_rate", label: str = "劝返率", p: int = 0, unit: str = "%",
         scope: str = "whole", change: bool = False) -> Indicator:
    start = paragraph.index(text)
    sentence = next(s + "。" for s in paragraph.split("。") if text in s)
    return Indicator(label, value, unit, kind, text, sentence, place, measure, scope=scope, change=change,
                     paragraph=p, start=start, end=start + len(text))


P1 = "今年以来，那坡县全力控辍保学。全县劝返率达 92%。力争年底劝返率达到 100%。"
P2 = "乐业县劝返率达 88.5%，比上年提高 3 个百分点。"


@pytest.fixture(scope="module")
def collection():
    a1 = Article("那坡县控辍保学", paragraphs=(P1,), indicators=(
        _fig("劝返率达 92%", P1, 92), _fig("劝返率达到 100%", P1, 100, kind="target")))
    a2 = Article("乐业县控辍保学", paragraphs=(P2,), indicators=(_fig("劝返率达 88.5%", P2, 88.5, place="451028"),))
    a3 = Article("那坡县再报", paragraphs=("那坡县劝返率达 95%。",), indicators=(
        _fig("劝返率达 95%", "那坡县劝返率达 95%。", 95),))
    issues = [_issue("a.txt", "2019-03-01", a1, a2), _issue("b.txt", "2019-06-01", a3)]
    return collect(issues, load_taxonomy())


def test_sentences_become_anchors_and_figures_point_at_them():
    art = Article("t", paragraphs=(P1,), indicators=(_fig("劝返率达 92%", P1, 92), _fig("劝返率达到 100%", P1, 100, "target")))
    marks = mark_article(art, 3)
    assert marks.anchors == ("a3-s1", "a3-s2")
    segs = marks.paragraphs[0]
    assert "".join(s.text for s in segs) == P1  # no text lost or repeated
    assert [(s.text, s.anchor) for s in segs if s.anchor] == [("全县劝返率达 92%。", "a3-s1"),
                                                              ("力争年底劝返率达到 100%。", "a3-s2")]


def test_a_figure_whose_sentence_is_lost_falls_back_to_its_paragraph():
    bad = Indicator("劝返率", 92, "%", "actual", "不在文中", "也不在文中", None, None, paragraph=0, start=0, end=4)
    marks = mark_article(Article("t", paragraphs=("其他文字。",), indicators=(bad,)), 1)
    assert marks.anchors == ("a1-p0",)
    assert [s.anchor for s in marks.paragraphs[0]] == [None]


def test_bar_chart_plots_only_actual_values_each_linking_to_its_sentence(collection):
    figures = gather_figures(collection)
    latest = latest_by_place([f for f in figures if f.indicator.measure == "school_return_rate"])
    assert {f.indicator.place: f.indicator.value for f in latest} == {"451026": 95, "451028": 88.5}
    chart = bar_chart("劝返率", figures, "measures/school_return_rate.md", "measures/x.csv",
                      lambda f: f.place_name)
    spec = chart.spec
    values = spec["data"]["values"]
    assert sorted(v["value"] for v in values) == [88.5, 92, 95]  # the 100% target is not a result
    assert all(v["href"].startswith("../issues/") and ".html#a" in v["href"] for v in values)
    assert spec["encoding"]["description"]["field"] == "mark"  # linked after rendering, see link_marks
    assert [v["mark"] for v in values] == [f"jbm{n}" for n in range(len(values))]
    assert spec["mark"]["type"] == "bar" if isinstance(spec["mark"], dict) else spec["mark"] == "bar"
    assert "Microsoft YaHei" in spec["config"]["font"] and "Noto Sans CJK SC" in spec["config"]["font"]
    labels = [v["label"] for v in values]
    assert spec["encoding"]["y"]["field"] == "label"
    assert len(labels) == len(set(labels)), "two bars with one name would be stacked into one"
    assert {v["code"] for v in values} == {"451026", "451028"}


def test_long_bar_labels_are_cut_by_us_and_stay_distinct():
    """Vega's labelLimit measures a label again and again to cut it; we cut it once, by ems."""
    from generator.pages.charts import LABEL_EMS, _short, _unique
    long = "某某县" + "易地扶贫搬迁安置点配套设施建设完成率" * 2
    assert _short("那坡县") == "那坡县" and _short("a" * 30) == "a" * 30
    cut = _short(long)
    assert cut.endswith("…") and long.startswith(cut[:-1]) and len(cut) <= LABEL_EMS
    twins = _unique([_short(long + "甲"), _short(long + "乙")])
    assert len(set(twins)) == 2


def test_bars_with_long_labels_are_drawn_no_wider_than_the_page_column(collection):
    """On a desktop a chart wider than the content column scrolled, hiding its right end (the
    largest values): long labels narrow the plot instead, in the spec and as drawn."""
    from generator.pages import svg_charts

    figures = [f for f in gather_figures(collection) if f.indicator.kind == "actual"]
    long = lambda f: f"门诊特殊慢性病医疗费用个人实际报销比例（{f.place_name}）"  # noqa: E731
    for name_of, narrow in ((long, True), (lambda f: f.place_name, False)):
        chart = bar_chart("劝返率", figures, "places/451026.md", "x.csv", name_of)
        assert (chart.spec["width"] < svg_charts.WIDTH) is narrow
        svg = ChartRenderer(None).svgs([chart])[chart.key]
        assert int(re.search(r'<svg [^>]*?width="(\d+)"', svg).group(1)) <= svg_charts.CHART_WIDTH


def test_a_shared_peer_chart_colours_the_page_own_bar():
    rows = [{"mark": "jbm0", "name": "那坡县", "value": 92, "unit": "%", "date": "2019-03-01", "code": "451026",
             "href": "../issues/a.html#a1-s1"},
            {"mark": "jbm1", "name": "<b>乐业县</b>", "value": 88.5, "unit": "%", "date": "", "code": "451028",
             "href": "../issues/a.html#a2-s1"}]
    svg = link_marks('<path aria-label="jbm0" d="M0" fill="#3f6fb5"/><path aria-label="jbm1" d="M1" fill="#3f6fb5"/>', rows)
    assert '<a class="jb-mark jb-place-451026" xlink:href="../issues/a.html#a1-s1">' in svg
    assert 'aria-label="那坡县：92%（2019年3月1日）"' in svg and "<b>" not in svg
    assert "&lt;b&gt;乐业县&lt;/b&gt;：88.5%（日期不详）" in svg  # a date unknown is said so
    assert "<title>那坡县：92%（2019年3月1日）</title>" in svg  # what a mouse over the bar shows
    out = focus_bar(svg, "451026")
    assert out.count(HIGHLIGHT_COLOR) == 1 and 'd="M0" fill="' + HIGHLIGHT_COLOR in out


def test_time_chart_draws_targets_as_targets(collection):
    figures = [f for f in gather_figures(collection) if f.indicator.place == "451026"]
    chart = time_chart("那坡县劝返率", figures, "places/451026.md", "places/x.csv", lambda f: f.place_name)
    layers = chart.spec["layer"]
    filters = [layer.get("transform", [{}])[0].get("filter") for layer in layers]
    assert "datum.kind == '目标'" in filters
    target_layer = layers[filters.index("datum.kind == '目标'")]
    assert target_layer["mark"]["filled"] is False
    kinds = sorted(v["kind"] for v in chart.spec["data"]["values"])
    assert kinds == ["实际", "实际", "目标"]
    assert all(layer["encoding"]["x"]["type"] == "temporal" for layer in layers)


def test_two_values_of_one_place_on_one_date_are_points_off_the_line():
    """德保县 reported 实际报销比例 82.7% and 91.3% on one date: a line through both drew a vertical
    stroke that read as a change. Both stay points; the line joins the dates with one value."""
    def article(date_values: list[float]) -> Article:
        text = "。".join(f"劝返率达 {v}%" for v in date_values) + "。"
        return Article("那坡县控辍保学", paragraphs=(text,), indicators=tuple(
            _fig(f"劝返率达 {v}%", text, v) for v in date_values))

    issues = [_issue("a.txt", "2019-03-01", article([80])), _issue("b.txt", "2019-06-01", article([82.7, 91.3])),
              _issue("c.txt", "2019-09-01", article([93]))]
    chart = time_chart("那坡县劝返率", gather_figures(collect(issues, load_taxonomy())), "places/451026.md", "x.csv",
                       lambda f: f.place_name)
    svg = ChartRenderer(None, workers=1).svgs([chart])[chart.key]
    lines = re.findall(r'<g class="mark-line[^"]*"[^>]*><path d="(M[^"]*)"', svg)
    assert len(lines) == 1
    assert len(re.findall(r"[ML]", lines[0])) == 2  # March and September: June's two values are not on it
    assert svg.count('aria-roledescription="point"') == 4  # every value is a point


def test_one_value_is_not_a_chart(collection):
    figures = [f for f in gather_figures(collection) if f.indicator.place == "451028"]
    assert bar_chart("x", figures, "p.md", "x.csv", lambda f: "") is None
    assert time_chart("x", figures, "p.md", "x.csv", lambda f: "") is None


def test_specs_are_deterministic(collection):
    make = lambda: bar_chart("劝返率", gather_figures(collection), "p.md", "x.csv", lambda f: f.place_name)  # noqa: E731
    assert spec_key(make().spec) == spec_key(make().spec)


def test_rendered_svg_is_cached_and_links_are_relative(collection, tmp_path, monkeypatch):
    monkeypatch.setenv("JIANBAO_CHARTS", "vega")  # vl-convert's drawings are cached; ours are drawn again
    chart = bar_chart("劝返率", gather_figures(collection), "measures/school_return_rate.md", "x.csv",
                      lambda f: f.place_name)
    first = ChartRenderer(tmp_path)
    svg = first.svgs([chart])[chart.key]
    assert (first.rendered, first.cached) == (1, 0)
    assert 'xlink:href="../issues/' in svg and "vega.github.io" not in svg and "http" not in svg.replace(
        "http://www.w3.org/", "")
    again = ChartRenderer(tmp_path)
    assert again.svgs([chart])[chart.key] == svg and (again.rendered, again.cached) == (0, 1)


def test_worker_processes_render_the_same_svgs(collection, tmp_path, monkeypatch):
    """With vl-convert (JIANBAO_CHARTS=vega) charts are drawn by worker processes, as they are made."""
    monkeypatch.setenv("JIANBAO_CHARTS", "vega")  # the workers inherit it
    figures = gather_figures(collection)
    charts = [bar_chart(f"劝返率 {n}", figures, "p.md", "x.csv", lambda f: f.place_name) for n in range(3)]
    serial = ChartRenderer(None, workers=1).svgs(charts)
    monkeypatch.setattr(ChartRenderer, "IN_PROCESS", 1)
    pooled = ChartRenderer(tmp_path / "c", workers=2)
    assert pooled.svgs(charts) == serial and pooled.rendered == 3
    assert sorted(p.name for p in (tmp_path / "c" / "vega").iterdir()) == sorted(f"{c.key}.svg" for c in charts)


def test_tidy_svg_makes_ids_unique_per_chart():
    svg = '<svg x="1"><clipPath id="clip1"></clipPath><g clip-path="url(#clip1)"></g></svg>'
    out = tidy_svg(svg, "abcdef0123456789abcd")
    assert 'id="jbabcdef01-clip1"' in out and "url(#jbabcdef01-clip1)" in out and 'role="img"' in out


def test_figure_csv_has_every_column_and_opens_in_excel(collection):
    data = figures_csv(figure_lines(gather_figures(collection))[0])
    assert data.startswith("\ufeff".encode())  # Excel needs the BOM to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == FIGURE_COLUMNS
    first = rows[0]
    assert first["place_code"] == "451026" and first["place"] == "那坡县" and first["measure"] == "school_return_rate"
    assert first["page"].endswith(".html#a1-s1") and first["sentence"] == "那坡县劝返率达 95%。"


def test_figure_downloads_joined_from_lines_equal_the_files_written_whole(collection):
    """Downloads are joined from each figure's cached line: the bytes must be those of csv and
    json writing all the rows at once (quotes, commas and newlines inside fields included)."""
    figures = gather_figures(collection)
    rows = [figure_record(f) for f in figures]
    lines, records = figure_lines(figures)
    assert figures_csv(lines) == csv_bytes(rows, FIGURE_COLUMNS)
    assert joined_json(records) == json_bytes(rows, FIGURE_COLUMNS)
    assert joined_json([]) == json_bytes([], FIGURE_COLUMNS)
    odd = [replace(f, indicator=replace(f.indicator, text=f'"引号",逗号\n换行{n}\r', label="a,b")) for n, f in enumerate(figures[:3])]
    lines, records = figure_lines(odd)
    assert figures_csv(lines) == csv_bytes([figure_record(f) for f in odd], FIGURE_COLUMNS)
    assert joined_json(records) == json_bytes([figure_record(f) for f in odd], FIGURE_COLUMNS)


def figures_json(sample_content: Path) -> list[dict]:
    """Every figure, from the per-year zips (newest year first, as the data page lists them)."""
    import zipfile

    rows = []
    zips = sorted((sample_content / "data").glob("figures-*.zip"), reverse=True)
    assert zips and not (sample_content / "data/figures.zip").exists()
    for path in zips:
        stem = path.stem
        with zipfile.ZipFile(path) as z:
            assert sorted(z.namelist()) == [f"{stem}.csv", f"{stem}.json"]
            assert z.read(f"{stem}.csv").startswith("\ufeffplace_code,".encode())
            year = json.loads(z.read(f"{stem}.json").decode("utf-8"))
            assert year
            rows += year
    quality = (sample_content / "data/index.md").read_text(encoding="utf-8")
    assert all(f'href="{p.name}"' in quality for p in zips), "the data page links every year"
    return rows


def test_sample_site_has_measure_pages_downloads_and_charts(sample_content):
    assert (sample_content / "data/articles.csv").is_file()
    rows = figures_json(sample_content)
    assert rows and set(rows[0]) == set(FIGURE_COLUMNS)
    assert {r["kind"] for r in rows} >= {"actual", "target", "policy"}
    measures = sorted(sample_content.glob("measures/*.md"))
    assert measures, "one page per measure with figures"
    charted = [p for p in sample_content.rglob("*.md") if "<svg" in p.read_text(encoding="utf-8")]
    kinds = {p.relative_to(sample_content).parts[0] for p in charted}
    assert {"issues", "places", "measures", "themes"} <= kinds, kinds
    for page in charted:
        text = page.read_text(encoding="utf-8")
        assert "下载本图数据（CSV）" in text
        assert "<!--jb-chart" not in text  # every placeholder was filled


def test_every_chart_value_is_an_actual_figure(sample_content):
    """A plotted value links to a sentence whose figure is of kind actual or target (drawn hollow)."""
    rows = figures_json(sample_content)
    kind_of = {(r["page"].split("#")[1], r["value"]): r["kind"] for r in rows}
    issue = next(p for p in sample_content.glob("issues/*/*.md") if "<svg" in p.read_text(encoding="utf-8"))
    import re

    marks = re.findall(r'<a class="jb-mark[^"]*" xlink:href="([^"#]*)#([^"]+)"><path aria-label="[^"：]*：([\d.]+)%',
                       issue.read_text(encoding="utf-8"))
    assert marks
    for _, anchor, value in marks:
        value = value.rstrip("0").rstrip(".") if "." in value else value
        assert kind_of.get((anchor, value)) == "actual", (anchor, value)


@pytest.mark.parametrize("template", [("bar", "%"), ("bar", "万元"), ("time", "%", True), ("time", "户", False)])
def test_chart_templates_are_valid_vega_lite(template):
    """Templates are built without altair's schema validation (charts._config, for speed): every
    shape the site uses is validated here instead."""
    import altair as alt

    from generator.pages import charts

    kind, *args = template
    spec = json.loads(charts._bar_template(*args) if kind == "bar" else charts._time_template(*args))
    alt.TopLevelSpec.validate(spec)
    broken = dict(spec, mark={"type": "no-such-mark"})
    with pytest.raises(Exception):
        alt.TopLevelSpec.validate(broken)


_TEMPLATES = """
import json, sys
from pathlib import Path
from generator.pages import charts
charts.keep_templates_in(Path(sys.argv[1]))
made = [charts._bar_template("%"), charts._time_template("元", True), charts._time_template("户", False)]
print(json.dumps(["altair" in sys.modules, made], ensure_ascii=False))
"""


def _templates(folder: Path) -> tuple[bool, list[str]]:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _TEMPLATES, str(folder)], capture_output=True, text=True, check=True)
    return tuple(json.loads(done.stdout))


def test_chart_templates_are_kept_between_builds_without_importing_altair(tmp_path):
    """altair takes 0.3 s to import and tens of ms a template: a build keeps the templates it made
    (charts.keep_templates_in), and the next build, with the same tool and altair versions, reads
    them and never imports altair. A damaged file is made again."""
    imported, made = _templates(tmp_path)
    assert imported and all(json.loads(t)["title"] == "TITLE" for t in made)
    (stored,) = tmp_path.glob("templates-*.json")
    assert _templates(tmp_path) == (False, made)
    (tmp_path / "templates-0123456789abcdef0123.json").write_text("{}", encoding="utf-8")  # another version's
    for damaged in ("", "[1, 2]", '{"x": 1}', "{not json"):
        stored.write_text(damaged, encoding="utf-8")
        assert _templates(tmp_path) == (True, made)
    assert [p.name for p in tmp_path.glob("templates-*.json")] == [stored.name]


# --- pages: only like compared with like ----------------------------------------------------------

def _households_site():
    """那坡县 reports its poor households on one date, with a village's count, a bracket and a change
    beside them; 乐业县 reports its own on two dates."""
    from generator.model import Place
    from generator.pages.pages import render_site

    slug = "poor_households"  # 建档立卡贫困户, counted in 户
    napo = Place("那坡县", "451026", "county", "广西壮族自治区", "百色市", primary=True)
    leye = Place("乐业县", "451028", "county", "广西壮族自治区", "百色市", primary=True)
    p1 = ("那坡县有贫困户 15099 户。其中百合村贫困户 31 户。收入 5 万元以上的贫困户 50000 户。"
          "贫困户比上年减少 1200 户。")
    a1 = Article("那坡县脱贫", paragraphs=(p1,), places=(napo,), indicators=(
        _fig("贫困户 15099 户", p1, 15099, unit="户", measure=slug, label="贫困户"),
        _fig("贫困户 31 户", p1, 31, unit="户", measure=slug, label="贫困户", scope="sub"),
        _fig("贫困户 50000 户", p1, 50000, unit="户", measure=slug, label="贫困户", scope="threshold"),
        _fig("减少 1200 户", p1, 1200, unit="户", measure=slug, label="贫困户", change=True)))
    p2, p3 = "乐业县有贫困户 9000 户。", "乐业县有贫困户 8000 户。"
    a2 = Article("乐业县脱贫", paragraphs=(p2,), places=(leye,), indicators=(
        _fig("贫困户 9000 户", p2, 9000, unit="户", measure=slug, label="贫困户", place="451028"),))
    a3 = Article("乐业县再脱贫", paragraphs=(p3,), places=(leye,), indicators=(
        _fig("贫困户 8000 户", p3, 8000, unit="户", measure=slug, label="贫困户", place="451028"),))
    c = collect([_issue("a.txt", "2019-03-01", a1, a2), _issue("b.txt", "2019-06-01", a3)], load_taxonomy())
    return slug, render_site(c, [], Path(__file__).resolve().parent.parent / "templates", {})


@pytest.fixture(scope="module")
def households():
    return _households_site()


def test_a_place_with_values_on_one_date_gets_no_time_chart_but_a_list(households):
    _, site = households
    napo, leye = site.pages["places/451026.md"], site.pages["places/451028.md"]
    assert "那坡县建档立卡贫困户的变化" not in napo and "只有一个日期的数值" in napo
    listed = napo.split("只有一个日期的数值", 1)[1].split("</ul>", 1)[0]
    assert "15,099 户" in listed and "31 户" not in listed and "5 万户" not in listed and "1,200" not in listed
    assert '<h3 id="tu1">乐业县建档立卡贫困户的变化</h3>' in leye and "只有一个日期" not in leye
    time_svg = leye.split("乐业县建档立卡贫困户的变化</h3>", 1)[1].split("</svg>", 1)[0]
    assert time_svg.count('aria-roledescription="point"') == 2
    assert '<g class="jb-key">' in time_svg and ">乐业县</text>" in time_svg  # a key for its colour


def test_a_measure_page_compares_only_whole_place_levels(households):
    slug, site = households
    page = site.pages[f"measures/{slug}.md"]
    compared, others = page.split('<h2 id="qita">', 1)
    compared = compared.split('<h2 id="quanbu">', 1)[1]
    assert "15,099 户" in compared and "9,000 户" in compared and "8,000 户" in compared
    for value in ("31 户", "5 万户", "1,200 户"):
        assert value not in compared and value in others, value
    for reason in ("乡村、企业等局部的数", "档次或门槛", "增减量"):
        assert reason in others
    # the comparison chart plots each place's newest whole-place level, nothing else
    svg = page.split('<h2 id="tu1">', 1)[1].split("</svg>", 1)[0]
    plotted = re.findall(r"<title>([^<]*)</title>", svg)
    assert sorted(plotted) == ["乐业县：8,000 户（2019年6月1日）", "那坡县：15,099 户（2019年3月1日）"]


def test_a_peer_chart_keys_the_page_own_bar_only_where_it_is_coloured(households):
    _, site = households
    napo = site.pages["places/451026.md"]
    peers = napo.split('<h3 id="tu1">', 1)[1].split("</svg>", 1)[0]
    assert "与同级地区比较" in peers and "本页地区" in peers
    assert peers.count(HIGHLIGHT_COLOR) == 2  # its bar and its key
    from generator.pages.charts import PLACEHOLDER, fill_placeholders
    unfocused = {"p.md": PLACEHOLDER.format(key="a" * 20, focus="-")}
    fill_placeholders(unfocused, {"a" * 20: '<svg><g class="jb-key-focus"><rect/></g><g class="jb-key"></g></svg>'})
    assert "jb-key-focus" not in unfocused["p.md"] and "jb-key" in unfocused["p.md"]


def test_a_figure_is_dated_by_its_sentence_and_plotted_at_the_end_of_that_year():
    """示例: an issue of 2019 recalls 2013's rate and gives 2018's. Each level is placed at its own
    date, not both at the issue's; the latest per place is 2018's, though 2013's comes from the same issue."""
    text = "那坡县贫困发生率由2013年的30.2%下降到2018年底的1.06%。"
    figs = (replace(_fig("2013年的30.2%", text, 30.2, measure="poverty_rate", label="贫困发生率"), date="2013"),
            replace(_fig("2018年底的1.06%", text, 1.06, measure="poverty_rate", label="贫困发生率"), date="2018"))
    same_year = "2019年那坡县参保率达 100%。"
    own = replace(_fig("参保率达 100%", same_year, 100, measure="insured_rate", label="参保率"), date="2019")
    c = collect([_issue("a.txt", "2019-03-01", Article("那坡县脱贫", paragraphs=(text,), indicators=figs),
                        Article("那坡县医保", paragraphs=(same_year,), indicators=(own,)))], load_taxonomy())
    rates = [f for f in gather_figures(c) if f.indicator.measure == "poverty_rate"]
    assert sorted((f.date, f.day) for f in rates) == [("2013", "2013-12-31"), ("2018", "2018-12-31")]
    assert latest_by_place(rates)[0].indicator.value == 1.06
    chart = time_chart("那坡县贫困发生率", rates, "places/451026.md", "x.csv", lambda f: f.place_name)
    assert sorted(v["date"] for v in chart.spec["data"]["values"]) == ["2013-12-31", "2018-12-31"]
    insured = next(f for f in gather_figures(c) if f.indicator.measure == "insured_rate")
    assert insured.date == "2019-03-01"  # the issue's own year: its date says more, and is not in the future


# --- people counted in 名 and 人; the home page's latest figures; the data-quality page -----------

def _people_site():
    """示例: 那坡县 reports its poor people as 2.9 万名 and, in the same issue, as 3712 人 (one of the
    two is not the whole count); 乐业县 as 18600 人. Beside them a figure with no label and one whose
    scope was guessed."""
    from generator.model import Place
    from generator.pages.pages import render_site

    napo = Place("那坡县", "451026", "county", "广西壮族自治区", "百色市", primary=True)
    leye = Place("乐业县", "451028", "county", "广西壮族自治区", "百色市", primary=True)
    p1 = "全县 2.9 万名贫困人口全部结对。全县贫困人口 3712 人。全县投入 400 万元。"
    a1 = Article("那坡县结对帮扶", paragraphs=(p1,), places=(napo,), indicators=(
        _fig("2.9 万名贫困人口", p1, 29000, unit="名", measure="poor_population", label="贫困人口"),
        _fig("贫困人口 3712 人", p1, 3712, unit="人", measure="poor_population", label="贫困人口"),
        _fig("投入 400 万元", p1, 4000000, unit="元", measure=None, label="")))
    p2 = "乐业县贫困人口 18600 人。其中一村帮扶经费 5 万元。"
    guessed = replace(_fig("帮扶经费 5 万元", p2, 50000, unit="元", measure=None, label="帮扶经费", place="451028"),
                      doubt="范围按上文推断为乡镇、村或社区")
    a2 = Article("乐业县脱贫", paragraphs=(p2,), places=(leye,), indicators=(
        _fig("贫困人口 18600 人", p2, 18600, unit="人", measure="poor_population", label="贫困人口", place="451028"),
        guessed))
    c = collect([_issue("a.txt", "2019-03-01", a1, a2)], load_taxonomy())
    return render_site(c, [], Path(__file__).resolve().parent.parent / "templates", {})


@pytest.fixture(scope="module")
def people():
    return _people_site()


def _cells(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_people_counted_in_ming_and_ren_are_compared_as_one(people):
    """名 and 人 count the same people (measures.yml same_units): neither is left out of the comparison
    as 单位不同, the chart plots both, and two values of one date are flagged as a conflict."""
    page = people.pages["measures/poor_population.md"]
    assert "单位不同" not in page
    svg = page.split('<h2 id="tu1">', 1)[1].split("</svg>", 1)[0]
    assert sorted(re.findall(r"<title>([^<]*)</title>", svg)) == [
        "乐业县：1.86 万人（2019年3月1日）", "那坡县：2.9 万名（2019年3月1日）"]
    quality = people.pages["data/index.md"]
    conflicts = _cells(quality.split('id="chongtu"', 1)[1])
    assert "贫困人口 那坡县 2019年3月1日 2.9 万名" in conflicts and "3,712 人" in conflicts


def test_the_home_page_shows_what_the_measure_page_plots_as_readers_write_it(people):
    home = _cells(people.pages["index.md"].split('id="shuzi"', 1)[1].split("</table>", 1)[0])
    assert "那坡县 2.9 万名 2019年3月" in home and "乐业县 1.86 万人 2019年3月" in home
    assert "29000" not in home and "2019-03" not in home


def test_the_data_quality_page_lists_doubtful_figures_as_readers_write_them(people):
    quality = people.pages["data/index.md"]
    unlabelled = _cells(quality.split('id="wumingcheng"', 1)[1].split("</table>", 1)[0])
    assert "2019年3月1日 400 万元 投入 400 万元" in unlabelled and "4000000" not in unlabelled
    guessed = _cells(quality.split('id="tuiduan"', 1)[1].split("</table>", 1)[0])
    assert "帮扶经费 5 万元 范围按上文推断为乡镇、村或社区" in guessed and "50000" not in guessed


def test_a_table_row_that_repeats_the_text_is_listed_once():
    # 劝返率达 92% in the text and again in the table's 合计 row: one figure on place and measure pages
    said = _fig("劝返率达 92%", P1, 92)
    again = replace(said, text="合计 劝返率 92%", table=0)
    other = replace(said, value=95, text="甲镇 劝返率 95%", table=0, scope="sub")
    article = Article("那坡县控辍保学", paragraphs=(P1,), indicators=(said, again, other))
    figures = gather_figures(collect([_issue("a.txt", "2019-03-01", article)], load_taxonomy()))
    assert [(f.indicator.value, f.indicator.table) for f in figures] == [(92, None), (95, 0)]
