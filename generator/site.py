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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, owned by someone else
    return True


def clean_stale(site_dir: Path) -> None:
    """Remove ``site.tmp-PID``/``site.old-PID`` left by builds that were killed (their PID is gone).

    A build killed between its two renames leaves no ``site_dir`` but a complete ``site.old-PID``:
    that previous site is put back rather than deleted.
    """
    for stale in sorted(site_dir.parent.glob(f"{site_dir.name}.*-*")):
        kind, _, pid = stale.name[len(site_dir.name) + 1:].partition("-")
        if kind not in ("tmp", "old") or not pid.isdigit() or int(pid) == os.getpid() or _alive(int(pid)):
            continue
        if kind == "old" and not site_dir.exists():
            stale.rename(site_dir)
        else:
            shutil.rmtree(stale, ignore_errors=True)


def run_mkdocs(project: Path, site_dir: Path, offline: bool = False, strict: bool = True,
               epoch: int | None = None) -> MkdocsResult:
    """Build into a temporary sibling of ``site_dir``; replace ``site_dir`` when mkdocs succeeds.

    ``offline`` (`jianbao build --offline`) changes nothing in the build: every site works from
    file:// as it is (.html links, relative asset paths, search shards loaded by <script> tags,
    nothing from the internet), which tests/browser/test_offline.py checks in Chromium.
    """
    site_dir = site_dir.resolve()
    clean_stale(site_dir)
    tmp = site_dir.with_name(f"{site_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    env = dict(os.environ)
    if epoch is not None:  # mkdocs stamps sitemap.xml.gz (and lastmod) with the build date otherwise
        env.setdefault("SOURCE_DATE_EPOCH", str(epoch))
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
