#!/usr/bin/env bash
# commands.sh - output shape and exit codes of each subcommand on the
# seeds (../shared/seeds) and the sample corpus (examples/).
source "$(dirname "$0")/common.bash"

# brief, Markdown: every seed is listed, nothing on stderr
run "$concord" brief "$seeds"
expect_status "brief seeds" 0
expect_grep "brief seeds" "$tmp/out" '^## Story 1: '
for f in "$seeds"/*; do
	expect_grep "brief lists $f" "$tmp/out" "$(basename "$f")"
done
if [ -s "$tmp/err" ]; then bad "brief seeds: stderr not empty: $(head -c 300 "$tmp/err")"; else ok; fi
cp "$tmp/out" "$tmp/brief1.md"

# deterministic: byte-identical on a second run
run "$concord" brief "$seeds"
expect_same "brief is deterministic" "$tmp/brief1.md" "$tmp/out"

# JSON and HTML documents
run "$concord" brief --format json "$seeds"
expect_status "brief json" 0
expect_grep "brief json" "$tmp/out" '^\{"stories":\[\{"story":1,"title":'
expect_grep "brief json ends" "$tmp/out" '\]\}$'
run "$concord" brief --format=html "$seeds"
expect_status "brief html" 0
expect_grep "brief html" "$tmp/out" '^<!DOCTYPE html>'
expect_grep "brief html" "$tmp/out" '^</html>$'

# the sample corpus: three stories (bridge, election, wetlands), largest first
if [ -n "$examples" ]; then
	run "$concord" brief $examples
	expect_status "brief examples" 0
	expect_grep "brief examples" "$tmp/out" '^## Story 3: '
	expect_nogrep "brief examples" "$tmp/out" '^## Story 4: '
	expect_grep "brief examples: the bridge story is the largest" "$tmp/out" '^## Story 1: .*Bridge'
	expect_grep "brief examples cites" "$tmp/out" '\[[0-9]+\]$'
fi

# summarize with budgets
summary_words() { # the words of the Markdown summary, citations removed
	sed -n '/^### Summary/,/^### Claims/p' "$1" | grep -vE '^###' |
		sed -E 's/( \[[0-9]+\])+$//; s/(\[[0-9]+\])+$//' | wc -w
}
summary_bytes() {
	sed -n '/^### Summary/,/^### Claims/p' "$1" | grep -vE '^(###|$)' |
		sed -E 's/ (\[[0-9]+\])+$//' | tr -d '\n\\' | wc -c
}
run "$concord" summarize "$seeds"
expect_status "summarize" 0
expect_grep "summarize" "$tmp/out" '^## Story 1: '
expect_nogrep "summarize: one story" "$tmp/out" '^## Story 2'
full=$(summary_words "$tmp/out")
run "$concord" summarize --max-words 40 "$seeds"
expect_status "summarize --max-words" 0
w=$(summary_words "$tmp/out")
if [ "$w" -le 40 ] && [ "$w" -lt "$full" ]; then ok; else
	bad "summarize --max-words 40: $w words (without a budget: $full)"; fi
run "$concord" summarize --max-bytes 400 "$seeds"
expect_status "summarize --max-bytes" 0
b=$(summary_bytes "$tmp/out")
if [ "$b" -le 420 ]; then ok; else bad "summarize --max-bytes 400: $b bytes"; fi
run "$concord" summarize --format json --max-words 60 "$seeds"
expect_status "summarize json" 0
expect_grep "summarize json is one story object" "$tmp/out" '^\{"story":1,'

# extract: one JSON line per article, all fields
run "$concord" extract "$seeds"
expect_status "extract" 0
expect_lines "extract" "$tmp/out" 5
expect_grep "extract" "$tmp/out" '^\{"path":"\.\./shared/seeds/000_4f84585575684f89\.txt","url":'
n=$(grep -cE '^\{"path":.*,"url":.*,"site":.*,"title":.*,"author":.*,"date":.*,"lang":.*,"text":".*","id":"[0-9a-f]{16}"\}$' "$tmp/out")
if [ "$n" -eq 5 ]; then ok; else bad "extract: $n of 5 lines have every field"; fi

# stdin
run "$concord" extract - <"$seeds/001_cde27cff9f0fd582.txt"
expect_status "extract stdin" 0
expect_lines "extract stdin" "$tmp/out" 1
expect_grep "extract stdin" "$tmp/out" '^\{"path":"-"'

# dedup and cluster: an exact copy is found and named
mkdir -p "$tmp/dup"
cp "$seeds/000_4f84585575684f89.txt" "$tmp/dup/a.txt"
cp "$seeds/000_4f84585575684f89.txt" "$tmp/dup/b.txt"
cp "$seeds/003_5e3c4a208b616a98.txt" "$tmp/dup/c.txt"
run "$concord" dedup "$tmp/dup"
expect_status "dedup" 0
expect_lines "dedup" "$tmp/out" 1
expect_grep "dedup" "$tmp/out" '"path":"[^"]*/b\.txt","id":"[0-9a-f]{16}","duplicate_of":"[^"]*/a\.txt","exact":true'
run "$concord" cluster "$tmp/dup"
expect_status "cluster" 0
expect_lines "cluster" "$tmp/out" 3
expect_grep "cluster" "$tmp/out" '/b\.txt","id":"[0-9a-f]{16}","story":[0-9]+,"duplicate_of":"[^"]*/a\.txt","exact":true\}$'
expect_grep "cluster" "$tmp/out" '/a\.txt","id":"[0-9a-f]{16}","story":[0-9]+,"duplicate_of":null'
run "$concord" brief "$tmp/dup"
expect_status "brief with a copy" 0
expect_grep "brief mentions the copy" "$tmp/out" 'Exact copies not counted again: `[^`]*/b\.txt` \(copy of \[1\]\)'

# cluster's story numbers are brief's
if [ -n "$examples" ]; then
	run "$concord" cluster $examples
	expect_status "cluster examples" 0
	expect_lines "cluster examples" "$tmp/out" 10
	s=$(grep -E 'bridge-radio' "$tmp/out" | sed -E 's/.*"story":([0-9]+).*/\1/')
	"$concord" brief $examples >"$tmp/ex.md" 2>/dev/null
	t=$(sed -n "/^## Story $s: /,/^## Story/p" "$tmp/ex.md" | grep -c 'bridge-radio')
	if [ "$t" -ge 1 ]; then ok; else bad "cluster story $s of bridge-radio is not brief's"; fi
fi

# an output error is fatal (exit 3) with a message
if [ -w /dev/full ]; then
	"$concord" brief "$seeds" >/dev/full 2>"$tmp/err"
	status=$?
	expect_status "brief to a full disk" 3
	expect_grep "brief to a full disk" "$tmp/err" '^concord: '
	"$concord" extract "$seeds" >/dev/full 2>"$tmp/err"
	status=$?
	expect_status "extract to a full disk" 3
fi

# --help and --version
run "$concord" --version
expect_status "--version" 0
expect_grep "--version" "$tmp/out" '^concord [0-9]+\.[0-9]+\.[0-9]+$'
run "$concord" brief --help
expect_status "brief --help" 0
expect_grep "brief --help" "$tmp/out" '^usage: concord'

summary
