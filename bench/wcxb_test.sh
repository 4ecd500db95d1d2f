#!/usr/bin/env bash
# wcxb_test.sh DIR [BUILD] - out-of-sample check: concord on the article
# pages of WCXB's held-out test split (bench/wcxb_split.py), scored as
# wcxb-dev-articles is: the published F1, WCXB's word-F1, `with` and
# `without` snippets (bench/score_wcxb.py), title, date and author
# (bench/score_meta.py). DIR is a checkout of
# github.com/Murrough-Foley/web-content-extraction-benchmark (not in this
# repo; nothing of it is committed). Nothing is tuned on this split: it
# tells whether the figures on the dev pages in ../shared carry over.
# Run from the project root.
set -eu
src=${1:?usage: bash bench/wcxb_test.sh WCXB_CHECKOUT [BUILD]}
build=${2:-build}
source bench/common.sh
extract_setup "$build"
python3 bench/wcxb_split.py "$src/test" "$tmp"
"$build/extract_bench" -r 1 "$tmp/out.jsonl" "$tmp"/html/*.html.gz | head -n 2
python3 bench/score_extract.py "$tmp/ground-truth.json" "$tmp/out.jsonl"
python3 bench/score_wcxb.py "$tmp/ground-truth.json" "$tmp/out.jsonl"
python3 bench/score_meta.py "$tmp/ground-truth.json" "$tmp/out.jsonl" | tail -n 3
[ -n "${KEEP:-}" ] && cp "$tmp/out.jsonl" "$tmp/ground-truth.json" "$KEEP"/ || true
