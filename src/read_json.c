/*
 * read_json.c - the read stage for JSON: IPTC ninjs (1.x, 2.x and 3.x)
 * and JSON Lines, one {"id": ..., "text": ...} object a line.
 *
 * Input: UTF-8 bytes. Output: documents. A ninjs item becomes one
 * document, its text put together from headline, byline and body (rich
 * body preferred: HTML keeps the paragraphs); ninjs 1.x names
 * (body_html, versioncreated), 2.x arrays (headlines[], bodies[]) and
 * 3.x camelCase all read, cJSON's lookups being case-insensitive. A JSON
 * Lines object becomes a document whose text is read as plain text is;
 * its other keys are kept as metadata; a bad line is rejected alone.
 */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

#include "markup.h"

static void position(const char *data, size_t at, size_t *line, size_t *col)
{
    size_t l = 1, c = 1;
    for (size_t i = 0; i < at; i++) {
        if (data[i] == '\n')
            l++, c = 1;
        else
            c++;
    }
    *line = l;
    *col = c;
}

/* Parses data[0..len) as one JSON value; on failure sets the error with
 * the line and column (counted from 'base', 'first_line' being the line
 * data starts on). */
static cJSON *parse(const char *data, size_t len, const char *what,
                    fw_error *err, const char *base, size_t first_line)
{
    const char *end = NULL;
    cJSON *v = cJSON_ParseWithLengthOpts(data, len, &end, false);
    bool trailing = false;
    if (v) {
        while (end < data + len &&
               (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\n'))
            end++;
        if (end == data + len)
            return v;
        cJSON_Delete(v);
        trailing = true;
    }
    size_t at =
        end && end >= data && end <= data + len ? (size_t)(end - data) : 0;
    size_t line, col;
    position(data, at, &line, &col);
    fw_error_at(err, FW_EFORMAT, (size_t)(data - base) + at,
                line + first_line - 1, col, "%s: %s", what,
                trailing ? "text after the JSON value" : "not valid JSON");
    return NULL;
}

static const char *string_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(o, key);
    return cJSON_IsString(v) && v->valuestring && v->valuestring[0]
               ? v->valuestring
               : NULL;
}

static int level_of(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(o, key);
    if (cJSON_IsNumber(v))
        return v->valuedouble >= 1 && v->valuedouble <= 9 ? (int)v->valuedouble
                                                          : 0;
    const char *s = cJSON_IsString(v) ? v->valuestring : NULL;
    return s ? fw_meta_level(s, strlen(s)) : 0;
}

static fw_status time_of(fw_doc *d, fw_time *t, const cJSON *o, const char *key)
{
    const char *s = string_of(o, key);
    return s && !t->raw.ptr ? fw_meta_time(d, t, s, strlen(s)) : FW_OK;
}

/* A string, or the "value" or "name" of an object ({"name": "AAP"}). */
static const char *name_of(const cJSON *v)
{
    if (cJSON_IsString(v))
        return v->valuestring;
    if (cJSON_IsObject(v)) {
        const char *s = string_of(v, "value");
        return s ? s : string_of(v, "name");
    }
    return NULL;
}

/* ninjs 2.x and 3.x: the entry of an array (headlines, bodies) whose
 * role is 'role', else the first. */
static const cJSON *by_role(const cJSON *array, const char *role)
{
    const cJSON *first = NULL, *e;
    cJSON_ArrayForEach(e, array)
    {
        const char *r = string_of(e, "role");
        if (r && strcasecmp(r, role) == 0)
            return e;
        if (!first)
            first = e;
    }
    return first;
}

/* ------------------------------------------------------------------ */
/* ninjs                                                               */

static fw_status ninjs_meta(fw_doc *d, const cJSON *o)
{
    const char *id = string_of(o, "guid");
    if (!id)
        id = string_of(o, "uri");
    if (id)
        fw_doc_set_id(d, id, strlen(id));
    const cJSON *version = cJSON_GetObjectItem(o, "version");
    char num[32];
    if (cJSON_IsNumber(version) && version->valuedouble >= 0 &&
        version->valuedouble < 1e15) {
        snprintf(num, sizeof num, "%.0f", version->valuedouble);
        fw_meta_version(d, num, strlen(num));
    } else if (cJSON_IsString(version)) {
        fw_meta_version(d, version->valuestring, strlen(version->valuestring));
    }
    const char *s;
    if ((s = string_of(o, "pubstatus")))
        fw_meta_status(d, s, strlen(s));
    if ((s = string_of(o, "language")))
        d->meta.language = fw_meta_copy(d, s, strlen(s));
    if ((s = string_of(o, "slugline")))
        fw_meta_slugline(d, s, strlen(s));
    d->meta.urgency = level_of(o, "urgency");
    d->meta.priority = level_of(o, "priority");
    fw_status st = time_of(d, &d->meta.version_created, o, "versioncreated");
    if (st == FW_OK)
        st = time_of(d, &d->meta.first_created, o, "firstcreated");
    if (st == FW_OK)
        st = time_of(d, &d->meta.embargo, o, "embargoed");
    /* Who provides it: ninjs has no one key for it. */
    static const char *const providers[] = {"provider", "source",
                                            "copyrightholder"};
    for (size_t i = 0; i < FW_COUNT(providers) && !d->meta.provider.ptr; i++) {
        const char *p = name_of(cJSON_GetObjectItem(o, providers[i]));
        if (p)
            d->meta.provider = fw_meta_copy(d, p, strlen(p));
    }
    if ((s = string_of(o, "ednote")) && st == FW_OK)
        st = fw_meta_add(d, &d->ednotes, s, strlen(s));
    const cJSON *e;
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(o, "ednotes"))
    {
        const char *note = name_of(e);
        if (note && st == FW_OK)
            st = fw_meta_add(d, &d->ednotes, note, strlen(note));
    }
    cJSON_ArrayForEach(e, cJSON_GetObjectItem(o, "keywords"))
    {
        const char *kw = name_of(e);
        if (kw && st == FW_OK)
            st = fw_meta_add(d, &d->keywords, kw, strlen(kw));
    }
    return st;
}

