"""The mkdocs stage: build content/ into a fresh folder and swap it in only on success.

A failed or interrupted build therefore never leaves a half-written site/ behind: the previous
site stays where it was until the new one is complete.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class MkdocsResult:
    ok: bool
    output: str
    warnings: list[str]


def run_mkdocs(project: Path, site_dir: Path, userdict: Path, offline: bool = False, strict: bool = True) -> MkdocsResult:
    """Build into a temporary sibling of ``site_dir``; replace ``site_dir`` when mkdocs succeeds."""
    site_dir = site_dir.resolve()
    tmp = site_dir.with_name(f"{site_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    env = dict(os.environ, JIANBAO_USERDICT=str(userdict), JIANBAO_OFFLINE="true" if offline else "false")
    cmd = [sys.executable, "-m", "mkdocs", "build", "--clean", "-f", str(project / "mkdocs.yml"), "-d", str(tmp)]
    if strict:
        cmd.append("--strict")
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        return MkdocsResult(False, output, warnings)
    old = site_dir.with_name(f"{site_dir.name}.old-{os.getpid()}")
    if site_dir.exists():
        site_dir.rename(old)
    tmp.rename(site_dir)
    shutil.rmtree(old, ignore_errors=True)
    return MkdocsResult(True, output, warnings)
