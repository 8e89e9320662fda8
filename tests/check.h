/*
 * check.h - a small test harness: CHECK counts, reports failures with
 * their line, and CHECK_DONE() prints "N passed, N failed" and returns
 * the exit status.
 */
#ifndef FW_CHECK_H
#define FW_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_passed, check_failed;

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (cond) {                                                            \
            check_passed++;                                                    \
        } else {                                                               \
            check_failed++;                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__,   \
                    #cond);                                                    \
        }                                                                      \
    } while (0)

/* Checks that text[span] spells 'want'. */
#define CHECK_SPAN(text, span, want)                                           \
    do {                                                                       \
        const char *t_ = (text);                                               \
        size_t s_ = (span).start, e_ = (span).end;                             \
        const char *w_ = (want);                                               \
        if (e_ >= s_ && e_ - s_ == strlen(w_) &&                               \
            memcmp(t_ + s_, w_, e_ - s_) == 0) {                               \
            check_passed++;                                                    \
        } else {                                                               \
            check_failed++;                                                    \
            fprintf(stderr, "%s:%d: span [%zu,%zu) is '%.*s', want '%s'\n",    \
                    __FILE__, __LINE__, s_, e_,                                \
                    (int)(e_ >= s_ && e_ - s_ < 200 ? e_ - s_ : 0), t_ + s_,   \
                    w_);                                                       \
        }                                                                      \
    } while (0)

/* Checks that the C string 'got' equals 'want'. */
#define CHECK_CSTR(got, want)                                                  \
    do {                                                                       \
        const char *g_ = (got), *w_ = (want);                                  \
        if (strcmp(g_, w_) == 0) {                                             \
            check_passed++;                                                    \
        } else {                                                               \
            check_failed++;                                                    \
            fprintf(stderr, "%s:%d: got '%s', want '%s'\n", __FILE__,          \
                    __LINE__, g_, w_);                                         \
        }                                                                      \
    } while (0)

#define CHECK_DONE()                                                           \
    (printf("%d passed, %d failed\n", check_passed, check_failed),             \
     check_failed ? 1 : 0)

#endif
