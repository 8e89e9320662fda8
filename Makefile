# fivew - GNU Makefile. `make` builds build/libfivew.a and build/fivew;
# `make test` runs every test; see `make help`.

CC ?= cc
BUILD ?= build
CFLAGS ?= -O2 -g
WARN := -Wall -Wextra -Wpedantic -Wshadow -Wmissing-prototypes \
        -Wstrict-prototypes -Wformat=2 -Wvla
ifeq ($(WERROR),1)
WARN += -Werror
endif
XML_CFLAGS := $(shell pkg-config --cflags libxml-2.0 2>/dev/null || \
                echo -I/usr/include/libxml2)
CPPFLAGS += -Iinclude -I$(BUILD)/gen -MMD -MP $(XML_CFLAGS)
ALL_CFLAGS = -std=c11 -D_DEFAULT_SOURCE $(WARN) $(CFLAGS) $(EXTRA_CFLAGS)
LDLIBS += -lxml2 -lcjson -lutf8proc -lpthread

ISO_CODES ?= /usr/share/iso-codes/json
SHARED ?= ../shared

LIB_SRC := $(sort $(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
LIB := $(BUILD)/libfivew.a
BIN := $(BUILD)/fivew
GEN := $(BUILD)/gen/lexicon.inc
DATA := $(sort $(wildcard data/*.tsv))

UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)
FUZZ_TARGETS := analyze xml json wire7 actors agents verbs options discards \
                issues
REPLAY_BIN := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay_%)
TEST_BIN := $(UNIT_BIN) $(BUILD)/tests/pathological $(REPLAY_BIN)

.PHONY: all test asan fuzz bench eval format golden-update clean help

all: $(LIB) $(BIN)

# The generator runs on the build machine: no sanitizer flags.
$(BUILD)/gen_lexicon: tools/gen_lexicon.c src/lexhash.h src/lexicon.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_DEFAULT_SOURCE $(WARN) -O1 -g -o $@ $< \
	    -lcjson -lutf8proc

$(GEN): $(BUILD)/gen_lexicon $(DATA) $(ISO_CODES)/iso_3166-1.json \
        $(ISO_CODES)/iso_3166-2.json
	@mkdir -p $(@D)
	$(BUILD)/gen_lexicon data $(ISO_CODES) $@

# The default event dictionaries, as C strings.
EVENTS_DATA := data/events/actors.txt data/events/agents.txt \
               data/events/verbs.txt data/events/cameo.tsv
EVENTS_GEN := $(BUILD)/gen/events_data.inc

$(BUILD)/gen_embed: tools/gen_embed.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -D_DEFAULT_SOURCE $(WARN) -O1 -g -o $@ $<

$(EVENTS_GEN): $(BUILD)/gen_embed $(EVENTS_DATA)
	@mkdir -p $(@D)
	$(BUILD)/gen_embed $@ events_actors=data/events/actors.txt \
	    events_agents=data/events/agents.txt \
	    events_verbs=data/events/verbs.txt events_cameo=data/events/cameo.tsv

# The string pools are long literals, as C compilers allow.
$(BUILD)/src/lexicon.o: $(GEN)
$(BUILD)/src/lexicon.o: EXTRA_CFLAGS += -Wno-overlength-strings
$(BUILD)/src/events.o: $(EVENTS_GEN)
$(BUILD)/src/events.o: EXTRA_CFLAGS += -Wno-overlength-strings

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(BUILD)/cli/fivew.o $(LIB)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# Tests include src/internal.h; their objects depend on the generated
# tables like the library's.
$(BUILD)/tests/%: tests/unit/%.c tests/check.h $(LIB) | $(GEN)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Isrc $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) \
	    $(LDLIBS) -lcjson

$(BUILD)/tests/pathological: tests/pathological.c tests/check.h $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

# Each fuzz target's corpus replayed without libFuzzer, by any compiler.
$(BUILD)/fuzz/replay_%: fuzz/replay.c fuzz/fuzz_%.c fuzz/fuzz_check.h \
                       fuzz/fuzz_dict.h fuzz/fuzz_require.h $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -Isrc $(ALL_CFLAGS) $(LDFLAGS) -o $@ fuzz/replay.c \
	    fuzz/fuzz_$*.c $(LIB) $(LDLIBS) -lcjson

test: all $(TEST_BIN)
	@BUILD=$(BUILD) SHARED=$(SHARED) sh tests/run.sh

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build/asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=address,undefined" test

# libFuzzer, with clang: FUZZ_SECONDS per target (default 60). The
# library is built once with the sanitizers and coverage, then linked
# into each target. New inputs go to build/fuzz/new-TARGET; merge the
# ones worth keeping into fuzz/corpus/TARGET with -merge=1.
FUZZ_SECONDS ?= 60
FUZZ_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -O1 -g \
               -fsanitize=fuzzer-no-link,address,undefined \
               -fno-sanitize-recover=undefined
FUZZ_LIB := $(BUILD)/fuzz/libfivew_fuzz.a
FUZZ_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/fuzz/obj/%.o)
FUZZ_BIN := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/fuzz_%)

$(BUILD)/fuzz/obj/%.o: src/%.c $(GEN) $(EVENTS_GEN)
	@mkdir -p $(dir $@)
	clang $(CPPFLAGS) -Isrc $(FUZZ_CFLAGS) -Wno-overlength-strings -c -o $@ $<

$(FUZZ_LIB): $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $^

$(BUILD)/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz_check.h fuzz/fuzz_dict.h \
                      fuzz/fuzz_require.h $(FUZZ_LIB)
	clang $(CPPFLAGS) -Isrc -std=c11 -D_DEFAULT_SOURCE -O1 -g \
	    -fsanitize=fuzzer,address,undefined \
	    -fno-sanitize-recover=undefined -o $@ $< $(FUZZ_LIB) \
	    $(LDLIBS) -lcjson

fuzz: $(FUZZ_BIN)
	@set -e; for t in $(FUZZ_TARGETS); do \
	    mkdir -p $(BUILD)/fuzz/new-$$t; \
	    echo "fuzz_$$t: $(FUZZ_SECONDS) s"; \
	    $(BUILD)/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) \
	        -max_len=8192 -print_final_stats=1 \
	        $(BUILD)/fuzz/new-$$t fuzz/corpus/$$t 2>&1 | \
	        grep -E "^(stat::number_of_executed_units|==|SUMMARY)" || true; \
	    if ls crash-* leak-* timeout-* oom-* 2>/dev/null | grep -q .; then \
	        echo "fuzz_$$t found a failure"; exit 1; fi; \
	done

bench: all $(BUILD)/bench
	$(BUILD)/bench $(SHARED)/eval/polnear/train $(SHARED)/events/phoenix
	@/usr/bin/time -f "fivew -j1 on the same batch: peak memory %M KB" \
	    $(BUILD)/fivew -j1 -o /dev/null $(SHARED)/eval/polnear/train

$(BUILD)/bench: bench/bench.c $(LIB)
	$(CC) $(CPPFLAGS) -Isrc $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(LIB) \
	    $(LDLIBS)

eval: all $(BUILD)/tests/test_seed
	@SHARED=$(SHARED) BUILD=$(BUILD) sh eval/run.sh

golden-update: all
	@for f in tests/golden/*.txt; do \
	    $(BIN) --sentences "$$f" > "$${f%.txt}.json" 2>/dev/null; \
	done; echo "rewrote tests/golden/*.json; review with git diff"

format:
	clang-format -i include/*.h src/*.c src/*.h cli/*.c tests/*.c \
	    tests/*.h tests/unit/*.c fuzz/*.c bench/*.c tools/*.c

clean:
	rm -rf build

help:
	@echo "make            build build/libfivew.a and build/fivew"
	@echo "make test       unit, golden, CLI, pathological and fuzz-corpus tests"
	@echo "make asan       the tests under ASan+UBSan (build/asan)"
	@echo "make fuzz       run the libFuzzer targets (clang)"
	@echo "make bench      throughput on \$$(SHARED)/eval/polnear/train"
	@echo "make eval       quality scores against ../shared gold"
	@echo "make golden-update  rewrite tests/golden/*.json"

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
