"""The parser scored on invented bulletins in every layout of ../shared/docs/layouts.md (issue 21).

``tests/fixtures/layouts/`` holds ~36 bulletins written for this project (each marked 示例, every
figure, person and office invented) and ``gold.json``, their expected parse written by hand in the
format of ../shared/gold/seeds.json, plus per file ``special`` and ``_traits`` (tags such as
``masthead.one_line_publisher_date`` or ``pdf.hard_wraps``). ``figures.json`` lists every figure of
some of them in the format of ../shared/gold/seeds_figures.json.

The metrics are those of ../shared/tools/score_seeds.py (metadata, article F1 on titles, places,
primary precision, themes, authors, actual-percentage F1, magnitudes, body leaks), computed here
in-process, overall and per trait tag. Print the per-trait table with

    .venv/bin/python -m tests.test_layouts          (also written to build/layouts-scores.md)

``test_layouts_meet_issue21_goals`` asserts the goals of issue 21; it is expected to fail until the
parser reads these layouts. The other tests check the fixtures themselves.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from collections import defaultdict
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LAYOUTS = REPO / "tests" / "fixtures" / "layouts"
REPORT = REPO / "build" / "layouts-scores.md"

# Goals of issue 21 on bulletins in layouts the parser has not seen.
GOALS = {"meta": 0.95, "article_f1": 0.95, "places": 0.90, "primary_precision": 0.95, "themes": 0.85,
         "authors": 0.95, "actual_pct_f1": 0.90, "magnitudes": 0.95}
META_KEYS = ("series", "year", "issue_no", "total_no", "date", "publisher")
THEMES = set("industry relocation education health housing employment party prevention social finance ecology "
             "consumption data motivation welfare".split())


def load_gold() -> dict:
    return json.loads((LAYOUTS / "gold.json").read_text(encoding="utf-8"))


def load_figures() -> dict:
    return json.loads((LAYOUTS / "figures.json").read_text(encoding="utf-8"))


def fixture_names(gold: dict) -> list[str]:
    return [k for k in gold if not k.startswith("_")]


def canon(value) -> str | None:
    """Text as compared: NFKC, no whitespace, Markdown marks or quotes, no dashes at the ends.
    The same leniency as the shared scorer, so the two give the same numbers."""
    if value is None:
        return None
    s = unicodedata.normalize("NFKC", str(value))
    s = re.sub(r"[\s*#“”\"'『』「」]", "", s)
    return s.strip("—-")


def column_canon(value) -> str | None:
    # a column is compared without its frame or number: 【工作动态】, ★工作动态, 一、工作动态 are one column
    s = canon(value)
    if not s:
        return None
    s = re.sub(r"^(?:[一二三四五六七八九十]+、|\d+[.、])", "", s)
    return s.strip("【】[]★☆◎■□◆●▲◇○")


@cache
def parsed(name: str) -> dict | None:
    """One fixture through read → parse → extract, as `jianbao parse --json` prints it (None on failure)."""
    from generator.store.archive import load_issue
    from generator.extract.jsonout import issue_json

    issue, _problems = load_issue(LAYOUTS / name, name=name)
    return None if issue is None else issue_json(issue)


class Tally:
    """Counts behind the metrics, summed over any set of files (all of them, or those with one trait)."""

    FIELDS = ("files meta meta_n art_tp art_pred art_gold place_hit place_n prim_ok prim_n theme_hit theme_n "
              "auth_hit auth_n pct_tp pct_pred pct_gold mag_hit mag_n failed leaks special_ok column_ok column_n").split()

    def __init__(self) -> None:
        for f in self.FIELDS:
            setattr(self, f, 0)

    def add(self, other: "Tally") -> None:
        for f in self.FIELDS:
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def metrics(self) -> dict[str, float]:
        ratio = lambda a, b: a / b if b else 1.0  # noqa: E731 - nothing to find counts as found
        f1 = lambda p, r: 2 * p * r / (p + r) if p + r else 0.0  # noqa: E731
        return {
            "meta": ratio(self.meta, self.meta_n),
            "article_f1": f1(ratio(self.art_tp, self.art_pred), ratio(self.art_tp, self.art_gold)),
            "places": ratio(self.place_hit, self.place_n),
            "primary_precision": ratio(self.prim_ok, self.prim_n) if self.prim_n else 0.0,
            "themes": ratio(self.theme_hit, self.theme_n),
            "authors": ratio(self.auth_hit, self.auth_n),
            "actual_pct_f1": f1(ratio(self.pct_tp, self.pct_pred), ratio(self.pct_tp, self.pct_gold)),
            "magnitudes": ratio(self.mag_hit, self.mag_n),
        }


def pair_articles(gold_articles: list[dict], predicted: list[dict]) -> list[tuple[dict, dict]]:
    """Each gold article with the first unused predicted one whose title is the gold title or an alternative."""
    pairs, taken = [], set()
    for g in gold_articles:
        wanted = {canon(g["title"]), *map(canon, g.get("title_alternatives") or [])}
        for i, p in enumerate(predicted):
            if i not in taken and canon(p.get("title")) in wanted:
                taken.add(i)
                pairs.append((g, p))
                break
    return pairs


def score_file(name: str, g: dict, data: dict | None, never: list[str], magnitudes: list[dict]) -> Tally:
    t = Tally()
    t.files = 1
    t.art_gold = len(g["articles"])
    t.pct_gold = sum(1 for x in g.get("percentages", []) if x["kind"] == "actual")
    t.mag_n = len(magnitudes)
    t.meta_n = len(META_KEYS)
    if data is None:
        t.failed = 1
        for ga in g["articles"]:
            t.place_n += len(ga["places"])
            t.theme_n += len(ga["themes"])
            t.auth_n += len(ga["authors"])
        return t
    t.meta = sum(canon(data.get(k)) == canon(g.get(k)) for k in META_KEYS)
    t.special_ok = int(data.get("special") == g.get("special"))
    predicted = data.get("articles") or []
    t.art_pred = len(predicted)
    pairs = pair_articles(g["articles"], predicted)
    t.art_tp = len(pairs)
    found = {id(ga) for ga, _ in pairs}
    for ga in g["articles"]:
        t.place_n += len(ga["places"])
        t.theme_n += len(ga["themes"])
        t.auth_n += len(ga["authors"])
        if ga.get("column") is not None:
            t.column_n += 1
    for ga, pa in pairs:
        codes = {str(p.get("adcode")) for p in pa.get("places") or []}
        t.place_hit += sum(p["adcode"] in codes for p in ga["places"])
        # a primary place is right when it is a gold place or the city/province above one
        about = set()
        for p in ga["places"]:
            about |= {p["adcode"], p["adcode"][:4] + "00", p["adcode"][:2] + "0000"}
        for p in pa.get("places") or []:
            if p.get("primary"):
                t.prim_n += 1
                t.prim_ok += str(p.get("adcode")) in about
        t.theme_hit += len(set(ga["themes"]) & set(pa.get("themes") or []))
        authors = {canon(a) for a in pa.get("authors") or []}
        t.auth_hit += sum(canon(a) in authors for a in ga["authors"])
        if ga.get("column") is not None:
            t.column_ok += column_canon(pa.get("column")) == column_canon(ga["column"])
    body = "\n".join(p for a in predicted for p in a.get("paragraphs") or [])
    t.leaks = sum(s in body for s in never)
    # actual percentages: a multiset match on the value (2 decimals), as the shared scorer does
    wanted = [round(float(x["value"]), 2) for x in g.get("percentages", []) if x["kind"] == "actual"]
    got = [round(float(i["value"]), 2) for a in predicted for i in a.get("indicators") or []
           if unicodedata.normalize("NFKC", str(i.get("unit"))) == "%" and i.get("kind") == "actual"
           and isinstance(i.get("value"), (int, float))]
    t.pct_pred = len(got)
    for v in got:
        if v in wanted:
            wanted.remove(v)
            t.pct_tp += 1
    values = [(float(i["value"]), re.sub("[万亿]", "", str(i.get("unit"))))
              for a in predicted for i in a.get("indicators") or [] if isinstance(i.get("value"), (int, float))]
    for m in magnitudes:
        t.mag_hit += any(abs(v - m["value"]) < 1e-6 * max(1.0, m["value"]) and u.endswith(m["unit"]) for v, u in values)
    return t


def score_all() -> tuple[Tally, dict[str, Tally], dict[str, Tally]]:
    """Overall tally, one per trait tag, one per file."""
    gold = load_gold()
    never = gold.get("_never_in_article_body", [])
    mags = defaultdict(list)
    for m in gold.get("_magnitudes", []):
        mags[m["file"]].append(m)
    total, by_trait, by_file = Tally(), defaultdict(Tally), {}
    for name in fixture_names(gold):
        g = gold[name]
        t = score_file(name, g, parsed(name), never, mags[name])
        by_file[name] = t
        total.add(t)
        for tag in g.get("_traits", []):
            by_trait[tag].add(t)
    return total, dict(sorted(by_trait.items())), by_file


def figure_scores() -> dict[str, float]:
    """Recall, precision, label, kind and place of the figures listed in figures.json (reported, not asserted)."""
    gold = load_figures()
    n = dict(gold=0, pred=0, tp=0, label=0, kind=0, place=0)
    for name, g in gold.items():
        if name.startswith("_"):
            continue
        data = parsed(name) or {}
        preds = [i for a in data.get("articles", []) for i in a.get("indicators") or []]
        free = set(range(len(preds)))
        n["gold"] += len(g["figures"])
        n["pred"] += len(preds)
        for gf in g["figures"]:
            unit = unicodedata.normalize("NFKC", gf["unit"])
            hits = [i for i in sorted(free) if isinstance(preds[i].get("value"), (int, float))
                    and abs(preds[i]["value"] - gf["value"]) <= 1e-6 * max(1.0, abs(gf["value"]))
                    and _unit(preds[i].get("unit")) == _unit(unit)]
            if not hits:
                continue
            i = hits[0]
            free.discard(i)
            n["tp"] += 1
            n["label"] += _label_ok(preds[i].get("label"), gf["labels"])
            n["kind"] += preds[i].get("kind") in [gf["kind"], *gf.get("kind_alternatives", [])]
            n["place"] += str(preds[i].get("place")) == str(gf.get("place"))
    ratio = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {"recall": ratio(n["tp"], n["gold"]), "precision": ratio(n["tp"], n["pred"]),
            "label": ratio(n["label"], n["tp"]), "kind": ratio(n["kind"], n["tp"]), "place": ratio(n["place"], n["tp"]),
            "gold": n["gold"], "pred": n["pred"]}


_UNIT_ALIASES = {"名": "人", "位": "人", "个百分点": "百分点", "个月": "月", "％": "%"}


def _unit(u) -> str:
    u = unicodedata.normalize("NFKC", str(u or ""))
    return _UNIT_ALIASES.get(u, u)


def _label_ok(label, golds: list[str]) -> bool:
    # a label within two characters of a gold label (contained in it or containing it) names the same thing
    p = re.sub(r"[\s“”\"'《》（）()—·,，、]", "", unicodedata.normalize("NFKC", str(label or "")))
    if len(p) < 2:
        return False
    for g in golds:
        g = re.sub(r"[\s“”\"'《》（）()—·,，、]", "", unicodedata.normalize("NFKC", g))
        if p == g or (g in p and len(p) - len(g) <= 2) or (p in g and len(g) - len(p) <= 2):
            return True
    return False


def render_report() -> str:
    total, by_trait, by_file = score_all()
    cols = list(GOALS)
    head = "| | files | " + " | ".join(cols) + " | leaks | failed |"
    rule = "|---" * (len(cols) + 4) + "|"

    def row(label: str, t: Tally) -> str:
        m = t.metrics()
        # no primary place at all reads 0.00 in the goal (as in the shared scorer); the table says "–"
        cells = ["–" if c == "primary_precision" and not t.prim_n else f"{m[c]:.2f}" for c in cols]
        return f"| {label} | {t.files} | " + " | ".join(cells) + f" | {t.leaks} | {t.failed} |"

    lines = ["# Layout fixtures: parser scores (tests/test_layouts.py)", "",
             "Goals (issue 21): " + ", ".join(f"{k} ≥ {v}" for k, v in GOALS.items()) + ", no leaks.", "",
             head, rule, row("**all**", total), "", "## Per trait", "", head, rule]
    lines += [row(tag, t) for tag, t in by_trait.items()]
    lines += ["", "## Per file", "", head, rule]
    lines += [row(name, t) for name, t in by_file.items()]
    extra = [f"special marker right in {total.special_ok}/{total.files - total.failed} files",
             f"column right for {total.column_ok}/{total.column_n} gold articles under a column"]
    if (LAYOUTS / "figures.json").is_file():
        fs = figure_scores()
        extra.append("figures.json: " + " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in fs.items()))
    lines += ["", "## Also (not goals)", ""] + [f"- {e}" for e in extra]
    return "\n".join(lines) + "\n"


def write_report() -> str:
    text = render_report()
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    return text


# ---------------------------------------------------------------- the fixtures themselves

def test_every_fixture_has_gold_and_is_marked_example():
    gold = load_gold()
    from generator.read.readers import FORMATS, read_document

    files = sorted(p.name for p in LAYOUTS.iterdir() if p.suffix in FORMATS)
    assert files == sorted(fixture_names(gold))
    for name in files:
        assert "示例" in read_document(LAYOUTS / name).text, f"{name} is not marked 示例"


def test_gold_is_well_formed():
    from generator.extract.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    gold = load_gold()
    for name in fixture_names(gold):
        g = gold[name]
        assert g["kind"] in {"bulletin", "newspaper"}, name
        assert g["special"] in {None, "专刊", "增刊", "特刊", "专报"}, name
        assert g["_traits"], f"{name} has no trait tags"
        for a in g["articles"]:
            assert set(a["themes"]) <= THEMES, (name, a["title"])
            for p in a["places"]:
                assert gaz.by_code(p["adcode"]) is not None, (name, p)
    for m in gold["_magnitudes"]:
        assert m["file"] in gold, m


def test_encoded_fixtures_are_up_to_date():
    script = LAYOUTS / "make_encoded.py"
    done = subprocess.run([sys.executable, str(script), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# ---------------------------------------------------------------- the parser against them

def test_layouts_meet_issue21_goals():
    """Expected to fail until the parser reads every layout: the note of issue 21 quotes this table."""
    text = write_report()
    total, _by_trait, _by_file = score_all()
    m = total.metrics()
    short = [f"{k} {m[k]:.2f} < {goal}" for k, goal in GOALS.items() if m[k] < goal]
    if total.leaks:
        short.append(f"{total.leaks} header/footer strings in article bodies")
    if total.failed:
        short.append(f"{total.failed} fixtures failed to parse")
    print(text)
    assert not short, "layout fixtures below the goals of issue 21: " + "; ".join(short) + f" (table: {REPORT})"


# The same bulletins as offices' converters also print them: no blank line anywhere (Word's soft
# breaks), or two between paragraphs. Blank lines are a hint, never what the parse rests on.
_BLANK_LINES = {
    "no blank lines": lambda text: re.sub(r"\n\s*\n+", "\n", text),
    "extra blank lines": lambda text: re.sub(r"\n\s*\n", "\n\n\n", text),
}


@pytest.mark.parametrize("variant", sorted(_BLANK_LINES))
def test_layouts_do_not_rest_on_blank_lines(variant, tmp_path):
    from generator.store.archive import load_issue
    from generator.extract.jsonout import issue_json

    gold = load_gold()
    never = gold.get("_never_in_article_body", [])
    mags = defaultdict(list)
    for m in gold.get("_magnitudes", []):
        mags[m["file"]].append(m)
    total = Tally()
    for name in fixture_names(gold):
        try:
            text = (LAYOUTS / name).read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # the encoded fixtures: their blank lines are the encoding's test
        path = tmp_path / name
        path.write_text(_BLANK_LINES[variant](text), encoding="utf-8")
        issue, _problems = load_issue(path, name=name)
        total.add(score_file(name, gold[name], None if issue is None else issue_json(issue), never, mags[name]))
    m = total.metrics()
    assert m["meta"] >= 0.95 and m["article_f1"] >= 0.95 and m["authors"] >= 0.95, m


if __name__ == "__main__":
    sys.stdout.write(write_report())
