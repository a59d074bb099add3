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
import zipfile

from .collect import Collection
from .figures import Figure
from .render import built_path, num

FIGURE_COLUMNS = ("place_code", "place", "measure", "measure_name", "label", "value", "unit", "kind",
                  "date", "series", "issue", "article", "text", "sentence", "page")
ARTICLE_COLUMNS = ("date", "series", "issue", "title", "subtitle", "authors", "source", "column",
                   "places", "primary_places", "themes", "figures", "page")


def figure_record(f: Figure) -> tuple[str, ...]:
    """One figure as a row of FIGURE_COLUMNS."""
    i, entry = f.indicator, f.ref.entry
    return (i.place or "", f.place_name or "", i.measure or "", f.measure_name or "", i.label, num(i.value), i.unit,
            i.kind, entry.issue.date or "", entry.issue.series or "", entry.label, f.ref.article.title, i.text,
            i.sentence, built_path(f.target))


def figure_rows(figures: list[Figure] | tuple[Figure, ...]) -> list[tuple[str, ...]]:
    return [f.record for f in figures]


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
    """CSV with a BOM (for Excel); rows are dicts or tuples in the order of ``columns``."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(tuple(row[c] for c in columns) if isinstance(row, dict) else row for row in rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def json_bytes(rows: list[dict] | list[tuple], columns: tuple[str, ...] | None = None) -> bytes:
    """A list of records, written in one call of json's C encoder (indent would make it pure Python)."""
    records = [dict(zip(columns, row)) if columns and not isinstance(row, dict) else row for row in rows]
    return (json.dumps(records, ensure_ascii=False) + "\n").encode("utf-8")


def zipped_csv(name: str, rows: list[tuple], columns: tuple[str, ...] = FIGURE_COLUMNS) -> bytes:
    """Every figure of a page as a CSV inside a zip: these files repeat the archive's figures per
    place, theme and measure (86 MB as plain CSV at 1,000 issues, ~6 MB zipped)."""
    return zip_bytes({name: csv_bytes(rows, columns)})


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip of ``files`` that is the same bytes for the same files (fixed dates and attributes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name], compresslevel=1)  # 3x faster than 6, ~15% larger on these files
    return buf.getvalue()
