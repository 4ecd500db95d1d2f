#!/usr/bin/env bash
# docs.sh - `concord --help` and docs/concord.1 tell the same story: the
# same options, commands and exit codes. Fails when one drifts.
source "$(dirname "$0")/common.bash"
man=docs/concord.1

"$concord" --help >"$tmp/help"
# the man page as plain words: \- is -, font escapes dropped
sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g' "$man" >"$tmp/man"

section_help() { sed -n "/^$1/,/^\$/p" "$tmp/help"; }
section_man() { sed -n "/^\\.SH $1/,/^\\.SH /p" "$tmp/man" | sed '$d'; }

# options: every --long and -s in the Options part of each
section_help 'Options:' | grep -oE -- '(^| )--?[a-zA-Z][a-z-]*' | sed 's/^ //' | sort -u >"$tmp/opt.help"
section_man OPTIONS | grep -E '^\.(B|BI|BR) ' | grep -oE -- '(^| )"?--?[a-zA-Z][a-z-]*' |
	sed 's/^ "\{0,1\}//' | sort -u >"$tmp/opt.man"
if [ -s "$tmp/opt.help" ] && cmp -s "$tmp/opt.help" "$tmp/opt.man"; then ok; else
	bad "options differ (< --help, > man):"; diff "$tmp/opt.help" "$tmp/opt.man"; fi

# commands
section_help 'Commands:' | grep -oE '^  [a-z]+' | sed 's/^ *//' | sort -u >"$tmp/cmd.help"
section_man COMMANDS | grep -A1 '^\.TP' | grep -oE '^\.B [a-z]+' | sed 's/^\.B //' | sort -u >"$tmp/cmd.man"
if [ -s "$tmp/cmd.help" ] && cmp -s "$tmp/cmd.help" "$tmp/cmd.man"; then ok; else
	bad "commands differ (< --help, > man):"; diff "$tmp/cmd.help" "$tmp/cmd.man"; fi
# and the synopsis names each command too
for c in $(cat "$tmp/cmd.help"); do
	expect_grep "synopsis has $c" "$tmp/man" "^\\.B concord $c\$"
done

# exit codes
section_help 'Exit status:' | grep -oE '^  [0-9]+' | sed 's/^ *//' >"$tmp/exit.help"
section_man 'EXIT STATUS' | grep -A1 '^\.TP' | grep -oE '^\.B [0-9]+' | sed 's/^\.B //' >"$tmp/exit.man"
if [ -s "$tmp/exit.help" ] && cmp -s "$tmp/exit.help" "$tmp/exit.man"; then ok; else
	bad "exit codes differ (< --help, > man):"; diff "$tmp/exit.help" "$tmp/exit.man"; fi

# the version
v=$("$concord" --version | sed 's/^concord //')
expect_grep "man page version" "$man" "^\\.TH CONCORD 1 .*\"concord $v\""
# -h is --help
"$concord" -h >"$tmp/h"
expect_same "-h is --help" "$tmp/help" "$tmp/h"

summary
