"""A bulletin saved from a website (.html/.htm): its text, one paragraph a block, the way the .docx
reader gives it (blank lines between paragraphs, data tables as Markdown pipe tables).

Government sites publish bulletins as pages with menus, scripts and tables used for page layout;
scripts, styles, the page head and the parts a page names as its menus, breadcrumbs, related links
or footer are dropped, and a layout table gives its cells' paragraphs. Menus and footers a page does
not name stay text: the parser knows them as furniture, as it does in pages copied out of a browser.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

# Elements whose content is never the bulletin's text.
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg", "object", "iframe", "select", "button"})
# Elements that end the paragraph before them and start a new one.
_BLOCKS = frozenset({"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
                     "header", "footer", "nav", "aside", "main", "center", "blockquote", "pre", "dd", "dt", "dl",
                     "hr", "form", "figure", "figcaption", "caption", "address", "table", "tr", "td", "th"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "track", "wbr"})
_LAYOUT_CELL = 150  # characters: a cell this long holds running text, so its table is page layout
_SPACE = re.compile(r"[ \t\r\n\f]+")  # HTML's white space; U+00A0 (&nbsp;) is kept as written
# Chinese characters, CJK punctuation and full-width forms: the text no space is set between
WIDE = "\u2e80-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef"
# A line break in the source between two of them is no space, as browsers show it.
_WIDE_BREAK = re.compile(f"(?<=[{WIDE}])[ \t\r\f]*\n[ \t\r\n\f]*(?=[{WIDE}])")


# class or id of a site's own parts around the bulletin: menus, breadcrumbs, search, related links, footer
_CHROME = re.compile(r"(?:top-?bar|nav|nav-?bar|main-?nav|sub-?nav|menu|breadcrumbs?|crumbs?|search|related|"
                     r"relate|prev-?next|footer|foot|copyright|logo|share|sidebar|side-?bar|toolbar|tools|article-tools)",
                     re.IGNORECASE)


def _is_chrome(attrs) -> bool:
    return any(name in ("class", "id") and value and any(_CHROME.fullmatch(t) for t in value.split())
               for name, value in attrs)


class _Table:
    def __init__(self) -> None:
        self.rows: list[list[list[str]]] = []  # rows of cells, each cell its paragraphs
        self.cell: list[str] | None = None  # paragraphs of the cell being read
        self.layout = False  # holds a table: page layout, not data


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.line: list[str] = []
        self.hidden = 0  # depth inside elements whose text is dropped
        self.pre = 0
        self.tables: list[_Table] = []
        self.chrome: tuple[str, int] | None = None  # the site's menu or footer being skipped: its tag, depth

    # Paragraphs go to the open table cell, or to the page.
    def _out(self) -> list[str]:
        table = self.tables[-1] if self.tables else None
        return table.cell if table is not None and table.cell is not None else self.blocks

    def _end_line(self) -> None:
        text = "".join(self.line)
        self.line = []
        text = text.strip() if self.pre else _SPACE.sub(" ", _WIDE_BREAK.sub("", text)).strip()
        if text:
            self._out().append(text)

    def _skipped(self, tag: str, step: int, attrs=()) -> bool:
        """Whether the tag opening (step 1) or closing (step -1) is inside, or is, a part not read: the
        site's own chrome (counted by its tag, so a div in a div does not end it) or a hidden element."""
        if self.chrome is not None:
            if tag == self.chrome[0] and tag not in _VOID:
                depth = self.chrome[1] + step
                self.chrome = (tag, depth) if depth else None
            return True
        if step > 0 and tag not in _VOID and not self.hidden and _is_chrome(attrs):
            self.chrome = (tag, 1)
            return True
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden + step)
            return True
        return bool(self.hidden)

    def handle_starttag(self, tag: str, attrs) -> None:
        if self._skipped(tag, 1, attrs):
            return
        if tag in _BLOCKS:
            self._end_line()
        if tag == "pre":
            self.pre += 1
        elif tag == "table":
            if self.tables:
                self.tables[-1].layout = True
            self.tables.append(_Table())
        elif self.tables and tag == "tr":
            self._close_cell()
            self.tables[-1].rows.append([])
        elif self.tables and tag in ("td", "th"):
            self._close_cell()
            if not self.tables[-1].rows:
                self.tables[-1].rows.append([])
            self.tables[-1].cell = []

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skipped(tag, -1):
            return
        if tag in _BLOCKS:
            self._end_line()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        elif self.tables and tag in ("td", "th"):
            self._close_cell()
        elif self.tables and tag == "table":
            self._close_table()

    def _close_table(self) -> None:
        self._close_cell()
        table = self.tables.pop()
        self._out().extend(_table_blocks(table))

    def _close_cell(self) -> None:
        table = self.tables[-1]
        if table.cell is not None:
            paragraphs, table.cell = table.cell, None
            table.rows[-1].append(paragraphs)

    def handle_data(self, data: str) -> None:
        if not self.hidden and self.chrome is None:
            self.line.append(data)

    def text(self) -> str:
        self._end_line()
        while self.tables:  # a page cut short inside a table
            self._close_table()
        return "\n\n".join(self.blocks) + "\n"


def _table_blocks(table: _Table) -> list[str]:
    """A data table as one pipe table, its first row the head; a layout table (tables inside, long
    running text, a single column or a single row) as its cells' paragraphs in reading order."""
    rows = [r for r in table.rows if any(any(p for p in c) for c in r)]
    cells = [c for r in rows for c in r]
    width = max((len(r) for r in rows), default=0)
    if (table.layout or width < 2 or len(rows) < 2
            or any(sum(len(p) for p in c) > _LAYOUT_CELL for c in cells)):
        return [p for c in cells for p in c]
    body = ["| " + " | ".join(" ".join(c).replace("|", "\\|") for c in r + [[]] * (width - len(r))) + " |"
            for r in rows]
    return ["\n".join([body[0], "|" + "---|" * width, *body[1:]])]


def html_text(source: str) -> str:
    page = _Page()
    page.feed(source)
    page.close()
    return page.text()
