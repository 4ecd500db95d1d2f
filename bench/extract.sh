#!/usr/bin/env bash
# extract.sh [BUILD] - article-extraction benchmark on the Scrapinghub set
# (and the WCXB dev articles for title/date/author): builds the library
# and bench/extract_bench, times extraction (pages already in memory),
# and scores the output with bench/score_extract.py (the published metric).
# Run from the project root. Installs python3 with apt-get when missing.
set -eu
build=${1:-build}
data=${DATA:-../shared/data}
rounds=${ROUNDS:-3}
source bench/common.sh
extract_setup "$build"
echo "== scrapinghub (181 pages)"
"$build/extract_bench" -r "$rounds" "$tmp/sh.jsonl" "$data"/scrapinghub/html/*.html.gz
python3 bench/score_extract.py "$data/scrapinghub/ground-truth.json" "$tmp/sh.jsonl" ${SHOW:+--show $SHOW}
if [ -d "$data/wcxb-dev-articles/html" ]; then
	echo "== wcxb-dev-articles"
	"$build/extract_bench" -r 1 "$tmp/wc.jsonl" "$data"/wcxb-dev-articles/html/*.html.gz
	python3 bench/score_extract.py "$data/wcxb-dev-articles/ground-truth.json" "$tmp/wc.jsonl"
	# WCXB's own metrics (word-F1, furniture and `with` snippet rates)
	python3 bench/score_wcxb.py "$data/wcxb-dev-articles/ground-truth.json" "$tmp/wc.jsonl"
	# title, date and author against the truth (normalized and exact)
	python3 bench/score_meta.py "$data/wcxb-dev-articles/ground-truth.json" "$tmp/wc.jsonl" ${SHOWMETA:+--show $SHOWMETA}
fi
[ -n "${KEEP:-}" ] && cp "$tmp"/*.jsonl "$KEEP"/ || true
# PARSE=1: parse-only libxml2 (tree, tree with a reused context, SAX
# tokenizer alone) vs gumbo (bench/parse_compare.c), including two
# hostile pages, each under a 20 CPU-second limit.
if [ -n "${PARSE:-}" ] && pkg-config --exists gumbo; then
	echo "== parse only: libxml2 vs gumbo"
	cc -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 \
		$(pkg-config --cflags libxml-2.0 gumbo) -o "$build/parse_compare" \
		bench/parse_compare.c $(pkg-config --libs libxml-2.0 gumbo zlib)
	"$build/parse_compare" -r "$rounds" "$data"/scrapinghub/html/*.html.gz
fi
