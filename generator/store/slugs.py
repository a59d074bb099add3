"""Stable ASCII slugs: from official codes where there is one, else from pinyin; never empty."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=4096)  # every issue of a series asks for the same slug: pinyin is slow
def pinyin_slug(text: str, max_len: int = 48) -> str:
    """'广西精准脱贫攻坚简报' → 'guangxijingzhuntuopingongjianjianbao' (ASCII, lowercase)."""
    syllables = lazy_pinyin(text or "", style=Style.NORMAL, errors=lambda s: list(s))
    slug = re.sub(r"[^a-z0-9]+", "-", "".join(syllables).lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rstrip("-")
    if not slug:  # nothing romanisable: a short hash still gives a stable, non-empty name
        slug = "x" + hashlib.sha256((text or "").encode("utf-8")).hexdigest()[:8]
    return slug


_SPECIAL_SLUGS = {"专刊": "zhuankan", "增刊": "zengkan", "特刊": "tekan", "专报": "zhuanbao"}


def issue_slug(year: int | None, issue_no: int | None, date: str | None, sha256: str,
               special: str | None = None) -> str:
    """2019-008; a special issue numbers apart (2019-zhuankan-003); an issue with no number is known by
    its date."""
    prefix = f"{_SPECIAL_SLUGS.get(special, pinyin_slug(special))}-" if special else ""
    if year and issue_no:
        return f"{year}-{prefix}{issue_no:03d}"
    if date:
        return f"{date}-{prefix}{sha256[:6]}"
    return f"{year or 'undated'}-{prefix}{sha256[:8]}"
