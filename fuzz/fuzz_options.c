/*
 * fuzz_options.c - libFuzzer target: the reader of TABARI .options files, then
 * the coder with what it read. Its corpus is fuzz/corpus/options; fuzz/replay.c
 * runs it in `make test`.
 */
#include "fuzz_dict.h"

DICT_FUZZ_TARGET(FW_DICT_OPTIONS)
