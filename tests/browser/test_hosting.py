"""The site hosted under a sub-path of an intranet server (http://127.0.0.1:PORT/fupin/jianbao/).

Every request must go to the test server and stay under the prefix (checked after each test by
the ``browser`` fixture); here: pages, styles and scripts load, links stay under the prefix, and
the place page's charts load.
"""
from __future__ import annotations

import pytest

from .conftest import PREFIX, page_path

pytestmark = pytest.mark.slow

ASSETS_LOADED = """
const sheets = [...document.querySelectorAll('link[rel=stylesheet]')];
const scripts = [...document.querySelectorAll('script[src]')].map(s => s.src);
return {
  sheets: sheets.map(l => l.href), unstyled: sheets.filter(l => !l.sheet).map(l => l.href),
  scripts: scripts,
  headerPosition: getComputedStyle(document.querySelector('.md-header')).position,
};
"""


def assert_clean(browser, what: str) -> None:
    t = browser.collect()
    assert not t.failed, f"{what}: failed requests: {t.failed}"
    assert not t.bad_status, f"{what}: HTTP errors: {t.bad_status}"
    assert not t.console, f"{what}: console errors: {t.console}"
    assert browser.alerts() == 0
    assert "\u200b" not in browser.js("return document.body.innerText"), f"{what}: U+200B in the page text"


def local_links(browser) -> list[str]:
    return browser.js("""return [...document.querySelectorAll('a[href]')]
        .filter(a => !/^(mailto|javascript):/.test(a.getAttribute('href')))
        .filter(a => !/^https?:/.test(a.getAttribute('href')))
        .map(a => a.href)""")


def click_link(browser, text: str, within: str = "body") -> None:
    """Click the first visible link whose text is ``text`` and wait for the next page."""
    before = browser.driver.current_url
    if within.startswith(".md-tabs"):
        browser.js("window.scrollTo(0, 0)")  # material hides the tabs once the page is scrolled
    visible = lambda d: [a for a in browser.css(f"{within} a") if a.text.strip() == text and a.is_displayed()]
    links = browser.wait(visible, timeout=5, message=f"no visible link {text!r} on {before}")
    browser.js("arguments[0].scrollIntoView({block: 'center'})", links[0])
    from selenium.common.exceptions import ElementClickInterceptedException

    try:
        links[0].click()
    except ElementClickInterceptedException:  # still covered by the sticky header's transition
        browser.js("arguments[0].click()", links[0])
    browser.wait(lambda d: d.current_url != before, message=f"clicking {text!r} did not navigate")
    browser.wait_ready()


def test_home_page_and_its_assets_load_under_the_prefix(browser, server):
    browser.open(server.url(""))
    assert browser.driver.title.startswith("脱贫攻坚简报库")
    info = browser.js(ASSETS_LOADED)
    assert info["sheets"] and not info["unstyled"], info
    assert all(u.startswith(server.base) for u in info["sheets"] + info["scripts"]), info
    assert info["headerPosition"] == "sticky", "material's stylesheet did not apply"
    links = local_links(browser)
    assert links and all(u.startswith(server.base) for u in links), [u for u in links if not u.startswith(server.base)]
    assert_clean(browser, "home page")
    browser.screenshot("home.png")


def test_navigation_by_clicking_stays_under_the_prefix(browser, server, built):
    browser.open(server.url(""))
    click_link(browser, "地区", ".md-tabs")
    assert page_path(browser.driver.current_url, server.base) == "places/index.html"
    click_link(browser, "凌云县", "article")
    assert page_path(browser.driver.current_url, server.base) == built.place_page("凌云县")
    title = built.article("伶站瑶族乡").title
    click_link(browser, title, "article")
    url = browser.driver.current_url
    assert page_path(url, server.base) == built.article("伶站瑶族乡").page
    assert url.endswith("#" + built.article("伶站瑶族乡").anchor)
    click_link(browser, "各期简报", ".md-tabs")
    assert page_path(browser.driver.current_url, server.base) == "issues/index.html"
    click_link(browser, "首页", ".md-tabs")
    assert page_path(browser.driver.current_url, server.base) in ("", "index.html")
    assert_clean(browser, "navigation")
    assert set(server.take()) >= {PREFIX + "places/index.html", PREFIX + built.place_page("凌云县")}


@pytest.mark.parametrize("page", ["issue", "place", "places/index.html", "themes/index.html", "data/index.html",
                                  "about.html"])
def test_pages_load_every_asset_and_image(browser, server, built, page):
    path = {"issue": built.article("伶站瑶族乡").page, "place": built.place_page("凌云县")}.get(page, page)
    browser.open(server.url(path))
    info = browser.js(ASSETS_LOADED)
    assert not info["unstyled"], info
    assert browser.unloaded_media() == [], f"{path}: images or charts that did not load"
    links = local_links(browser)
    assert all(u.startswith(server.base) for u in links), [u for u in links if not u.startswith(server.base)]
    assert_clean(browser, path)


def test_county_page_with_its_charts(browser, server, built):
    """凌云县: articles, figures and (when the build draws them) charts; every image must load."""
    path = built.place_page("凌云县")
    browser.open(server.url(path))
    assert browser.unloaded_media() == []
    assert "凌云县" in browser.js("return document.querySelector('article h1').innerText")
    # charts drawn inline (SVG) or as images: each one is on the page with a size
    sizes = browser.js("""return [...document.querySelectorAll('.jb-chart svg, .jb-chart img, .jb-chart object')]
        .filter(e => !e.parentElement.closest('.jb-chart svg')).map(e => e.getBoundingClientRect().height)""")
    assert all(h > 20 for h in sizes), sizes
    assert_clean(browser, path)
    browser.screenshot("county-page.png")


def test_the_test_server_serves_only_under_the_prefix(server):
    """The harness itself: 404 outside the prefix, and every such request is on record."""
    import urllib.error
    import urllib.request

    server.take()
    for path, status in ((PREFIX + "index.html", 200), ("/index.html", 404), ("/fupin/", 404),
                         ("/assets/jianbao/jianbao.css", 404)):
        try:
            code = urllib.request.urlopen(server.origin + path, timeout=10).status
        except urllib.error.HTTPError as e:
            code = e.code
        assert code == status, path
    assert server.outside(server.take()) == ["/index.html", "/fupin/", "/assets/jianbao/jianbao.css"]
