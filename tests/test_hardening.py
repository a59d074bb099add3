"""Issue 23: a hostile or unlucky user. Nothing from outside the input folder is read or
published; one build at a time; workers die with their build; every failure of the file system
is one clear message; damaged caches are rebuilt; spreadsheet cells cannot run formulas;
duplicates by content are published once."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

from generator import cli
from generator.store.archive import load_archive, load_issue

from .sample import REPO, jianbao, make_project

COUNTY = "2021-凌云县-第5期.txt"


def county_text(number: int = 5) -> str:
    return (REPO / "bulletins" / COUNTY).read_text(encoding="utf-8").replace("第5期", f"第{number}期")


# --- 1. symbolic links -------------------------------------------------------------------------

def linked_project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "p")
    bulletins = project / "bulletins"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "别处.txt").write_text(county_text(9), encoding="utf-8")
    (outside / "secret.txt").write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    (bulletins / "p.txt").symlink_to(outside / "secret.txt")  # like ln -s /etc/passwd p.txt
    (bulletins / "x.txt").symlink_to(outside / "别处.txt")  # a real bulletin, but outside
    (bulletins / "ext").symlink_to(outside, target_is_directory=True)
    (bulletins / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    (bulletins / "inner.txt").symlink_to(COUNTY)  # inside: not read (its target is, under its own name)
    (bulletins / (COUNTY + ".meta.yml")).symlink_to(outside / "secret.txt")
    return project


def test_links_leaving_the_input_folder_are_refused_and_nothing_outside_is_published(tmp_path):
    project = linked_project(tmp_path)
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    for name in ("p.txt", "x.txt", "ext", "gone.txt", COUNTY + ".meta.yml"):
        assert any(line.startswith(f"  错误 {name}: 符号链接") for line in proc.stderr.splitlines()), name
    assert "  警告 inner.txt: 符号链接" in proc.stderr
    published = b"".join(p.read_bytes() for p in (project / "content").rglob("*") if p.is_file())
    assert b"root:x:0:0" not in published
    originals = [p.read_bytes() for p in (project / "content" / "originals").rglob("*") if p.is_file()]
    assert county_text(9).encode() not in originals
    assert originals.count(county_text().encode()) == 1  # the linked-to file once, under its own name
    check = jianbao("check", "--project", str(project))
    assert check.returncode == 1 and "错误 p.txt: 符号链接" in check.stdout and "共 6 期可用" in check.stdout


def test_a_file_replaced_by_a_link_after_the_listing_is_refused_when_read(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (tmp_path / "secret.txt").write_text(county_text(9), encoding="utf-8")
    (folder / "a.txt").symlink_to(tmp_path / "secret.txt")
    issue, problems = load_issue(folder / "a.txt", name="a.txt", folder=folder)
    assert issue is None and "符号链接" in problems[0].message
    assert load_issue(folder / "a.txt", name="a.txt")[0] is not None  # `jianbao parse` of a file given by hand
    from generator.read.files import read_listed

    with pytest.raises(OSError):
        read_listed(folder / "a.txt")


def test_check_reports_links_in_a_plain_folder(tmp_path, capsys):
    (tmp_path / COUNTY).write_text(county_text(), encoding="utf-8")
    (tmp_path / "p.txt").symlink_to("/etc/passwd")
    assert cli.main(["check", "--project", str(tmp_path), "--input", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "错误 p.txt: 符号链接指向简报文件夹之外" in out and "共 1 期可用" in out
    assert [i.source.path for i in load_archive(tmp_path).issues] == [COUNTY]


# --- 8. duplicates by content ------------------------------------------------------------------

def test_the_same_text_under_other_names_and_encodings_is_reported_and_published_once(tmp_path):
    project = make_project(tmp_path / "p")
    bulletins = project / "bulletins"
    (bulletins / "副本-GB18030.txt").write_bytes(county_text().encode("gb18030"))
    (bulletins / "zz-副本.txt").write_bytes(county_text().replace("\n", "\r\n").encode("utf-8"))
    check = jianbao("check", "--project", str(project))
    assert check.returncode == 0, check.stdout  # a warning: the archive is usable
    for copy in ("副本-GB18030.txt", "zz-副本.txt"):  # the first by sorted path is kept
        assert f"警告 {copy}: 与 {COUNTY} 内容相同" in check.stdout
    assert "共 6 期可用" in check.stdout
    build = jianbao("build", "--content-only", "--project", str(project))
    assert build.returncode == 0 and f"警告 zz-副本.txt: 与 {COUNTY} 内容相同" in build.stderr, build.stderr
    originals = [p.read_bytes() for p in (project / "content" / "originals").rglob("*") if p.is_file()]
    assert originals.count(county_text().encode()) == 1 and len(originals) == 6
    pages = [p for p in (project / "content" / "issues").rglob("*.md") if p.name != "index.md"]
    assert len(pages) == 6
    other = tmp_path / "又一份.txt"
    other.write_bytes(county_text().encode("utf-16"))
    add = jianbao("add", "--no-build", "--project", str(project), str(other))
    assert add.returncode == 1 and "文字相同" in add.stderr and COUNTY in add.stderr



def test_a_name_at_the_file_system_limit_is_read_and_added(tmp_path):
    # the sidecar's name (bulletin + .meta.yml) is then too long to exist: asking for it must not fail
    long_name = "示例" + "长" * 80 + ".txt"  # 250 bytes: the sidecar's 259 pass the 255 of ext4 and tmpfs
    assert len(long_name.encode()) == 250
    path = tmp_path / long_name
    path.write_text(county_text(11), encoding="utf-8")
    issue, problems = load_issue(path, name=long_name)
    assert issue is not None and issue.articles, problems
    project = make_project(tmp_path / "p")
    add = jianbao("add", "--no-build", "--project", str(project), str(path))
    assert add.returncode == 0, add.stderr
    build = jianbao("build", "--content-only", "--project", str(project))
    assert build.returncode == 0, build.stderr
    assert any("第11期" in p.read_text(encoding="utf-8") for p in (project / "content" / "issues").rglob("*.md"))

# --- 3. workers die with their build -----------------------------------------------------------

# Run in a build process of its own: every kind of child made even for the sample (two parse
# workers, the index child, the page child), and the chosen stage held until the build is killed.
HELD_BUILD = r"""
import sys, time
from pathlib import Path
from generator.store import archive
from generator import cli
from generator.pages import forked, pages
from generator.search import indexing

