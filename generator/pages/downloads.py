"""Data downloads: every figure and every article as CSV (for Excel) and JSON (for programs).

CSV files start with a UTF-8 byte-order mark because Excel on Chinese Windows otherwise opens
them as GBK and shows mojibake; JSON is plain UTF-8. Rows are in a fixed order and carry no
timestamps, so an unchanged archive gives byte-identical files.

All figures of an archive are published zipped, one zip per year of issue (data/figures-2019.zip
holding figures-2019.csv and figures-2019.json): a bulletin reports a figure every ~60 characters,
so 1,000 issues carry ~230,000 figures, 215 MB as plain CSV and JSON and ~12 MB zipped (the site has
to fit an intranet share), and 10,000 issues more rows than Excel opens (1,048,576) in one file.
"""
from __future__ import annotations

import csv
import io
import json
import pickle
import re
import zipfile
import zlib
from collections.abc import Iterable

from ..store.collect import Collection
from .display import num
from .figures import Figure
from .links import built_path

FIGURE_COLUMNS = ("place_code", "place", "measure", "measure_name", "label", "value", "unit", "kind",
                  "date", "series", "issue", "article", "text", "sentence", "page", "scope", "change", "as_of", "doubt")
ARTICLE_COLUMNS = ("date", "series", "issue", "title", "subtitle", "authors", "source", "column",
                   "places", "primary_places", "themes", "figures", "page")
_FIGURE_HEADER = ",".join(FIGURE_COLUMNS) + "\r\n"  # the columns are plain names: csv quotes none

# CSV injection (OWASP): Excel and WPS run a cell that starts with = + - @ (or tab or CR after
# which they look again) as a formula: =HYPERLINK(...) in a title became a link. Such text cells
# get a leading ' (shown as text, the quote hidden); numbers, negative ones too, stay numbers.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMERIC_COLUMNS = frozenset({"value", "figures"})
_FIGURE_NUMERIC = frozenset(i for i, c in enumerate(FIGURE_COLUMNS) if c in NUMERIC_COLUMNS)
# a cell that may start with one of them, in a line as csv writes it without its "\r\n": most lines
# have none, and only those are looked at cell by cell (a quoted cell's inner comma may match: looked
# at for nothing). The terminator is left out: after an empty last cell (",\r\n") it matched every
# line. The first cell is matched apart: a pattern that starts with "," is searched for that character
# (sentences' commas are full-width), one that may start anywhere (^|,) is tried at every character.
_FORMULA_FIRST = re.compile(r'"?[=+\-@\t\r]')
_FORMULA_NEXT = re.compile(r',"?[=+\-@\t\r]')
# json.dumps with an option builds an encoder per call: one encoder for the ~100 figures of an issue
_JSON_RECORD = json.JSONEncoder(ensure_ascii=False).encode


def text_cells(row: tuple, numeric: frozenset[int] | set[int] = frozenset()) -> tuple:
    """``row`` with every text cell that a spreadsheet would run neutralised (columns ``numeric`` aside)."""
    return tuple("'" + cell if i not in numeric and isinstance(cell, str) and cell.startswith(FORMULA_START)
                 else cell for i, cell in enumerate(row))


def figure_record(f: Figure) -> tuple[str, ...]:
    """One figure as a row of FIGURE_COLUMNS."""
    i, entry = f.indicator, f.ref.entry
    return (i.place or "", f.place_name or "", i.measure or "", f.measure_name or "", i.label, num(i.value), i.unit,
            i.kind, entry.issue.date or "", entry.issue.series or "", entry.label, f.ref.article.title, i.text,
            i.sentence, built_path(f.target), i.scope, "yes" if i.change else "", i.date or "", i.doubt or "")


