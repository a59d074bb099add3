"""The page before the words: undo what PDF, Word and WPS did to a bulletin's lines.

Runs on raw lines, before they are cleaned and classified, because the evidence is in the spacing
that cleaning collapses: cells of an aligned table, the gutter of a two-column page, the many spaces
between a publisher and a date. Each rule is a pass over the whole document, linear in its length.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace

from .text import SENTENCE_PUNCT

# Full-width letters, digits and symbols are Word/WPS scars (２０１９, ＧＤＰ, ８６．５％). They are
# folded as NFKC would; Chinese punctuation (，：；！？（）) is how Chinese is written and stays.
_KEEP = set("，：；！？（）［］｛｝～＂＇")
_WIDTH = {c: unicodedata.normalize("NFKC", chr(c)) for c in range(0xFF01, 0xFF5F) if chr(c) not in _KEEP}
_WIDTH.update({0x3000: " ", 0x00A0: " ", 0x200B: "", 0x200C: "", 0x200D: "", 0x2060: ""})


_FOLDED = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_WIDTH)) + "]+")


def fold_width(text: str) -> str:
    # only the runs that change are translated: translating the whole text costs a lookup per character
    return _FOLDED.sub(lambda m: m.group().translate(_WIDTH), text)


# What OCR makes of digits: 2O17年, l286户, 1〇0%, 8O% (letters and 〇 for 0 and 1), 9 3.5% (a space
# inside a number). A run of digits and such look-alikes, not touching Latin letters, with at least as
# many digits as letters, is a number (O2O and CO2 are not touched); a space inside a number between
# Chinese text and its unit goes.
_DIGIT_LOOKALIKES = re.compile(
    r"(?<![A-Za-z\dOolI〇])(?=[\dOolI〇.]*[OolI〇])(?=[\dOolI〇.]*\d)[\dOolI〇]+(?:\.[\dOolI〇]+)?(?![A-Za-z])")
_NUMBER_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]\d) (?=\d{1,3}(?:\.\d+)?\s?[\u4e00-\u9fff%])")  # 2 368户
# 7 3l9户, l8 936人, l 2OO个: a thousands gap in a number a scan misread, look-alikes and all
_THOUSANDS_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])([\dlIO〇]{1,3}) ([\dOolI〇]{3})(?=(?:\.\d+)?\s?(?:[万亿]?[\u4e00-\u9fff]|%))")
_SPACED_DIGITS = re.compile(r"(?<=[\u4e00-\u9fff])\d(?: \d){2,}(?=\s?[\u4e00-\u9fff%])")  # 6 5 6 0万元
_LOOKALIKE = str.maketrans("OolI〇", "00110")
_HINT = re.compile(r"\d[OolI〇]|[OolI〇][ .]?\d|\d \d")
_ISSUE_NUMBER = re.compile(r"(?<=第)\s*([\dOolI〇](?: ?[\dOolI〇]){0,3})\s*(?=期)")  # 第 l 2 期


def repair_ocr_digits(text: str) -> str:
    if not _HINT.search(text):  # one scan of the text: most have neither
        return text
    text = _ISSUE_NUMBER.sub(lambda m: _digits(m) if re.search(r"\d", m.group()) else m.group(), text)
    text = _SPACED_DIGITS.sub(lambda m: m.group().replace(" ", ""), text)
    text = _THOUSANDS_SPACE.sub(r"\1\2", _NUMBER_SPACE.sub("", text))
    return _DIGIT_LOOKALIKES.sub(_digits, text)


def _digits(m: re.Match) -> str:
    run = re.sub(r"\s", "", m.group())
    letters = sum(ch in "OolI〇" for ch in run)
    # l5OO万元: a run that starts as a number (not O2O) and runs into Chinese is one, however many O's
    leads = run[0] not in "Oo" and _CJK.match(m.string[m.end():m.end() + 1] or "a") is not None
    return run.translate(_LOOKALIKE) if letters and (letters <= sum(ch.isdigit() for ch in run) or leads) else run


@dataclass(frozen=True)
class RawLine:
    number: int  # 1-based line number in the source text
    text: str
    cells: tuple[tuple[str, ...], ...] | None = None  # a whole table, one tuple per row
    unit: str | None = None  # 单位：万元 printed with a table
    boxed: bool = False  # text inside a one-cell frame: a leader's instruction, not an article
    full: bool = False  # as wide as its column: the line runs on into the next


@dataclass
class Layout:
    lines: list[RawLine] = field(default_factory=list)
    wrap_width: int | None = None  # display width of hard-wrapped lines (PDF text), if any
    wrap_chars: int | None = None  # the same in characters
    typical: int | None = None  # the median length of a document's lines, when most of them run on


_CJK = re.compile(r"[\u3400-\u9fff]")


class _Widths(dict):
    """Each character's width on the page, looked up once: ambiguous-width characters (“” — …) are
    set full-width in Chinese text."""

    def __missing__(self, ch: str) -> int:
        width = self[ch] = 2 if unicodedata.east_asian_width(ch) in "WFA" else 1
        return width


_WIDTHS = _Widths()


# CJK Unified Ideographs and Extension A are East Asian Wide, every one of them (EastAsianWidth.txt):
# counted two columns each without being looked up one by one, as they are most of a bulletin
_IDEOGRAPHS = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")


def display_width(text: str) -> int:
    if text.isascii():
        return len(text)
    rest = _IDEOGRAPHS.sub("", text)
    return 2 * (len(text) - len(rest)) + sum(map(_WIDTHS.__getitem__, rest))


# ---------------------------------------------------------------- tables

_BOX = set("┌┐└┘├┤┬┴┼─━│┃┏┓┗┛┣┫┳┻╋═║╔╗╚╝╠╣╦╩╬╤╧╪╟╢╫")
_BOX_RULE = re.compile(r"^[\s┌┐└┘├┤┬┴┼─━┏┓┗┛┣┫┳┻╋═╔╗╚╝╠╣╦╩╬╤╧╪╟╢╫+\-|:]+$")
_PIPE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_GAP = re.compile(r"[ \t\u3000]{2,}|\t")
_NUMBER_CELL = re.compile(r"^[-+]?[\d,.]+\s*%?$|^[\d.]+\s*[万亿]?[元人户个家%]?$")
_UNIT_LINE = re.compile(r"^\s*[（(]?\s*单位\s*[：:]\s*[^）)]{1,12}[)）]?\s*$")
_UNIT = re.compile(r"[（(]?\s*单位\s*[：:]\s*(?P<unit>[^）)\s]{1,12})\s*[)）]?")


_GRID_RULE = re.compile(r"^\+(?:[-=:]+\+){2,}$")


def _grid_rows(raw: list[tuple[int, str]], i: int) -> tuple[list[tuple[str, ...]], int]:
    """A pandoc grid table (+----+----+ rules between | … | lines): its rows, and the index after it.
    A cell's text wrapped over several lines between two rules is one row."""
    rows: list[tuple[str, ...]] = []
    pending: list[tuple[str, ...]] = []
    j, n = i, len(raw)
    while j < n:
        t = raw[j][1].strip()
        if _GRID_RULE.match(t):
            if pending:
                rows.append(tuple("".join(parts).strip() for parts in zip(*pending)))
                pending = []
        elif t.startswith("|") and t.endswith("|"):
            cells = _box_cells(t)
            if pending and len(cells) != len(pending[0]):
                break
            pending.append(cells)
        else:
            break
        j += 1
    if pending:
        rows.append(tuple("".join(parts).strip() for parts in zip(*pending)))
    return rows, j


