# common.bash - helpers sourced by the CLI tests (tests/cli/*.sh). Each
# test script gets the concord binary as $1, runs from the project root,
# needs only bash, coreutils, grep and sed, and ends with summary, which
# prints "NAME: N passed, N failed" and sets the exit status.
concord=${1:?usage: bash $0 path/to/concord}
case $concord in /*) ;; *) concord=$PWD/$concord ;; esac
if [ ! -x "$concord" ]; then
	echo "$(basename "$0"): no executable $concord"
	echo "0 passed, 1 failed"
	exit 1
fi
pass=0 fail=0 status=0
tmp=$(mktemp -d "${TMPDIR:-/tmp}/concord-cli.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
seeds=../shared/seeds

ok() { pass=$((pass + 1)); }
bad() { fail=$((fail + 1)); echo "FAIL $(basename "$0"): $*"; }

# run CMD...: runs it with stdout in $tmp/out, stderr in $tmp/err and the
# exit code in $status.
run() {
	"$@" >"$tmp/out" 2>"$tmp/err"
	status=$?
}

# expect_status NAME WANT: the last run exited with WANT.
expect_status() {
	if [ "$status" -eq "$2" ]; then ok; else
		bad "$1: exit $status, expected $2; stderr: $(head -c 400 "$tmp/err")"
	fi
}

# expect_grep NAME FILE ERE / expect_nogrep NAME FILE ERE
expect_grep() {
	if grep -qE -- "$3" "$2"; then ok; else bad "$1: $(basename "$2") lacks /$3/"; fi
}
expect_nogrep() {
	if grep -qE -- "$3" "$2"; then bad "$1: $(basename "$2") has /$3/"; else ok; fi
}

# expect_lines NAME FILE N: FILE has exactly N lines.
expect_lines() {
	local n
	n=$(wc -l <"$2")
	if [ "$n" -eq "$3" ]; then ok; else bad "$1: $(basename "$2") has $n lines, expected $3"; fi
}

# expect_same NAME FILE1 FILE2: byte-identical.
expect_same() {
	if cmp -s "$2" "$3"; then ok; else
		bad "$1: $2 and $3 differ"
		diff "$2" "$3" | head -n 10
	fi
}

summary() {
	echo "$(basename "$0"): $pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}

# The article files of the sample corpus (examples/ also holds its
# README.md, which is documentation, not an article).
examples=
if [ -d examples ]; then
	for f in examples/*; do
		case $f in *.md) ;; *) examples="$examples $f" ;; esac
	done
fi