marker, stage, project = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
archive.PARALLEL_FROM = 0
forked.FORK_FROM = 0

def held(real, name):
    def run(*args, **kwargs):
        if name == stage:
            marker.write_text(name)
            time.sleep(120)
        return real(*args, **kwargs)
    return run

archive._load = held(archive._load, "parse")
indexing.build_index = held(indexing.build_index, "index")
places = held(pages.places, "pages")
pages.PAGE_KINDS = tuple(places if b is pages.places else b for b in pages.PAGE_KINDS)
pages.FORKABLE = tuple(places if b is pages.places else b for b in pages.FORKABLE)
sys.exit(cli.main(["build", "--project", project]))
"""


def session_members(sid: int) -> list[str]:
    """The live processes of session ``sid`` (from /proc: psutil is not a dependency)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:  # ended meanwhile
            continue
        fields = text[text.rindex(")") + 2:].split()
        if int(fields[3]) == sid and fields[0] != "Z":  # a zombie holds no memory: its parent reaps it
            found.append(f"{stat.parent.name} {text[:text.rindex(')') + 1]}")
    return found


def children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        if int(text[text.rindex(")") + 2:].split()[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("stage", ["parse", "index", "pages", "mkdocs"])
def test_a_build_killed_outright_leaves_no_process_behind(tmp_path, stage):
    import signal
    import subprocess
    import sys
    import time

    from generator.pages import forked

    if stage in ("index", "pages") and not forked.can_fork(forked.FORK_FROM):
        pytest.skip("no fork on this platform")
    project = make_project(tmp_path / "p")
    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", HELD_BUILD, str(marker), stage, str(project)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and proc.poll() is None:
            if stage == "mkdocs" and list(project.glob("site.tmp-*/*")):
                break  # mkdocs has begun writing
            if stage != "mkdocs" and marker.exists():
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the build ended before it could be killed"
        assert children(proc.pid), "the build has no child to leave behind"
        os.kill(proc.pid, signal.SIGKILL)  # the build alone, not its process group: a power cut for it only
        proc.wait()
        deadline = time.monotonic() + 5  # the kernel kills them at once; mkdocs alone would take longer
        while session_members(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert session_members(proc.pid) == []
    finally:
        for line in session_members(proc.pid):  # never leave them to the next test
            os.kill(int(line.split()[0]), signal.SIGKILL)


# --- 4. one build at a time --------------------------------------------------------------------

@pytest.mark.slow
def test_a_second_build_of_the_same_project_exits_2_naming_the_running_one(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    project = make_project(tmp_path / "p")
    marker = tmp_path / "marker"
    first = subprocess.Popen([sys.executable, "-c", HELD_BUILD, str(marker), "parse", str(project)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while not marker.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        assert first.poll() is None
        for command in (["build"], ["add", str(tmp_path / "新.txt")]):
            (tmp_path / "新.txt").write_text(county_text(6), encoding="utf-8")
            second = jianbao(*command, "--project", str(project))
            assert second.returncode == 2, second.stderr
            assert f"pid {first.pid}，自 / since " in second.stderr and "另一个 jianbao 正在生成" in second.stderr
            assert "Traceback" not in second.stderr
        assert not (project / "bulletins" / "新.txt").exists()  # add did nothing while the build ran
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait()
    # the lock dies with its holder: nothing to clean by hand
    again = jianbao("build", "--content-only", "--project", str(project))
    assert again.returncode == 0, again.stderr


def test_writers_of_the_same_file_at_once_use_temporary_files_of_their_own(tmp_path):
    """Fixed temporary names (content/search/t/148.js.tmp) made two builds fail each other."""
    import threading

    from generator.engine.cache import write_atomic

    target = tmp_path / "search" / "t" / "148.js"
    failures = []

    def write(n: int) -> None:
        try:
            for i in range(300):
                write_atomic(target, f"{n} {i}\n".encode() * 100)
        except OSError as e:
            failures.append(e)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert [p.name for p in target.parent.iterdir()] == ["148.js"]  # no temporary file left



# --- 5. failures of the file system --------------------------------------------------------------

def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("built") / "p")
    proc = jianbao("build", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    return project


def copy_of(project: Path, where: Path) -> Path:
    shutil.copytree(project, where, symlinks=True)
    return where


def one_message(stderr: str, *words: str) -> None:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("jianbao: ")]
    assert len(lines) == 1, stderr
    for word in words:
        assert word in lines[0], (word, lines[0])


def disk_full_after(monkeypatch, writes: int) -> list:
    """The page writer fails with ENOSPC after `writes` files; returns the paths it was asked for."""
    import errno

    from generator.pages import render

    real, calls = render.write_atomic, []

    def full(path, data):
        calls.append(path)
        if len(calls) > writes:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        real(path, data)

    monkeypatch.setattr(render, "write_atomic", full)
    return calls


@pytest.mark.slow
def test_disk_full_while_writing_content_is_one_message_and_the_site_is_intact(built, tmp_path, monkeypatch, capsys):
    project = copy_of(built, tmp_path / "p")
    (project / "bulletins" / "新一期.txt").write_text(county_text(6), encoding="utf-8")
    site = snapshot(project / "site")
    calls = disk_full_after(monkeypatch, 3)
    assert cli.main(["build", "--project", str(project)]) == 1
    err = capsys.readouterr().err
    one_message(err, "磁盘空间已满", str(calls[-1]), "disk full", "腾出磁盘空间")
    assert snapshot(project / "site") == site
    assert not [p for p in (project / "content").rglob("*.tmp")]
    calls.clear()
    assert cli.main(["build", "--debug", "--project", str(project)]) == 1
    assert "Traceback" in capsys.readouterr().err  # kept for --debug


@pytest.mark.slow
def test_files_written_by_a_failed_build_are_pruned_by_the_next(built, tmp_path, monkeypatch, capsys):
    """A disk full part way through content/, then the new issue taken out again: the files the
    failed build wrote (pages of an issue that is gone, linking to places that are gone) are not
    left behind for mkdocs, and content/ is that of a clean build."""
    project = copy_of(built, tmp_path / "p")
    new = project / "bulletins" / "新一期.txt"
    new.write_text(county_text(6).replace("凌云县", "那坡县"), encoding="utf-8")
    calls = disk_full_after(monkeypatch, 12)
    assert cli.main(["build", "--project", str(project)]) == 1
    monkeypatch.undo()
    assert "磁盘空间已满" in capsys.readouterr().err
    new.unlink()
    assert cli.main(["build", "--project", str(project)]) == 0, capsys.readouterr().err
    assert snapshot(project / "content") == snapshot(built / "content")


@pytest.mark.slow
def test_a_site_that_cannot_be_replaced_is_one_message_and_stays_as_it_was(built, tmp_path, monkeypatch, capsys):
    """site/ a mount point (EBUSY: the issue's read-only site) or in a read-only folder."""
    import errno

    project = copy_of(built, tmp_path / "p")
    (project / "bulletins" / "新一期.txt").write_text(county_text(6), encoding="utf-8")
    site = snapshot(project / "site")
    real = Path.rename

    def busy(self, target):
        if self == project / "site":
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(self))
        return real(self, target)

    monkeypatch.setattr(Path, "rename", busy)
    assert cli.main(["build", "--project", str(project)]) == 1
    one_message(capsys.readouterr().err, "正被占用", str(project / "site"), "--site-dir")
    assert snapshot(project / "site") == site
    assert not list(project.glob("site.*-*"))  # neither the new site nor the previous one left aside


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["cache folder is a file", "pages version is a file", "parsed version is a file",
                                    "postings is a folder", "entry is a folder", "lexicon is a file"])
def test_a_cache_entry_of_the_wrong_kind_is_discarded_and_rebuilt(built, tmp_path, damage):
    project = copy_of(built, tmp_path / "p")
    cache = project / ".jianbao-cache"
    content = snapshot(project / "content")
    if damage == "cache folder is a file":
        shutil.rmtree(cache)
        cache.write_text("not a folder")
    elif damage in ("pages version is a file", "parsed version is a file"):
        version = next((cache / damage.split()[0]).iterdir())
        shutil.rmtree(version)
        version.write_text("not a folder")
    elif damage == "postings is a folder":
        (cache / "search-postings.pickle").unlink()
        (cache / "search-postings.pickle" / "x").mkdir(parents=True)
    elif damage == "entry is a folder":
        entry = next((cache / "parsed").rglob("*.pickle"))
        entry.unlink()
        entry.mkdir()
    else:
        shutil.rmtree(cache / "lexicon")
        (cache / "lexicon").write_text("not a folder")
    (project / "bulletins" / "新一期.txt").write_text(county_text(6), encoding="utf-8")
    proc = jianbao("build", "--project", str(project))
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    again = jianbao("build", "--content-only", "--project", str(project))  # repaired: nothing to redo
    assert again.returncode == 0 and "本次改写 0 个文件" in again.stdout, again.stdout
    fresh = make_project(tmp_path / "fresh")
    (fresh / "bulletins" / "新一期.txt").write_text(county_text(6), encoding="utf-8")
    assert jianbao("build", "--content-only", "--project", str(fresh)).returncode == 0
    assert snapshot(project / "content") == snapshot(fresh / "content")
    assert content != snapshot(project / "content")


def mounted(*args: str) -> bool:
    """Run mount (root only); False where it cannot be used."""
    import subprocess

    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True).returncode == 0


@pytest.mark.slow
def test_a_really_full_disk_under_content_is_one_message(built, tmp_path):
    """A 64 KB file system mounted on content/ (root only; the fault-injected test above runs everywhere)."""
    import subprocess

    project = copy_of(built, tmp_path / "p")
    site = snapshot(project / "site")
    if not mounted("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(project / "content")):
        pytest.skip("needs root and mount")
    try:
        proc = jianbao("build", "--project", str(project))
    finally:
        subprocess.run(["umount", str(project / "content")], check=True)
    assert proc.returncode == 1
    one_message(proc.stderr, "磁盘空间已满", str(project / "content"))
    assert snapshot(project / "site") == site


@pytest.mark.slow
def test_a_disk_too_full_for_the_lock_file_is_one_message_naming_it(built, tmp_path):
    """A full file system mounted on .jianbao-cache (root only): the first write of a build is the
    lock file's text, and its message must say where, like every other."""
    import subprocess

    project = copy_of(built, tmp_path / "p")
    cache = project / ".jianbao-cache"
    shutil.rmtree(cache)
    cache.mkdir()
    site = snapshot(project / "site")
    if not mounted("-t", "tmpfs", "-o", "size=64k", "tmpfs", str(cache)):
        pytest.skip("needs root and mount")
    try:
        with open(cache / "filler", "wb", buffering=0) as f:
            try:
                while True:
                    f.write(b"\0" * 4096)
            except OSError:  # full
                pass
        proc = jianbao("build", "--project", str(project))
    finally:
        subprocess.run(["umount", str(cache)], check=True)
    assert proc.returncode == 1
    one_message(proc.stderr, "磁盘空间已满", str(cache / "build.lock"), "disk full")
    assert snapshot(project / "site") == site


@pytest.mark.slow
@pytest.mark.parametrize("part", ["project", "site"])
def test_a_read_only_project_or_site_is_one_message(built, tmp_path, part):
    """The project (or only site/) mounted read-only over itself (root only: root ignores permissions)."""
    import subprocess

    project = copy_of(built, tmp_path / "p")
    (project / "bulletins" / "新一期.txt").write_text(county_text(6), encoding="utf-8")
    site = snapshot(project / "site")
    where = project if part == "project" else project / part
    if not mounted("--bind", str(where), str(where)):
        pytest.skip("needs root and mount")
    try:
        if not mounted("-o", "remount,ro,bind", str(where)):
            pytest.skip("cannot remount read-only")
        proc = jianbao("build", "--project", str(project))
    finally:
        subprocess.run(["umount", str(where)], check=True)
    assert proc.returncode == 1
    one_message(proc.stderr, "只读" if part == "project" else "正被占用", str(project))
    assert snapshot(project / "site") == site
    assert not list(project.glob("site.*-*"))


# --- 6. damaged word lists -----------------------------------------------------------------------

@pytest.mark.slow
@pytest.mark.parametrize("damage", ["tsv emptied", "marshal changed", "tags cut short", "all, parsed issues cleared"])
def test_damaged_word_lists_are_found_and_rebuilt(built, tmp_path, damage):
    """``: > .jianbao-cache/lexicon/*.tsv``, then one issue added: the same bytes as a clean build.
    With the parsed issues cleared too, ``add`` parses every issue and the build none: the word
    lists are stored again all the same."""
    project = copy_of(built, tmp_path / "p")
    lexicon = project / ".jianbao-cache" / "lexicon"
    if damage.startswith("all"):
        shutil.rmtree(project / ".jianbao-cache" / "parsed")
    for path in lexicon.iterdir():
        data = path.read_bytes()
        if path.suffix == ".tsv" and damage in ("tsv emptied", "all, parsed issues cleared"):
            path.write_bytes(b"")
        elif path.suffix == ".marshal" and damage in ("marshal changed", "all, parsed issues cleared"):
            at = len(data) // 2  # a frequency changed, still a valid marshal
            path.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
        elif path.suffix == ".tags" and damage in ("tags cut short", "all, parsed issues cleared"):
            path.write_bytes(data[:len(data) // 2])
    new = tmp_path / "新一期.txt"
    new.write_text(county_text(6), encoding="utf-8")
    proc = jianbao("add", "--project", str(project), str(new))
    assert proc.returncode == 0, proc.stderr
    fresh = make_project(tmp_path / "fresh")
    (fresh / "bulletins" / "新一期.txt").write_text(county_text(6), encoding="utf-8")
    assert jianbao("build", "--project", str(fresh)).returncode == 0
    for part in ("content", "site"):
        left, right = snapshot(project / part), snapshot(fresh / part)
        assert sorted(left) == sorted(right)
        assert [p for p in left if left[p] != right[p]] == [], part
    from generator.extract.lexicon import _unsealed

    assert all(_unsealed(p.read_bytes()) is not None for p in lexicon.iterdir())  # stored again, whole


# --- 7. spreadsheet formulas ---------------------------------------------------------------------

FORMULAS = ['=HYPERLINK("http://evil.example","点击")', "+1+1", "@SUM(1+1)", "-2+3"]


def csv_files(content: Path) -> dict[str, str]:
    """Every CSV of the site, the zipped ones too."""
    import zipfile

    found = {}
    for path in sorted(content.rglob("*")):
        if path.suffix == ".csv":
            found[path.relative_to(content).as_posix()] = path.read_text(encoding="utf-8-sig")
        elif path.suffix == ".zip":
            with zipfile.ZipFile(path) as z:
                for name in z.namelist():
                    if name.endswith(".csv"):
                        found[f"{path.relative_to(content).as_posix()}/{name}"] = z.read(name).decode("utf-8-sig")
    return found


def test_text_cells_that_would_run_as_formulas_are_neutralised_in_every_csv(tmp_path):
    import csv
    import io

    project = make_project(tmp_path / "p")
    for name, pair in ((COUNTY, FORMULAS[:2]), ("2020-贺州-第3期.txt", FORMULAS[2:])):  # two articles each
        titles = "\n".join(f"  {n}: '{t}'" for n, t in enumerate(pair, start=1))
        (project / "bulletins" / (name + ".meta.yml")).write_text(f"titles:\n{titles}\n", encoding="utf-8")
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    files = csv_files(project / "content")
    assert "data/articles.csv" in files and any(".zip/" in name for name in files)
    assert any(name.startswith("places/") for name in files)  # a chart's data
    hostile = {"articles": 0, "figures": 0}
    for name, text in files.items():
        rows = list(csv.reader(io.StringIO(text)))
        header = rows[0]
        for row in rows[1:]:
            for column, cell in zip(header, row):
                if column in ("value", "figures"):
                    float(cell)  # numbers stay numbers (negative ones: the test below)
                    continue
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (name, column, cell)
                if cell in {"'" + f for f in FORMULAS}:
                    hostile["articles" if name == "data/articles.csv" else "figures"] += 1
    assert hostile["articles"] == len(FORMULAS) and hostile["figures"] > 0, hostile
    # the JSON downloads keep the text as it is
    import json

    titles = {a["title"] for a in json.loads((project / "content" / "data" / "articles.json").read_bytes())}
    assert set(FORMULAS) <= titles


def test_negative_numbers_stay_numbers_and_text_is_quoted():
    import csv

    from generator.pages.downloads import FIGURE_COLUMNS, csv_bytes

    row = {c: "" for c in FIGURE_COLUMNS} | {"value": "-3.5", "label": "-3.5", "text": "=1+1", "sentence": "\t=1"}
    text = csv_bytes([row], FIGURE_COLUMNS).decode("utf-8-sig")
    cells = dict(zip(FIGURE_COLUMNS, next(csv.reader([text.splitlines()[1]]))))
    assert cells["value"] == "-3.5" and cells["label"] == "'-3.5"
    assert cells["text"] == "'=1+1" and cells["sentence"] == "'\t=1"


# --- 9. the smaller points -----------------------------------------------------------------------

def folders(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()}


@pytest.mark.slow
def test_removing_an_issue_leaves_no_folder_a_clean_build_lacks(built, tmp_path):
    project = copy_of(built, tmp_path / "p")
    gone = "2020-贺州-第3期.txt"  # the only issue of its series: its folders empty
    (project / "bulletins" / gone).unlink()
    proc = jianbao("build", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    fresh = make_project(tmp_path / "fresh")
    (fresh / "bulletins" / gone).unlink()
    assert jianbao("build", "--project", str(fresh)).returncode == 0
    for part in ("content", "site"):
        assert folders(project / part) == folders(fresh / part), part


def test_add_says_a_bulletin_with_a_bad_sidecar_was_refused_whole(tmp_path):
    project = make_project(tmp_path / "p")
    new = tmp_path / "新一期.txt"
    new.write_text(county_text(6), encoding="utf-8")
    (tmp_path / "新一期.txt.meta.yml").write_text("issue_no: 第六期\n", encoding="utf-8")
    proc = jianbao("add", "--no-build", "--project", str(project), str(new))
    assert proc.returncode == 1
    assert "简报和附注文件都没有加入" in proc.stderr and "neither the bulletin nor its sidecar was added" in proc.stderr
    assert "本期按正文取值" not in proc.stderr and "sidecar ignored" not in proc.stderr
    assert not (project / "bulletins" / "新一期.txt").exists()


def test_the_summary_counts_pages_apart_from_search_files(tmp_path):
    import re

    project = make_project(tmp_path / "p")
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    content = project / "content"
    pages = len([p for p in content.rglob("*.md") if p.name != "about.md"])  # generated pages (about.md by hand)
    search = len([p for p in (content / "search").rglob("*") if p.is_file()])
    assert f"页面 {pages} · 搜索文件 {search}" in proc.stdout, proc.stdout
    written = re.search(r"本次改写 (\d+) 个文件：页面 (\d+)，搜索文件 (\d+)，其他（下载、原件、图表数据）(\d+)", proc.stdout)
    assert written, proc.stdout
    total, new_pages, new_search, other = map(int, written.groups())
    assert (new_pages, new_search) == (pages, search)
    assert total == new_pages + new_search + other


def test_parse_stage_messages_are_bilingual_like_read_errors(tmp_path, capsys):
    """Every problem of the parser and the extractors says it in Chinese / English, as the reader does."""
    from generator.extract.extract import enrich
    from generator.model import SourceFile
    from generator.parse import parse_text

    texts = ["Shopping list\n\neggs, milk\n",  # no article
             "前言文字在标题之前。\n\n一篇文章的标题\n\n正文第一段，提到2019年的事。\n\n（某某办公室 张三）\n\n署名之后的文字。\n\n只有标题",
             county_text()]
    messages = []
    for text in texts:
        issue = enrich(parse_text(text, SourceFile("x.txt", "0" * 64, "txt", "utf-8")))
        messages += [p.message for p in issue.problems]
    assert len(messages) >= 5
    for message in messages:
        cn, sep, en = message.partition("/ ")
        assert sep and re.search("[\u4e00-\u9fff]", cn) and re.search("[a-z]{3}", en), message



@pytest.mark.slow
def test_a_full_disk_while_mkdocs_writes_the_site_is_one_message(built, tmp_path):
    """--site-dir on a 256 KB file system (root only): mkdocs' traceback becomes one message."""
    import subprocess

    project = copy_of(built, tmp_path / "p")
    tiny = tmp_path / "tiny"
    tiny.mkdir()
    if not mounted("-t", "tmpfs", "-o", "size=256k", "tmpfs", str(tiny)):
        pytest.skip("needs root and mount")
    try:
        proc = jianbao("build", "--project", str(project), "--site-dir", str(tiny / "site"))
        left = sorted(p.name for p in tiny.iterdir())
    finally:
        subprocess.run(["umount", str(tiny)], check=True)
    assert proc.returncode == 1
    one_message(proc.stderr, "mkdocs", "磁盘空间已满", str(tiny / "site.tmp-"))
    assert left == []  # the half-written site is removed


def test_a_file_system_error_in_mkdocs_output_is_told_plainly():
    from generator.site.site import mkdocs_failure

    output = ("INFO    -  Building documentation...\nTraceback (most recent call last):\n  File \"x.py\", line 1\n"
              "OSError: [Errno 28] No space left on device: '/p/content/a.zip' -> '/s/site.tmp-1/a.zip'\n")
    shown, error = mkdocs_failure(output)
    assert "Traceback" not in shown and shown.endswith("a.zip'")
    assert (error.errno, error.filename, error.filename2) == (28, "/p/content/a.zip", "/s/site.tmp-1/a.zip")
    assert mkdocs_failure("WARNING -  a broken link\nAborted with 1 warnings in strict mode!\n")[1] is None


@pytest.mark.slow
def test_a_full_disk_that_mkdocs_does_not_name_is_told_with_the_site_folder(built, tmp_path, monkeypatch, capsys):
    """mkdocs' own page writer fails with ENOSPC and no file name: the message names the site folder."""
    from generator import build
    from generator.site.site import MkdocsResult

    project = copy_of(built, tmp_path / "p")
    output = ("INFO    -  Building documentation...\nTraceback (most recent call last):\n  File \"x.py\", line 1\n"
              "OSError: [Errno 28] No space left on device\n")
    monkeypatch.setattr(build, "run_mkdocs", lambda *a, **k: MkdocsResult(False, output, []))
    assert cli.main(["build", "--project", str(project)]) == 1
    one_message(capsys.readouterr().err, "mkdocs", "磁盘空间已满", str(project / "site"), "disk full")


def test_a_lock_file_of_the_wrong_kind_is_replaced(tmp_path):
    from generator.engine.lock import build_lock

    (tmp_path / ".jianbao-cache" / "build.lock" / "x").mkdir(parents=True)
    with build_lock(tmp_path):
        assert (tmp_path / ".jianbao-cache" / "build.lock").is_file()
