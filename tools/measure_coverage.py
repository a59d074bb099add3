"""How many actual, whole-place levels land in a measure of ``generator/config/measures.yml``.

usage: python tools/measure_coverage.py FOLDER [N] [--gold FIGURES.json] [--hits]

Prints the share of actual, whole-place, non-change figures that have a measure, and the N most
common unassigned (label, unit) pairs: the candidates for new measures or label variants.
With ``--gold`` (a file in the format of ../shared/gold/seeds_figures.json) each assigned figure is
matched to its gold figure and listed when the gold says it is no level of that measure (see
:func:`tests.test_measures.gold_verdict`); those on ``LABEL_SHORT`` there (the extractor reads the
label short of what the sentence counts) are listed apart.  ``--hits`` lists every assigned figure
with its gold labels.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from generator.store.archive import load_issue  # noqa: E402
from generator.extract.themes import load_taxonomy  # noqa: E402
from tests.test_measures import LABEL_SHORT, gold_verdict, match_gold  # noqa: E402


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    gold_path = argv[argv.index("--gold") + 1] if "--gold" in argv else None
    if gold_path:
        args.remove(gold_path)
    folder, show = Path(args[0]), int(args[1]) if len(args) > 1 else 0
    gold = json.loads(Path(gold_path).read_text(encoding="utf-8")) if gold_path else {}
    tax = load_taxonomy()
    n = m = 0
    miss: Counter = Counter()
    wrong, short, hits = [], [], []
    for f in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md")):
        issue, _ = load_issue(f, tax)
        if issue is None:
            continue
        preds = [(k, i) for k, a in enumerate(issue.articles) for i in a.indicators]
        if f.name in gold:
            matched = match_gold([i for _, i in preds], gold[f.name]["figures"])
        else:
            matched = {}
        for j, (_, i) in enumerate(preds):
            if i.kind == "actual" and i.scope == "whole" and not i.change:
                n += 1
                if not i.measure:
                    miss[(i.label, i.unit)] += 1
                m += bool(i.measure)
            if i.measure and f.name in gold:
                g = matched.get(j)
                verdict = gold_verdict(i, g, gold[f.name]["figures"])
                line = f"{f.name[:6]} {i.measure} {i.label!r} {i.value:g}{i.unit} " \
                       f"{i.kind}/{i.scope}{'/change' if i.change else ''} gold={g and g['labels']} " \
                       f"{g and g['kind']}/{g and g.get('scope')} :: {i.text}"
                hits.append(line)
                if verdict and (f.name, i.measure, i.value) in LABEL_SHORT:
                    short.append(f"{verdict}: {line}")
                elif verdict:
                    wrong.append(f"{verdict}: {line}")
    print(f"{m}/{n} = {m / n:.2f}" if n else "no figures")
    for k, v in miss.most_common(show):
        print(v, k)
    if "--hits" in argv:
        print("\n".join(hits))
    if gold:
        print(f"{len(wrong)} assigned figures the gold disagrees with")
        if wrong:
            print("\n".join(wrong))
        print(f"{len(short)} more whose label the extractor reads short (LABEL_SHORT)")
        if short:
            print("\n".join(short))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
