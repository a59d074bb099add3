"""Page furniture in Chinese, dates as the bulletins write them, and issue pages that print cleanly."""
from __future__ import annotations

import base64
import re

import pytest

from .conftest import SCREENSHOTS

pytestmark = pytest.mark.slow

TABS = ["首页", "各期简报", "地区", "主题", "数据", "关于"]
ISO_DATE = re.compile(r"(?<!\d)(19|20)\d\d-\d{1,2}-\d{1,2}(?!\d)")

FURNITURE = """
const parts = sel => [...document.querySelectorAll(sel)];
// visible words and the words of tooltips, labels and placeholders
const text = sel => parts(sel).map(e => e.innerText).concat(parts(sel).flatMap(e =>
  [...e.querySelectorAll('[title], [aria-label], [placeholder]')].flatMap(x =>
    ['title', 'aria-label', 'placeholder'].map(k => x.getAttribute(k) || '')))).join(' ');
return {
  lang: document.documentElement.lang,
  tabs: [...document.querySelectorAll('.md-tabs__link')].map(a => a.textContent.trim()),
  // header, tabs, sidebars, skip link, back-to-top button: material's own words (footer aside)
  furniture: text('.md-header, .md-tabs, .md-sidebar, .md-skip, .md-top'),
  headings: [...document.querySelectorAll('article h2')].map(h => h.textContent.trim()),
  content: document.querySelector('article').innerText,
};
"""


def test_issue_page_reads_in_chinese(browser, server, built):
    article = built.article("伶站瑶族乡")
    browser.open(server.url(article.page))
    page = browser.js(FURNITURE)
    assert page["lang"].startswith("zh")
    assert page["tabs"] == TABS
    english = re.findall(r"[A-Za-z]{3,}", page["furniture"])
    assert not english, f"English words in the page furniture: {english}"
    assert "本期目录" in page["headings"]
    for label in ("刊名", "期号", "编印单位", "印发日期", "原始文件"):
        assert label in page["content"], label
    assert "2021年2月3日" in page["content"]  # 凌云县 2021年第5期, 印发 2021-02-03
    assert not ISO_DATE.search(page["content"]), ISO_DATE.search(page["content"])
    assert "作者：杨秀兰、黄德明" in page["content"]


@pytest.mark.parametrize("which", ["", "issues/index.html", "place"])
def test_dates_are_written_the_chinese_way(browser, server, built, which):
    path = built.place_page("凌云县") if which == "place" else which
    browser.open(server.url(path))
    page = browser.js(FURNITURE)
    assert page["tabs"] == TABS
    assert re.search(r"20\d\d年\d{1,2}月\d{1,2}日", page["content"]), f"{path}: no date"
    assert not ISO_DATE.search(page["content"]), f"{path}: {ISO_DATE.search(page['content']).group()}"


PRINT_STATE = """
const shown = sel => [...document.querySelectorAll(sel)].filter(e => getComputedStyle(e).display !== 'none'
                                                                   && e.getBoundingClientRect().height > 0);
return {
  furniture: ['.md-header', '.md-tabs', '.md-sidebar', '.md-footer', 'form.jb-search-form', '.md-top']
             .filter(sel => shown(sel).length),
  article: document.querySelector('article').getBoundingClientRect().height,
  firstHeading: document.querySelector('article h1').getBoundingClientRect().top,
  // collapsed blocks (本文数据) whose content is not laid out
  closed: [...document.querySelectorAll('article details:not([open])')].filter(d =>
    [...d.children].filter(c => c.tagName !== 'SUMMARY').every(c => !c.checkVisibility())).length,
  details: document.querySelectorAll('article details:not([open])').length,
};
"""


def test_issue_page_prints_without_furniture(browser, server, built):
    article = built.article("伶站瑶族乡")
    browser.open(server.url(article.page))
    cdp = browser.driver.execute_cdp_cmd
    screen = browser.js(PRINT_STATE)
    assert screen["furniture"], "on screen the header and tabs are shown"
    assert screen["details"] and screen["closed"] == screen["details"], "the 本文数据 blocks start closed"
    cdp("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        state = browser.js(PRINT_STATE)
        assert state["furniture"] == [], f"printed: {state['furniture']}"
        assert state["article"] > 500
        assert state["firstHeading"] < 200, "the printed page does not start with the issue's title"
        assert state["closed"] == 0, "collapsed blocks (本文数据) are not printed"
    finally:
        cdp("Emulation.setEmulatedMedia", {"media": ""})
    pdf = base64.b64decode(cdp("Page.printToPDF", {"printBackground": False, "preferCSSPageSize": True})["data"])
    assert pdf.startswith(b"%PDF") and len(pdf) > 10_000
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "issue-page-print.pdf").write_bytes(pdf)
