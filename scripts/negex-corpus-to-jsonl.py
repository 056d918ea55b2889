#!/usr/bin/env python3
"""Turn the public NegEx annotated test set into `wcw-cli negation --jsonl` input.

Input: the tab-separated file Annotations-1-120.txt (Chapman WW et al., J Biomed Inform 2001;
columns Report No., Concept, Sentence, Negation), read with TSV quoting (a quoted field may hold
tabs-free commas and doubled quotes). The corpus is third-party data: keep it outside the repo.

Output (stdout), one line per annotated row:
  {"id": "<report>-<row>", "report": <int>, "sentence": ..., "term": ..., "label": "Negated"|"Affirmed"}

The annotators wrote the concept in UPPER CASE inside the sentence; the concept column may differ
from the sentence in spacing ("staph   bacteremia" vs "STAPH BACTEREMIA") or carry stray spaces,
so the term sent to the CLI is the sentence's own text of the concept, found with flexible
whitespace, preferring the upper-case occurrence. Rows whose concept cannot be found are kept with
the concept as given (the CLI then answers "found": false) and counted on stderr.

Usage: scripts/negex-corpus-to-jsonl.py Annotations-1-120.txt > negex.jsonl
"""
import csv
import json
import re
import sys


def find_term(sentence: str, concept: str) -> str:
    words = concept.split()
    if not words:
        return concept
    pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
    matches = list(pattern.finditer(sentence))
    if not matches:
        return concept.strip()
    for m in matches:  # the annotated occurrence is the one written in upper case
        letters = [c for c in m.group(0) if c.isalpha()]
        if letters and all(c.isupper() for c in letters):
            return m.group(0)
    return matches[0].group(0)


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    missing = 0
    rows = 0
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        reader = csv.reader(f, delimiter="\t", quotechar='"')
        header = next(reader)
        if [h.strip() for h in header[:4]] != ["Report No.", "Concept", "Sentence", "Negation"]:
            print(f"{sys.argv[1]}:1: unexpected header {header!r}", file=sys.stderr)
            return 2
        for line, row in enumerate(reader, start=2):
            if len(row) != 4 or row[3] not in ("Negated", "Affirmed"):
                print(f"{sys.argv[1]}:{line}: expected 4 fields ending in Negated/Affirmed",
                      file=sys.stderr)
                return 2
            report, concept, sentence, label = row
            term = find_term(sentence, concept)
            if not re.search(re.escape(term), sentence, re.IGNORECASE):
                missing += 1
            rows += 1
            print(json.dumps({"id": f"{report}-{line}", "report": int(report), "sentence": sentence,
                              "term": term, "label": label}))
    print(f"{rows} rows, {missing} concepts not found in their sentence", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
