/*
 * fuzz_verbs.c - libFuzzer target: the reader of verb dictionaries (TABARI
 * verbs, synsets, time phrases; PETRARCH2 blocks), then the coder with what it
 * read. Its corpus is fuzz/corpus/verbs; fuzz/replay.c runs it in `make test`.
 */
#include "fuzz_dict.h"

DICT_FUZZ_TARGET(FW_DICT_VERBS)
