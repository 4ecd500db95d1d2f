#!/usr/bin/env bash
# scaling.sh [BUILD] - is extraction time linear in page size? Builds the
# library and bench/scaling, then times concord_extract on pages of 1 KB
# to 5 MB made from one real Scrapinghub article (its paragraphs repeated
# in a bare <article>, and inside the page's own template) and on
# pathological shapes of the same sizes (deep nesting, many attributes,
# many elements, one huge text node, many <br>). Prints, per page, bytes,
# CPU seconds (best of ROUNDS), MB/s, the time-per-byte ratio to the 64 KB
# page of the same series (1.00 = linear), text bytes, status, peak RSS.
# Run from the project root. PAGE, ROUNDS, MAX (bytes) and SERIES (one
# series name) override.
set -eu
build=${1:-build}
data=${DATA:-../shared/data}
page=${PAGE:-$data/scrapinghub/html/14cc2a0ca59c62a8c9f205a171e9ccf4ef4cf69b0c642f51c8c65c051b39024f.html.gz}
rounds=${ROUNDS:-3}
source bench/common.sh
build_driver "$build" scaling -Wall -Wextra
"$build/scaling" -r "$rounds" ${MAX:+-m "$MAX"} ${SERIES:+-s "$SERIES"} "$page"
