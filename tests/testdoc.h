/*
 * testdoc.h - analysing a string in a unit test. Include after check.h.
 */
#ifndef FW_TESTDOC_H
#define FW_TESTDOC_H

#include <stdlib.h>

#include "fivew.h"

static fw_analyzer *test_az;
static fw_batch *test_batch;

/* Analyses 'text' as plain text; the document lives until the next call
 * or test_done(). NULL (and a failed check) when it is rejected. */
static const fw_doc *analyze_text(const char *text)
{
    fw_error err;
    if (!test_az && fw_analyzer_new(NULL, &test_az, &err) != FW_OK)
        return NULL;
    fw_batch_free(test_batch);
    test_batch = NULL;
    fw_input in = {.format = FW_FORMAT_TEXT, .id = "test"};
    fw_status st = fw_analyze(test_az, text, strlen(text), &in, &test_batch,
                              &err);
    CHECK(st == FW_OK);
    if (st != FW_OK) {
        fprintf(stderr, "  rejected: %s at byte %zu\n", fw_strerror(st),
                err.byte);
        return NULL;
    }
    return fw_batch_doc(test_batch, 0);
}

static void test_done(void)
{
    fw_batch_free(test_batch);
    fw_analyzer_free(test_az);
    test_batch = NULL;
    test_az = NULL;
}

#endif
