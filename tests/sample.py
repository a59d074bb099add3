"""Build helpers for tests: a copy of the project with the sample archive, in a temporary folder."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
PROJECT_FILES = ("mkdocs.yml", "templates", "site_assets", "bulletins", "content/about.md")


def make_project(root: Path) -> Path:
    for name in PROJECT_FILES:
        src, dst = REPO / name, root / name
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst)
        else:
            shutil.copy2(src, dst)
    return root


def jianbao(*args: str, cwd: Path | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def missing(reason: str) -> None:
    """A test's tool or data is absent: skip with ``reason``, but fail under CI, which installs them."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def need_module(module: str, name: str) -> None:
    """``missing`` unless the Python package ``module`` (called ``name``) is installed."""
    if importlib.util.find_spec(module) is None:
        missing(f"{name} is not installed (pip install -e '.[test]')")
