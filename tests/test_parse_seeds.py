"""The parser over the five real seed bulletins, against ../shared/gold/seeds.json."""
from __future__ import annotations

import re
import unicodedata

import pytest

from generator.store.archive import load_issue
from generator.extract.jsonout import issue_json

from .conftest import seed_names

META = ("series", "kind", "year", "issue_no", "total_no", "publisher", "date")


def norm(s):
    """The scorer's normalisation: NFKC, no whitespace, *, #, or quotes."""
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", str(s))
    return re.sub(r"[\s*#“”\"'『』「」]", "", s).strip("—-")


@pytest.fixture(scope="module")
def parsed(seeds_dir):
    cache = {}

    def get(name):
        if name not in cache:
            issue, _ = load_issue(seeds_dir / name)
            assert issue is not None, f"{name} failed to parse"
            cache[name] = issue_json(issue)
        return cache[name]

    return get


@pytest.mark.parametrize("name", seed_names())
def test_metadata(name, parsed, gold):
    data, expected = parsed(name), gold[name]
    for key in META:
        assert norm(data[key]) == norm(expected[key]), key


@pytest.mark.parametrize("name", seed_names())
def test_articles(name, parsed, gold):
    data, expected = parsed(name), gold[name]
    assert [norm(a["title"]) for a in data["articles"]] == [norm(a["title"]) for a in expected["articles"]]
    for got, want in zip(data["articles"], expected["articles"]):
        assert norm(got["subtitle"]) == norm(want["subtitle"]), want["title"]
        assert [norm(a) for a in got["authors"]] == [norm(a) for a in want["authors"]], want["title"]
        assert norm(got["source"]) == norm(want["source"]), want["title"]


@pytest.mark.parametrize("name", seed_names())
def test_no_footer_or_furniture_in_bodies(name, parsed, gold):
    body = "\n".join(p for a in parsed(name)["articles"] for p in a["paragraphs"])
    for leak in gold["_never_in_article_body"] + ["下转", "日印发", "□", "任建忠 摄", "奋进新时代 谱写新篇章",
                                                   "弘扬吕梁精神", "梁家庄移民小区\n"]:
        assert leak not in body, leak


def test_page_breaks_rejoined(parsed):
    bodies = {name: "\n".join(p for a in parsed(name)["articles"] for p in a["paragraphs"]) for name in seed_names()}
    text = "\n".join(bodies.values())
    for joined in ("采取人盯人的方法", "落实到相关乡镇、后援单位", "抽调1—2 人", "“5+2”特色产业覆盖贫困户",
                   "四星级 107 个", "进行全面排查", "村里羊肚菌合作社", "开展“一站式”的救助"):
        assert joined in text, joined


def test_captions_and_banners_are_kept_not_dropped(parsed):
    data = parsed("004_c2c3a6974f3c1d05.txt")
    kept = [c for a in data["articles"] for c in a["captions"]] + data["unplaced"]
    for text in ("交城县易地扶贫搬迁集中安置点梁家庄移民小区", "排队乘坐公交车的老百姓。任建忠 摄", "奋进新时代 谱写新篇章"):
        assert text in kept


def test_contents_and_editor_note(parsed):
    toc = parsed("002_187c3447587db7c2.txt")["toc"]
    assert [(e["title"], e["page"]) for e in toc] == [
        ("坚持党建引领助力脱贫攻坚", 2), ("市医保局推行“三举措”助力脱贫攻坚", 7), ("抓党建强服务 打造美丽文华社区", 9)]
    assert parsed("001_b4cf533d26adbe63.txt")["editor_note"].startswith("本文摘自")
