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
static inline const fw_doc *analyze_text(const char *text)
{
    fw_error err;
    if (!test_az && fw_analyzer_new(NULL, &test_az, &err) != FW_OK)
        return NULL;
    fw_batch_free(test_batch);
    test_batch = NULL;
    fw_input in = {.format = FW_FORMAT_TEXT, .id = "test"};
    fw_status st =
        fw_analyze(test_az, text, strlen(text), &in, &test_batch, &err);
    CHECK(st == FW_OK);
    if (st != FW_OK) {
        fprintf(stderr, "  rejected: %s at byte %zu\n", fw_strerror(st),
                err.byte);
        return NULL;
    }
    return fw_batch_doc(test_batch, 0);
}

/* A whole file, NUL-terminated (for strings); NULL when unreadable. */
static inline char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap + 1);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *b = realloc(buf, cap * 2 + 1);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = n;
    return buf;
}

static inline void test_done(void)
{
    fw_batch_free(test_batch);
    fw_analyzer_free(test_az);
    test_batch = NULL;
    test_az = NULL;
}

#endif
