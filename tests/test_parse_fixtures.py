"""generator.parse, driven by fixture files (in the manner of markdown-it-py's fixture tests).

Each ``tests/fixtures/parse/NAME.txt`` is a small invented bulletin (never text copied from a real
one) showing one tricky shape; ``NAME.json`` beside it is the expected parse, rendered by
:func:`render` to a compact dict::

    {"series", "kind", "year", "issue_no", "total_no", "publisher", "date", "editor_note",
     "toc": [[title, page, label]],
     "articles": [{"title", "subtitle", "authors", "source", "column", "paragraphs", "captions"}],
     "unplaced": [...]}

Whole dicts are compared, so a failure shows a diff of everything that changed.

Updating the expected files
---------------------------
    JIANBAO_UPDATE_FIXTURES=1 .venv/bin/pytest tests/test_parse_fixtures.py

(re)writes every ``NAME.json`` from the parser's current output instead of comparing. Read each
rewritten file (``git diff tests/fixtures/parse``) and keep it only if it is what a careful reader
of the bulletin would expect. Fixtures listed in ``XFAIL`` are never rewritten: their ``.json`` is
written by hand and holds the *correct* parse, which the parser does not produce yet. When the
parser is fixed the test XPASSes, which fails the run (strict): then remove it from ``XFAIL``.

To add a shape: write ``NAME.txt``, run with JIANBAO_UPDATE_FIXTURES=1, check the ``.json`` by eye.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from generator.model import Issue, SourceFile
from generator.parse import parse_text

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "parse"
UPDATE = os.environ.get("JIANBAO_UPDATE_FIXTURES") == "1"

# Fixtures whose .json holds the correct parse, which the parser does not give yet.
# name → why (the reason names the rule at fault; see the fixture's .json for the expected parse).
XFAIL: dict[str, str] = {}


def render(issue: Issue) -> dict:
    """The compact, JSON-ready view of a parse that the fixtures pin down."""
    return {
        "series": issue.series,
        "kind": issue.kind,
        "year": issue.year,
        "issue_no": issue.issue_no,
        "total_no": issue.total_no,
        "publisher": issue.publisher,
        "date": issue.date,
        "editor_note": issue.editor_note,
        "toc": [[e.title, e.page, e.label] for e in issue.toc],
        "articles": [
            {
                "title": a.title,
                "subtitle": a.subtitle,
                "authors": list(a.authors),
                "source": a.source,
                "column": a.column,
                "paragraphs": list(a.paragraphs),
                "captions": list(a.captions),
                **({"notes": list(a.notes)} if a.notes else {}),
                # tables only where there are some, so the fixtures without them stay as they were
                **({"tables": [{"rows": [list(r) for r in t.rows], "unit": t.unit, "paragraph": t.paragraph}
                               for t in a.tables]} if a.tables else {}),
            }
            for a in issue.articles
        ],
        "unplaced": list(issue.unplaced),
        **({"special": issue.special} if issue.special else {}),
    }


def parse_fixture(name: str) -> Issue:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return parse_text(text, SourceFile(f"{name}.txt", "0" * 64, "txt", "utf-8"))


def dump(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def fixture_names() -> list[str]:
    return sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _params() -> list:
    return [
        pytest.param(name, marks=pytest.mark.xfail(reason=XFAIL[name], strict=True)) if name in XFAIL else name
        for name in fixture_names()
    ]


def test_fixture_set_is_complete() -> None:
    names = fixture_names()
    assert len(names) >= 20
    assert not set(XFAIL) - set(names), "XFAIL names a fixture that does not exist"
    if not UPDATE:
        missing = [n for n in names if not (FIXTURES / f"{n}.json").is_file()]
        assert not missing, f"no expected .json (run with JIANBAO_UPDATE_FIXTURES=1 and check it): {missing}"


@pytest.mark.parametrize("name", _params())
def test_parse_fixture(name: str) -> None:
    got = render(parse_fixture(name))
    expected_path = FIXTURES / f"{name}.json"
    if UPDATE and name not in XFAIL:
        expected_path.write_text(dump(got), encoding="utf-8")
        return
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


# ---------------------------------------------------------------- invariants over every fixture
# These hold whatever the expected .json says, so they also guard the files written in update mode.

# (帮扶联系人 and 联合印发《…》 are ordinary body text: only the footer's own shapes are looked for)
_FOOTER_TEXT = re.compile(
    r"^\s*(?:报|送|抄送)\s*[：:]|日\s*印发\s*$|联\s*系\s*人\s*[：:]|联\s*系\s*电\s*话\s*[：:]|投稿邮箱\s*[：:]"
)


@pytest.mark.parametrize("name", fixture_names())
def test_no_footer_text_in_articles(name: str) -> None:
    for art in parse_fixture(name).articles:
        for text in (art.title, art.subtitle or "", *art.paragraphs, *art.captions):
            assert not _FOOTER_TEXT.search(text), f"footer text in 《{art.title}》: {text}"


@pytest.mark.parametrize("name", fixture_names())
def test_error_exactly_when_nothing_was_found(name: str) -> None:
    issue = parse_fixture(name)
    errors = [p for p in issue.problems if p.severity == "error"]
    assert bool(errors) == (not issue.articles), [str(p) for p in issue.problems]


@pytest.mark.parametrize("name", fixture_names())
def test_parse_is_deterministic(name: str) -> None:
    assert render(parse_fixture(name)) == render(parse_fixture(name))


@pytest.mark.parametrize("name", fixture_names())
def test_no_markdown_left(name: str) -> None:
    issue = parse_fixture(name)
    texts = [issue.series or ""]
    for art in issue.articles:
        texts += [art.title, art.subtitle or "", *art.paragraphs]
    for text in texts:
        assert "**" not in text and not text.startswith("#"), text
