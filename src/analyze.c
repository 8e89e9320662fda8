/*
 * analyze.c - the public entry points: analyzer, batch, document
 * accessors, and the pipeline that runs the stages in order.
 *
 * Input: bytes and how to read them. Output: a batch of documents, each
 * with its own arena. The input is checked (size, UTF-8, binary) before
 * any reader sees it; a reader turns it into documents; each document
 * then goes through the stage table below.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* In order; each stage reads what earlier stages added to the doc. */
static const struct {
    unsigned stage;              /* FW_STAGE_* bit that enables it */
    fw_status (*run)(fw_doc *d); /* the stage */
} stages[] = {
    {FW_STAGE_TEXT, fw_tokenize},
    {FW_STAGE_TEXT, fw_segment},
    {FW_STAGE_TEXT, fw_pair_quotes},
    {FW_STAGE_ENTITIES, fw_find_mentions},
    {FW_STAGE_ENTITIES, fw_find_entities},
    {FW_STAGE_QUOTES, fw_find_quotes},
};

static const char *const status_text[] = {
    [FW_OK] = "success",
    [FW_ENOMEM] = "out of memory",
    [FW_EINVAL] = "invalid argument",
    [FW_EEMPTY] = "empty input: no text",
    [FW_EUTF8] = "invalid UTF-8",
    [FW_EBINARY] = "binary data (NUL byte)",
    [FW_ETOOBIG] = "input larger than the 64 MiB limit",
    [FW_EFORMAT] = "malformed input",
    [FW_EUNKNOWN] = "unknown format",
    [FW_ESKIPPED] = "not a text item; skipped",
    [FW_EIO] = "cannot read input",
};

const char *fw_strerror(fw_status status)
{
    if ((unsigned)status < FW_COUNT(status_text) && status_text[status])
        return status_text[status];
    return "unknown error";
}

static const char *const format_names[FW_FORMAT_COUNT] = {
    [FW_FORMAT_AUTO] = "auto",
    [FW_FORMAT_TEXT] = "text",
};

const char *fw_format_name(fw_format format)
{
    if ((unsigned)format < FW_FORMAT_COUNT)
        return format_names[format];
    return "unknown";
}

fw_status fw_format_parse(const char *name, fw_format *format)
{
    for (unsigned i = 0; name && i < FW_FORMAT_COUNT; i++) {
        if (strcmp(name, format_names[i]) == 0) {
            *format = (fw_format)i;
            return FW_OK;
        }
    }
    return FW_EINVAL;
}

static const char *const quote_names[] = {
    [FW_QUOTE_DIRECT] = "direct",     [FW_QUOTE_MIXED] = "mixed",
    [FW_QUOTE_INDIRECT] = "indirect", [FW_QUOTE_NESTED] = "nested",
    [FW_QUOTE_SUBHEAD] = "subhead",
};

const char *fw_quote_kind_name(fw_quote_kind kind)
{
    if ((unsigned)kind < FW_COUNT(quote_names))
        return quote_names[kind];
    return "unknown";
}

static const char *const block_names[] = {
    [FW_BLOCK_HEADLINE] = "headline", [FW_BLOCK_DATELINE] = "dateline",
    [FW_BLOCK_BYLINE] = "byline",     [FW_BLOCK_PARAGRAPH] = "paragraph",
    [FW_BLOCK_SUBHEAD] = "subhead",   [FW_BLOCK_TRAILER] = "trailer",
};

static const char *const mention_names[] = {
    [FW_MENTION_NAME] = "name",       [FW_MENTION_TITLE] = "title",
    [FW_MENTION_NOMINAL] = "nominal", [FW_MENTION_PRONOUN] = "pronoun",
    [FW_MENTION_DEMONYM] = "demonym",
};

const char *fw_mention_kind_name(fw_mention_kind kind)
{
    if ((unsigned)kind < FW_COUNT(mention_names))
        return mention_names[kind];
    return "unknown";
}

static const char *const type_names[] = {
    [FW_ENTITY_PERSON] = "person",
    [FW_ENTITY_ORGANIZATION] = "organization",
    [FW_ENTITY_PLACE] = "place",
    [FW_ENTITY_GROUP] = "group",
};

const char *fw_entity_type_name(fw_entity_type type)
{
    if ((unsigned)type < FW_COUNT(type_names))
        return type_names[type];
    return "unknown";
}

const char *fw_block_kind_name(fw_block_kind kind)
{
    if ((unsigned)kind < FW_COUNT(block_names))
        return block_names[kind];
    return "unknown";
}

static void set_error(fw_error *err, fw_status status, size_t byte)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->status = status;
    err->byte = byte;
}

/* ------------------------------------------------------------------ */

