"""The command line: help, exit codes (0 ok, 1 input problems, 2 usage), parse --json, check, add."""
from __future__ import annotations

import json
import shutil

from .sample import REPO, jianbao, make_project


def test_help_and_usage_errors():
    assert jianbao("--help").returncode == 0
    assert "退出码" in jianbao("--help").stdout
    assert jianbao().returncode == 2
    assert jianbao("bogus").returncode == 2
    assert jianbao("build", "--project", "/nonexistent-project").returncode == 2


def test_a_mkdocs_yml_copied_into_a_folder_of_its_own_is_told_where_to_run(tmp_path):
    # the pages' templates stay in the project: say so, not a bare TemplateNotFound
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    done = jianbao("build", "--project", str(tmp_path))
    assert done.returncode == 2 and "templates/" in done.stderr


def test_parse_json_contract():
    files = sorted(str(p) for p in (REPO / "bulletins").glob("*.txt"))[:2]
    one = jianbao("parse", "--json", files[0])
    assert one.returncode == 0, one.stderr
    data = json.loads(one.stdout)
    for key in ("source", "series", "kind", "year", "issue_no", "total_no", "publisher", "date", "articles", "warnings"):
        assert key in data
    assert set(data["source"]) == {"path", "sha256", "format", "encoding", "ocr"}
    assert data["source"]["ocr"] is False
    art = data["articles"][0]
    for key in ("title", "subtitle", "authors", "source", "places", "themes", "paragraphs", "indicators"):
        assert key in art
    many = json.loads(jianbao("parse", "--json", *files).stdout)
    assert isinstance(many, list) and len(many) == 2


def test_parse_reports_unreadable_file_and_goes_on(tmp_path):
    bad = tmp_path / "空文件.txt"
    bad.write_bytes(b"")
    good = sorted((REPO / "bulletins").glob("*.txt"))[0]
    proc = jianbao("parse", "--json", str(bad), str(good))
    assert proc.returncode == 1
    assert "空文件.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert len(json.loads(proc.stdout)) == 1


def test_check_and_add(tmp_path):
    project = make_project(tmp_path / "p")
    assert jianbao("check", "--project", str(project)).returncode == 0
    existing = project / "bulletins" / "2020-贺州-第3期.txt"
    copy = tmp_path / "副本.txt"
    shutil.copy(existing, copy)
    dup = jianbao("add", "--no-build", "--project", str(project), str(copy))
    assert dup.returncode == 1 and existing.name in dup.stderr
    clash = tmp_path / "另一份.txt"
    clash.write_text(existing.read_text(encoding="utf-8") + "\n附：补充说明。\n", encoding="utf-8")
    refused = jianbao("add", "--no-build", "--project", str(project), str(clash))
    assert refused.returncode == 1 and "期" in refused.stderr and existing.name in refused.stderr
    assert not (project / "bulletins" / "另一份.txt").exists()
