/*
 * compose.c - a wire item's text and metadata, put together by its
 * reader.
 *
 * Wire formats carry a story in parts: a headline element, a byline,
 * paragraphs in markup, and metadata in a dozen spellings. Readers hand
 * the parts over in order; the composer writes the text (headline, byline,
 * then the body, a blank line between paragraphs), keeps each paragraph's
 * span with what the markup said of it, and lays them out as plain text
 * is (fw_lay_out), so that the conventions of copy (datelines, bylines,
 * AFP trailers, AP's "___" taglines) are found inside structured bodies
 * too. The metadata helpers below normalise what readers find: times to
 * UTC, version labels out of sluglines, statuses to one vocabulary.
 */
#include <string.h>

#include "internal.h"

void fw_compose_init(fw_composer *c, fw_doc *d)
{
    memset(c, 0, sizeof *c);
    c->d = d;
}

void fw_compose_free(fw_composer *c)
{
    fw_buf_free(&c->text);
}

static bool is_blank_byte(unsigned char b)
{
    return b == ' ' || (b >= '\t' && b <= '\r') || b < 0x20 || b == 0x7F;
}

/* Appends s[0..len) with every run of white space and control characters
 * made one space and none at either end. */
static void append_collapsed(fw_buf *b, const char *s, size_t len)
{
    bool space = false, any = false;
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (is_blank_byte(ch)) {
            space = any;
            continue;
        }
        if (space)
            fw_buf_putc(b, ' ');
        fw_buf_putc(b, (char)ch);
        space = false;
        any = true;
    }
}

static fw_status add_para(fw_composer *c, fw_hint hint, size_t start)
{
    fw_doc *d = c->d;
    fw_para *p = FW_PUSH(&d->arena, c->paras.items, c->paras.n, c->paras.cap);
    if (!p)
        return FW_ENOMEM;
    p->start = start;
    p->end = c->text.len;
    p->lines = 1;
    p->hint = hint;
    return c->text.failed ? FW_ENOMEM : FW_OK;
}

/* Starts a paragraph: the blank line after the one before. */
static size_t begin_para(fw_composer *c)
{
    if (c->text.len)
        fw_buf_puts(&c->text, "\n\n");
    return c->text.len;
}

/* Does the text from 'start' open with a dateline? */
static bool opens_with_dateline(const fw_composer *c, size_t start)
{
    return fw_layout_dateline(c->text.data + start, c->text.len - start, NULL);
}

fw_status fw_compose_para(fw_composer *c, fw_hint hint, const char *s,
                          size_t len)
{
    size_t mark = c->text.len;
    size_t start = begin_para(c);
    append_collapsed(&c->text, s, len);
    if (c->text.len == start) { /* nothing but white space */
        c->text.len = mark;
        if (c->text.data)
            c->text.data[mark] = '\0';
        return c->text.failed ? FW_ENOMEM : FW_OK;
    }
    if (hint == FW_HINT_NONE && !c->in_body) {
        c->in_body = true;
        /* AFP NewsML keeps the dateline apart from the body; the same
         * story on the plain-text wire opens with it. */
        if (c->dateline_len && !opens_with_dateline(c, start)) {
            fw_buf b = {0};
            append_collapsed(&b, c->dateline, c->dateline_len);
            fw_buf_putc(&b, ' ');
            fw_buf_append(&b, c->text.data + start, c->text.len - start);
            c->text.len = start;
            fw_buf_append(&c->text, b.data ? b.data : "", b.len);
            bool failed = b.failed;
            fw_buf_free(&b);
            if (failed)
                return FW_ENOMEM;
        }
    }
    return add_para(c, hint, start);
}

fw_status fw_compose_lines(fw_composer *c, const char *s, size_t len)
{
    size_t start = begin_para(c);
    for (size_t i = 0; i < len; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\r') {
            if (i + 1 < len && s[i + 1] == '\n')
                continue;
            ch = '\n';
        }
        if (ch != '\n' && ch != '\t' && (ch < 0x20 || ch == 0x7F))
            ch = ' ';
        fw_buf_putc(&c->text, (char)ch);
    }
    c->in_body = true;
    return add_para(c, FW_HINT_LINES, start);
}

void fw_compose_dateline(fw_composer *c, const char *s, size_t len)
{
    fw_dateline dl;
    while (len && is_blank_byte((unsigned char)s[len - 1]))
        len--;
    while (len && is_blank_byte((unsigned char)*s))
        s++, len--;
    c->place = s;
    c->place_len = len;
    /* Only a whole dateline, agency and dash included, opens a body. */
    if (fw_layout_dateline(s, len, &dl) && dl.agency.ptr &&
        dl.span.end == len) {
        c->dateline = s;
        c->dateline_len = len;
    }
}

