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
- with found: the share of all `with` snippets that the output contains;
  all-with pages: the share of pages (having `with` snippets) whose every
  snippet is there.
A snippet is "contained" when it is a substring of the output after
collapsing runs of whitespace to one space in both (case kept).
Also printed, for comparison with published figures: WCXB's own
evaluate.py rate (mean over all pages of the per-page share of `with`
snippets found, lower-cased, no white-space collapsing; a page without
snippets counts 1), and, as a diagnostic only, the all-with share when
typographic quotes, dashes and no-break spaces are folded to ASCII on
both sides (the truth was written with straight quotes where pages have
curly ones; concord keeps the page's characters).
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


TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"',
                      "\u201d": '"', "\u2013": "-", "\u2014": "-",
                      "\u00a0": " "})


def fold(s):
    return norm((s or "").translate(TYPO))


def score(truth, out):
    f1s, furn_pages, furn_hit, with_n, with_ok = [], 0, 0, 0, 0
    with_pages, all_ok, all_typo, official = 0, 0, 0, []
    for pid, t in truth.items():
        text = out.get(pid, "")
        f1s.append(word_f1(text, t.get("articleBody", "")))
        flat = norm(text)
        without = [norm(s) for s in t.get("without") or [] if norm(s)]
        if without:
            furn_pages += 1
            furn_hit += any(s in flat for s in without)
        snippets = [s for s in t.get("with") or [] if norm(s)]
        found = [norm(s) in flat for s in snippets]
        with_n += len(snippets)
        with_ok += sum(found)
        if snippets:
            with_pages += 1
            all_ok += all(found)
            folded = fold(text)
            all_typo += all(fold(s) in folded for s in snippets)
        low = text.lower()
        raw = t.get("with") or []
        official.append(sum(s.lower() in low for s in raw) / len(raw)
                        if raw else 1.0)
    return {
        "pages": len(f1s),
        "word_f1": sum(f1s) / len(f1s) if f1s else 0.0,
        "furniture": furn_hit / furn_pages if furn_pages else 0.0,
        "furniture_pages": furn_pages,
        "with_found": with_ok / with_n if with_n else 0.0,
        "with_snippets": with_n,
        "all_with_pages": all_ok / with_pages if with_pages else 0.0,
        "all_with_pages_folded": all_typo / with_pages if with_pages else 0.0,
        "with_pages": with_pages,
        "with_wcxb": sum(official) / len(official) if official else 0.0,
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
        print(f"pages {s['with_pages']}  all-with pages {s['all_with_pages']:.3f}  "
              f"(typography folded {s['all_with_pages_folded']:.3f})  "
              f"WCXB evaluate.py with rate {s['with_wcxb']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
