"""Pages whose lists grow with the archive show the newest rows only, and say where the rest are."""
from __future__ import annotations

from types import SimpleNamespace as NS

from markupsafe import Markup

from generator.render import Renderer

from .sample import REPO


def refs(n: int) -> list:
    issue = NS(date="2020-01-02", series="某县简报")
    return [NS(entry=NS(issue=issue, page=f"issues/x/{k}.md", label=f"第{k}期"), anchor="a1",
               article=NS(title=f"文章{k}")) for k in range(n)]


def table(n: int) -> str:
    macros = Renderer(REPO / "templates").env.get_template("_macros.html.j2").module
    return str(macros.article_table(lambda text, target: Markup("<a>{}</a>").format(text), refs(n)))


def test_article_table_is_capped_and_says_so():
    assert table(100).count("<tr>") == 101 and "共 " not in table(100)
    big = table(1000)
    assert big.count("<tr>") == 101  # header and the newest 100
    assert "共 1000 篇" in big and "articles.csv" in big
    assert "文章0<" in big and "文章100<" not in big
