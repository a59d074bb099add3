"""Finding one's way: counts that add up (checked on the seeds), issues in sequence, the feed, the
search's facets and named pages, and the smaller points of issue 24."""
from __future__ import annotations

import posixpath
import re
import shutil
from collections import Counter
from html import unescape
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from generator.search import search_index as si

from .sample import jianbao, make_project

ATOM = "{http://www.w3.org/2005/Atom}"
LINK = re.compile(r'<a href="([^"#]*)(?:#[^"]*)?">(.*?)</a>')


def pages(content: Path) -> dict[str, str]:
    return {p.relative_to(content).as_posix(): p.read_text(encoding="utf-8") for p in content.rglob("*.md")
            if p.name != "about.md"}


def target(page: str, href: str) -> str:
    """The content path a built link (…/x.html) of ``page`` points to."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href))[:-5] + ".md"


def text(html: str) -> str:
    return unescape(re.sub(r"<[^>]+>", "", html))


def section(html: str, anchor: str) -> str:
    """The part of a page from ``<h2 id=anchor>`` to the next h2."""
    m = re.search(rf'<h2 id="{anchor}">.*?(?=<h2 |\Z)', html, re.S)
    return m.group(0) if m else ""


def place_count(html: str) -> int:
    return int(re.search(r"相关文章 (\d+) 篇", html).group(1))


def theme_count(html: str) -> int:
    m = re.search(r'<h2 id="wenzhang">文章（(\d+) 篇）</h2>', html)
    return int(m.group(1)) if m else 0


# --- the seeds: every count printed agrees with the page it points to ---------------------------

@pytest.fixture(scope="module")
def seeds_content(seeds_dir, tmp_path_factory) -> Path:
    project = make_project(tmp_path_factory.mktemp("seeds-nav"))
    for f in (project / "bulletins").iterdir():
        if f.is_file():
            f.unlink()
    for f in sorted(seeds_dir.glob("*.txt")):
        shutil.copy2(f, project / "bulletins" / f.name)
    proc = jianbao("build", "--content-only", "--project", str(project))
    assert proc.returncode in (0, 1), proc.stderr
    return project / "content"


@pytest.mark.seeds
@pytest.mark.slow
def test_every_count_agrees_with_its_page(seeds_content):
    site = pages(seeds_content)
    checked = 0

    def check(page: str, href: str, shown: int, count) -> None:
        nonlocal checked
        linked = target(page, href)
        assert linked in site, (page, href)
        assert count(site[linked]) == shown, f"{page} says {shown} for {linked}, which says {count(site[linked])}"
        checked += 1

    # the places index, every place's list of its divisions, the home page's counties
    for m in re.finditer(r'<a href="([^"]+)">[^<]+</a>（(\d+)）', site["places/index.md"]):
        check("places/index.md", m.group(1), int(m.group(2)), place_count)
    for page, html in site.items():
        if page.startswith("places/") and page != "places/index.md":
            for m in re.finditer(r'<li><a href="([^"]+)">[^<]+</a>（(\d+) 篇）</li>', section(html, "xiaxia")):
                check(page, m.group(1), int(m.group(2)), place_count)
            # the articles listed are the articles counted (each once)
            rows = re.findall(r"<tr><td>[^<]*</td><td><a href=\"([^\"]+)\"", section(html, "wenzhang"))
            assert len(rows) == len(set(rows)) == min(place_count(html), 100), page
    for m in re.finditer(r'<li><a href="([^"]+)">[^<]+</a>（[^）]+）：(\d+) 篇</li>', site["index.md"]):
        check("index.md", m.group(1), int(m.group(2)), place_count)
    # the themes index, and each theme's places against those places' own pages
    for m in re.finditer(r'<td><a href="([^"]+)">[^<]+</a></td><td>[^<]*</td><td>(\d+)</td>', site["themes/index.md"]):
        check("themes/index.md", m.group(1), int(m.group(2)), theme_count)
    for page, html in site.items():
        if page.startswith("themes/") and page != "themes/index.md":
            slug = posixpath.basename(page)[:-3]
            for m in re.finditer(r'<li><a href="([^"]+)">[^<]+</a>（(\d+) 篇）</li>', section(html, "difang")):
                def in_theme(place_html: str, slug=slug) -> int:
                    found = re.search(rf'<a href="[^"]*themes/{slug}\.html">[^<]+</a>（(\d+) 篇）', place_html)
                    return int(found.group(1)) if found else 0
                check(page, m.group(1), int(m.group(2)), in_theme)
    # the series: issues per series, and each issue's articles as its own page lists them
    for m in re.finditer(r'<tr><td><a href="([^"]+)">[^<]+</a></td><td>(\d+)</td>', site["issues/index.md"]):
        check("issues/index.md", m.group(1), int(m.group(2)), lambda h: int(re.search(r"共 (\d+) 期", h).group(1)))
    for page, html in site.items():
        if re.fullmatch(r"issues/[^/]+/index\.md", page):
            for row in re.findall(r"<tr><td>.*?</tr>", html):
                issue = target(page, re.search(r'<a href="([^"#]+)"', row).group(1))
                listed = [text(t) for h, t in LINK.findall(row) if h and target(page, h) == issue][1:]
                contents = section(site[issue], "mulu")
                assert listed == [text(t) for _, t in LINK.findall(contents)], (page, issue)
                checked += 1
    # the home page's totals
    issue_pages = [p for p in site if re.fullmatch(r"issues/[^/]+/(?!index)[^/]+\.md", p)]
    counts = [int(n) for n in re.findall(r"<strong>(\d+)</strong>", site["index.md"])]
    assert counts[:2] == [len(issue_pages), sum(len(re.findall(r'<h2 id="a\d+">', site[p])) for p in issue_pages)]
    assert checked > 50, checked


@pytest.mark.seeds
@pytest.mark.slow
def test_home_lists_every_county_an_article_is_about(seeds_content):
    site = pages(seeds_content)
    about = set()
    for page, html in site.items():
        if page.startswith("issues/"):
            about |= set(re.findall(r'places/(\d{4}(?!00)\d\d)\.html">[^<]+</a>（主要）', html))
    listed = set(re.findall(r'places/(\d{6})\.html', section(site["index.md"], "difang")))
    assert about and about <= listed, sorted(about - listed)
    # 百色市 counts what its counties' articles count
    baise = site["places/451000.md"]
    assert place_count(baise) >= max(place_count(site[f"places/{c}.md"]) for c in about if c.startswith("4510"))
    assert "<th>地区</th>" in baise


@pytest.mark.seeds
@pytest.mark.slow
def test_issues_link_their_neighbours_both_ways_by_date(seeds_content):
    """The seeds hold three issues of 广西精准脱贫攻坚简报 and two series of one issue each."""
    site = pages(seeds_content)
    issues = {p: h for p, h in site.items() if re.fullmatch(r"issues/[^/]+/(?!index)[^/]+\.md", p)}
    links = {}
    for page, html in issues.items():
        nav = re.findall(r'<p class="jb-issue-nav">(.*?)</p>', html)
        assert len(nav) == 2 and nav[0] == nav[1], page
        found = dict((word, target(page, href)) for word, href in re.findall(r'(上一期|下一期)：<a href="([^"]+)">', nav[0]))
        links[page] = (found.get("上一期"), found.get("下一期"))
        if not found:
            assert text(nav[0]).startswith("本刊只有这一期"), nav[0]
        else:
            assert "本刊只有这一期" not in nav[0]
    date = lambda page: re.search(r"<tr><td>印发日期</td><td>(\d+)年(\d+)月(\d+)日", issues[page]).groups()
    chains = [p for p, (prev, nxt) in links.items() if prev is None and nxt]
    assert len(chains) == 1, chains
    chain, page = [], chains[0]
    while page:
        chain.append(page)
        nxt = links[page][1]
        assert nxt is None or links[nxt][0] == page, (page, nxt)
        page = nxt
    assert len(chain) == 3 and len({posixpath.dirname(p) for p in chain}) == 1, chain
    assert [tuple(map(int, date(p))) for p in chain] == sorted(tuple(map(int, date(p))) for p in chain)
    assert sum(1 for prev, nxt in links.values() if not prev and not nxt) == 2


# --- the sample ------------------------------------------------------------------------------

def test_issue_pages_link_their_series_and_neighbours(sample_content):
    site = pages(sample_content)
    for page, html in site.items():
        if re.fullmatch(r"issues/[^/]+/(?!index)[^/]+\.md", page):
            nav = re.findall(r'<p class="jb-issue-nav">(.*?)</p>', html)
            assert len(nav) == 2, page
            assert '<a href="index.html">本刊各期</a>' in nav[0]
            for href in re.findall(r'<a href="([^"]+)">', nav[0]):
                assert target(page, href) in site, (page, href)


def test_sequences_keep_special_issues_apart():
    from generator.store.collect import IssueEntry
    from generator.model import Issue, SourceFile
    from generator.pages.pages import sequences

    def entry(n, date, special=None, series="甲简报"):
        issue = Issue(SourceFile(f"{n}.txt", str(n), "txt", None), series, "bulletin", 2020, n, None, None, date,
                      special=special)
        return IssueEntry(issue, "jia", f"2020-{n:03d}{special or ''}")

    entries = [entry(1, "2020-01-05"), entry(2, "2020-02-05"), entry(1, "2020-01-20", "专刊"),
               entry(3, "2020-03-05"), entry(2, "2020-03-01", "专刊"), entry(9, "2020-02-01", series="乙简报")]

    class C:
        issues = sorted(entries, key=lambda e: e.sort_key, reverse=True)

    nav = sequences(C)
    label = lambda e: e and (e.issue.issue_no, e.issue.special)
    assert [label(x) for x in nav[entries[1].page]] == [(1, None), (3, None)]
    assert [label(x) for x in nav[entries[2].page]] == [None, (2, "专刊")]
    assert [label(x) for x in nav[entries[5].page]] == [None, None]


def test_series_pages_list_article_titles(sample_content):
    html = (sample_content / "issues" / "lingyunxiantuopingongjiangongzuojianbao" / "index.md").read_text(encoding="utf-8")
    assert "逻楼镇织密防返贫监测网" in html and "伶站瑶族乡" in html


def test_newest_issues_are_listed(sample_content):
    html = (sample_content / "issues" / "index.md").read_text(encoding="utf-8")
    newest = section(html, "zuixin")
    assert newest.count("<tr><td>") == 6
    assert "feed.xml" not in html and not (sample_content / "feed.xml").exists()  # no site_url, no feed


def test_home_has_headline_figures_linked_to_their_sentences(sample_content):
    html = (sample_content / "index.md").read_text(encoding="utf-8")
    table = section(html, "shuzi")
    links = re.findall(r'<a href="(issues/[^"]+#a\d+-[sp]\d+)">([\d.,]+)( ?[^<]*)</a>', table)
    assert len(links) >= 5, table[:500]
    # as readers write them: 1,860 万株, 86.5%, 2020年3月, never 18600000株 or 2020-03
    assert not re.search(r"\d{5,}|\d{4}-\d\d", text(table)), text(table)[:500]
    for href, _, _ in links:
        page, anchor = href.split("#")
        assert f'id="{anchor}"' in (sample_content / (page[:-5] + ".md")).read_text(encoding="utf-8")


def test_themes_without_articles_are_listed_apart(sample_content):
    html = (sample_content / "themes" / "index.md").read_text(encoding="utf-8")
    table = html.split("</table>")[0]
    assert "<td>0</td>" not in table
    assert "还没有文章的主题" in html


def test_pages_for_readers_do_not_talk_about_configuration(sample_content):
    for page, html in pages(sample_content).items():
        for word in ("measures.yml", "themes.yml", "配置文件"):
            assert word not in html, (page, word)
    about = (Path(__file__).resolve().parent.parent / "content" / "about.md").read_text(encoding="utf-8")
    assert "measures.yml" in about and "themes.yml" in about


@pytest.mark.slow
def test_atom_feed_when_site_url_is_set(tmp_path):
    project = make_project(tmp_path / "p")
    config = project / "mkdocs.yml"
    config.write_text("site_url: https://intranet.example/简报库/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    proc = jianbao("build", "--project", str(project))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    base = "https://intranet.example/%E7%AE%80%E6%8A%A5%E5%BA%93/"
    feed = ET.parse(project / "site" / "feed.xml").getroot()
    assert feed.tag == ATOM + "feed"
    for tag in ("title", "id", "updated"):
        assert feed.find(ATOM + tag) is not None and feed.find(ATOM + tag).text, tag
    entries = feed.findall(ATOM + "entry")
    assert len(entries) == 6
    hrefs = [link.get("href") for link in feed.iter(ATOM + "link")]
    assert hrefs and all(h.startswith(base) for h in hrefs), hrefs
    for e in entries:
        href = e.find(ATOM + "link").get("href")
        assert (project / "site" / href[len(base):]).is_file(), href
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT00:00:00Z", e.find(ATOM + "updated").text)
        assert e.find(ATOM + "summary").text
    dates = [e.find(ATOM + "updated").text for e in entries]
    assert dates == sorted(dates, reverse=True)
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert 'type="application/atom+xml"' in home and 'href="https://intranet.example/简报库/feed.xml"' in home
    assert 'href="feed.xml"' in (project / "site" / "issues" / "index.html").read_text(encoding="utf-8").replace("../", "")


# --- the search index: facets and named pages ---------------------------------------------------

def _index(content: Path) -> dict:
    read = lambda rel: si.read_js((content / rel).read_bytes())[2]
    return {"meta": read("search/meta.js"), "facets": read("search/f.js"),
            "docs": [row for p in sorted((content / "search" / "d").glob("*.js")) for row in si.read_js(p.read_bytes())[2]]}


def test_facets_describe_every_article(sample_content):
    index = _index(sample_content)
    meta, facets, docs = index["meta"], index["facets"], index["docs"]
    assert meta["articles"] == sum(1 for d in docs if "#a" in d[0])
    assert all("#a" in d[0] for d in docs[:meta["articles"]])
    numbers, i, got = si.decode(facets["docs"]), 0, []
    while i < len(numbers):
        year = facets["years"][numbers[i] - 1] if numbers[i] else None
        series = facets["series"][numbers[i + 1]]
        n = numbers[i + 2]
        themes = [facets["themes"][k] for k in numbers[i + 3:i + 3 + n]]
        i += 3 + n
        n = numbers[i]
        places = [facets["places"][k] for k in numbers[i + 1:i + 1 + n]]
        i += 1 + n
        got.append((year, series, themes, places))
    assert len(got) == meta["articles"]
    for row, (year, series, _, _) in zip(docs, got):
        assert row[2].startswith(series) and (str(year) in row[2] + row[3])
    assert len(facets["docs"].encode()) < 12 * meta["articles"] + 64  # compact: ~10 bytes an article


def test_a_listing_page_is_named_only_by_its_names(sample_content):
    content = sample_content
    meta = si.read_js((content / "search/meta.js").read_bytes())[2]
    docs = _index(content)["docs"]

    def postings(term: str) -> dict[str, int]:
        shard = si.read_js((content / f"search/t/{si.shard_of(term):03d}.js").read_bytes())[2]
        return {docs[d][0]: w for d, w in si.decode_postings(shard.get(term, ""))}

    assert postings("凌云县")["places/451027.html"] == meta["named"]
    assert postings("凌云")["places/451027.html"] == meta["named"]
    assert postings("教育扶贫")["themes/education.html"] == meta["named"]
    fupin = postings("扶贫")
    assert max(fupin.values()) < meta["named"], "扶贫 names no page"
    assert all(w < meta["named"] for url, w in postings("凌云县").items() if "#a" in url)


def test_spaced_words_of_a_term_are_each_found():
    """两不愁三保障 is one word, and 两不愁 and 三保障 are words in it: a query with a space finds it."""
    assert {"两不愁", "三保障"} <= set(si.sub_words("两不愁三保障"))
