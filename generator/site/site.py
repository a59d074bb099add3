"""The mkdocs stage: build content/ into a fresh folder and swap it in only on success.

A failed or interrupted build therefore never leaves a half-written site/ behind: the previous
site stays where it was until the new one is complete.

When nothing mkdocs reads has changed since the last successful build and the site it wrote is
untouched, mkdocs is not run at all (see :class:`_Stamp`): a build started by a timer every hour, or
again by habit, then leaves the published files, their dates and any reader mid-download alone.

When only content/ changed (a new issue: ~500 of ~5,700 files at 1,000 issues), only what changed
is built again (:func:`_partial_copy`): the new folder starts as hard links to the previous site's
files, the outputs of the changed content files are taken out, and mkdocs builds with ``--dirty``,
writing just those (and 404.html and the sitemap). That is sound here because a page's HTML depends
on its own Markdown, mkdocs.yml and the theme only: the navigation lists the section index pages
alone, the same on every page (mkdocs.yml), so an unchanged page is the same bytes
(tests/test_site_stamp.py compares such a build with a full one). mkdocs.yml, templates/, the
versions or the options changing, or the site touched by hand, build everything again.

The engine is mkdocs (1.x) by default. ``JIANBAO_SITE_ENGINE=properdocs`` runs ProperDocs instead, the
continuation of MkDocs 1.x (PyPI ``properdocs``, installed beside mkdocs; it reads the same
mkdocs.yml, themes and plugins, answering their ``mkdocs.*`` imports with its own modules), for when
mkdocs-material or MkDocs 2 leave MkDocs 1.x behind (issue 25).
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path


ENGINES = {"mkdocs": "mkdocs", "properdocs": "properdocs"}  # JIANBAO_SITE_ENGINE → its module and distribution
ENGINE_VARIABLE = "JIANBAO_SITE_ENGINE"


def site_engine() -> str:
    """The engine that builds the site (JIANBAO_SITE_ENGINE, default mkdocs): checked before a build
    starts, so that a wrong name or a missing package stops it at once (exit code 2), not after
    every page is made."""
    from ..settings import SettingsError

    name = os.environ.get(ENGINE_VARIABLE, "").strip() or "mkdocs"
    if name not in ENGINES:
        raise SettingsError(f"{ENGINE_VARIABLE}={name}：应为 {' 或 '.join(ENGINES)} / must be one of {', '.join(ENGINES)}")
    try:
        metadata.version(ENGINES[name])
    except metadata.PackageNotFoundError:
        raise SettingsError(f"{ENGINE_VARIABLE}={name}：没有安装 {ENGINES[name]}（pip install {ENGINES[name]}）/ "
                            f"{ENGINES[name]} is not installed") from None
    return name


@dataclass(frozen=True)
class MkdocsResult:
    ok: bool
    output: str
    warnings: list[str]
    unchanged: bool = False  # mkdocs was not run: the site is already the build of these inputs
    partial: bool = False  # only what changed in content/ was built again (mkdocs --dirty)


_TRACEBACK = "Traceback (most recent call last):"
_OS_ERROR = re.compile(r"^(?:\w+\.)*\w*Error: \[Errno (\d+)\] ([^:\n]+?)(?:: '([^'\n]*)'(?: -> '([^'\n]*)')?)?$", re.M)


def mkdocs_failure(output: str) -> tuple[str, OSError | None]:
    """What to show of a failed mkdocs run's output, and the file-system error that ended it, if
    one did (a full disk while it writes the site: told like any other, files.describe_os_error).
    A traceback is cut to its last line: the text before it (mkdocs' warnings) is what helps."""
    if _TRACEBACK not in output:
        return output[-4000:], None
    lines = [line for line in output.splitlines() if line.strip()]
    error = None
    if m := _OS_ERROR.match(lines[-1]):
        error = OSError(int(m.group(1)), m.group(2), m.group(3), None, m.group(4))
    return output[:output.index(_TRACEBACK)][-3000:] + lines[-1], error


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


def _settings_hash(project: Path, site_dir: Path, settings: dict, engine: str) -> str:
    """A hash of what mkdocs reads other than content/: mkdocs.yml and templates/ by their bytes,
    the versions of the engine, the theme and this tool (whose plugin takes part), the build's settings."""
    from ..engine.cache import tool_version

    h = hashlib.sha256()
    versions = [tool_version(), engine] + [metadata.version(d) for d in (ENGINES[engine], "mkdocs-material", "jinja2")]
    h.update(json.dumps([versions, settings, str(site_dir)]).encode())
    for path in [project / "mkdocs.yml"] + sorted(p for p in (project / "templates").rglob("*") if p.is_file()):
        h.update(path.as_posix().encode() + b"\0" + (path.read_bytes() if path.is_file() else b"-"))
    return h.hexdigest()


def _listing_hash(files: list[tuple[str, int, int]]) -> str:
    return hashlib.sha256(json.dumps(files).encode()).hexdigest()


@dataclass(frozen=True)
class _Stamp:
    """What the last successful build read and wrote: the settings' hash, content/ (files by size
    and modification time: the generator replaces only files whose bytes change, a hand edit
    changes the time), the newest issue's date, and the site's files by size and time (a site
    changed or damaged by hand is built again)."""

    settings: str
    content: list[tuple[str, int, int]]
    epoch: int | None
    site: str

    def dump(self) -> bytes:
        return json.dumps([self.settings, self.content, self.epoch, self.site]).encode()

    @staticmethod
    def load(path: Path | None) -> "_Stamp | None":
        try:
            settings, content, epoch, site = json.loads(path.read_bytes())
            content = [(name, size, time) for name, size, time in content]
        except (OSError, ValueError, TypeError, AttributeError):  # none, or not ours
            return None
        ok = all(isinstance(name, str) and isinstance(size, int) and isinstance(time, int)
                 for name, size, time in content)
        return _Stamp(settings, content, epoch, site) if ok else None


ALWAYS_WRITTEN = ("404.html", "sitemap.xml", "sitemap.xml.gz")  # by mkdocs on every build, dirty or not


def _output(path: str) -> str:
    """Where mkdocs writes the content file ``path`` (use_directory_urls: false)."""
    return path[:-3] + ".html" if path.endswith(".md") else path


def _partial_copy(site_dir: Path, tmp: Path, changed: set[str]) -> bool:
    """``tmp`` made a copy of ``site_dir`` by hard links, less the outputs of the ``changed``
    content paths and of ALWAYS_WRITTEN, for mkdocs --dirty to write anew. The previous site is
    never written through a link: everything mkdocs writes is a file taken out here, and the plugin
    unlinks a linked file before it is written (mkdocs_plugin.py). False where hard links are not
    possible (another file system): then everything is built."""
    try:
        for folder, dirs, names in os.walk(site_dir):
            dirs.sort()
            into = tmp / Path(folder).relative_to(site_dir)
            into.mkdir(parents=True, exist_ok=True)
            for name in names:
                os.link(os.path.join(folder, name), into / name)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
        return False
    emptied: set[Path] = set()
    for path in sorted({_output(p) for p in changed} | set(ALWAYS_WRITTEN)):
        (tmp / path).unlink(missing_ok=True)
        emptied.update(Path(path).parents)
    # a folder whose every file is gone (an issue removed, the last of its series) goes too, as a
    # full build would not make it; mkdocs makes again any that it writes into
    for folder in sorted(emptied - {Path(".")}, key=lambda f: -len(f.parts)):
        try:
            (tmp / folder).rmdir()
        except OSError as e:
            if e.errno not in (errno.ENOTEMPTY, errno.EEXIST, errno.ENOENT):  # not empty, or never there
                raise
    return True


def _swap(tmp: Path, site_dir: Path) -> None:
    """Put the new site ``tmp`` in place of ``site_dir``. If either rename fails (a site that is a
    mount point, a read-only parent), the previous site is put back and the new one removed."""
    old = site_dir.with_name(f"{site_dir.name}.old-{os.getpid()}")
    try:
        if site_dir.exists() or site_dir.is_symlink():
            site_dir.rename(old)
        tmp.rename(site_dir)
    except OSError:
        if old.exists() and not site_dir.exists():
            old.rename(site_dir)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True) if old.is_dir() and not old.is_symlink() else old.unlink(missing_ok=True)


