/*
 * fuzz_discards.c - libFuzzer target: the reader of discard phrases, then the
 * coder with what it read. Its corpus is fuzz/corpus/discards; fuzz/replay.c
 * runs it in `make test`.
 */
#include "fuzz_dict.h"

DICT_FUZZ_TARGET(FW_DICT_DISCARDS)
