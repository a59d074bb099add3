"""Shared fixtures. Tests that need ../shared skip when it is absent, and fail when CI=true."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
GOLD = SHARED / "gold" / "seeds.json"


def _need_shared() -> None:
    if SEEDS.is_dir() and GOLD.is_file():
        return
    reason = f"real seed bulletins not found at {SEEDS} (needs ../shared beside the repo)"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


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