def figure_lines(figures: Iterable[Figure]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Each figure's CSV line and JSON record: every download of figures is joined from these."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    lines, records = [], []
    for f in figures:
        row = figure_record(f)
        writer.writerow(row)
        line = buf.getvalue()
        buf.seek(0)
        buf.truncate()
        if _FORMULA_FIRST.match(line) or _FORMULA_NEXT.search(line, 0, len(line) - 2):
            writer.writerow(text_cells(row, _FIGURE_NUMERIC))
            line = buf.getvalue()
            buf.seek(0)
            buf.truncate()
        lines.append(line)
        records.append(_JSON_RECORD(dict(zip(FIGURE_COLUMNS, row))))
    return tuple(lines), tuple(records)


def figures_csv(lines: Iterable[str]) -> bytes:
    """CSV of figures from their lines: the same bytes as :func:`csv_bytes` of their records."""
    return ("\ufeff" + _FIGURE_HEADER + "".join(lines)).encode("utf-8")


def figures_json(records: Iterable[str]) -> bytes:
    """JSON of figures from their records: the same bytes as :func:`json_bytes` (json's list
    separator is ", ")."""
    return ("[" + ", ".join(records) + "]\n").encode("utf-8")


class FigureLines:
    """The download lines of every issue's figures, made once per issue and kept between builds.

    A figure is in up to five downloads (its year, theme, measure, place, a chart's data), and
    adding one issue remakes every download it takes part in: most of the archive's rows, slow when
    each row was formatted again. An issue's lines depend only on the issue (its page-cache key, see
    page_cache.py), so they are stored under that key, zlib-compressed, and a download is joined
    from the lines of its figures' issues.

    CSV lines stay in memory for the build (each issue is in many downloads); JSON records, twice
    their size and needed only by the issue's year, are unpacked again when the year asks for them
    (in a large archive keeping them would be gigabytes more). The two are stored apart: the theme,
    measure and place downloads of every rebuild with a new issue read the CSV lines of all issues,
    and unpacking the records with them doubled that.
    """

    NAMES = ("figure-lines", "figure-records")  # what an issue's CSV lines and JSON records are stored under

    def __init__(self, by_issue: dict[str, list[Figure]], page_cache, issue_keys: dict[str, str]) -> None:
        self.by_issue = by_issue  # issue page → its figures, in order (by number)
        self._page_cache = page_cache
        self._issue_keys = issue_keys
        self._lines: dict[str, tuple[str, ...]] = {}
        # every issue's stored lines are kept, used in this build or not: a rebuild takes most
        # downloads from the cache, and the next new issue needs the lines of all it joins
        for page in by_issue:
            for name in self.NAMES:
                page_cache.keep(name, (issue_keys[page],))

    def _stored(self, page: str, which: int) -> tuple[str, ...]:
        """The CSV lines (``which`` 0) or JSON records (1) of the figures of issue ``page``, in order."""
        made: list = []  # (lines, records) and the two packed, once made here

        def make(part: int) -> bytes:
            if not made:  # one pass makes both: the other is stored as well, below
                made.append(figure_lines(self.by_issue.get(page, [])))
                made.append([zlib.compress(pickle.dumps(x, pickle.HIGHEST_PROTOCOL), 1) for x in made[0]])
            return made[1][part]

        inputs = (self._issue_keys[page],)
        packed = self._page_cache.memo(self.NAMES[which], inputs, lambda: make(which))
        if made:
            self._page_cache.memo(self.NAMES[1 - which], inputs, lambda: make(1 - which))
            return made[0][which]  # not unpacked again
        return pickle.loads(zlib.decompress(packed))

    def load_all(self) -> None:
        """Read (or make) the CSV lines of every issue now: before some page kinds are made in a
        forked process (forked.py), which would otherwise read them all once more."""
        for page in self.by_issue:
            if page not in self._lines:
                self._lines[page] = self._stored(page, 0)

    def csv(self, figures: Iterable[Figure]) -> bytes:
        def line(f: Figure) -> str:
            page = f.ref.entry.page
            if page not in self._lines:
                self._lines[page] = self._stored(page, 0)
            return self._lines[page][f.number]

        return figures_csv(line(f) for f in figures)

    def json(self, figures: Iterable[Figure]) -> bytes:
        records, last, out = (), None, []
        for f in figures:  # an issue's figures are next to each other: each is unpacked once
            if f.ref.entry.page != last:
                last = f.ref.entry.page
                records = self._stored(last, 1)
            out.append(records[f.number])
        return figures_json(out)


def article_rows(c: Collection) -> list[dict]:
    rows = []
    for entry in c.issues:
        for n, a in enumerate(entry.issue.articles, start=1):
            rows.append({
                "date": entry.issue.date or "", "series": entry.issue.series or "", "issue": entry.label,
                "title": a.title, "subtitle": a.subtitle or "", "authors": "、".join(a.authors),
                "source": a.source or "", "column": a.column or "",
                "places": ";".join(f"{p.adcode} {p.name}" for p in a.places),
                "primary_places": ";".join(f"{p.adcode} {p.name}" for p in a.places if p.primary),
                "themes": ";".join(a.themes), "figures": len(a.indicators),
                "page": built_path(f"{entry.page}#a{n}"),
            })
    return rows


def csv_bytes(rows: list[dict] | list[tuple], columns: tuple[str, ...]) -> bytes:
    """CSV with a BOM (for Excel); rows are dicts or tuples in the order of ``columns``. Text cells
    that a spreadsheet would run as formulas are neutralised (:func:`text_cells`)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    numeric = {i for i, c in enumerate(columns) if c in NUMERIC_COLUMNS}
    writer.writerows(text_cells(tuple(row[c] for c in columns) if isinstance(row, dict) else row, numeric)
                     for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def json_bytes(rows: list[dict] | list[tuple], columns: tuple[str, ...] | None = None) -> bytes:
    """A list of records, written in one call of json's C encoder (indent would make it pure Python)."""
    records = [dict(zip(columns, row)) if columns and not isinstance(row, dict) else row for row in rows]
    return (json.dumps(records, ensure_ascii=False) + "\n").encode("utf-8")


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip of ``files`` that is the same bytes for the same files (fixed dates and attributes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name], compresslevel=1)  # much faster than 6, a little larger
    return buf.getvalue()
