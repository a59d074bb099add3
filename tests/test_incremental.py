"""Rebuilds: the parse cache, what one new issue rewrites, parallel parsing, byte-identical output."""
from __future__ import annotations

import gzip
import os
import posixpath
import shutil
import struct
from datetime import datetime, timezone
from pathlib import Path

import pytest

from generator.engine import cache as cache_module
from generator.store.archive import load_archive
from generator.build import generate
from generator.engine.cache import PickleCache, entry_key, tool_version

from .sample import REPO, jianbao, make_project

COUNTY = "2021-凌云县-第5期.txt"
NEW = "2021-凌云县-第6期.txt"


def new_issue_text() -> str:
    return (REPO / "bulletins" / COUNTY).read_text(encoding="utf-8").replace("第5期", "第6期")


def mtimes(content: Path) -> dict[str, int]:
    return {p.relative_to(content).as_posix(): p.stat().st_mtime_ns for p in content.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory):
    """The sample built, then built again with one new issue: (project, first report, second report, mtimes)."""
    project = make_project(tmp_path_factory.mktemp("inc"))
    first = generate(project, project / "bulletins")
    before = mtimes(project / "content")
    (project / "bulletins" / NEW).write_text(new_issue_text(), encoding="utf-8")
    second = generate(project, project / "bulletins")
    return project, first, second, before


def test_old_files_come_from_the_cache(rebuilt):
    _, first, second, _ = rebuilt
    assert first.archive.cache_hits == 0 and len(first.archive.parsed) == 6
    assert second.archive.cache_hits == 6 and second.archive.parsed == [NEW]
    assert [i.source.path for i in second.archive.issues] == sorted(i.source.path for i in second.archive.issues)


def test_one_new_issue_rewrites_only_its_own_pages(rebuilt):
    project, _, second, before = rebuilt
    issue = next(i for i in second.archive.issues if i.source.path == NEW)
    written = set(second.written)
    page = next(w for w in written if w.startswith("issues/") and w.endswith("/2021-006.md"))
    assert {page, "index.md", "issues/index.md"} <= written
    stem = page[:-3]
    # the issue before it in its series now links the new one: that page is made again, no other
    neighbour = posixpath.dirname(stem) + "/2021-005.md"
    codes = {p.adcode for a in issue.articles for p in a.places}
    places = codes | {c[:4] + "00" for c in codes} | {c[:2] + "0000" for c in codes}
    themes = {t for a in issue.articles for t in a.themes}
    measures = {i.measure for a in issue.articles for i in a.indicators if i.measure}

    def expected(path: str) -> bool:
        top, _, rest = path.partition("/")
        name = rest.split(".")[0].split("-")[0]
        return (path in ("index.md", "issues/index.md", "places/index.md", "themes/index.md", "measures/index.md",
                         posixpath.dirname(stem) + "/index.md")  # the issue's series page
                or path == neighbour
                or path.startswith((stem + ".", stem + "-", "originals/", "data/", "search/"))
                or (top == "places" and name in places) or (top == "themes" and name in themes)
                or (top == "measures" and rest.split(".")[0].rsplit("-", 1)[0] in measures))

    assert sorted(w for w in written if not expected(w)) == []
    # all figures come as one zip a year: only the new issue's year is made again
    assert sorted(w for w in written if w.startswith("data/figures")) == [f"data/figures-{issue.year}.zip"]
    assert len([w for w in written if w.startswith("originals/")]) == 1
    # nothing else was touched on disk either: every other file keeps its modification time
    after = mtimes(project / "content")
    touched = {rel for rel, ns in after.items() if before.get(rel) != ns} - {".generated"}
    assert touched == written - {".generated"}
    other_issue_pages = [w for w in written if w.startswith("issues/") and not w.endswith("index.md") and w != page
                         and not w.startswith(stem)]
    assert other_issue_pages == [neighbour]


def test_a_rebuild_after_a_new_issue_equals_a_build_from_nothing(rebuilt, tmp_path):
    """Every cache (parsed issues, issue and place pages, downloads, charts, search words) together
    must give the bytes a build without caches gives: a stale page would be a silent error."""
    project, _, _, _ = rebuilt
    fresh = make_project(tmp_path / "fresh")
    shutil.rmtree(fresh / ".jianbao-cache", ignore_errors=True)
    (fresh / "bulletins" / NEW).write_text(new_issue_text(), encoding="utf-8")
    generate(fresh, fresh / "bulletins")
    left, right = files(project / "content"), files(fresh / "content")
    assert sorted(left) == sorted(right)
    assert [rel for rel in left if left[rel] != right[rel]] == []