static bool html_type(const char *type)
{
    return type && strstr(type, "html") != NULL;
}

/* The body: rich text when there is some, for its paragraphs. */
static fw_status ninjs_body(fw_composer *c, const cJSON *o)
{
    static const char *const html_keys[] = {"body_html", "body_xhtml"};
    for (size_t i = 0; i < FW_COUNT(html_keys); i++) {
        const char *s = string_of(o, html_keys[i]);
        if (s)
            return fw_markup_html(c, s, strlen(s));
    }
    const cJSON *bodies = cJSON_GetObjectItem(o, "bodies");
    const cJSON *b, *plain = NULL;
    cJSON_ArrayForEach(b, bodies)
    {
        const char *type = string_of(b, "contenttype");
        const char *value = string_of(b, "value");
        if (value && html_type(type))
            return fw_markup_html(c, value, strlen(value));
        if (value && !plain)
            plain = b;
    }
    const char *text =
        plain ? string_of(plain, "value") : string_of(o, "body_text");
    return text ? fw_compose_lines(c, text, strlen(text)) : FW_OK;
}

static fw_status read_ninjs(const fw_analyzer *az, const fw_input *in,
                            const cJSON *o, fw_batch *batch)
{
    const char *type = string_of(o, "type");
    if (type && strcasecmp(type, "text") != 0) {
        fw_error e;
        fw_error_at(&e, FW_ESKIPPED, 0, 0, 0, "not a text item: %s", type);
        return fw_batch_reject(batch, &e);
    }
    fw_doc *d = fw_doc_for(az, in, FW_FORMAT_NINJS, NULL, 0);
    if (!d)
        return FW_ENOMEM;
    fw_composer c;
    fw_compose_init(&c, d);
    fw_status st = ninjs_meta(d, o);
    const char *headline = string_of(o, "headline");
    if (!headline)
        headline =
            name_of(by_role(cJSON_GetObjectItem(o, "headlines"), "main"));
    const char *by = string_of(o, "byline");
    if (!by)
        by = name_of(cJSON_GetObjectItem(o, "by"));
    const char *located = string_of(o, "located");
    if (located)
        fw_compose_dateline(&c, located, strlen(located));
    if (st == FW_OK && headline)
        st = fw_compose_para(&c, FW_HINT_HEADLINE, headline, strlen(headline));
    if (st == FW_OK && by)
        st = fw_compose_para(&c, FW_HINT_BYLINE, by, strlen(by));
    if (st == FW_OK)
        st = ninjs_body(&c, o);
    if (st == FW_OK)
        st = fw_compose_finish(&c);
    fw_compose_free(&c);
    if (st == FW_OK && d->len == 0)
        st = FW_EEMPTY;
    if (st != FW_OK) {
        fw_doc_free(d);
        if (st != FW_EEMPTY)
            return st;
        fw_error e;
        fw_error_at(&e, FW_EEMPTY, 0, 0, 0, "the ninjs item has no text");
        return fw_batch_reject(batch, &e);
    }
    return fw_batch_add(batch, d);
}

