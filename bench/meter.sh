#!/usr/bin/env bash
# meter.sh [BUILD] [meter args...] - builds libconcord and bench/meter.c
# (public API only) in BUILD (default build) and runs it on the METER
# courts corpus: story grouping and provenance quality, and timings.
# Examples: bench/meter.sh build --sweep; bench/meter.sh build --same-day
set -eu
cd "$(dirname "$0")/.."
build=${1:-build}
[ $# -gt 0 ] && shift
data=${METER_DIR:-../shared/data/meter-courts}
make -s -j2 BUILD="$build" "$build/libconcord.a"
mkdir -p "$build/bench"
pkgs="libxml-2.0 libutf8proc libxxhash sqlite3 zlib"
${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 -g \
    -Wall -Wextra -Iinclude -o "$build/bench/meter" bench/meter.c \
    "$build/libconcord.a" $(pkg-config --libs $pkgs) -lstemmer -lm
"$build/bench/meter" "$data" "$@"
