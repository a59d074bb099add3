"""Project settings a build reads from mkdocs.yml, under ``extra: jianbao:`` (mkdocs passes ``extra``
through untouched, so the one file the office edits holds them all)::

    extra:
      jianbao:
        originals: https://intranet.example/简报库/   # link the original files there, do not copy them
        ocr: true                                     # read scanned PDFs by OCR (as `jianbao build --ocr`)
        database: true                                # also publish data/jianbao.db (SQLite)

``originals``: where the office keeps the bulletin files, as the absolute ``http://``, ``https://`` or
``file://`` URL of the input folder. Each issue page then links its original as that URL plus the
file's path under the input folder, and no original is copied into the site. Without it every
original is copied (``originals/…``) and the site is whole on its own. Linking is for archives
whose originals are large (.docx and .pdf with pictures: often megabytes an issue, more than the
rest of the site) and already on a share or server the readers can open.

``ocr``: ``true`` to read scanned (image-only) PDF pages with tesseract, as ``--ocr`` does for one
run (Debian packages tesseract-ocr and tesseract-ocr-chi-sim). Off by default: OCR takes seconds a
page and may misread, so an archive opts in, and without it a scanned PDF is reported, not guessed at.

``database``: ``true`` to publish the whole archive as one SQLite file, ``data/jianbao.db`` (tables
of issues, articles with their text, places, themes, figures and problems, and a full-text index;
opens in sqlite3 and Datasette). Off by default: the file is about three times the size of the
bulletins' text and is made again whole when any issue changes (see docs/performance.md).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

import yaml

_SCHEMES = ("http", "https", "file")


class SettingsError(ValueError):
    """A setting that cannot be used: the message says which and why (Chinese / English)."""


@dataclass(frozen=True)
class Settings:
    originals_url: str | None = None  # ends with "/"; None: originals are copied into the site
    # mkdocs' own site_url, ending with "/": where the site is published; the Atom feed (feed.xml)
    # needs absolute links and is made only when it is set
    site_url: str | None = None
    site_name: str = ""
    ocr: bool = False  # read scanned PDFs by OCR
    database: bool = False  # publish data/jianbao.db

    def original_link(self, source_path: str) -> str | None:
        """The URL of an input file (its path under the input folder, with /), when linked."""
        if self.originals_url is None:
            return None
        return self.originals_url + "/".join(quote(part) for part in source_path.split("/"))


class _Loader(yaml.SafeLoader):
    """mkdocs.yml may hold mkdocs' own tags (!ENV, !!python/name:…): read as nothing, they are not ours."""


_Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
_Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def load_settings(project: Path) -> Settings:
    path = project / "mkdocs.yml"
    try:
        config = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as e:
        raise SettingsError(f"{path} 读不了 / cannot be read: {e}") from e
    config = config if isinstance(config, dict) else {}
    site = {"site_url": _site_url(config.get("site_url")), "site_name": str(config.get("site_name") or "")}
    ours = (config.get("extra") or {}).get("jianbao") if isinstance(config.get("extra"), dict) else None
    if ours is None:
        return Settings(**site)
    if not isinstance(ours, dict):
        raise SettingsError(f"{path}: extra.jianbao 应是键值表 / must be a mapping")
    unknown = sorted(set(ours) - {"originals", "ocr", "database"})
    if unknown:
        raise SettingsError(f"{path}: extra.jianbao 没有这些设置 / unknown settings: {', '.join(map(str, unknown))}")
    ocr = ours.get("ocr", False)
    if not isinstance(ocr, bool) and ocr is not None:
        raise SettingsError(f"{path}: extra.jianbao.ocr 应是 true 或 false / must be true or false: {ocr!r}")
    database = ours.get("database", False)
    if not isinstance(database, bool) and database is not None:
        raise SettingsError(f"{path}: extra.jianbao.database 应是 true 或 false / must be true or false: {database!r}")
    return Settings(originals_url=_originals_url(path, ours.get("originals")), ocr=bool(ocr), database=bool(database),
                    **site)


def _site_url(value: object) -> str | None:
    """mkdocs.yml's site_url for absolute links, or None when unset or not an http(s) address."""
    url = value.strip() if isinstance(value, str) else ""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        return None
    url = quote(url, safe=":/%@!$&'()*+,;=~")
    return url if url.endswith("/") else url + "/"


def _originals_url(path: Path, value: object) -> str | None:
    if value is None:
        return None
    url = str(value).strip() if isinstance(value, str) else ""
    parts = urlsplit(url)
    if parts.scheme.lower() not in _SCHEMES or not (parts.netloc or parts.scheme.lower() == "file"):
        raise SettingsError(f"{path}: extra.jianbao.originals 应是 http://、https:// 或 file:// 开头的完整网址"
                            f" / must be an absolute http, https or file URL: {value!r}")
    if parts.query or parts.fragment:
        raise SettingsError(f"{path}: extra.jianbao.originals 不能带 ? 或 # / no query or fragment: {value!r}")
    url = quote(url, safe=":/%@!$&'()*+,;=~")  # spaces, CJK, quotes: percent-encoded; %XX kept as it is
    return url if url.endswith("/") else url + "/"
