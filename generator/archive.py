"""Read stage over a whole folder: every bulletin file → an enriched Issue, or a Problem.

As in Pelican, a bad file is reported with its path and the reason, and the rest goes on.
"""
from __future__ import annotations

import traceback
from dataclasses import dataclass, field, replace
from pathlib import Path

from .extract import enrich
from .model import Issue, Problem
from .parse import parse_text
from .readers import FORMATS, ReadError, read_document
from .themes import Theme, load_taxonomy


def bulletin_files(folder: Path) -> list[Path]:
    """Bulletin files under ``folder``, sorted, skipping READMEs, sidecars and hidden files."""
    found = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.suffix.lower() in FORMATS and not path.stem.upper().startswith("README"):
            found.append(path)
    return found


def load_issue(path: Path, taxonomy: tuple[Theme, ...] | None = None, debug: bool = False,
               name: str | None = None) -> tuple[Issue | None, list[Problem]]:
    """Read, parse and extract one file. Never raises: failures come back as problems.

    ``name`` is how the file is shown (its path inside the input folder), so pages and reports
    do not depend on where the archive happens to live on disk.
    """
    name = name or str(path)
    try:
        doc = read_document(path)
    except ReadError as e:
        return None, [Problem(name, None, "error", e.reason)]
    try:
        issue = enrich(parse_text(doc.text, replace(doc.source, path=name)), taxonomy, debug)
    except Exception as e:  # a parser bug must not take the archive down with it
        detail = traceback.format_exc() if debug else f"{type(e).__name__}: {e}"
        return None, [Problem(name, None, "error", f"解析失败（程序错误，请报告）/ parser failure: {detail}")]
    extra = [Problem(name, None, "warning", w) for w in doc.warnings]
    return issue, extra + list(issue.problems)


@dataclass
class Archive:
    issues: list[Issue] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


def load_archive(folder: Path, debug: bool = False, progress=None) -> Archive:
    archive = Archive()
    taxonomy = load_taxonomy()
    files = bulletin_files(folder)
    for n, path in enumerate(files, start=1):
        issue, problems = load_issue(path, taxonomy, debug, name=path.relative_to(folder).as_posix())
        if issue is not None:
            archive.issues.append(issue)
        archive.problems.extend(problems)
        if progress:
            progress(n, len(files), path)
    return archive
