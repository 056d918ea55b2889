#!/usr/bin/env python3
"""Score `wcw-cli negation --jsonl` answers against the labels of negex-corpus-to-jsonl.py.

Usage:
  scripts/negex-score.py negex.jsonl answers.jsonl [--split 60] [--errors dev|test|all]

Prints, for "Negated" as the positive class, TP/FP/FN/TN, accuracy, precision, recall and F1 for
the development half (reports 1..split), the held-out half (reports > split) and all rows.
Tune rules on the development half only; the held-out half is the honest figure.
"""
import argparse
import json


def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def figures(pairs):
    tp = sum(1 for gold, got in pairs if gold and got)
    fp = sum(1 for gold, got in pairs if not gold and got)
    fn = sum(1 for gold, got in pairs if gold and not got)
    tn = sum(1 for gold, got in pairs if not gold and not got)
    n = len(pairs)
    acc = (tp + tn) / n if n else 0.0
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return n, tp, fp, fn, tn, acc, prec, rec, f1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("answers")
    ap.add_argument("--split", type=int, default=60)
    ap.add_argument("--errors", choices=["dev", "test", "all"])
    args = ap.parse_args()
    rows = load(args.corpus)
    answers = {a["id"]: a for a in load(args.answers)}
    missing = [r["id"] for r in rows if r["id"] not in answers]
    if missing:
        raise SystemExit(f"{len(missing)} rows have no answer, first {missing[0]}")
    notfound = sum(1 for r in rows if answers[r["id"]].get("found") is False)
    halves = {
        "dev": [r for r in rows if r["report"] <= args.split],
        "test": [r for r in rows if r["report"] > args.split],
        "all": rows,
    }
    print("set   n     TP   FP   FN   TN    accuracy precision recall  F1")
    for name, part in halves.items():
        pairs = [(r["label"] == "Negated", bool(answers[r["id"]]["negated"])) for r in part]
        n, tp, fp, fn, tn, acc, prec, rec, f1 = figures(pairs)
        print(f"{name:5} {n:5} {tp:4} {fp:4} {fn:4} {tn:5}  {acc:.3f}    {prec:.3f}     {rec:.3f}   {f1:.3f}")
    print(f"terms not found in their sentence: {notfound}")
    if args.errors:
        for r in halves[args.errors]:
            got = bool(answers[r["id"]]["negated"])
            if got != (r["label"] == "Negated"):
                kind = "FP" if got else "FN"
                print(f"{kind} {r['id']} [{r['term']}] {r['sentence']}")


if __name__ == "__main__":
    main()
