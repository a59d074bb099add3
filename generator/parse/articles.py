"""Between header and footer: re-join page breaks, then cut the text into articles.

Bulletin articles end with an attribution line （office name）; newspaper items are opened by a
title with a subtitle (——…) or a byline (□ …) and closed by (下转4版) or a signature (张晋晋).
Everything the rules cannot place is kept in ``unplaced`` with a problem naming its line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, Problem, TocEntry
from .attribution import parse_attribution, parse_byline, trailing_author
from .blocks import INLINE_CONTINUATION, Block, attribution_inner, classify
from .text import SECTION_START, is_terminated, tidy_title

# ---------------------------------------------------------------- page-break joins


def _is_interruption(blocks: list[Block], j: int) -> bool:
    """A caption or banner dropped into the middle of a sentence by the page layout."""
    b = blocks[j]
    if b.kind == "caption":
        return True
    if b.kind != "heading" or b.level:
        return False
    # captions stand apart (extra blank lines) or are bare noun phrases; a section head that
    # follows a cut paragraph (columns out of order) has commas and stays where it is
    if b.gap < 2 and re.search(r"[，,、]", b.text):
        return False
    after = blocks[j + 1] if j + 1 < len(blocks) else None
    return after is not None and after.kind == "body" and not SECTION_START.match(after.text)


# 返，确保… continues a cut word; 近年， or 同时， opens a sentence, so only one character may precede
_CONTINUATION_START = re.compile(r"^(?:[—\-–%％．.、，,）)：:；;]|[^，。,、；：\s“”][，。,、；])")


def _continues(head: Block, nxt: Block) -> bool:
    """A short line that is the first half of a cut sentence, not a heading: 早劝 | 返，确保…;
    学生 1 | 2 名; 抽调 1 | —2 名."""
    if head.kind != "heading" or head.level or nxt.kind != "body" or SECTION_START.match(head.text) \
            or SECTION_START.match(nxt.text):
        return False
    if head.text[-1].isdigit() and nxt.text[:1].isdigit():
        return True
    return bool(_CONTINUATION_START.match(nxt.text))


def _opens_bracket(block: Block) -> bool:
    """（那坡县…专责小组 | 办公室 黄海明）: an attribution line cut in two by a page break."""
    t = block.text
    return t[:1] in "（(" and t.count("（") + t.count("(") > t.count("）") + t.count(")")


def _wrapped(head: Block, nxt: Block) -> bool:
    """A title printed over two adjacent lines (no blank line between them)."""
    return (head.kind == nxt.kind == "heading" and nxt.gap == 0 and not head.level
            and not SECTION_START.match(nxt.text))


def join_page_breaks(blocks: list[Block]) -> tuple[list[Block], dict[int, list[str]]]:
    """Merge a paragraph cut by a page break with its continuation (人盯 + 人的方法, 87. + 36%).

    Returns the new blocks and, by index into them, the captions lifted out of the sentence.
    """
    out: list[Block] = []
    lifted: dict[int, list[str]] = {}
    i = 0
    while i < len(blocks):
        block = blocks[i]
        i += 1
        captions: list[str] = []
        # exactly two adjacent short lines: a wrapped title; more are a list (kept line by line)
        if i < len(blocks) and _wrapped(block, blocks[i]) and not (i + 1 < len(blocks) and _wrapped(blocks[i], blocks[i + 1])) \
                and (i < 2 or not _wrapped(blocks[i - 2], block)):
            block = Block(block.text + blocks[i].text, block.line, block.level, block.gap, "heading")
            i += 1
        if i < len(blocks) and _opens_bracket(block) and "）" in blocks[i].text + ")" and len(block.text + blocks[i].text) <= 90:
            block = classify(Block(block.text + blocks[i].text, block.line, 0, block.gap))
            i += 1
        if i < len(blocks) and _continues(block, blocks[i]):
            block = Block(block.text + blocks[i].text, block.line, 0, block.gap, "body")
            i += 1
        while block.kind == "body" and not is_terminated(block.text) and i < len(blocks):
            j = i
            skipped: list[str] = []
            while j < len(blocks) - 1 and _is_interruption(blocks, j):
                skipped.append(blocks[j].text)
                j += 1
            nxt = blocks[j]
            if nxt.kind != "body" or (SECTION_START.match(nxt.text) and block.text[-1] not in "，,、"):
                break
            block = Block(block.text + nxt.text, block.line, block.level, block.gap, "body")
            captions.extend(skipped)
            i = j + 1
        if captions:
            lifted[len(out)] = captions
        out.append(block)
    return out, lifted


# ---------------------------------------------------------------- segmentation


@dataclass
class _Draft:
    title: str
    line: int
    column: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: set[int] = field(default_factory=set)
    captions: list[str] = field(default_factory=list)
    closed: bool = False

    def freeze(self) -> Article:
        return Article(
            title=self.title, subtitle=self.subtitle, authors=tuple(dict.fromkeys(self.authors)),
            source=self.source, column=self.column, paragraphs=tuple(self.paragraphs),
            headings=tuple(sorted(self.headings)), captions=tuple(self.captions), line=self.line,
        )


def _norm(text: str) -> str:
    return re.sub(r"[\s“”\"'『』「」《》·]", "", text)


class _TocIndex:
    """The first contents entry whose normalised title (4+ characters) is in a heading or holds it,
    found without comparing the heading with every entry: with a contents list as long as the
    issue (thousands of lines) that made segmenting quadratic.

    An entry inside the heading is one of the heading's substrings (of an entry's length), looked
    up; a heading inside an entry has every 4-gram of the heading, so only the entries of its
    rarest 4-gram are compared (1 to 3 characters: every short substring of the entries is kept)."""

    def __init__(self, toc: tuple[TocEntry, ...]) -> None:
        self.entries: list[TocEntry] = []
        self.titles: list[str] = []
        self.exact: dict[str, int] = {}  # normalised title → its first entry
        self.lengths: set[int] = set()
        self.grams: dict[str, list[int]] = {}  # 4-gram → the entries holding it, in order
        self.short: dict[str, int] = {}  # 1 to 3 characters → the first entry holding them
        for entry in toc:
            e = _norm(entry.title)
            if len(e) < 4:
                continue
            k = len(self.entries)
            self.entries.append(entry)
            self.titles.append(e)
            self.exact.setdefault(e, k)
            self.lengths.add(len(e))
            for j in range(len(e) - 3):
                holding = self.grams.setdefault(e[j:j + 4], [])
                if not holding or holding[-1] != k:
                    holding.append(k)
            for n in (1, 2, 3):
                for j in range(len(e) - n + 1):
                    self.short.setdefault(e[j:j + n], k)

    def first(self, t: str) -> TocEntry | None:
        best = len(self.entries)
        for n in self.lengths:  # entries inside the heading
            for j in range(len(t) - n + 1):
                best = min(best, self.exact.get(t[j:j + n], best))
        if not t:  # "" is in every title
            best = 0
        elif len(t) < 4:
            best = min(best, self.short.get(t, best))
        else:  # the heading inside an entry
            holding = [self.grams.get(t[j:j + 4], ()) for j in range(len(t) - 3)]
            for k in min(holding, key=len):
                if k >= best:
                    break
                if t in self.titles[k]:
                    best = k
                    break
        return self.entries[best] if best < len(self.entries) else None


@dataclass
class Segmenter:
    path: str
    toc: tuple[TocEntry, ...]
    column: str | None = None
    articles: list[_Draft] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pending_authors: list[str] = field(default_factory=list)
    _toc_index: _TocIndex | None = field(default=None, repr=False)
    _toc_found: dict[str, TocEntry | None] = field(default_factory=dict, repr=False)

    @property
    def current(self) -> _Draft | None:
        return self.articles[-1] if self.articles else None

    def _open(self) -> _Draft | None:
        cur = self.current
        return cur if cur is not None and not cur.closed else None

    def _toc_entry(self, text: str) -> TocEntry | None:
        """The contents entry this heading is the article for (我市坚持… for 坚持…), if any."""
        t = _norm(text)
        if t in self._toc_found:  # each heading is asked about two or three times
            return self._toc_found[t]
        if self._toc_index is None:
            self._toc_index = _TocIndex(self.toc)
        found = self._toc_found[t] = self._toc_index.first(t)
        return found

    def _next(self, blocks: list[Block], i: int) -> Block | None:
        # by index: slicing the rest of the blocks for every heading made parsing quadratic
        for j in range(i + 1, len(blocks)):
            if blocks[j].kind != "caption":
                return blocks[j]
        return None

    def _starts_article(self, blocks: list[Block], i: int) -> bool:
        h, nxt = blocks[i], self._next(blocks, i)
        if h.level in (1, 2) and not SECTION_START.match(h.text):
            return True
        if self._open() is None or self._toc_entry(h.text) is not None:
            return True
        if nxt is not None and nxt.kind in {"subtitle", "byline"}:
            return True
        return nxt is not None and nxt.kind == "body" and nxt.text.startswith("本报讯")

    def _keep(self, block: Block, why: str) -> None:
        self.unplaced.append(block.text)
        self.problems.append(Problem(self.path, block.line, "warning", f"{why}：{block.text[:30]}"))

    def feed(self, blocks: list[Block], lifted: dict[int, list[str]]) -> None:
        for i, block in enumerate(blocks):
            handler = getattr(self, f"_on_{block.kind}", self._on_other)
            handler(blocks, i)
            if i in lifted and self.current is not None:
                self.current.captions.extend(lifted[i])

    # -- one handler per block kind, in the order they usually appear

    def _on_heading(self, blocks: list[Block], i: int) -> None:
        h, nxt = blocks[i], self._next(blocks, i)
        if self._starts_article(blocks, i):
            # a run of short lines before a title: the earlier ones are page banners or columns
            if nxt is not None and nxt.kind == "heading" and not h.level and not SECTION_START.match(nxt.text) \
                    and self._starts_article(blocks, i + 1):
                self.unplaced.append(h.text)
                return
            entry = self._toc_entry(h.text)
            column = entry.column if entry is not None and entry.column else self.column
            self.articles.append(_Draft(tidy_title(h.text), h.line, column, authors=self.pending_authors))
            self.pending_authors = []  # a column (栏目) goes on until the next one; a byline does not
            return
        cur = self._open()
        assert cur is not None  # _starts_article is true when no article is open
        if nxt is not None and nxt.kind == "heading" and not h.level and not SECTION_START.match(h.text) \
                and not SECTION_START.match(nxt.text):
            cur.captions.append(h.text)  # a banner line above a section head
            return
        cur.headings.add(len(cur.paragraphs))
        cur.paragraphs.append(h.text)

    def _on_subtitle(self, blocks: list[Block], i: int) -> None:
        cur, text = self._open(), re.sub(r"^[—－\-\s]+", "", blocks[i].text)
        if cur is not None and not cur.paragraphs and cur.subtitle is None:
            cur.subtitle = text
        else:
            self._on_body(blocks, i)

    def _on_byline(self, blocks: list[Block], i: int) -> None:
        names = parse_byline(blocks[i].text)
        cur = self._open()
        if cur is not None and not cur.paragraphs:
            cur.authors.extend(names)
        else:
            self.pending_authors = names

    def _on_attribution(self, blocks: list[Block], i: int) -> None:
        cur, nxt = self._open(), self._next(blocks, i)
        if cur is None or (nxt is not None and nxt.kind == "body"):
            # a bracketed remark inside an article, not the signature that ends it
            return self._on_body(blocks, i)
        source, authors = parse_attribution(attribution_inner(blocks[i].text) or "")
        cur.source, cur.closed = source, True
        cur.authors.extend(authors)

    def _on_continuation(self, blocks: list[Block], i: int) -> None:
        if self.current is not None:
            self.current.closed = True

    def _on_caption(self, blocks: list[Block], i: int) -> None:
        (self.current.captions if self.current else self.unplaced).append(blocks[i].text)

    def _on_column(self, blocks: list[Block], i: int) -> None:
        self.column = blocks[i].text.strip("【】")

    def _on_separator(self, blocks: list[Block], i: int) -> None:
        pass

    def _on_marking(self, blocks: list[Block], i: int) -> None:
        pass  # 示例 / 内部资料 markings are issue furniture, not article text

    def _on_body(self, blocks: list[Block], i: int) -> None:
        block = blocks[i]
        cur = self._open()
        if cur is None:
            if self.current is not None and self.current.closed:
                return self._keep(block, f"文字位于《{self.current.title}》的署名之后，未归入任何文章"
                                         f" / text after an article's attribution, in no article")
            return self._keep(block, "文字出现在第一篇文章标题之前，未归入任何文章 / text before the first title, in no article")
        text, closes = block.text, False
        if INLINE_CONTINUATION.search(text):
            text, closes = INLINE_CONTINUATION.sub("", text).rstrip(), True
        signed = trailing_author(text)
        if signed and signed[0] and is_terminated(signed[0]):
            text, closes = signed[0], True
            cur.authors.extend(signed[1])
        if text:
            cur.paragraphs.append(text)
        cur.closed = closes

    _on_other = _on_body

    def finish(self) -> list[Article]:
        if self.pending_authors and self.current is not None and not self.current.authors:
            self.current.authors.extend(self.pending_authors)
        kept = []
        for draft in self.articles:
            if draft.paragraphs:
                kept.append(draft.freeze())
                continue
            # a title with no text under it is not an article; keep the line, say where it was
            self.unplaced.extend([draft.title] + draft.captions)
            self.problems.append(Problem(self.path, draft.line, "warning", f"标题下没有正文，未作为文章收录 / a title with no text, not an article：{draft.title[:30]}"))
        return kept
