#!/usr/bin/env python3
"""Theme quality of a build, per theme: event themes of the events the scorer matches, and the
themes of the initiatives and networks found (a gold item matched to a predicted node by a
shared name form, as score.py matches entities).

    scripts/theme_report.py --gold GOLD.json --pred OUT_DIR [--items-misses] [--event-misses]

Related-initiative quality follows item-theme quality (gold relatedness is shared gold themes),
so the item figures say how good the ranking can be for the items that are found.
"""
import argparse, importlib.util, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
sys.modules["score"] = score
spec.loader.exec_module(score)


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(title, pairs):
    per = {}
    total = Counter()
    for gold, pred in pairs:
        for t in gold | pred:
            c = per.setdefault(t, Counter())
            c["tp" if t in gold and t in pred else "fn" if t in gold else "fp"] += 1
            total["tp" if t in gold and t in pred else "fn" if t in gold else "fp"] += 1
    p, r, f = prf(total["tp"], total["fp"], total["fn"])
    print(f"{title}: {len(pairs)} matched, micro P {p:.3f} R {r:.3f} F1 {f:.3f}")
    for t, c in sorted(per.items(), key=lambda kv: -(kv[1]["tp"] + kv[1]["fn"])):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"  {t:<20} gold {c['tp'] + c['fn']:4d}  tp {c['tp']:4d} fp {c['fp']:4d} fn {c['fn']:4d}"
              f"  P {p:.2f} R {r:.2f} F1 {f:.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--items-misses", action="store_true")
    ap.add_argument("--event-misses", action="store_true")
    args = ap.parse_args()
    gold = score.load_gold(Path(args.gold))
    pred = score.load_prediction(Path(args.pred))
    communities = score.match_communities(gold, pred)
    resolver = score.build_resolver(gold, communities)
    events = score.match_events(gold, pred, resolver)
    pairs = events.required_pairs
    table("event themes", [(g.themes, p.themes) for g, p in pairs])
    if args.event_misses:
        for g, p in pairs:
            if g.themes != p.themes:
                print(f"    gold {sorted(g.themes)} pred {sorted(p.themes)} | {p.text[:160]}")
    types = ("initiative", "network")
    matched = score.match_entities([e for e in gold.entities if e.themes], pred.entities, types)
    item_pairs = [(g, p) for g, p in matched.required_pairs]
    table("item themes", [(g.themes, p.themes) for g, p in item_pairs])
    wanted = [e for e in gold.entities if e.type in types and e.themes and e.required]
    print(f"  items found {len(item_pairs)} of {len(wanted)}")
    if args.items_misses:
        for g, p in item_pairs:
            if g.themes != p.themes:
                print(f"    {g.name}: gold {sorted(g.themes)} pred {sorted(p.themes)}")


if __name__ == "__main__":
    main()
