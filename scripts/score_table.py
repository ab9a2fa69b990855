#!/usr/bin/env python3
"""Rewrite the README's score table (between <!-- score --> and <!-- /score -->) from fresh
builds of the seed and of the development set, each built as one corpus, with related queries.

    scripts/score_table.py [--bin .build/release/chronograph]

Needs ../shared (the seed and dev gold and score.py) beside the repository.
"""
import argparse, re, subprocess, sys, tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def scores(binary, docs, gold, out):
    subprocess.run([binary, "build", str(docs), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    text = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(gold), "--pred", str(out),
                           "--docs", str(docs), "--related-cmd", f"{binary} related {{name}} --json --from {out}"],
                          check=True, capture_output=True, text=True).stdout
    line = next(l for l in text.splitlines() if l.startswith("SCORE "))
    return dict(kv.split("=") for kv in line.split()[1:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build/release/chronograph"))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seed = scores(args.bin, ROOT / "seeds", EVAL / "gold/seed.json", Path(tmp) / "seed")
        dev = scores(args.bin, EVAL / "dev/profiles", EVAL / "gold/dev.json", Path(tmp) / "dev")
    rows = ["| metric | seed | dev |", "|---|---:|---:|"]
    rows += [f"| {name} | {seed[name]} | {dev.get(name, '-')} |" for name in seed]
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    table = "<!-- score -->\n" + "\n".join(rows) + "\n<!-- /score -->"
    readme.write_text(re.sub(r"<!-- score -->.*?<!-- /score -->", lambda _: table, text, flags=re.S), encoding="utf-8")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
