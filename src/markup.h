/*
 * markup.h - story bodies in markup (NITF, XHTML, HTML fragments) as
 * paragraphs, for the readers that parse with libxml2 (markup.c).
 */
#ifndef FW_MARKUP_H
#define FW_MARKUP_H

#include <libxml/tree.h>

#include "internal.h"

/* Adds the paragraphs under 'node' (the node itself included): block
 * elements (p, div, li, h1-h6, NITF's hl2 and block, ...) end paragraphs,
 * inline ones (a, b, span, NITF's person and org, ...) are resolved to
 * their text, <br> breaks a paragraph, headings become subheads,
 * preformatted text keeps its lines. Pictures, tables, scripts and the
 * like are left out. 'hint' marks what is not a heading. */
fw_status fw_markup_body(fw_composer *c, const xmlNode *node, fw_hint hint);

/* Parses an HTML fragment (a ninjs body_html) and adds its paragraphs. */
fw_status fw_markup_html(fw_composer *c, const char *html, size_t len);

/* Appends the text under 'node', markup resolved, to 'out'. */
void fw_markup_text(const xmlNode *node, fw_buf *out);

/* The local name of an element, whatever its namespace prefix, compared
 * without case. */
bool fw_markup_is(const xmlNode *node, const char *name);

/* The value of attribute 'name' (no namespace), or NULL. */
const char *fw_markup_attr(const xmlNode *node, const char *name);

/* The first element child of 'node' named 'name', or NULL. */
const xmlNode *fw_markup_child(const xmlNode *node, const char *name);

#endif
