"""Shared fixtures. Tests that need ../shared skip when it is absent, and fail when CI=true."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .sample import missing

if TYPE_CHECKING:
    from generator.model import Article

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


def _need_shared() -> None:
    if SEEDS.is_dir() and GOLD.is_file():
        return
    missing(f"real seed bulletins not found at {SEEDS} (needs ../shared beside the repo)")


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    _need_shared()
    return SEEDS


@pytest.fixture(scope="session")
def gold() -> dict:
    _need_shared()
    return json.loads(GOLD.read_text(encoding="utf-8"))


def seed_names() -> list[str]:
    """Seed file names for parametrisation (empty when ../shared is absent; tests then skip)."""
    return sorted(p.name for p in SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


def _title_key(title: str) -> str:
    """The scorer's normalisation of a title: NFKC, no whitespace, Markdown marks or quotes."""
    import re
    import unicodedata

    return re.sub(r"[\s*#“”\"'『』「」]", "", unicodedata.normalize("NFKC", title)).strip("—-")


def seed_articles(seeds_dir: Path, gold: dict, name: str) -> list[tuple[dict, Article]]:
    """Each gold article of a seed paired with the parser's article of the same title.

    Extractor tests (places, themes, figures) take their paragraphs from the real parser, as the
    build does, rather than from a splitter of their own.
    """
    from generator.parse import parse_text
    from generator.read.readers import read_document

    doc = read_document(seeds_dir / name)
    parsed = {_title_key(a.title): a for a in parse_text(doc.text, doc.source).articles}
    pairs = []
    for g in gold[name]["articles"]:
        keys = [_title_key(t) for t in [g["title"], *g.get("title_alternatives", [])]]
        article = next((parsed[k] for k in keys if k in parsed), None)
        assert article is not None, f"{name}: the parser found no article titled {g['title']}"
        pairs.append((g, article))
    return pairs


@pytest.fixture(scope="session")
def sample_content(tmp_path_factory) -> Path:
    """content/ of the sample archive, built once by `jianbao build --content-only`; tests only read it."""
    from .sample import jianbao, make_project

    project = make_project(tmp_path_factory.mktemp("sample"))
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    return project / "content"
