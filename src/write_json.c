/*
 * write_json.c - the write stage: the output contract (docs/json.md).
 *
 * Input: an analysed document. Output: one JSON object, keys in a fixed
 * order, no timestamps, so that golden files diff cleanly. Compact output
 * is written directly; --pretty re-indents the compact form, which keeps
 * one writer for both.
 */
#include <string.h>

#include "internal.h"

static const char hex[] = "0123456789abcdef";

/* A JSON string from UTF-8 bytes (already validated). */
static void put_string(fw_buf *b, const char *s, size_t len)
{
    fw_buf_putc(b, '"');
    size_t run = 0; /* start of the bytes not yet copied */
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        fw_buf_append(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            fw_buf_append(b, "\\\"", 2);
            break;
        case '\\':
            fw_buf_append(b, "\\\\", 2);
            break;
        case '\n':
            fw_buf_append(b, "\\n", 2);
            break;
        case '\r':
            fw_buf_append(b, "\\r", 2);
            break;
        case '\t':
            fw_buf_append(b, "\\t", 2);
            break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            fw_buf_append(b, u, 6);
        }
        }
    }
    fw_buf_append(b, s + run, len - run);
    fw_buf_putc(b, '"');
}

static void put_cstring(fw_buf *b, const char *s)
{
    put_string(b, s, strlen(s));
}

static void put_str_or_null(fw_buf *b, fw_str s)
{
    if (s.ptr)
        put_string(b, s.ptr, s.len);
    else
        fw_buf_puts(b, "null");
}

/* Decimal digits of 'v' at the end of 'buf'; returns where they start. */
static char *format_size(char *end, size_t v)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

static void put_span(fw_buf *b, fw_span s)
{
    char buf[48];
    char *end = buf + sizeof buf;
    *--end = ']';
    char *p = format_size(end, s.end);
    *--p = ',';
    p = format_size(p, s.start);
    *--p = '[';
    fw_buf_append(b, p, (size_t)(buf + sizeof buf - p));
}

static void put_key(fw_buf *b, const char *key, bool first)
{
    if (!first)
        fw_buf_putc(b, ',');
    put_cstring(b, key);
    fw_buf_putc(b, ':');
}

static void put_time(fw_buf *b, fw_time t)
{
    if (!t.raw.ptr) {
        fw_buf_puts(b, "null");
        return;
    }
    fw_buf_putc(b, '{');
    put_key(b, "utc", true);
    put_str_or_null(b, t.utc);
    put_key(b, "raw", false);
    put_str_or_null(b, t.raw);
    fw_buf_putc(b, '}');
}

static void put_level(fw_buf *b, int v)
{
    if (v > 0 && v < 10)
        fw_buf_putc(b, (char)('0' + v));
    else
        fw_buf_puts(b, "null");
}

static void put_strings(fw_buf *b, const fw_str *items, size_t n)
{
    fw_buf_putc(b, '[');
    for (size_t i = 0; i < n; i++) {
        if (i)
            fw_buf_putc(b, ',');
        put_string(b, items[i].ptr, items[i].len);
    }
    fw_buf_putc(b, ']');
}

