/*
 * fuzz_agents.c - libFuzzer target: the reader of agent dictionaries, then the
 * coder with what it read. Its corpus is fuzz/corpus/agents; fuzz/replay.c runs
 * it in `make test`.
 */
#include "fuzz_dict.h"

DICT_FUZZ_TARGET(FW_DICT_AGENTS)
