/*
 * analyze.c - the public entry points: analyzer, batch, document
 * accessors, and the pipeline that runs the stages in order.
 *
 * Input: bytes and how to read them. Output: a batch of documents, each
 * with its own arena. The input is checked (size, UTF-8, binary) before
 * any reader sees it; a reader turns it into documents; each document
 * then goes through the stage table below.
 */
#include <stdarg.h>
#include <stdio.h>
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
    {FW_STAGE_EVENTS, fw_find_events},
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
    [FW_FORMAT_AUTO] = "auto",     [FW_FORMAT_TEXT] = "text",
    [FW_FORMAT_NEWSML] = "newsml", [FW_FORMAT_NITF] = "nitf",
    [FW_FORMAT_G2] = "g2",         [FW_FORMAT_NINJS] = "ninjs",
    [FW_FORMAT_ANPA] = "anpa",     [FW_FORMAT_IPTC7901] = "iptc7901",
    [FW_FORMAT_JSONL] = "jsonl",
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

void fw_error_at(fw_error *err, fw_status status, size_t byte, size_t line,
                 size_t column, const char *fmt, ...)
{
    if (!err)
        return;
    set_error(err, status, byte);
    err->line = line;
    err->column = column;
    if (fmt) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err->detail, sizeof err->detail, fmt, ap);
        va_end(ap);
    }
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
    if (az->stages & FW_STAGE_EVENTS) {
        fw_status st = fw_events_dict(config, &az->dict);
        if (st != FW_OK) {
            free(az);
            set_error(err, st, 0);
            return st;
        }
    }
    *out = az;
    return FW_OK;
}

