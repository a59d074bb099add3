"""The site stage on ProperDocs (JIANBAO_SITE_ENGINE=properdocs, generator/site/site.py): the MkDocs 1.x
continuation builds the sample with our plugin and mkdocs-material, the same pages as mkdocs but for
the generator tag. Skipped when properdocs is not installed, failing when CI=true (it is in the test extra)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from generator.site.site import ENGINE_VARIABLE

from .sample import make_project, need_module

_GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')


def _build(project: Path, engine: str | None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != ENGINE_VARIABLE}
    if engine:
        env[ENGINE_VARIABLE] = engine
    return subprocess.run([sys.executable, "-m", "generator.cli", "build", "--project", str(project)],
                          capture_output=True, text=True, env=env, timeout=600)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_properdocs_builds_the_sample_site(tmp_path):
    need_module("properdocs", "ProperDocs")
    project = make_project(tmp_path / "p")
    proc = _build(project, None)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    by_mkdocs = _files(project / "site")
    # another engine is another build of everything (site.py's stamp holds the engine)
    proc = _build(project, "properdocs")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = project / "site"
    issue_pages = [p for p in (site / "issues").rglob("*.html") if p.name != "index.html"]
    assert len(issue_pages) == len(list((project / "content" / "issues").rglob("*.md"))) - len(
        list((project / "content" / "issues").rglob("index.md")))
    for page in ("index.html", "search.html", "about.html", "data/index.html", "404.html",
                 "places/index.html", "themes/index.html"):
        assert (site / page).is_file(), page
    index = (site / "index.html").read_bytes()
    assert b"ProperDocs" in _GENERATOR.search(index).group()
    by_properdocs = _files(site)
    assert sorted(by_properdocs) == sorted(by_mkdocs)
    differ = [p for p in by_mkdocs if _GENERATOR.sub(b"", by_mkdocs[p]) != _GENERATOR.sub(b"", by_properdocs[p])]
    assert differ == []


def test_an_unknown_engine_stops_the_build_at_once(tmp_path):
    project = make_project(tmp_path / "p")
    proc = _build(project, "mkdocs2")
    assert proc.returncode == 2 and ENGINE_VARIABLE in proc.stderr
    assert not (project / "content" / "index.md").exists()
