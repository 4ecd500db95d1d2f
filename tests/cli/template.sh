#!/usr/bin/env bash
# template.sh - the commands that load every article first strip each
# site's template (a line recurring across its articles and stories);
# extract, which streams, keeps it. See concord/template.h.
source "$(dirname "$0")/common.bash"

line="Riverton Ledger is published every weekday by Ledger Media Group."
bodies=(
	"The city council approved a new budget for road repairs on Monday. Councillors voted seven to two after a long debate about potholes."
	"A rare orchid was found growing in a railway cutting near the coast. Botanists said the flower had not been recorded there for decades."
	"The local football club signed a young striker from a rival team. The manager praised the player's speed and his goals last season."
	"Firefighters rescued a cat that had been trapped on a church roof. The animal was returned unharmed to its grateful elderly owner."
)
for i in 0 1 2 3; do
	printf '{"url": "https://ledger.example/%d", "site": "Riverton Ledger", "title": "Story %d", "text": "%s\\n%s"}\n' \
		"$i" "$i" "${bodies[$i]}" "$line"
done >"$tmp/site.jsonl"

run "$concord" extract "$tmp/site.jsonl"
expect_status "extract" 0
expect_grep "extract keeps the line" "$tmp/out" "published every weekday"
sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p' "$tmp/out" >"$tmp/ids.extract"

run "$concord" cluster "$tmp/site.jsonl"
expect_status "cluster" 0
sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p' "$tmp/out" >"$tmp/ids.cluster"
expect_lines "four articles" "$tmp/ids.cluster" 4
# the ids are those of the stripped text
if grep -qxFf "$tmp/ids.extract" "$tmp/ids.cluster"; then
	bad "cluster ids are the unstripped texts' ids"; else ok; fi

run "$concord" summarize --format json "$tmp/site.jsonl"
expect_status "summarize" 0
expect_nogrep "summarize strips the line" "$tmp/out" "published every weekday"
expect_grep "summarize keeps the bodies" "$tmp/out" "orchid"

# two articles of one site: nothing to learn
head -n 2 "$tmp/site.jsonl" >"$tmp/two.jsonl"
run "$concord" summarize --format json "$tmp/two.jsonl"
expect_grep "two articles keep the line" "$tmp/out" "published every weekday"

summary
