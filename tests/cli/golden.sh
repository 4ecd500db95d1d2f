#!/usr/bin/env bash
# golden.sh - `concord brief` on the seeds and the sample corpus compared
# byte for byte with tests/golden/. After a reviewed change of output,
# regenerate them with: UPDATE_GOLDEN=1 bash tests/cli/golden.sh build/concord
source "$(dirname "$0")/common.bash"
golden=tests/golden

check() { # NAME ARGS...: compares `concord ARGS` with $golden/NAME
	local name=$1
	shift
	run "$concord" "$@"
	expect_status "golden $name" 0
	if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
		cp "$tmp/out" "$golden/$name"
		echo "updated $golden/$name"
		return
	fi
	if [ ! -f "$golden/$name" ]; then
		bad "no $golden/$name: run UPDATE_GOLDEN=1 bash $0 $concord"
	elif cmp -s "$golden/$name" "$tmp/out"; then ok; else
		bad "$name differs from $golden/$name (< expected, > got):"
		diff "$golden/$name" "$tmp/out" | head -n 20
	fi
}

check seeds.md brief "$seeds"
check seeds.json brief --format json "$seeds"
if [ -n "$examples" ]; then
	check examples.md brief $examples
fi

summary
