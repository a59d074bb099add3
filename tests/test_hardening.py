"""Issue 23: a hostile or unlucky user. Nothing from outside the input folder is read or
published; one build at a time; workers die with their build; every failure of the file system
is one clear message; damaged caches are rebuilt; spreadsheet cells cannot run formulas;
duplicates by content are published once."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from generator import cli
from generator.archive import load_archive, load_issue

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
    from generator.files import read_listed

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