/* Does a lone object look like a JSON Lines record rather than ninjs? */
static bool looks_like_record(const cJSON *o)
{
    static const char *const ninjs_keys[] = {
        "headline", "headlines", "body_text", "body_html",     "body_xhtml",
        "bodies",   "guid",      "uri",       "versioncreated"};
    if (!string_of(o, "text"))
        return false;
    for (size_t i = 0; i < FW_COUNT(ninjs_keys); i++)
        if (cJSON_GetObjectItem(o, ninjs_keys[i]))
            return false;
    return true;
}

/* ------------------------------------------------------------------ */
/* JSON Lines                                                          */

static fw_status keep_field(fw_doc *d, const cJSON *v)
{
    char *json = cJSON_PrintUnformatted(v);
    if (!json)
        return FW_ENOMEM;
    fw_field *f = FW_PUSH(&d->arena, d->fields, d->n_fields, d->cap_fields);
    size_t n = strlen(json);
    if (f) {
        f->key.ptr = fw_arena_strndup(&d->arena, v->string, strlen(v->string));
        f->key.len = strlen(v->string);
        f->json.ptr = fw_arena_strndup(&d->arena, json, n);
        f->json.len = n;
    }
    cJSON_free(json);
    return f && f->key.ptr && f->json.ptr ? FW_OK : FW_ENOMEM;
}

