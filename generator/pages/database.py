"""The archive as one SQLite file, published as ``data/jianbao.db`` beside the CSV and JSON downloads.

Tables (documented for readers in templates/_database.html.j2, shown on the data page):
issues, articles (with their text), places, article_places, themes, article_themes, measures,
figures, problems, meta; and ``articles_fts``, an FTS5 index of the articles' titles and text with
the trigram tokenizer, which finds any Chinese string of three or more characters without a word
list (易地扶贫搬迁 matches whatever jieba would have made of it). Values are those of the downloads
(downloads.py): base units, the same links. It opens in ``sqlite3`` and in Datasette, whose
``?_search=`` uses ``articles_fts`` because it names ``articles`` as its content table.

The same archive gives the same bytes: rows go in a fixed order (issues oldest first, so adding the
newest issue keeps every id), nothing records a time, and the file is written by ``VACUUM INTO``.
It is made again only when its inputs changed: their hash is kept in the file (``meta``) and, with
the file's size and time, in the cache (``database-stamp``), so an unchanged archive costs one stat.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Iterable
from collections import defaultdict
from pathlib import Path

from ..engine.cache import temporary_name, tool_version, write_atomic
from ..extract.gazetteer import load_gazetteer
from ..extract.measures import load_measures
from ..model import Problem
from ..store.collect import Collection
from .figures import gather_figures
from .links import built_path

PATH = "data/jianbao.db"  # inside content/ (and so the site)
SCHEMA_VERSION = 1  # PRAGMA user_version: raised whenever a table or column changes
STAMP = "database-stamp"  # in the cache folder
TOKENIZER = "trigram"  # SQLite ≥ 3.34; FTS_TOKENIZER says what this SQLite has

SCHEMA = """
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  page TEXT NOT NULL UNIQUE,
  series TEXT,
  kind TEXT NOT NULL,
  year INTEGER,
  issue_no INTEGER,
  total_no INTEGER,
  special TEXT,
  label TEXT NOT NULL,
  date TEXT,
  publisher TEXT,
  editor_note TEXT,
  source_path TEXT NOT NULL UNIQUE,
  source_sha256 TEXT NOT NULL,
  source_format TEXT NOT NULL,
  ocr INTEGER NOT NULL
);
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues(id),
  number INTEGER NOT NULL,
  title TEXT NOT NULL,
  subtitle TEXT,
  authors TEXT NOT NULL,
  source TEXT,
  column_name TEXT,
  text TEXT NOT NULL,
  page TEXT NOT NULL,
  UNIQUE (issue_id, number)
);
CREATE TABLE places (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT,
  parent TEXT REFERENCES places(code),
  page TEXT
);
CREATE TABLE article_places (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  place_code TEXT NOT NULL REFERENCES places(code),
  about INTEGER NOT NULL,
  mentions INTEGER NOT NULL,
  forms TEXT NOT NULL,
  PRIMARY KEY (article_id, place_code)
) WITHOUT ROWID;
CREATE TABLE themes (
  slug TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  page TEXT NOT NULL
);
CREATE TABLE article_themes (
  article_id INTEGER NOT NULL REFERENCES articles(id),
  theme TEXT NOT NULL REFERENCES themes(slug),
  PRIMARY KEY (article_id, theme)
) WITHOUT ROWID;
CREATE TABLE measures (
  slug TEXT PRIMARY KEY,
  name TEXT,
  page TEXT
);
CREATE TABLE figures (
  id INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id),
  number INTEGER NOT NULL,
  place_code TEXT REFERENCES places(code),
  measure TEXT REFERENCES measures(slug),
  label TEXT NOT NULL,
  value REAL NOT NULL,
  unit TEXT NOT NULL,
  kind TEXT NOT NULL,
  date TEXT,
  as_of TEXT,
  scope TEXT NOT NULL,
  change INTEGER NOT NULL,
  doubt TEXT NOT NULL,
  text TEXT NOT NULL,
  start INTEGER,
  end INTEGER,
  anchor TEXT NOT NULL
);
CREATE TABLE problems (
  id INTEGER PRIMARY KEY,
  path TEXT NOT NULL,
  line INTEGER,
  severity TEXT NOT NULL,
  message TEXT NOT NULL,
  issue_id INTEGER REFERENCES issues(id)
);
-- every figure as a row of the figures download (data/figures-YEAR.zip), but for its sentence
CREATE VIEW figure_rows AS
SELECT f.place_code, p.name AS place, f.measure, m.name AS measure_name, f.label, f.value, f.unit, f.kind,
       i.date, i.series, i.label AS issue, a.title AS article, f.text, i.page || '#' || f.anchor AS page,
       f.scope, CASE WHEN f.change THEN 'yes' ELSE '' END AS change, f.as_of, f.doubt
