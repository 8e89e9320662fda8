/*
 * read_text.c - the read stage for plain-text news copy, and the layout
 * of paragraphs into blocks that every reader shares.
 *
 * Input: the document text (valid UTF-8). Output: blocks (headline,
 * byline, dateline, paragraphs, subheads, trailer) and meta (headline,
 * byline, dateline). Nothing is removed from the text: blocks are spans.
 * The wire readers assemble a text and hand over its paragraphs with
 * what their markup says of them (fw_lay_out); the conventions of copy
 * (datelines, bylines, trailers) are then found the same way.
 *
 * Approach: split into lines; group lines into paragraphs (one a line,
 * blank-line separated, indented, or hard-wrapped, decided per run of
 * non-blank lines); then classify paragraphs by the layout conventions of
 * the agencies: the headline first, "By NAME" bylines, datelines such as
 * "MOSCOW, Dec 3, 2025 (AFP) -" at the start of the first paragraph, AFP
 * subheads "- 'Text' -", and trailers at the end (AFP desk credits
 * "burs-dk/md" and "E.Goossens--JdB", AP's "___" tagline, Reuters'
 * "(Reporting by ...; Editing by ...)", copyright lines).
 */
#include <string.h>
#include <strings.h>

#include "internal.h"

typedef struct line {
    size_t start;  /* first non-blank byte */
    size_t end;    /* after the last non-blank byte */
    size_t indent; /* columns of leading white space (tab = 4) */
} line;

static bool is_hspace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Width of a run of white space at s[i..) that may include NBSP. */
static size_t skip_space(const char *s, size_t i, size_t end, size_t *cols)
{
    size_t c = 0;
    while (i < end) {
        if (s[i] == ' ') {
            c++, i++;
        } else if (s[i] == '\t') {
            c += 4, i++;
        } else if (is_hspace(s[i])) {
            i++;
        } else if (end - i >= 2 && (unsigned char)s[i] == 0xC2 &&
                   (unsigned char)s[i + 1] == 0xA0) {
            c++, i += 2;
        } else if (end - i >= 3 && (unsigned char)s[i] == 0xEF &&
                   (unsigned char)s[i + 1] == 0xBB &&
                   (unsigned char)s[i + 2] == 0xBF) {
            i += 3; /* a BOM */
        } else {
            break;
        }
    }
    if (cols)
        *cols = c;
    return i;
}

static size_t trim_end(const char *s, size_t start, size_t end)
{
    while (end > start) {
        if (is_hspace(s[end - 1])) {
            end--;
        } else if (end - start >= 2 && (unsigned char)s[end - 2] == 0xC2 &&
                   (unsigned char)s[end - 1] == 0xA0) {
            end -= 2;
        } else {
            break;
        }
    }
    return end;
}

/* Lines of text[lo, hi); blank lines have start == end. */
static fw_status split_lines(fw_doc *d, size_t lo, size_t hi, line **out,
                             size_t *count)
{
    size_t n = 0, cap = 0;
    line *lines = NULL;
    const char *s = d->text;
    size_t i = lo;
    while (i < hi) {
        const char *nl = memchr(s + i, '\n', hi - i);
        size_t eol = nl ? (size_t)(nl - s) : hi;
        line *l = FW_PUSH(&d->arena, lines, n, cap);
        if (!l)
            return FW_ENOMEM;
        l->start = skip_space(s, i, eol, &l->indent);
        l->end = trim_end(s, l->start, eol);
        i = nl ? eol + 1 : hi;
    }
    *out = lines;
    *count = n;
    return FW_OK;
}

static bool ends_sentence(const fw_doc *d, const line *l)
{
    size_t e = l->end;
    /* Skip closing quotes and brackets. */
    while (e > l->start) {
        unsigned char c = (unsigned char)d->text[e - 1];
        if (c == '"' || c == '\'' || c == ')') {
            e--;
        } else if (e - l->start >= 3 && c >= 0x80 &&
                   (unsigned char)d->text[e - 3] == 0xE2 &&
                   (unsigned char)d->text[e - 2] == 0x80 &&
                   (c == 0x9D || c == 0x99)) {
            e -= 3; /* ” ’ */
        } else {
            break;
        }
    }
    if (e == l->start)
        return false;
    char c = d->text[e - 1];
    return c == '.' || c == '!' || c == '?' || c == ':';
}

/* Length of the first word of a line. */
static size_t first_word(const fw_doc *d, const line *l)
{
    size_t i = l->start;
    while (i < l->end && d->text[i] != ' ' && d->text[i] != '\t')
        i++;
    return i - l->start;
}

/* Was the break after line 'l' made by a wrapper: would the next line's
 * first word not have fit on it within 'width'? */
static bool line_full(const fw_doc *d, const line *l, const line *next,
                      size_t width)
{
    return l->end - l->start + 1 + first_word(d, next) > width;
}

