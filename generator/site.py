"""The mkdocs stage: build content/ into a fresh folder and swap it in only on success.

A failed or interrupted build therefore never leaves a half-written site/ behind: the previous
site stays where it was until the new one is complete.

When nothing mkdocs reads has changed since the last successful build and the site it wrote is
untouched, mkdocs is not run at all (see :func:`_inputs`, :func:`_stamp`): a build started by a
timer every hour, or again by habit, then leaves the published files, their dates and any reader
mid-download alone.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


@dataclass(frozen=True)
class MkdocsResult:
    ok: bool
    output: str
    warnings: list[str]
    unchanged: bool = False  # mkdocs was not run: the site is already the build of these inputs


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


def _files(folder: Path) -> list[tuple[str, int, int]]:
    """(path, size, modification time in ns) of every file under ``folder``, sorted."""
    out = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            st = os.stat(os.path.join(root, name))
            out.append((os.path.relpath(os.path.join(root, name), folder), st.st_size, st.st_mtime_ns))
    return out


def _inputs(project: Path, site_dir: Path, settings: dict) -> str:
    """A hash of what mkdocs reads: content/ (files by size and modification time: the generator
    replaces only files whose bytes change, a hand edit changes the time), mkdocs.yml and
    templates/ by their bytes, the versions of mkdocs, the theme and this tool (whose plugin takes
    part), and the build's settings."""
    from .cache import tool_version

    h = hashlib.sha256()
    versions = [tool_version()] + [metadata.version(d) for d in ("mkdocs", "mkdocs-material", "jinja2")]
    h.update(json.dumps([versions, settings, str(site_dir)]).encode())
    for path in [project / "mkdocs.yml"] + sorted(p for p in (project / "templates").rglob("*") if p.is_file()):
        h.update(path.as_posix().encode() + b"\0" + (path.read_bytes() if path.is_file() else b"-"))
    h.update(json.dumps(_files(project / "content")).encode())
    return h.hexdigest()


def _stamp(inputs: str, site_dir: Path) -> str:
    """The inputs' hash with the site's files by size and time: a site changed or damaged by hand
    is built again."""
    return hashlib.sha256(inputs.encode() + json.dumps(_files(site_dir)).encode()).hexdigest()


def run_mkdocs(project: Path, site_dir: Path, offline: bool = False, strict: bool = True,
               epoch: int | None = None, stamp: Path | None = None) -> MkdocsResult:
    """Build into a temporary sibling of ``site_dir``; replace ``site_dir`` when mkdocs succeeds.

    ``offline`` (`jianbao build --offline`) changes nothing in the build: every site works from
    file:// as it is (.html links, relative asset paths, search shards loaded by <script> tags,
    nothing from the internet), which tests/browser/test_offline.py checks in Chromium.

    ``stamp``: a file that remembers the inputs and result of the last successful build (see
    :func:`_stamp`); when they are the same, nothing is done and the result says ``unchanged``.
    """
    site_dir = site_dir.resolve()
    clean_stale(site_dir)
    if stamp is not None:  # content/ does not change while mkdocs runs: its hash serves both checks
        inputs = _inputs(project, site_dir, {"offline": offline, "strict": strict, "epoch": epoch})
        try:
            if (site_dir / "index.html").is_file() and stamp.read_text(encoding="utf-8") == _stamp(inputs, site_dir):
                return MkdocsResult(True, "", [], unchanged=True)
        except OSError:
            pass
        stamp.unlink(missing_ok=True)  # from here until success the site may change
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
    if stamp is not None:
        from .cache import write_atomic

        try:
            write_atomic(stamp, _stamp(inputs, site_dir).encode())
        except OSError:
            pass  # mkdocs runs next time
    return MkdocsResult(True, output, warnings)
