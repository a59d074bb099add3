"""Bad input: each bad file is named with its reason, exit code 1, and the rest of the archive is built.

Hostile text stays text in the Markdown and the HTML; raw files are never changed; a build killed
during mkdocs leaves the previous site as it was, and the next build cleans up after it.
"""
from __future__ import annotations

import hashlib
import os
import re
import signal
import subprocess
import sys
import time
import tracemalloc
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from generator import cli
from generator.read.readers import read_document, ReadError
from generator.site.site import clean_stale

from .sample import REPO, jianbao, make_project

pytestmark = pytest.mark.slow

COUNTY = "2021-凌云县-第5期.txt"
HOSTILE_LINE = ('<img src=x onerror=alert(1)> 恶意 <script>alert("body")</script> {{ 7*7 }} {% raw %} {# c #} '
                '# 标题 * 列表 | 表格 | [链接](javascript:alert(1)) ![图](x.png) `code` **粗** _斜_ {: .evil } '
                '<!-- c --> &amp; </p></div>')
# given by a sidecar: its values are bulletin text too, and they reach the <h1>, <title> and contents
HOSTILE_SERIES = '凌云县</title><script>alert("title")</script>{{ 6*7 }}脱贫攻坚工作简报'
HOSTILE_TITLE = '<script>alert("toc")</script> 标题 {: #x } ## 二 </a>'
HOSTILE_NAME = "新 简报 (副本) #6 [a].txt"  # spaces, Chinese, brackets, a hash
NESTED = "2022 补充/第 7 期 简报.txt"


def county_text() -> str:
    return (REPO / "bulletins" / COUNTY).read_text(encoding="utf-8")


def hostile_text() -> str:
    lines = county_text().replace("第5期", "第6期").split("\n")
    body = next(i for i, line in enumerate(lines) if len(line) > 80)  # a paragraph of the first article
    lines[body] += HOSTILE_LINE
    return "\n".join(lines)


def utf8_cut_inside_last_character() -> bytes:
    data = county_text().replace("第5期", "第8期").encode("utf-8") + "尾".encode("utf-8")
    return data[:-1]


def huge(path: Path) -> None:
    line = ("脱贫攻坚简报正文。" * 30 + "\n").encode("utf-8")
    with path.open("wb") as f:
        for _ in range(50 * 2**20 // len(line) + 1):
            f.write(line)


# name → (how to make it, words the report must contain, whether it is an error)
BAD = {
    "空文件.txt": (lambda p: p.write_bytes(b""), "文件为空", True),
    "二进制改名.txt": (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40), "二进制", True),
    "不是简报.txt": (lambda p: p.write_text("Shopping list\n\neggs, milk, bread\n\nCall Bob on Tuesday.\n",
                                            encoding="utf-8"), "不是简报", True),
    "巨大.txt": (huge, "20 MB", True),
    # A file cut inside its last character (a truncated copy) is kept, with a warning.
    "截断.txt": (lambda p: p.write_bytes(utf8_cut_inside_last_character()), "不完整的 UTF-8", False),
}


def digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def bad_build(tmp_path_factory):
    project = make_project(tmp_path_factory.mktemp("bad"))
    bulletins = project / "bulletins"
    for name, (make, _, _) in BAD.items():
        make(bulletins / name)
    (bulletins / HOSTILE_NAME).write_text(hostile_text(), encoding="utf-8")
    (bulletins / (HOSTILE_NAME + ".meta.yml")).write_text(
        f"series: '{HOSTILE_SERIES}'\ntitles: {{1: '{HOSTILE_TITLE}'}}\n", encoding="utf-8")
    (bulletins / NESTED).parent.mkdir()
    (bulletins / NESTED).write_text(county_text().replace("第5期", "第7期"), encoding="utf-8")
    before = digest(bulletins)
    proc = jianbao("build", "--project", str(project))
    return project, proc, before