/* Turns a run of non-blank lines [a, b) into paragraphs: one a line,
 * unless the run is indented (a paragraph starts at each deeper line) or
 * hard-wrapped (lines fill a width of 40 to 100 and some break in
 * mid-sentence; a paragraph ends at a line the next word would have fit
 * on). Either needs lines no longer than a wrapper makes them: in a run
 * of long lines, a line that happens to start with a space joins
 * nothing. */
static fw_status group_run(fw_doc *d, const line *lines, size_t a, size_t b,
                           fw_paras *out)
{
    size_t width = 0, min_indent = (size_t)-1, max_indent = 0;
    for (size_t i = a; i < b; i++) {
        size_t w = lines[i].end - lines[i].start;
        width = w > width ? w : width;
        min_indent =
            lines[i].indent < min_indent ? lines[i].indent : min_indent;
        max_indent =
            lines[i].indent > max_indent ? lines[i].indent : max_indent;
    }
    size_t full = 0, mid_sentence = 0;
    for (size_t i = a; i + 1 < b; i++) {
        if (line_full(d, &lines[i], &lines[i + 1], width)) {
            full++;
            mid_sentence += !ends_sentence(d, &lines[i]);
        }
    }
    bool wrapped = width >= 40 && width <= 100 && mid_sentence > 0 &&
                   full * 2 >= b - a - 1 && (full >= 2 || b - a == 2);
    bool indented = max_indent > min_indent && width <= 100;

    for (size_t i = a; i < b;) {
        size_t j = i + 1;
        if (wrapped || indented) {
            while (j < b) {
                if (indented && lines[j].indent > min_indent)
                    break;
                if (!indented && !line_full(d, &lines[j - 1], &lines[j], width))
                    break;
                j++;
            }
        }
        fw_para *p = FW_PUSH(&d->arena, out->items, out->n, out->cap);
        if (!p)
            return FW_ENOMEM;
        p->start = lines[i].start;
        p->end = lines[j - 1].end;
        p->lines = j - i;
        p->hint = FW_HINT_NONE;
        i = j;
    }
    return FW_OK;
}

