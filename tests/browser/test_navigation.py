"""Finding one's way in the browser: search filters, sort and AND, results that open pages with
charts, phones (390 px), the error page under a sub-path, and the screenshots of issue 24."""
from __future__ import annotations

import re

import pytest

from .conftest import page_path
from .test_search import results, run_search, status_of, targets

pytestmark = pytest.mark.slow

SVG_TEXT = "return [...document.querySelectorAll('svg text')].map(t => t.textContent)"


def svg_state(browser) -> dict:
    return browser.js("""return {
        texts: [...document.querySelectorAll('.jb-chart svg text')].map(t => t.textContent),
        marks: document.querySelectorAll('svg mark, figure mark, .jb-chart mark').length,
        hits: document.querySelectorAll('mark.jb-hit').length}""")


def test_a_result_on_a_page_with_a_chart_leaves_the_chart_text_intact(browser, server, built):
    """田林县 is a label of the comparison chart on its place page: opening the page from the result
    marks the words in the text, never inside the chart (a <mark> in SVG text is not drawn)."""
    page = built.place_page("田林县")
    browser.open(server.url(page))
    plain = svg_state(browser)["texts"]
    assert any("田林县" in t for t in plain), plain
    found = run_search(browser, server.url("search.html?q=田林县"))
    index = [p for p, _, _ in targets(found, server.base)].index(page)
    link = browser.css("#jb-results > li a.jb-result")[index]
    browser.js("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    browser.wait(lambda d: page_path(d.current_url, server.base) == page)
    browser.wait_ready()
    browser.wait(lambda d: d.execute_script("return document.querySelectorAll('mark.jb-hit').length > 0"),
                 message="the words are not marked on the page")
    after = svg_state(browser)
    assert after["marks"] == 0 and after["texts"] == plain, after


def test_issue_page_chart_labels_survive_a_query(browser, server, built):
    pages = sorted(built.site.glob("issues/*/*.html"))
    page = next(p for p in pages if "jb-chart-figure" in p.read_text(encoding="utf-8"))
    rel = page.relative_to(built.site).as_posix()
    browser.open(server.url(rel))
    plain = svg_state(browser)["texts"]
    word = next(m.group(1) for t in plain for m in [re.search(r"（(\w+?[县市区])）", t)] if m)  # a place in a label
    browser.open(server.url(rel + "?q=" + word))
    browser.wait(lambda d: d.execute_script("return document.querySelectorAll('mark.jb-hit').length > 0"))
    after = svg_state(browser)
    assert after["marks"] == 0 and after["texts"] == plain, (word, after)


def result_rows(browser) -> list[dict]:
    return browser.js("""return [...document.querySelectorAll('#jb-results > li')].map(li => ({
        href: li.querySelector('a.jb-result').href, info: (li.querySelector('.jb-info') || {}).textContent || ''}))""")


def test_spaces_mean_and(browser, server, built):
    found = run_search(browser, server.url("search.html?q=两不愁 三保障"))
    assert found and re.fullmatch(r"找到 \d+ 条结果", status_of(browser)), status_of(browser)
    articles = {(a.page, a.anchor): a for a in built.articles()}
    for page, anchor, _ in targets(found, server.base):
        text = articles[(page, anchor)].text
        assert "两不愁" in text and "三保障" in text, page
    both = run_search(browser, server.url("search.html?q=那坡县 易地扶贫搬迁"))
    one = run_search(browser, server.url("search.html?q=易地扶贫搬迁"))
    assert 0 < len(both) < len(one)
    for page, anchor, _ in targets(both, server.base):
        text = articles[(page, anchor)].text
        assert "易地扶贫搬迁" in text and ("那坡" in text), page


def test_articles_come_before_listing_pages_unless_the_query_names_one(browser, server):
    found = run_search(browser, server.url("search.html?q=扶贫"))
    kinds = ["article" if "#a" in r["href"] else "listing" for r in found]
    assert "article" in kinds and "listing" in kinds
    assert kinds == sorted(kinds), "a place or theme page before an article: " + str(kinds)
    found = run_search(browser, server.url("search.html?q=那坡县"))
    assert page_path(found[0]["href"], server.base) == "places/451026.html", found[0]
    found = run_search(browser, server.url("search.html?q=教育扶贫"))
    assert page_path(found[0]["href"], server.base) == "themes/education.html", found[0]


def test_sort_by_date(browser, server, built):
    run_search(browser, server.url("search.html?q=扶贫&sort=date"))
    rows = [r for r in result_rows(browser) if "#a" in r["href"]]
    dates = [tuple(map(int, m.groups())) for r in rows for m in [re.search(r"(\d{4})年(\d+)月(\d+)日", r["info"])] if m]
    assert len(dates) >= 5 and dates == sorted(dates, reverse=True), dates
    assert browser.js("return document.querySelector('#jb-filters [name=sort]').value") == "date"


@pytest.mark.parametrize("param, value, check", [
    ("year", "2019", lambda info, page: "2019年" in info),
    ("series", "百色市脱贫攻坚简报", lambda info, page: info.startswith("百色市脱贫攻坚简报")),
    ("theme", "education", None),
    ("place", "451000", None),  # a city: articles naming it or any of its counties
])
def test_filters(browser, server, built, param, value, check):
    everything = run_search(browser, server.url("search.html?q=扶贫"))
    run_search(browser, server.url(f"search.html?q=扶贫&{param}={value}"))
    rows = result_rows(browser)
    assert rows and len(rows) < len(everything), (param, status_of(browser))
    assert "筛选" in status_of(browser)
    assert browser.js(f"return document.querySelector('#jb-filters [name={param}]').value") == value
    pages = [page_path(r["href"], server.base) for r in rows]
    assert all("#a" in r["href"] for r in rows), "a filter keeps articles only"
    if check:
        assert all(check(r["info"], p) for r, p in zip(rows, pages)), rows
    else:  # the articles the theme's or the place's own page lists
        listing = (built.site / ("themes/education.html" if param == "theme" else "places/451000.html")).read_text(encoding="utf-8")
        for r in rows:
            page, anchor = page_path(r["href"], server.base), r["href"].split("#")[1]
            assert page.split("/", 1)[1] + "#" + anchor in listing, (param, page, anchor)


def test_a_filter_without_words_lists_its_articles(browser, server):
    run_search(browser, server.url("search.html?place=451027"))
    rows = result_rows(browser)
    assert rows and re.match(r"找到 \d+ 篇文章", status_of(browser)), status_of(browser)


def test_choosing_a_filter_narrows_the_results_in_place(browser, server):
    run_search(browser, server.url("search.html?q=扶贫"))
    before = len(results(browser))
    from selenium.webdriver.support.ui import Select

    Select(browser.css("#jb-filters [name=year]")[0]).select_by_value("2021")
    browser.wait(lambda d: "筛选" in d.execute_script("return document.getElementById('jb-status').textContent"))
    rows = result_rows(browser)
    assert 0 < len(rows) < before and all("2021年" in r["info"] for r in rows)
    assert "year=2021" in browser.driver.current_url


def test_filters_work_from_file(file_browser, built):
    base = built.offline.resolve().as_uri() + "/"
    run_search(file_browser, base + "search.html?q=扶贫&year=2019")
    rows = result_rows(file_browser)
    assert rows and all("2019年" in r["info"] for r in rows), status_of(file_browser)


def sample_pages(site) -> list[str]:
    """A page of each kind."""
    pick = lambda pattern: sorted(p.relative_to(site).as_posix() for p in site.glob(pattern))
    issues = [p for p in pick("issues/*/*.html") if not p.endswith("index.html")]
    return ["index.html", "issues/index.html", pick("issues/*/index.html")[0], *issues[:3],
            "places/index.html", "places/451000.html", "places/451027.html", "places/451024.html",
            "themes/index.html", "themes/education.html", pick("measures/*.html")[0], "data/index.html",
            "search.html?q=扶贫", "about.html"]


def test_nothing_is_wider_than_a_phone(browser, server, built):
    browser.driver.set_window_size(390, 844)
    try:
        wide = []
        for page in sample_pages(built.site):
            browser.open(server.url(page))
            if "search.html" in page:
                run_search(browser, server.url(page))
            # every table inside the viewport, a wide one scrolling inside its own box (or its wrapper's)
            tables = browser.js("""const scrolls = e => e && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
            return [...document.querySelectorAll('.md-typeset table')].filter(t => {
                const wrap = t.closest('.md-typeset__scrollwrap'), box = scrolls(wrap) ? wrap : t;
                const r = box.getBoundingClientRect();
                return r.width > 0 && r.right > window.innerWidth + 1;
            }).map(t => (t.querySelector('th') ? t.querySelector('th').textContent : '?') + ' ' + Math.round(t.getBoundingClientRect().right) + '/' + innerWidth)""")
            if tables:
                wide.append(f"{page}: tables that do not scroll inside their box: {tables}")
            width = browser.js("return [document.documentElement.scrollWidth, window.innerWidth]")
            if width[0] > width[1]:
                culprits = browser.js("""return [...document.querySelectorAll('body *')].filter(e => {
                    const r = e.getBoundingClientRect(); return r.right > window.innerWidth + 1 && r.width > 0;
                }).slice(0, 5).map(e => e.tagName + '.' + e.className)""")
                wide.append(f"{page}: {width} {culprits}")
        assert not wide, "\n".join(wide)
        # a wide table scrolls inside its box
        browser.open(server.url("index.html"))
        box = browser.js("""const t = [...document.querySelectorAll('.md-typeset table')].find(t => t.scrollWidth > t.clientWidth)
            || document.querySelector('.md-typeset table'); const s = getComputedStyle(t);
            return [t.getBoundingClientRect().right <= window.innerWidth + 1, s.overflowX]""")
        assert box[0] and box[1] in ("auto", "scroll"), box
    finally:
        browser.driver.set_window_size(1280, 1000)


def test_the_error_page_is_styled_under_a_sub_path(browser, server):
    browser.open(server.url("404.html"))
    loaded = browser.js("return [...document.styleSheets].filter(s => s.href && s.href.includes('assets/')).length")
    assert loaded >= 2
    traffic = browser.collect()
    assert not traffic.bad_status, traffic.bad_status


@pytest.mark.parametrize("missing", ["gone.html", "places/999999.html", "issues/jiu-kan-ming/2017-001.html"])
def test_the_error_page_sent_for_a_missing_address_in_any_folder(browser, server, missing):
    """The server sends 404.html for a missing address: in a folder of the site too, its styles,
    scripts and links load from the site's root (under the sub-path), and it speaks Chinese."""
    browser.open(server.url(missing))
    page = browser.js("""return {
        sheets: [...document.styleSheets].filter(s => s.href && s.cssRules.length).map(s => s.href),
        h1: document.querySelector('.md-content h1').textContent,
        links: [...document.querySelectorAll('.md-tabs a, .md-content a')].map(a => a.href),
        box: !!document.querySelector('.jb-search-form'),
        width: document.querySelector('.md-content').getBoundingClientRect().width}""")
    assert {server.base + "assets/jianbao/jianbao.css", server.base + "assets/jianbao/search.css"} <= set(page["sheets"]), page
    assert any(s.startswith(server.base + "assets/stylesheets/main.") for s in page["sheets"]), page
    assert page["h1"] == "找不到这个页面" and page["box"], page
    assert page["width"] < 1000, "the theme's layout is applied"
    pages = {page_path(h, server.base) for h in page["links"]}
    assert {"index.html", "issues/index.html", "places/index.html", "search.html"} <= pages, pages
    for rel in pages:
        path = server.site / rel
        assert path.is_file(), rel
