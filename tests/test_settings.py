"""Project settings in mkdocs.yml (extra: jianbao:), and originals linked where the office keeps them."""
from __future__ import annotations

import re
from urllib.parse import unquote

import pytest

from generator.store.archive import bulletin_files

from generator.settings import Settings, SettingsError, load_settings

from .sample import jianbao, make_project

BASE = """site_name: t
theme:
  name: material
markdown_extensions:
  - pymdownx.emoji:
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
copyright: !ENV [COPYRIGHT, "示例"]
"""


def settings_of(tmp_path, extra: str) -> Settings:
    (tmp_path / "mkdocs.yml").write_text(BASE + extra, encoding="utf-8")
    return load_settings(tmp_path)


def test_no_setting_copies_originals(tmp_path):
    assert settings_of(tmp_path, "") == Settings(site_name="t")
    assert settings_of(tmp_path, "extra:\n  generator: false\n") == Settings(site_name="t")
    assert Settings().original_link("2019/a.txt") is None
    assert load_settings(tmp_path / "absent") == Settings()


def test_site_url_is_read_for_the_feed(tmp_path):
    assert settings_of(tmp_path, "").site_url is None
    assert settings_of(tmp_path, "site_url: https://intranet.example/fupin\n").site_url == "https://intranet.example/fupin/"
    assert settings_of(tmp_path, "site_url: ''\n").site_url is None


@pytest.mark.parametrize("value, base", [
    ("https://intranet.example/简报库", "https://intranet.example/%E7%AE%80%E6%8A%A5%E5%BA%93/"),
    ("http://10.0.0.5:8080/archive/", "http://10.0.0.5:8080/archive/"),
    ("file://///fileserver/扶贫 简报/", "file://///fileserver/%E6%89%B6%E8%B4%AB%20%E7%AE%80%E6%8A%A5/"),
    ("file:///srv/bulletins", "file:///srv/bulletins/"),
    ("https://h/a%20b/", "https://h/a%20b/"),
])
def test_originals_url(tmp_path, value, base):
    settings = settings_of(tmp_path, f"extra:\n  jianbao:\n    originals: \"{value}\"\n")
    assert settings.originals_url == base
    # every part of the file's path is quoted: file names are bulletin data
    assert settings.original_link('2019/第3期 "特刊"<b>.docx') == base + "2019/%E7%AC%AC3%E6%9C%9F%20%22%E7%89%B9%E5%88%8A%22%3Cb%3E.docx"


@pytest.mark.parametrize("extra, says", [
    ("extra:\n  jianbao:\n    originals: ../bulletins/\n", "originals"),
    ("extra:\n  jianbao:\n    originals: ftp://h/x/\n", "originals"),
    ("extra:\n  jianbao:\n    originals: https:///x/\n", "originals"),
    ("extra:\n  jianbao:\n    originals: https://h/x/?a=1\n", "originals"),
    ("extra:\n  jianbao:\n    originals: 3\n", "originals"),
    ("extra:\n  jianbao:\n    orignals: https://h/\n", "orignals"),
    ("extra:\n  jianbao: [originals]\n", "extra.jianbao"),
    ("extra: [\n", "mkdocs.yml"),
])
def test_a_bad_setting_is_named(tmp_path, extra, says):
    with pytest.raises(SettingsError, match=re.escape(says)):
        settings_of(tmp_path, extra)


@pytest.mark.slow
def test_linked_originals_are_not_copied_and_the_issue_page_links_them(tmp_path):
    project = make_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    plain = config.read_text(encoding="utf-8")
    first = jianbao("build", "--project", str(project))
    assert first.returncode == 0, first.stderr
    assert list((project / "site" / "originals").rglob("*.*"))
    config.write_text(plain.replace("extra:\n", "extra:\n  jianbao:\n    originals: https://intranet.example/简报库/\n", 1),
                      encoding="utf-8")
    linked = jianbao("build", "--project", str(project))
    assert linked.returncode == 0, linked.stderr
    assert not (project / "site" / "originals").exists() and not (project / "content" / "originals").exists()
    hrefs = set()
    for page in (project / "site" / "issues").rglob("*.html"):
        hrefs |= set(re.findall(r'href="(https://intranet\.example/[^"]+)"', page.read_text(encoding="utf-8")))
    base = "https://intranet.example/%E7%AE%80%E6%8A%A5%E5%BA%93/"
    sources = [p.relative_to(project / "bulletins").as_posix() for p in bulletin_files(project / "bulletins")]
    assert sorted(unquote(h.removeprefix(base)) for h in hrefs) == sorted(sources)
    config.write_text(plain, encoding="utf-8")  # back to copies: they are written again
    again = jianbao("build", "--project", str(project))
    assert again.returncode == 0 and list((project / "site" / "originals").rglob("*.*"))


def test_the_command_line_names_a_bad_setting(tmp_path):
    project = make_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("extra:\n", "extra:\n  jianbao:\n    originals: 共享盘\n", 1),
                      encoding="utf-8")
    proc = jianbao("build", "--project", str(project))
    assert proc.returncode == 2 and "extra.jianbao.originals" in proc.stderr
    assert not (project / "content" / "issues").exists()  # stopped before any work


def test_ocr_setting(tmp_path):
    assert settings_of(tmp_path, "extra:\n  jianbao:\n    ocr: true\n").ocr is True
    assert settings_of(tmp_path, "extra:\n  jianbao:\n    ocr: false\n").ocr is False
    assert settings_of(tmp_path, "extra:\n  jianbao:\n    originals: https://x.example/\n").ocr is False
    with pytest.raises(SettingsError, match="ocr.*true or false"):
        settings_of(tmp_path, "extra:\n  jianbao:\n    ocr: 是\n")


def test_ocr_setting_reaches_the_read_stage(tmp_path, monkeypatch):
    """The setting turns OCR on for build, check and add as --ocr does (here: check, no tesseract run)."""
    import generator.store.archive

    seen = []
    real = generator.store.archive.load_archive

    def spy(*args, ocr=False, **kwargs):
        seen.append(ocr)
        return real(*args, ocr=ocr, **kwargs)

    monkeypatch.setattr(generator.store.archive, "load_archive", spy)
    (tmp_path / "bulletins").mkdir()
    (tmp_path / "bulletins" / "a.txt").write_text("示例\n标题\n\n正文。\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(BASE + "extra:\n  jianbao:\n    ocr: true\n", encoding="utf-8")
    from generator.cli import main

    main(["check", "--project", str(tmp_path)])
    main(["check", "--project", str(tmp_path), "--input", str(tmp_path / "bulletins")])
    (tmp_path / "mkdocs.yml").write_text(BASE, encoding="utf-8")
    main(["check", "--project", str(tmp_path), "--ocr"])
    main(["check", "--project", str(tmp_path)])
    assert seen == [True, True, True, False]


def test_database_setting(tmp_path):
    assert settings_of(tmp_path, "extra:\n  jianbao:\n    database: true\n").database is True
    assert settings_of(tmp_path, "extra:\n  jianbao:\n    ocr: true\n").database is False
    with pytest.raises(SettingsError, match="database.*true or false"):
        settings_of(tmp_path, "extra:\n  jianbao:\n    database: 是\n")