fw_status fw_split_paragraphs(fw_doc *d, size_t lo, size_t hi, fw_paras *out)
{
    line *lines;
    size_t n_lines;
    fw_status st = split_lines(d, lo, hi, &lines, &n_lines);
    if (st != FW_OK)
        return st;
    for (size_t i = 0; i < n_lines;) {
        if (lines[i].start == lines[i].end) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < n_lines && lines[j].start != lines[j].end)
            j++;
        st = group_run(d, lines, i, j, out);
        if (st != FW_OK)
            return st;
        i = j;
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Classifying paragraphs                                              */

static bool reads_as_headline(const fw_doc *d, const fw_para *p, size_t n_paras)
{
    if (n_paras < 2 || p->lines > 2)
        return false;
    size_t len = p->end - p->start;
    if (len > 300)
        return false;
    fw_layout_words wc = fw_layout_count_words(d->text + p->start, len);
    if (wc.words == 0 || wc.words > 40)
        return false;
    char last = d->text[p->end - 1];
    if (last == ':' || last == ',' || last == ';')
        return false;
    /* A period ends prose; headlines that have one are title case or
     * capitals ("NYTimes Casually Conflates Ted Cruz With George
     * Wallace."). */
    if (last == '.' && wc.capitalized * 10 < wc.long_words * 6)
        return false;
    return true;
}

/* A byline paragraph: "By NAME" found in the copy, or one the reader
 * marked; AP's second line ("AP Business Writer") joins it. Returns the
 * index of the paragraph after it. */
static size_t add_byline(fw_doc *d, const fw_para *paras, size_t n, size_t i,
                         fw_status *st)
{
    const char *s = d->text;
    const fw_para *p = &paras[i];
    fw_span name;
    if (fw_layout_byline(s + p->start, p->end - p->start, &name)) {
        d->meta.byline.ptr = s + p->start + name.start;
        d->meta.byline.len = name.end - name.start;
    } else {
        /* A byline the markup gave, perhaps in another language: "Von
         * Christian Hollmann, dpa", "Par Jean Dupont". */
        static const char *const by[] = {"By ",   "Von ", "Par ", "Por ",
                                         "Door ", "Av ",  "Di ",  "Af "};
        size_t a = p->start;
        for (size_t k = 0; k < FW_COUNT(by); k++) {
            size_t w = strlen(by[k]);
            if (p->end - a > w && strncasecmp(s + a, by[k], w) == 0 &&
                s[a + w] >= 'A' && s[a + w] <= 'Z') {
                a += w;
                break;
            }
        }
        d->meta.byline.ptr = s + a;
        d->meta.byline.len = p->end - a;
    }
    size_t end = p->end, next = i + 1;
    if (i + 1 < n && paras[i + 1].hint != FW_HINT_SUBHEAD &&
        fw_layout_byline_title(s + paras[i + 1].start,
                               paras[i + 1].end - paras[i + 1].start)) {
        end = paras[i + 1].end;
        next = i + 2;
    }
    *st = fw_doc_add_block(d, FW_BLOCK_BYLINE, p->start, end);
    return next;
}

/* The headline of paragraph p, without a Reuters label before it
 * ("UPDATE 2-", "EXCLUSIVE-"), which names the version when it can. */
static fw_status add_headline(fw_doc *d, const fw_para *p)
{
    const char *s = d->text + p->start;
    size_t len = p->end - p->start, label = 0, version;
    size_t skip = fw_layout_headline_prefix(s, len, &label, &version);
    if (version && !d->meta.version_label.ptr)
        d->meta.version_label = fw_meta_copy(d, s + label, version);
    d->meta.headline.ptr = s + skip;
    d->meta.headline.len = len - skip;
    return fw_doc_add_block(d, FW_BLOCK_HEADLINE, p->start + skip, p->end);
}

fw_status fw_lay_out(fw_doc *d, const fw_paras *in, bool find_headline)
{
    const fw_para *paras = in->items;
    size_t n = in->n;
    if (n == 0)
        return FW_EEMPTY;

    const char *s = d->text;
    size_t first = 0; /* first paragraph of the body */
    fw_status st = FW_OK;

    /* The headline, then the byline; either may be missing, and top
     * matter may come between them. */
    for (size_t i = 0; i < n && i < 10 && st == FW_OK; i = first) {
        const fw_para *p = &paras[i];
        fw_span name;
        if (p->hint == FW_HINT_HEADLINE && i == 0) {
            st = add_headline(d, p);
            first = i + 1;
        } else if (!d->meta.byline.ptr &&
                   (p->hint == FW_HINT_BYLINE ||
                    (p->hint == FW_HINT_NONE &&
                     fw_layout_byline(s + p->start, p->end - p->start,
                                      &name)))) {
            first = add_byline(d, paras, n, i, &st);
        } else if (find_headline && i == 0 && p->hint == FW_HINT_NONE &&
                   !fw_layout_dateline(s + p->start, p->end - p->start, NULL) &&
                   reads_as_headline(d, p, n)) {
            st = add_headline(d, p);
            first = i + 1;
        } else if (p->hint == FW_HINT_NONE && i + 1 < n &&
                   fw_layout_top_matter(s + p->start, p->end - p->start)) {
            st = fw_doc_add_block(d, FW_BLOCK_PARAGRAPH, p->start, p->end);
            first = i + 1;
        } else {
            break;
        }
    }
    if (st != FW_OK)
        return st;

    /* Trailers, scanned from the end; after AP's "___" rule in the last
     * paragraphs, everything is, unless a time stamp heads what follows:
     * an entry of a running story ("The Latest"). */
    size_t last = n;
    while (last > first + 1 &&
           (paras[last - 1].hint == FW_HINT_TRAILER ||
            (paras[last - 1].hint == FW_HINT_NONE &&
             fw_layout_trailer(s + paras[last - 1].start,
                               paras[last - 1].end - paras[last - 1].start))))
        last--;
    for (size_t i = n; i > first + 1 && i + 6 > n; i--) {
        const fw_para *p = &paras[i - 1];
        if (fw_layout_rule(s + p->start, p->end - p->start)) {
            if (i < n && fw_layout_timestamp(s + paras[i].start,
                                             paras[i].end - paras[i].start))
                break;
            last = i - 1 < last ? i - 1 : last;
            break;
        }
    }

    for (size_t i = first; i < n; i++) {
        const fw_para *p = &paras[i];
        size_t start = p->start;
        fw_block_kind kind = FW_BLOCK_PARAGRAPH;
        if (i >= last || p->hint == FW_HINT_TRAILER) {
            kind = FW_BLOCK_TRAILER;
        } else if (p->hint == FW_HINT_SUBHEAD ||
                   (p->hint == FW_HINT_NONE &&
                    fw_layout_subhead(s + p->start, p->end - p->start))) {
            kind = FW_BLOCK_SUBHEAD;
        } else if (i == first) {
            fw_dateline dl;
            if (fw_layout_dateline(s + p->start, p->end - p->start, &dl)) {
                dl.span.start += p->start;
                dl.span.end += p->start;
                d->dateline = dl;
                d->meta.dateline = &d->dateline;
                st = fw_doc_add_block(d, FW_BLOCK_DATELINE,
                                      d->dateline.span.start,
                                      d->dateline.span.end);
                if (st != FW_OK)
                    return st;
                start = skip_space(s, d->dateline.span.end, p->end, NULL);
            }
        }
        if (start < p->end) {
            st = fw_doc_add_block(d, kind, start, p->end);
            if (st != FW_OK)
                return st;
        }
    }
    return FW_OK;
}

fw_status fw_read_text(fw_doc *d)
{
    fw_paras paras = {0};
    fw_status st = fw_split_paragraphs(d, 0, d->len, &paras);
    if (st != FW_OK)
        return st;
    return fw_lay_out(d, &paras, true);
}