def _box_cells(text: str) -> tuple[str, ...]:
    parts = re.split(r"[│┃║|]", text.strip())
    if parts and not parts[0].strip():
        parts = parts[1:]
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    # **合计**: a Markdown export's emphasis is no part of the cell
    return tuple(_EMPHASIS.sub(r"\1", p.strip()) for p in parts)


_EMPHASIS = re.compile(r"^\*{1,2}(.+?)\*{1,2}$")
_BOX_SPLIT = set("│┃║├┤┼┬┴╟╢╫╠╣╬┣┫╋╤╧╪┌┐└┘┏┓┗┛╔╗╚╝")
_BOX_FILL = re.compile(r"^[\s─━═┄┈]*$")
_TRAILING_BRACKET = re.compile(r"[（(][^（）()]{1,8}[)）]$")
_CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


def _box_segments(line: str, box_width: int) -> list[tuple[int, int, str]]:
    """A box line's cells with the columns each spans; a run of ─ between junctions is a rule's piece."""
    cells, col, start, text = [], 0, 0, []
    for ch in line:
        if ch in _BOX_SPLIT:
            if col > start or text:
                cells.append((start, col, "".join(text)))
            col += box_width
            start, text = col, []
        else:
            text.append(ch)
            col += box_width if ch in _BOX else display_width(ch)
    if "".join(text).strip():
        cells.append((start, col, "".join(text)))
    return [(a, b, "" if _BOX_FILL.match(t) else _EMPHASIS.sub(r"\1", t.strip())) for a, b, t in cells]


def _box_rows(lines: list[str]) -> list[tuple[str, ...]]:
    """A box table's rows. A head over two or three lines, its cells spanning columns (建档立卡贫困户 over
    户数 | 人数, 贫困发生率 over two lines), is read by where each cell stands: every column's head is
    what is printed above it, top down (建档立卡贫困户户数)."""
    rows = [_box_cells(t) for t in lines]
    if len({len(r) for r in rows}) <= 1:
        return rows
    def aligned(width: int) -> int:  # box characters print one column wide or two, as the office's font had them
        ends = [{b for _a, b, _t in _box_segments(t, width)} for t in lines]
        return sum(len(e & ends[-1]) for e in ends)
    width = max((1, 2), key=aligned)
    segments = [_box_segments(t, width) for t in lines]
    full = max(len(s) for s in segments)
    body = next((k for k, s in enumerate(segments) if len(s) == full and k and sum(
        1 for _a, _b, t in s[1:] if _NUMBER_CELL.match(t)) >= (full - 1) / 2), None)
    if body is None or any(len(s) != full for s in segments[body:]):
        return rows
    def head(lo: int, hi: int) -> str:
        pieces = [_CJK_GAP.sub("", t) for s in segments[:body] for a, b, t in s if a < hi and b > lo and t]
        # 衔接资金（万元） over 下达 | 已支出: the unit heads both, after their names (衔接资金下达（万元）)
        units = [m.group() for p in pieces[:-1] if (m := _TRAILING_BRACKET.search(p))]
        return "".join(_TRAILING_BRACKET.sub("", p) if k < len(pieces) - 1 else p
                       for k, p in enumerate(pieces)) + "".join(units[-1:])
    columns = [(a, b) for a, b, _t in segments[body]]
    return [tuple(head(lo, hi) for lo, hi in columns), *(tuple(t for _a, _b, t in s) for s in segments[body:])]
_ONE_CJK = re.compile(r"^[\u4e00-\u9fff]$")


def _aligned_cells(text: str) -> tuple[str, ...] | None:
    if not _GAP.search(text):
        return None  # prose, one cell: most lines, told without splitting them
    cells = [_SPACED_PAIR.sub(r"\1\2", c.strip()) for c in _GAP.split(text.strip()) if c.strip()]  # 合 计 → 合计
    if len(cells) >= 3 and _ONE_CJK.match(cells[0]) and _ONE_CJK.match(cells[1]):
        cells[:2] = [cells[0] + cells[1]]  # 合  计, 县  名: a two-character head spaced out to the column's width
    return tuple(cells) if len(cells) >= 3 else None


def _spaced_row(text: str) -> tuple[str, ...] | None:
    """信陵镇 11 24 28 30: a row whose cells one space parts, as OCR and some exports print tables: a name
    and nothing but numbers after it."""
    cells = tuple(text.split())
    if len(cells) < 3 or not _CJK.search(cells[0]) or _NUMBER_CELL.match(cells[0]) \
            or not all(_NUMBER_CELL.match(c) for c in cells[1:]):
        return None
    return cells


_SPACED_PAIR = re.compile(r"(?<!\S)([\u4e00-\u9fff])[ \u3000]{1,3}([\u4e00-\u9fff])(?!\S)")  # 乡　镇, 合　计, 类　　别


