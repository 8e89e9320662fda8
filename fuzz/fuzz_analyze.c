/*
 * fuzz_analyze.c - libFuzzer target: analyse arbitrary bytes as --format auto
 * would: the sniffing and every reader behind it. Its corpus is
 * fuzz/corpus/analyze; fuzz/replay.c runs it in `make test`.
 */
#include "fuzz_check.h"

FUZZ_TARGET(FW_FORMAT_AUTO)
