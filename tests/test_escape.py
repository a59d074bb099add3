"""Bulletin text must never turn into Markdown structure or HTML (checked with markdown-it-py)."""
from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from generator.escape import md_text

HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "# 不是标题",
    "1. 不是列表",
    "- 不是列表",
    "> 不是引用",
    "| 不 | 是 | 表格 |",
    "**不加粗** _不斜体_ `不是代码`",
    "[不是链接](http://example.com)",
    "![](x.png)",
    "{{ config }} {% raw %} {: #id .cls }",
    "&lt; 已转义 &amp;",
    "--- ",
    "    四个空格缩进",
    "第一行\n# 第二行",
]

MD = MarkdownIt("commonmark").enable("table").enable("strikethrough")


def block_types(text: str) -> set[str]:
    return {t.type for t in MD.parse(text)}


def inline_types(text: str) -> set[str]:
    types = set()
    for t in MD.parse(text):
        for child in t.children or []:
            types.add(child.type)
    return types


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_is_one_plain_paragraph(text):
    md = md_text(text)
    assert block_types(md) == {"paragraph_open", "inline", "paragraph_close"}
    assert inline_types(md) <= {"text", "softbreak"}


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_reads_the_same(text):
    html = MD.render(md_text(text))
    assert "<script" not in html and "<img" not in html
    # what a reader sees is the original characters (whitespace folded)
    from html import unescape
    import re
    shown = re.sub(r"<[^>]+>", "", html)
    assert unescape(shown).strip() == re.sub(r"\s*\n\s*", " ", text).strip()