def run_mkdocs(project: Path, site_dir: Path, offline: bool = False, strict: bool = True,
               epoch: int | None = None, stamp: Path | None = None) -> MkdocsResult:
    """Build into a temporary sibling of ``site_dir``; replace ``site_dir`` when mkdocs succeeds.

    ``offline`` (`jianbao build --offline`) changes nothing in the build: every site works from
    file:// as it is (.html links, relative asset paths, search shards loaded by <script> tags,
    nothing from the internet), which tests/browser/test_offline.py checks in Chromium.

    ``stamp``: a file that remembers the inputs and result of the last successful build (see
    :class:`_Stamp`); when they are the same, nothing is done and the result says ``unchanged``;
    when only content/ changed, only its changed files are built again (see the module's text).
    """
    site_dir = site_dir.resolve()
    engine = site_engine()
    clean_stale(site_dir)
    tmp = site_dir.with_name(f"{site_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    dirty = False
    if stamp is not None:  # content/ does not change while mkdocs runs: its listing serves both checks
        settings = _settings_hash(project, site_dir, {"offline": offline, "strict": strict}, engine)
        content = _files(project / "content")
        last = _Stamp.load(stamp)
        built = (site_dir / "index.html").is_file() and last is not None and last.settings == settings
        if built and last.site == _listing_hash(_files(site_dir)):
            if last.content == content and last.epoch == epoch:
                return MkdocsResult(True, "", [], unchanged=True)
            dirty = _partial_copy(site_dir, tmp, {f[0] for f in set(last.content) ^ set(content)})
        stamp.unlink(missing_ok=True)  # from here until success the site may change
    # made here, not by mkdocs: a folder that cannot be written to fails with its name, not in mkdocs' output
    tmp.mkdir(exist_ok=True)
    env = dict(os.environ)
    if epoch is not None:  # mkdocs stamps sitemap.xml.gz (and lastmod) with the build date otherwise
        env.setdefault("SOURCE_DATE_EPOCH", str(epoch))
    # through generator.engine.lifeline: a build killed outright takes its mkdocs with it
    cmd = [sys.executable, "-m", "generator.engine.lifeline", str(os.getpid()), ENGINES[engine], "build",
           "--dirty" if dirty else "--clean",
           "-f", str(project / "mkdocs.yml"), "-d", str(tmp)]
    if strict:
        cmd.append("--strict")
    proc = subprocess.run(cmd, cwd=project, env=env, capture_output=True, text=True)
    output = proc.stdout + proc.stderr
    warnings = [line for line in output.splitlines() if line.startswith(("WARNING", "ERROR"))]
    if proc.returncode != 0:
        shutil.rmtree(tmp, ignore_errors=True)
        return MkdocsResult(False, output, warnings)
    _swap(tmp, site_dir)
    if stamp is not None:
        from ..engine.cache import write_atomic

        try:
            write_atomic(stamp, _Stamp(settings, content, epoch, _listing_hash(_files(site_dir))).dump())
        except OSError:
            pass  # mkdocs runs next time
    return MkdocsResult(True, output, warnings, partial=dirty)