void fw_analyzer_free(fw_analyzer *az)
{
    if (az)
        fw_events_dict_free(az->dict);
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

void fw_doc_free(fw_doc *d)
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

fw_doc *fw_doc_for(const fw_analyzer *az, const fw_input *in, fw_format format,
                   const char *text, size_t len)
{
    fw_doc *d = fw_doc_new(az, text, len);
    if (!d)
        return NULL;
    d->format = format;
    d->path = in && in->path
                  ? fw_arena_strndup(&d->arena, in->path, strlen(in->path))
                  : NULL;
    d->id = default_id(d, in);
    if ((in && in->path && !d->path) || !d->id) {
        fw_doc_free(d);
        return NULL;
    }
    if (format != FW_FORMAT_TEXT && format != FW_FORMAT_JSONL) {
        /* A wire item says its language and status, or leaves them
         * unknown. */
        d->meta.language.ptr = NULL;
        d->meta.language.len = 0;
    }
    return d;
}

fw_status fw_doc_set_id(fw_doc *d, const char *s, size_t len)
{
    fw_str id = fw_meta_copy(d, s, len);
    if (id.ptr)
        d->id = id.ptr;
    return FW_OK;
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

fw_status fw_batch_reject(fw_batch *b, const fw_error *err)
{
    return batch_push(b, NULL, err);
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
    if (st == FW_OK && (ran & FW_STAGE_EVENTS))
        st = fw_export_events(d);
    d->ran = ran;
    return st;
}

fw_status fw_batch_add(fw_batch *b, fw_doc *d)
{
    d->meta.keywords = d->keywords.items;
    d->meta.n_keywords = d->keywords.n;
    d->meta.ednotes = d->ednotes.items;
    d->meta.n_ednotes = d->ednotes.n;
    d->meta.fields = d->fields;
    d->meta.n_fields = d->n_fields;
    /* A killed or withheld item is read, not analysed. */
    fw_status st = fw_meta_analysable(d) ? run_stages(d) : FW_OK;
    if (st == FW_OK)
        st = batch_push(b, d, NULL);
    if (st != FW_OK)
        fw_doc_free(d);
    return st;
}

/* Reads plain text: one document whose text is the input itself. */
static fw_status read_plain(const fw_analyzer *az, const char *data, size_t len,
                            const fw_input *in, fw_batch *batch, fw_error *err)
{
    fw_doc *d = fw_doc_for(az, in, FW_FORMAT_TEXT, data, len);
    if (!d) {
        set_error(err, FW_ENOMEM, 0);
        return FW_ENOMEM;
    }
    fw_status st = fw_read_text(d);
    if (st != FW_OK) {
        fw_doc_free(d);
        set_error(err, st, 0);
        return st;
    }
    st = fw_batch_add(batch, d);
    if (st != FW_OK)
        set_error(err, st, 0);
    return st;
}

/* The family of formats the first bytes announce, for --format auto:
 * the XML and JSON readers tell their formats apart themselves. */
typedef enum family { PLAIN, XML, JSON, WIRE7 } family;

static family family_of(fw_format f)
{
    switch (f) {
    case FW_FORMAT_NEWSML:
    case FW_FORMAT_NITF:
    case FW_FORMAT_G2:
        return XML;
    case FW_FORMAT_NINJS:
    case FW_FORMAT_JSONL:
        return JSON;
    case FW_FORMAT_ANPA:
    case FW_FORMAT_IPTC7901:
        return WIRE7;
    default:
        return PLAIN;
    }
}

/* Does the '<' at s open markup ("<?xml", "<!DOCTYPE", "<nitf"), not
 * a text's words ("<3", "<< back")? */
static bool markup_opens(const char *s, size_t len)
{
    if (len < 2)
        return false;
    unsigned char c = (unsigned char)s[1];
    return c == '?' || c == '!' || c == '_' || c == ':' ||
           ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* Does the '{' or '[' at s open JSON objects (ninjs, JSON Lines, an array
 * of them), not a text's words ("[Photo: ...]", "{sic}")? */
static bool json_opens(const char *s, size_t len)
{
    size_t i = 1;
    while (i < len &&
           (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    if (i == len)
        return true; /* (a truncated document: the JSON reader says so) */
    return s[0] == '{' ? s[i] == '"' || s[i] == '}'
                       : s[i] == '{' || s[i] == ']';
}

static fw_format sniff(const char *s, size_t len, family *fam)
{
    size_t i = 0;
    if (len >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    if (len - i >= 2 && (memcmp(s + i, "\xFF\xFE", 2) == 0 ||
                         memcmp(s + i, "\xFE\xFF", 2) == 0)) {
        *fam = XML; /* UTF-16: only XML says which encoding it is in */
        return FW_FORMAT_AUTO;
    }
    while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
                       s[i] == '\n' || s[i] == 0x16))
        i++;
    if (i < len && s[i] == 0x01) {
        /* ANPA's first line has a unit separator; IPTC 7901's has not. */
        const char *nl = memchr(s + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - s) : len;
        *fam = WIRE7;
        return memchr(s + i, 0x1F, end - i) ? FW_FORMAT_ANPA
                                            : FW_FORMAT_IPTC7901;
    }
    *fam = i >= len      ? PLAIN
           : s[i] == '<' ? (markup_opens(s + i, len - i) ? XML : PLAIN)
           : s[i] == '{' || s[i] == '['
               ? (json_opens(s + i, len - i) ? JSON : PLAIN)
               : PLAIN;
    return *fam == PLAIN ? FW_FORMAT_TEXT : FW_FORMAT_AUTO;
}

/* Checks what every reader of the family needs of the bytes. */
static fw_status check_bytes(family fam, const char *data, size_t len,
                             fw_error *err)
{
    size_t at = 0;
    fw_status st = FW_OK;
    if (fam == PLAIN || fam == JSON) {
        st = fw_check_utf8(data, len, &at);
    } else if (fam == WIRE7 ||
               (len >= 2 && data[0] != '\xFF' && data[0] != '\xFE')) {
        const char *nul = memchr(data, 0, len);
        if (nul) {
            st = FW_EBINARY;
            at = (size_t)(nul - data);
        }
    }
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
    return FW_OK;
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
    fw_format format = in ? in->format : FW_FORMAT_AUTO;
    if ((unsigned)format >= FW_FORMAT_COUNT) {
        set_error(err, FW_EINVAL, 0);
        return FW_EINVAL;
    }
    static const char nothing[4]; /* for data == NULL, len == 0 */
    const char *bytes = data ? data : nothing;
    family fam = family_of(format);
    if (format == FW_FORMAT_AUTO)
        format = sniff(bytes, len, &fam);
    fw_status st = check_bytes(fam, bytes, len, err);
    if (st != FW_OK)
        return st;
    fw_batch *batch = calloc(1, sizeof *batch);
    if (!batch) {
        set_error(err, FW_ENOMEM, 0);
        return FW_ENOMEM;
    }
    switch (fam) {
    case XML:
        st = fw_read_xml(az, data, len, in, format, batch, err);
        break;
    case JSON:
        st = fw_read_json(az, data, len, in, format, batch, err);
        break;
    case WIRE7:
        st = fw_read_wire7(az, data, len, in, format, batch, err);
        break;
    default:
        st = read_plain(az, data, len, in, batch, err);
        break;
    }
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
        fw_doc_free(batch->items[i].doc);
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

const fw_event *fw_doc_events(const fw_doc *doc, size_t *count)
{
    *count = (doc->ran & FW_STAGE_EVENTS) ? doc->n_events : 0;
    return doc->events;
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
