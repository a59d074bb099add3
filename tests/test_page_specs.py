"""Page kinds yield page specs; the engine keys, reuses, gathers and renders them (engine/page_specs.py)."""
from __future__ import annotations

from pathlib import Path

from generator.engine.page_cache import PageCache
from generator.engine.page_specs import PageData, PageSpec, make, unknown
from generator.pages.render import Renderer, Site, write_site


def _templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "t.html.j2").write_text("<p>{{ text }}</p>\n", encoding="utf-8")
    return folder


def _build(tmp_path: Path, specs) -> Site:
    templates = _templates(tmp_path) if not (tmp_path / "templates").exists() else tmp_path / "templates"
    content = tmp_path / "content"
    site = Site(page_cache=PageCache(tmp_path / "cache", templates, content))
    make(specs, site, Renderer(templates))
    site.page_cache.store(site.pages, site.files)
    write_site(site, content)
    return site


def test_a_page_is_gathered_only_when_its_declared_inputs_changed(tmp_path):
    gathered = []

    def spec(path: str, text: str, inputs):
        def gather() -> PageData:
            gathered.append(path)
            return PageData({"text": text}, files={path.replace(".md", ".csv"): text.encode()})
        return PageSpec(path, "t.html.j2", path, gather, inputs=inputs)

    _build(tmp_path, [spec("a.md", "一", ("k1",)), spec("b.md", "二", ("k2",)), spec("home.md", "首页", None)])
    assert gathered == ["a.md", "b.md", "home.md"]
    gathered.clear()
    site = _build(tmp_path, [spec("a.md", "一", ("k1",)), spec("b.md", "贰", ("k2*",)), spec("home.md", "首页", None)])
    # a.md is kept as the last build wrote it; b.md's inputs changed; home.md shows everything: made every time
    assert gathered == ["b.md", "home.md"]
    assert "a.md" in site.kept and "<p>贰</p>" in (tmp_path / "content" / "b.md").read_text(encoding="utf-8")
    # what the next build asks before it makes anything: which pages the last build did not make
    after = PageCache(tmp_path / "cache", tmp_path / "templates", tmp_path / "content")
    assert unknown(after, [spec("a.md", "一", ("k1",)), spec("b.md", "贰", ("k2*",))]) is False
    assert unknown(after, [spec("b.md", "贰", ("k2",))]) is True


def test_page_kinds_only_describe_pages(tmp_path):
    """Calling a page kind adds nothing to the site: only the engine does (make)."""
    from generator.extract.themes import load_taxonomy
    from generator.pages import pages
    from generator.store.archive import load_archive
    from generator.store.collect import collect

    from .sample import REPO

    archive = load_archive(REPO / "bulletins")
    collection = collect(archive.issues, load_taxonomy(), archive.keys)
    site = Site(page_cache=PageCache(None, REPO / "templates"))
    pages.issue_keys(site, collection, archive.problems)
    for kind in pages.PAGE_KINDS:
        specs = list(kind(site, collection, archive.problems))
        assert specs and all(isinstance(s, PageSpec) for s in specs)
        assert site.pages == {} and site.files == {} and site.charts == [], kind.__name__
    paths = [s.path for kind in pages.PAGE_KINDS for s in kind(site, collection, archive.problems)]
    assert len(paths) == len(set(paths))
