"""Data downloads: every figure and every article as CSV (for Excel) and JSON (for programs).

CSV files start with a UTF-8 byte-order mark because Excel on Chinese Windows otherwise opens
them as GBK and shows mojibake; JSON is plain UTF-8. Rows are in a fixed order and carry no
timestamps, so an unchanged archive gives byte-identical files.

All figures of an archive are published zipped (data/figures.zip holding figures.csv and
figures.json): a bulletin reports a figure every ~60 characters, so 1,000 issues carry ~230,000
figures, 215 MB as plain CSV and JSON and ~12 MB zipped (the site has to fit an intranet share).
"""
from __future__ import annotations

import csv
import io
import json
import zipfile

from .collect import Collection
from .figures import Figure

FIGURE_COLUMNS = ("place_code", "place", "measure", "measure_name", "label", "value", "unit", "kind",
                  "date", "series", "issue", "article", "text", "sentence", "page")
ARTICLE_COLUMNS = ("date", "series", "issue", "title", "subtitle", "authors", "source", "column",
                   "places", "primary_places", "themes", "figures", "page")


def _html(target: str) -> str:
    return target.replace(".md#", ".html#").removesuffix(".md") + (".html" if target.endswith(".md") else "")


def figure_rows(figures: list[Figure] | tuple[Figure, ...]) -> list[dict]:
    from .render import num

    rows = []
    for f in figures:
        i, entry = f.indicator, f.ref.entry
        rows.append({
            "place_code": i.place or "", "place": f.place_name or "", "measure": i.measure or "",
            "measure_name": f.measure_name or "", "label": i.label, "value": num(i.value), "unit": i.unit,
            "kind": i.kind, "date": entry.issue.date or "", "series": entry.issue.series or "",
            "issue": entry.label, "article": f.ref.article.title, "text": i.text, "sentence": i.sentence,
            "page": _html(f.target),
        })
    return rows


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
                "page": _html(f"{entry.page}#a{n}"),
            })
    return rows


def csv_bytes(rows: list[dict], columns: tuple[str, ...]) -> bytes:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def json_bytes(rows: list[dict]) -> bytes:
    """One record a line: readable, and written by json's C encoder (indent makes it pure Python)."""
    lines = (json.dumps(row, ensure_ascii=False) for row in rows)
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")


def zip_bytes(files: dict[str, bytes]) -> bytes:
    """A zip of ``files`` that is the same bytes for the same files (fixed dates and attributes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, files[name], compresslevel=6)
    return buf.getvalue()
