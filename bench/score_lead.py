#!/usr/bin/env python3
"""score_lead.py - does the extracted text keep the article's opening?

Usage: score_lead.py TRUTH.json OUT.jsonl [--show]

TRUTH.json is {id: {"first": "the body's first words", ...}} (as
bench/mercury_truth.py writes it); OUT.jsonl is what bench/extract_bench
writes. Both sides are cut into lower-cased \\w+ tokens. Counted, over
the pages whose truth has "first":
  whole   every token of "first", in order and adjacent, is in the text;
  tail    its last 6 tokens are (the truth's opening sometimes starts
          with a photo credit or a dateline that an extractor may drop);
  at top  that tail is found within the first 60 tokens of the text
          (the lead is where a reader expects it, nothing before it).
--show lists the pages where the tail is missing or not at the top."""
import json
import re
import sys

TOK = re.compile(r"\w+", re.UNICODE)


def tokens(s):
    return [t.casefold() for t in TOK.findall(s or "")]


def find(hay, needle):
    """Index of the first run of hay equal to needle, or -1."""
    n = len(needle)
    for i in range(len(hay) - n + 1):
        if hay[i:i + n] == needle:
            return i
    return -1


def main():
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    truth = json.load(open(args[0], encoding="utf-8"))
    out = {}
    for line in open(args[1], encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[r.get("id")] = r
    n = whole = tail = top = 0
    shown = []
    for pid in sorted(truth):
        first = tokens(truth[pid].get("first"))
        if not first:
            continue
        n += 1
        text = tokens(out.get(pid, {}).get("text"))
        whole += find(text, first) >= 0
        at = find(text, first[-6:])
        tail += at >= 0
        top += 0 <= at < 60
        if not 0 <= at < 60:
            shown.append((pid, at, truth[pid]["first"], text[:25]))
    if n:
        print(f"lead   pages {n:4}  whole {whole:4} ({100 * whole / n:5.1f}%)"
              f"  tail {tail:4} ({100 * tail / n:5.1f}%)"
              f"  at top {top:4} ({100 * top / n:5.1f}%)")
    if "--show" in args:
        for pid, at, want, got in shown:
            print(f"  {pid}  at {at}\n        want {want!r}\n"
                  f"        got  {' '.join(got)!r}")


if __name__ == "__main__":
    main()
