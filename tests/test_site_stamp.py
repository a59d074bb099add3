"""mkdocs runs only when something it reads changed, or the site it wrote did (site.py, _stamp)."""
from __future__ import annotations

import pytest

from .sample import jianbao, make_project

pytestmark = pytest.mark.slow

UNCHANGED = "nothing changed"


def build(project, *args):
    proc = jianbao("build", "--project", str(project), *args)
    assert "网站已生成" in proc.stdout or proc.returncode != 0, proc.stdout + proc.stderr
    return proc


def state(path):
    st = path.stat()
    return st.st_ino, st.st_mtime_ns


def test_a_build_with_nothing_changed_leaves_the_site_alone_and_any_change_rebuilds(tmp_path):
    project = make_project(tmp_path / "p")
    site = project / "site"
    assert UNCHANGED not in build(project).stdout
    before = state(site / "index.html")
    again = build(project)
    assert again.returncode == 0 and UNCHANGED in again.stdout
    assert state(site / "index.html") == before  # not one file written

    about = project / "content" / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n新加的一段说明。\n", encoding="utf-8")  # a hand edit
    assert UNCHANGED not in build(project).stdout
    assert "新加的一段说明" in (site / "about.html").read_text(encoding="utf-8")

    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: 脱贫攻坚简报库", "site_name: 简报库（测试）"),
                      encoding="utf-8")
    assert UNCHANGED not in build(project).stdout
    assert "简报库（测试）" in (site / "index.html").read_text(encoding="utf-8")

    theme = next((project / "templates" / "theme").rglob("*.html"))
    theme.write_text(theme.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert UNCHANGED not in build(project).stdout

    (site / "about.html").unlink()  # the site damaged by hand: built again
    assert UNCHANGED not in build(project).stdout and (site / "about.html").is_file()

    assert UNCHANGED not in build(project, "--offline").stdout  # other settings
    assert UNCHANGED in build(project, "--offline").stdout


def test_a_failed_mkdocs_build_is_tried_again_not_taken_as_done(tmp_path):
    project = make_project(tmp_path / "p")
    assert build(project).returncode == 0
    about = project / "content" / "about.md"
    good = about.read_text(encoding="utf-8")
    about.write_text(good + "\n[断开的链接](nowhere.md)\n", encoding="utf-8")
    for _ in range(2):
        failed = build(project)
        assert failed.returncode != 0 and UNCHANGED not in failed.stdout
    about.write_text(good, encoding="utf-8")
    assert build(project).returncode == 0


def _tree(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_with_only_content_changed_mkdocs_builds_what_changed_into_the_same_site(tmp_path):
    """A new issue changes content/ only: mkdocs builds the changed files alone (--dirty, over hard
    links to the previous site: site.py). The site is byte for byte the one a full build makes,
    the previous site's files are never written through a link, and a removed issue's pages go."""
    import os
    import shutil

    from generator.build import generate
    from generator.site.site import run_mkdocs

    from .test_incremental import NEW, new_issue_text

    project = make_project(tmp_path / "p")
    site, stamp = project / "site", project / ".jianbao-cache" / "site-stamp"

    def rebuilt() -> bool:
        generate(project, project / "bulletins")
        result = run_mkdocs(project, site, stamp=stamp)
        assert result.ok, result.output
        full = tmp_path / "full"
        shutil.rmtree(full, ignore_errors=True)
        assert run_mkdocs(project, full).ok  # no stamp: everything built
        assert _tree(site) == _tree(full)
        return result.partial

    assert not rebuilt()  # the first build: everything
    kept = tmp_path / "kept"  # the first site's files, by hard links: they must not change
    shutil.copytree(site, kept, copy_function=os.link)
    before = _tree(kept)
    new = project / "bulletins" / NEW
    new.write_text(new_issue_text(), encoding="utf-8")
    assert rebuilt()
    assert _tree(kept) == before
    pages = {p for p in _tree(site) if p.startswith("issues/")} - {p for p in before if p.startswith("issues/")}
    assert pages and all((site / p).is_file() for p in pages)
    new.unlink()  # the issue removed again: its pages go
    assert rebuilt() and not any((site / p).exists() for p in pages)

    config = project / "mkdocs.yml"  # anything but content/ changed: everything built again
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: 脱贫攻坚简报库", "site_name: 简报库"),
                      encoding="utf-8")
    assert not rebuilt()


@pytest.mark.parametrize("data", [b"", b"{", b"[1, 2]", b'["s", [[["x"], 1, 2]], null, "h"]', b'["s", [["a", "1", 2]], 0, "h"]',
                                  b'["s", 5, 0, "h"]'])
def test_a_damaged_stamp_means_a_full_build(tmp_path, data):
    from generator.site.site import _Stamp

    stamp = tmp_path / "site-stamp"
    stamp.write_bytes(data)
    assert _Stamp.load(stamp) is None
    stamp.write_bytes(_Stamp("s", [("a.md", 1, 2)], None, "h").dump())
    assert _Stamp.load(stamp) == _Stamp("s", [("a.md", 1, 2)], None, "h")