FROM figures f JOIN articles a ON a.id = f.article_id JOIN issues i ON i.id = a.issue_id
LEFT JOIN places p ON p.code = f.place_code LEFT JOIN measures m ON m.slug = f.measure
ORDER BY f.id;
"""
# made once the rows are in: one sort each, not a b-tree insert per row
INDEXES = """
CREATE INDEX articles_issue ON articles(issue_id);
CREATE INDEX article_places_place ON article_places(place_code);
CREATE INDEX article_themes_theme ON article_themes(theme);
CREATE INDEX figures_article ON figures(article_id);
CREATE INDEX figures_measure_place ON figures(measure, place_code);
CREATE INDEX figures_place ON figures(place_code);
CREATE INDEX problems_issue ON problems(issue_id);
"""
# the articles' titles and text, indexed; the text itself is read from articles (external content)
FTS = ("CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content=[articles], content_rowid='id', "
       "tokenize='{tokenizer}')")


def fts_tokenizer() -> str | None:
    """The tokenizer the FTS table uses, or None when this SQLite has neither FTS5 nor trigram."""
    try:
        with sqlite3.connect(":memory:") as db:
            db.execute(f"CREATE VIRTUAL TABLE t USING fts5(x, tokenize='{TOKENIZER}')")
        return TOKENIZER
    except sqlite3.OperationalError:
        return None


def inputs_key(c: Collection, problems: Iterable[Problem]) -> str:
    """What the database is made of: the parsed issues (their parse-cache keys name them, code and
    configuration included), where their pages are, and the problems."""
    h = hashlib.sha256(f"{SCHEMA_VERSION}\0{tool_version()}\0{sqlite3.sqlite_version}\0".encode())
    for entry in c.issues:
        parsed = c.parse_keys.get(entry.issue.source.path) or repr(entry.issue)
        h.update(f"{entry.page}\0{parsed}\0".encode("utf-8", "surrogatepass"))
    for p in sorted(problems, key=_problem_order):
        h.update(f"{p.path}\0{p.line}\0{p.severity}\0{p.message}\0".encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _problem_order(p: Problem) -> tuple:
    return (p.path, p.line or 0, p.severity, p.message)


def stale(content: Path, cache: Path, c: Collection, problems: list[Problem]) -> str | None:
    """The inputs key when ``content``/data/jianbao.db must be made (again), None when it is current."""
    key = inputs_key(c, problems)
    return None if _stamped(cache / STAMP, content / PATH, key) else key


class Making:
    """data/jianbao.db being made: by a child forked before the pages are made (forked.start), which
    gathers the figures itself, on the core the page and index children leave idle at times; where
    no child is used, or it failed, here when :meth:`finish` is given the build's figures."""

    def __init__(self, make: Callable[[dict | None], bool], n_issues: int) -> None:
        from .forked import start

        self._make: Callable[[dict | None], bool] | None = make
        self._child = start(lambda: make(None), n_issues)
        self.done = False

    def finish(self, by_issue: dict) -> None:
        """Wait for the child, or make the file here from ``by_issue`` (issue page → its figures)."""
        if not self.done and not (self._child is not None and self._child.result()):
            self._make(by_issue)
        self.done = True
        self._make = None

    def stop(self) -> None:
        """End the child of a build that failed before it was waited for."""
        if self._child is not None:
            self._child.stop()


def start_database(content: Path, cache: Path, c: Collection, problems: list[Problem]) -> Making | None:
    """Start making ``content``/data/jianbao.db if its inputs changed since it was made (else None)."""
    key = stale(content, cache, c, problems)
    if key is None:
        return None
    return Making(lambda by_issue: write_database(content, cache, c, by_issue, problems, key), len(c.issues))


