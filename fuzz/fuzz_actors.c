/*
 * fuzz_actors.c - libFuzzer target: the reader of actor dictionaries (TABARI
 * and PETRARCH), then the coder with what it read. Its corpus is
 * fuzz/corpus/actors; fuzz/replay.c runs it in `make test`.
 */
#include "fuzz_dict.h"

DICT_FUZZ_TARGET(FW_DICT_ACTORS)