/* The item's dateline as metadata, when the text has none. */
static fw_status meta_dateline(fw_composer *c)
{
    fw_doc *d = c->d;
    if (d->meta.dateline || !c->place_len)
        return FW_OK;
    char *place = fw_arena_strndup(&d->arena, c->place, c->place_len);
    if (!place)
        return FW_ENOMEM;
    fw_dateline dl;
    memset(&dl, 0, sizeof dl);
    fw_dateline parsed;
    size_t n = c->place_len;
    /* "STOCKHOLM, Aug 29 (AFP) -" parses; "Helsinki" is a place. */
    if (fw_layout_dateline(place, n, &parsed) && parsed.span.end == n) {
        dl = parsed;
    } else {
        dl.place.ptr = place;
        dl.place.len = n;
    }
    dl.span.start = dl.span.end = 0;
    d->dateline = dl;
    d->meta.dateline = &d->dateline;
    return FW_OK;
}

fw_status fw_compose_finish(fw_composer *c)
{
    fw_doc *d = c->d;
    if (c->text.failed)
        return FW_ENOMEM;
    char *text = fw_arena_strndup(&d->arena, c->text.data ? c->text.data : "",
                                  c->text.len);
    if (!text)
        return FW_ENOMEM;
    d->text = text;
    d->len = c->text.len;
    fw_buf_free(&c->text);

    fw_paras paras = {0};
    for (size_t i = 0; i < c->paras.n; i++) {
        const fw_para *p = &c->paras.items[i];
        fw_status st;
        if (p->hint == FW_HINT_LINES) {
            st = fw_split_paragraphs(d, p->start, p->end, &paras);
        } else {
            fw_para *q = FW_PUSH(&d->arena, paras.items, paras.n, paras.cap);
            st = q ? FW_OK : FW_ENOMEM;
            if (q)
                *q = *p;
        }
        if (st != FW_OK)
            return st;
    }
    fw_status st = paras.n ? fw_lay_out(d, &paras, false) : FW_OK;
    if (st == FW_OK)
        st = meta_dateline(c);
    return st;
}

/* ------------------------------------------------------------------ */
/* Metadata                                                            */

fw_str fw_meta_copy(fw_doc *d, const char *s, size_t len)
{
    fw_str out = {NULL, 0};
    fw_buf b = {0};
    append_collapsed(&b, s, len);
    if (b.len && !b.failed) {
        out.ptr = fw_arena_strndup(&d->arena, b.data, b.len);
        out.len = out.ptr ? b.len : 0;
    }
    fw_buf_free(&b);
    return out;
}

fw_status fw_meta_add(fw_doc *d, fw_strs *list, const char *s, size_t len)
{
    fw_str v = fw_meta_copy(d, s, len);
    if (!v.ptr)
        return FW_OK; /* empty, or out of memory: nothing to keep */
    for (size_t i = 0; i < list->n; i++)
        if (list->items[i].len == v.len &&
            memcmp(list->items[i].ptr, v.ptr, v.len) == 0)
            return FW_OK;
    fw_str *slot = FW_PUSH(&d->arena, list->items, list->n, list->cap);
    if (!slot)
        return FW_ENOMEM;
    *slot = v;
    return FW_OK;
}

static bool lower_equal(const char *s, size_t len, const char *word)
{
    size_t n = strlen(word);
    if (len != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch + 32);
        if (ch != word[i])
            return false;
    }
    return true;
}

void fw_meta_status(fw_doc *d, const char *s, size_t len)
{
    /* Controlled vocabularies write "stat:usable"; the code is the end. */
    const char *colon = memchr(s, ':', len);
    if (colon) {
        len -= (size_t)(colon + 1 - s);
        s = colon + 1;
    }
    while (len && is_blank_byte((unsigned char)*s))
        s++, len--;
    while (len && is_blank_byte((unsigned char)s[len - 1]))
        len--;
    static const struct {
        const char *name, *status;
    } names[] = {
        {"usable", "usable"},       {"canceled", "canceled"},
        {"cancelled", "canceled"},  {"kill", "canceled"},
        {"killed", "canceled"},     {"withheld", "withheld"},
        {"embargoed", "embargoed"},
    };
    for (size_t i = 0; i < FW_COUNT(names); i++) {
        if (lower_equal(s, len, names[i].name)) {
            d->meta.status.ptr = names[i].status;
            d->meta.status.len = strlen(names[i].status);
            return;
        }
    }
    if (len)
        d->meta.status = fw_meta_copy(d, s, len);
}

