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
source bench/common.sh
build_driver "$build" meter -g -Wall -Wextra
"$build/meter" "$data" "$@"
