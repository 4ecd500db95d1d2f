#!/usr/bin/env bash
# peers.sh [BUILD] - extraction benchmark of concord against the peers that
# install here, side by side in one run on one machine: Mozilla Readability
# (npm, over linkedom) and readability-lxml (Debian python3-readability).
# Installs the peers itself (npm packages into bench/peers/, git-ignored;
# Debian packages with apt-get) - no peer code is in the repo. Pages are
# decompressed once into a temp dir and every tool gets the same list; each
# tool runs in its own process, loads all pages, then times only its
# extraction loop (pages/s = pages / extraction seconds, wall; CPU too).
# Peak RSS of each process comes from /usr/bin/time -f %M. A page on which a
# peer throws or passes PAGE_TIMEOUT seconds gets empty text (a miss).
# Outputs ({"id","text"} JSON Lines) are scored with bench/score_extract.py
# (shingle F1, P, R) and bench/score_wcxb.py (word-F1, WCXB snippets), and
# bench/peers_table.py prints one Markdown table plus concord/peer ratios,
# and, where the truth has them, title/date/author agreement
# (bench/score_meta.py) of the tools that give them.
# Run from the project root. Env: DATA (../shared/data), OUT
# (bench/out/peers), ROUNDS (1), PAGE_TIMEOUT (10 s), TOOL_TIMEOUT (3600 s),
# SETS ("scrapinghub wcxb-dev-articles").
set -eu
build=${1:-build}
data=${DATA:-../shared/data}
out=${OUT:-bench/out/peers}
rounds=${ROUNDS:-1}
page_timeout=${PAGE_TIMEOUT:-10}
tool_timeout=${TOOL_TIMEOUT:-3600}
sets=${SETS:-scrapinghub wcxb-dev-articles}
peers=bench/peers
tools="concord readability-js readability-lxml"

# --- install what is missing (Debian packages, then npm packages)
apt_missing=""
[ -x /usr/bin/python3 ] || apt_missing="$apt_missing python3"
[ -x /usr/bin/time ] || apt_missing="$apt_missing time"
command -v node >/dev/null || apt_missing="$apt_missing nodejs"
command -v npm >/dev/null || apt_missing="$apt_missing npm"
if ! { [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import readability, lxml.html' 2>/dev/null; }; then
	apt_missing="$apt_missing python3-readability python3-lxml"
fi
if [ -n "$apt_missing" ]; then
	echo "== apt-get install$apt_missing"
	apt-get update -qq && apt-get install -y -qq $apt_missing >/dev/null
fi
if [ ! -f "$peers/node_modules/@mozilla/readability/package.json" ] ||
	[ ! -f "$peers/node_modules/linkedom/package.json" ]; then
	echo "== npm install @mozilla/readability linkedom (into $peers)"
	mkdir -p "$peers"
	[ -f "$peers/package.json" ] || echo '{"private": true}' >"$peers/package.json"
	(cd "$peers" && npm install --no-audit --no-fund --silent @mozilla/readability linkedom)
fi
py=python3
command -v python3 >/dev/null || py=/usr/bin/python3

# --- build concord's driver (the same one bench/extract.sh uses)
source bench/common.sh
build_driver "$build" extract_bench

npm_version() { node -p "require('./$peers/node_modules/$1/package.json').version"; }
echo "== versions: concord $(git describe --always --dirty 2>/dev/null || echo tree)," \
	"@mozilla/readability $(npm_version @mozilla/readability)," \
	"linkedom $(npm_version linkedom), node $(node --version)," \
	"python3-readability $(dpkg-query -W -f '${Version}' python3-readability 2>/dev/null || echo '?')," \
	"python3-lxml $(dpkg-query -W -f '${Version}' python3-lxml 2>/dev/null || echo '?')"
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load:$(uptime | sed 's/.*load average://')"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# run_tool SET TOOL CMD... : one tool in its own process under a time cap,
# its peak RSS (KB) to TOOL.rss; a failing tool is reported, not fatal.
run_tool() {
	local dset=$1 tool=$2
	shift 2
	local o="$out/$dset/$tool"
	rm -f "$o.jsonl" "$o.stats.json" "$o.rss" "$o.score" "$o.wcxb.json"
	echo "-- $dset: $tool" >&2
	/usr/bin/time -o "$o.rss" -f %M timeout "$tool_timeout" "$@" ||
		echo "   warning: $tool exited with status $? on $dset"
}

# concord's driver prints its figures; turn them into the peers' stats file.
concord_stats() {
	awk -v r="$rounds" '
		/^pages [0-9]/ { n = $2; bad = $4 }
		/extraction only/ { s = $(NF - 1) }
		/CPU s\)/ { gsub(/\(/, "", $3); c = $3 }
		END { printf "{\"pages\": %d, \"errors\": %d, \"timeouts\": 0, \"seconds\": %s, \"cpu_seconds\": %s, \"rounds\": %d}\n", n, bad, s, c, r }' "$1"
}

for dset in $sets; do
	src="$data/$dset"
	[ -d "$src/html" ] || { echo "== $dset: no $src/html, skipped"; continue; }
	mkdir -p "$out/$dset" "$tmp/$dset"
	for f in "$src"/html/*.html.gz; do
		b=${f##*/}
		gzip -dc "$f" >"$tmp/$dset/${b%.gz}"
	done
	list="$tmp/$dset.list"
	printf '%s\n' "$tmp/$dset"/*.html >"$list"
	mapfile -t files <"$list"
	echo "== $dset: ${#files[@]} pages"
	o="$out/$dset"
	run_tool "$dset" concord "$build/extract_bench" -r "$rounds" "$o/concord.jsonl" "${files[@]}" \
		>"$o/concord.log"
	concord_stats "$o/concord.log" >"$o/concord.stats.json"
	run_tool "$dset" readability-js env NODE_PATH="$peers/node_modules" node bench/peer_readability.js \
		"$list" "$o/readability-js.jsonl" "$o/readability-js.stats.json" "$((page_timeout * 1000))" "$rounds"
	run_tool "$dset" readability-lxml /usr/bin/python3 bench/peer_readability_lxml.py \
		"$list" "$o/readability-lxml.jsonl" "$o/readability-lxml.stats.json" "$page_timeout" "$rounds"
	for tool in $tools; do
		[ -s "$o/$tool.jsonl" ] || continue
		$py bench/score_extract.py "$src/ground-truth.json" "$o/$tool.jsonl" >"$o/$tool.score"
		$py bench/score_wcxb.py "$src/ground-truth.json" "$o/$tool.jsonl" --json >"$o/$tool.wcxb.json"
		grep -q '"title"' "$src/ground-truth.json" &&
			$py bench/score_meta.py "$src/ground-truth.json" "$o/$tool.jsonl" >"$o/$tool.meta"
	done
	rm -rf "${tmp:?}/$dset"
done

echo "== results (furniture pages: share of pages showing a 'without' snippet, lower is better;"
echo "   with found: share of 'with' snippets present; outputs kept in $out)"
$py bench/peers_table.py "$out" $sets -- $tools
