/*
 * fuzz_check.h - what the fuzz targets check of every document: spans
 * inside the text, on UTF-8 boundaries, in order; sentences inside
 * blocks; mentions, entities and quotations that point where they
 * should; JSON that parses and carries the text. Rejections carry their
 * status. A failed invariant aborts, which libFuzzer reports.
 */
#ifndef FW_FUZZ_CHECK_H
#define FW_FUZZ_CHECK_H

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fivew.h"
#include "fuzz_require.h"

static bool on_boundary(const char *text, size_t len, size_t i)
{
    return i == len || ((unsigned char)text[i] & 0xC0) != 0x80;
}

static void check_span(const char *text, size_t len, fw_span s)
{
    REQUIRE(s.start <= s.end && s.end <= len);
    REQUIRE(on_boundary(text, len, s.start) && on_boundary(text, len, s.end));
}

static void check_doc(const fw_doc *doc)
{
    size_t len, n;
    const char *text = fw_doc_text(doc, &len);
    const fw_block *blocks = fw_doc_blocks(doc, &n);
    for (size_t i = 0; i < n; i++) {
        check_span(text, len, blocks[i].span);
        REQUIRE(blocks[i].span.start < blocks[i].span.end);
        if (i)
            REQUIRE(blocks[i - 1].span.end <= blocks[i].span.start);
    }
    size_t nt = fw_doc_token_count(doc);
    for (size_t i = 0; i < nt; i++) {
        fw_token t = fw_doc_token(doc, i);
        check_span(text, len, t.span);
        REQUIRE(t.span.start < t.span.end);
        if (i)
            REQUIRE(fw_doc_token(doc, i - 1).span.end <= t.span.start);
    }
    size_t ns;
    const fw_sentence *sents = fw_doc_sentences(doc, &ns);
    for (size_t i = 0; i < ns; i++) {
        check_span(text, len, sents[i].span);
        REQUIRE(sents[i].token_count > 0);
        REQUIRE(sents[i].first_token + sents[i].token_count <= nt);
        bool inside = false;
        for (size_t b = 0; b < n && !inside; b++)
            inside = blocks[b].span.start <= sents[i].span.start &&
                     sents[i].span.end <= blocks[b].span.end;
        REQUIRE(inside);
        if (i)
            REQUIRE(sents[i - 1].span.end <= sents[i].span.start);
    }
    size_t nm, ne, nq;
    const fw_mention *ms = fw_doc_mentions(doc, &nm);
    const fw_entity *es = fw_doc_entities(doc, &ne);
    const fw_quote *qs = fw_doc_quotes(doc, &nq);
    for (size_t i = 0; i < nm; i++) {
        check_span(text, len, ms[i].span);
        REQUIRE(ms[i].entity == FW_NONE || ms[i].entity < ne);
    }
    for (size_t i = 0; i < ne; i++) {
        REQUIRE(es[i].n_mentions > 0 && es[i].id && es[i].name.ptr);
        for (size_t k = 0; k < es[i].n_mentions; k++) {
            REQUIRE(es[i].mentions[k] < nm);
            REQUIRE(ms[es[i].mentions[k]].entity == i);
        }
    }
    for (size_t i = 0; i < nq; i++) {
        check_span(text, len, qs[i].content);
        REQUIRE(qs[i].n_parts >= 1);
        for (size_t k = 0; k < qs[i].n_parts; k++) {
            check_span(text, len, qs[i].parts[k]);
            REQUIRE(qs[i].parts[k].start < qs[i].parts[k].end);
        }
        check_span(text, len, qs[i].cue);
        check_span(text, len, qs[i].source);
        REQUIRE(qs[i].speaker == FW_NONE || qs[i].speaker < ne);
        if (i)
            REQUIRE(qs[i - 1].content.start <= qs[i].content.start);
    }
    size_t nv;
    const fw_event *vs = fw_doc_events(doc, &nv);
    for (size_t i = 0; i < nv; i++) {
        const fw_event *v = &vs[i];
        REQUIRE(v->id && v->code && v->quad && v->code[0]);
        REQUIRE(v->root[0] == v->code[0] && v->goldstein >= -10.0 &&
                v->goldstein <= 10.0);
        check_span(text, len, v->sentence);
        check_span(text, len, v->cue);
        REQUIRE(v->sentence.start <= v->cue.start &&
                v->cue.end <= v->sentence.end);
        const fw_event_actor *as[] = {&v->source, &v->target};
        for (int k = 0; k < 2; k++) {
            REQUIRE(as[k]->code && as[k]->code[0]);
            REQUIRE(as[k]->entity == FW_NONE || as[k]->entity < ne);
            check_span(text, len, as[k]->span);
        }
        if (i)
            REQUIRE(vs[i - 1].sentence.start <= v->sentence.start);
    }
    const unsigned flags[] = {0, FW_JSON_SENTENCES | FW_JSON_PRETTY,
                              FW_JSON_NO_TEXT};
    for (size_t f = 0; f < sizeof flags / sizeof flags[0]; f++) {
        char *json = NULL;
        size_t jlen;
        REQUIRE(fw_doc_to_json(doc, flags[f], &json, &jlen) == FW_OK);
        REQUIRE(jlen > 0 && json[jlen - 1] == '\n');
        cJSON *parsed = cJSON_ParseWithLength(json, jlen);
        REQUIRE(parsed != NULL);
        if (!(flags[f] & FW_JSON_NO_TEXT)) {
            const char *t =
                cJSON_GetStringValue(cJSON_GetObjectItem(parsed, "text"));
            REQUIRE(t && strlen(t) == len && memcmp(t, text, len) == 0);
        }
        cJSON_Delete(parsed);
        free(json);
    }
}

/* Analyses 'data' as 'format' and checks everything that comes out. */
static void fuzz_run(const uint8_t *data, size_t size, fw_format format)
{
    static fw_analyzer *az;
    if (!az && fw_analyzer_new(NULL, &az, NULL) != FW_OK)
        return;
    fw_batch *batch = NULL;
    fw_error err;
    fw_input in = {.format = format, .id = "fuzz"};
    fw_status st = fw_analyze(az, (const char *)data, size, &in, &batch, &err);
    if (st != FW_OK) {
        REQUIRE(batch == NULL);
        REQUIRE(err.status == st && err.byte <= size);
        return;
    }
    for (size_t i = 0; i < fw_batch_count(batch); i++) {
        const fw_doc *doc = fw_batch_doc(batch, i);
        if (doc)
            check_doc(doc);
        else
            REQUIRE(fw_batch_error(batch, i) != NULL);
    }
    fw_batch_free(batch);
}

/* The entry point of a target that reads its input as each of 'formats'
 * in turn. */
#define FUZZ_TARGET(...)                                                       \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);              \
    int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)               \
    {                                                                          \
        static const fw_format formats[] = {__VA_ARGS__};                      \
        for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++)        \
            fuzz_run(data, size, formats[f]);                                  \
        return 0;                                                              \
    }

#endif
