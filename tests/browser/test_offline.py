"""`jianbao build --offline`: the folder opened from file:// (a shared drive) works, and nothing in
either build loads anything from the internet.

In the browser every request must be a file: URL (checked after each test by ``file_browser``).
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .test_hosting import click_link
from .test_search import ENTER, assert_arrived, results, run_search, targets

pytestmark = pytest.mark.slow


def assert_clean(browser, what: str) -> None:
    t = browser.collect()
    assert not t.failed, f"{what}: files that did not load: {t.failed}"
    assert not t.console, f"{what}: console errors: {t.console}"
    assert browser.alerts() == 0


def test_offline_site_navigation_from_file(file_browser, built):
    b, base = file_browser, built.offline.as_uri() + "/"
    b.open(base + "index.html")
    assert b.driver.title.startswith("脱贫攻坚简报库")
    assert b.js("return [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)")
    assert b.js("return getComputedStyle(document.querySelector('.md-header')).position") == "sticky"
    assert_clean(b, "home")
    click_link(b, "地区", ".md-tabs")
    assert b.driver.current_url == base + "places/index.html"
    click_link(b, "凌云县", "article")
    assert b.driver.current_url == base + built.place_page("凌云县")
    assert b.unloaded_media() == [], "images or charts that did not load from file://"
    click_link(b, built.article("逻楼镇织密防返贫监测网").title, "article")
    assert urlsplit(b.driver.current_url).path.endswith(built.article("逻楼镇织密防返贫监测网").page)
    click_link(b, "数据", ".md-tabs")
    assert b.driver.current_url == base + "data/index.html"
    assert_clean(b, "navigation")


def test_offline_search_from_file(file_browser, built):
    b, base = file_browser, built.offline.as_uri() + "/"
    article = built.article("那坡县易地扶贫搬迁")
    b.open(base + built.article("伶站瑶族乡").page)
    box = b.css("form.jb-search-form input.jb-search-box")
    assert box, "no header search box"
    box[0].send_keys("那坡县", ENTER)
    b.wait(lambda d: urlsplit(d.current_url).path.endswith("/search.html"), message="no search page")
    b.wait(lambda d: d.execute_script("return document.querySelectorAll('#jb-results > li').length > 0"),
           message="no results from file://")
    found = results(b)
    hits = [(p, a) for p, a, _ in targets(found, base)]
    assert (article.page, article.anchor) in hits
    link = b.css("#jb-results > li a.jb-result")[hits.index((article.page, article.anchor))]
    link.click()
    b.wait(lambda d: urlsplit(d.current_url).path.endswith(article.page))
    b.wait_ready()
    b.wait(lambda d: d.execute_script("return document.querySelectorAll('mark.jb-hit').length > 0"))
    assert_arrived(b, "那坡县", article)
    found = run_search(b, base + "search.html?q=控辍保学")
    assert (built.article("伶站瑶族乡").page, built.article("伶站瑶族乡").anchor) in \
        [(p, a) for p, a, _ in targets(found, base)]
    assert_clean(b, "search")


# --- the built files --------------------------------------------------------------------------

# Material's bundle names these two scripts, loaded only for a ```mermaid block (the site has
# none) and for browsers without ResizeObserver (none that material supports).
BUNDLE_LAZY_URLS = ("https://unpkg.com/mermaid@", "https://unpkg.com/resize-observer-polyfill")
NAMESPACES = ("http://www.w3.org/",)


class Loads(HTMLParser):
    """Every URL in an HTML page that the browser would fetch (not <a href>, not xmlns)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []
        self._in: str | None = None

    def handle_starttag(self, tag, attrs):
        self._in = tag if tag in ("script", "style") else None
        for key, value in attrs:
            if not value or key.startswith("xmlns") or (tag == "a" and key == "href"):
                continue
            if key in ("src", "href", "data", "poster", "action", "formaction", "background", "xlink:href"):
                self.urls.append(value)
            elif key == "srcset":
                self.urls += [part.split()[0] for part in value.split(",") if part.strip()]
            elif key == "style":
                self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", value)
            elif key == "content" and re.match(r"\s*\d+\s*;\s*url=", value, re.I):
                self.urls.append(value.split("=", 1)[1])

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "style":
            self.urls += re.findall(r"url\(\s*['\"]?([^'\")]+)", data) + re.findall(r"@import\s+['\"]([^'\"]+)", data)
        elif self._in == "script":
            self.urls += [u for u in re.findall(r"https?://[^\s'\"<>)]+", data) if not u.startswith(NAMESPACES)]


def external(url: str) -> bool:
    return bool(urlsplit(url.strip()).scheme in ("http", "https") or url.strip().startswith("//"))


@pytest.mark.parametrize("which", ["site", "offline"])
def test_no_file_loads_anything_from_the_internet(built, which):
    site: Path = getattr(built, which)
    problems = []
    for path in sorted(site.rglob("*")):
        if not path.is_file() or path.suffix in (".map", ".png", ".gz", ".docx", ".pdf", ".txt", ".csv", ".json"):
            continue
        rel = path.relative_to(site).as_posix()
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".html":
            p = Loads()
            p.feed(text)
            problems += [f"{rel}: loads {u}" for u in p.urls if external(u)]
            if "unpkg" in text:
                problems.append(f"{rel}: mentions unpkg")
        elif path.suffix == ".css":
            problems += [f"{rel}: {u}" for u in re.findall(r"(?:url\(\s*['\"]?|@import\s+['\"])((?:https?:)?//[^'\")]+)", text)
                         if not u.startswith(NAMESPACES)]
        elif path.suffix == ".js":
            for u in re.findall(r"https?://unpkg\.com/[^\s'\"`]*|//unpkg\.com/[^\s'\"`]*", text):
                allowed = rel.startswith("assets/javascripts/bundle.") and u.startswith(BUNDLE_LAZY_URLS)
                if not allowed:
                    problems.append(f"{rel}: {u}")
            if rel.startswith("assets/jianbao/"):  # our own scripts: no URL outside the site at all
                problems += [f"{rel}: {u}" for u in re.findall(r"(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}[^\s'\"`]*", text)
                             if not u.startswith(NAMESPACES)]
    assert not problems, "\n".join(problems[:40])
