"""The mkdocs plugin ``jianbao``: generated pages are already HTML, so mkdocs only themes them.

Pages the generator writes carry ``jianbao: html`` in their front matter and an HTML body
(generator/render.py). For those pages the plugin

- skips Python-Markdown (it would only pass the raw HTML through, at ~0.1 s a megabyte, and
  0.7 s a megabyte when the pages were Markdown): the body is handed to the theme as it is;
- builds the page's table of contents from its ``<h2 id>`` headings, as the toc extension would;
- checks every relative link and anchor once the site is written, and logs each broken one as a
  warning, so ``strict: true`` fails the build at the end with all of them listed — the check
  mkdocs does for links in Markdown, which it cannot do inside raw HTML.

Hand-written pages (about.md) are ordinary Markdown and untouched.
"""
from __future__ import annotations

import html
import logging
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from mkdocs.plugins import BasePlugin
from mkdocs.structure.toc import get_toc

log = logging.getLogger("mkdocs.plugins.jianbao")

_HEADING = re.compile(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', re.S)
_TAG = re.compile(r"<[^>]+>")
_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]*)"')
_ID = re.compile(r'\sid="([^"]+)"')


class JianbaoPlugin(BasePlugin):
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

    def on_post_build(self, config):
        site = Path(config.site_dir)
        ids = {uri: set(_ID.findall(body)) for uri, body in self.built.items()}
        for uri in sorted(self.built):
            for href in sorted(set(_HREF.findall(self.built[uri]))):
                problem = _broken(uri, html.unescape(href), site, ids)
                if problem:
                    log.warning("%s: %s", uri, problem)


def _broken(page: str, href: str, site: Path, ids: dict[str, set[str]]) -> str | None:
    """Why a link from ``page`` (a site path) is broken, or None. External links are not ours."""
    parts = urlsplit(href)
    if parts.scheme or parts.netloc or href.startswith("/"):
        return None
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(parts.path))) if parts.path else page
    if parts.path and not (site / target).is_file():
        return f"链接指向不存在的文件 / broken link: {href}"
    if parts.fragment and target in ids and parts.fragment not in ids[target]:
        return f"链接指向不存在的锚点 / missing anchor: {href}"
    return None
