"""Search in the browser, against the UI contract of site_assets/search.js.

search.html at the site root: <input id="jb-q">, status #jb-status, results <ol id="jb-results">
of <li> with <a class="jb-result">; ?q= is read on load. Every page has a header form
form.jb-search-form with input.jb-search-box. A result opens <page>.html?q=<query>#aN, where
the query words are wrapped in mark.jb-hit.

The sample archive has no article about 那坡县: tests/browser/fixtures/ adds one (and a bulletin of
hostile text) to the site these tests build.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from .conftest import page_path

pytestmark = pytest.mark.slow
ENTER = "\ue007"  # Keys.ENTER (selenium is imported only by the fixtures)

ZWSP = "\u200b"
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "{{ 7*7 }}", "{% raw %}")


@pytest.fixture(autouse=True)
def _has_search(built):
    if not (built.site / "search.html").is_file():
        pytest.fail("the site has no search.html (site_assets/search.js and templates/search.md.j2)")


def run_search(browser, url: str) -> list[dict]:
    """Open a search URL, wait for the search to finish, return the results shown."""
    browser.open(url)
    status = lambda d: d.execute_script(
        "const s = document.getElementById('jb-status'); return s && s.textContent.trim() && !/正在/.test(s.textContent)")
    browser.wait(status, message=f"the search at {url} did not finish")
    return results(browser)


def results(browser) -> list[dict]:
    return browser.js("""return [...document.querySelectorAll('#jb-results > li a.jb-result')]
        .map(a => ({title: a.textContent, href: a.href, text: a.closest('li').innerText}))""")


def targets(found: list[dict], base: str) -> list[tuple[str, str, str]]:
    """(page, anchor, q) of each result link."""
    out = []
    for r in found:
        parts = urlsplit(r["href"])
        out.append((page_path(r["href"], base), unquote(parts.fragment), parse_qs(parts.query).get("q", [""])[0]))
    return out


def base_of(browser) -> str:
    """The site root the current page belongs to (http://…/fupin/jianbao/ or file:///…/site/)."""
    return browser.js("return new URL(document.querySelector('script[src*=\"assets/jianbao/search.js\"]')"
                      ".getAttribute('src').replace(/assets\\/jianbao\\/search\\.js.*$/, ''), location.href).href")


def check_query(browser, built, base: str, query: str, must: list[str]) -> list[dict]:
    """Search ``query``: every article containing it in its text is found (and the articles
    titled in ``must``), every article found contains it, result titles have no U+200B."""
    found = run_search(browser, base + "search.html?q=" + query)
    status = browser.js("return document.getElementById('jb-status').textContent")
    assert found, f"{query}: no results ({status})"
    got = targets(found, base)
    articles = {(a.page, a.anchor): a for a in built.articles()}
    hits = {(p, a) for p, a, _ in got if (p, a) in articles}
    expected = {(a.page, a.anchor) for a in built.articles() if query in a.body}
    expected |= {(built.article(t).page, built.article(t).anchor) for t in must}
    assert expected <= hits, f"{query}: not found: {[articles[k].title for k in expected - hits]}"
    wrong = [articles[k].title for k in hits if query not in articles[k].text]
    assert not wrong, f"{query}: articles found that do not contain it: {wrong}"
    assert all(q == query for _, _, q in got), f"{query}: result links do not carry ?q=: {got}"
    assert not [r["title"] for r in found if ZWSP in r["title"] or ZWSP in r["text"]], "U+200B in results"
    assert ZWSP not in browser.js("return document.body.innerText")
    return found


@pytest.mark.parametrize("query, must", [
    ("那坡县", ["那坡县易地扶贫搬迁"]),
    ("那坡", ["那坡县易地扶贫搬迁"]),
    ("易地扶贫搬迁", ["都安瑶族自治县做好易地扶贫搬迁", "那坡县易地扶贫搬迁"]),
    ("两不愁三保障", ["逻楼镇织密防返贫监测网"]),
    ("控辍保学", ["伶站瑶族乡"]),
    ("防返贫", ["逻楼镇织密防返贫监测网"]),
    ("杨秀兰", ["伶站瑶族乡"]),            # an author
    ("劝返率", ["伶站瑶族乡"]),            # a figure label
    ("义务教育巩固率", ["伶站瑶族乡"]),    # a figure label
])
def test_search_finds_the_articles(browser, server, built, query, must):
    check_query(browser, built, server.base, query, must)


def test_no_more_button_when_every_result_is_shown(browser, server):
    found = run_search(browser, server.url("search.html?q=控辍保学"))
    assert 0 < len(found) < 20
    more = browser.css(".jb-more")
    assert not more or not more[0].is_displayed(), "「显示更多结果」 is shown although every result is"


def test_place_page_is_found_by_its_name(browser, server):
    found = run_search(browser, server.url("search.html?q=那坡"))
    assert "places/451026.html" in [p for p, _, _ in targets(found, server.base)]


def status_of(browser) -> str:
    return browser.js("return document.getElementById('jb-status').textContent")


def test_the_status_line_says_when_a_word_was_not_found_whole(browser, server):
    """乌有县 is in no bulletin: the results are those of the part the index has (县…), and the
    status line says so instead of counting them as matches for 乌有县."""
    found = run_search(browser, server.url("search.html?q=乌有县"))
    alone = run_search(browser, server.url("search.html?q=县"))
    assert found and [t[:2] for t in targets(found, server.base)] == [t[:2] for t in targets(alone, server.base)]
    run_search(browser, server.url("search.html?q=乌有县"))
    shown = re.fullmatch(r"没有找到“乌有县”，只找到含“县”的 (\d+) 条结果", status_of(browser))
    assert shown and int(shown.group(1)) >= len(found), status_of(browser)
    marked = browser.js("return [...document.querySelectorAll('#jb-results mark')].map(m => m.textContent)")
    assert "县" in marked, f"the part that matched is not marked: {marked[:10]}"
    run_search(browser, server.url("search.html?q=那坡县 zzqx"))
    assert re.fullmatch(r"没有找到“zzqx”，只找到其余词的 \d+ 条结果", status_of(browser)), status_of(browser)
    for query in ("那坡县", "那坡县易地扶贫搬迁"):  # one word; words that cover the whole query
        run_search(browser, server.url("search.html?q=" + query))
        assert re.fullmatch(r"找到 \d+ 条结果", status_of(browser)), (query, status_of(browser))


def test_a_result_opens_the_article_with_the_words_marked(browser, server, built):
    query, article = "控辍保学", built.article("伶站瑶族乡")
    found = check_query(browser, built, server.base, query, ["伶站瑶族乡"])
    browser.screenshot("search-results.png")
    index = [(p, a) for p, a, _ in targets(found, server.base)].index((article.page, article.anchor))
    link = browser.css("#jb-results > li a.jb-result")[index]
    browser.js("arguments[0].scrollIntoView({block: 'center'})", link)
    link.click()
    browser.wait(lambda d: urlsplit(d.current_url).path.endswith(article.page))
    browser.wait_ready()
    browser.wait(lambda d: d.execute_script("return document.querySelectorAll('mark.jb-hit').length > 0"),
                 message="no mark.jb-hit on the article")
    assert_arrived(browser, query, article)
    assert page_path(browser.driver.current_url, server.base) == article.page


def assert_arrived(browser, query: str, article) -> None:
    """On ``article``'s page at its anchor, the query marked inside the article, no U+200B."""
    state = browser.js(ARRIVAL, article.anchor)
    assert state["hash"] == "#" + article.anchor, state
    assert state["q"] == query, state
    assert state["marks"] and all(t == query for t in state["marks"]), state
    assert state["inArticle"] > 0, f"no mark.jb-hit inside #{article.anchor}: {state}"
    assert 0 <= state["headingTop"] < state["viewport"] / 2, f"#{article.anchor} is not in view: {state}"
    assert ZWSP not in state["body"], "U+200B in the page text"
    assert ZWSP not in state["selection"], "U+200B in the selected article text"
    assert query in state["selection"], "a copied article does not contain the word that was marked"


ARRIVAL = """
const id = arguments[0], h = document.getElementById(id);
const marks = [...document.querySelectorAll('mark.jb-hit')];
// the article: its heading and everything up to the next h2
const range = document.createRange();
range.setStartBefore(h);
let end = h;
while (end.nextElementSibling && end.nextElementSibling.tagName !== 'H2') end = end.nextElementSibling;
range.setEndAfter(end);
const sel = window.getSelection();
sel.removeAllRanges(); sel.addRange(range);
const selection = sel.toString();
sel.removeAllRanges();
return {
  hash: location.hash, q: new URLSearchParams(location.search).get('q'),
  marks: marks.map(m => m.textContent),
  inArticle: marks.filter(m => range.intersectsNode(m)).length,
  headingTop: h.getBoundingClientRect().top, viewport: window.innerHeight,
  body: document.body.innerText, selection: selection,
};
"""


def test_header_search_box_on_every_page_leads_to_results(browser, server, built):
    article = built.article("逻楼镇织密防返贫监测网")
    for path in ("", "places/index.html", built.place_page("凌云县"), article.page, "search.html"):
        browser.open(server.url(path))
        assert browser.css("form.jb-search-form input.jb-search-box"), f"no header search box on {path or 'home'}"
    browser.open(server.url(article.page))
    box = browser.css("form.jb-search-form input.jb-search-box")[0]
    box.click()
    box.send_keys("两不愁三保障", ENTER)
    browser.wait(lambda d: "search.html" in d.current_url, message="the header form did not open search.html")
    assert page_path(browser.driver.current_url, server.base) == "search.html"
    browser.wait(lambda d: d.execute_script("return document.querySelectorAll('#jb-results > li').length > 0"))
    assert browser.js("return document.getElementById('jb-q').value") == "两不愁三保障"
    assert (article.page, article.anchor, "两不愁三保障") in targets(results(browser), server.base)


def test_typing_on_the_search_page(browser, server, built):
    run_search(browser, server.url("search.html"))
    box = browser.css("#jb-q")[0]
    box.send_keys("那坡县", ENTER)
    browser.wait(lambda d: d.execute_script("return document.querySelectorAll('#jb-results > li').length > 0"))
    article = built.article("那坡县易地扶贫搬迁")
    assert (article.page, article.anchor) in [(p, a) for p, a, _ in targets(results(browser), server.base)]


def test_hostile_text_is_shown_as_text_and_runs_nothing(browser, server, built):
    article = built.article("恶意文本测试")
    found = run_search(browser, server.url("search.html?q=恶意文本测试"))
    assert browser.alerts() == 0
    titles = [r["title"] for r in found]
    assert any("<script>alert(1)</script>" in t for t in titles), titles
    browser.open(server.url(article.page) + "#" + article.anchor)
    text = browser.js("return document.querySelector('article').innerText")
    for literal in HOSTILE:
        assert literal in text, f"{literal!r} is not shown as text"
    template = browser.js("return [...document.querySelectorAll('article p')].map(p => p.innerText)"
                          ".find(t => t.includes('模板语法'))")
    assert "{{ 7*7 }}" in template and "49" not in template, template
    assert browser.js("return document.querySelectorAll('img[src=\"x\"], article script').length") == 0
    assert browser.alerts() == 0


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_queries_are_text(browser, server, query):
    from urllib.parse import quote

    run_search(browser, server.base + "search.html?q=" + quote(query))
    assert browser.alerts() == 0
    assert browser.js("return document.getElementById('jb-q').value") == query
    assert browser.js("return document.querySelectorAll('img[src=\"x\"]').length") == 0
    box = browser.css("form.jb-search-form input.jb-search-box")
    assert not box or box[0].get_attribute("value") in (query, "")