fw_status fw_analyzer_new(const fw_config *config, fw_analyzer **out,
                          fw_error *err)
{
    set_error(err, FW_OK, 0);
    if (!out) {
        set_error(err, FW_EINVAL, 0);
        return FW_EINVAL;
    }
    *out = NULL;
    fw_analyzer *az = calloc(1, sizeof *az);
    if (!az) {
        set_error(err, FW_ENOMEM, 0);
        return FW_ENOMEM;
    }
    az->stages = config && config->stages ? config->stages : FW_STAGE_ALL;
    *out = az;
    return FW_OK;
}

void fw_analyzer_free(fw_analyzer *az)
{
    free(az);
}

/* ------------------------------------------------------------------ */

fw_doc *fw_doc_new(const fw_analyzer *az, const char *text, size_t len)
{
    fw_arena arena = {0};
    fw_doc *d = fw_arena_alloc(&arena, sizeof *d);
    if (!d) {
        fw_arena_free(&arena);
        return NULL;
    }
    d->arena = arena;
    d->az = az;
    d->text = text;
    d->len = len;
    d->meta.language.ptr = "en";
    d->meta.language.len = 2;
    d->meta.status.ptr = "usable";
    d->meta.status.len = 6;
    return d;
}

static void doc_free(fw_doc *d)
{
    if (d) {
        fw_arena arena = d->arena; /* the doc lives in its own arena */
        fw_arena_free(&arena);
    }
}

fw_status fw_doc_add_block(fw_doc *d, fw_block_kind kind, size_t start,
                           size_t end)
{
    fw_block *b = FW_PUSH(&d->arena, d->blocks, d->n_blocks, d->cap_blocks);
    if (!b)
        return FW_ENOMEM;
    b->kind = kind;
    b->span.start = start;
    b->span.end = end;
    return FW_OK;
}

/* The id for a document without one of its own: the path's stem. */
static const char *default_id(fw_doc *d, const fw_input *in)
{
    if (in && in->id)
        return fw_arena_strndup(&d->arena, in->id, strlen(in->id));
    if (!in || !in->path || strcmp(in->path, "-") == 0)
        return "stdin";
    const char *base = strrchr(in->path, '/');
    base = base ? base + 1 : in->path;
    const char *dot = strrchr(base, '.');
    size_t n = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return fw_arena_strndup(&d->arena, base, n);
}

static fw_status batch_push(fw_batch *b, fw_doc *doc, const fw_error *err)
{
    if (b->count == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 4;
        fw_batch_item *items = realloc(b->items, cap * sizeof *items);
        if (!items)
            return FW_ENOMEM;
        b->items = items;
        b->cap = cap;
    }
    fw_batch_item *it = &b->items[b->count++];
    memset(it, 0, sizeof *it);
    it->doc = doc;
    if (err)
        it->error = *err;
    return FW_OK;
}

static fw_status run_stages(fw_doc *d)
{
    unsigned want = d->az->stages;
    unsigned ran = 0;
    for (size_t i = 0; i < FW_COUNT(stages); i++) {
        /* A stage runs only with all the stages before it. */
        if (!(want & stages[i].stage)) {
            want = 0;
            continue;
        }
        fw_status st = stages[i].run(d);
        if (st != FW_OK)
            return st;
        ran |= stages[i].stage;
    }
    /* The public arrays, once nothing changes them any more. */
    fw_status st = FW_OK;
    if (ran & FW_STAGE_ENTITIES)
        st = fw_export_entities(d);
    if (st == FW_OK && (ran & FW_STAGE_QUOTES))
        st = fw_export_quotes(d);
    d->ran = ran;
    return st;
}

/* Reads plain text: one document whose text is the input itself. */
static fw_status read_plain(const fw_analyzer *az, const char *data, size_t len,
                            const fw_input *in, fw_batch *batch, fw_error *err)
{
    fw_doc *d = fw_doc_new(az, data, len);
    if (!d) {
        set_error(err, FW_ENOMEM, 0);
        return FW_ENOMEM;
    }
    d->format = FW_FORMAT_TEXT;
    d->path = in && in->path
                  ? fw_arena_strndup(&d->arena, in->path, strlen(in->path))
                  : NULL;
    d->id = default_id(d, in);
    fw_status st = d->id ? fw_read_text(d) : FW_ENOMEM;
    if (st == FW_OK)
        st = run_stages(d);
    if (st == FW_OK)
        st = batch_push(batch, d, NULL);
    if (st != FW_OK) {
        doc_free(d);
        set_error(err, st, 0);
    }
    return st;
}