static void put_meta(fw_buf *b, const fw_meta *m)
{
    fw_buf_putc(b, '{');
    put_key(b, "headline", true);
    put_str_or_null(b, m->headline);
    put_key(b, "dateline", false);
    if (m->dateline) {
        const fw_dateline *dl = m->dateline;
        fw_buf_putc(b, '{');
        put_key(b, "place", true);
        put_str_or_null(b, dl->place);
        put_key(b, "date", false);
        put_str_or_null(b, dl->date);
        put_key(b, "agency", false);
        put_str_or_null(b, dl->agency);
        put_key(b, "span", false);
        if (dl->span.end > dl->span.start)
            put_span(b, dl->span);
        else
            fw_buf_puts(b, "null");
        fw_buf_putc(b, '}');
    } else {
        fw_buf_puts(b, "null");
    }
    put_key(b, "byline", false);
    put_str_or_null(b, m->byline);
    put_key(b, "language", false);
    put_str_or_null(b, m->language);
    put_key(b, "status", false);
    put_str_or_null(b, m->status);
    put_key(b, "version", false);
    if (m->version.ptr || m->version_label.ptr) {
        fw_buf_putc(b, '{');
        put_key(b, "number", true);
        if (m->version.ptr) /* digits only, no leading zero */
            fw_buf_append(b, m->version.ptr, m->version.len);
        else
            fw_buf_puts(b, "null");
        put_key(b, "label", false);
        put_str_or_null(b, m->version_label);
        fw_buf_putc(b, '}');
    } else {
        fw_buf_puts(b, "null");
    }
    put_key(b, "priority", false);
    put_level(b, m->priority);
    put_key(b, "urgency", false);
    put_level(b, m->urgency);
    put_key(b, "first_created", false);
    put_time(b, m->first_created);
    put_key(b, "version_created", false);
    put_time(b, m->version_created);
    put_key(b, "embargo", false);
    put_time(b, m->embargo);
    put_key(b, "slugline", false);
    put_str_or_null(b, m->slugline);
    put_key(b, "keywords", false);
    put_strings(b, m->keywords, m->n_keywords);
    put_key(b, "ednotes", false);
    put_strings(b, m->ednotes, m->n_ednotes);
    put_key(b, "provider", false);
    put_str_or_null(b, m->provider);
    if (m->n_fields) {
        put_key(b, "fields", false);
        fw_buf_putc(b, '{');
        for (size_t i = 0; i < m->n_fields; i++) {
            if (i)
                fw_buf_putc(b, ',');
            put_string(b, m->fields[i].key.ptr, m->fields[i].key.len);
            fw_buf_putc(b, ':');
            fw_buf_append(b, m->fields[i].json.ptr, m->fields[i].json.len);
        }
        fw_buf_putc(b, '}');
    }
    fw_buf_putc(b, '}');
}

static void put_entities(fw_buf *b, const fw_doc *d)
{
    fw_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_pub_entities; i++) {
        const fw_entity *e = &d->pub_entities[i];
        if (i)
            fw_buf_putc(b, ',');
        fw_buf_puts(b, "{\"id\":");
        put_cstring(b, e->id);
        fw_buf_puts(b, ",\"name\":");
        put_string(b, e->name.ptr, e->name.len);
        fw_buf_puts(b, ",\"type\":");
        put_cstring(b, fw_entity_type_name(e->type));
        fw_buf_puts(b, ",\"titles\":[");
        for (size_t t = 0; t < e->n_titles; t++) {
            if (t)
                fw_buf_putc(b, ',');
            put_string(b, e->titles[t].ptr, e->titles[t].len);
        }
        fw_buf_puts(b, "],\"country\":");
        if (e->country)
            put_cstring(b, e->country);
        else
            fw_buf_puts(b, "null");
        fw_buf_puts(b, ",\"mentions\":[");
        for (size_t k = 0; k < e->n_mentions; k++) {
            const fw_mention *m = &d->pub_mentions[e->mentions[k]];
            if (k)
                fw_buf_putc(b, ',');
            fw_buf_puts(b, "{\"span\":");
            put_span(b, m->span);
            fw_buf_puts(b, ",\"kind\":");
            put_cstring(b, fw_mention_kind_name(m->kind));
            fw_buf_putc(b, '}');
        }
        fw_buf_puts(b, "]}");
    }
    fw_buf_putc(b, ']');
}

static void put_span_or_null(fw_buf *b, fw_span s)
{
    if (s.end > s.start)
        put_span(b, s);
    else
        fw_buf_puts(b, "null");
}

