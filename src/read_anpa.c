/*
 * read_anpa.c - the read stage for the 7-bit wire formats: ANPA-1312
 * (AP) and IPTC 7901 (dpa and others).
 *
 * Input: bytes as the wire delivers them, framed by control characters:
 * SOH opens the header, STX the text, ETX ends it. Output: one document.
 *
 * ANPA-1312: after SYN SYN SOH, a header line with priority, category,
 * keyword and take ("r z^S^Q BC-BKN--Heat-Hawks 1stLd-Writethru 02-20
 * 0500"); after STX, lines marked '^' carry the keyword line, headline,
 * editor's notes ("Eds: ..."), byline; paragraphs start with a tab; ETX
 * is followed by the time stamp ("AP-WF-02-20-16 0337GMT").
 *
 * IPTC 7901: SOH and a header line (service and number, priority,
 * category, word count, keywords), slug lines, STX and the headline, the
 * text in indented paragraphs, often a section "not for publication",
 * and ETX with the time ("131137 GMT Nov 13").
 *
 * Both are 7-bit by definition; bytes that are not UTF-8 are read as
 * Windows-1252, as the wire's 8-bit variants use it.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

enum { SOH = 0x01, STX = 0x02, ETX = 0x03, SYN = 0x16 };

/* SOH must come within this many bytes of the start. */
#define LEAD 64

/* A line of the input: [start, end) without the line break. */
typedef struct span_line {
    size_t start, end;
} span_line;

static bool next_line(const char *s, size_t hi, size_t *i, span_line *l)
{
    if (*i >= hi)
        return false;
    const char *nl = memchr(s + *i, '\n', hi - *i);
    l->start = *i;
    l->end = nl ? (size_t)(nl - s) : hi;
    *i = nl ? l->end + 1 : hi;
    while (l->end > l->start && (s[l->end - 1] == '\r' || s[l->end - 1] == ' '))
        l->end--;
    return true;
}

static bool blank(const char *s, span_line l)
{
    for (size_t i = l.start; i < l.end; i++)
        if (s[i] != ' ' && s[i] != '\t')
            return false;
    return true;
}

static bool has_prefix(const char *s, span_line l, const char *p)
{
    size_t n = strlen(p);
    return l.end - l.start >= n && strncasecmp(s + l.start, p, n) == 0;
}

/* The framing bytes: SOH within the first 'lead' bytes, then STX, then
 * ETX. */
static bool framed(const char *s, size_t len, size_t lead, size_t *soh,
                   size_t *stx, size_t *etx)
{
    const char *a = memchr(s, SOH, len < lead ? len : lead);
    if (!a)
        return false;
    *soh = (size_t)(a - s);
    const char *b = memchr(a, STX, len - *soh);
    if (!b)
        return false;
    *stx = (size_t)(b - s);
    const char *c = memchr(b, ETX, len - *stx);
    if (!c)
        return false;
    *etx = (size_t)(c - s);
    return true;
}

static fw_status unframed(fw_error *err, fw_format format)
{
    fw_error_at(err, FW_EFORMAT, 0, 0, 0,
                "no %s framing (SOH, then STX before the text, ETX after)",
                format == FW_FORMAT_ANPA ? "ANPA-1312" : "IPTC 7901");
    return FW_EFORMAT;
}

static int month_number(const char *s)
{
    static const char names[] = "janfebmaraprmayjunjulaugsepoctnovdec";
    for (int m = 0; m < 12; m++)
        if (strncasecmp(s, names + 3 * m, 3) == 0)
            return m + 1;
    return 0;
}

static int two_digits(const char *s)
{
    return s[0] >= '0' && s[0] <= '9' && s[1] >= '0' && s[1] <= '9'
               ? (s[0] - '0') * 10 + (s[1] - '0')
               : -1;
}

/* Adds a paragraph gathered from lines, if any. */
static fw_status flush(fw_composer *c, fw_buf *para)
{
    fw_status st = para->failed ? FW_ENOMEM : FW_OK;
    if (st == FW_OK && para->len)
        st = fw_compose_para(c, FW_HINT_NONE, para->data, para->len);
    para->len = 0;
    return st;
}

/* ------------------------------------------------------------------ */
/* ANPA-1312                                                           */

