"""Golden files: the Markdown generated for the sample archive, reviewed as diffs.

Regenerate with `make golden` (JIANBAO_UPDATE_GOLDEN=1), then read `git diff tests/golden`.
"""
from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from .sample import REPO, jianbao, make_project

GOLDEN = REPO / "tests" / "golden"


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("golden"))
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    return project / "content"


def generated(content: Path) -> dict[str, str]:
    # Inline chart SVGs are vl-convert's drawing, checked as Vega-Lite specs in test_charts.py;
    # here they are reduced to a marker so the goldens review the Markdown around them.
    return {p.relative_to(content).as_posix(): SVG.sub("<svg>…</svg>", p.read_text(encoding="utf-8"))
            for p in sorted(content.rglob("*.md")) if p.name != "about.md"}


SVG = re.compile(r"<svg\b.*?</svg>", re.S)


def test_generated_markdown_matches_golden(content):
    pages = generated(content)
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


MD = MarkdownIt("commonmark").enable("table")


# The only raw HTML our templates write: sentence anchors in issue text and chart blocks.
ALLOWED_INLINE = re.compile(r'<span id="a\d+-s\d+" class="jb-s">|</span>')
ALLOWED_BLOCK = re.compile(r'(<div class="jb-chart(-data)?" markdown>|<figure class="jb-chart-figure" aria-label="[^"<>]*">'
                           r'<svg>…</svg></figure>|</div>)\s*$')


def test_no_raw_html_in_generated_markdown_but_ours(content):
    for rel, text in generated(content).items():
        tokens = MD.parse(text)
        for t in tokens:
            if t.type == "html_block":
                for line in t.content.splitlines():
                    assert not line.strip() or ALLOWED_BLOCK.match(line.strip()), (rel, line)
            for c in t.children or []:
                if c.type == "html_inline":
                    assert ALLOWED_INLINE.fullmatch(c.content), (rel, c.content)


def test_issue_pages_have_exactly_the_intended_headings(content):
    sections = {"本期目录", "本期数据", "未归入文章的文字", "数据质量提示"}
    for rel, text in generated(content).items():
        if not rel.startswith("issues/") or rel == "issues/index.md":
            continue
        tokens = MD.parse(text)
        heads = [(tokens[i].tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
        assert [h for h in heads if h[0] == "h1"] and len([h for h in heads if h[0] == "h1"]) == 1, rel
        assert not [h for h in heads if h[0] not in ("h1", "h2")], (rel, heads)
        titles = [c for tag, c in heads if tag == "h2" and c not in sections]
        # every article heading carries its anchor; nothing else became a heading
        assert all(c.rstrip().endswith("}") and "{: #a" in c for c in titles), (rel, titles)
