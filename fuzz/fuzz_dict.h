/*
 * fuzz_dict.h - what the dictionary fuzz targets share: the input is read
 * as one kind of event dictionary on top of a small fixed one, then a few
 * sentences are coded with it; the readers must warn, never fail, and
 * every event the coder makes must point inside its sentence. A failed
 * invariant aborts, which libFuzzer reports.
 */
#ifndef FW_FUZZ_DICT_H
#define FW_FUZZ_DICT_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder.h"
#include "fuzz_require.h"

static const char base_actors[] = "RUSSIA [RUS]\nUKRAIN [UKR]\n"
                                  "NATO_ [IGOWSTNAT]\n";
static const char base_agents[] = "TROOP [~MIL]\nGOVERNMENT [~GOV]\n";
static const char base_verbs[] = "ATTACK [190]\nPLEDG [030]\n"
                                 "- * ARMS FOR + [0332]\nMET_ [040:040]\n";

static const char *const sentences[] = {
    "Russian troops attacked Ukraine on Monday, officials said.",
    "NATO pledged to send arms for Ukraine and Russia met NATO.",
    "They said he was attacked by the government of Ukraine yesterday.",
};

static void warned(void *ctx, const char *path, size_t line, const char *msg)
{
    (void)path;
    size_t *lines = ctx;
    REQUIRE(msg && *msg);
    REQUIRE(line >= 1 && line <= *lines);
}

static void fuzz_dict(const uint8_t *data, size_t size, fw_dict_kind kind)
{
    fw_dict *d = fw_dict_new();
    REQUIRE(d && fw_dict_add_builtins(d) == FW_OK);
    REQUIRE(fw_dict_read_actors(d, base_actors, sizeof base_actors - 1, "",
                                NULL) == FW_OK);
    REQUIRE(fw_dict_read_agents(d, base_agents, sizeof base_agents - 1, "",
                                NULL) == FW_OK);
    REQUIRE(fw_dict_read_verbs(d, base_verbs, sizeof base_verbs - 1, "",
                               NULL) == FW_OK);
    size_t lines = 1;
    for (size_t i = 0; i < size; i++)
        lines += data[i] == '\n';
    fw_dict_warn w = {warned, &lines, 0};
    const char *text = (const char *)data;
    fw_status st = FW_OK;
    switch (kind) {
    case FW_DICT_ACTORS:
        st = fw_dict_read_actors(d, text, size, "fuzz", &w);
        break;
    case FW_DICT_AGENTS:
        st = fw_dict_read_agents(d, text, size, "fuzz", &w);
        break;
    case FW_DICT_VERBS:
        st = fw_dict_read_verbs(d, text, size, "fuzz", &w);
        break;
    case FW_DICT_DISCARDS:
        st = fw_dict_read_discards(d, text, size, "fuzz", &w);
        break;
    case FW_DICT_OPTIONS:
        st = fw_dict_read_options(d, text, size, "fuzz", &w);
        break;
    case FW_DICT_ISSUES:
        st = fw_dict_read_issues(d, text, size, "fuzz", &w);
        break;
    }
    REQUIRE(st == FW_OK);
    REQUIRE(fw_dict_freeze(d) == FW_OK);
    fw_arena arena = {0};
    fw_forward fwd = {0};
    for (size_t i = 0; i < sizeof sentences / sizeof sentences[0]; i++) {
        size_t len = strlen(sentences[i]);
        fw_coding c;
        REQUIRE(fw_code_sentence(d, &d->opts, sentences[i], len, 9000, NULL,
                                 0, &fwd, &arena, &c) == FW_OK);
        for (size_t k = 0; k < c.n_events; k++) {
            const fw_cevent *e = &c.events[k];
            REQUIRE(e->code[0] && e->source[0] && e->target[0]);
            REQUIRE(e->verb_span.start < e->verb_span.end &&
                    e->verb_span.end <= len);
            REQUIRE(e->source_span.end <= len && e->target_span.end <= len);
        }
        fw_issue_count *issues;
        size_t n_issues;
        bool story = false;
        REQUIRE(fw_code_issues(d, sentences[i], len, &arena, &issues,
                               &n_issues, &story) == FW_OK);
        for (size_t k = 0; k < n_issues; k++)
            REQUIRE(issues[k].count > 0 && issues[k].code >= 0 &&
                    (size_t)issues[k].code < d->n_issue_codes);
        fw_arena_reset(&arena);
    }
    fw_arena_free(&arena);
    fw_dict_free(d);
}

#define DICT_FUZZ_TARGET(kind)                                                 \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);              \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)               \
    {                                                                          \
        fuzz_dict(data, size, kind);                                           \
        return 0;                                                              \
    }

#endif
