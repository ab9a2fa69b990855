#!/usr/bin/env python3
"""Learn how much each piece of theme evidence counts: writes
Sources/ChronographExtract/Resources/theme-model.rules.

    scripts/train_themes.py [--bin .build/release/chronograph] [--work /tmp/train-themes]
                            [--l2 1.0] [--check]

Deterministic training step (needs numpy and scipy): for the seed and the dev set it runs
`chronograph build` (for the events and items the scorer matches to the gold) and `chronograph
evidence` (the features each theme decision is made from: the theme lexicon's scores of an
event's clause, sentence and previous sentence; of an item's name, mention phrases,
appositions, clauses, neighbours, sections and paragraphs; the event's type, whether an item is
a network). Each gold-matched event and item is one sample, labelled with its gold
themes. One L2-regularised logistic model per (context, theme) is fitted by full-batch
gradient descent from zero, in a fixed order, so the output is the same on every run.

Words are no features: word weights learned this way (a word kept when it occurred in at least
three profiles) scored lower on left-out profiles than the lexicon alone (event theme F1 0.644
against 0.660 on dev), so the lexicon says which words count and the model how much each kind
of evidence does. A shared feature must still occur in MIN_PROFILES profiles. The figures printed (and written
into the model's header) are leave-one-profile-out: each profile's samples are predicted by a
model trained without that profile. --check trains, prints the figures and writes nothing.

Features never change with the model (they come from the lexicon), so retraining after a
lexicon or rule change is: rebuild, rerun this script, commit the resource.
"""
import argparse, importlib.util, json, subprocess, sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy import sparse

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
score = importlib.util.module_from_spec(spec)
sys.modules["score"] = score
spec.loader.exec_module(score)

MODEL = ROOT / "Sources" / "ChronographExtract" / "Resources" / "theme-model.rules"
THEMES = ["broadband", "wireless", "e-government", "civic-participation", "digital-inclusion", "education",
          "workforce", "innovation", "entrepreneurship", "mobility", "sustainability", "health",
          "tourism-culture", "economy", "leadership", "recognition"]
ITEM_EXCLUDED = {"recognition"}     # ThemeLinks.itemExcluded
MIN_PROFILES = 3
ITERATIONS = 600
SETTINGS = {"event": {"threshold": 0.4, "limit": 3}, "item": {"threshold": 0.4, "limit": 3}}
SETS = [("seed", ROOT / "seeds", SHARED / "eval" / "gold" / "seed.json"),
        ("dev", SHARED / "eval" / "dev", SHARED / "eval" / "gold" / "dev.json")]


def run(*args):
    subprocess.run([str(a) for a in args], check=True, stdout=subprocess.DEVNULL)


def samples(binary, work):
    """(context, profile, evidence, gold themes, pred type) for every gold-matched event and item."""
    out = []
    for name, inputs, gold_path in SETS:
        pred_dir, evidence_path = work / name, work / f"{name}.jsonl"
        run(binary, "build", inputs, "--out", pred_dir)
        run(binary, "evidence", inputs, "--out", evidence_path)
        lines = [json.loads(line) for line in open(evidence_path, encoding="utf-8")]
        events = {(l["document"], l["time_start"]): l for l in lines if l["context"] == "event"}
        items = {l["id"]: l for l in lines if l["context"] == "item"}
        gold = score.load_gold(gold_path)
        pred = score.load_prediction(pred_dir)
        timeline = json.load(open(pred_dir / "timeline.json", encoding="utf-8"))["events"]
        resolver = score.build_resolver(gold, score.match_communities(gold, pred))
        matched = score.match_events(gold, pred, resolver)
        for gi, pi in sorted(matched.matching.items()):
            g, raw = gold.events[gi], timeline[pi]
            span = raw.get("time_span")
            line = span and events.get((span["document"], span["start"]))
            if g.required and line:
                out.append(("event", f"{name}:{g.community}", line, set(g.themes), raw["type"]))
        types = ("initiative", "network")
        entities = score.match_entities([e for e in gold.entities if e.themes], pred.entities, types)
        for g, p in entities.required_pairs:
            if p.id in items and g.type in types:
                out.append(("item", f"{name}:{(g.communities or ('',))[0]}", items[p.id], set(g.themes), p.type))
    return out


