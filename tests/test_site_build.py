"""End to end: build the sample site with mkdocs --strict and check its pages and links."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from .sample import jianbao, make_project

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("site"))
    proc = jianbao("build", "--project", str(project))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "网站已生成" in proc.stdout
    return project / "site"


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src", "xlink:href"):  # xlink:href: chart marks in inline SVG
            if a.get(key):
                self.refs.append((tag, key, a[key]))


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_sections_exist(site):
    for page in ("index.html", "issues/index.html", "places/index.html", "themes/index.html",
                 "data/index.html", "about.html", "search.html", "search/meta.js", "assets/jianbao/search.js"):
        assert (site / page).is_file(), page
    issue_pages = sorted(site.glob("issues/*/*.html"))
    assert len(issue_pages) >= 4


def test_every_local_link_and_anchor_resolves(site):
    pages = {p: parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, links in pages.items():
        for tag, key, ref in links.refs:
            parts = urlsplit(ref)
            if parts.scheme or ref.startswith(("mailto:", "javascript:", "data:")):
                continue
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} → {ref}")
            elif parts.fragment and target.suffix == ".html" and target in pages:
                if parts.fragment not in pages[target].ids and not parts.fragment.startswith("__"):
                    broken.append(f"{page.relative_to(site)} → {ref} (no such anchor)")
    assert not broken, "\n".join(broken[:40])


def test_nothing_is_loaded_from_outside(site):
    for page in site.rglob("*.html"):
        for tag, key, ref in parse(page).refs:
            if key == "src" or tag == "link":
                assert not urlsplit(ref).scheme, f"{page.relative_to(site)} loads {ref}"
    css = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in site.rglob("*.css"))
    assert "fonts.googleapis" not in css and "@import url(http" not in css


def test_navigation_does_not_grow_with_the_archive(site):
    page = sorted(site.glob("issues/*/*.html"))[0]
    nav_links = re.findall(r'class="md-nav__link', page.read_text(encoding="utf-8"))
    assert len(nav_links) < 40  # sections only, not one link per issue


def test_article_text_is_text(site):
    html = "\n".join(p.read_text(encoding="utf-8") for p in site.glob("issues/*/*.html"))
    assert "<script>alert" not in html


def test_our_search_replaces_lunr(site):
    assert not (site / "search" / "search_index.json").exists()
    page = (site / "search.html").read_text(encoding="utf-8")
    assert 'id="jb-search-app"' in page and 'src="assets/jianbao/search.js"' in page
    issue = sorted(site.glob("issues/*/*.html"))[0].read_text(encoding="utf-8")
    assert 'src="../../assets/jianbao/search.js"' in issue  # relative: works under any sub-path
    for page in site.rglob("*.html"):
        assert "\u200b" not in page.read_text(encoding="utf-8"), page


def test_the_error_page_works_under_a_sub_path(site):
    """mkdocs gives 404.html root-absolute links (/assets/…) unless told otherwise: under a sub-path
    the page came unstyled."""
    refs = [ref for _, _, ref in parse(site / "404.html").refs]
    assert any("assets/" in r for r in refs)
    assert not [r for r in refs if r.startswith("/")], refs
