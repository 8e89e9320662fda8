/*
 * fuzz_wire7.c - libFuzzer target: the 7-bit wire readers (ANPA-1312, IPTC
 * 7901), each format forced and auto. Its corpus is fuzz/corpus/wire7;
 * fuzz/replay.c runs it in `make test`.
 */
#include "fuzz_check.h"

FUZZ_TARGET(FW_FORMAT_AUTO, FW_FORMAT_ANPA, FW_FORMAT_IPTC7901)