static void put_quotes(fw_buf *b, const fw_doc *d)
{
    fw_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_pub_quotes; i++) {
        const fw_quote *q = &d->pub_quotes[i];
        if (i)
            fw_buf_putc(b, ',');
        fw_buf_puts(b, "{\"id\":");
        put_cstring(b, q->id);
        fw_buf_puts(b, ",\"kind\":");
        put_cstring(b, fw_quote_kind_name(q->kind));
        fw_buf_puts(b, ",\"content\":");
        put_span(b, q->content);
        if (q->n_parts > 1) {
            fw_buf_puts(b, ",\"parts\":[");
            for (size_t k = 0; k < q->n_parts; k++) {
                if (k)
                    fw_buf_putc(b, ',');
                put_span(b, q->parts[k]);
            }
            fw_buf_putc(b, ']');
        }
        fw_buf_puts(b, ",\"cue\":");
        put_span_or_null(b, q->cue);
        fw_buf_puts(b, ",\"source\":");
        put_span_or_null(b, q->source);
        fw_buf_puts(b, ",\"speaker\":");
        if (q->speaker != FW_NONE) {
            const fw_entity *e = &d->pub_entities[q->speaker];
            put_cstring(b, e->id);
            fw_buf_puts(b, ",\"speaker_name\":");
            put_string(b, e->name.ptr, e->name.len);
        } else {
            fw_buf_puts(b, "null,\"speaker_name\":null");
        }
        fw_buf_putc(b, '}');
    }
    fw_buf_putc(b, ']');
}

static void put_event_actor(fw_buf *b, const fw_doc *d, const fw_event_actor *a)
{
    fw_buf_puts(b, "{\"actor\":");
    put_cstring(b, a->code);
    fw_buf_puts(b, ",\"entity\":");
    if (a->entity != FW_NONE)
        put_cstring(b, d->pub_entities[a->entity].id);
    else
        fw_buf_puts(b, "null");
    fw_buf_puts(b, ",\"span\":");
    put_span_or_null(b, a->span);
    fw_buf_putc(b, '}');
}

static void put_events(fw_buf *b, const fw_doc *d)
{
    fw_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_events; i++) {
        const fw_event *e = &d->events[i];
        if (i)
            fw_buf_putc(b, ',');
        fw_buf_puts(b, "{\"id\":");
        put_cstring(b, e->id);
        fw_buf_puts(b, ",\"code\":");
        put_cstring(b, e->code);
        fw_buf_puts(b, ",\"root\":");
        put_cstring(b, e->root);
        fw_buf_puts(b, ",\"quad\":");
        put_cstring(b, e->quad);
        fw_buf_printf(b, ",\"goldstein\":%.1f", e->goldstein);
        fw_buf_puts(b, ",\"source\":");
        put_event_actor(b, d, &e->source);
        fw_buf_puts(b, ",\"target\":");
        put_event_actor(b, d, &e->target);
        fw_buf_puts(b, ",\"cue\":");
        put_span(b, e->cue);
        fw_buf_puts(b, ",\"sentence\":");
        put_span(b, e->sentence);
        fw_buf_puts(b, ",\"date\":");
        if (e->date)
            put_cstring(b, e->date);
        else
            fw_buf_puts(b, "null");
        fw_buf_puts(b, ",\"issues\":[");
        for (size_t k = 0; k < e->n_issues; k++) {
            if (k)
                fw_buf_putc(b, ',');
            fw_buf_puts(b, "{\"code\":");
            put_cstring(b, e->issues[k].code);
            fw_buf_puts(b, ",\"category\":");
            put_cstring(b, e->issues[k].category);
            fw_buf_printf(b, ",\"count\":%u}", e->issues[k].count);
        }
        fw_buf_puts(b, "]}");
    }
    fw_buf_putc(b, ']');
}

/* Re-indents compact JSON 'in' into 'out', two spaces a level; arrays of
 * numbers (spans) stay on one line. */
