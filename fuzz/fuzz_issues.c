/*
 * fuzz_issues.c - libFuzzer target: the reader of PETRARCH issue lists, then
 * the coder with what it read. Its corpus is fuzz/corpus/issues; fuzz/replay.c
 * runs it in `make test`.
 */
#include "fuzz_dict.h"

DICT_FUZZ_TARGET(FW_DICT_ISSUES)