def _spaced_head(text: str, width: int) -> tuple[str, ...] | None:
    """Column names parted by single spaces, as many as the rows below have cells, and no prose."""
    cells = tuple(text.split())
    if len(cells) > width:  # 乡　镇　　安置点（个）…: a name spaced out to fill its column is one cell
        cells = tuple(_SPACED_PAIR.sub(r"\1\2", collapse_spaced(text)).split())
    if len(cells) != width or not all(_CJK.search(c) for c in cells) or re.search(r"[，。；,;]", text):
        return None
    return cells


_UNIT_CELL = re.compile(r"^(?:[万亿]?(?:元|户|人|个|亩|吨|公里|人次|户次|家|所|处|套|座|头|只|平方米|立方米|千瓦|名|项)|%|％)$")


def _merge_wrapped_rows(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """A cell too long for its column continues on a row whose first cell is empty: 资金 | （万元）."""
    out: list[tuple[str, ...]] = []
    for row in rows:
        if len(out) == 1 and row and not row[0] and len(row) == len(out[-1]) and any(row) \
                and all(_UNIT_CELL.match(c) for c in row[1:] if c):
            # 户数 | 人数 | 帮扶资金 over 户 | 人 | 万元: a row of units under the head, each its column's
            out[-1] = tuple(a + (f"（{b}）" if b else "") for a, b in zip(out[-1], row))
        elif out and row and not row[0] and len(row) == len(out[-1]) and any(row) \
                and not any(_NUMBER_CELL.match(a.strip()) and _NUMBER_CELL.match(b.strip()) for a, b in zip(out[-1], row)):
            out[-1] = tuple(a + b for a, b in zip(out[-1], row))
        elif out and row and not row[0] and len(row) == len(out[-1]) and len(out) > 1:
            # | 支尔莫乡 | 依沃阿觉村 | 56 | over |  | 树主村 | 47 |: a row of its own under a cell merged
            # down the first column (a Word table's), never numbers run together
            out.append((out[-1][0], *row[1:]))
        else:
            out.append(row)
    return out


RANK_HEAD = re.compile(r"^(?:排名|名次|排序|序号|编号|位次|No\.?)$", re.IGNORECASE)  # a table's column of ranks
_SIMPLE_RULE = re.compile(r"^\s*-{3,}(?:[ \t]+-{3,})+\s*$")  # ------  ------  ------


def _tables(raw: list[tuple[int, str]]) -> list[RawLine]:
    """Replace each run of table lines with one RawLine holding its rows."""
    out: list[RawLine] = []
    i, n = 0, len(raw)
    while i < n:
        number, text = raw[i]
        s = text.strip()
        rows: list[tuple[str, ...]] = []
        j = i
        if _GRID_RULE.match(s) and i + 1 < n and raw[i + 1][1].strip().startswith("|"):  # pandoc grid table
            rows, j = _grid_rows(raw, i)
        elif s.startswith("|") and s.count("|") >= 3:  # Markdown pipe table
            while j < n and raw[j][1].strip().startswith("|"):
                t = raw[j][1].strip()
                if not _PIPE_RULE.match(t):
                    rows.append(_box_cells(t))
                j += 1
        elif s[:1] in "└┗╚" and _BOX_RULE.match(s):  # └────┘ under a frame whose lines have no sides
            out.append(RawLine(number, ""))
            i += 1
            continue
        elif s[:1] in _BOX and (s[:1] in "┌┏╔" or "│" in s or "┃" in s):  # box drawing
            while j < n and raw[j][1].strip()[:1] in _BOX:
                j += 1
            rows = _box_rows([raw[k][1].strip() for k in range(i, j) if not _BOX_RULE.match(raw[k][1].strip())])
            if not rows:  # ┌────┐ over a boxed 记者手记 whose lines have no sides: the frame's edge, no text
                out.extend(RawLine(raw[k][0], "") for k in range(i, j))
                i = j
                continue
        else:  # text aligned in columns: three or more rows of three or more cells, mostly numbers
            while j < n:
                if len(rows) == 1 and _SIMPLE_RULE.match(raw[j][1]):
                    j += 1  # a pandoc simple table's dashes under its head
                    continue
                cells = _aligned_cells(raw[j][1]) or _spaced_row(raw[j][1])
                if cells is None or (rows and abs(len(cells) - len(rows[0])) > 1):
                    break
                rows.append(cells)
                j += 1
            numeric = sum(1 for r in rows[1:] for c in r[1:] if _NUMBER_CELL.match(c))
            cells_after_head = sum(len(r) - 1 for r in rows[1:])
            # 县（市、区）　下达资金（万元）　…: a head set apart by single spaces, on the line above
            head = _spaced_head(raw[i - 1][1], len(rows[0])) if rows and out and i and out[-1].number == raw[i - 1][0] \
                and out[-1].cells is None else None
            if len(rows) < (2 if head else 3) or cells_after_head == 0 or numeric < cells_after_head / 2:
                rows = []
            elif head:
                rows.insert(0, head)
                number = out.pop().number
        if rows and max(len(r) for r in rows) <= 1 and j > i + 1:  # a frame around text, not a table
            out.extend(RawLine(raw[k][0], _box_cells(raw[k][1])[0], boxed=True) for k in range(i, j)
                       if not _BOX_RULE.match(raw[k][1].strip()) and _box_cells(raw[k][1]))
            i = j
            continue
        rows = _merge_wrapped_rows(rows)
        if rows and RANK_HEAD.match(re.sub(r"\s", "", rows[0][0])):
            # 排名 | 县市 | … with a 全州 row printed without a rank: that row starts one column later
            rows = [rows[0], *(("", *r) if len(r) == len(rows[0]) - 1 else r for r in rows[1:])]
        elif rows and not s.startswith("|") and s[:1] not in _BOX:
            rows = _under_text_columns(rows)
        if len(rows) >= 2 and max(len(r) for r in rows) >= 2:
            unit = None
            for k in (i - 1, i - 2):  # 单位：万元 on the line above (or the table's title line)
                if k >= 0 and _UNIT.search(raw[k][1]):
                    unit = _UNIT.search(raw[k][1]).group("unit")
                    if _UNIT_LINE.match(raw[k][1]):  # a line that only gives the unit is part of the table
                        for back in range(len(out) - 1, max(-1, len(out) - 3), -1):
                            if out[back].number == raw[k][0]:
                                out[back] = RawLine(raw[k][0], "")
                    break
            width = max(len(r) for r in rows)
            rows = [r + ("",) * (width - len(r)) for r in rows]
            out.append(RawLine(number, "", tuple(rows), unit))
            i = j
            continue
        # not a table: these lines stay as they are, and are not looked at again (linear time)
        end = max(j, i + 1)
        out.extend(RawLine(k, t) for k, t in raw[i:end])
        i = end
    return out


def _under_text_columns(rows: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """合　计　　　　684000　118: an aligned row with its text cells left empty (帮扶市 under 合计) has
    fewer cells; its numbers stand under the number columns, after the text ones it skips."""
    width = max(len(r) for r in rows)
    full = [r for r in rows[1:] if len(r) == width]
    text = 0  # the text columns after the first, in every full row
    while full and text + 1 < width and all(not _NUMBER_CELL.match(r[text + 1]) for r in full):
        text += 1
    if not text:
        return rows
    return [rows[0], *((r[0], *("",) * (width - len(r)), *r[1:])
                       if 0 < width - len(r) <= text and len(r) > 1 and _NUMBER_CELL.match(r[1]) else r
                       for r in rows[1:])]


# ---------------------------------------------------------------- two-column pages

_TWO_COLUMNS = re.compile(r"^(?P<left>[ \t\u3000]{0,4}\S.*?\S)[ \t\u3000]{3,}(?P<right>\S.*)$")
_GUTTER = re.compile(r"[ \t\u3000]{3}")  # what _TWO_COLUMNS needs: most lines have none, and are not matched


def _columns(lines: list[RawLine]) -> list[RawLine]:
    """A page extracted across two columns puts both halves on one line: read the left column of a run
    of such lines, then the right. Prose on both sides (not numbers) and a gutter at one position."""
    out: list[RawLine] = []
    i, n = 0, len(lines)
    gapped = [line for line in lines if line.cells is None and _GUTTER.search(line.text)]
    gutter = _gutter(gapped) if len(gapped) >= 4 else None
    while i < n:
        run: list[tuple[RawLine, str, str, tuple[int, int]]] = []
        j = i
        while j < n:
            line = lines[j]
            m = _TWO_COLUMNS.match(line.text.rstrip()) if line.cells is None and _GUTTER.search(line.text) else None
            if m is None:
                if not line.text.strip() and run:  # a blank line inside the run: both columns have one
                    j += 1
                    continue
                if run and (alone := _one_column(line, run[0][3][0], lines[j + 1:j + 4])) is not None:
                    run.append((line, *alone, run[0][3]))
                    j += 1
                    continue
                if run and (both := _indented_left(line, run[0][3][0])) is not None:
                    run.append((line, *both, run[0][3]))  # 县扶贫办　彭家振 set right in the left column
                    j += 1
                    continue
                break
            left, right = m.group("left"), m.group("right")
            at = (display_width(line.text[: m.start("right")]), m.start("right"))
            # the gutter stands near one place, on the page (display width) or in characters: text
            # typed into columns by hand, or extracted without layout, leaves it ragged by a few. Once
            # a run has begun, a wide gap after a short left line (a paragraph's end) still parts the columns
            if not run and (len(_CJK.findall(left)) < 6 or len(_CJK.findall(right)) < 6
                            or _MASTHEAD_HALF.search(left) or _MASTHEAD_HALF.search(right)):
                break  # (2019年10月17日　星期四　　第3版: a newspaper's dated line, no column)
            if run and not (_CJK.search(left) and _CJK.search(right) and (
                    abs(at[0] - run[0][3][0]) <= _RAGGED or abs(at[1] - run[0][3][1]) <= _RAGGED
                    or m.start("right") - m.end("left") >= 6 and display_width(left) < run[0][3][0] - _RAGGED)):
                break
            run.append((line, left, right, at))
            j += 1
        # the left column may go on after the right one's last line, while its sentence does
        while run and j < n and lines[j].cells is None and lines[j].text.strip() and not _WIDE_GAP.search(
                lines[j].text.strip()) and display_width(lines[j].text) <= run[0][3][0] - 2 \
                and (last := next((r[1] for r in reversed(run) if r[1]), "")) and last.rstrip()[-1] not in "。！？!?）)":
            run.append((lines[j], lines[j].text, "", run[0][3]))
            j += 1
        if sum(1 for r in run if r[1] and r[2]) >= 4:
            for side in (1, 2):
                kept = [r for r in run if r[side]]
                widest = max(display_width(r[side]) for r in kept)
                column = [RawLine(r[0].number, r[side], full=_runs_on(r[side], widest)) for r in kept]
                out.extend(_titles_in_column(column, widest))
                out.append(RawLine(run[-1][0].number, ""))  # the right column starts a new stretch
            i = j
            continue
        stretch = _gutter_stretch(lines, i, gutter) if gutter else None
        if stretch is not None:  # indented paragraphs, lines with one column empty: read by the gutter
            end, halves = stretch
            for side in (0, 1):
                kept = [(number, parts[side]) for number, parts in halves if parts[side] or not any(parts)]
                widest = max((display_width(t) for _, t in kept), default=0)
                out.extend(RawLine(number, t, full=_runs_on(t, widest)) for number, t in kept)
                out.append(RawLine(halves[-1][0], ""))
            i = end
            continue
        end = max(j, i + 1)  # not two columns: kept as they are, not looked at again
        out.extend(lines[i:end])
        i = end
    return out


_TITLE_LEAD = re.compile(r"^\s*(?:[◆●▲■★◇☆◎►▶※♦【〖]|[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)")


def _titles_in_column(column: list[RawLine], widest: int) -> list[RawLine]:
    """A marked or numbered title opening a paragraph of a column ends there; the line under it opens
    a paragraph, whose indent the gutter swallowed on the right side."""
    out = list(column)
    for k, line in enumerate(out):
        if _TITLE_LEAD.match(line.text) and (k == 0 or not out[k - 1].full):
            out[k] = replace(line, full=False)
            if k + 1 < len(out) and not out[k + 1].text.startswith(" "):
                below = "  " + out[k + 1].text
                out[k + 1] = replace(out[k + 1], text=below, full=_runs_on(below, widest))
    return out


_MASTHEAD_HALF = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月|第\s*[A-Z]?\s*\d+\s*版")
_RAGGED = 10  # how far (display columns) the right column's start may stray from its first line's


def _one_column(line: RawLine, gutter: int, after: list[RawLine]) -> tuple[str, str] | None:
    """A line of a two-column run with text on one side only, as (left, right): indented past half the
    gutter, the right column's; narrower than the gutter with two-column lines to follow, the left's."""
    text = line.text.rstrip()
    if line.cells is not None or not text.strip():
        return None
    lead = _WIDE_GAP.match(text)
    if lead and display_width(text[:lead.end()]) >= gutter * 0.6:
        return "", text.strip()
    if lead is None and _WIDE_GAP.search(text) is None and display_width(text) <= gutter - 2 and any(
            _TWO_COLUMNS.match(a.text.rstrip()) for a in after if a.cells is None):
        return text, ""
    return None


_INDENTED_TWO = re.compile(r"^[ \t\u3000]+(?P<left>\S.*?\S)[ \t\u3000]{3,}(?P<right>\S.*)$")


def _indented_left(line: RawLine, gutter: int) -> tuple[str, str] | None:
    """A two-column line whose left half is set far in (a signature aligned right in its column), as
    (left, right), when the right half starts at the run's gutter."""
    m = _INDENTED_TWO.match(line.text.rstrip()) if line.cells is None else None
    if m is None or abs(display_width(line.text[:m.start("right")]) - gutter) > _RAGGED:
        return None
    return m.group("left"), m.group("right")


_WIDE_GAP = re.compile(r"[ \t\u3000]{2,}")  # between the columns of a page, or the parts of a masthead line
_PROSE = re.compile(r"[，、；,。：]")


def _runs_on(text: str, widest: int) -> bool:
    """A column's line that goes on in the next: as wide as the column; or nearly, with prose in it (a
    sentence mark) or indented as a paragraph's first line, and not ending a sentence."""
    if not text.strip():
        return False
    width, body = display_width(text), text.strip()
    if width >= widest - 2:
        return True
    if body[-1] in "。！？!?":
        return False
    indent = len(text) - len(text.lstrip())
    return width >= widest - 8 and bool(_PROSE.search(body)) or (1 <= indent <= 4 and width >= widest - 6)


def _gutter(lines: list[RawLine]) -> int | None:
    """Where the right column starts on the page (display width), when four or more of ``lines`` (text,
    not tables) have prose on both sides of a gap there."""
    at: Counter = Counter()
    for line in lines:
        text = line.text.rstrip()
        if len(text) < 20:
            continue
        for gap in _WIDE_GAP.finditer(text, 1):
            if len(_CJK.findall(text, 0, gap.start())) >= 4 and len(_CJK.findall(text, gap.end())) >= 4:
                at[display_width(text[:gap.end()])] += 1
    if not at:
        return None
    best = max(at, key=lambda x: (at[x], -x))  # the most common start: indented first lines start later
    return best if best >= 20 and sum(at[y] for y in range(best - 2, best + 3)) >= 4 else None


def _halves(text: str, gutter: int) -> tuple[str, str] | None:
    """A line of a two-column stretch as (left, right) by the gutter; None when it spans the gutter."""
    text = text.rstrip()
    if not text.strip():
        return "", ""
    # a paragraph's first line keeps its indent (a right one starts past the gutter), so that it
    # measures as wide as the lines of its column
    lead = _WIDE_GAP.match(text)
    if lead and abs(display_width(text[:lead.end()]) - gutter) <= 3:
        return "", " " * max(0, display_width(text[:lead.end()]) - gutter) + text.strip()
    for gap in _WIDE_GAP.finditer(text, 1):
        at = display_width(text[:gap.end()])
        if abs(at - gutter) <= 3:
            return text[:gap.start()], " " * max(0, at - gutter) + text[gap.end():]
    return (text, "") if display_width(text) <= gutter - 2 else None


def _gutter_stretch(lines: list[RawLine], i: int, gutter: int) -> tuple[int, list] | None:
    """The two-column stretch starting at line ``i``: (its end, each line's halves), or None. It runs
    while lines split at the gutter; after the right column's last line, the left one may go on to a
    blank line (what follows, such as the page's footer, is no column's)."""
    halves: list[tuple[int, tuple[str, str]]] = []
    last_both = i
    for j in range(i, len(lines)):
        parts = _halves(lines[j].text, gutter) if lines[j].cells is None else None
        if parts is None or (j == i and not all(parts)) or j - last_both > 8:
            break  # a stretch starts with a line on both sides, and has such lines every few lines
        last_both = j if all(parts) else last_both
        halves.append((lines[j].number, parts))
    if not halves:
        return None
    k = max(k for k, (_, parts) in enumerate(halves) if parts[1]) + 1
    while k < len(halves) and halves[k][1][0]:
        k += 1
    halves = halves[:k]
    both = sum(1 for _, parts in halves if all(parts))
    return (i + k, halves) if both >= 4 else None


# ---------------------------------------------------------------- page furniture

# — 3 —, - 3 -, 第3页, ·3·, 3, 第 3 页 共 8 页, 3/8
PAGE_NUMBER = re.compile(
    r"^[\s\-—–－·•]*(?:\d{1,3}|第\s*\d{1,3}\s*页(?:\s*[/，,]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3})[\s\-—–－·•]*$")
_DIGITS = re.compile(r"\d+|[〇零一二三四五六七八九十百]+(?=期|页)")
_HEAD_WORDS = re.compile(r"简报|专报|快报|动态|通讯|信息|要情|周报|月报|期")


_PAGE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日(?:星期.)?第[\d一二三四五六七八九十]+版\S{0,8}$")


def _furniture(lines: list[RawLine]) -> list[RawLine]:
    """Drop page numbers and running heads (脱贫攻坚简报 第5期, repeated on every page) wherever they
    fall; the first occurrence near the top is the masthead and stays. A dropped line leaves a blank,
    which the paragraph joiner reads as the page break it was."""
    keys = Counter()
    for line in lines:
        t = line.text.strip()
        if line.cells is None and 0 < len(t) and len(tight := re.sub(r"\s+", "", t)) <= 40 and _HEAD_WORDS.search(t) \
                and t[:1] not in "（(【[":  # (a running head spaced across the page is as short as its words)
            keys[_DIGITS.sub("#", tight)] += 1
    # the masthead's own lines: a later short line that starts with one of them is a running head
    masthead = [re.sub(r"\s+", "", l.text) for l in lines[:15] if l.cells is None and len(l.text.strip()) >= 4][:6]
    # running heads come after the masthead: below the first line of prose
    first_prose = next((k for k, l in enumerate(lines) if len(l.text) >= 20 and any(
        ch in SENTENCE_PUNCT or ch == "，" for ch in l.text)), len(lines))
    out: list[RawLine] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        t = line.text.strip()
        if line.cells is None and t:
            if PAGE_NUMBER.match(t) and index > 0:
                out.append(RawLine(line.number, ""))
                continue
            tight = re.sub(r"\s+", "", t)  # lengths compared without spaces: a masthead line never heads itself
            # a newspaper's next page repeats its name and a 2018年12月6日 星期四 第2版 line
            if index > first_prose and (masthead and tight == masthead[0] or _PAGE_LINE.match(tight)):
                out.append(RawLine(line.number, ""))
                continue
            key = _DIGITS.sub("#", tight) if len(tight) <= 40 and t[:1] not in "（(【[" else None
            if key is not None and index > first_prose and _HEAD_WORDS.search(t) and _DIGITS.search(t) and any(
                    tight.startswith(m) and len(tight) > len(m) for m in masthead):
                out.append(RawLine(line.number, ""))
                continue
            # a title listed in the contents repeats once too: a running head carries a number or
            # the masthead's words, or recurs on page after page
            if key is not None and keys[key] >= 2 and (keys[key] >= 3 or _DIGITS.search(t) or any(
                    tight.startswith(m) and len(tight) > len(m) for m in masthead)):
                if key in seen or index > first_prose:
                    out.append(RawLine(line.number, ""))
                    continue
                seen.add(key)
        out.append(line)
    return out


def _join_split_tables(lines: list[RawLine]) -> list[RawLine]:
    """A table cut by a page break goes on after the page's number and running head (now blanks) with
    rows of the same width and no head of their own (│ 阳坪乡 │ 4 │ 480 │…): one table."""
    out: list[RawLine] = []
    for line in lines:
        if line.cells is not None and line.cells and out:
            k = len(out) - 1
            while k >= 0 and out[k].cells is None and not out[k].text.strip():
                k -= 1
            before = out[k] if k >= 0 else None
            first = line.cells[0]
            numeric = sum(bool(_NUMBER_CELL.match(c.strip())) for c in first[1:]) >= max(1, (len(first) - 1) // 2)
            if before is not None and before.cells and k < len(out) - 1 and len(before.cells[0]) == len(first) and numeric:
                out[k] = replace(before, cells=before.cells + line.cells)
                del out[k + 1:]
                continue
            if before is not None and k < len(out) - 1 and numeric and (start := _cut_table_start(out, k, len(first))) is not None:
                # a head and a row or two before the page break, too few to be read as a table on their own
                top = [_spaced_head(out[start].text, len(first)) or _aligned_cells(out[start].text)]
                rows = [_aligned_cells(out[m].text) for m in range(start + 1, k + 1)]
                out[start] = replace(out[start], text="", cells=tuple(r for r in top + rows if r) + line.cells, unit=line.unit)
                del out[start + 1:]
                continue
        out.append(line)
    return out


def _cut_table_start(out: list[RawLine], k: int, width: int) -> int | None:
    """Where a table begins whose first rows, ``out[..k]``, stand before a page break: a head of
    ``width`` columns over at most three rows of that width, mostly numbers."""
    m = k
    while m >= 0 and k - m < 3 and out[m].cells is None and (cells := _aligned_cells(out[m].text)) is not None \
            and len(cells) == width and any(_NUMBER_CELL.match(c) for c in cells[1:]):
        m -= 1
    if m == k or m < 0 or out[m].cells is not None:
        return None
    head = _spaced_head(out[m].text, width) or _aligned_cells(out[m].text)
    return m if head is not None and len(head) == width and not any(_NUMBER_CELL.match(c) for c in head) else None


# ---------------------------------------------------------------- the rest of a line's spacing

_ORG_DATE = re.compile(
    r"^\s*(?P<org>\S.*?\S)(?:[ \u3000]{2,}|\t)[ \t\u3000]*(?P<date>(?:[12]\d{3}|[〇零一二三四五六七八九]{4})\s*年"
    r"(?:.{1,12}?日|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月)|"
    r"[12]\d{3}\s*[.\-/．]\s*\d{1,2}\s*[.\-/．]\s*\d{1,2})(?:\s*[（(]?\s*星期[一二三四五六日天]\s*[)）]?)?\s*$")
# the whole run, set apart by a space before it (a name after 作者： or 文/图 is not) and by a space or
# punctuation after it: 郎 德 镇“组组通”…
_SPACED_RUN = re.compile(r"(?<!\S)(?<![\u3400-\u9fff][ \u3000])(?<![\u3400-\u9fff][ \u3000]{2})[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff]){2,}(?![\u3400-\u9fffA-Za-z0-9])")


_SPACED_LINE = re.compile(r"\s*[\u3400-\u9fff](?:[ \u3000]+[\u3400-\u9fff])+\s*")


def collapse_spaced(text: str) -> str:
    """脱 贫 攻 坚 简 报 → 脱贫攻坚简报: three or more single characters each set apart by spaces, or a
    line of nothing else (特    刊); a name printed 黄 彬 inside a line stays as it is."""
    if " " not in text and "\u3000" not in text:
        return text
    if _SPACED_LINE.fullmatch(text):
        return re.sub(r"[ \u3000]+", "", text.strip())
    return _SPACED_RUN.sub(lambda m: re.sub(r"[ \u3000]+", "", m.group()), _SPACED_NAMES.sub(_pair_names, text))


# （沭阳县乡村振兴局　陈　刚　李　娜）, （作者：王海军　刘　芳　郭　伟）: after an office, a colon or a name,
# spaced characters before the bracket closes are two-character names padded to the width of three-character ones
_SPACED_NAMES = re.compile(r"(?:(?<=[局办委部站所院心组室队会社镇乡村县区市府厅处科股校司：:])|(?<=[\u4e00-\u9fff]{2}))[ \u3000]+"
                           r"((?:[\u4e00-\u9fff][ \u3000]+){3,}[\u4e00-\u9fff])(?=[ \u3000]*[）)])")


def _pair_names(m: re.Match) -> str:
    chars = re.sub(r"[ \u3000]+", "", m.group(1))
    if len(chars) % 2:
        return m.group()
    return " " + " ".join(chars[k:k + 2] for k in range(0, len(chars), 2))


# …办公室编 2019年3月22日: one space is enough where the name ends as an office (or 编) does
_OFFICE_WORDS = r"(?:编|编印|主办|办公室|办|局|指挥部|领导小组|委员会|中心|政府)"
_ORG_DATE_TIGHT = re.compile(
    rf"^\s*(?P<org>\S.*?{_OFFICE_WORDS})[ \t\u3000]*(?P<date>"
    + _ORG_DATE.pattern.split("(?P<date>", 1)[1])


_OFFICE_END = re.compile(_OFFICE_WORDS + "$")
_DATE_LAST = frozenset("日月0123456789）)一二三四五六天")  # how a line that ends in a date (or a month) ends: looked at first


_ONE_LINE_MASTHEAD = re.compile(r"\S[ \t\u3000]{2,}第\s*[\d一二三四五六七八九十〇零]+\s*[期周][ \t\u3000]{2,}\S.*\d\s*日\s*$")


_EMPHASIS_AROUND = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*$")


def _split_org_date(lines: list[RawLine]) -> list[RawLine]:
    """凌云县…办公室          2019年5月20日: publisher and date printed on one line, spaces apart."""
    out: list[RawLine] = []
    for index, line in enumerate(lines):
        if index < 8 and line.cells is None and _ONE_LINE_MASTHEAD.search(line.text):
            # 来宾市脱贫攻坚简报  第9期  来宾市…办公室  2019年3月1日: the whole masthead on one line
            parts = [p for p in _WIDE_GAP.split(line.text.strip()) if p]
            if 3 <= len(parts) <= 5:
                out.extend(RawLine(line.number, p) for p in parts)
                continue
        # **…办公室　　2021年7月26日**: a Markdown export sets the whole line in bold
        text = _EMPHASIS_AROUND.sub(r"\1", line.text) if line.cells is None and "*" in line.text else line.text
        m = (_ORG_DATE.match(text) or _ORG_DATE_TIGHT.match(text)) \
            if line.cells is None and text.rstrip()[-1:] in _DATE_LAST and "印发" not in text else None
        if m and "星期" in text[m.end("date"):] and not _OFFICE_END.search(m.group("org")):
            m = None  # 第14期　2017年9月28日　星期四: a newspaper's issue line, read whole
        if m and not any(ch in SENTENCE_PUNCT for ch in m.group("org")):
            out.append(RawLine(line.number, m.group("org")))
            out.append(RawLine(line.number, m.group("date")))
        else:
            out.append(line)
    return out


def _mode_width(widths: list[int], floor: int) -> int | None:
    long = [w for w in widths if w >= floor]
    if len(long) < 6:
        return None
    top = max(Counter(long).items(), key=lambda kv: (kv[1], kv[0]))[0]
    near = sum(1 for w in long if top - 3 <= w <= top + 1)
    # prose paragraphs vary in length; wrapped lines pile up at one width
    return top if near >= 0.4 * len(long) and near >= 5 else None


def _wrap_width(lines: list[RawLine]) -> tuple[int | None, int | None, int | None]:
    """The width PDF or Word text was hard-wrapped at: many long lines of (nearly) one width, measured
    on the page (digits are half as wide as characters) and in characters (a converter counting them);
    and, for text wrapped less evenly, the typical length of its lines when most of them run on."""
    texts = [line.text.strip() for line in lines if line.cells is None]
    runs_on = sum(1 for a, b in zip(texts, texts[1:]) if len(a) >= 15 and b and a[-1] not in _ENDS)
    lengths = sorted(len(t) for t in texts if len(t) >= 15)
    typical = lengths[len(lengths) // 2] if lengths and runs_on >= 0.4 * len(lengths) and runs_on >= 6 else None
    return _mode_width([display_width(t) for t in texts], 40), _mode_width([len(t) for t in texts], 20), typical


_ENDS = set("。！？!?；;：:…”’」』）)")
_MID_SENTENCE = re.compile(r"[，、；,]")
# a title's slogan (“搬得出、稳得住”) holds commas of its own: they do not make the line a sentence
_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d+)[、,，]")  # 一、: a number, not a pause
_QUOTED = re.compile(r"“[^“”]*”|《[^《》]*》")


def is_full_line(text: str, layout: "Layout") -> bool:
    """As wide as the hard-wrapped lines around it: the line goes on in the next one. Where the wrapping
    is uneven, a long line broken after a comma is a sentence going on, not a title."""
    d, c, typical = layout.wrap_width, layout.wrap_chars, layout.typical
    if (d and display_width(text) >= d - 4) or (c and len(text) >= c - 2):
        return True
    return bool(typical and len(text) >= 0.6 * typical and _MID_SENTENCE.search(_QUOTED.sub("", _NUMBERED.sub("", text))))


# an e-mail the bulletin was forwarded in: its header lines, and the line that opens the original message
_MAIL_HEADER = re.compile(r"^\s*(?:发件人|发送时间|发件时间|收件人|抄\s*送|密\s*送|主\s*题|附\s*件|From|Sent|To|Cc|Subject|Date)\s*[：:]"
                          r"|^\s*-{2,}\s*(?:原始邮件|转发邮件信息|Original Message|Forwarded message)\s*-{2,}\s*$", re.I)
_MAIL_FROM = re.compile(r"^\s*(?:发件人|From)\s*[：:]", re.I)


def _without_mail(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """发件人：… 发送时间：… 主题：转发：…简报第15期 over a forwarding note and the original message's own
    header: the mail around the bulletin is no part of it. Its lines are blanked, so that line numbers hold."""
    top = raw[:80]
    if sum(1 for _, t in top[:12] if _MAIL_HEADER.match(t)) < 3:
        return raw
    starts = [k for k, (_, t) in enumerate(top) if _MAIL_FROM.match(t)]
    k = starts[-1]
    while k + 1 < len(top) and (_MAIL_HEADER.match(top[k + 1][1]) or top[k + 1][1].startswith((" ", "\t")) and top[k + 1][1].strip()
                                and not top[k + 1][1].strip()[:1].isalnum()):
        k += 1
    return [(n, "") for n, _ in raw[:k + 1]] + raw[k + 1:]


# a registry's cover slip stapled over the bulletin it routes: 文件处理笺, 收文处理单, 阅文单 …
_COVER = re.compile(r"^(?:[\u4e00-\u9fff]{2,20}?)?(?:文件处理笺|文件处理单|收文处理单|收文处理笺|公文处理单|阅文单|阅件单|传阅单|呈批件|文件阅办单)$")
_COVER_FIELD = re.compile(r"^\s*(?:来文单位|收文日期|收文编号|文件标题|拟办意见|领导批示|办理结果|阅办意见|备注)\s*[：:]")
_RULE_LINE = re.compile(r"^\s*[─━—=＝\-_]{8,}\s*$")


def _without_cover(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """文件处理笺 / 来文单位：… / 拟办意见：… / 领导批示： over a rule, then the bulletin: the slip that
    routed the bulletin is no part of it. Its lines are blanked, so that line numbers hold."""
    head = [re.sub(r"\s+", "", t) for _, t in raw[:4]]
    if not any(_COVER.match(t) for t in head):
        return raw
    fields = 0
    for k, (_, t) in enumerate(raw[:40]):
        fields += bool(_COVER_FIELD.match(t))
        if _RULE_LINE.match(t) and fields >= 2:
            return [(n, "") for n, _ in raw[:k + 1]] + raw[k + 1:]
    return raw


def lay_out(text: str) -> Layout:
    raw = _without_cover(_without_mail(_unspaced_scan(list(enumerate(repair_ocr_digits(fold_width(text)).split("\n"),
                                                                     start=1)))))
    lines = _tables(raw)
    lines = _columns(lines)
    lines = _furniture(lines)
    lines = _join_split_tables(lines)
    lines = _split_org_date(lines)
    lines = [l if l.cells is not None or (t := collapse_spaced(l.text)) == l.text else replace(l, text=t)
             for l in lines]
    widths = _wrap_width(lines)
    wrap = widths[0] or (2 * widths[2] if widths[2] else None)  # the page's width, or twice a typical line's
    if wrap:
        lines = _narrow_columns(lines, wrap)
    return Layout(lines, *widths)


# 色 达 县 脱 贫 攻 坚 … 2019 年 7 月 12 日: text read from a scan with a space after every character
_SCAN_CHAR = "\u4e00-\u9fff\u3000-\u303f\uff01-\uff0f\uff1a-\uff20“”‘’"
_SCAN_GAP = re.compile(rf"(?<=[{_SCAN_CHAR}]) (?=[^ ])|(?<=[^ ]) (?=[{_SCAN_CHAR}])")
_SCAN_SPACED = re.compile(rf"[{_SCAN_CHAR}] (?=[^ ])")
_SCAN_WIDE = re.compile(rf"[{_SCAN_CHAR}]")
_SCAN_RUN = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff] [\u4e00-\u9fff]")


def _scan_share(text: str, least: int) -> float:
    wide = len(_SCAN_WIDE.findall(text))
    return len(_SCAN_SPACED.findall(text)) / wide if wide >= least else 0.0


def _unspaced_scan(raw: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """When most lines are spaced out character by character (OCR of a scan), single spaces next to
    Chinese characters and marks go; runs of spaces (table columns) stay."""
    # judged on the first 200 lines: a scan is spaced throughout, and most files are not scans (nor have
    # five characters spaced in a row anywhere near their start)
    sample = [t for _, t in raw[:400] if t.strip()][:200]
    if not _SCAN_RUN.search("\n".join(sample)[:6000]):
        return raw
    if sum(1 for t in sample if _scan_share(t, 6) >= 0.6) < max(5, 0.3 * len(sample)):
        return raw
    shares = [_scan_share(t, 2) for _, t in raw]
    return [(n, _SCAN_GAP.sub("", t) if share >= 0.3 else t) for (n, t), share in zip(raw, shares)]


def _indented_width(text: str) -> int:
    body = text.strip(" ")
    lead = len(text) - len(text.lstrip(" "))
    return display_width(body) + (4 if 1 <= lead <= 4 else 0)  # a paragraph's indent: two characters


def _narrow_columns(lines: list[RawLine], wrap: int) -> list[RawLine]:
    """A page set in two columns and extracted one column after the other wraps its lines at half the
    page's width: there, a run of lines as wide as each other runs on (an indented first line
    included), though each is short beside the rest of the document. Titles and signatures of one
    width, scattered among full lines, make no run."""
    widths = [_indented_width(line.text) if line.cells is None else 0 for line in lines]
    narrow = []
    for i, w in enumerate(widths):
        top = _mode_width([x for x in widths[max(0, i - 12):i + 13] if x < wrap - 4], 16) \
            if not lines[i].full and 16 <= w < wrap - 4 else None
        narrow.append(bool(top and top <= 0.8 * wrap and top - 4 <= w <= top + 2))
    out = list(lines)
    i = 0
    while i < len(lines):
        if not narrow[i]:
            i += 1
            continue
        j = i
        while j < len(lines) and narrow[j]:
            j += 1
        # (two such lines and a paragraph's shorter last one are a run too)
        ends = j < len(lines) and widths[j] < widths[j - 1] and lines[j].text.rstrip()[-1:] in "。！？”）)"
        prose = sum(1 for line in lines[i:j] if _MID_SENTENCE.search(line.text) or "。" in line.text)
        # (a list of titles of one width is no run: wrapped prose has commas in most lines)
        if (j - i >= 3 or j - i == 2 and ends) and 2 * prose >= j - i:
            out[i:j] = [replace(line, full=True) for line in lines[i:j]]
        i = j + 1
    return out
