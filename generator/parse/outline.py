"""An issue's outline as `jianbao check` prints it, and the signs that the parse may be wrong.

A user who receives a bulletin in a layout nobody has seen can read the outline in a few seconds and
either confirm it or correct the titles with the sidecar's ``titles``.
"""
from __future__ import annotations

import re

from ..model import Issue

_SENTENCE_END = re.compile(r"[。！？!?；;]")
_DATEISH = re.compile(r"\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]|[〇零一二三四五六七八九]{4}\s*年")


def doubts(issue: Issue) -> list[str]:
    """Why this issue's outline may be wrong, in words a reader understands (empty: nothing doubtful)."""
    found: list[str] = []
    # banners and slogans are short; a paragraph of text left over means a boundary was missed
    left_over = [t for t in issue.unplaced if len(t) > 50 or _SENTENCE_END.search(t)]
    if left_over:
        found.append(f"有 {len(left_over)} 段正文未归入任何文章")
    if issue.kind == "bulletin" and issue.articles and not any(a.source or a.authors for a in issue.articles):
        found.append("没有一篇文章有署名")
    for n, article in enumerate(issue.articles, start=1):
        title = article.title
        if _SENTENCE_END.search(title) or len(title) > 40 or title.count("，") >= 2:
            found.append(f"第 {n} 篇的标题像一句正文：{title[:24]}")
        elif _DATEISH.search(title) or (issue.publisher and title.startswith(issue.publisher)):
            found.append(f"第 {n} 篇的标题像刊头（编印单位或日期）：{title[:24]}")
    if issue.toc and len(issue.articles) < len(issue.toc):
        found.append(f"目录列出 {len(issue.toc)} 篇，只识别出 {len(issue.articles)} 篇")
    return found


def outline_lines(issue: Issue, label: str) -> list[str]:
    lines = [f"{issue.source.path}：{issue.series or '未署刊名'} {label}"]
    for n, article in enumerate(issue.articles, start=1):
        who = "、".join(article.authors)
        signed = " · ".join(x for x in (who, article.source or "") if x) or "未署名"
        places = "、".join(p.name for p in article.places if p.primary) or "—"
        column = f"【{article.column}】" if article.column else ""
        lines.append(f"  {n}. {column}{article.title}（{signed}；{places}）")
    for why in doubts(issue):
        lines.append(f"  ？ {why}")
    return lines
