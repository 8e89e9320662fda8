/*
 * fuzz_xml.c - libFuzzer target: the XML readers (NewsML 1.2, NITF, NewsML-G2),
 * each format forced and auto. Its corpus is fuzz/corpus/xml; fuzz/replay.c
 * runs it in `make test`.
 */
#include "fuzz_check.h"

FUZZ_TARGET(FW_FORMAT_AUTO, FW_FORMAT_NEWSML, FW_FORMAT_NITF, FW_FORMAT_G2)
