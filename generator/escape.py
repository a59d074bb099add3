"""Bulletin text is untrusted data: make it inert in Markdown and HTML.

Templates render Markdown, so every value printed by a template goes through :func:`md_text`
(installed as Jinja's ``finalize``) unless a template marks it safe on purpose. After escaping,
no character of the text can open a heading, list, table, link, emphasis, attribute list or raw
HTML: ``<`` ``>`` ``&`` become entities and Markdown punctuation is backslash-escaped.
"""
from __future__ import annotations

import html
import re

from markupsafe import Markup

# The characters Python-Markdown (MkDocs) accepts a backslash escape for.
_BACKSLASHABLE = re.compile(r"([\\`*_{}\[\]()#+\-.!])")
# Others that mean something in our extensions (tables, strike, attr lists) get an entity.
_ENTITIES = {"|": "&#124;", "~": "&#126;", ":": "&#58;", "^": "&#94;", "=": "&#61;", "$": "&#36;"}


def md_text(value: object) -> str:
    """Escape a value for use as inline Markdown text (one line)."""
    if value is None:
        return ""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, (int, float)):
        return str(value)
    text = re.sub(r"\s*\n\s*", " ", str(value)).strip()  # leading spaces would make a code block
    text = html.escape(text, quote=False)  # quotes are inert in Markdown text; &#x27; would get its # escaped
    text = _BACKSLASHABLE.sub(r"\\\1", text)
    return "".join(_ENTITIES.get(ch, ch) for ch in text)


def finalize(value: object) -> object:
    """Jinja ``finalize``: escape everything a template prints unless it is Markup."""
    if isinstance(value, Markup):
        return str(value)
    if isinstance(value, (int, float)) or value is None:
        return "" if value is None else value
    return md_text(value)


def attr(value: object) -> Markup:
    """Escape a value for an HTML attribute inside a template's raw HTML."""
    return Markup(html.escape("" if value is None else str(value), quote=True))
