#!/usr/bin/env bash
# lang_bench.sh [BUILD] - language detection vs the language the benchmark
# pages declare (bench/lang_bench.py), on the whole article and on its
# first SHORT bytes (default 150). Run from the project root.
set -eu
build=${1:-build}
data=${DATA:-../shared/data}
source bench/common.sh
need_python3
make -s -j2 BUILD="$build" "$build/concord"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$build/concord" extract -q "$data"/scrapinghub/html "$data"/wcxb-dev-articles/html >"$tmp/x.jsonl" || true
echo "== whole articles"
python3 bench/lang_bench.py "$tmp/x.jsonl" "$data"/scrapinghub/html "$data"/wcxb-dev-articles/html
short=${SHORT:-150}
echo "== first $short bytes of each article"
python3 bench/lang_bench.py --short "$short" "$tmp/x.jsonl" >"$tmp/short.jsonl"
"$build/concord" extract -q "$tmp/short.jsonl" >"$tmp/xs.jsonl" || true
python3 bench/lang_bench.py --short-score "$tmp/x.jsonl" "$tmp/xs.jsonl" "$data"/scrapinghub/html "$data"/wcxb-dev-articles/html | grep -v '^DIFF'
