/*
 * markup.c - paragraphs out of the markup of story bodies: NITF inside
 * NewsML 1.2 and NewsML-G2, XHTML in G2, HTML fragments in ninjs.
 *
 * Input: a libxml2 tree (or an HTML fragment to parse). Output:
 * paragraphs handed to the composer. Block elements end paragraphs,
 * inline elements are resolved to their text, <br> breaks a paragraph;
 * headings become subheads; <pre>, and paragraphs that wire systems fill
 * with indented, hard-wrapped lines (Reuters), keep their lines for the
 * plain-text layout. Entities HTML defines are resolved, also when a feed
 * escaped them twice ("o&amp;#39;clock").
 */
#include <libxml/HTMLparser.h>
#include <string.h>

#include "markup.h"

/* Deeper markup than this is not followed: libxml2 caps XML nesting at
 * 256 levels, and HTML fragments get the same cap here. */
#define MAX_DEPTH 256

bool fw_markup_is(const xmlNode *node, const char *name)
{
    return node && node->type == XML_ELEMENT_NODE && node->name &&
           strcasecmp((const char *)node->name, name) == 0;
}

const char *fw_markup_attr(const xmlNode *node, const char *name)
{
    if (!node || node->type != XML_ELEMENT_NODE)
        return NULL;
    for (const xmlAttr *a = node->properties; a; a = a->next) {
        if (a->name && strcmp((const char *)a->name, name) == 0)
            return a->children && a->children->type == XML_TEXT_NODE &&
                           a->children->content
                       ? (const char *)a->children->content
                       : "";
    }
    return NULL;
}

const xmlNode *fw_markup_child(const xmlNode *node, const char *name)
{
    for (const xmlNode *n = node ? node->children : NULL; n; n = n->next)
        if (fw_markup_is(n, name))
            return n;
    return NULL;
}

static bool is_one_of(const xmlNode *n, const char *const *names)
{
    for (; *names; names++)
        if (fw_markup_is(n, *names))
            return true;
    return false;
}

/* Not text of the story: media, tables, code, the NITF head parts the
 * readers take as metadata. */
static const char *const skipped[] = {
    "head",     "script", "style", "title",       "img",           "figure",
    "object",   "iframe", "video", "audio",       "noscript",      "svg",
    "math",     "table",  "media", "body.head",   "hedline",       "byline",
    "abstract", "note",   "fn",    "distributor", "doc.copyright", NULL};

/* Elements that end the paragraph before them and start their own. */
static const char *const blocks[] = {
    "p",       "div",     "li",      "blockquote",   "dd",
    "dt",      "ul",      "ol",      "dl",           "section",
    "article", "aside",   "header",  "footer",       "main",
    "body",    "html",    "block",   "body.content", "body.end",
    "nitf",    "address", "caption", "figcaption",   NULL};

static const char *const headings[] = {"h1", "h2",  "h3",  "h4", "h5",
                                       "h6", "hl1", "hl2", NULL};

typedef struct walker {
    fw_composer *c;
    fw_buf text;  /* the paragraph being gathered */
    fw_status st; /* the first failure */
} walker;

static void put_code_point(fw_buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp, n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6), u[1] = (char)(0x80 | (cp & 0x3F));
        n = 2;
    } else if (cp < 0x10000) {
        if (cp >= 0xD800 && cp < 0xE000)
            return;
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F)), n = 3;
    } else if (cp < 0x110000) {
        u[0] = (char)(0xF0 | cp >> 18);
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F)), n = 4;
    } else {
        return;
    }
    fw_buf_append(b, u, n);
}

/* The code point of an HTML entity reference s[0..len) without its '&'
 * and ';' ("amp", "#39", "#x2019"), or 0. */
static uint32_t entity_value(const char *s, size_t len)
{
    if (len >= 2 && s[0] == '#') {
        uint32_t v = 0;
        bool hex = s[1] == 'x' || s[1] == 'X';
        size_t i = hex ? 2 : 1;
        if (i == len || len - i > 7)
            return 0;
        for (; i < len; i++) {
            char ch = s[i];
            uint32_t dgt;
            if (ch >= '0' && ch <= '9')
                dgt = (uint32_t)(ch - '0');
            else if (hex && ch >= 'a' && ch <= 'f')
                dgt = (uint32_t)(ch - 'a' + 10);
            else if (hex && ch >= 'A' && ch <= 'F')
                dgt = (uint32_t)(ch - 'A' + 10);
            else
                return 0;
            v = v * (hex ? 16 : 10) + dgt;
        }
        return v < 0x110000 && v >= 0x20 ? v : 0;
    }
    char name[33];
    if (len == 0 || len >= sizeof name)
        return 0;
    memcpy(name, s, len);
    name[len] = '\0';
    const htmlEntityDesc *e = htmlEntityLookup((const xmlChar *)name);
    return e ? e->value : 0;
}

/* Appends s[0..len), resolving the HTML entity references left in it by
 * a feed that escaped its markup twice. */
static void append_unescaped(fw_buf *b, const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *amp = memchr(s + i, '&', len - i);
        size_t a = amp ? (size_t)(amp - s) : len;
        fw_buf_append(b, s + i, a - i);
        if (a == len)
            break;
        size_t e = a + 1;
        while (e < len && e - a <= 33 && s[e] != ';' && s[e] != '&' &&
               s[e] != ' ')
            e++;
        uint32_t cp =
            e < len && s[e] == ';' ? entity_value(s + a + 1, e - a - 1) : 0;
        if (cp) {
            put_code_point(b, cp == 0xA0 ? ' ' : cp);
            i = e + 1;
        } else {
            fw_buf_putc(b, '&');
            i = a + 1;
        }
    }
}

