"""The mkdocs plugin ``jianbao``: generated pages are already HTML, so mkdocs only themes them.

Pages the generator writes carry ``jianbao: html`` in their front matter and an HTML body
(generator/pages/render.py). For those pages the plugin

- skips Python-Markdown (it would only pass the raw HTML through, at ~0.1 s a megabyte, and
  0.7 s a megabyte when the pages were Markdown): the body is handed to the theme as it is;
- builds the page's table of contents from its ``<h2 id>`` headings, as the toc extension would;
- checks every relative link and anchor once the site is written, and logs each broken one as a
  warning, so ``strict: true`` fails the build at the end with all of them listed — the check
  mkdocs does for links in Markdown, which it cannot do inside raw HTML;
- hard-links the static files of content/ into the site instead of copying them;
- in a partial build (mkdocs --dirty, started by generator/site/site.py over hard links to the previous
  site), keeps the previous site's files from being written through a link, and drops mkdocs'
  warning that such builds are for development: our navigation is the same on every page. Such a
  build checks the links of the pages it builds (against every file of the site, anchors in the
  pages it builds); the pages it leaves as they were were checked when they were built.

Hand-written pages (about.md) are ordinary Markdown and untouched.
"""
from __future__ import annotations

import html
import logging
import os
import posixpath
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.plugins import BasePlugin
from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.plugins.jianbao")

_HEADING = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_ID = re.compile(r'id="([^"]+)"')  # after whitespace (see _ids): a literal start is found faster


def _not_the_dirty_notice(record: logging.LogRecord) -> bool:
    # mkdocs warns that --dirty "will likely lead to inaccurate navigation": not here, where the
    # navigation lists the section index pages only (site.py); under strict the warning would fail it
    return not record.getMessage().startswith("A 'dirty' build is being performed")


class JianbaoPlugin(BasePlugin):
    def on_startup(self, *, command, dirty):
        if dirty:
            for engine in ("mkdocs", "properdocs"):  # ProperDocs logs under its own name (site.py)
                logging.getLogger(f"{engine}.commands.build").addFilter(_not_the_dirty_notice)

    def on_config(self, config):
        self.bodies: dict[str, str] = {}  # src_uri → HTML body, between on_page_markdown and on_page_content
        self.built: dict[str, str] = {}  # dest_uri → HTML body, for the link check
        return config

    def on_page_markdown(self, markdown, page, config, files):
        if page.meta.get("jianbao") != "html":
            return markdown
        self.bodies[page.file.src_uri] = markdown
        return ""  # nothing for Python-Markdown to do

    def on_page_content(self, content, page, config, files):
        body = self.bodies.pop(page.file.src_uri, None)
        if body is None:
            return content
        page.toc = get_toc([{"level": 2, "id": anchor, "name": _TAG.sub("", title).strip(), "children": []}
                            for anchor, title in _HEADING.findall(body)])
        self.built[page.file.dest_uri] = body
        return body

    def on_template_context(self, context, template_name, config):
        # mkdocs gives the error page a root-absolute base (/assets/…) without site_url: under a
        # sub-path it came unstyled. Relative links work for a missing page at the site's root and
        # from file://; with site_url set, mkdocs' base (its path) is right already.
        if template_name == "404.html" and not config.site_url:
            context["base_url"] = "."
        return context

    def on_env(self, env, config, files):
        _link_static_files(files, config.docs_dir, config.site_dir)
        return env

    def on_post_page(self, output, page, config):
        _unlink_if_shared(page.file.abs_dest_path)  # about to be written: never through a link
        return output

    def on_post_build(self, config):
        # the files written are listed once: an archive has far more distinct links than files,
        # and a file-system check of each took a large part of every build
        site = Path(config.site_dir)
        files = {(Path(folder).relative_to(site) / name).as_posix()
                 for folder, _, names in os.walk(site) for name in names}
        ids = {uri: _ids(body) for uri, body in self.built.items()}
        for uri in sorted(self.built):
            folder = posixpath.dirname(uri)
            for href in sorted(set(_HREF.findall(self.built[uri]))):
                problem = _broken(uri, folder, html.unescape(href), files, ids)
                if problem:
                    log.warning("%s: %s", uri, problem)


def _link_static_files(files, docs_dir: str, site_dir: str) -> None:
    """Hard-link the static files of ``docs_dir`` (originals, downloads, search shards: ~100 MB at
    1,000 issues) into ``site_dir`` instead of letting mkdocs copy them; mkdocs then finds the same
    file in place and skips it (its SameFileError case, "let plugins write directly into
    site_dir"). Safe because content/ is only ever replaced file by file (render.write_site
    renames a new file over the old one), never written in place, so a file of a built site never
    changes under it. Where the two folders cannot share files (another file system), mkdocs copies.
    Any other file mkdocs may copy (the theme's) is first unlinked if it is the previous site's."""
    docs = os.path.abspath(docs_dir) + os.sep
    linking = True
    for f in files:
        if f.is_documentation_page() or not f.inclusion.is_included():  # e.g. .generated (render.py)
            continue
        src, dest = f.abs_src_path, f.abs_dest_path
        if linking and src and os.path.abspath(src).startswith(docs):
            try:
                os.makedirs(os.path.dirname(dest), exist_ok=True)
                if os.path.exists(dest) and not os.path.samefile(src, dest):  # a partial build's old copy
                    os.unlink(dest)
                os.link(src, dest)
                continue
            except FileExistsError:  # this very file, linked by an earlier build
                continue
            except OSError:  # not supported here: mkdocs copies this file and the rest
                linking = False
        _unlink_if_shared(dest)


def _unlink_if_shared(path: str) -> None:
    """Remove ``path`` if it is a hard link (the previous site's file in a partial build) so that
    writing it makes a new file rather than changing the previous site under its readers."""
    try:
        if os.stat(path).st_nlink > 1:
            os.unlink(path)
    except FileNotFoundError:
        pass


def _ids(body: str) -> set[str]:
    """The values of the id attributes in ``body`` (not of data-id or other names ending in id)."""
    return {m.group(1) for m in _ID.finditer(body) if m.start() and body[m.start() - 1].isspace()}


def _broken(page: str, folder: str, href: str, files: set[str], ids: dict[str, set[str]]) -> str | None:
    """Why a link from ``page`` (a site path, in ``folder``) is broken, or None. External links are
    not ours."""
    path, fragment, local = _split(href)
    if not local:
        return None
    target = _target(folder, path) if path else page
    if path and target not in files:
        return f"链接指向不存在的文件 / broken link: {href}"
    if fragment and target in ids and fragment not in ids[target]:
        return f"链接指向不存在的锚点 / missing anchor: {href}"
    return None


@lru_cache(maxsize=1 << 16)
def _split(href: str) -> tuple[str, str, bool]:
    """(path, fragment, whether the link is within the site): the same hrefs recur on many pages."""
    parts = urlsplit(href)
    return unquote(parts.path), parts.fragment, not (parts.scheme or parts.netloc or href.startswith("/"))


@lru_cache(maxsize=1 << 16)
def _target(folder: str, path: str) -> str:
    return posixpath.normpath(posixpath.join(folder, path))
