"""Charts on a 390 px phone: their text stays at least 10 px (the chart scrolls inside its box
rather than shrink), the page itself never scrolls sideways, and no two labels overlap as drawn."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

PHONE = 390

CHARTS = """
const out = [];
for (const fig of document.querySelectorAll('.jb-chart-figure')) {
  const svg = fig.querySelector('svg');
  if (!svg) continue;
  const scale = svg.getScreenCTM().a;  // user units to CSS px: below 1 when the chart is shrunk
  const texts = [...svg.querySelectorAll('text')];
  const smallest = Math.min(...texts.map(t => parseFloat(getComputedStyle(t).fontSize) * scale));
  // labels on one line of one group (an axis, a row of the key) must not overlap as the font draws them
  const lines = new Map();
  for (const t of texts) {
    const k = t.parentNode === svg ? 'top' : [...t.parentNode.parentNode.children].indexOf(t.parentNode) + '/' + t.getAttribute('y');
    const b = t.getBoundingClientRect();
    if (!lines.has(k)) lines.set(k, []);
    lines.get(k).push([b.left, b.right, t.textContent]);
  }
  const overlaps = [];
  for (const row of lines.values()) {
    row.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < row.length; i++) if (row[i][0] < row[i - 1][1] - 0.5) overlaps.push(row[i - 1][2] + ' / ' + row[i][2]);
  }
  out.push({title: svg.getAttribute('aria-label'), smallest, overlaps,
            scrolls: fig.scrollWidth > fig.clientWidth, overflow: getComputedStyle(fig).overflowX,
            box: fig.getBoundingClientRect().right});
}
return {charts: out, page: document.documentElement.scrollWidth, view: window.innerWidth};
"""


def _chart_pages(built) -> list[str]:
    """Place and measure pages with charts, those with a time chart first (the fixture 2022-凌云县
    gives 凌云县 a second date): at most six."""
    pages = [p for kind in ("places", "measures") for p in sorted(built.site.glob(f"{kind}/*.html"))
             if "jb-chart-figure" in p.read_text(encoding="utf-8")]
    timed = [p for p in pages if 'aria-roledescription="point"' in p.read_text(encoding="utf-8")]
    assert timed, "the sample site and fixtures have a time chart"
    assert len(pages) > len(timed), "and comparisons across places"
    return [p.relative_to(built.site).as_posix() for p in timed[:3] + [p for p in pages if p not in timed][:3]]


def test_chart_text_is_at_least_10px_on_a_phone_or_the_chart_scrolls(browser, server, built):
    cdp = browser.driver.execute_cdp_cmd
    phone = {"width": PHONE, "height": 844, "deviceScaleFactor": 1, "mobile": True}
    try:
        seen = 0
        for n, page in enumerate(_chart_pages(built)):
            cdp("Emulation.setDeviceMetricsOverride", phone)  # browser.screenshot clears it
            browser.open(server.url(page))
            found = browser.js(CHARTS)
            if n == 0:  # a time chart, for a person to look at
                browser.screenshot("chart-time-phone.png")
            assert found["page"] <= found["view"] + 1, f"{page}: the page scrolls sideways ({found['page']} px)"
            for chart in found["charts"]:
                seen += 1
                where = f"{page}: {chart['title']}"
                assert chart["smallest"] >= 10 - 1e-6, f"{where}: text drawn at {chart['smallest']:.1f} px"
                if chart["scrolls"]:
                    assert chart["overflow"] in ("auto", "scroll"), where
                assert chart["box"] <= PHONE + 1, f"{where}: its box runs off the screen"
                assert not chart["overlaps"], f"{where}: labels overlap: {chart['overlaps']}"
        assert seen
    finally:
        cdp("Emulation.clearDeviceMetricsOverride", {})


def test_chart_labels_do_not_overlap_on_a_desktop(browser, server, built):
    """…and every chart fits the page's column, none scrolls: an issue's rates have the longest
    labels (住院报销比例（德保县）②), which once made it wider than the column, its largest bars hidden."""
    issues = [p.relative_to(built.site).as_posix() for p in sorted(built.site.glob("issues/*/*.html"))
              if "jb-chart-figure" in p.read_text(encoding="utf-8")]
    assert issues
    for n, page in enumerate(_chart_pages(built) + issues[:3]):
        browser.open(server.url(page))
        if n == 0:
            browser.screenshot("chart-time-desktop.png")
        for chart in browser.js(CHARTS)["charts"]:
            assert not chart["overlaps"], f"{page}: {chart['title']}: {chart['overlaps']}"
            assert chart["smallest"] >= 10 - 1e-6
            assert not chart["scrolls"], f"{page}: {chart['title']} is wider than the column"
