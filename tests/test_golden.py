"""Golden files: the pages generated for the sample archive (content/*.md: front matter and an
HTML body, see generator/pages/render.py), reviewed as diffs.

Regenerate with `make golden` (JIANBAO_UPDATE_GOLDEN=1), then read `git diff tests/golden`.
"""
from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from html.parser import HTMLParser

from .sample import REPO

GOLDEN = REPO / "tests" / "golden"


def generated(sample_content: Path) -> dict[str, str]:
    # Inline chart SVGs are checked in test_charts.py and test_svg_charts.py (against Vega's drawing);
    # here they are reduced to a marker so the goldens review the page around them.
    return {p.relative_to(sample_content).as_posix(): SVG.sub("<svg>…</svg>", p.read_text(encoding="utf-8"))
            for p in sorted(sample_content.rglob("*.md")) if p.name != "about.md"}


SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def test_generated_pages_match_golden(sample_content):
    pages = generated(sample_content)
    if os.environ.get("JIANBAO_UPDATE_GOLDEN"):
        for old in GOLDEN.rglob("*.md"):
            old.unlink()
        for rel, text in pages.items():
            (GOLDEN / rel).parent.mkdir(parents=True, exist_ok=True)
            (GOLDEN / rel).write_text(text, encoding="utf-8")
        pytest.skip("golden files rewritten: review them with git diff tests/golden")
    expected = {p.relative_to(GOLDEN).as_posix(): p.read_text(encoding="utf-8") for p in sorted(GOLDEN.rglob("*.md"))}
    assert sorted(pages) == sorted(expected), "pages added or removed: run `make golden` and review the diff"
    for rel in pages:
        if pages[rel] != expected[rel]:
            diff = "".join(difflib.unified_diff(expected[rel].splitlines(True), pages[rel].splitlines(True),
                                                f"golden/{rel}", f"generated/{rel}", n=1))
            pytest.fail(f"{rel} differs from its golden file (`make golden` to accept):\n{diff[:3000]}")


# Everything our templates write; bulletin text can only ever be text between these.
TAGS = {"h1", "h2", "h3", "p", "a", "strong", "code", "span", "table", "thead", "tbody", "tr", "th", "td",
        "ol", "ul", "li", "div", "figure", "details", "summary", "svg",
        "form", "label", "select", "option"}  # the search page's filters
ATTRS = {"id", "class", "href", "aria-label", "name", "value", "hidden"}


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.other: list[str] = []  # comments, declarations, processing instructions
        self.text: list[str] = []
        self._h: list | None = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag in ("h1", "h2", "h3"):
            self._h = [tag, dict(attrs).get("id"), ""]

    def handle_endtag(self, tag):
        if self._h and tag == self._h[0]:
            self.text.append(tuple(self._h))
            self._h = None

    def handle_data(self, data):
        if self._h:
            self._h[2] += data

    def handle_comment(self, data):
        self.other.append(data)

    def handle_decl(self, decl):
        self.other.append(decl)

    def handle_pi(self, data):
        self.other.append(data)


def body(text: str) -> str:
    assert text.startswith("---\n"), "no front matter"
    return text.split("\n---\n", 1)[1]


def parsed(text: str) -> Elements:
    page = Elements()
    page.feed(body(text))
    page.close()
    return page


def test_generated_pages_hold_only_our_markup(sample_content):
    for rel, text in generated(sample_content).items():
        page = parsed(text)
        assert not page.other, (rel, page.other)
        for tag, attrs in page.elements:
            assert tag in TAGS, (rel, tag)
            assert set(attrs) <= ATTRS, (rel, tag, attrs)
            href = attrs.get("href") or ""
            assert not re.match(r"\s*(javascript|data|vbscript):", href, re.I), (rel, href)
            assert not href.endswith(".md") and ".md#" not in href, (rel, href)  # built pages are .html


def test_issue_pages_have_exactly_the_intended_headings(sample_content):
    sections = {"mulu": "本期目录", "shuju": "本期数据", "weiguilei": "未归入文章的文字", "zhiliang": "数据质量提示"}
    for rel, text in generated(sample_content).items():
        if not rel.startswith("issues/") or rel.endswith("index.md"):
            continue
        heads = parsed(text).text
        assert len([h for h in heads if h[0] == "h1"]) == 1, rel
        assert not [h for h in heads if h[0] not in ("h1", "h2")], (rel, heads)
        for _, anchor, title in (h for h in heads if h[0] == "h2"):
            # every article heading carries its anchor; nothing else became a heading
            assert sections.get(anchor) == title or re.fullmatch(r"a\d+", anchor), (rel, anchor, title)