bool fw_meta_analysable(const fw_doc *d)
{
    const fw_str st = d->meta.status;
    return !st.ptr || !(lower_equal(st.ptr, st.len, "canceled") ||
                        lower_equal(st.ptr, st.len, "withheld"));
}

/* Reads 'n' digits at s[*i]; -1 when they are not there. */
static int digits(const char *s, size_t len, size_t *i, size_t n)
{
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        if (*i >= len || s[*i] < '0' || s[*i] > '9')
            return -1;
        v = v * 10 + (s[(*i)++] - '0');
    }
    return v;
}

/* Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
static long days_from_civil(long y, int m, int day)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, long *y, int *m, int *day)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *day = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

fw_status fw_meta_time_utc(fw_doc *d, fw_time *t, int year, int month, int day,
                           int hour, int minute, int second, int offset_minutes)
{
    if (year < 1900 || year > 9998 || month < 1 || month > 12 || day < 1 ||
        day > 31 || hour > 23 || minute > 59 || second > 60)
        return FW_OK;
    long secs = (days_from_civil(year, month, day) * 24 + hour) * 3600 +
                minute * 60L + (second > 59 ? 59 : second) -
                offset_minutes * 60L;
    long days = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    long rem = secs - days * 86400;
    long y;
    int m, dd;
    civil_from_days(days, &y, &m, &dd);
    int parts[6] = {
        (int)y,         m, dd, (int)(rem / 3600), (int)(rem / 60 % 60),
        (int)(rem % 60)};
    /* "YYYY-MM-DDTHH:MM:SSZ" */
    char buf[21];
    char *p = buf;
    for (int k = 0; k < 6; k++) {
        int width = k ? 2 : 4;
        for (int w = width - 1; w >= 0; w--) {
            p[w] = (char)('0' + parts[k] % 10);
            parts[k] /= 10;
        }
        p += width;
        if (k < 5)
            *p++ = "--T::"[k];
    }
    *p++ = 'Z';
    t->utc.ptr = fw_arena_strndup(&d->arena, buf, (size_t)(p - buf));
    t->utc.len = t->utc.ptr ? (size_t)(p - buf) : 0;
    return t->utc.ptr ? FW_OK : FW_ENOMEM;
}

/* ISO 8601, extended ("2017-10-18T11:16:43.000+02:00") or basic
 * ("20140829T134951+0000"). Without a zone the instant is unknown. */
static fw_status iso_time(fw_doc *d, fw_time *t, const char *s, size_t len)
{
    size_t i = 0;
    int y = digits(s, len, &i, 4);
    bool ext = i < len && s[i] == '-';
    i += ext;
    int mo = digits(s, len, &i, 2);
    i += ext && i < len && s[i] == '-';
    int day = digits(s, len, &i, 2);
    if (y < 0 || mo < 0 || day < 0 || i >= len || (s[i] != 'T' && s[i] != ' '))
        return FW_OK;
    i++;
    int h = digits(s, len, &i, 2);
    i += ext && i < len && s[i] == ':';
    int mi = digits(s, len, &i, 2);
    int sec = 0;
    if (i < len &&
        ((ext && s[i] == ':') || (!ext && s[i] >= '0' && s[i] <= '9'))) {
        i += ext;
        sec = digits(s, len, &i, 2);
    }
    if (h < 0 || mi < 0 || sec < 0)
        return FW_OK;
    if (i < len && (s[i] == '.' || s[i] == ','))
        for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
            ;
    int offset = 0;
    if (i < len && s[i] == 'Z') {
        i++;
    } else if (i < len && (s[i] == '+' || s[i] == '-')) {
        int sign = s[i++] == '-' ? -1 : 1;
        int oh = digits(s, len, &i, 2);
        i += i < len && s[i] == ':';
        int om = i < len ? digits(s, len, &i, 2) : 0;
        if (oh < 0 || om < 0 || oh > 23 || om > 59)
            return FW_OK;
        offset = sign * (oh * 60 + om);
    } else {
        return FW_OK; /* no zone */
    }
    if (i != len)
        return FW_OK;
    return fw_meta_time_utc(d, t, y, mo, day, h, mi, sec, offset);
}

