#!/usr/bin/env python3
"""Score a build on folds of the dev set, so tuning can be checked on profiles held back.

    scripts/eval_folds.py [--bin PATH] [--folds 3] [--related] [--show-misses FOLD]

Dev documents are dealt into FOLDS folds by their position in the gold's document list
(document i goes to fold i % FOLDS). Each fold is built on its own from a temporary copy of
its files, the gold is cut down to that fold's communities, and score.py scores it. Tune on
the seed and all folds but one, read the held-back fold's figures, then rotate. The full dev
set built as one corpus is scored last ("all"). Needs ../shared (read-only) beside the repo.
"""
import argparse, json, os, shutil, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "eval"
METRICS = ["entity_f1", "entity_p", "entity_r", "entity_type_acc", "place_f1", "alias_merge",
           "award_entity_f1", "event_f1", "event_date_acc", "event_type_acc", "event_theme_f1",
           "award_f1", "related_ndcg5"]


def subset_gold(gold, documents):
    index = {d: i for i, d in enumerate(gold["documents"])}
    names = {gold["communities"][index[d]]["name"] for d in documents}
    return {
        "documents": list(documents),
        "communities": [c for c in gold["communities"] if c["name"] in names],
        "events": [e for e in gold["events"] if e["community"] in names],
        "entities": [dict(e, communities=[c for c in e["communities"] if c in names])
                     for e in gold["entities"] if any(c in names for c in e["communities"])],
    }


def score(binary, docs_dir, gold_path, out, related, misses):
    subprocess.run([binary, "build", str(docs_dir), "--out", str(out)], check=True,
                   stdout=subprocess.DEVNULL)
    cmd = [sys.executable, str(SHARED / "score.py"), "--gold", str(gold_path), "--pred", str(out),
           "--docs", str(docs_dir)]
    if related:
        cmd += ["--related-cmd", f"{binary} related {{name}} --json --from {out}"]
    if misses:
        cmd.append("--show-misses")
    text = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    if misses:
        print(text)
    line = next(l for l in text.splitlines() if l.startswith("SCORE "))
    return dict(kv.split("=") for kv in line.split()[1:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build/release/chronograph"))
    ap.add_argument("--folds", type=int, default=3)
    ap.add_argument("--related", action="store_true", help="score related_ndcg5 too (slower)")
    ap.add_argument("--show-misses", type=int, metavar="FOLD", help="print the misses of one fold")
    args = ap.parse_args()
    gold = json.load(open(SHARED / "gold/dev.json"))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for fold in range(args.folds):
            docs = [d for i, d in enumerate(gold["documents"]) if i % args.folds == fold]
            folder = tmp / f"fold{fold}"
            folder.mkdir()
            for d in docs:
                shutil.copy(SHARED / "dev/profiles" / d, folder / d)
            gpath = tmp / f"gold{fold}.json"
            gpath.write_text(json.dumps(subset_gold(gold, docs)))
            rows.append((f"fold{fold}", score(args.bin, folder, gpath, tmp / f"out{fold}",
                                              args.related, args.show_misses == fold)))
        rows.append(("all", score(args.bin, SHARED / "dev/profiles", SHARED / "gold/dev.json",
                                  tmp / "all", args.related, False)))
    names = [m for m in METRICS if m in rows[-1][1]]
    print(f"{'':8}" + "".join(f"{m[:14]:>15}" for m in names))
    for label, s in rows:
        print(f"{label:8}" + "".join(f"{s.get(m, '-'):>15}" for m in names))


if __name__ == "__main__":
    main()
