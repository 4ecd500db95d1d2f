#!/usr/bin/env python3
"""wcxb_ceiling.py - how many WCXB pages could have every `with` snippet
at all: the ceiling of the "all-with pages" figure.

Usage: wcxb_ceiling.py SET_DIR [OUT.jsonl]
SET_DIR holds ground-truth.json and html/<id>.html.gz (as
../shared/data/wcxb-dev-articles). For every page with `with` snippets,
the page's whole visible text (every text node outside <script> and
<style>, entities decoded, a space at each block element, so all
furniture included: the most any extractor can give) is searched for
each snippet, with white space collapsed as bench/score_wcxb.py does.
Printed twice: with the characters as they are ("literal", how the
target is scored), and with typographic quotes, dashes and no-break
spaces folded to ASCII on both sides ("folded"). When OUT.jsonl (what
bench/extract_bench writes) is given, the same two shares for its text,
and how many pages reach the ceiling's text but not the output's."""
import gzip
import json
import os
import re
import sys

from readability_truth import BLOCK as BASE_BLOCK, Text

SPACE = re.compile(r"\s+")
TYPO = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"',
                      "\u201d": '"', "\u2013": "-", "\u2014": "-",
                      "\u00a0": " "})
BLOCK = BASE_BLOCK | set("title option button label".split())


def visible_text(path):
    raw = gzip.open(path).read().decode("utf-8", "replace")
    p = Text(BLOCK, " ")
    try:
        p.feed(raw)
        p.close()
    except Exception:  # a page html.parser gives up on: what it read so far
        pass
    return "".join(p.out)


def flat(s, folded):
    s = s or ""
    if folded:
        s = s.translate(TYPO)
    return SPACE.sub(" ", s).strip()


def has_all(text, snippets, folded):
    t = flat(text, folded)
    return all(flat(s, folded) in t for s in snippets)


def main():
    if len(sys.argv) < 2:
        sys.stderr.write("usage: wcxb_ceiling.py SET_DIR [OUT.jsonl]\n")
        return 2
    d = sys.argv[1]
    truth = json.load(open(os.path.join(d, "ground-truth.json"),
                           encoding="utf-8"))
    out = None
    if len(sys.argv) > 2:
        out = {}
        for line in open(sys.argv[2], encoding="utf-8"):
            if line.strip():
                r = json.loads(line)
                out[r.get("id") or r.get("path")] = r.get("text") or ""
    pages = 0
    ceil = {False: 0, True: 0}
    ours = {False: 0, True: 0}
    short = {False: 0, True: 0}
    for pid, t in sorted(truth.items()):
        snippets = [s for s in t.get("with") or [] if flat(s, False)]
        if not snippets:
            continue
        pages += 1
        whole = visible_text(os.path.join(d, "html", pid + ".html.gz"))
        for folded in (False, True):
            c = has_all(whole, snippets, folded)
            ceil[folded] += c
            if out is not None:
                o = has_all(out.get(pid, ""), snippets, folded)
                ours[folded] += o
                short[folded] += c and not o
    for folded in (False, True):
        line = "%-8s pages %d  ceiling (whole visible text) %.3f" % (
            "folded" if folded else "literal", pages, ceil[folded] / pages)
        if out is not None:
            line += "  output %.3f  pages under the ceiling %d" % (
                ours[folded] / pages, short[folded])
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