/* Wire systems put whole stories, indented and hard-wrapped, in one
 * paragraph (Reuters): some lines start indented, others not, or a blank
 * line parts them. (Pretty-printed markup indents every line alike.) */
static bool looks_preformatted(const char *s, size_t len)
{
    size_t newlines = 0, indented = 0, flush_left = 0, blank = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] != '\n')
            continue;
        newlines++;
        size_t j = i + 1;
        while (j < len && (s[j] == ' ' || s[j] == '\t' || s[j] == '\r'))
            j++;
        if (j >= len)
            break;
        if (s[j] == '\n')
            blank++;
        else if (j > i + 1)
            indented++;
        else
            flush_left++;
    }
    return newlines >= 2 && (blank || (indented && flush_left));
}

static bool only_space(const char *s, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
            return false;
    return true;
}

static void flush(walker *w, fw_hint hint, bool pre)
{
    if (w->st != FW_OK || !w->text.len)
        return;
    if (only_space(w->text.data, w->text.len)) { /* markup's indentation */
        w->text.len = 0;
        w->text.data[0] = '\0';
        return;
    }
    if (w->text.failed) {
        w->st = FW_ENOMEM;
        return;
    }
    fw_buf plain = {0};
    append_unescaped(&plain, w->text.data, w->text.len);
    w->text.len = 0;
    w->text.data[0] = '\0';
    if (plain.failed) {
        w->st = FW_ENOMEM;
    } else if (pre || (hint == FW_HINT_NONE &&
                       looks_preformatted(plain.data, plain.len))) {
        w->st = fw_compose_lines(w->c, plain.data, plain.len);
    } else {
        w->st = fw_compose_para(w->c, hint, plain.data, plain.len);
    }
    fw_buf_free(&plain);
}

static void gather(walker *w, const xmlNode *node, fw_hint hint, bool pre,
                   int depth);

static void gather_children(walker *w, const xmlNode *node, fw_hint hint,
                            bool pre, int depth)
{
    for (const xmlNode *n = node->children; n && w->st == FW_OK; n = n->next)
        gather(w, n, hint, pre, depth + 1);
}

static void gather(walker *w, const xmlNode *node, fw_hint hint, bool pre,
                   int depth)
{
    if (depth > MAX_DEPTH)
        return;
    switch (node->type) {
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE:
        if (node->content)
            fw_buf_puts(&w->text, (const char *)node->content);
        return;
    case XML_ENTITY_REF_NODE: {
        /* An entity the (unloaded) DTD would define: &nbsp; &mdash; */
        const htmlEntityDesc *e =
            node->name ? htmlEntityLookup(node->name) : NULL;
        if (e)
            put_code_point(&w->text, e->value == 0xA0 ? ' ' : e->value);
        return;
    }
    case XML_ELEMENT_NODE:
        break;
    default:
        return;
    }
    if (is_one_of(node, skipped))
        return;
    if (fw_markup_is(node, "br")) {
        flush(w, hint, pre);
        return;
    }
    if (is_one_of(node, headings)) {
        flush(w, hint, pre);
        gather_children(w, node, FW_HINT_SUBHEAD, false, depth);
        flush(w, FW_HINT_SUBHEAD, false);
        return;
    }
    if (fw_markup_is(node, "pre")) {
        flush(w, hint, pre);
        gather_children(w, node, hint, true, depth);
        flush(w, hint, true);
        return;
    }
    if (fw_markup_is(node, "tagline") || fw_markup_is(node, "body.end")) {
        flush(w, hint, pre);
        gather_children(w, node, FW_HINT_TRAILER, pre, depth);
        flush(w, FW_HINT_TRAILER, pre);
        return;
    }
    bool block = is_one_of(node, blocks);
    if (block)
        flush(w, hint, pre);
    gather_children(w, node, hint, pre, depth);
    if (block)
        flush(w, hint, pre);
}

fw_status fw_markup_body(fw_composer *c, const xmlNode *node, fw_hint hint)
{
    walker w = {.c = c, .st = FW_OK};
    gather(&w, node, hint, false, 0);
    flush(&w, hint, false);
    fw_buf_free(&w.text);
    return w.st;
}

fw_status fw_markup_html(fw_composer *c, const char *html, size_t len)
{
    if (len > (size_t)INT32_MAX)
        return FW_ETOOBIG;
    htmlDocPtr doc =
        htmlReadMemory(html, (int)len, NULL, "UTF-8",
                       HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                           HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc) /* nothing a browser would show either */
        return FW_OK;
    const xmlNode *root = xmlDocGetRootElement(doc);
    fw_status st = root ? fw_markup_body(c, root, FW_HINT_NONE) : FW_OK;
    xmlFreeDoc(doc);
    return st;
}

static void text_of(const xmlNode *node, fw_buf *out, int depth)
{
    if (depth > MAX_DEPTH)
        return;
    for (const xmlNode *n = node->children; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                fw_buf_puts(out, (const char *)n->content);
        } else if (n->type == XML_ENTITY_REF_NODE && n->name) {
            const htmlEntityDesc *e = htmlEntityLookup(n->name);
            if (e)
                put_code_point(out, e->value == 0xA0 ? ' ' : e->value);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (fw_markup_is(n, "br"))
                fw_buf_putc(out, ' ');
            text_of(n, out, depth + 1);
        }
    }
}

void fw_markup_text(const xmlNode *node, fw_buf *out)
{
    fw_buf raw = {0};
    text_of(node, &raw, 0);
    if (raw.len)
        append_unescaped(out, raw.data, raw.len);
    if (raw.failed)
        out->failed = true;
    fw_buf_free(&raw);
}
