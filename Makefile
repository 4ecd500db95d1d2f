# concord - GNU Make build. `make` builds the command, `make check` runs
# every test (unit, fuzz corpus replay, CLI and golden), `make SAN=1 check`
# the same under ASan+UBSan in build-san/, `make fuzz` the libFuzzer
# targets (clang) in build-fuzz/. BUILD chooses the output directory.

PKGS := libxml-2.0 libutf8proc libxxhash sqlite3 zlib
SAN ?= 0
FUZZ ?= 0

ifeq ($(FUZZ),1)
  CC := clang
  BUILD ?= build-fuzz
  OPT := -O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
else ifeq ($(SAN),1)
  CC := clang
  BUILD ?= build-san
  OPT := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
else
  BUILD ?= build
  OPT := -O2 -g
endif

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS := $(shell pkg-config --libs $(PKGS)) -lstemmer -lm

WARN := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
        -Wno-unused-parameter
CFLAGS_ALL := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE $(OPT) -pthread \
              $(WARN) -MMD -MP $(CFLAGS)
LDFLAGS_ALL := $(OPT) -pthread $(LDFLAGS)

LIB_SRC := $(sort $(wildcard lib/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_SRC := $(sort $(wildcard cli/*.c))
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
TEST_SRC := $(sort $(wildcard tests/test_*.c))
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
REPLAY_BIN := $(FUZZ_SRC:fuzz/fuzz_%.c=$(BUILD)/fuzz/replay_%)
FUZZ_BIN := $(FUZZ_SRC:fuzz/%.c=$(BUILD)/fuzz/%)
LIBA := $(BUILD)/libconcord.a

.PHONY: all check test-bins fuzz clean demo
all: $(BUILD)/concord

# The library sees its private headers; the CLI, fuzzers and benchmarks
# see only include/, so the compiler keeps the public boundary.
$(BUILD)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -fvisibility=hidden -Iinclude -Ilib $(PKG_CFLAGS) -c $< -o $@

$(BUILD)/cli/%.o: cli/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -Iinclude -c $< -o $@

$(LIBA): $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/concord: $(CLI_OBJ) $(LIBA)
	$(CC) $(LDFLAGS_ALL) -o $@ $(CLI_OBJ) $(LIBA) $(PKG_LIBS)

# Unit tests may use private headers to test internals.
$(BUILD)/tests/harness.o: tests/harness.c tests/harness.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -Iinclude -Ilib -c $< -o $@

$(BUILD)/tests/%: tests/%.c $(BUILD)/tests/harness.o $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -Iinclude -Ilib $(PKG_CFLAGS) -o $@ $< \
	    $(BUILD)/tests/harness.o $(LIBA) $(PKG_LIBS)

# Each fuzz target is also linked with a plain main() that replays its
# corpus, so every test run exercises the corpora.
$(BUILD)/fuzz/replay_%: fuzz/fuzz_%.c fuzz/replay.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -Iinclude -o $@ $< fuzz/replay.c $(LIBA) $(PKG_LIBS)

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c $(LIBA)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -fsanitize=fuzzer -Iinclude -o $@ $< $(LIBA) $(PKG_LIBS)

test-bins: $(BUILD)/concord $(TEST_BIN) $(REPLAY_BIN)

check: test-bins
	@bash tests/run.sh $(BUILD)

# the fuzz targets' directory: build-fuzz, or BUILD when the command
# line gives one (this make's own BUILD is the plain build's)
FUZZ_DIR := $(if $(filter command line,$(origin BUILD)),$(BUILD),build-fuzz)

fuzz:
	$(MAKE) FUZZ=1 BUILD=$(FUZZ_DIR) $(FUZZ_SRC:fuzz/%.c=$(FUZZ_DIR)/fuzz/%)

demo: $(BUILD)/concord
	$(BUILD)/concord brief examples

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
