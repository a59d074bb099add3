"""The sharded search index (generator/search/search_index.py): words, file layout, and what it finds.

Lookups read the generated files back (the JSON inside each ``jianbaoSearch.…(…)`` call) and
follow the postings of one term to its documents; the browser's query logic is not re-implemented.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.search import search_index as si
from generator.store.collect import collect
from generator.model import Article, Indicator, Issue, Place, SourceFile
from generator.read.readers import read_document
from generator.extract.themes import load_taxonomy

from .sample import REPO

# ---- words ----------------------------------------------------------------------------------


@pytest.mark.parametrize("term", ["易地扶贫搬迁", "两不愁三保障", "控辍保学", "防返贫", "那坡县", "那坡"])
def test_policy_terms_and_place_names_are_one_word(term):
    text = f"去年，{term}工作取得新进展；我们把{term}作为重点。"
    assert term in si.tokens(text)


def test_no_punctuation_whitespace_invisible_or_function_words():
    words = si.tokens("那坡县\u200b脱贫\u200b攻坚：“两不愁三保障”全面实现！ 的 了 和\u3000（一）、2019年 APP")
    assert "那坡县" in words and "两不愁三保障" in words
    assert "app" in words and "2019" in words  # ASCII lowercased, years kept
    assert not {"87", "36"} & set(si.tokens("占比达87.36%"))  # other numbers are not words
    for w in words:
        assert w.isalnum() and len(w) >= 2, w
        assert "\u200b" not in w and w not in si.STOP_WORDS


def test_full_and_short_place_names_both_index():
    words = si.tokens("那坡县地处边境。那坡的控辍保学工作")
    assert "那坡县" in words and "那坡" in words and "控辍保学" in words


def test_parts_of_long_terms_are_indexed_at_lower_weight():
    weights = si.analyse({"title": ["易地扶贫搬迁"]})
    assert weights["易地扶贫搬迁"] == si.WEIGHTS["title"]
    assert 0 < weights["搬迁"] < weights["易地扶贫搬迁"]


def test_posting_codes_round_trip():
    numbers = [0, 1, 31, 32, 33, 1023, 1024, 32767, 32768, 10**6]
    assert si.decode("".join(si.encode(n) for n in numbers)) == numbers
    assert all(ch not in '"\\<' for n in numbers for ch in si.encode(n))


# ---- a tiny archive that names 那坡 (the sample archive does not) ----------------------------


def _issue(articles: tuple[Article, ...], path: str = "t.txt", date: str = "2020-05-01", no: int = 3) -> Issue:
    return Issue(SourceFile(path, path * 8, "txt", "utf-8"), "测试简报", "bulletin", 2020, no, None,
                 "某某办", date, articles=articles)


NAPO = Place("那坡县", "451026", "county", "广西壮族自治区", "百色市", primary=True)


@pytest.fixture(scope="module")
def tiny() -> dict[str, bytes]:
    articles = (
        Article("那坡县易地扶贫搬迁后续扶持见实效", authors=("韦某某",), places=(NAPO,),
                paragraphs=("那坡县坚持搬迁与就业同步，实现两不愁三保障。",),
                indicators=(Indicator("就业率", 95.0, "%", "actual", "就业率达95%", "就业率达95%。"),)),
        Article("另一篇文章", paragraphs=("讲的是防返贫监测。",)),
    )
    c = collect([_issue(articles)], load_taxonomy())
    return si.build_index(c)


def lookup(files: dict[str, bytes], term: str) -> list[list[str]]:
    """The document rows of one term, best weight first: the way a browser reads the files."""
    _, _, meta = si.read_js(files["search/meta.js"])
    shard = si.shard_of(term)
    if shard not in meta["present"]:
        return []
    _, n, terms = si.read_js(files[f"search/t/{shard:03d}.js"])
    assert n == shard
    postings = si.decode_postings(terms.get(term, ""))
    rows = []
    for doc, _ in sorted(postings, key=lambda p: (-p[1], p[0])):
        chunk = doc // meta["chunk"]
        _, _, docs = si.read_js(files[f"search/d/{chunk:03d}.js"])
        rows.append(docs[doc % meta["chunk"]])
    return rows


def test_napo_finds_the_article_and_the_county_page(tiny):
    for term in ("那坡", "那坡县"):
        urls = [row[0] for row in lookup(tiny, term)]
        assert "places/451026.html" in urls, term
        assert any(u.startswith("issues/") and u.endswith("#a1") for u in urls), term
    best = lookup(tiny, "那坡县")[0]
    assert best[0] == "places/451026.html" and best[1] == "那坡县"  # the place page ranks first
    article = next(r for r in lookup(tiny, "易地扶贫搬迁") if r[0].endswith("#a1"))
    url, title, label, date, places, summary = article
    assert title == "那坡县易地扶贫搬迁后续扶持见实效" and label == "测试简报 2020年第3期"
    assert date == "2020年5月1日" and places == "那坡县" and summary.startswith("那坡县坚持")
    for term in ("两不愁三保障", "韦某某", "就业率", "搬迁"):
        assert [r[0] for r in lookup(tiny, term) if r[0].startswith("issues/")] == [url], term
    assert [r[1] for r in lookup(tiny, "防返贫") if r[0].startswith("issues/")] == ["另一篇文章"]


def test_index_files_are_javascript_calls(tiny):
    for path, data in tiny.items():
        text = data.decode("utf-8")
        assert text.startswith("jianbaoSearch.") and text.endswith(");\n"), path
        assert "\u200b" not in text


# ---- the sample archive, built by `jianbao build --content-only` ------------------------------


@pytest.fixture(scope="module")
def sample_collection():
    from generator.store.archive import load_archive

    archive = load_archive(REPO / "bulletins")
    return collect(archive.issues, load_taxonomy())


@pytest.fixture(scope="module")
def built(sample_content) -> dict[str, bytes]:
    search = sample_content / "search"
    return {p.relative_to(sample_content).as_posix(): p.read_bytes() for p in sorted(search.rglob("*"))
            if p.is_file()}


@pytest.mark.slow
def test_build_writes_the_index_the_page_and_the_script(sample_content, built):
    assert "search/meta.js" in built and any(p.startswith("search/t/") for p in built)
    assert (sample_content / "search.md").is_file()
    assert (sample_content / "assets" / "jianbao" / "search.js").is_file()
    assert '<p id="jb-search-app">' in (sample_content / "search.md").read_text(encoding="utf-8")


@pytest.mark.slow
def test_same_input_same_bytes(sample_collection, built):
    first = si.build_index(sample_collection)
    assert si.build_index(sample_collection) == first
    assert first == built  # another process (another hash seed) wrote the same bytes


@pytest.mark.slow
def test_an_index_appended_to_equals_one_made_whole(sample_collection, tmp_path, monkeypatch):
    """A rebuild with a new newest issue appends its articles' postings (_Appendable); an issue
    added in the middle, removed or changed makes the index whole again. Either way the bytes are
    those of an index made without any cache, and only the new documents are analysed."""
    issues = [e.issue for e in sample_collection.issues]  # newest first
    whole = lambda subset: si.build_index(collect(subset, load_taxonomy()))  # noqa: E731
    cache = tmp_path / "cache"
    analysed = []
    original = si._analyse_many
    monkeypatch.setattr(si, "_analyse_many", lambda docs, **kw: analysed.append(len(docs)) or original(docs, **kw))

    def cached(subset):
        analysed.clear()
        return si.build_index(collect(subset, load_taxonomy()), cache)

    all_issues, middle = whole(issues), whole(issues[:2] + issues[3:])
    assert cached(issues[1:]) == whole(issues[1:])
    state = si._Appendable.load(cache / "search-postings.pickle")
    assert state is not None and len(state.keys) == sum(len(i.articles) for i in issues[1:])
    analysed_first = cached(issues), list(analysed)  # the newest appended
    assert analysed_first == (all_issues, [len(issues[0].articles)])
    assert (cached(issues), analysed) == (all_issues, [0])  # nothing new: nothing cut
    assert cached(issues[:2] + issues[3:]) == middle  # one removed: made whole, from the log
    assert cached(issues) == all_issues  # put back in the middle: whole again (its analyses cut again)
    (cache / "search-postings.pickle").write_bytes(b"broken")
    assert cached(issues) == all_issues



def test_many_new_documents_are_analysed_by_workers_here_or_not_at_all_as_asked(sample_collection, monkeypatch):
    """build_index's ``workers``: worker processes for many new documents (a cold build), this
    process alone (the early child, forked.start), or nothing done (a caller that must not fork)."""
    from generator.engine import parallel

    made = si.build_index(sample_collection)
    monkeypatch.setattr(si, "_needs_workers", lambda n: True)  # as if every analysis were a cold build's
    monkeypatch.setattr(parallel, "workers", lambda *a, **k: pytest.fail("workers started"))
    assert si.build_index(sample_collection, workers=si.NO_WORKERS) == made
    assert si.build_index(sample_collection, workers=si.WORKERS_OR_NOTHING) is None
    with pytest.raises(pytest.fail.Exception):
        si.build_index(sample_collection, workers=si.WORKERS)


@pytest.mark.slow
def test_terms_log_is_appended_to_unless_something_must_be_forgotten(sample_collection, tmp_path):
    """An issue arriving in the middle remakes the postings but only adds to the log of analyses;
    a log that cannot be read to its end is written again whole (what follows damage is lost)."""
    issues = [e.issue for e in sample_collection.issues]
    cache = tmp_path / "cache"
    log = cache / "search-terms.log"
    build = lambda subset: si.build_index(collect(subset, load_taxonomy()), cache)  # noqa: E731
    build(issues[:2] + issues[3:])
    before = log.read_bytes()
    build(issues)
    after = log.read_bytes()
    assert after.startswith(before) and len(after) > len(before)
    log.write_bytes(after + b"\x80damaged")
    (cache / "search-postings.pickle").unlink()  # the next build reads the log
    whole = build(issues)
    reread = si._TermsLog(log)
    assert len(reread.read()) == len(si.documents(sample_collection)) and not reread.damaged
    assert whole == si.build_index(collect(issues, load_taxonomy()))

@pytest.mark.slow
def test_shard_layout(built):
    _, _, meta = si.read_js(built["search/meta.js"])
    assert meta["shards"] == si.SHARDS and meta["chunk"] == si.CHUNK
    shards = sorted(p for p in built if p.startswith("search/t/"))
    assert [int(Path(p).stem) for p in shards] == meta["present"]
    rows = 0
    for path in shards:
        call, n, terms = si.read_js(built[path])
        assert call == "shard" and path == f"search/t/{n:03d}.js"
        assert list(terms) == sorted(terms)
        for term, postings in terms.items():
            assert si.shard_of(term) == n, term
            ids = [d for d, _ in si.decode_postings(postings)]
            assert ids == sorted(set(ids)) and ids[-1] < meta["docs"]
    for path in sorted(p for p in built if p.startswith("search/d/")):
        call, n, docs = si.read_js(built[path])
        assert call == "docs" and len(docs) <= meta["chunk"]
        rows += len(docs)
        for row in docs:
            assert len(row) == 6 and not row[0].startswith(("/", "http")), row
            assert all("\u200b" not in cell for cell in row)
    assert rows == meta["docs"]


def _issue_urls(files: dict[str, bytes], term: str) -> set[str]:
    return {row[0] for row in lookup(files, term)}


@pytest.mark.slow
@pytest.mark.parametrize("term, url", [
    ("凌云县", "places/451027.html"),
    ("凌云", "places/451027.html"),  # short name
    ("凌云县", "issues/guangxijingzhuntuopingongjianjianbao/2019-012.html#a1"),
    ("凌云", "issues/guangxijingzhuntuopingongjianjianbao/2019-012.html#a1"),
    ("大化", "places/451229.html"),  # 大化瑶族自治县
    ("大化", "issues/hechishituopingongjianjianbao/2019-009.html#a3"),
    ("易地扶贫搬迁", "issues/hechishituopingongjianjianbao/2019-009.html#a1"),
    ("易地扶贫搬迁", "themes/relocation.html"),
    ("两不愁三保障", "issues/lingyunxiantuopingongjiangongzuojianbao/2021-005.html#a1"),
    ("控辍保学", "issues/lingyunxiantuopingongjiangongzuojianbao/2021-005.html#a2"),
    ("防返贫", "issues/lingyunxiantuopingongjiangongzuojianbao/2021-005.html#a1"),
    ("罗海燕", "issues/lingyunxiantuopingongjiangongzuojianbao/2021-005.html#a1"),  # an author
    ("陈志刚", "issues/hezhoushijingzhuntuopingongjianjianbao/2020-003.html#a2"),
    ("劝返率", "issues/lingyunxiantuopingongjiangongzuojianbao/2021-005.html#a2"),  # a figure label
])
def test_sample_archive_lookups(built, term, url):
    assert url in _issue_urls(built, term)


@pytest.mark.slow
def test_title_hits_rank_first(built):
    rows = lookup(built, "控辍保学")
    articles = [r for r in rows if r[0].startswith("issues/")]
    assert "控辍保学" in articles[0][1]


def _jieba_tokens(text: str) -> list[str]:
    """What :func:`si.tokens` gave when it cut with jieba itself (before rjieba)."""
    from generator.extract.lexicon import tokenizer

    return [w for w in tokenizer().cut(si.normalize(text)) if si._keep(w)]


def test_rjieba_cuts_the_sample_archive_as_jieba_does():
    """The index is cut with rjieba (jieba-rs) for speed; the words must be jieba's own."""
    for path in sorted((REPO / "bulletins").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert si.tokens(text) == _jieba_tokens(text), path.name


def test_rjieba_cuts_the_seeds_as_jieba_does(seeds_dir):
    for path in sorted(seeds_dir.iterdir()):
        text = read_document(path).text
        assert si.tokens(text) == _jieba_tokens(text), path.name


@pytest.mark.parametrize("text", ["电话：0774-5128119", "邮箱 gxfp@163.com 或 fpb.gxzf.gov.cn", "投入资金2077.40万元",
                                  "2019-2020年度", "5G基站", "Ａ级景区"])
def test_ascii_runs_are_cut_as_jieba_cuts_them(text):
    assert si.tokens(text) == _jieba_tokens(text)


def test_dictionary_lookups_agree_with_jieba():
    """Sub-words are looked up in rjieba's dictionary; it must hold the words jieba's does."""
    from generator.extract.lexicon import fast_tokenizer, tokenizer

    freq, known = tokenizer().FREQ, fast_tokenizer().has_word
    words = ["易地扶贫搬迁", "两不愁三保障", "那坡县", "建档立卡贫困户", "第一书记", "扶贫车间", "百色市"]
    for word in words:
        for n in range(2, len(word)):
            for i in range(len(word) - n + 1):
                part = word[i:i + n]
                assert bool(freq.get(part)) == known(part), part


@pytest.mark.slow
def test_workers_started_afresh_analyse_as_this_process_does(sample_collection, monkeypatch):
    """Large archives analyse in spawned workers (SPAWN_FROM), which do not inherit this process's
    user words or state: they must cut exactly as this process does."""
    docs = [d.fields for d in si.documents(sample_collection)][:60]
    monkeypatch.setattr(si, "PARALLEL_FROM", 1)
    monkeypatch.setattr(si, "SPAWN_FROM", 1)
    assert si._analyse_many(docs) == [si.analyse(fields) for fields in docs]