fw_status fw_analyze(const fw_analyzer *az, const char *data, size_t len,
                     const fw_input *in, fw_batch **out, fw_error *err)
{
    set_error(err, FW_OK, 0);
    if (!out || !az || (!data && len)) {
        set_error(err, FW_EINVAL, 0);
        return FW_EINVAL;
    }
    *out = NULL;
    if (len > FW_MAX_INPUT) {
        set_error(err, FW_ETOOBIG, FW_MAX_INPUT);
        return FW_ETOOBIG;
    }
    size_t at = 0;
    fw_status st = fw_check_utf8(data, len, &at);
    if (st != FW_OK) {
        set_error(err, st, at);
        return st;
    }
    size_t i = 0;
    while (i < len && fw_char_class_of((unsigned char)data[i]) >= FW_CC_SPACE &&
           fw_char_class_of((unsigned char)data[i]) <= FW_CC_NEWLINE)
        i++;
    if (i == len) {
        set_error(err, FW_EEMPTY, len);
        return FW_EEMPTY;
    }
    fw_format format = in ? in->format : FW_FORMAT_AUTO;
    if ((unsigned)format >= FW_FORMAT_COUNT) {
        set_error(err, FW_EINVAL, 0);
        return FW_EINVAL;
    }
    fw_batch *batch = calloc(1, sizeof *batch);
    if (!batch) {
        set_error(err, FW_ENOMEM, 0);
        return FW_ENOMEM;
    }
    st = read_plain(az, data, len, in, batch, err);
    if (st != FW_OK) {
        fw_batch_free(batch);
        return st;
    }
    *out = batch;
    return FW_OK;
}

void fw_batch_free(fw_batch *batch)
{
    if (!batch)
        return;
    for (size_t i = 0; i < batch->count; i++)
        doc_free(batch->items[i].doc);
    free(batch->items);
    free(batch);
}

size_t fw_batch_count(const fw_batch *batch)
{
    return batch ? batch->count : 0;
}

const fw_doc *fw_batch_doc(const fw_batch *batch, size_t i)
{
    return batch && i < batch->count ? batch->items[i].doc : NULL;
}

const fw_error *fw_batch_error(const fw_batch *batch, size_t i)
{
    if (!batch || i >= batch->count || batch->items[i].doc)
        return NULL;
    return &batch->items[i].error;
}

/* ------------------------------------------------------------------ */

const char *fw_doc_id(const fw_doc *doc)
{
    return doc->id;
}

const char *fw_doc_text(const fw_doc *doc, size_t *len)
{
    if (len)
        *len = doc->len;
    return doc->text;
}

fw_format fw_doc_format(const fw_doc *doc)
{
    return doc->format;
}

const fw_meta *fw_doc_meta(const fw_doc *doc)
{
    return &doc->meta;
}

const fw_block *fw_doc_blocks(const fw_doc *doc, size_t *count)
{
    *count = doc->n_blocks;
    return doc->blocks;
}

const fw_sentence *fw_doc_sentences(const fw_doc *doc, size_t *count)
{
    *count = doc->n_sents;
    return doc->sents;
}

const fw_mention *fw_doc_mentions(const fw_doc *doc, size_t *count)
{
    *count = doc->pub_mentions ? doc->n_ments : 0;
    return doc->pub_mentions;
}

const fw_entity *fw_doc_entities(const fw_doc *doc, size_t *count)
{
    *count = doc->n_pub_entities;
    return doc->pub_entities;
}

const fw_quote *fw_doc_quotes(const fw_doc *doc, size_t *count)
{
    *count = doc->n_pub_quotes;
    return doc->pub_quotes;
}

size_t fw_doc_token_count(const fw_doc *doc)
{
    return doc->n_toks;
}

fw_token fw_doc_token(const fw_doc *doc, size_t i)
{
    fw_token t = {{0, 0}, FW_TOKEN_PUNCT, 0};
    if (i >= doc->n_toks)
        return t;
    const fw_tok *k = &doc->toks[i];
    t.span.start = k->start;
    t.span.end = k->end;
    t.kind = (fw_token_kind)k->kind;
    t.flags = k->flags & ((1u << 9) - 1); /* the public FW_TOKEN_* bits */
    return t;
}

fw_status fw_doc_to_json(const fw_doc *doc, unsigned flags, char **json,
                         size_t *len)
{
    if (!doc || !json) {
        return FW_EINVAL;
    }
    fw_buf b = {0};
    fw_status st = fw_write_json(doc, flags, &b);
    if (st == FW_OK && b.failed)
        st = FW_ENOMEM;
    if (st != FW_OK) {
        fw_buf_free(&b);
        *json = NULL;
        return st;
    }
    *json = b.data;
    if (len)
        *len = b.len;
    return FW_OK;
}
