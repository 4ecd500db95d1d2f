#!/usr/bin/env bash
# usage.sh - usage errors exit 2 with a message naming the problem.
source "$(dirname "$0")/common.bash"

usage() { # NAME ERE ARGS...: exit 2 and stderr matching ERE
	local name=$1 ere=$2
	shift 2
	run "$concord" "$@"
	expect_status "$name" 2
	expect_grep "$name" "$tmp/err" "$ere"
	if [ -s "$tmp/out" ]; then bad "$name: output on stdout"; else ok; fi
}

usage "no command" 'no command' 
usage "unknown command" 'unknown command: frobnicate' frobnicate x
usage "unknown option" 'unknown option: --frob' brief --frob "$seeds"
usage "bad format" 'unknown format: pdf' brief --format pdf "$seeds"
usage "format without value" 'needs a value' brief "$seeds" --format
usage "bad number" 'not a positive number: ten' summarize --max-words ten "$seeds"
usage "zero budget" 'not a positive number: 0' summarize --max-bytes=0 "$seeds"
usage "negative budget" 'not a positive number' summarize --max-bytes -5 "$seeds"
usage "no paths" 'no PATH' brief
usage "db for brief" 'does not apply' brief --db x.db "$seeds"
usage "budget for extract" 'does not apply' extract --max-words 10 "$seeds"
usage "stories operands" 'takes no operands' stories --db "$tmp/x.db" extra
usage "show without id" 'exactly one' show --db "$tmp/x.db"
usage "show bad id" 'not a story id' show --db "$tmp/x.db" abc
usage "help hint" "Try 'concord --help'" brief --nope x

# "--" ends the options: a path that starts with a dash
cp "$seeds/001_cde27cff9f0fd582.txt" "$tmp/-odd.txt"
(cd "$tmp" && "$concord" extract -- -odd.txt >out 2>err)
status=$?
expect_status "-- ends options" 0
expect_grep "-- ends options" "$tmp/out" '"path":"-odd\.txt"'

summary
