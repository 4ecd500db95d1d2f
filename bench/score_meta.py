#!/usr/bin/env python3
"""score_meta.py - scores extracted article metadata (title, date, author)
against a ground truth such as wcxb-dev-articles/ground-truth.json.

Usage: score_meta.py GROUND_TRUTH.json OUT.jsonl [--show [FIELD]] [--present]
                     [--utc]

OUT.jsonl is what bench/extract_bench writes (one {"id", "title",
"author", "date", ...} per line) or what `concord extract` prints (the
id is then the file name of "path" without .html.gz / .html). Only pages
whose truth has a value count for a field. What is counted:

title   exact: equal after trimming white space (case kept).
        normalized: equal after Unicode NFKC, case folding, every run of
        non-alphanumeric characters (punctuation, quotes, dashes, white
        space) made one space, trimmed.
date    the first 10 characters (YYYY-MM-DD) equal; a truth of only
        YYYY-MM matches a date in that month.
author  exact: equal after trimming and case folding.
        normalized: each side is split into names on "," ";" "&" " and "
        "|"; a name loses a leading "By", its case, punctuation and
        extra white space; credential parts ("MD", "PhD", "RD"...) are
        names too on the truth side, which is why the rule is lenient:
        match when the two sets of names are equal, or when the truth's
        first name is among ours.
Pages missing from OUT count as misses, unless --present (score only
the pages OUT has, e.g. `concord extract` run on a few files).
Also printed: how often we give a value where the truth has none.
--show lists the misses (got vs truth), of one field or of all.
--utc: the truth's dates are UTC days while the pages print local ones
(bench/mercury_truth.py), so the normalized date column also takes a
day either side of the truth's (the exact column stays strict)."""
import datetime
import json
import os
import re
import signal
import sys
import unicodedata

NONALNUM = re.compile(r"[\W_]+", re.UNICODE)
SPLIT = re.compile(r"\s*(?:,|;|&|\||\band\b)\s*", re.IGNORECASE)
BY = re.compile(r"^(?:by|written by|posted by)\s*:?\s+", re.IGNORECASE)


def norm_text(s):
    s = unicodedata.normalize("NFKC", s or "").casefold()
    return NONALNUM.sub(" ", s).strip()


def names(s):
    out = []
    for part in SPLIT.split(s or ""):
        part = BY.sub("", part.strip())
        n = norm_text(part)
        if n:
            out.append(n)
    return out


def title_ok(got, truth):
    return (got or "").strip() == truth.strip(), \
        norm_text(got) == norm_text(truth) and bool(norm_text(truth))


def date_ok(got, truth):
    t = truth.strip()[:10]
    g = (got or "").strip()[:10]
    ok = g == t if len(t) == 10 else bool(t) and g.startswith(t)
    return ok, ok


def author_ok(got, truth):
    exact = (got or "").strip().casefold() == truth.strip().casefold()
    g, t = names(got), names(truth)
    norm = bool(t) and (set(g) == set(t) or t[0] in g)
    return exact, exact or norm


def date_utc(got, truth):
    ok, _ = date_ok(got, truth)
    try:
        t = datetime.date.fromisoformat(truth.strip()[:10])
        g = datetime.date.fromisoformat((got or "").strip()[:10])
    except ValueError:
        return ok, ok
    return ok, abs((g - t).days) <= 1


FIELDS = (("title", "title", title_ok), ("date", "publish_date", date_ok),
          ("author", "author", author_ok))


def page_id(r):
    if not r.get("path"):
        return r.get("id")
    base = os.path.basename(r["path"])
    for ext in (".html.gz", ".htm.gz", ".html", ".htm", ".gz"):
        if base.endswith(ext):
            return base[:-len(ext)]
    return base


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet under `| head`
    args = sys.argv[1:]
    if len(args) < 2:
        sys.exit(__doc__)
    truth = json.load(open(args[0], encoding="utf-8"))
    show = None
    if "--show" in args:
        i = args.index("--show")
        show = args[i + 1] if i + 1 < len(args) and \
            not args[i + 1].startswith("--") else "all"
    out = {}
    for line in open(args[1], encoding="utf-8"):
        if line.strip():
            r = json.loads(line)
            out[page_id(r)] = r
    if "--present" in args:
        truth = {k: v for k, v in truth.items() if k in out}
    fields = FIELDS
    if "--utc" in args:
        fields = tuple((k, t, date_utc if k == "date" else fn)
                       for k, t, fn in FIELDS)
    missing = sum(1 for k in truth if k not in out)
    print(f"pages {len(truth)}  missing from output {missing}")
    misses = {k: [] for k, _, _ in FIELDS}
    for key, tkey, fn in fields:
        n = ex = no = extra = 0
        for pid in sorted(truth):
            t = truth[pid].get(tkey)
            got = out.get(pid, {}).get(key)
            if not t:
                extra += bool(got)
                continue
            n += 1
            e, m = fn(got, t)
            ex += e
            no += m
            if not m:
                misses[key].append((pid, got, t))
        if n:
            print(f"{key:6} pages {n:4}  exact {ex:4} ({100 * ex / n:5.1f}%)"
                  f"  normalized {no:4} ({100 * no / n:5.1f}%)"
                  f"  value where truth has none: {extra}")
    if show:
        for key, _, _ in FIELDS:
            if show not in ("all", key):
                continue
            print(f"== {key} misses ({len(misses[key])})")
            for pid, got, t in misses[key]:
                print(f"  {pid}  got {got!r}\n        want {t!r}")


if __name__ == "__main__":
    main()