static void pretty(const char *in, size_t len, fw_buf *out)
{
    size_t depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < len; i++) {
        char c = in[i];
        if (in_string) {
            fw_buf_putc(out, c);
            if (c == '\\' && i + 1 < len)
                fw_buf_putc(out, in[++i]);
            else if (c == '"')
                in_string = false;
            continue;
        }
        switch (c) {
        case '"':
            in_string = true;
            fw_buf_putc(out, c);
            break;
        case '[':
            if (i + 1 < len &&
                (in[i + 1] == ']' || (in[i + 1] >= '0' && in[i + 1] <= '9'))) {
                /* [s,e] and [] stay compact. */
                while (i < len && in[i] != ']') {
                    fw_buf_putc(out, in[i]);
                    if (in[i] == ',')
                        fw_buf_putc(out, ' ');
                    i++;
                }
                fw_buf_putc(out, ']');
                break;
            }
            /* fall through */
        case '{':
            fw_buf_putc(out, c);
            if (i + 1 < len && (in[i + 1] == '}' || in[i + 1] == ']'))
                break;
            depth++;
            fw_buf_putc(out, '\n');
            for (size_t k = 0; k < depth; k++)
                fw_buf_puts(out, "  ");
            break;
        case '}':
        case ']':
            if (i > 0 && in[i - 1] != '{' && in[i - 1] != '[') {
                depth--;
                fw_buf_putc(out, '\n');
                for (size_t k = 0; k < depth; k++)
                    fw_buf_puts(out, "  ");
            }
            fw_buf_putc(out, c);
            break;
        case ',':
            fw_buf_puts(out, ",\n");
            for (size_t k = 0; k < depth; k++)
                fw_buf_puts(out, "  ");
            break;
        case ':':
            fw_buf_puts(out, ": ");
            break;
        default:
            fw_buf_putc(out, c);
        }
    }
}

static void write_compact(const fw_doc *d, unsigned flags, fw_buf *b)
{
    fw_buf_putc(b, '{');
    put_key(b, "schema", true);
    put_cstring(b, FW_SCHEMA);
    put_key(b, "id", false);
    put_cstring(b, d->id);
    put_key(b, "source", false);
    fw_buf_putc(b, '{');
    put_key(b, "path", true);
    if (d->path)
        put_cstring(b, d->path);
    else
        fw_buf_puts(b, "null");
    put_key(b, "format", false);
    put_cstring(b, fw_format_name(d->format));
    fw_buf_putc(b, '}');
    put_key(b, "meta", false);
    put_meta(b, &d->meta);
    if (!(flags & FW_JSON_NO_TEXT)) {
        put_key(b, "text", false);
        put_string(b, d->text, d->len);
    }
    put_key(b, "blocks", false);
    fw_buf_putc(b, '[');
    for (size_t i = 0; i < d->n_blocks; i++) {
        if (i)
            fw_buf_putc(b, ',');
        fw_buf_puts(b, "{\"kind\":");
        put_cstring(b, fw_block_kind_name(d->blocks[i].kind));
        fw_buf_puts(b, ",\"span\":");
        put_span(b, d->blocks[i].span);
        fw_buf_putc(b, '}');
    }
    fw_buf_putc(b, ']');
    if (flags & FW_JSON_SENTENCES) {
        put_key(b, "sentences", false);
        fw_buf_putc(b, '[');
        for (size_t i = 0; i < d->n_sents; i++) {
            if (i)
                fw_buf_putc(b, ',');
            put_span(b, d->sents[i].span);
        }
        fw_buf_putc(b, ']');
    }
    if (d->ran & FW_STAGE_ENTITIES) {
        put_key(b, "entities", false);
        put_entities(b, d);
    }
    if (d->ran & FW_STAGE_QUOTES) {
        put_key(b, "quotes", false);
        put_quotes(b, d);
    }
    if (d->ran & FW_STAGE_EVENTS) {
        put_key(b, "events", false);
        put_events(b, d);
    }
    fw_buf_putc(b, '}');
}

fw_status fw_write_json(const fw_doc *d, unsigned flags, fw_buf *out)
{
    if (!(flags & FW_JSON_PRETTY)) {
        write_compact(d, flags, out);
        fw_buf_putc(out, '\n');
        return out->failed ? FW_ENOMEM : FW_OK;
    }
    fw_buf compact = {0};
    write_compact(d, flags, &compact);
    if (compact.failed) {
        fw_buf_free(&compact);
        return FW_ENOMEM;
    }
    pretty(compact.data, compact.len, out);
    fw_buf_putc(out, '\n');
    fw_buf_free(&compact);
    return out->failed ? FW_ENOMEM : FW_OK;
}
