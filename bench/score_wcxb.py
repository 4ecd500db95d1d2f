#!/usr/bin/env python3
"""score_wcxb.py - WCXB-style scores of extraction output.

Usage: score_wcxb.py GROUND_TRUTH.json OUT.jsonl [--json]
For every page of the truth (a page missing from OUT has empty text):
- word-F1: per-page F1 of unigram multisets (tokens \\w+, Unicode,
  lower-cased) of the output against articleBody; an empty output of a
  non-empty truth scores 0, both empty score 1; the mean over pages.
- furniture: the share of pages whose output contains any of their
  `without` snippets (page furniture that must not be there; lower is
  better), over the pages that have `without` snippets.
- with found: the share of all `with` snippets that the output contains.
A snippet is "contained" when it is a substring of the output after
collapsing runs of whitespace to one space in both (case kept), the way
published WCXB/trafilatura-style evaluations test snippets.
Prints one line, or a JSON object with --json."""
import json
import re
import sys
from collections import Counter

TOKEN = re.compile(r"\w+", re.UNICODE)
SPACE = re.compile(r"\s+", re.UNICODE)


def word_f1(pred, truth):
    p = Counter(t.lower() for t in TOKEN.findall(pred or ""))
    t = Counter(t.lower() for t in TOKEN.findall(truth or ""))
    if not p or not t:
        return 1.0 if not p and not t else 0.0
    tp = sum((p & t).values())
    if not tp:
        return 0.0
    prec, rec = tp / sum(p.values()), tp / sum(t.values())
    return 2 * prec * rec / (prec + rec)


def norm(s):
    return SPACE.sub(" ", s or "").strip()


def score(truth, out):
    f1s, furn_pages, furn_hit, with_n, with_ok = [], 0, 0, 0, 0
    for pid, t in truth.items():
        text = out.get(pid, "")
        f1s.append(word_f1(text, t.get("articleBody", "")))
        flat = norm(text)
        without = [norm(s) for s in t.get("without") or [] if norm(s)]
        if without:
            furn_pages += 1
            furn_hit += any(s in flat for s in without)
        for s in t.get("with") or []:
            if norm(s):
                with_n += 1
                with_ok += norm(s) in flat
    return {
        "pages": len(f1s),
        "word_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "furniture": furn_hit / furn_pages if furn_pages else 0.0,
        "furniture_pages": furn_pages,
        "with_found": with_ok / with_n if with_n else 0.0,
        "with_snippets": with_n,
    }


def main():
    if len(sys.argv) < 3:
        sys.stderr.write("usage: score_wcxb.py GROUND_TRUTH.json OUT.jsonl [--json]\n")
        return 2
    truth = json.load(open(sys.argv[1], encoding="utf-8"))
    out = {}
    for line in open(sys.argv[2], encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[r.get("id") or r.get("path")] = r.get("text") or ""
    s = score(truth, out)
    if "--json" in sys.argv:
        print(json.dumps(s))
    else:
        print(f"pages {s['pages']}  word-F1 {s['word_f1']:.4f}  "
              f"furniture pages {s['furniture']:.3f} (of {s['furniture_pages']})  "
              f"with found {s['with_found']:.3f} (of {s['with_snippets']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