class Design:
    """Feature matrices of one context: per-theme features (N, T, Fp) and shared ones (N, Fs)."""

    def __init__(self, rows, vocabulary, per_names):
        self.per_names = per_names
        self.shared_names = vocabulary
        pi = {f: i for i, f in enumerate(self.per_names)}
        si = {f: i for i, f in enumerate(vocabulary)}
        self.per = np.zeros((len(rows), len(THEMES), len(self.per_names)))
        cells = []
        for n, r in enumerate(rows):
            for t, theme in enumerate(THEMES):
                for f, v in r["per_theme"].get(theme, {}).items():
                    self.per[n, t, pi[f]] = v
            cells += [(n, si[f], v) for f, v in sorted(r["shared"].items()) if f in si]
        rows_, cols, values = zip(*cells) if cells else ((), (), ())
        self.shared = sparse.csr_matrix((values, (rows_, cols)), shape=(len(rows), len(vocabulary)))


def vocabulary(rows, profiles):
    """Shared features seen in at least MIN_PROFILES profiles (types always)."""
    seen = defaultdict(set)
    for r, p in zip(rows, profiles):
        for f in r["shared"]:
            seen[f].add(p)
    return sorted(f for f, ps in seen.items() if len(ps) >= MIN_PROFILES or f.startswith("type:"))


def fit(design, labels, l2):
    """Per theme: bias, per-theme weights (T, Fp), shared weights (Fs, T). Gradient descent with
    momentum on mean log-loss + l2/2N·|w|² (bias unpenalised)."""
    n = max(len(labels), 1)
    T = len(THEMES)
    b = np.zeros(T)
    wp = np.zeros((T, design.per.shape[2]))
    ws = np.zeros((design.shared.shape[1], T))
    vb, vp, vs = np.zeros_like(b), np.zeros_like(wp), np.zeros_like(ws)
    rate, momentum = 0.5, 0.9
    for _ in range(ITERATIONS):
        z = (design.per * wp[None]).sum(axis=2) + design.shared @ ws + b
        p = 1 / (1 + np.exp(-z))
        g = (p - labels) / n
        gb = g.sum(axis=0)
        gp = (g[:, :, None] * design.per).sum(axis=0) + l2 / n * wp
        gs = design.shared.T @ g + l2 / n * ws
        vb = momentum * vb - rate * gb
        vp = momentum * vp - rate * gp
        vs = momentum * vs - rate * gs
        b, wp, ws = b + vb, wp + vp, ws + vs
    return b, wp, ws


def probabilities(design, model):
    b, wp, ws = model
    z = (design.per * wp[None]).sum(axis=2) + design.shared @ ws + b
    return 1 / (1 + np.exp(-z))


def decide(p_row, context):
    """ThemeModel.decide: themes at or over the threshold, most probable first (ties in lexicon
    order), at most `limit`; when none, the most probable."""
    s = SETTINGS[context]
    ranked = sorted((t for t in range(len(THEMES)) if not (context == "item" and THEMES[t] in ITEM_EXCLUDED)),
                    key=lambda t: (-round(p_row[t], 12), t))
    kept = [THEMES[t] for t in ranked if p_row[t] >= s["threshold"]][: s["limit"]]
    return kept or [THEMES[ranked[0]]]


def finish(themes, pred_type, context):
    """What the pipeline does after the model: a narrative award keeps recognition first."""
    if context == "event" and pred_type == "award" and "recognition" not in themes:
        return (["recognition"] + themes)[:3]
    return themes


def f1(pairs):
    c = Counter()
    for gold, pred in pairs:
        c["tp"] += len(gold & set(pred))
        c["fp"] += len(set(pred) - gold)
        c["fn"] += len(gold - set(pred))
    p = c["tp"] / max(c["tp"] + c["fp"], 1)
    r = c["tp"] / max(c["tp"] + c["fn"], 1)
    return 2 * p * r / max(p + r, 1e-12)


