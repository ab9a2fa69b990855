#!/bin/sh
# TempEval-3 (TBAQ-cleaned) benchmark of `chronograph dates`: strict / relaxed extent F1 and value F1
# for all 256 documents, then TimeBank and AQUAINT alone. Each document is tagged with its creation
# date as --reference-date; the harness is ../shared/eval/tempeval (or $HARNESS).
#
#   scripts/tempeval.sh GITDIR [CHRONOGRAPH] [WORKDIR]
#
# GITDIR: git directory of a clone of qiangning/StructTempRel-EMNLP17 (the corpus is never copied
# into this repository). CHRONOGRAPH defaults to .build/release/chronograph, WORKDIR to a new
# temporary folder (it keeps txt/, json/, pred.jsonl and errors.txt for `score_timex.py --errors`).
set -eu
GITDIR=${1:?usage: scripts/tempeval.sh GITDIR [CHRONOGRAPH] [WORKDIR]}
BIN=${2:-.build/release/chronograph}
WORK=${3:-$(mktemp -d)}
HERE=$(cd "$(dirname "$0")/.." && pwd)
HARNESS=${HARNESS:-$HERE/../shared/eval/tempeval}
case $BIN in /*) ;; *) BIN=$PWD/$BIN ;; esac

mkdir -p "$WORK/json"
T=$WORK/corpus/data/TempEval3/Training/TBAQ-cleaned
if [ ! -d "$T" ]; then
  mkdir -p "$WORK/corpus"
  # The archive also names SL_models objects outside this folder; git reports them, the folder is complete.
  git --git-dir "$GITDIR" archive HEAD data/TempEval3/Training/TBAQ-cleaned 2>/dev/null | tar -x -C "$WORK/corpus"
fi
python3 "$HARNESS/tml_to_text.py" "$T/TimeBank" "$T/AQUAINT" --out "$WORK/txt" --gold-jsonl "$WORK/gold.jsonl" >/dev/null

for f in "$WORK"/txt/*.txt; do
  doc=$(basename "$f" .txt)
  "$BIN" dates "$f" --json --reference-date "$(cat "$WORK/txt/$doc.dct")" > "$WORK/json/$doc.json" \
    || [ -s "$WORK/json/$doc.json" ] || echo "failed: $doc" >&2
done

python3 "$HARNESS/edtf_to_timex.py" --txt "$WORK/txt" --json "$WORK/json" --out "$WORK/pred.jsonl" --name-line '' 2>/dev/null
score() { python3 "$HARNESS/score_timex.py" --gold "$@" --pred "$WORK/pred.jsonl" 2>/dev/null | tail -1 |
  sed 's/.*strict_f1=\([0-9.]*\) relaxed_f1=\([0-9.]*\) value_f1=\([0-9.]*\).*/strict \1  relaxed \2  value \3/'; }
echo "TBAQ      $(score "$T/TimeBank" "$T/AQUAINT")"
echo "TimeBank  $(score "$T/TimeBank")"
echo "AQUAINT   $(score "$T/AQUAINT")"
python3 "$HARNESS/score_timex.py" --gold "$T/TimeBank" "$T/AQUAINT" --pred "$WORK/pred.jsonl" --errors > "$WORK/errors.txt" 2>/dev/null || true
echo "work files and errors.txt in $WORK" >&2