/* A '^' line without its marks: "^By PAUL BYRNE=" -> "By PAUL BYRNE". */
static void caret_line(const char *s, span_line *l)
{
    if (l->start < l->end && s[l->start] == '^')
        l->start++;
    while (l->end > l->start && (s[l->end - 1] == '<' || s[l->end - 1] == '=' ||
                                 s[l->end - 1] == ' '))
        l->end--;
}

/* The keyword line "BC-LT--Argentina-Cancer Beauty,466": slugline and
 * version label, without the word count. */
static void keyword_line(fw_doc *d, const char *s, span_line l)
{
    size_t e = l.end;
    while (e > l.start && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    if (e < l.end && e > l.start && s[e - 1] == ',')
        l.end = e - 1;
    fw_meta_slugline(d, s + l.start, l.end - l.start);
    const fw_str label = d->meta.version_label;
    if (label.ptr && label.len == 4 && strncasecmp(label.ptr, "kill", 4) == 0)
        fw_meta_status(d, "canceled", 8);
}

/* After ETX: "AP-WF-11-13-13 1509GMT". */
static fw_status anpa_stamp(fw_doc *d, const char *s, size_t i, size_t len)
{
    size_t e = i;
    while (e < len && s[e] != '\n' && s[e] != '<' && s[e] != '\r')
        e++;
    span_line l = {i, e};
    const char *dash = memchr(s + i, '-', e - i);
    if (dash && dash > s + i)
        d->meta.provider = fw_meta_copy(d, s + i, (size_t)(dash - (s + i)));
    /* The date and time are the last "MM-DD-YY HHMMGMT". */
    const char *gmt = NULL;
    for (size_t k = l.start; k + 3 <= l.end; k++)
        if (memcmp(s + k, "GMT", 3) == 0)
            gmt = s + k;
    if (!gmt || gmt - (s + l.start) < 13)
        return FW_OK;
    const char *t = gmt - 13; /* "11-13-13 1509" */
    int mo = two_digits(t), day = two_digits(t + 3), yy = two_digits(t + 6);
    int hh = two_digits(t + 9), mi = two_digits(t + 11);
    if (mo < 0 || day < 0 || yy < 0 || hh < 0 || mi < 0 || t[2] != '-' ||
        t[5] != '-' || t[8] != ' ')
        return FW_OK;
    fw_status st = fw_meta_time(d, &d->meta.first_created, t, 16);
    if (st != FW_OK)
        return st;
    return fw_meta_time_utc(d, &d->meta.first_created,
                            yy < 70 ? 2000 + yy : 1900 + yy, mo, day, hh, mi, 0,
                            0);
}

static fw_status read_anpa(fw_doc *d, const char *s, size_t len, size_t soh,
                           size_t stx, size_t etx)
{
    fw_composer c;
    fw_compose_init(&c, d);
    fw_status st = FW_OK;
    /* The header's second line: priority, category, keyword, take. */
    size_t i = soh;
    span_line l;
    next_line(s, stx, &i, &l);
    if (next_line(s, stx, &i, &l) && l.end - l.start >= 3) {
        /* flash, bulletin, urgent, routine, deferred */
        static const char prio[] = "fburd";
        const char *p = memchr(prio, s[l.start] | 0x20, sizeof prio - 1);
        if (p)
            d->meta.priority = (int)(p - prio) + 1;
    }

    /* The '^' lines before the text, then the paragraphs. */
    i = stx + 1;
    size_t carets = 0;
    bool after_by = false, body = false;
    fw_str headline = {NULL, 0}, byline = {NULL, 0}, byline_title = {NULL, 0};
    fw_buf para = {0};
    while (st == FW_OK && next_line(s, etx, &i, &l)) {
        if (!body && l.start < l.end && s[l.start] == '^') {
            caret_line(s, &l);
            const char *t = s + l.start;
            size_t n = l.end - l.start;
            if (carets++ == 0) {
                keyword_line(d, s, l);
            } else if (has_prefix(s, l, "Eds:") ||
                       has_prefix(s, l, "Editor's Note") ||
                       has_prefix(s, l, "AP Photo")) {
                size_t skip = has_prefix(s, l, "Eds:") ? 4 : 0;
                st = fw_meta_add(d, &d->ednotes, t + skip, n - skip);
            } else if (has_prefix(s, l, "By ")) {
                byline = fw_meta_copy(d, t, n);
                after_by = true;
            } else if (after_by) {
                byline_title = fw_meta_copy(d, t, n);
                after_by = false;
            } else if (carets == 2) {
                headline = fw_meta_copy(d, t, n);
            }
            continue;
        }
        if (!body) {
            /* The text begins: what came before goes first. */
            body = true;
            if (headline.ptr)
                st = fw_compose_para(&c, FW_HINT_HEADLINE, headline.ptr,
                                     headline.len);
            if (st == FW_OK && byline.ptr)
                st =
                    fw_compose_para(&c, FW_HINT_BYLINE, byline.ptr, byline.len);
            if (st == FW_OK && byline_title.ptr)
                st = fw_compose_para(&c, FW_HINT_NONE, byline_title.ptr,
                                     byline_title.len);
        }
        if (blank(s, l)) {
            if (st == FW_OK)
                st = flush(&c, &para);
            continue;
        }
        if (s[l.start] == '\t' && st == FW_OK)
            st = flush(&c, &para); /* a tab starts a paragraph */
        if (para.len)
            fw_buf_putc(&para, ' ');
        fw_buf_append(&para, s + l.start, l.end - l.start);
    }
    if (st == FW_OK)
        st = flush(&c, &para);
    fw_buf_free(&para);
    if (st == FW_OK)
        st = anpa_stamp(d, s, etx + 1, len);
    if (st == FW_OK)
        st = fw_compose_finish(&c);
    fw_compose_free(&c);
    return st;
}

/* ------------------------------------------------------------------ */
/* IPTC 7901                                                           */

/* "eca062 4 i 211 ccccb   dpa 061": priority, and the provider as the
 * last word of letters. */
static void iptc_header(fw_doc *d, const char *s, span_line l)
{
    size_t field = 0, last = 0, last_len = 0;
    for (size_t i = l.start; i < l.end;) {
        while (i < l.end && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < l.end && s[j] != ' ')
            j++;
        if (j == i)
            break;
        if (field == 1 && j - i == 1)
            d->meta.priority = fw_meta_level(s + i, 1);
        bool letters = j - i >= 2 && j - i <= 8;
        for (size_t k = i; k < j && letters; k++)
            letters = (s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z';
        if (field >= 4 && letters)
            last = i, last_len = j - i;
        field++;
        i = j;
    }
    if (last_len)
        d->meta.provider = fw_meta_copy(d, s + last, last_len);
}

/* After ETX: "131137 GMT Nov 13" (day, hour, minute; month; year). */
static fw_status iptc_stamp(fw_doc *d, const char *s, size_t i, size_t len)
{
    size_t e = i;
    while (e < len && s[e] != '\n' && s[e] != '\r' && s[e] != 0x7F)
        e++;
    fw_str raw = fw_meta_copy(d, s + i, e - i);
    if (!raw.ptr)
        return FW_OK;
    d->meta.first_created.raw = raw;
    const char *t = raw.ptr;
    if (raw.len < 17 || memcmp(t + 6, " GMT ", 5) != 0)
        return FW_OK;
    int day = two_digits(t), hh = two_digits(t + 2), mi = two_digits(t + 4);
    int mo = month_number(t + 11), yy = two_digits(t + 15);
    if (day < 0 || hh < 0 || mi < 0 || !mo || yy < 0 || t[14] != ' ')
        return FW_OK;
    return fw_meta_time_utc(d, &d->meta.first_created, 2000 + yy, mo, day, hh,
                            mi, 0, 0);
}

/* "The following information is not for publication" and what leads up
 * to it ("# dpa NOTEBOOK", "* * * *") end the text. */
static bool not_for_publication(const char *s, span_line l)
{
    for (size_t i = l.start; i + 19 <= l.end; i++)
        if (strncasecmp(s + i, "not for publication", 19) == 0 ||
            (i + 24 <= l.end &&
             strncasecmp(s + i, "not intended for publica", 24) == 0))
            return true;
    return false;
}

static bool notebook_line(const char *s, span_line l)
{
    return blank(s, l) || s[l.start] == '#' || s[l.start] == '*';
}

static fw_status read_iptc7901(fw_doc *d, const char *s, size_t len, size_t soh,
                               size_t stx, size_t etx)
{
    fw_composer c;
    fw_compose_init(&c, d);
    fw_status st = FW_OK;
    size_t i = soh + 1;
    span_line l;
    if (next_line(s, stx, &i, &l))
        iptc_header(d, s, l);
    while (next_line(s, stx, &i, &l)) {
        while (l.end > l.start && s[l.end - 1] == '/')
            l.end--;
        if (!blank(s, l) && !d->meta.slugline.ptr)
            fw_meta_slugline(d, s + l.start, l.end - l.start);
    }
    /* The headline: the rest of the STX line, without its " =". */
    i = stx + 1;
    if (next_line(s, etx, &i, &l)) {
        while (l.end > l.start && (s[l.end - 1] == '=' || s[l.end - 1] == ' '))
            l.end--;
        st =
            fw_compose_para(&c, FW_HINT_HEADLINE, s + l.start, l.end - l.start);
    }
    /* The text runs to the notebook, if any. */
    size_t text_start = i, text_end = etx, note_start = etx;
    for (size_t k = i; next_line(s, etx, &k, &l);) {
        if (not_for_publication(s, l)) {
            note_start = k;
            text_end = l.start;
            /* Back over "# dpa NOTEBOOK", "* * * *" and blank lines. */
            size_t b = text_start;
            span_line m;
            size_t keep = text_start;
            while (next_line(s, l.start, &b, &m))
                if (!notebook_line(s, m))
                    keep = b;
            text_end = keep;
            break;
        }
    }
    if (st == FW_OK)
        st = fw_compose_lines(&c, s + text_start, text_end - text_start);
    if (st == FW_OK && note_start < etx)
        st = fw_meta_add(d, &d->ednotes, s + note_start, etx - note_start);
    if (st == FW_OK)
        st = iptc_stamp(d, s, etx + 1, len);
    if (st == FW_OK)
        st = fw_compose_finish(&c);
    fw_compose_free(&c);
    return st;
}

/* ------------------------------------------------------------------ */

/* Windows-1252's 0x80 to 0x9F; the rest of the high half is Latin-1. */
static const uint16_t cp1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

static char *from_cp1252(const char *s, size_t len, size_t *out_len)
{
    if (len > SIZE_MAX / 3)
        return NULL;
    char *out = malloc(len * 3 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char b = (unsigned char)s[i];
        uint32_t cp = b >= 0x80 && b < 0xA0 ? cp1252[b - 0x80] : b;
        if (cp < 0x80) {
            out[o++] = (char)cp;
        } else if (cp < 0x800) {
            out[o++] = (char)(0xC0 | cp >> 6);
            out[o++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[o++] = (char)(0xE0 | cp >> 12);
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (cp & 0x3F));
        }
    }
    out[o] = '\0';
    *out_len = o;
    return out;
}

fw_status fw_read_wire7(const fw_analyzer *az, const char *data, size_t len,
                        const fw_input *in, fw_format format, fw_batch *batch,
                        fw_error *err)
{
    size_t soh, stx, etx;
    if (!framed(data, len, LEAD, &soh, &stx, &etx))
        return unframed(err, format);
    size_t at = 0;
    char *converted = NULL;
    if (fw_check_utf8(data, len, &at) == FW_EUTF8) {
        converted = from_cp1252(data, len, &len);
        if (!converted) {
            fw_error_at(err, FW_ENOMEM, 0, 0, 0, NULL);
            return FW_ENOMEM;
        }
        data = converted;
        /* The offsets moved: each byte became up to three. */
        if (!framed(data, len, 3 * LEAD, &soh, &stx, &etx)) {
            free(converted);
            return unframed(err, format);
        }
    }
    fw_doc *d = fw_doc_for(az, in, format, NULL, 0);
    fw_status st = d ? FW_OK : FW_ENOMEM;
    if (st == FW_OK)
        st = format == FW_FORMAT_ANPA
                 ? read_anpa(d, data, len, soh, stx, etx)
                 : read_iptc7901(d, data, len, soh, stx, etx);
    free(converted);
    if (st == FW_OK && d->len == 0)
        st = FW_EEMPTY;
    if (st != FW_OK) {
        fw_doc_free(d);
        fw_error_at(err, st, 0, 0, 0, st == FW_EEMPTY ? "no text" : NULL);
        return st;
    }
    st = fw_batch_add(batch, d);
    if (st != FW_OK)
        fw_error_at(err, st, 0, 0, 0, NULL);
    return st;
}
