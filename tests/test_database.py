"""data/jianbao.db (generator/pages/database.py): the archive as a SQLite file on the data page.

It must open in sqlite3 with valid keys, hold what the downloads hold, find Chinese text through its
full-text table, be the same bytes for the same archive, and be served by Datasette (started here on
127.0.0.1 and queried through its JSON API; skipped without Datasette, failing when CI=true).
"""
from __future__ import annotations

import io
import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from generator.pages.database import PATH, SCHEMA_VERSION
from generator.pages.downloads import FIGURE_COLUMNS
from generator.pages.display import num

from .sample import make_project, need_module

TABLES = {"meta", "issues", "articles", "places", "article_places", "themes", "article_themes", "measures",
          "figures", "problems", "articles_fts"}
QUERY = "易地扶贫搬迁"


def with_database(project: Path) -> Path:
    """The sample project with ``extra.jianbao.database: true`` (the file is opt-in)."""
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "  # jianbao:\n", "  jianbao:\n    database: true\n", 1), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def db_content(tmp_path_factory) -> Path:
    from .sample import jianbao

    project = with_database(make_project(tmp_path_factory.mktemp("database")))
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    return project / "content"


@pytest.fixture(scope="module")
def db_path(db_content: Path) -> Path:
    return db_content / PATH


def test_the_database_is_opt_in(sample_content):
    assert not (sample_content / PATH).exists()
    assert "jianbao.db" not in (sample_content / "data" / "index.md").read_text(encoding="utf-8")


def connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def test_tables_keys_and_version(db_path):
    with connect(db_path) as db:
        names = {r[0] for r in db.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        assert TABLES <= names
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        # every link between tables is declared, so that sqlite3 and Datasette know them
        links = {(table, r[3], r[2]) for table in sorted(TABLES - {"articles_fts"})
                 for r in db.execute(f"PRAGMA foreign_key_list({table})")}
        assert {("articles", "issue_id", "issues"), ("figures", "article_id", "articles"),
                ("figures", "place_code", "places"), ("article_places", "place_code", "places"),
                ("article_places", "article_id", "articles"), ("places", "parent", "places"),
                ("problems", "issue_id", "issues")} <= links
        for table in TABLES - {"articles_fts", "problems"}:  # the sample has no problems
            assert db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table


def test_rows_are_the_downloads(db_path, db_content):
    """Articles as in articles.json; figures (figure_rows) as in the yearly zips' JSON, sentence aside."""
    articles = json.loads((db_content / "data" / "articles.json").read_text(encoding="utf-8"))
    figures = []
    for path in sorted((db_content / "data").glob("figures-*.zip")):
        with zipfile.ZipFile(path) as z:
            member = next(n for n in z.namelist() if n.endswith(".json"))
            figures += json.loads(z.read(member))
    with connect(db_path) as db:
        rows = db.execute("SELECT i.page, a.page, a.title, a.authors, (SELECT count(*) FROM figures f "
                          "WHERE f.article_id = a.id) FROM articles a JOIN issues i ON i.id = a.issue_id").fetchall()
        assert Counter((page, title, authors, n) for _, page, title, authors, n in rows) == Counter(
            (a["page"], a["title"], a["authors"], a["figures"]) for a in articles)
        columns = [c for c in FIGURE_COLUMNS if c != "sentence"]
        got = [dict(zip(columns, r)) for r in db.execute(f"SELECT {', '.join(columns)} FROM figure_rows")]
    for row in got:
        row["value"] = num(row["value"])
        row.update({c: row[c] or "" for c in columns})
    assert Counter(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in got) == Counter(
        json.dumps({c: f[c] for c in columns}, ensure_ascii=False, sort_keys=True) for f in figures)


def test_figure_words_are_found_in_the_article_text(db_path):
    with connect(db_path) as db:
        rows = db.execute("SELECT f.text, substr(a.text, f.start + 1, f.end - f.start) FROM figures f "
                          "JOIN articles a ON a.id = f.article_id WHERE f.start IS NOT NULL").fetchall()
    assert rows and all(text == found for text, found in rows)


def test_full_text_search_finds_chinese(db_path):
    with connect(db_path) as db:
        found = {r[0] for r in db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (QUERY,))}
        having = {r[0] for r in db.execute("SELECT id FROM articles WHERE instr(title, ?) OR instr(text, ?)",
                                           (QUERY, QUERY))}
        titled = {r[0] for r in db.execute("SELECT id FROM articles WHERE instr(title, ?)", (QUERY,))}
    assert titled and titled <= found
    assert found == having


def test_same_archive_same_bytes(db_path, tmp_path):
    """Another folder, another build, the stamp gone: the same file, byte for byte; an unchanged
    archive does not write it again."""
    from generator.build import generate
    from generator.pages.database import STAMP

    project = with_database(make_project(tmp_path / "另一个 folder"))
    generate(project, project / "bulletins")
    made = project / "content" / PATH
    assert made.read_bytes() == db_path.read_bytes()
    assert PATH not in generate(project, project / "bulletins").written
    (project / ".jianbao-cache" / STAMP).unlink()
    assert PATH in generate(project, project / "bulletins").written
    assert made.read_bytes() == db_path.read_bytes()
    (project / "bulletins" / "示例-没有简报.txt.meta.yml").write_text("note: 示例\n", encoding="utf-8")
    assert PATH in generate(project, project / "bulletins").written  # a problem more: made again
    with connect(made) as db:
        assert db.execute("SELECT path, severity, issue_id FROM problems").fetchall() == [
            ("示例-没有简报.txt.meta.yml", "error", None)]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_datasette_serves_the_database(db_path, tmp_path):
    need_module("datasette", "Datasette")
    port = _free_port()
    # only this host: no proxy, no plugins' network, the file opened read-only
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    log = (tmp_path / "datasette.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "datasette", "serve", "--immutable", str(db_path),
                             "-h", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"

    def get(path: str, **params: str):
        url = f"{base}{path}?{urllib.parse.urlencode({**params, '_shape': 'array'})}"
        with opener.open(url, timeout=30) as response:
            return json.load(io.TextIOWrapper(response, encoding="utf-8"))

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get("/-/versions.json")
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.close()
                    pytest.fail(f"datasette did not start: {(tmp_path / 'datasette.log').read_text()}")
                time.sleep(0.2)
        with connect(db_path) as db:
            expected = db.execute("SELECT count(*) FROM issues").fetchone()[0]
            titles = {r[0] for r in db.execute(
                "SELECT a.title FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
                "WHERE articles_fts MATCH ?", (QUERY,))}
        assert get("/jianbao.json", sql="SELECT count(*) AS n FROM issues") == [{"n": expected}]
        # Datasette finds articles_fts as the full-text table of articles (content=[articles])
        searched = get("/jianbao/articles.json", _search=QUERY, _col="title")
        assert {r["title"] for r in searched} == titles and titles
        rows = get("/jianbao/figures.json", _size="5", _labels="on")
        assert len(rows) == 5 and all(isinstance(r["value"], float) for r in rows)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
