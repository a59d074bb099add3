"""Property: parsing and extraction never fail, whatever the text (random, or real seeds mangled)."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.extract.extract import enrich
from generator.model import SourceFile
from generator.parse import parse_text
from generator.extract.themes import load_taxonomy

from .conftest import SEEDS, seed_names

SOURCE = SourceFile("random.txt", "0" * 64, "txt", "utf-8")
# The characters the parser reacts to, so random text reaches its branches and not only the fallbacks.
SIGNIFICANT = ("第期总年月日号编印发报送抄：:（）()【】〔〕□■——-—…。，、；！？%％‰万亿元人户个"
               "县市区乡镇村扶贫办公室简报脱贫攻坚工作领导小组0123456789０１２３４５６７８９一二三四五六七八九十百千"
               "#*|>` \t\n　.·•「」“”《》达到率为由降至分别力争按标准")
TEXT = st.text(alphabet=st.sampled_from(SIGNIFICANT) | st.characters(codec="utf-8"), max_size=1500)
LINES = st.lists(st.text(alphabet=st.sampled_from(SIGNIFICANT), max_size=40) |
                 st.sampled_from(["2018年第32期（总第194期）", "广西壮族自治区扶贫开发办公室编", "2018年8月6日",
                                  "报：国务院扶贫办", "送：各市扶贫办", "（那坡县扶贫办 李明）", "目  录",
                                  "一、产业扶贫", "——记某某村", "□ 张三 李四", "覆盖率达 92%", "2290.06万元",
                                  "广西精准脱贫攻坚简报", "（下转4版）", "王五 摄", "---", "**加粗**", ""]),
                 max_size=60).map("\n".join)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow],
                    database=None, derandomize=True)


def check(text: str) -> None:
    issue = enrich(parse_text(text, SOURCE), load_taxonomy())
    # enrich guards each extractor; a guarded failure is a bug all the same
    crashes = [p for p in issue.problems if "程序错误" in p.message]
    assert not crashes, crashes
    # nothing kept is lost on the way: every article paragraph is text from the input
    for art in issue.articles:
        assert all(isinstance(p, str) for p in art.paragraphs)


@SETTINGS
@given(TEXT)
def test_random_text_never_breaks_parse_or_extract(text):
    check(text)


@SETTINGS
@given(LINES)
def test_random_bulletin_shaped_lines_never_break_parse_or_extract(text):
    check(text)


@st.composite
def mangled_seed(draw):
    name = draw(st.sampled_from(seed_names()))
    lines = (SEEDS / name).read_text(encoding="utf-8").split("\n")
    for _ in range(draw(st.integers(1, 8))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["delete", "duplicate", "swap", "insert", "cut"]))
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            at = draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:at] + draw(st.text(alphabet=st.sampled_from(SIGNIFICANT), min_size=1, max_size=6)) + lines[i][at:]
        else:  # a page break inside a line
            at = draw(st.integers(0, len(lines[i])))
            lines[i:i + 1] = [lines[i][:at], "", lines[i][at:]]
    return "\n".join(lines)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
          database=None, derandomize=True)
@given(mangled_seed())
def test_mangled_seeds_never_break_parse_or_extract(text):
    check(text)


@pytest.fixture(autouse=True)
def _seeds_for_mangling(request):
    if request.node.name.startswith("test_mangled_seeds"):
        request.getfixturevalue("seeds_dir")  # skips (or fails under CI) without ../shared


@settings(max_examples=300, deadline=None, database=None, derandomize=True)
@given(st.text(alphabet=st.sampled_from("示例全县１２．３％（）ＡＢＣ　\u3000\u2f00㈠①ｶﾞe\u0301\u4e00\u9fff\ufa0e\u3400 \n"), max_size=40))
def test_text_digest_is_the_nfkc_digest(text):
    """Normalising only the runs between ideographs hashes exactly what NFKC of the whole text does."""
    import hashlib
    import unicodedata

    from generator.store.archive import text_digest

    whole = "".join(unicodedata.normalize("NFKC", text).split())
    assert text_digest(text) == hashlib.sha256(whole.encode("utf-8", "surrogatepass")).hexdigest()
