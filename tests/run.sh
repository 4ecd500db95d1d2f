#!/usr/bin/env bash
# run.sh BUILD - runs every test of one build: the unit test binaries, the
# fuzz corpora replays, and the CLI/golden scripts in tests/cli/. Each
# prints "N passed, N failed"; this script adds them up and exits non-zero
# when anything failed or a runner crashed.
set -u
build=${1:-build}
total_pass=0 total_fail=0 broken=0

tally() { # name, output, status
	local line
	line=$(printf '%s\n' "$2" | grep -E '[0-9]+ passed, [0-9]+ failed' | tail -n 1)
	if [ -z "$line" ]; then
		echo "BROKEN $1 (exit $3, no tally)"
		broken=$((broken + 1))
		return
	fi
	local p f
	p=$(printf '%s' "$line" | grep -oE '[0-9]+ passed' | tail -n 1)
	f=$(printf '%s' "$line" | grep -oE '[0-9]+ failed' | tail -n 1)
	p=${p% passed} f=${f% failed}
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
	if [ "$3" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "BROKEN $1 (exit $3)"
		broken=$((broken + 1))
	fi
}

run() { # name, command...
	local name=$1 out status
	shift
	out=$("$@" 2>&1)
	status=$?
	printf '%s\n' "$out" | grep -E '^(FAIL|BROKEN)|passed, [0-9]+ failed|ERROR|Sanitizer|runtime error' | sed 's/^/  /'
	tally "$name" "$out" "$status"
}

for t in "$build"/tests/test_*; do
	[ -x "$t" ] || continue
	run "$(basename "$t")" "$t"
done
for r in "$build"/fuzz/replay_*; do
	[ -x "$r" ] || continue
	name=${r##*/replay_}
	[ -d "fuzz/corpus/$name" ] || { echo "BROKEN $name: no fuzz/corpus/$name"; broken=$((broken + 1)); continue; }
	run "replay_$name" "$r" "fuzz/corpus/$name"
done
for s in tests/cli/*.sh; do
	[ -f "$s" ] || continue
	run "$(basename "$s")" bash "$s" "$build/concord"
done
echo "$build: $total_pass passed, $((total_fail + broken)) failed"
[ $((total_fail + broken)) -eq 0 ]
