#!/usr/bin/env bash
# trafilatura_eval.sh DIR [BUILD] - out-of-sample check: concord on
# trafilatura's own evaluation set (~990 pages with `with`/`without`
# chunks), scored with its published metric (bench/trafilatura_eval.py).
# DIR is a checkout of github.com/adbar/trafilatura (not in this repo;
# nothing of it is committed). Run from the project root.
set -eu
src=${1:?usage: bash bench/trafilatura_eval.sh TRAFILATURA_CHECKOUT [BUILD]}
build=${2:-build}
source bench/common.sh
extract_setup "$build"
python3 bench/trafilatura_eval.py prepare "$src/tests" "$tmp"
"$build/extract_bench" -r 1 "$tmp/out.jsonl" "$tmp"/html/*.html.gz | head -n 2
python3 bench/trafilatura_eval.py score "$tmp" "$tmp/out.jsonl"
[ -n "${KEEP:-}" ] && cp "$tmp/out.jsonl" "$tmp/items.json" "$KEEP"/ || true
