#!/usr/bin/env bash
# jobs.sh - --jobs changes nothing but speed: on a batch that mixes good
# pages, plain text, a WARC file and bad inputs, every command prints the
# same bytes on stdout and stderr, and exits the same, for 1, 2 and 7
# threads (7 does not divide the batches evenly).
source "$(dirname "$0")/common.bash"

data=../shared/data
mkdir -p "$tmp/in/bad"
: >"$tmp/in/bad/empty.txt"
printf '\x00\x01\x02binary\x00\xff' >"$tmp/in/bad/blob.bin"
n=0
for f in "$data"/scrapinghub/html/*.html.gz; do
	cp "$f" "$tmp/in/"
	n=$((n + 1))
	[ "$n" -ge 40 ] && break
done
inputs="$tmp/in $seeds $examples"
[ -f "$data/warc/warcio_example.warc.gz" ] && inputs="$inputs $data/warc/warcio_example.warc.gz"

for cmd in extract cluster dedup brief; do
	run "$concord" "$cmd" --jobs 1 $inputs
	cp "$tmp/out" "$tmp/$cmd.out1"
	cp "$tmp/err" "$tmp/$cmd.err1"
	want=$status
	expect_status "$cmd --jobs 1 (bad inputs counted)" 1
	for j in 2 7; do
		run "$concord" "$cmd" --jobs "$j" $inputs
		expect_status "$cmd --jobs $j" "$want"
		expect_same "$cmd --jobs $j stdout" "$tmp/$cmd.out1" "$tmp/out"
		expect_same "$cmd --jobs $j stderr" "$tmp/$cmd.err1" "$tmp/err"
	done
done
# the default (one thread per processor) too
run "$concord" extract $inputs
expect_same "extract default jobs" "$tmp/extract.out1" "$tmp/out"
expect_lines "extract: one line per article" "$tmp/extract.out1" \
	"$(grep -c '"text"' "$tmp/extract.out1")"

run "$concord" extract --jobs 0 "$seeds"
expect_status "--jobs 0 is a usage error" 2
summary
