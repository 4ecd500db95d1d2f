# common.sh - sourced by the bench scripts (run from the project root):
# installing python3 for the scorers, and building a bench driver
# against the library with the public headers only.

# need_python3: installs python3 with apt-get when it is missing.
need_python3() {
	command -v python3 >/dev/null ||
		{ apt-get update -qq && apt-get install -y -qq python3; }
}

# build_driver BUILD NAME [CFLAGS...]: builds BUILD/libconcord.a, then
# bench/NAME.c into BUILD/NAME.
build_driver() {
	local build=$1 name=$2
	shift 2
	make -s -j2 BUILD="$build" "$build/libconcord.a"
	${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -O2 "$@" \
		-Iinclude -o "$build/$name" "bench/$name.c" "$build/libconcord.a" \
		$(pkg-config --libs libxml-2.0 libutf8proc libxxhash sqlite3 zlib) \
		-lstemmer -lm -pthread
}

# extract_setup BUILD: what extract.sh and the out-of-sample scripts
# share: python3 for the scorers, BUILD/extract_bench, and a scratch
# directory in $tmp that is removed on exit.
extract_setup() {
	need_python3
	build_driver "$1" extract_bench
	tmp=$(mktemp -d)
	trap 'rm -rf "$tmp"' EXIT
}
