#!/usr/bin/env python3
"""Tune the related-initiatives blend offline: re-ranks from a built graph.json the way
RelatedIndex does (IDF-weighted shared themes, TF-IDF cosine of terms, IDF-weighted shared
partners) and scores nDCG@5 with score.py's judge, for a grid of part weights.

    scripts/related_sim.py --gold GOLD.json --pred OUT_DIR [--weights 0.6,0.35,0.05 ...]
                           [--mode share|cosine|blend] [--fold F | --not-fold F] [--verbose]

--weights: themes,lexical,partners triples (default: a grid). --mode: the theme part as
RelatedIndex computes it (share: IDF-weighted share of the query's themes), or the cosine of
the two theme vectors, or their mean (alternatives that were tried). --fold/--not-fold: only
the queries of one dev fold (document index mod 3), or all but one, to tune on some folds and
check on the one held back.

Queries whose name the graph lacks are counted as failed (0), as score.py counts them; the
name lookup here is exact (label or alias), so a fuzzy match the CLI makes may be missing.
"""
import argparse, importlib.util, itertools, json, math, sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("score", ROOT.parent / "shared" / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
sys.modules["score"] = score
spec.loader.exec_module(score)


def load_items(pred):
    graph = json.load(open(Path(pred) / "graph.json"))
    items = [n for n in graph["nodes"] if n["type"] in ("initiative", "network")]
    n = len(items)
    def idf(key):
        df = defaultdict(int)
        for it in items:
            for k in key(it):
                df[k] += 1
        return {k: math.log(1 + n / v) for k, v in df.items()}
    theme_idf = idf(lambda it: it.get("theme_scores", {}))
    term_idf = idf(lambda it: it.get("terms", {}))
    partner_idf = idf(lambda it: it.get("partners", []))
    for it in items:
        vec = {t: (1 + math.log(c)) * term_idf[t] for t, c in it.get("terms", {}).items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1
        it["_terms"] = {t: v / norm for t, v in vec.items()}
    return items, theme_idf, partner_idf


MODE = "share"


def similarity(a, b, w, theme_idf, partner_idf):
    ta = a.get("theme_scores", {})
    tb = b.get("theme_scores", {})
    total = sum(theme_idf[t] * s for t, s in ta.items())
    if MODE == "share":
        themes = sum(theme_idf[t] * s * min(tb[t], 1) for t, s in ta.items() if t in tb) / total if total else 0
    else:
        va = {t: theme_idf[t] * s for t, s in ta.items()}
        vb = {t: theme_idf[t] * s for t, s in tb.items()}
        dot = sum(v * vb.get(t, 0) for t, v in va.items())
        na = math.sqrt(sum(v * v for v in va.values())); nb = math.sqrt(sum(v * v for v in vb.values()))
        themes = dot / (na * nb) if na and nb else 0
        if MODE == "blend":
            share = sum(theme_idf[t] * s * min(tb[t], 1) for t, s in ta.items() if t in tb) / total if total else 0
            themes = 0.5 * themes + 0.5 * share
    lexical = min(1, sum(v * b["_terms"].get(t, 0) for t, v in a["_terms"].items()))
    pa, pb = a.get("partners", []), set(b.get("partners", []))
    ptotal = sum(partner_idf[p] for p in pa)
    partners = sum(partner_idf[p] for p in pa if p in pb) / ptotal if ptotal else 0
    active = [w[0] if ta else 0, w[1] if a["_terms"] else 0, w[2] if pa else 0]
    s = sum(active)
    return (active[0] * themes + active[1] * lexical + active[2] * partners) / s if s else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--pred", required=True)
    ap.add_argument("--weights", nargs="*")
    ap.add_argument("--verbose", action="store_true", help="print each imperfect query's results")
    ap.add_argument("--fold", type=int, help="only queries of this dev fold (document index mod 3)")
    ap.add_argument("--not-fold", type=int, help="only queries outside this dev fold")
    ap.add_argument("--mode", default="share", choices=["share", "cosine", "blend"])
    args = ap.parse_args()
    global MODE
    MODE = args.mode
    gold = score.load_gold(Path(args.gold))
    pred = score.load_prediction(Path(args.pred))
    resolver = score.build_resolver(gold, score.match_communities(gold, pred))
    items, theme_idf, partner_idf = load_items(args.pred)
    by_form = defaultdict(list)
    for i, it in enumerate(items):
        for form in score.surface_forms(it["label"], *it.get("aliases", [])):
            by_form[form].append(i)
    candidates = [e for e in gold.entities if e.type in score.RELATED_TYPES and e.themes]
    raw = json.load(open(args.gold))
    fold_of = {resolver.key(raw["communities"][i]["name"]): i % 3 for i in range(len(raw["documents"]))}
    def wanted(query):
        folds = {fold_of.get(resolver.key(c)) for c in query.communities}
        return ((args.fold is None or args.fold in folds)
                and (args.not_fold is None or args.not_fold not in folds))
    judge = score.RelatedJudge(candidates, pred, resolver)
    grid = [tuple(map(float, w.split(","))) for w in args.weights] if args.weights else [
        w for w in itertools.product([0.5, 0.6, 0.7, 0.8, 0.9, 1.0], [0, 0.1, 0.2, 0.3, 0.4, 0.5], [0, 0.05, 0.1])]
    for w in grid:
        total, queries, failed = 0.0, 0, 0
        for query in (e for e in candidates if e.required and wanted(e)):
            ideal = judge.ideal_gains(query)
            if score.dcg(ideal) == 0:
                continue
            queries += 1
            hits = [i for form in query.forms for i in by_form.get(form, [])]
            if not hits:
                failed += 1
                continue
            q = items[hits[0]]
            own = set(q["communities"])
            ranked = sorted(((similarity(q, c, w, theme_idf, partner_idf), c["id"], c) for c in items
                             if not own & set(c["communities"])), key=lambda x: (-x[0], x[1]))
            results = [c for s, _, c in ranked[:5] if s > 0]
            gains = judge.gains(query, results)
            total += score.dcg(gains) / score.dcg(ideal)
            if args.verbose and gains[:len(ideal)] != ideal[:len(gains)]:
                print(f"{query.name} {sorted(query.themes)} pred {q.get('themes')}: gains {gains} ideal {ideal}")
                for c in results:
                    print(f"    {c['label']} ({c['communities'][0]}) {c.get('themes')}")
        print(f"{w}: ndcg5 {total / queries:.3f} ({queries} queries, {failed} not found; "
              f"found-only {total / max(queries - failed, 1):.3f})")


if __name__ == "__main__":
    main()