fw_status fw_meta_time(fw_doc *d, fw_time *t, const char *s, size_t len)
{
    fw_str raw = fw_meta_copy(d, s, len);
    if (!raw.ptr)
        return FW_OK;
    t->raw = raw;
    t->utc.ptr = NULL;
    t->utc.len = 0;
    return iso_time(d, t, raw.ptr, raw.len);
}

/* Words that name a version in a slugline: AP's "1st Ld-Writethru",
 * "Correction", Reuters' "(UPDATE 1)", "REFILE", "CORRECTED". */
static bool version_words(const char *s, size_t len)
{
    static const char *const words[] = {
        "ld-writethru", "writethru", "update", "refile",     "corrected",
        "correction",   "repeat",    "rpt",    "urgent",     "advisory",
        "1stld",        "2ndld",     "3rdld",  "sub",        "wrapup",
        "adds",         "ld",        "kill",   "elimination"};
    /* Any of them as a whole word, case folded. */
    for (size_t i = 0; i < len;) {
        while (i < len &&
               !((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= 'a' && s[i] <= 'z') ||
                 (s[i] >= '0' && s[i] <= '9')))
            i++;
        size_t j = i;
        while (j < len && s[j] != ' ' && s[j] != ',' && s[j] != '(' &&
               s[j] != ')')
            j++;
        /* "1st Ld-Writethru": skip an ordinal before the word. */
        const char *w = s + i;
        size_t wl = j - i;
        while (wl && w[0] >= '0' && w[0] <= '9')
            w++, wl--;
        if (wl >= 2 &&
            (lower_equal(w, 2, "st") || lower_equal(w, 2, "nd") ||
             lower_equal(w, 2, "rd") || lower_equal(w, 2, "th")) &&
            w != s + i) {
            w += 2, wl -= 2;
            if (!wl) {
                i = j;
                continue;
            }
        }
        for (size_t k = 0; k < FW_COUNT(words); k++)
            if (lower_equal(w, wl, words[k]))
                return true;
        i = j;
    }
    return false;
}

void fw_meta_slugline(fw_doc *d, const char *s, size_t len)
{
    while (len && is_blank_byte((unsigned char)s[len - 1]))
        len--;
    while (len && is_blank_byte((unsigned char)*s))
        s++, len--;
    if (!len)
        return;
    size_t slug = len;
    const char *label = NULL;
    size_t label_len = 0;
    if (s[len - 1] == ')') {
        /* Reuters: "GLOBAL-PRECIOUS/ (UPDATE 1)" */
        const char *open = NULL;
        for (size_t i = len; i-- > 0;)
            if (s[i] == '(') {
                open = s + i;
                break;
            }
        if (open && version_words(open + 1, (size_t)(s + len - 1 - open - 1))) {
            label = open + 1;
            label_len = (size_t)(s + len - 1 - label);
            slug = (size_t)(open - s);
        }
    } else {
        /* AP: "BC-US--Earns-Nutrisystem, 1st Ld-Writethru" */
        const char *comma = NULL;
        for (size_t i = len; i-- > 0;)
            if (s[i] == ',') {
                comma = s + i;
                break;
            }
        if (comma && version_words(comma + 1, (size_t)(s + len - comma - 1))) {
            label = comma + 1;
            label_len = (size_t)(s + len - label);
            slug = (size_t)(comma - s);
        }
    }
    d->meta.slugline = fw_meta_copy(d, s, slug);
    if (label && !d->meta.version_label.ptr)
        d->meta.version_label = fw_meta_copy(d, label, label_len);
}

void fw_meta_version(fw_doc *d, const char *s, size_t len)
{
    while (len && is_blank_byte((unsigned char)s[len - 1]))
        len--;
    while (len && is_blank_byte((unsigned char)*s))
        s++, len--;
    if (!len || len > 20)
        return;
    for (size_t i = 0; i < len; i++)
        if (s[i] < '0' || s[i] > '9')
            return;
    while (len > 1 && *s == '0') /* a JSON number has no leading zero */
        s++, len--;
    d->meta.version = fw_meta_copy(d, s, len);
}

int fw_meta_level(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && is_blank_byte((unsigned char)s[i]))
        i++;
    const char *colon = memchr(s + i, ':', len - i);
    if (colon) /* "urg:4" */
        i = (size_t)(colon + 1 - s);
    int v = digits(s, len, &i, 1);
    while (i < len && is_blank_byte((unsigned char)s[i]))
        i++;
    return v >= 1 && v <= 9 && i == len ? v : 0;
}
