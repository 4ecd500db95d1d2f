#!/usr/bin/env bash
# mercury_pages.sh DIR [BUILD] - out-of-sample check on news pages: concord
# on the saved pages of Postlight's Mercury parser site tests (about 160
# sites, 2016-2019), scored against the title, author, UTC publication
# day and opening words those tests assert (bench/mercury_truth.py;
# bench/score_meta.py; bench/score_lead.py). DIR is a checkout of
# github.com/postlight/parser (not in this repo; nothing of it is
# committed; `fixtures/` and `src/` are all it reads). Nothing was tuned
# on these pages: run it before and after a change to the extractor or
# the metadata collector. With PEERS=1 the peers run on the same pages
# and are scored the same way (Readability.js needs the npm packages
# bench/peers.sh installs into bench/peers/; run that once first).
# Run from the project root.
set -eu
src=${1:?usage: bash bench/mercury_pages.sh PARSER_CHECKOUT [BUILD]}
build=${2:-build}
source bench/common.sh
extract_setup "$build"
python3 bench/mercury_truth.py "$src" "$tmp"
"$build/extract_bench" -r 1 "$tmp/out.jsonl" "$tmp"/html/*.html | head -n 1
score() {
	python3 bench/score_meta.py "$tmp/truth.json" "$1" --utc ${SHOWMETA:+--show $SHOWMETA} |
		grep -E '^(title|date|author|==|  )'
	python3 bench/score_lead.py "$tmp/truth.json" "$1" ${SHOWLEAD:+--show}
}
score "$tmp/out.jsonl"
if [ -n "${PEERS:-}" ]; then
	printf '%s\n' "$tmp"/html/*.html >"$tmp/list"
	if [ -f bench/peers/node_modules/@mozilla/readability/package.json ]; then
		echo "== readability-js"
		NODE_PATH=bench/peers/node_modules node bench/peer_readability.js \
			"$tmp/list" "$tmp/rjs.jsonl" "$tmp/rjs.stats" 10000 1
		score "$tmp/rjs.jsonl"
	else
		echo "== readability-js: not installed (run bench/peers.sh once)"
	fi
	if /usr/bin/python3 -c 'import readability, lxml.html' 2>/dev/null; then
		echo "== readability-lxml"
		/usr/bin/python3 bench/peer_readability_lxml.py "$tmp/list" \
			"$tmp/rl.jsonl" "$tmp/rl.stats" 10 1
		score "$tmp/rl.jsonl"
	else
		echo "== readability-lxml: not installed (run bench/peers.sh once)"
	fi
fi
[ -n "${KEEP:-}" ] && cp "$tmp/out.jsonl" "$tmp/truth.json" "$KEEP"/ || true