def write_database(content: Path, cache: Path, c: Collection, by_issue: dict | None, problems: list[Problem],
                   key: str) -> bool:
    """Make ``content``/data/jianbao.db from the archive (``key``: :func:`stale`); True when done.
    ``by_issue``: issue page → its figures in order (downloads.FigureLines.by_issue); None: gathered here."""
    if by_issue is None:
        by_issue = defaultdict(list)
        for f in gather_figures(c):
            by_issue[f.ref.entry.page].append(f)
    target = content / PATH
    work = temporary_name(cache / "database.sqlite")
    out = temporary_name(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        db = sqlite3.connect(work, isolation_level=None)
        try:
            # a scratch file written once and copied: nothing to recover after a crash
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            db.execute("PRAGMA page_size = 4096")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.executescript(SCHEMA)  # executescript commits: the rows go in one transaction after it
            tokenizer = fts_tokenizer()
            if tokenizer:
                db.execute(FTS.format(tokenizer=tokenizer))
            db.execute("BEGIN")
            _fill(db, c, by_issue, problems, key, tokenizer)
            db.execute("COMMIT")
            db.executescript(INDEXES)
            db.execute("VACUUM INTO ?", (str(out),))
        finally:
            db.close()
        out.replace(target)
    finally:
        work.unlink(missing_ok=True)
        out.unlink(missing_ok=True)
    st = target.stat()
    write_atomic(cache / STAMP, json.dumps({"key": key, "size": st.st_size, "mtime_ns": st.st_mtime_ns}).encode())
    return True


def _stamped(stamp: Path, target: Path, key: str) -> bool:
    """Whether ``target`` is the file the last build made from ``key``, untouched since."""
    try:
        record = json.loads(stamp.read_text(encoding="utf-8"))
        st = target.stat()
        return record == {"key": key, "size": st.st_size, "mtime_ns": st.st_mtime_ns}
    except (OSError, ValueError):
        return False


def _fill(db: sqlite3.Connection, c: Collection, by_issue: dict, problems: list[Problem], key: str,
          tokenizer: str | None) -> None:
    gazetteer = load_gazetteer()
    entries = list(reversed(c.issues))  # oldest first: a new (newest) issue takes the next ids
    issue_ids = {entry.issue.source.path: n for n, entry in enumerate(entries, start=1)}
    db.executemany("INSERT INTO issues VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", (
        (n, built_path(e.page), i.series, i.kind, i.year, i.issue_no, i.total_no, i.special, e.label, i.date,
         i.publisher, i.editor_note, i.source.path, i.source.sha256, i.source.format, int(i.source.ocr))
        for n, e in enumerate(entries, start=1) for i in [e.issue]))

    articles, article_places, article_themes, figures = [], [], [], []
    places: dict[str, tuple] = {}
    measures: set[str] = set()
    theme_slugs = {t.slug for t in c.taxonomy}

    def place(code: str, fallback=None) -> None:
        """``code`` and the divisions above it, from the gazetteer (else what the article says)."""
        while code and code not in places:
            division = gazetteer.by_code(code)
            if division is not None:
                places[code] = (code, division.name, division.level, division.parent)
                code = division.parent
            else:
                places[code] = (code, fallback.name if fallback else code, fallback.level if fallback else None, None)
                return

    article_id = 0
    for entry in entries:
        issue_id = issue_ids[entry.issue.source.path]
        first = article_id + 1
        offsets = []  # per article, where each paragraph starts in its text
        for n, a in enumerate(entry.issue.articles, start=1):
            article_id += 1
            articles.append((article_id, issue_id, n, a.title, a.subtitle, "、".join(a.authors), a.source, a.column,
                             "\n".join(a.paragraphs), built_path(f"{entry.page}#a{n}")))
            at, starts = 0, []
            for p in a.paragraphs:
                starts.append(at)
                at += len(p) + 1
            offsets.append(starts)
            for p in a.places:
                place(p.adcode, p)
                article_places.append((article_id, p.adcode, int(p.primary), p.mentions, "、".join(p.forms)))
            article_themes.extend((article_id, slug) for slug in a.themes if slug in theme_slugs)
        for f in by_issue.get(entry.page, ()):
            i = f.indicator
            if i.place:
                place(i.place)
            if i.measure:
                measures.add(i.measure)
            # the words' place in the article's text (a figure read from a table has none)
            starts = offsets[f.ref.index - 1]
            at = starts[i.paragraph] if i.table is None and i.paragraph < len(starts) and i.end > i.start else None
            figures.append((first + f.ref.index - 1, f.number, i.place, i.measure, i.label, i.value, i.unit, i.kind,
                            f.date, i.date, i.scope, int(i.change), i.doubt or "", i.text,
                            None if at is None else at + i.start, None if at is None else at + i.end, f.anchor))
    # an article may name one place twice (two forms resolved alike): the first is kept
    db.executemany("INSERT INTO articles VALUES (?,?,?,?,?,?,?,?,?,?)", articles)
    db.executemany("INSERT INTO places VALUES (?,?,?,?,?)", (
        (*places[code], built_path(f"places/{code}.md") if code in c.places else None) for code in sorted(places)))
    db.executemany("INSERT OR IGNORE INTO article_places VALUES (?,?,?,?,?)", article_places)
    db.executemany("INSERT INTO themes VALUES (?,?,?)", (
        (t.slug, t.name, built_path(f"themes/{t.slug}.md")) for t in sorted(c.taxonomy, key=lambda t: t.slug)))
    db.executemany("INSERT OR IGNORE INTO article_themes VALUES (?,?)", article_themes)
    names = {m.slug: m.name for m in load_measures()}
    db.executemany("INSERT INTO measures VALUES (?,?,?)", (
        (slug, names.get(slug), built_path(f"measures/{slug}.md") if slug in names else None)
        for slug in sorted(measures)))
    db.executemany("INSERT INTO figures (article_id, number, place_code, measure, label, value, unit, kind, date, "
                   "as_of, scope, change, doubt, text, start, end, anchor) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                   figures)
    db.executemany("INSERT INTO problems (path, line, severity, message, issue_id) VALUES (?,?,?,?,?)", (
        (p.path, p.line, p.severity, p.message, issue_ids.get(p.path))
        for p in sorted(problems, key=_problem_order)))
    if tokenizer:
        db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    db.executemany("INSERT INTO meta VALUES (?,?)", sorted({
        "schema_version": str(SCHEMA_VERSION), "inputs": key, "fts_tokenizer": tokenizer or "",
        "value_units": "base units (元, 人, 户, %); as in the CSV and JSON downloads"}.items()))
