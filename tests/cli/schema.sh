#!/usr/bin/env bash
# schema.sh - the JSON that concord prints has the keys docs/json-schema.md
# documents, in the documented order: fails when one drifts from the other.
source "$(dirname "$0")/common.bash"
doc=docs/json-schema.md

# keys of one documented block: the lines '  "key": ...' between a
# heading matching $1 and the next heading
doc_keys() {
	sed -n "/^#\\{2,3\\} $1\$/,/^#/p" "$doc" | grep -oE '^  "[a-z_]+":' | tr -d ' :'
}
# an ERE matching the keys in order: "k1":.*"k2":...
keys_ere() {
	local ere= k
	for k in "$@"; do ere="$ere${ere:+.*}$k:"; done
	printf '%s' "$ere"
}

check_block() { # HEADING OUTPUT-FILE
	local keys
	keys=$(doc_keys "$1")
	if [ -z "$keys" ]; then bad "no keys documented under '$1'"; return; fi
	# shellcheck disable=SC2086
	expect_grep "schema $1" "$2" "$(keys_ere $keys)"
}

inputs=${examples:-$seeds}
"$concord" brief --format json $inputs >"$tmp/brief.json" 2>/dev/null
# one object per line, so an object's keys are matched on its own line
sed -e 's/},{/}\n{/g' -e 's/\[{/[\n{/g' "$tmp/brief.json" >"$tmp/split.json"
check_block STORY "$tmp/brief.json"
check_block ARTICLE "$tmp/split.json"
check_block SENTENCE "$tmp/split.json"
check_block CLAIM "$tmp/split.json"
# the top level is the stories wrapper
expect_grep "schema stories wrapper" "$tmp/brief.json" '^\{"stories":\['
# no key in the output that the document does not name
for k in $(grep -oE '"[a-z_]+":' "$tmp/brief.json" | sort -u | tr -d '":'); do
	if grep -qE "\"$k\"" "$doc"; then ok; else bad "key $k is not documented in $doc"; fi
done

# the JSON Lines commands: documented key lists in their code lines
"$concord" extract $inputs >"$tmp/extract.jsonl" 2>/dev/null
expect_grep "schema extract" "$tmp/extract.jsonl" \
	"^\\{$(keys_ere $(sed -n '/^## `concord extract`/,/^## /p' "$doc" | grep -E '^\{"path"' | grep -oE '"[a-z]+"'))"
"$concord" cluster $inputs >"$tmp/cluster.jsonl" 2>/dev/null
expect_grep "schema cluster" "$tmp/cluster.jsonl" '^\{"path":.*"id":.*"story":.*"duplicate_of":.*"exact":'
expect_grep "schema cluster documented" "$doc" '^\{"path","id","story": 1, "duplicate_of": "path" \| null, "exact": true\|false\}$'

summary
