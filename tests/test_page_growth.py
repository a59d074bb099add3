"""Pages whose lists grow with the archive show the newest rows only, and say where the rest are."""
from __future__ import annotations

from types import SimpleNamespace as NS

from markupsafe import Markup

from generator.pages.render import Renderer

from .sample import REPO


def refs(n: int) -> list:
    issue = NS(date="2020-01-02", series="某县简报")
    return [NS(entry=NS(issue=issue, page=f"issues/x/{k}.md", label=f"第{k}期"), anchor="a1",
               article=NS(title=f"文章{k}")) for k in range(n)]


def table(n: int) -> str:
    macros = Renderer(REPO / "templates").env.get_template("_macros.html.j2").module
    return str(macros.article_table(lambda text, target: Markup("<a>{}</a>").format(text), refs(n)))


def test_article_table_is_capped_and_says_so():
    assert table(100).count("<tr>") == 101 and "共 " not in table(100)
    big = table(1000)
    assert big.count("<tr>") == 101  # header and the newest 100
    assert "共 1000 篇" in big and "articles.csv" in big
    assert "文章0<" in big and "文章100<" not in big


def test_data_page_lists_the_first_problems_and_the_rest_in_a_csv():
    """示例: 250 warnings in 250 files and one error: the page lists 100 rows, the error first, and
    links data/problems.csv, which has every problem (a message starting with = kept as text)."""
    import csv
    import io

    from generator.store.collect import collect
    from generator.model import Article, Problem
    from generator.pages.pages import render_site
    from generator.extract.themes import load_taxonomy

    from .test_charts import _issue

    issue = _issue("2019/a.txt", "2019-03-01", Article("示例文章", paragraphs=("示例：全县投入 400 万元。",)))
    problems = [Problem(f"2019/w{k:03d}.txt", k + 1, "warning", f"示例警告 {k}") for k in range(250)]
    problems += [Problem("2019/a.txt", None, "warning", "=HYPERLINK(\"x\")"), Problem("2019/z.doc", None, "error", "示例错误")]
    site = render_site(collect([issue], load_taxonomy()), problems, REPO / "templates", {})
    page = site.pages["data/index.md"].split('id="zhiliang"', 1)[1].split('id="yidian"', 1)[0]
    assert page.count("<tr>") == 101  # header and 100 problems
    assert page.index("示例错误") < page.index("示例警告 0")
    assert "全部 252 条" in page and 'href="problems.csv"' in page and "涉及 252 个文件" in page
    assert "示例警告 99<" not in page  # the error and the warning of a.txt come first
    rows = list(csv.reader(io.StringIO(site.files["data/problems.csv"].decode("utf-8-sig"))))
    assert rows[0] == ["severity", "file", "line", "message", "page"] and len(rows) == 253
    assert rows[1][:2] == ["错误", "2019/z.doc"]
    assert ["警告", "2019/a.txt", "", "'=HYPERLINK(\"x\")"] == rows[2][:4] and rows[2][4].endswith(".html")


def test_home_headline_figures_list_the_most_reported_counties_and_say_where_the_rest_are():
    from generator.pages.pages import HEADLINE_ROWS, _headline

    n = HEADLINE_ROWS + 20
    codes = [f"45{k:04d}" for k in range(n)]
    places = {code: NS(count=k, division=NS(level="county", name=f"示例{k}县", adcode=code)) for k, code in enumerate(codes)}
    figures = [NS(indicator=NS(measure="poor_households", place=code, value=100.0 + k, date="2020-01-01"),
                  unit="户", date="2020-01-01") for k, code in enumerate(codes)]
    import generator.pages.pages as pages

    original = pages.measure_names
    try:
        pages.measure_names = lambda: {"poor_households": "建档立卡贫困户"}
        measures, rows, having = _headline(
            {"poor_households": pages.MeasureFigures(figures, "户", figures)}, NS(places=places))
    finally:
        pages.measure_names = original
    assert having == n and len(rows) == HEADLINE_ROWS
    assert {p.division.adcode for p, _ in rows} == set(codes[-HEADLINE_ROWS:])  # the most reported
    home = (REPO / "templates" / "home.html.j2").read_text(encoding="utf-8")
    assert "全部 {{ n_headline }} 个县（区）的数据见各指标页" in home
