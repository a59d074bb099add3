"""Numbers as readers write them on pages and charts (generator/pages/display.py); downloads keep base units."""
from __future__ import annotations

import pytest

from generator.pages.display import amount, axis_scale, split


@pytest.mark.parametrize("value, unit, shown", [
    (18600000, "株", "1,860 万株"),
    (236000000, "元", "2.36 亿元"),
    (22900600, "元", "2,290.06 万元"),  # 2290.06万元 in the bulletin: not rounded to 0.23 亿元
    (40000, "元", "4 万元"),
    (89800, "人", "8.98 万人"),
    (15099, "户", "15,099 户"),  # 1.5099 万户 would be harder to read than the whole count
    (123457, "人", "123,457 人"),
    (1234567, "人", "123.46 万人"),  # a million or more is rounded to 万
    (123456789, "元", "1.2346 亿元"),
    (1234, "户", "1,234 户"),
    (86.5, "%", "86.5%"),
    (100.0, "%", "100%"),
    (0.05, "%", "0.05%"),
    (123456, "%", "123,456%"),  # never 万%
    (4.2, "个百分点", "4.2 个百分点"),
    (92, "", "92"),
    (150000, "", "15 万"),
    (-3.5, "%", "−3.5%"),
    (87.36000000001, "%", "87.36%"),  # no float noise
])
def test_amounts_read_as_written(value, unit, shown):
    assert amount(value, unit) == shown


def test_split_gives_number_and_unit_apart():
    assert split(18600000, "株") == ("1,860", "万株")
    assert split(86.5, "%") == ("86.5", "%")


def test_an_axis_has_one_scale():
    assert axis_scale(2_000_000, "株") == (10_000, "万株")
    assert axis_scale(300_000_000, "元") == (100_000_000, "亿元")
    assert axis_scale(16_000, "户") == (1, "户")
    assert axis_scale(100_000, "户") == (10_000, "万户")
    assert axis_scale(200, "%") == (1, "%")


def test_pages_use_the_filter_and_downloads_keep_base_units(tmp_path):
    from generator.pages.render import _env, num

    (tmp_path / "t.j2").write_text("{{ v|amount(u) }}", encoding="utf-8")
    assert _env(tmp_path).get_template("t.j2").render(v=18600000.0, u="株") == "1,860 万株"
    assert num(18600000.0) == "18600000"
