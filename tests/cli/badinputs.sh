#!/usr/bin/env bash
# badinputs.sh - an empty file, a binary file and a missing path each get
# one clear stderr line naming them; the good inputs are still processed
# (exit 1); when nothing at all can be read the exit is 4.
source "$(dirname "$0")/common.bash"

mkdir -p "$tmp/in/sub"
: >"$tmp/in/empty.txt"
printf '\x00\x01\x02\x03\xff\xfe\x00\x00binary\x00\x7f\x80' >"$tmp/in/sub/blob.bin"
head -c 4096 /dev/zero >>"$tmp/in/sub/blob.bin"
cp "$seeds/002_936a602e0eadc9bc.txt" "$tmp/in/good.txt"
missing="$tmp/no-such-file.txt"

for cmd in brief extract cluster; do
	run "$concord" "$cmd" "$tmp/in" "$missing"
	expect_status "$cmd with bad inputs" 1
	expect_grep "$cmd names the empty file" "$tmp/err" '^concord: .*empty\.txt: '
	expect_grep "$cmd names the binary file" "$tmp/err" '^concord: .*blob\.bin: '
	expect_grep "$cmd names the missing path" "$tmp/err" '^concord: .*no-such-file\.txt: '
	expect_lines "$cmd: one line per bad input" "$tmp/err" 3
	expect_grep "$cmd still processes good.txt" "$tmp/out" 'good\.txt'
done

# nothing readable at all
run "$concord" brief "$tmp/in/empty.txt" "$missing"
expect_status "nothing readable" 4
expect_grep "nothing readable" "$tmp/err" 'no article could be read'
run "$concord" extract "$tmp/in/sub"
expect_status "only binary" 4
if [ -s "$tmp/out" ]; then bad "only binary: output on stdout"; else ok; fi

# hostile names and content reach the output escaped
printf 'A "quoted" <title>\n\nThe council said the <script>alert(1)</script> bridge will close for ten weeks from June 8 after corrosion was found.\n' >"$tmp/in/x<y>.txt"
run "$concord" brief --format html "$tmp/in/x<y>.txt"
expect_status "hostile html" 0
expect_nogrep "hostile html: no raw script" "$tmp/out" '<script'
expect_nogrep "hostile html: no raw name" "$tmp/out" 'x<y>'
run "$concord" extract "$tmp/in/x<y>.txt"
expect_grep "hostile json" "$tmp/out" '"path":"[^"]*x<y>\.txt"'
expect_grep "hostile json quotes escaped" "$tmp/out" '\\"quoted\\"'

# a terminal escape in a file name never reaches the output raw
esc=$(printf '\033')
mkdir -p "$tmp/esc"
cp "$seeds/003_5e3c4a208b616a98.txt" "$tmp/esc/${esc}[31mred.txt"
for fmt in markdown json html; do
	run "$concord" brief --format $fmt "$tmp/esc"
	expect_status "escape in a name ($fmt)" 0
	expect_nogrep "escape in a name ($fmt)" "$tmp/out" "$esc"
	expect_grep "escape in a name ($fmt) still named" "$tmp/out" 'red\.txt'
done

summary
