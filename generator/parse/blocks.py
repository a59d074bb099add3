"""Split a document into blocks (one per non-empty line) and say what each block is.

Classification is an ordered list of small rules, as in markdown-it-py: the first rule that
recognises a block names its kind. Rules look at one block only; what depends on neighbours
(page-break joins, titles versus section heads) is decided later by the joiner and segmenter.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable

from .text import clean_line, heading_like

# Kinds a block can have.
BLANK_KINDS = {"separator", "marking"}


@dataclass(frozen=True)
class Block:
    text: str
    line: int  # 1-based line number in the source text
    level: int = 0  # Markdown heading level, 0 when the line was not a Markdown heading
    gap: int = 0  # blank lines before this block
    kind: str = "body"

    def with_kind(self, kind: str) -> "Block":
        return replace(self, kind=kind)


ISSUE_LINE = re.compile(
    r"(?:(?P<year>[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年\s*)?第\s*(?P<no>[\d０-９〇零一二三四五六七八九十百两]+)\s*期"
    r"(?:\s*[（(]\s*总\s*第\s*(?P<total>[\d０-９〇零一二三四五六七八九十百千两]+)\s*期\s*[)）])?"
)
DATE = re.compile(
    r"(?P<y>[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年\s*(?P<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月"
    r"\s*(?P<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
)
_SEPARATOR = re.compile(r"^[-—_*=·.\s]{3,}$")
_MARKING = re.compile(r"^[（(【]?\s*(?:示例|内部资料|内部刊物|注意保存|内部发行|秘密|机密|领导批示)[^。]{0,30}$")
_PUBLISHER = re.compile(r"^(?P<org>\S.{2,40}?)\s*(?:主?编|编印|主办)$")
_DATE_ONLY = re.compile(r"^\s*" + DATE.pattern + r"\s*$")
_TOC_ENTRY = re.compile(r"^(?P<title>.+?)\s*(?:[.．…·・⋯]\s*){3,}\s*(?P<page>\d{1,3})\s*$")
_TOC_LABEL = re.compile(r"^[^。，,；;]{2,24}[：:]$")
_COLUMN = re.compile(r"^【[^】]{1,12}】$|^(?:工作动态|经验交流|典型经验|基层动态|决策参考|要情专报|信息快递|简讯)$")
_EDITOR_NOTE = re.compile(r"^编者按\s*[：:]")
_ATTRIBUTION = re.compile(r"^[（(](?P<inner>[^（）()]{2,80})[)）]$")
_CONTINUATION = re.compile(r"^[（(]?\s*(?:下转|上接|转|接)\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]?$")
_BYLINE = re.compile(r"^[□■◇◆]\s*\S")
_SUBTITLE = re.compile(r"^(?:——|－－|--|—\s*—)\s*\S")
_CAPTION = re.compile(r"(?:\s|。|　)(?:摄影?|供图|/摄)$|^图为")
_FOOTER = re.compile(
    r"^(?:报\s*[：:]|送\s*[：:]|抄\s*[报送]\s*[：:]|发\s*[：:]|分送\s*[：:])"
    r"|印发\s*$|^联系人\s*[：:]|^联\s*系\s*电\s*话|^投稿邮箱|^电子邮箱|^邮\s*箱\s*[：:]|^责任编辑\s*[：:]"
)

Rule = Callable[[Block], str | None]


def _rule(pattern: re.Pattern[str], kind: str) -> Rule:
    return lambda b: kind if pattern.search(b.text) else None


# Order matters: the footer and furniture rules run before the generic ones.
RULES: tuple[Rule, ...] = (
    _rule(_SEPARATOR, "separator"),
    _rule(_MARKING, "marking"),
    _rule(_FOOTER, "footer"),
    _rule(_TOC_ENTRY, "toc_entry"),
    _rule(_CONTINUATION, "continuation"),
    _rule(_COLUMN, "column"),
    _rule(_EDITOR_NOTE, "editor_note"),
    _rule(_SUBTITLE, "subtitle"),
    _rule(_BYLINE, "byline"),
    _rule(_ATTRIBUTION, "attribution"),
    lambda b: "issue_line" if len(b.text) <= 40 and ISSUE_LINE.search(b.text) and "期" in b.text[-12:] else None,
    _rule(_DATE_ONLY, "date_line"),
    lambda b: "caption" if len(b.text) <= 80 and _CAPTION.search(b.text) else None,
    lambda b: "toc_label" if _TOC_LABEL.match(b.text) else None,
    lambda b: "publisher_line" if _PUBLISHER.match(b.text) and heading_like(b.text) else None,
    lambda b: "heading" if b.level or heading_like(b.text) else None,
)


def classify(block: Block) -> Block:
    for rule in RULES:
        kind = rule(block)
        if kind:
            return block.with_kind(kind)
    return block.with_kind("body")


def split_blocks(text: str) -> list[Block]:
    """One block per non-empty line, cleaned and classified; blank lines become ``gap``."""
    blocks: list[Block] = []
    gap = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        cleaned, level = clean_line(raw)
        if not cleaned:
            gap += 1
            continue
        blocks.append(classify(Block(cleaned, number, level, gap)))
        gap = 0
    return blocks


def publisher_of(text: str) -> str | None:
    m = _PUBLISHER.match(text)
    return m.group("org").strip() if m else None


def toc_entry(text: str) -> tuple[str, int] | None:
    m = _TOC_ENTRY.match(text)
    return (m.group("title").strip(), int(m.group("page"))) if m else None


def attribution_inner(text: str) -> str | None:
    m = _ATTRIBUTION.match(text)
    return m.group("inner").strip() if m else None


TRAILING_ATTRIBUTION = re.compile(r"[（(](?P<inner>[^（）()]{2,30})[)）]\s*$")
INLINE_CONTINUATION = re.compile(r"[（(]\s*(?:下转|上接)\s*第?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]")
