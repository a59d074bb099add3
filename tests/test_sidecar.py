"""Metadata sidecars (X.meta.yml beside bulletin X): values win, are shown as such, bad ones are reported."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.store.archive import bulletin_files, load_archive, load_issue
from generator.read.sidecar import apply_sidecar, read_sidecar
from generator.read.readers import read_document
from generator.parse import parse_text

from .sample import REPO, jianbao, make_project

PAPER = "2018-吕梁-报纸.txt"
COUNTY = "2021-凌云县-第5期.txt"


@pytest.fixture
def folder(tmp_path) -> Path:
    """An input folder with two sample bulletins and no sidecar."""
    d = tmp_path / "in"
    d.mkdir()
    for name in (PAPER, COUNTY):
        shutil.copy(REPO / "bulletins" / name, d / name)
    return d


def side(folder: Path, bulletin: str, text: str, name: str | None = None) -> Path:
    path = folder / (name or bulletin + ".meta.yml")
    path.write_text(text, encoding="utf-8")
    return path


def test_sample_archive_ships_a_sidecar_marked_as_example():
    sidecar = REPO / "bulletins" / (PAPER + ".meta.yml")
    assert "示例" in sidecar.read_text(encoding="utf-8")
    assert sidecar not in bulletin_files(REPO / "bulletins")
    issue, problems = load_issue(REPO / "bulletins" / PAPER, name=PAPER)
    assert issue.date == "2018-11-26" and issue.year == 2018
    assert "示例" in issue.publisher
    assert set(issue.overridden) == {"date", "publisher", "year"}
    assert not [p for p in problems if "日期" in p.message], "the sidecar answers the missing-date warning"


def test_parse_json_applies_the_sidecar_and_lists_overridden_fields():
    proc = jianbao("parse", "--json", str(REPO / "bulletins" / PAPER))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["date"] == "2018-11-26" and "date" in data["overridden"]


def test_sidecar_values_win_over_the_text(folder):
    original, _ = load_issue(folder / COUNTY)
    side(folder, COUNTY, "series: 凌云县脱贫攻坚简报（更正）\nissue_no: 6\ntotal_no: 66\nkind: 简报\n"
                         "date: 2021年5月20日\ntitles: {1: 更正后的标题}\nnote: 期号印错\n")
    issue, problems = load_issue(folder / COUNTY)
    assert not [p for p in problems if p.severity == "error"], problems
    assert (issue.series, issue.issue_no, issue.total_no, issue.date) == ("凌云县脱贫攻坚简报（更正）", 6, 66, "2021-05-20")
    assert issue.articles[0].title == "更正后的标题"
    assert issue.articles[1].title == original.articles[1].title
    assert issue.overridden == ("series", "kind", "issue_no", "total_no", "date", "titles")
    assert issue.publisher == original.publisher  # what the sidecar does not give comes from the text


def test_null_clears_a_wrong_issue_number(folder):
    side(folder, COUNTY, "issue_no: null\n")
    issue, _ = load_issue(folder / COUNTY)
    assert issue.issue_no is None and issue.overridden == ("issue_no",)


@pytest.mark.parametrize("text,line,words", [
    ("date: 2018-11-26\nseries: [unclosed\n", 2, "YAML"),
    ("date: 2018-11-26\ndatum: 2018-11-27\n", 2, "datum"),
    ("publisher: 某单位\ndate: 2018-02-30\n", 2, "2018-02-30"),
    ("date: 2018-11-26\ndate: 2018-11-27\n", 2, "重复"),
    ("kind: magazine\n", 1, "bulletin"),
    ("year: 18\n", 1, "年份"),
    ("issue_no: -3\n", 1, "正整数"),
    ("titles: {0: 标题}\n", 1, "从 1 开始"),
    ("- date: 2018-11-26\n", 1, "键"),
])
def test_invalid_sidecar_is_reported_with_file_and_line_and_ignored(folder, text, line, words):
    side(folder, PAPER, text)
    issue, problems = load_issue(folder / PAPER, name=PAPER)
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1, problems
    assert errors[0].path == PAPER + ".meta.yml" and errors[0].line == line
    assert words in errors[0].message and "未采用" in errors[0].message
    assert issue is not None and issue.overridden == () and issue.date is None  # the text's values


def test_sidecar_that_is_not_utf8(folder):
    path = folder / (PAPER + ".meta.yml")
    path.write_bytes("publisher: 吕梁日报社\n".encode("gbk"))
    issue, problems = load_issue(folder / PAPER)
    assert issue is not None and issue.publisher is None
    assert any("UTF-8" in p.message and p.path.endswith(".meta.yml") for p in problems)


def test_empty_sidecar_is_a_warning_only(folder):
    side(folder, PAPER, "# nothing yet\n")
    issue, problems = load_issue(folder / PAPER)
    assert issue.overridden == ()
    assert [p.severity for p in problems if p.path.endswith(".meta.yml")] == ["warning"]


def test_title_for_a_missing_article_is_reported(folder):
    side(folder, COUNTY, "titles: {99: 不存在的文章}\ndate: 2021-05-20\n")
    issue, problems = load_issue(folder / COUNTY)
    assert issue.date == "2021-05-20" and "titles" not in issue.overridden
    assert any(p.line == 1 and "99" in p.message for p in problems)


def test_sidecar_with_the_wrong_name_is_reported_not_lost(folder):
    side(folder, PAPER, "date: 2018-11-26\n", name="2018-吕梁-报纸.meta.yml")
    side(folder, PAPER, "date: 2018-11-26\n", name="孤儿.txt.meta.yml")
    archive = load_archive(folder)
    assert len(archive.issues) == 2
    errors = {p.path: p.message for p in archive.errors}
    assert "2018-吕梁-报纸.txt.meta.yml" in errors["2018-吕梁-报纸.meta.yml"]  # says which name it needs
    assert "孤儿.txt.meta.yml" in errors


def test_apply_is_pure():
    doc = read_document(REPO / "bulletins" / PAPER)
    issue = parse_text(doc.text, doc.source)
    sidecar, problems = read_sidecar(Path("x.meta.yml"), data="date: 2018-11-26\n".encode())
    assert not problems
    assert apply_sidecar(issue, sidecar).date == "2018-11-26" and issue.date is None


def test_check_and_build_report_a_bad_sidecar_and_build_the_issue(tmp_path):
    project = make_project(tmp_path / "p")
    (project / "bulletins" / (PAPER + ".meta.yml")).write_text("date: 2018-13-01\n", encoding="utf-8")
    check = jianbao("check", "--project", str(project))
    assert check.returncode == 1
    assert f"{PAPER}.meta.yml:1" in check.stdout and "Traceback" not in check.stdout + check.stderr
    build = jianbao("build", "--content-only", "--project", str(project))
    assert build.returncode == 1 and f"{PAPER}.meta.yml:1" in build.stderr
    quality = (project / "content" / "data" / "index.md").read_text(encoding="utf-8")
    assert "meta\\.yml" in quality or "meta.yml" in quality
    pages = [p.read_text(encoding="utf-8") for p in (project / "content" / "issues").rglob("*.md")]
    assert any("岚县" in t for t in pages), "the newspaper page is still built, from its text"


def test_issue_page_says_which_fields_came_from_the_sidecar(tmp_path):
    project = make_project(tmp_path / "p")
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode == 0, proc.stderr
    page = next(t for p in (project / "content" / "issues").rglob("*.md")
                if "岚县" in (t := p.read_text(encoding="utf-8")))
    row = next(line for line in page.splitlines() if "据附注文件" in line)
    assert "日期" in row and "编印单位" in row
    assert "2018年11月26日" in page


def test_add_copies_the_sidecar_beside_the_file(tmp_path):
    project = make_project(tmp_path / "p")
    new = tmp_path / "new"
    new.mkdir()
    src = project / "bulletins" / COUNTY
    # the same issue again, with its number corrected by a sidecar: no clash, and both files go in
    text = src.read_text(encoding="utf-8").replace("示例（内容虚构，仅供演示）", "示例（内容虚构，仅供演示，第二份）", 1)
    (new / "凌云-更正.txt").write_text(text, encoding="utf-8")
    clash = jianbao("add", "--no-build", "--project", str(project), str(new / "凌云-更正.txt"))
    assert clash.returncode == 1 and "凌云-更正.txt.meta.yml" in clash.stderr  # the message names the sidecar to write
    (new / "凌云-更正.txt.meta.yml").write_text("issue_no: 6\n", encoding="utf-8")
    proc = jianbao("add", "--no-build", "--project", str(project), str(new / "凌云-更正.txt"))
    assert proc.returncode == 0, proc.stderr
    assert (project / "bulletins" / "凌云-更正.txt.meta.yml").read_text(encoding="utf-8") == "issue_no: 6\n"


def test_add_refuses_a_bad_sidecar_and_a_misnamed_one(tmp_path):
    project = make_project(tmp_path / "p")
    new = tmp_path / "new"
    new.mkdir()
    text = (project / "bulletins" / COUNTY).read_text(encoding="utf-8").replace("第5期", "第7期")
    (new / "a.txt").write_text(text, encoding="utf-8")
    (new / "a.txt.meta.yml").write_text("dat: 2021-05-20\n", encoding="utf-8")
    proc = jianbao("add", "--no-build", "--project", str(project), str(new / "a.txt"))
    assert proc.returncode == 1 and "a.txt.meta.yml:1" in proc.stderr and "dat" in proc.stderr
    assert not (project / "bulletins" / "a.txt").exists()
    (new / "a.txt.meta.yml").rename(new / "a.meta.yml")
    proc = jianbao("add", "--no-build", "--project", str(project), str(new / "a.txt"))
    assert proc.returncode == 1 and "a.txt.meta.yml" in proc.stderr
    assert not (project / "bulletins" / "a.txt").exists()


def test_add_a_sidecar_alone_for_a_bulletin_in_the_archive(tmp_path):
    project = make_project(tmp_path / "p")
    sidecar = tmp_path / (COUNTY + ".meta.yml")
    sidecar.write_text("publisher: 凌云县扶贫开发办公室（更正）\n", encoding="utf-8")
    proc = jianbao("add", "--no-build", "--project", str(project), str(sidecar))
    assert proc.returncode == 0, proc.stderr
    assert (project / "bulletins" / sidecar.name).is_file()
    again = jianbao("add", "--no-build", "--project", str(project), str(sidecar))
    assert again.returncode == 1 and "已存在" in again.stderr  # never overwritten
