/*
 * fuzz_json.c - libFuzzer target: the JSON readers (ninjs, JSON Lines), each
 * format forced and auto. Its corpus is fuzz/corpus/json; fuzz/replay.c runs it
 * in `make test`.
 */
#include "fuzz_check.h"

FUZZ_TARGET(FW_FORMAT_AUTO, FW_FORMAT_NINJS, FW_FORMAT_JSONL)