def test_bad_archive_builds_the_rest_with_exit_code_1(bad_build):
    project, proc, _ = bad_build
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "网站已生成" in proc.stdout
    published = {p.read_bytes() for p in (project / "site" / "originals").rglob("*") if p.is_file()}
    for sample in (REPO / "bulletins").iterdir():  # every sample issue is there, with its page
        if sample.suffix in (".txt", ".md", ".docx", ".pdf") and sample.name != "README.md":
            assert sample.read_bytes() in published, sample.name
    issue_pages = [p for p in (project / "site" / "issues").rglob("*.html") if p.name != "index.html"]
    assert len(issue_pages) == 6 + 4
    assert not list(project.glob("site.tmp-*")) and not list(project.glob("site.old-*"))


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_is_named_with_its_reason(bad_build, name):
    _, proc, _ = bad_build
    _, words, is_error = BAD[name]
    lines = [line for line in proc.stderr.splitlines() if name in line]
    assert lines, f"{name} not reported:\n{proc.stderr}"
    assert any(words in line and (("错误" in line) == is_error) for line in lines), lines


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_alone_sets_the_exit_code(tmp_path, capsys, name):
    """`jianbao check` on one good bulletin and the bad one: exit 1 for errors, the good one is usable."""
    (tmp_path / COUNTY).write_text(county_text(), encoding="utf-8")
    make, words, is_error = BAD[name]
    make(tmp_path / name)
    code = cli.main(["check", "--project", str(tmp_path), "--input", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == (1 if is_error else 0)
    assert name in out and words in out and "Traceback" not in out
    expected = 2 if not is_error or name == "不是简报.txt" else 1  # a non-bulletin is kept, shown as text
    assert f"共 {expected} 期可用" in out


def test_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "巨大.txt"
    huge(path)
    tracemalloc.start()
    t = time.perf_counter()
    with pytest.raises(ReadError, match="20 MB"):
        read_document(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - t < 1 and peak < 2**20


def test_raw_files_are_never_modified(bad_build):
    project, _, before = bad_build
    assert digest(project / "bulletins") == before


class Page(HTMLParser):
    """The parts of a page a browser would act on: script, event handlers, links; and its text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.handlers: list[tuple[str, str]] = []
        self.refs: list[str] = []
        self.text: list[str] = []
        self.title = ""
        self._in: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._in.append(tag)
        for key, value in attrs:
            if key.startswith("on"):
                self.handlers.append((tag, f"{key}={value}"))
            if key in ("href", "src") and value:
                self.refs.append(value)
                if value.lower().startswith("javascript:"):
                    self.handlers.append((tag, value))

    def handle_endtag(self, tag):
        if tag in self._in:
            del self._in[len(self._in) - 1 - self._in[::-1].index(tag):]

    def handle_data(self, data):
        if self._in and self._in[-1] == "script":
            self.scripts.append(data)
        elif self._in and self._in[-1] == "title":
            self.title += data
        else:
            self.text.append(data)


def hostile_page(project: Path) -> tuple[Path, Page]:
    for path in (project / "site" / "issues").rglob("*.html"):
        html = path.read_text(encoding="utf-8")
        if "恶意" in html:
            page = Page()
            page.feed(html)
            return path, page
    raise AssertionError("the page of the hostile bulletin was not built")


def test_hostile_text_is_inert_in_every_page(bad_build):
    project, _, _ = bad_build
    for path in (project / "site").rglob("*.html"):
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        assert not [s for s in page.scripts if "alert" in s], path
        assert not page.handlers, (path, page.handlers)
        assert "x" not in page.refs and "x.png" not in page.refs, path


def test_hostile_text_is_shown_literally(bad_build):
    project, _, _ = bad_build
    _, page = hostile_page(project)
    text = " ".join("".join(page.text).split())
    for literal in ('<img src=x onerror=alert(1)>', '<script>alert("body")</script>', "{{ 7*7 }}", "{% raw %}",
                    "{# c #}", "# 标题 * 列表 | 表格 | 链接 ![图](x.png)", "`code`",
                    "{: .evil }", "<!-- c -->", "&amp;", "</p></div>", HOSTILE_SERIES, HOSTILE_TITLE):
        assert literal in text, literal
    # a Markdown link reads as its text, as a page saved as Markdown shows it (its **bold** loses its
    # marks too): the address is dropped, never followed
    assert "javascript" not in text
    assert page.title.startswith(HOSTILE_SERIES), page.title  # <title> too: Material unescapes it


def test_hostile_page_source_has_no_raw_html_from_the_bulletin(bad_build):
    """The generated page (HTML in content/, front matter included) holds the bulletin's markup
    only as escaped text; Markdown and template syntax are inert there (no Markdown or Jinja
    runs over it again)."""
    project, _, _ = bad_build
    page = next(p for p in (project / "content" / "issues").rglob("*.md") if "恶意" in p.read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    for raw in ("<img", "<script", "<!--", "javascript:alert(1)\">", "href=\"x.png"):
        assert raw not in text, raw
    front = text.split("---\n")[1]
    assert front.count("\n") == 2 and "<" not in front, front  # title and jianbao keys only, escaped


def test_odd_file_names_get_pages_and_originals(bad_build):
    project, _, _ = bad_build
    path, page = hostile_page(project)
    originals = [r for r in page.refs if "originals/" in r]
    assert originals, "no link to the original file"
    for ref in originals:
        assert (path.parent / unquote(urlsplit(ref).path)).resolve().is_file(), ref
    nested = [p for p in (project / "content" / "originals").rglob("*.txt")
              if p.read_bytes() == (project / "bulletins" / NESTED).read_bytes()]
    assert nested, "the bulletin in a sub-folder with spaces was not built"


def test_add_resolves_dot_dot_and_keeps_the_name(tmp_path):
    project = make_project(tmp_path / "p")
    work = tmp_path / "work"
    (work / "a b").mkdir(parents=True)
    (work / "简报 1.txt").write_text(county_text().replace("第5期", "第9期"), encoding="utf-8")
    def files() -> set[Path]:
        return {p for p in tmp_path.rglob("*") if ".jianbao-cache" not in p.parts}

    before = files()
    proc = jianbao("add", "--no-build", "--project", str(project), "a b/../简报 1.txt", cwd=work)
    assert proc.returncode == 0, proc.stderr
    added = project / "bulletins" / "简报 1.txt"
    assert added.read_bytes() == (work / "简报 1.txt").read_bytes()
    assert files() - before == {added}


@pytest.mark.parametrize("name,words", [(".隐藏.txt", "隐藏"), ("README-新.txt", "README")])
def test_add_refuses_names_the_build_would_skip(tmp_path, name, words):
    project = make_project(tmp_path / "p")
    src = tmp_path / name
    src.write_text(county_text().replace("第5期", "第9期"), encoding="utf-8")
    proc = jianbao("add", "--no-build", "--project", str(project), str(src))
    assert proc.returncode == 1 and words in proc.stderr and name in proc.stderr
    assert not (project / "bulletins" / name).exists()


def test_add_bad_files_one_message_each(tmp_path):
    project = make_project(tmp_path / "p")
    paths = []
    for name, (make, _, is_error) in BAD.items():
        if is_error:
            make(tmp_path / name)
            paths.append(str(tmp_path / name))
    proc = jianbao("add", "--no-build", "--project", str(project), *paths)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    for name in (Path(p).name for p in paths):
        assert name in proc.stderr
        assert not (project / "bulletins" / name).exists()


# --- killed builds ---------------------------------------------------------------------------

def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_build_killed_during_mkdocs_leaves_the_previous_site(tmp_path):
    project = make_project(tmp_path / "p")
    first = jianbao("build", "--project", str(project))
    assert first.returncode == 0, first.stderr
    good = snapshot(project / "site")
    # a new issue, so that the interrupted build would change the site
    (project / "bulletins" / "新一期.txt").write_text(county_text().replace("第5期", "第6期"), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "build", "--project", str(project)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None and not list(project.glob("site.tmp-*/*")):
        time.sleep(0.005)  # until mkdocs has begun writing the new site
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)  # jianbao and its mkdocs child, like a power cut
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    assert list(project.glob("site.tmp-*")), "killed during mkdocs: its temporary folder is left behind"
    assert snapshot(project / "site") == good, "the previous site must be intact"
    again = jianbao("build", "--project", str(project))
    assert again.returncode == 0, again.stderr
    assert not list(project.glob("site.tmp-*")) and not list(project.glob("site.old-*"))
    assert list((project / "site" / "issues").rglob("2021-006.html")), "the new issue is in the new site"


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_folders_of_killed_builds_are_cleaned_and_a_lost_site_restored(tmp_path):
    site = tmp_path / "site"
    old = tmp_path / f"site.old-{dead_pid()}"
    old.mkdir()
    (old / "index.html").write_text("previous", encoding="utf-8")
    tmp = tmp_path / f"site.tmp-{dead_pid()}"
    tmp.mkdir()
    live = tmp_path / f"site.tmp-{os.getppid()}"  # a build still running: left alone
    live.mkdir()
    other = tmp_path / "site.tmp-notes"
    other.mkdir()
    clean_stale(site)
    assert (site / "index.html").read_text(encoding="utf-8") == "previous"  # killed between the renames
    assert not old.exists() and not tmp.exists()
    assert live.exists() and other.exists()
    old2 = tmp_path / f"site.old-{dead_pid()}"
    old2.mkdir()
    clean_stale(site)
    assert not old2.exists() and (site / "index.html").exists()


def test_no_traceback_without_debug(tmp_path, monkeypatch):
    """A parser bug is reported as a problem naming the file; --debug adds the traceback."""
    (tmp_path / COUNTY).write_text(county_text(), encoding="utf-8")
    import generator.store.archive as archive

    def broken(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(archive, "parse_text", broken)
    plain = archive.load_archive(tmp_path)
    assert [str(p) for p in plain.errors] and all(COUNTY in str(p) and "Traceback" not in str(p) for p in plain.errors)
    debug = archive.load_archive(tmp_path, debug=True)
    assert any("Traceback" in p.message for p in debug.errors)


def test_quality_page_lists_every_problem_of_check(bad_build):
    """Every problem `jianbao check` reports is on the data-quality page (a few, so all are listed)
    with its file and line, and in data/problems.csv."""
    import csv
    import html
    import io

    project, _, _ = bad_build
    check = jianbao("check", "--project", str(project), "--input", str(project / "bulletins"))
    assert check.returncode == 1
    problems = [m.groups() for m in re.finditer(r"^(错误|警告|提示) (.+?)(?::(\d+))?: (.*)$", check.stdout, re.M)]
    assert len(problems) >= len([b for b in BAD.values() if b[2]])
    page = (project / "site" / "data" / "index.html").read_text(encoding="utf-8")
    section = page.split('id="zhiliang"', 1)[1].split('id="yidian"', 1)[0]
    # a row's cells as text: level, file (linked to its issue page when it has one), line, message
    rows = [tuple(html.unescape(re.sub(r"<[^>]+>", "", cell)) for cell in re.findall(r"<td>(.*?)</td>", row))
            for row in section.split("<tr>")[1:]]
    listed = list(csv.reader(io.StringIO((project / "site" / "data" / "problems.csv").read_text(encoding="utf-8-sig"))))
    for label, path, line, message in problems:
        assert (label, path, line or "—", message) in rows, (path, line, message)
        assert [label, path, line or "", message] in [r[:4] for r in listed], (path, line, message)


@pytest.mark.parametrize("fmt, ext", [("html", "html.txt"), ("md", "md.txt"), ("pdf", "pdf"), ("txt", "txt")])
def test_an_original_is_published_where_it_cannot_run_as_a_page(fmt, ext):
    """A bulletin saved from a website is untrusted HTML: served as .html its scripts would run on the site."""
    from types import SimpleNamespace
    from generator.pages.pages import original_path

    entry = SimpleNamespace(issue=SimpleNamespace(source=SimpleNamespace(format=fmt)), series_slug="s", slug="2019-005")
    assert original_path(entry) == f"originals/s/2019-005.{ext}"
