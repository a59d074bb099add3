"""Links between content pages, and where a content path ends up in the built site.

Pages, charts and downloads all link to content paths (``issues/x/2019-012.md#a2-s5``); the site
serves them as .html, relative to the page that links.
"""
from __future__ import annotations

import posixpath
from functools import lru_cache


def relative(from_page: str, target: str) -> str:
    """A link from one content page to another content path (anchors kept)."""
    path, _, anchor = target.partition("#")
    if not path:  # an anchor on the same page
        return f"#{anchor}"
    rel = _relpath(path, posixpath.dirname(from_page) or ".")
    return rel + (f"#{anchor}" if anchor else "")


@lru_cache(maxsize=1 << 16)
def _relpath(path: str, start: str) -> str:
    return posixpath.relpath(path, start)  # ~400,000 links at 1,000 issues; relpath is slow


def built_path(target: str) -> str:
    """Where a content path ends up in the site: pages are .html (use_directory_urls is off so
    links work from file://); other files keep their names; anchors are kept."""
    path, sep, anchor = target.partition("#")
    if path.endswith(".md"):
        path = path[:-3] + ".html"
    return path + sep + anchor


def page_url(from_page: str, target: str) -> str:
    """The built URL of a content path as seen from a page."""
    return built_path(relative(from_page, target))
