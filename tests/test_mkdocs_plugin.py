"""The jianbao mkdocs plugin: HTML pages pass through untouched, get a TOC, and broken links fail
a strict build with every one of them listed."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

CONFIG = """site_name: t
docs_dir: content
site_dir: site
use_directory_urls: false
strict: true
theme:
  name: material
  font: false
plugins:
  - jianbao
"""


def page(title: str, body: str) -> str:
    return f'---\ntitle: "{title}"\njianbao: html\n---\n\n{body}'


def build(tmp_path: Path, pages: dict[str, str]) -> subprocess.CompletedProcess:
    (tmp_path / "mkdocs.yml").write_text(CONFIG, encoding="utf-8")
    for rel, text in pages.items():
        (tmp_path / "content" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "content" / rel).write_text(text, encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build"], cwd=tmp_path, capture_output=True, text=True)


def test_html_body_is_kept_as_written_with_a_toc(tmp_path):
    body = '<h1>标题</h1>\n<h2 id="a1">第一篇 *不是强调*</h2>\n<p id="a1-p0">正文 [不是链接](x.md) <a href="b.html#a2">乙</a></p>\n'
    proc = build(tmp_path, {"index.md": page("甲", body), "b.md": page("乙", '<h1>乙</h1>\n<h2 id="a2">二</h2>\n')})
    assert proc.returncode == 0, proc.stderr
    out = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert body.strip() in out  # no Markdown ran over it
    assert 'href="#a1" class="md-nav__link"' in out.replace("\n", " ") or 'href="#a1"' in out
    assert "第一篇 *不是强调*" in out.split('data-md-component="toc"')[1]


def test_broken_links_and_anchors_fail_strict_with_all_listed(tmp_path):
    body = ('<h1>甲</h1>\n<p><a href="nope.html">1</a> <a href="b.html#missing">2</a> <a href="#gone">3</a>'
            ' <a href="b.html#a2">ok</a> <a href="https://example.org/x">external</a></p>\n')
    proc = build(tmp_path, {"index.md": page("甲", body), "b.md": page("乙", '<h1>乙</h1>\n<h2 id="a2">二</h2>\n')})
    assert proc.returncode != 0
    for href in ("nope.html", "b.html#missing", "#gone"):
        assert href in proc.stderr, (href, proc.stderr)
    assert "b.html#a2" not in proc.stderr and "example.org" not in proc.stderr


def test_ids_are_id_attributes_only():
    from generator.site.mkdocs_plugin import _ids

    body = '<p id="a1">x</p><span\nid="a1-s2">y</span><div data-id="no" grid="no"></div>id="no"<b\tid="b"></b>'
    assert _ids(body) == {"a1", "a1-s2", "b"}


def test_a_link_out_of_the_site_is_broken_even_if_the_file_exists(tmp_path):
    (tmp_path / "outside.html").write_text("x", encoding="utf-8")  # beside site/, not in it
    proc = build(tmp_path, {"index.md": page("甲", '<h1>甲</h1>\n<p><a href="../outside.html">x</a></p>\n')})
    assert proc.returncode != 0 and "../outside.html" in proc.stderr


def test_static_files_are_linked_not_copied_and_excluded_ones_stay_out(tmp_path):
    proc = build(tmp_path, {"index.md": page("甲", "<h1>甲</h1>\n"), "data/a.csv": "x,y\n", ".generated": "a.csv\n"})
    assert proc.returncode == 0, proc.stderr
    built, source = tmp_path / "site" / "data" / "a.csv", tmp_path / "content" / "data" / "a.csv"
    assert built.read_text(encoding="utf-8") == "x,y\n" and os.path.samefile(built, source)
    assert not (tmp_path / "site" / ".generated").exists()  # mkdocs leaves dot files out: so do we
