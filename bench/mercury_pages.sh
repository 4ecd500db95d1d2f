#!/usr/bin/env bash
# mercury_pages.sh DIR [BUILD] - out-of-sample check on news pages: concord
# on the saved pages of Postlight's Mercury parser site tests (about 160
# sites, 2016-2019), scored against the title, author, UTC publication
# day and opening words those tests assert (bench/mercury_truth.py;
# bench/score_meta.py; bench/score_lead.py). DIR is a checkout of
# github.com/postlight/parser (not in this repo; nothing of it is
# committed; `fixtures/` and `src/` are all it reads). Nothing was tuned
# on these pages: run it before and after a change to the extractor or
# the metadata collector. Run from the project root.
set -eu
src=${1:?usage: bash bench/mercury_pages.sh PARSER_CHECKOUT [BUILD]}
build=${2:-build}
source bench/common.sh
extract_setup "$build"
python3 bench/mercury_truth.py "$src" "$tmp"
"$build/extract_bench" -r 1 "$tmp/out.jsonl" "$tmp"/html/*.html | head -n 1
python3 bench/score_meta.py "$tmp/truth.json" "$tmp/out.jsonl" --utc ${SHOWMETA:+--show $SHOWMETA} | grep -E '^(title|date|author|==|  )'
python3 bench/score_lead.py "$tmp/truth.json" "$tmp/out.jsonl" ${SHOWLEAD:+--show}
[ -n "${KEEP:-}" ] && cp "$tmp/out.jsonl" "$tmp/truth.json" "$KEEP"/ || true
