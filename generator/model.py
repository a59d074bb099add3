"""The parsed model shared by every stage.

Frozen dataclasses, in the manner of sqlite-utils: every value extracted from a bulletin keeps
where it came from (``line`` and character spans ride along with ``compare=False``), so a page
can always point back to the text a figure or a place was read from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Problem:
    """Something wrong or doubtful in the input, kept as data and shown on the data-quality page."""

    path: str
    line: int | None
    severity: Severity
    message: str
    # depends on this machine, not on the file (a program not installed): the result is not cached
    transient: bool = field(default=False, compare=False)

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class SourceFile:
    path: str
    sha256: str
    format: Literal["txt", "md", "docx", "doc", "wps", "pdf"]
    encoding: str | None
    ocr: bool = False  # some of the text was read from page images by OCR (a scanned PDF): may hold misreadings


@dataclass(frozen=True)
class Place:
    """A division named in an article, resolved to its official code."""

    name: str  # official full name, e.g. 那坡县
    adcode: str  # six digits, e.g. 451026; cities end in 00, provinces in 0000
    level: Literal["province", "city", "county"]
    province: str | None
    city: str | None
    primary: bool = False  # the article is about this place, not just mentioning it
    mentions: int = field(default=1, compare=False)
    # the surface forms seen in the text (那坡, 该县 …), for display and debugging
    forms: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Indicator:
    """A figure reported in an article, traced to its sentence."""

    label: str  # what is measured, as written: 劝返率
    value: float
    unit: str  # base unit: % 元 人 户 个 …
    kind: Literal["actual", "target", "policy", "other"]
    text: str  # the words the figure was read from: 劝返率达 92%
    sentence: str
    place: str | None = None  # adcode
    measure: str | None = None  # normalised measure slug, e.g. coverage_rate
    # the place as a whole; a part of it (township, village, firm, person); a bracket or threshold
    scope: Literal["whole", "sub", "threshold"] = "whole"
    change: bool = False  # 提高 4.2 个百分点, 同比增长 11.2%: a change, not a level
    table: int | None = None  # read from Article.tables[table], row ``start`` (not from a paragraph)
    # when the figure held, as precise as the text says (2013, 2020-11, 2019-12-31): 由 2013 年的 30.2%
    # 下降到 2018 年底的 1.06% gives each level its own; None: the issue's date applies
    date: str | None = None
    # why scope or place is a guess (shown on the data-quality page); "" when the text says it
    doubt: str = field(default="", compare=False)
    paragraph: int = field(default=0, compare=False)  # index into Article.paragraphs
    start: int = field(default=0, compare=False)  # character span of ``text`` in that paragraph
    end: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Table:
    """A table printed in an article (aligned text, box drawing, Markdown or Word); rows[0] is the head."""

    rows: tuple[tuple[str, ...], ...]
    unit: str | None = None  # 单位：万元 printed above it
    paragraph: int = 0  # printed before this paragraph of the article
    line: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Article:
    title: str
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    source: str | None = None  # the office in the attribution line
    column: str | None = None  # 栏目 such as 领导批示 or 经验交流, when the issue has one
    paragraphs: tuple[str, ...] = ()
    # paragraph indexes that are section heads, ascending (a tuple: a frozenset's order, and so its
    # repr and pickle, changed when loaded from the cache, and the page cache keys on repr)
    headings: tuple[int, ...] = field(default=(), compare=False)
    captions: tuple[str, ...] = ()  # photo captions and page banners found inside the article
    notes: tuple[str, ...] = ()  # 编者按 / 按语 printed with the article: the editor's words, not its text
    tables: tuple[Table, ...] = ()
    places: tuple[Place, ...] = ()
    themes: tuple[str, ...] = ()
    indicators: tuple[Indicator, ...] = ()
    line: int = field(default=0, compare=False)  # line of the title in the source text


@dataclass(frozen=True)
class TocEntry:
    title: str
    page: int | None
    label: str | None = None  # the contributor printed above the entry
    column: str | None = None  # the 【栏目】 the entry is listed under


@dataclass(frozen=True)
class Issue:
    source: SourceFile
    series: str | None
    kind: Literal["bulletin", "newspaper"]
    year: int | None
    issue_no: int | None
    total_no: int | None
    publisher: str | None
    date: str | None  # ISO date: the 印发 date, else the header date
    special: str | None = None  # 专刊 / 增刊 / 特刊 / 专报: numbered apart from the regular issues
    articles: tuple[Article, ...] = ()
    editor_note: str | None = None
    toc: tuple[TocEntry, ...] = ()
    # text the parser could not place anywhere: kept and shown, never dropped
    unplaced: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()
    # fields a metadata sidecar supplied or corrected
    overridden: tuple[str, ...] = ()

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(p.message if p.line is None else f"line {p.line}: {p.message}" for p in self.problems)