def test_page_cache_key_is_the_same_for_a_fresh_and_a_cached_parse(tmp_path):
    """The key of a page must not depend on whether its issue was parsed in this build or loaded
    from the parse cache (pickle bytes and frozenset order did): else every new issue's pages and
    everything made from them are made again by the next build."""
    from generator.engine.page_cache import PageCache

    folder = make_project(tmp_path / "p") / "bulletins"
    fresh = load_archive(folder, cache_dir=tmp_path / "cache")
    loaded = load_archive(folder, cache_dir=tmp_path / "cache")
    assert loaded.cache_hits == len(loaded.issues)
    keys = PageCache(None, REPO / "templates")
    assert [keys.key(i) for i in fresh.issues] == [keys.key(i) for i in loaded.issues]


def test_rebuild_without_changes_writes_nothing(rebuilt):
    project, _, _, _ = rebuilt
    again = generate(project, project / "bulletins")
    assert again.written == [] and again.archive.parsed == [] and again.archive.cache_hits == 7


def test_corrupt_cache_entry_is_ignored_and_rebuilt(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(REPO / "bulletins", folder)
    cache_dir = tmp_path / "cache"
    first = load_archive(folder, cache_dir=cache_dir)
    entries = sorted(cache_dir.rglob("*.pickle"))
    assert len(entries) == 6
    entries[0].write_bytes(entries[0].read_bytes()[:100])  # truncated
    entries[1].write_bytes(b"not a pickle at all")
    again = load_archive(folder, cache_dir=cache_dir)
    assert len(again.parsed) == 2 and again.cache_hits == 4
    assert again.issues == first.issues and again.problems == first.problems
    third = load_archive(folder, cache_dir=cache_dir)
    assert third.cache_hits == 6  # rewritten


def test_changed_file_or_sidecar_is_parsed_again(tmp_path):
    folder = tmp_path / "in"
    shutil.copytree(REPO / "bulletins", folder)
    cache_dir = tmp_path / "cache"
    load_archive(folder, cache_dir=cache_dir)
    (folder / (COUNTY + ".meta.yml")).write_text("issue_no: 55\n", encoding="utf-8")
    with (folder / "2020-贺州-第3期.txt").open("a", encoding="utf-8") as f:
        f.write("\n")
    archive = load_archive(folder, cache_dir=cache_dir, prune=True)
    assert archive.parsed == ["2020-贺州-第3期.txt", COUNTY]
    assert next(i for i in archive.issues if i.source.path == COUNTY).issue_no == 55
    assert len(list(cache_dir.rglob("*.pickle"))) == 6  # the replaced entries are pruned


def test_cache_key_covers_bytes_sidecar_name_and_debug():
    keys = {entry_key("a.txt", b"x", None), entry_key("a.txt", b"y", None), entry_key("a.txt", b"x", b""),
            entry_key("b.txt", b"x", None), entry_key("a.txt", b"x", None, debug=True)}
    assert len(keys) == 5


def test_tool_version_changes_with_code_and_config(tmp_path, monkeypatch):
    package, real = tmp_path / "generator", cache_module.PACKAGE
    shutil.copytree(real, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "PACKAGE", package)
    versions = []
    for change in (None, "config/themes.yml", "parse/header.py"):
        if change:
            with (package / change).open("a", encoding="utf-8") as f:
                f.write("\n# changed\n")
        tool_version.cache_clear()
        versions.append(tool_version())
    assert len(set(versions)) == 3
    old = PickleCache(tmp_path / "c")
    old.put("k", ("value",))
    monkeypatch.setattr(cache_module, "PACKAGE", real)
    tool_version.cache_clear()
    new = PickleCache(tmp_path / "c")
    assert new.dir != old.dir and new.get("k") is None
    new.prune()
    assert not old.dir.exists()  # a new tool version removes the old folder


def test_parallel_parse_gives_the_serial_result_in_sorted_order(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (REPO / "bulletins" / COUNTY).read_text(encoding="utf-8")
    for n in range(24, 0, -1):  # more than PARALLEL_FROM, written in reverse order
        (folder / f"{n:02d}.txt").write_text(text.replace("第5期", f"第{n}期"), encoding="utf-8")
    serial = load_archive(folder, workers=1)
    parallel = load_archive(folder, cache_dir=tmp_path / "cache", workers=2)
    assert len(parallel.parsed) == 24
    assert [i.source.path for i in parallel.issues] == [f"{n:02d}.txt" for n in range(1, 25)]
    assert parallel.issues == serial.issues and parallel.problems == serial.problems
    cached = load_archive(folder, cache_dir=tmp_path / "cache", workers=2)
    assert cached.cache_hits == 24 and cached.issues == serial.issues


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_same_input_same_output_byte_for_byte(tmp_path):
    a = make_project(tmp_path / "a")
    b = make_project(tmp_path / "a much longer folder name 第二")
    for project in (a, b):
        proc = jianbao("build", "--project", str(project))
        assert proc.returncode == 0, proc.stderr
    for part in ("content", "site"):
        left, right = files(a / part), files(b / part)
        assert sorted(left) == sorted(right), part
        different = [rel for rel in left if left[rel] != right[rel]]
        assert different == [], f"{part}: {different[:10]}"
    # mkdocs stamps sitemap.xml.gz with a date: the newest issue's, not the day of the build
    issues = load_archive(a / "bulletins").issues
    newest = max(i.date for i in issues if i.date)
    stamp = struct.unpack("<I", (a / "site" / "sitemap.xml.gz").read_bytes()[4:8])[0]
    assert datetime.fromtimestamp(stamp, timezone.utc).date().isoformat() == newest
    assert gzip.decompress((a / "site" / "sitemap.xml.gz").read_bytes()) == (a / "site" / "sitemap.xml").read_bytes()
    assert str(tmp_path).encode() not in b"".join(files(a / "site").values())


def test_issue_pages_from_the_page_cache_equal_fresh_ones(tmp_path):
    """Issue, place, theme and measure pages and downloads come from .jianbao-cache/pages on a rebuild; they must be
    the bytes a build without any cache writes, and a template change must render them again."""
    project = make_project(tmp_path / "p")
    first = generate(project, project / "bulletins")
    cached_build = generate(project, project / "bulletins")
    assert cached_build.written == []
    pages = sorted((project / ".jianbao-cache" / "pages").rglob("*.pickle"))
    content = files(project / "content")
    made = [p for p in content if p.startswith(("places/", "themes/", "measures/")) and p.endswith(".md")
            and not p.endswith("/index.md")]
    years = [p for p in content if p.startswith("data/figures-")]  # the others' zips go with their pages
    with_figures = [i for i in first.archive.issues if any(a.indicators for a in i.articles)]
    # each issue's page and its figures' anchors (pages._anchors), each issue's figure CSV lines and
    # JSON records (downloads.FigureLines), each place, theme and measure page, each year's zip
    assert len(pages) == 2 * len(first.archive.issues) + 2 * len(with_figures) + len(made) + len(years)
    content = files(project / "content")
    fresh = make_project(tmp_path / "fresh")
    shutil.rmtree(fresh / ".jianbao-cache", ignore_errors=True)
    generate(fresh, fresh / "bulletins")
    assert files(fresh / "content") == content
    template = project / "templates" / "issue.html.j2"
    template.write_text(template.read_text(encoding="utf-8").replace("本期目录", "本期目次"), encoding="utf-8")
    changed = generate(project, project / "bulletins")
    issue_pages = {p for p in content if p.startswith("issues/") and p.endswith(".md") and not p.endswith("index.md")}
    assert issue_pages <= set(changed.written)
    assert all("本期目次" in (project / "content" / p).read_text(encoding="utf-8") for p in issue_pages)


def test_a_rebuild_keeps_unchanged_cached_pages_without_reading_them(rebuilt, monkeypatch):
    """Cached pages still in content/ as the last build wrote them are neither read from the cache
    nor compared (page_cache.py); one changed by hand is read from the cache and put back."""
    from generator.engine.page_cache import PageCache

    project = rebuilt[0]
    reads = []
    original_get = PageCache.get
    monkeypatch.setattr(PageCache, "get", lambda self, key: reads.append(key) or original_get(self, key))
    report = generate(project, project / "bulletins")
    assert report.written == [] and reads == []

    content = project / "content"
    page = next(p for p in sorted((content / "issues").rglob("*.md")) if p.name != "index.md")
    right = page.read_bytes()
    page.write_bytes(right.replace(b"<p", b"<p data-edited", 1))
    report = generate(project, project / "bulletins")
    assert report.written == [page.relative_to(content).as_posix()] and len(reads) == 1
    assert page.read_bytes() == right


def test_the_weighted_user_words_are_kept_between_builds(tmp_path, monkeypatch):
    """Weighing the user words loads jieba's main dictionary: a later process reads them instead.
    (Called directly: within one test process the tokenizers are cached, and whether a build
    weighs the words depends on which tests ran before.)"""
    from generator.extract import lexicon

    monkeypatch.setattr(lexicon, "_WORDS_FOLDER", tmp_path)
    words = lexicon._weighted_words()
    kept = sorted(tmp_path.glob("*.tsv"))
    assert [p.stem for p in kept] == [tool_version()]
    lines = kept[0].read_text(encoding="utf-8").splitlines()[1:]  # after the length and checksum
    assert [line.replace("\t", " ") for line in lines] == [f"{w} {f} {t}" for w, f, t in lexicon._weigh_words()]
    monkeypatch.setattr(lexicon, "_weigh_words", lambda: pytest.fail("weighed again"))
    assert lexicon._weighted_words() == words


def test_pages_made_in_a_forked_process_are_the_pages_made_here(tmp_path, monkeypatch):
    """Place and data pages are made by a forked child in large builds (forked.py): the same
    bytes, the same page cache (a rebuild, and one with a new issue, make what a serial build makes)."""
    from generator.pages import forked

    if not forked.can_fork(forked.FORK_FROM):
        pytest.skip("no fork on this platform")
    serial, split = make_project(tmp_path / "serial"), make_project(tmp_path / "split")
    from generator.pages import pages

    pids = tmp_path / "pids"  # the place pages' maker writes its pid (a list appended to in the child stays there)

    def places(*args):
        with pids.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return pages.places(*args)

    monkeypatch.setattr(pages, "PAGE_KINDS", tuple(places if b is pages.places else b for b in pages.PAGE_KINDS))
    monkeypatch.setattr(pages, "FORKABLE", tuple(places if b is pages.places else b for b in pages.FORKABLE))
    for new in (False, True):
        if new:
            for project in (serial, split):
                (project / "bulletins" / NEW).write_text(new_issue_text(), encoding="utf-8")
        monkeypatch.setattr(forked, "FORK_FROM", 10_000)
        generate(serial, serial / "bulletins")
        assert pids.read_text().split() == [str(os.getpid())]
        pids.unlink()
        monkeypatch.setattr(forked, "FORK_FROM", 0)
        report = generate(split, split / "bulletins")
        assert files(split / "content") == files(serial / "content")
        made_by = pids.read_text().split()
        assert len(made_by) == 1 and made_by != [str(os.getpid())], "the place pages were not made in a child"
        pids.unlink()
    assert generate(split, split / "bulletins").written == []
    assert any(w.startswith("places/") for w in report.written)  # the child's pages were written


def test_the_search_index_made_by_an_early_child_is_the_one_made_here(tmp_path, monkeypatch):
    """Where forking is used, the search index is made by a child forked before any page
    (search/indexing.py): the same files as this process makes, first build and with a new issue. When
    that child fails, this process makes the index after the pages, and the build goes on."""
    from generator.pages import forked
    from generator.search import indexing

    if not forked.can_fork(forked.FORK_FROM):
        pytest.skip("no fork on this platform")
    here, made_in = os.getpid(), tmp_path / "pids"
    make_index = indexing.build_index

    def recorded(*args, **kwargs):
        with made_in.open("a") as out:
            out.write(f"{os.getpid()}\n")
        if fail and os.getpid() != here:
            raise RuntimeError("the child fails")
        return make_index(*args, **kwargs)

    monkeypatch.setattr(indexing, "build_index", recorded)
    projects = {name: make_project(tmp_path / name) for name in ("serial", "early", "failing")}
    for new in (False, True):
        made_by = {}
        for name, project in projects.items():
            if new:
                (project / "bulletins" / NEW).write_text(new_issue_text(), encoding="utf-8")
            fail = name == "failing"
            monkeypatch.setattr(forked, "FORK_FROM", 10_000 if name == "serial" else 0)
            report = generate(project, project / "bulletins")
            assert "search" in report.seconds
            made_by[name] = made_in.read_text().split()
            made_in.unlink()
        assert made_by["serial"] == [str(here)]
        assert len(made_by["early"]) == 1 and made_by["early"] != [str(here)]
        assert len(made_by["failing"]) == 2 and made_by["failing"][1] == str(here)
        index = files(projects["serial"] / "content" / "search")
        assert index and files(projects["early"] / "content" / "search") == index
        assert files(projects["failing"] / "content" / "search") == index
