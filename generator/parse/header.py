"""The issue's header (series, 第N期, publisher, date, contents) and footer (报/送, 印发, contacts)."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import TocEntry
from .blocks import DATE, ISSUE_LINE, Block, publisher_of, toc_entry
from .text import to_int

HEADER_KINDS = {
    "separator", "marking", "issue_line", "publisher_line", "date_line",
    "column", "editor_note", "toc_entry", "toc_label",
}


@dataclass
class Header:
    series: str | None = None
    year: int | None = None
    issue_no: int | None = None
    total_no: int | None = None
    publisher: str | None = None
    date: str | None = None
    column: str | None = None
    editor_note: str | None = None
    toc: list[TocEntry] = field(default_factory=list)
    markings: list[str] = field(default_factory=list)
    weekday: bool = False  # a 星期X in the issue line: a daily newspaper's masthead
    end: int = 0  # index of the first block after the header


def parse_date(text: str) -> str | None:
    """The first full date in the text as ISO, or None (also None for impossible dates)."""
    m = DATE.search(text)
    if not m:
        return None
    y, mo, d = (to_int(m.group(k)) for k in ("y", "m", "d"))
    try:
        return dt.date(y, mo, d).isoformat() if y and mo and d else None
    except ValueError:
        return None


def read_issue_line(text: str, header: Header) -> None:
    m = ISSUE_LINE.search(text)
    if not m:
        return
    if m.group("year"):
        header.year = to_int(m.group("year"))
    header.issue_no = to_int(m.group("no"))
    if m.group("total"):
        header.total_no = to_int(m.group("total"))


def read_header(blocks: list[Block]) -> Header:
    """Consume header blocks from the top until the first block that belongs to an article."""
    header = Header()
    pending_label: str | None = None
    i = 0
    for i, block in enumerate(blocks):
        kind = block.kind
        # the series title is the first heading-like line, above the 第N期 line (markings aside)
        if header.series is None and header.issue_no is None and not header.toc \
                and kind in {"heading", "publisher_line"} and (i == 0 or block.level or _only_markings(blocks[:i])):
            header.series = block.text
            continue
        if kind not in HEADER_KINDS:
            header.end = i
            break
        if kind == "marking":
            header.markings.append(block.text)
        elif kind == "issue_line":
            read_issue_line(block.text, header)
            header.date = header.date or parse_date(block.text)  # 2018年12月20日 星期四 第6789期
            header.weekday = header.weekday or "星期" in block.text
        elif kind == "publisher_line":
            header.publisher = publisher_of(block.text)
        elif kind == "date_line":
            header.date = parse_date(block.text)
        elif kind == "column":
            header.column = block.text.strip("【】")
        elif kind == "editor_note":
            header.editor_note = re.sub(r"^编者按\s*[：:]\s*", "", block.text)
        elif kind == "toc_label":
            pending_label = block.text.rstrip("：:")
        elif kind == "toc_entry":
            title, page = toc_entry(block.text) or (block.text, None)
            header.toc.append(TocEntry(title=title, page=page, label=pending_label, column=header.column))
            pending_label = None
    else:
        header.end = len(blocks)
    return header


def _only_markings(blocks: list[Block]) -> bool:
    return all(b.kind in {"marking", "separator"} for b in blocks)


def footer_start(blocks: list[Block], first: int) -> int:
    """Index where the footer begins: the first footer line after the articles started.

    The office name printed above the 印发 date, and separators, belong to the footer too.
    """
    for i in range(first, len(blocks)):
        if blocks[i].kind == "footer":
            start = i
            while start > first and (
                blocks[start - 1].kind == "separator"
                or (blocks[start - 1].kind in {"heading", "publisher_line"} and _is_office(blocks[start - 1].text)
                    and i - start < 3)
            ):
                start -= 1
            return start
    return len(blocks)


_OFFICE = re.compile(r"(?:办公室|办|局|部|厅|处|委员会|指挥部|领导小组|小组|中心|政府|委|会)$")


def _is_office(text: str) -> bool:
    return bool(_OFFICE.search(text)) and len(text) <= 30


_PRINTED = re.compile(r"^(?P<org>.*?)\s*(?P<date>(?:[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年.*日)\s*印发\s*$")


@dataclass
class Footer:
    date: str | None = None
    publisher: str | None = None
    contacts: list[str] = field(default_factory=list)


def read_footer(blocks: list[Block]) -> Footer:
    footer = Footer()
    previous: Block | None = None
    for block in blocks:
        m = _PRINTED.match(block.text)
        if m:
            footer.date = parse_date(m.group("date"))
            org = m.group("org").strip()
            if org:
                footer.publisher = org
            elif previous is not None and _is_office(previous.text):
                footer.publisher = previous.text
        elif re.match(r"^(?:联系人|联\s*系\s*电\s*话|投稿邮箱|电子邮箱)", block.text):
            footer.contacts.append(block.text)
        if block.kind != "separator":
            previous = block
    return footer
