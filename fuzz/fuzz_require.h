/*
 * fuzz_require.h - the fuzz targets' invariant check: a failed one
 * aborts, which libFuzzer (and fuzz/replay.c) report.
 */
#ifndef FW_FUZZ_REQUIRE_H
#define FW_FUZZ_REQUIRE_H

#include <stdio.h>
#include <stdlib.h>

#define REQUIRE(cond)                                                          \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, \
                    __LINE__);                                                 \
            abort();                                                           \
        }                                                                      \
    } while (0)

#endif