static fw_status read_record(const fw_analyzer *az, const fw_input *in,
                             const cJSON *o, size_t line, fw_batch *batch)
{
    fw_error e;
    const char *text = cJSON_IsObject(o) ? string_of(o, "text") : NULL;
    if (!text) {
        fw_error_at(&e, FW_EFORMAT, 0, line, 1, "JSON Lines: %s",
                    cJSON_IsObject(o) ? "no \"text\" string" : "not an object");
        return fw_batch_reject(batch, &e);
    }
    fw_doc *d = fw_doc_for(az, in, FW_FORMAT_JSONL, NULL, 0);
    if (!d)
        return FW_ENOMEM;
    size_t len = strlen(text);
    char *copy = fw_arena_strndup(&d->arena, text, len);
    fw_status st = copy ? FW_OK : FW_ENOMEM;
    d->text = copy;
    d->len = len;
    const cJSON *id = cJSON_GetObjectItem(o, "id");
    char num[48];
    if (cJSON_IsString(id) && id->valuestring[0]) {
        fw_doc_set_id(d, id->valuestring, strlen(id->valuestring));
    } else if (cJSON_IsNumber(id)) {
        snprintf(num, sizeof num, "%.17g", id->valuedouble);
        fw_doc_set_id(d, num, strlen(num));
    } else {
        /* Records without ids: the file's stem and the line. */
        snprintf(num, sizeof num, ":%zu", line);
        size_t n = strlen(d->id);
        char *joined = fw_arena_alloc(&d->arena, n + strlen(num) + 1);
        if (joined) {
            memcpy(joined, d->id, n);
            memcpy(joined + n, num, strlen(num) + 1);
            d->id = joined;
        }
    }
    const cJSON *v;
    cJSON_ArrayForEach(v, o)
    {
        if (st == FW_OK && v->string && strcmp(v->string, "id") != 0 &&
            strcmp(v->string, "text") != 0)
            st = keep_field(d, v);
    }
    size_t at = 0;
    if (st == FW_OK && fw_check_utf8(d->text, d->len, &at) != FW_OK)
        st = FW_EBINARY; /* a \u0000 escape */
    if (st == FW_OK)
        st = fw_read_text(d);
    if (st == FW_EEMPTY || st == FW_EBINARY) {
        fw_doc_free(d);
        fw_error_at(&e, st, 0, line, 1, "JSON Lines: %s",
                    st == FW_EEMPTY ? "empty \"text\""
                                    : "\"text\" holds a NUL");
        return fw_batch_reject(batch, &e);
    }
    if (st != FW_OK) {
        fw_doc_free(d);
        return st;
    }
    return fw_batch_add(batch, d);
}

static fw_status read_lines(const fw_analyzer *az, const char *data, size_t len,
                            const fw_input *in, fw_batch *batch)
{
    size_t line = 1;
    for (size_t i = 0; i < len; line++) {
        const char *nl = memchr(data + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - data) : len;
        size_t a = i;
        while (a < end &&
               (data[a] == ' ' || data[a] == '\t' || data[a] == '\r'))
            a++;
        if (a < end) {
            fw_error e;
            cJSON *o = parse(data + i, end - i, "JSON Lines", &e, data, line);
            fw_status st = o ? read_record(az, in, o, line, batch)
                             : fw_batch_reject(batch, &e);
            cJSON_Delete(o);
            if (st != FW_OK)
                return st;
        }
        i = nl ? end + 1 : len;
    }
    return FW_OK;
}

fw_status fw_read_json(const fw_analyzer *az, const char *data, size_t len,
                       const fw_input *in, fw_format format, fw_batch *batch,
                       fw_error *err)
{
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3; /* a byte-order mark, which JSON does not allow */
        len -= 3;
    }
    if (format == FW_FORMAT_JSONL)
        return read_lines(az, data, len, in, batch);
    fw_error whole;
    cJSON *o = parse(data, len, format == FW_FORMAT_NINJS ? "ninjs" : "JSON",
                     &whole, data, 1);
    if (!o) {
        /* Several values, a line each? */
        const char *nl = memchr(data, '\n', len);
        fw_error first;
        cJSON *one =
            format == FW_FORMAT_AUTO && nl
                ? parse(data, (size_t)(nl - data), "JSON", &first, data, 1)
                : NULL;
        bool lines = one && cJSON_IsObject(one);
        cJSON_Delete(one);
        if (lines)
            return read_lines(az, data, len, in, batch);
        if (err)
            *err = whole;
        return FW_EFORMAT;
    }
    fw_status st;
    if (!cJSON_IsObject(o)) {
        fw_error_at(err, format == FW_FORMAT_AUTO ? FW_EUNKNOWN : FW_EFORMAT, 0,
                    1, 1,
                    "JSON that is not an object; formats: ninjs (an item), "
                    "jsonl (a {\"text\": ...} object a line)");
        st = err ? err->status : FW_EFORMAT;
    } else if (format == FW_FORMAT_AUTO && looks_like_record(o)) {
        st = read_record(az, in, o, 1, batch);
    } else {
        st = read_ninjs(az, in, o, batch);
    }
    cJSON_Delete(o);
    return st;
}