def evaluate(data, context, l2):
    """Leave-one-profile-out and training F1 of one context, per set."""
    rows = [d for d in data if d[0] == context]
    profiles = [d[1] for d in rows]
    labels = np.array([[t in d[3] for t in THEMES] for d in rows], dtype=float)
    per_names = sorted({f for d in rows for feats in d[2]["per_theme"].values() for f in feats})
    loo = [None] * len(rows)
    for held in sorted(set(profiles)):
        train = [i for i, p in enumerate(profiles) if p != held]
        test = [i for i, p in enumerate(profiles) if p == held]
        vocab = vocabulary([rows[i][2] for i in train], [profiles[i] for i in train])
        model = fit(Design([rows[i][2] for i in train], vocab, per_names), labels[train], l2)
        probs = probabilities(Design([rows[i][2] for i in test], vocab, per_names), model)
        for i, p_row in zip(test, probs):
            loo[i] = finish(decide(p_row, context), rows[i][4], context)
    vocab = vocabulary([d[2] for d in rows], profiles)
    design = Design([d[2] for d in rows], vocab, per_names)
    model = fit(design, labels, l2)
    train = [finish(decide(p_row, context), d[4], context) for p_row, d in zip(probabilities(design, model), rows)]
    figures = {}
    for part in ("seed", "dev"):
        idx = [i for i, p in enumerate(profiles) if p.startswith(part + ":")]
        figures[part] = (f1([(rows[i][3], loo[i]) for i in idx]), f1([(rows[i][3], train[i]) for i in idx]), len(idx))
    return model, design, figures


def write(models, l2):
    lines = [
        "# Theme model: how much each piece of evidence counts for each theme, per context (an",
        "# event; an item: initiative or network). Written by scripts/train_themes.py (do not edit by",
        "# hand); engine: ThemeModel (ChronographCore). `[CONTEXT THEME]` sections hold `feature =>",
        "# weight` lines; the probability of the theme is the logistic of bias + Σ weight·value.",
        "# Features: per theme, log(1 + lexicon score) of the evidence kind (event: clause, sentence,",
        "# previous, paragraph, section; item: name, phrase, apposition, sentence, neighbour, section, paragraph) and",
        "# `share` (the theme's share of the best theme's total); shared by every theme, `type:T`.",
        f"# L2 = {l2}, {ITERATIONS} iterations of gradient descent.",
        "# Trained on the gold of the seed and the dev set; leave-one-profile-out theme F1:",
    ]
    for context, (_, design, fig) in models.items():
        for part, (loo, train, n) in fig.items():
            lines.append(f"#   {context} {part}: {loo:.3f} left out ({train:.3f} trained on it), {n} samples")
    lines.append("")
    for context, (model, design, _) in models.items():
        s = SETTINGS[context]
        lines += [f"[{context}]", f"threshold => {s['threshold']}", f"limit => {s['limit']}", ""]
        b, wp, ws = model
        for t, theme in enumerate(THEMES):
            if context == "item" and theme in ITEM_EXCLUDED:
                continue
            lines.append(f"[{context} {theme}]")
            lines.append(f"bias => {b[t]:.3f}")
            entries = [(name, wp[t, i]) for i, name in enumerate(design.per_names)]
            entries += [(name, ws[i, t]) for i, name in enumerate(design.shared_names)]
            for name, w in entries:
                if abs(w) >= 0.005:
                    lines.append(f"{name} => {w:.3f}")
            lines.append("")
    MODEL.write_text("\n".join(lines), encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release" / "chronograph"))
    ap.add_argument("--work", default="/tmp/train-themes")
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    data = samples(args.bin, work)
    models = {}
    for context in ("event", "item"):
        models[context] = evaluate(data, context, args.l2)
        for part, (loo, train, n) in models[context][2].items():
            print(f"{context:5} {part:4}: theme F1 {loo:.3f} left out, {train:.3f} trained ({n} samples)")
    if not args.check:
        write(models, args.l2)
        print(f"wrote {MODEL.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
