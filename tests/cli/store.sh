#!/usr/bin/env bash
# store.sh - add, stories and show on a store: re-adding is a no-op,
# foreign files are refused, and a run killed with SIGKILL leaves a valid
# store that a re-run completes to exactly what one clean run gives.
source "$(dirname "$0")/common.bash"
db=$tmp/c.db
inputs=$seeds
[ -n "$examples" ] && inputs="$seeds $examples"

run "$concord" add --db "$db" $inputs
expect_status "add" 0
run "$concord" stories --db "$db"
expect_status "stories" 0
expect_grep "stories header" "$tmp/out" '^\| id \| title \| articles \| independent sources \| first date \| last date \|$'
expect_grep "stories row" "$tmp/out" '^\| 1 \| .+ \| [0-9]+ \| [0-9]+ \| '
cp "$tmp/out" "$tmp/stories1"

# adding again changes nothing
run "$concord" add --db "$db" $inputs
expect_status "add again" 0
run "$concord" stories --db "$db"
expect_same "add again is a no-op" "$tmp/stories1" "$tmp/out"

# every article is stored once: the article counts add up
n=0
for x in $(sed -E -n 's/^\| [0-9]+ \| .* \| ([0-9]+) \| [0-9]+ \| .*/\1/p' "$tmp/out"); do
	n=$((n + x))
done
want=$("$concord" extract $inputs 2>/dev/null | sed -E 's/.*"id":"([0-9a-f]+)"\}$/\1/' | sort -u | wc -l)
if [ "$n" -eq "$want" ]; then ok; else bad "stories count $n articles, inputs hold $want distinct"; fi

run "$concord" stories --db "$db" --format json
expect_status "stories json" 0
expect_grep "stories json" "$tmp/out" '^\{"stories":\[\{"id":1,"title":'
run "$concord" stories --db "$db" --format html
expect_grep "stories html" "$tmp/out" '^<!DOCTYPE html>'

run "$concord" show --db "$db" 1
expect_status "show" 0
expect_grep "show" "$tmp/out" '^## Story 1: '
run "$concord" show --db "$db" --format json 1
expect_grep "show json" "$tmp/out" '^\{"story":1,'
run "$concord" show --db "$db" 9999
expect_status "show missing story" 4
expect_grep "show missing story" "$tmp/err" 'no story 9999'

# missing and foreign databases
run "$concord" stories --db "$tmp/none.db"
expect_status "stories without a db" 3
if [ -e "$tmp/none.db" ]; then bad "stories created a db"; else ok; fi
printf 'not a database\n' >"$tmp/text.db"
run "$concord" add --db "$tmp/text.db" "$seeds"
expect_status "add to a text file" 3
expect_grep "add to a text file" "$tmp/err" 'not a concord database'
expect_grep "text file unchanged" "$tmp/text.db" '^not a database$'

# the kill test: a few hundred distinct articles (generated JSON Lines,
# then the pages of a real WARC when present)
json_text() { # a file as the inside of a JSON string
	tr -d '\r\000-\010\013-\037' <"$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/\t/\\t/g' |
		sed ':a;N;$!ba;s/\n/\\n/g'
}
k=0
for f in "$seeds"/*; do
	t[k]=$(json_text "$f")
	k=$((k + 1))
done
for i in $(seq 1 8); do
	for j in $(seq 0 $((k - 1))); do
		printf '{"url":"https://site%d.example/a%d","site":"Site %d","title":"Copy %d of seed %d","date":"2024-06-%02d","text":"%s\\nEdition %d of report %d, with its own closing line number %d."}\n' \
			"$i" "$j" "$i" "$i" "$j" $((i % 28 + 1)) "${t[j]}" "$i" "$j" "$i"
	done
done >"$tmp/big.jsonl"
big="$tmp/big.jsonl"
warc=../shared/data/warc/scrapinghub-181.warc.gz
[ -f "$warc" ] && big="$big $warc"
start=$(date +%s%N)
"$concord" add --quiet --db "$tmp/clean.db" $big 2>"$tmp/err"
status=$?
elapsed=$((($(date +%s%N) - start) / 1000000))
expect_status "clean add of big.jsonl" 0
"$concord" stories --db "$tmp/clean.db" >"$tmp/clean.stories"
expect_grep "clean add stored stories" "$tmp/clean.stories" '^\| 1 \|'

delay=$((elapsed * 2 / 5))
[ "$delay" -lt 20 ] && delay=20
"$concord" add --quiet --db "$tmp/killed.db" $big 2>/dev/null &
pid=$!
sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
kill -9 "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
run "$concord" stories --db "$tmp/killed.db"
expect_status "stories after kill -9" 0
partial=$(grep -cE '^\| [0-9]+ \|' "$tmp/out")
echo "  kill test: clean add took ${elapsed} ms, killed after ${delay} ms with $partial stories stored"
run "$concord" add --quiet --db "$tmp/killed.db" $big
expect_status "re-run after kill" 0
run "$concord" stories --db "$tmp/killed.db"
expect_same "killed + re-run == clean run" "$tmp/clean.stories" "$tmp/out"

summary
