#!/usr/bin/env bash
# readability_pages.sh DIR [BUILD] - out-of-sample check: concord on
# Mozilla Readability's 130 test pages, scored against Readability's own
# expected output (bench/readability_truth.py) with the WCXB word-F1
# (bench/score_wcxb.py) and title/date/author (bench/score_meta.py). DIR is a
# checkout of github.com/mozilla/readability (not in this repo; nothing of
# it is committed). Extraction rules are tuned on scrapinghub and WCXB:
# run this before and after such a change to see it on pages it was not
# tuned on. Run from the project root.
set -eu
src=${1:?usage: bash bench/readability_pages.sh READABILITY_CHECKOUT [BUILD]}
build=${2:-build}
source bench/common.sh
extract_setup "$build"
python3 bench/readability_truth.py "$src/test/test-pages" "$tmp"
"$build/extract_bench" -r 1 "$tmp/out.jsonl" "$tmp"/html/*.html | head -n 1
python3 bench/score_wcxb.py "$tmp/truth.json" "$tmp/out.jsonl" >"$tmp/wcxb.txt"
head -n 1 "$tmp/wcxb.txt"
python3 bench/score_meta.py "$tmp/truth.json" "$tmp/out.jsonl" | grep -E '^(title|date|author)'
[ -n "${KEEP:-}" ] && cp "$tmp/out.jsonl" "$tmp/truth.json" "$KEEP"/ || true
