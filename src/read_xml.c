/*
 * read_xml.c - the read stage for the IPTC XML formats: NewsML 1.2 (AFP's
 * wire, with a NITF body), NITF 3.x, and NewsML-G2 (AP, Reuters, STT),
 * whose newsMessage may carry several items.
 *
 * Input: bytes in any encoding XML allows. Output: a document per text
 * item: the text put together from headline, byline and body (see
 * compose.c), and the item's metadata. Pictures, packages and other
 * items that are not text are skipped with a note.
 *
 * Safety: a DOCTYPE that declares entities is refused before parsing (the
 * "billion laughs" and external-entity attacks need declarations); the
 * parser loads no DTD, substitutes no entity and never touches the
 * network. Elements are matched by local name, so any namespace prefix
 * will do.
 */
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "markup.h"

typedef struct reader {
    const fw_analyzer *az;
    const fw_input *in;
    fw_format format;
    fw_batch *batch;
    size_t items; /* items seen, for ids of items without one */
} reader;

/* ------------------------------------------------------------------ */
/* The DOCTYPE check                                                   */

static void line_column(const char *s, size_t at, size_t *line, size_t *col)
{
    size_t l = 1, c = 1;
    for (size_t i = 0; i < at; i++) {
        if (s[i] == '\n')
            l++, c = 1;
        else
            c++;
    }
    *line = l;
    *col = c;
}

/* The first 'needle' in s[0..len), or NULL (memmem is not standard C). */
static const char *find_bytes(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *p = s; len >= n;) {
        const char *hit = memchr(p, needle[0], len - n + 1);
        if (!hit)
            return NULL;
        if (memcmp(hit, needle, n) == 0)
            return hit;
        len -= (size_t)(hit + 1 - p);
        p = hit + 1;
    }
    return NULL;
}

static bool starts(const char *s, size_t len, size_t i, const char *word)
{
    size_t n = strlen(word);
    return len - i >= n && memcmp(s + i, word, n) == 0;
}

/* Finds "<!ENTITY" inside the internal subset of a DOCTYPE in the prolog.
 * Returns its offset, or len when there is none. */
static size_t declared_entity(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *lt = memchr(s + i, '<', len - i);
        if (!lt)
            return len;
        i = (size_t)(lt - s);
        if (starts(s, len, i, "<?")) { /* the XML declaration, a PI */
            const char *end = find_bytes(s + i, len - i, "?>");
            if (!end)
                return len;
            i = (size_t)(end - s) + 2;
        } else if (starts(s, len, i, "<!--")) {
            const char *end = find_bytes(s + i, len - i, "-->");
            if (!end)
                return len;
            i = (size_t)(end - s) + 3;
        } else if (starts(s, len, i, "<!DOCTYPE")) {
            /* The internal subset runs from '[' to the ']' before '>';
             * declarations inside it are what we refuse. */
            size_t j = i + 9;
            while (j < len && s[j] != '[' && s[j] != '>')
                j++;
            if (j >= len || s[j] == '>')
                return len;
            const char *ent = find_bytes(s + j, len - j, "<!ENTITY");
            return ent ? (size_t)(ent - s) : len;
        } else {
            return len; /* the root element: the prolog is over */
        }
    }
    return len;
}

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

/* The element children of 'node' named 'name', one after another. */
static const xmlNode *next_named(const xmlNode *n, const char *name)
{
    for (; n; n = n->next)
        if (fw_markup_is(n, name))
            return n;
    return NULL;
}

/* (none when 'parent' is NULL: an optional element that is missing) */
#define FOR_CHILDREN(var, parent, name)                                        \
    for (const xmlNode *var =                                                  \
             next_named((parent) ? (parent)->children : NULL, name);           \
         var; var = next_named(var->next, name))

/* The first descendant named 'name', depth first. */
static const xmlNode *find(const xmlNode *node, const char *name, int depth)
{
    if (!node || depth > 64)
        return NULL;
    for (const xmlNode *n = node->children; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        if (fw_markup_is(n, name))
            return n;
        const xmlNode *f = find(n, name, depth + 1);
        if (f)
            return f;
    }
    return NULL;
}

/* The text of an element as a string the document owns. */
static fw_str text_of(fw_doc *d, const xmlNode *node)
{
    fw_str out = {NULL, 0};
    if (!node)
        return out;
    fw_buf b = {0};
    fw_markup_text(node, &b);
    if (b.len && !b.failed)
        out = fw_meta_copy(d, b.data, b.len);
    fw_buf_free(&b);
    return out;
}

static fw_str attr_of(fw_doc *d, const xmlNode *node, const char *name)
{
    const char *v = fw_markup_attr(node, name);
    fw_str out = {NULL, 0};
    return v ? fw_meta_copy(d, v, strlen(v)) : out;
}

static void set_if(fw_str *dst, fw_str v)
{
    if (v.ptr && !dst->ptr)
        *dst = v;
}

static fw_status time_of(fw_doc *d, fw_time *t, fw_str v)
{
    return v.ptr && !t->raw.ptr ? fw_meta_time(d, t, v.ptr, v.len) : FW_OK;
}

static void level_of(int *dst, fw_str v)
{
    if (v.ptr && !*dst)
        *dst = fw_meta_level(v.ptr, v.len);
}

/* xml:lang of the node or its nearest ancestor. */
static const char *lang_of(const xmlNode *n)
{
    for (; n && n->type == XML_ELEMENT_NODE; n = n->parent) {
        for (const xmlAttr *a = n->properties; a; a = a->next)
            if (a->name && strcmp((const char *)a->name, "lang") == 0 &&
                a->ns && a->children && a->children->content)
                return (const char *)a->children->content;
    }
    return NULL;
}

static void language_of(fw_doc *d, const char *lang)
{
    if (lang && !d->meta.language.ptr)
        d->meta.language = fw_meta_copy(d, lang, strlen(lang));
}

/* Adds a headline, from the item's metadata or its body. */
static fw_status add_headline(fw_composer *c, fw_str headline)
{
    return headline.ptr ? fw_compose_para(c, FW_HINT_HEADLINE, headline.ptr,
                                          headline.len)
                        : FW_OK;
}

/* A NITF byline: "By BERNARD CONDON<byttl>AP Business Writer</byttl>". */
static fw_status add_nitf_byline(fw_composer *c, const xmlNode *byline)
{
    fw_buf names = {0}, title = {0};
    for (const xmlNode *n = byline->children; n; n = n->next) {
        if (fw_markup_is(n, "byttl"))
            fw_markup_text(n, &title);
        else if (n->type == XML_TEXT_NODE && n->content)
            fw_buf_puts(&names, (const char *)n->content);
        else if (n->type == XML_ELEMENT_NODE)
            fw_markup_text(n, &names);
    }
    fw_status st = names.failed || title.failed ? FW_ENOMEM : FW_OK;
    if (st == FW_OK && names.len)
        st = fw_compose_para(c, FW_HINT_BYLINE, names.data, names.len);
    if (st == FW_OK && title.len)
        st = fw_compose_para(c, FW_HINT_NONE, title.data, title.len);
    fw_buf_free(&names);
    fw_buf_free(&title);
    return st;
}

/* ------------------------------------------------------------------ */
/* NITF                                                                */

/* The head of a NITF document: its docdata. */
static fw_status nitf_head(fw_doc *d, const xmlNode *nitf)
{
    const xmlNode *head = fw_markup_child(nitf, "head");
    const xmlNode *docdata = head ? fw_markup_child(head, "docdata") : NULL;
    language_of(d, fw_markup_attr(nitf, "baselang"));
    language_of(d, lang_of(nitf));
    if (!docdata)
        return FW_OK;
    const char *status = fw_markup_attr(docdata, "management-status");
    if (status)
        fw_meta_status(d, status, strlen(status));
    const xmlNode *id = fw_markup_child(docdata, "doc-id");
    fw_str v = attr_of(d, id, "id-string");
    if (v.ptr)
        fw_doc_set_id(d, v.ptr, v.len);
    set_if(&d->meta.provider, attr_of(d, id, "regsrc"));
    level_of(&d->meta.urgency,
             attr_of(d, fw_markup_child(docdata, "urgency"), "ed-urg"));
    fw_status st =
        time_of(d, &d->meta.version_created,
                attr_of(d, fw_markup_child(docdata, "date.issue"), "norm"));
    if (st == FW_OK)
        st = time_of(
            d, &d->meta.embargo,
            attr_of(d, fw_markup_child(docdata, "date.release"), "norm"));
    const xmlNode *dukey = fw_markup_child(docdata, "du-key");
    fw_str version = attr_of(d, dukey, "version");
    if (version.ptr)
        fw_meta_version(d, version.ptr, version.len);
    fw_str key = attr_of(d, dukey, "key");
    if (key.ptr)
        fw_meta_slugline(d, key.ptr, key.len);
    FOR_CHILDREN(msg, docdata, "ed-msg")
    {
        const char *info = fw_markup_attr(msg, "info");
        if (st == FW_OK && info)
            st = fw_meta_add(d, &d->ednotes, info, strlen(info));
    }
    const xmlNode *keys = fw_markup_child(docdata, "key-list");
    if (keys) {
        FOR_CHILDREN(kw, keys, "keyword")
        {
            const char *k = fw_markup_attr(kw, "key");
            if (st == FW_OK && k)
                st = fw_meta_add(d, &d->keywords, k, strlen(k));
        }
    }
    if (!d->meta.provider.ptr) {
        const xmlNode *copy = fw_markup_child(docdata, "doc.copyright");
        set_if(&d->meta.provider, attr_of(d, copy, "holder"));
    }
    return st;
}

/* The story of a NITF document: headline and byline (the item's own,
 * given by the NewsML around it, else body.head's), then body.content and
 * body.end. */
static fw_status nitf_story(fw_composer *c, const xmlNode *nitf,
                            fw_str headline, fw_str byline)
{
    fw_doc *d = c->d;
    const xmlNode *body = fw_markup_child(nitf, "body");
    const xmlNode *bhead = body ? fw_markup_child(body, "body.head") : NULL;
    if (body)
        language_of(d, lang_of(body));
    if (!headline.ptr && bhead)
        headline = text_of(
            d, fw_markup_child(fw_markup_child(bhead, "hedline"), "hl1"));
    if (!headline.ptr)
        headline =
            text_of(d, fw_markup_child(fw_markup_child(nitf, "head"), "title"));
    fw_status st = add_headline(c, headline);
    const xmlNode *nitf_byline =
        bhead ? fw_markup_child(bhead, "byline") : NULL;
    if (st == FW_OK && byline.ptr)
        st = fw_compose_para(c, FW_HINT_BYLINE, byline.ptr, byline.len);
    else if (st == FW_OK && nitf_byline)
        st = add_nitf_byline(c, nitf_byline);
    const xmlNode *dateline = bhead ? fw_markup_child(bhead, "dateline") : NULL;
    if (dateline && !c->place_len) {
        fw_str place = text_of(d, fw_markup_child(dateline, "location"));
        if (place.ptr)
            fw_compose_dateline(c, place.ptr, place.len);
    }
    if (bhead)
        set_if(&d->meta.provider,
               text_of(d, fw_markup_child(bhead, "distributor")));
    for (const xmlNode *n = body ? body->children : NULL; n && st == FW_OK;
         n = n->next)
        if (fw_markup_is(n, "body.content") || fw_markup_is(n, "body.end"))
            st = fw_markup_body(c, n, FW_HINT_NONE);
    return st;
}

/* A story whose body is not NITF: headline, byline, then the body in
 * XHTML, HTML or plain text. */
static fw_status other_story(fw_composer *c, fw_str headline, fw_str byline,
                             const xmlNode *html, const xmlNode *text,
                             bool text_is_html)
{
    fw_status st = add_headline(c, headline);
    if (st == FW_OK && byline.ptr)
        st = fw_compose_para(c, FW_HINT_BYLINE, byline.ptr, byline.len);
    if (st != FW_OK)
        return st;
    if (html)
        return fw_markup_body(c, html, FW_HINT_NONE);
    if (!text)
        return FW_OK;
    fw_buf b = {0};
    fw_markup_text(text, &b);
    if (b.failed)
        st = FW_ENOMEM;
    else if (text_is_html)
        st = fw_markup_html(c, b.data ? b.data : "", b.len);
    else
        st = fw_compose_lines(c, b.data ? b.data : "", b.len);
    fw_buf_free(&b);
    return st;
}

/* ------------------------------------------------------------------ */
/* Documents                                                           */

static fw_doc *new_doc(reader *r)
{
    r->items++;
    return fw_doc_for(r->az, r->in, r->format, NULL, 0);
}

/* Reads the composed text into the document and adds it to the batch. */
static fw_status finish_doc(reader *r, fw_doc *d, fw_composer *c, fw_status st)
{
    if (st == FW_OK)
        st = fw_compose_finish(c);
    fw_compose_free(c);
    if (st == FW_OK && d->len == 0)
        st = FW_EEMPTY;
    if (st == FW_EEMPTY) {
        fw_error e;
        fw_error_at(&e, FW_EEMPTY, 0, 0, 0, "item %s has no text", d->id);
        fw_doc_free(d);
        return fw_batch_reject(r->batch, &e);
    }
    if (st != FW_OK) {
        fw_doc_free(d);
        return st;
    }
    return fw_batch_add(r->batch, d);
}

static fw_status skip_item(reader *r, const char *what, const char *id)
{
    fw_error e;
    fw_error_at(&e, FW_ESKIPPED, 0, 0, 0, "%s%s%s", what, id ? " " : "",
                id ? id : "");
    return fw_batch_reject(r->batch, &e);
}

static fw_status read_nitf(reader *r, const xmlNode *nitf)
{
    fw_doc *d = new_doc(r);
    if (!d)
        return FW_ENOMEM;
    fw_composer c;
    fw_compose_init(&c, d);
    fw_str none = {NULL, 0};
    fw_status st = nitf_head(d, nitf);
    if (st == FW_OK)
        st = nitf_story(&c, nitf, none, none);
    return finish_doc(r, d, &c, st);
}

/* ------------------------------------------------------------------ */
/* NewsML 1.2                                                          */

static bool formal_is(const xmlNode *n, const char *value)
{
    const char *v = fw_markup_attr(n, "FormalName");
    return v && strcasecmp(v, value) == 0;
}

/* The ContentItem holding the story's text, depth first, and the
 * NewsComponent around it. */
static const xmlNode *text_content(const xmlNode *component,
                                   const xmlNode **owner, int depth)
{
    if (depth > 32)
        return NULL;
    FOR_CHILDREN(ci, component, "ContentItem")
    {
        const xmlNode *media = fw_markup_child(ci, "MediaType");
        const xmlNode *data = fw_markup_child(ci, "DataContent");
        if (data && (media ? formal_is(media, "Text")
                           : find(data, "nitf", 0) != NULL)) {
            *owner = component;
            return ci;
        }
    }
    FOR_CHILDREN(sub, component, "NewsComponent")
    {
        const xmlNode *ci = text_content(sub, owner, depth + 1);
        if (ci)
            return ci;
    }
    return NULL;
}

/* NewsLines of the component or the nearest one around it. */
static const xmlNode *news_lines(const xmlNode *component)
{
    for (const xmlNode *n = component; n; n = n->parent) {
        const xmlNode *lines = fw_markup_child(n, "NewsLines");
        if (lines)
            return lines;
        if (fw_markup_is(n, "NewsItem"))
            break;
    }
    return NULL;
}

static fw_status newsml_meta(fw_doc *d, const xmlNode *item,
                             const xmlNode *envelope)
{
    const xmlNode *ident = fw_markup_child(item, "Identification");
    const xmlNode *nid = fw_markup_child(ident, "NewsIdentifier");
    fw_str pub = text_of(d, fw_markup_child(nid, "PublicIdentifier"));
    if (pub.ptr)
        fw_doc_set_id(d, pub.ptr, pub.len);
    fw_str rev = text_of(d, fw_markup_child(nid, "RevisionId"));
    if (rev.ptr)
        fw_meta_version(d, rev.ptr, rev.len);
    set_if(&d->meta.provider, text_of(d, fw_markup_child(nid, "ProviderId")));

    const xmlNode *mgmt = fw_markup_child(item, "NewsManagement");
    const char *status =
        fw_markup_attr(fw_markup_child(mgmt, "Status"), "FormalName");
    if (status)
        fw_meta_status(d, status, strlen(status));
    const char *urg =
        fw_markup_attr(fw_markup_child(mgmt, "Urgency"), "FormalName");
    if (urg)
        d->meta.urgency = fw_meta_level(urg, strlen(urg));
    const char *prio =
        fw_markup_attr(fw_markup_child(envelope, "Priority"), "FormalName");
    if (prio)
        d->meta.priority = fw_meta_level(prio, strlen(prio));
    fw_status st = time_of(d, &d->meta.first_created,
                           text_of(d, fw_markup_child(mgmt, "FirstCreated")));
    if (st == FW_OK)
        st = time_of(d, &d->meta.version_created,
                     text_of(d, fw_markup_child(mgmt, "ThisRevisionCreated")));
    const xmlNode *will = fw_markup_child(mgmt, "StatusWillChange");
    if (st == FW_OK && will)
        st = time_of(d, &d->meta.embargo,
                     text_of(d, fw_markup_child(will, "DateAndTime")));
    if (mgmt) {
        FOR_CHILDREN(ins, mgmt, "Instruction")
        {
            const char *v = fw_markup_attr(ins, "FormalName");
            if (v &&
                (strcasecmp(v, "Kill") == 0 || strcasecmp(v, "Cancel") == 0))
                fw_meta_status(d, "canceled", 8);
        }
    }
    return st;
}

/* Keywords, language and provider from the DescriptiveMetadata and
 * AdministrativeMetadata of a component and those around it. */
static fw_status newsml_descriptions(fw_doc *d, const xmlNode *component)
{
    fw_status st = FW_OK;
    for (const xmlNode *n = component; n && st == FW_OK; n = n->parent) {
        const xmlNode *desc = fw_markup_child(n, "DescriptiveMetadata");
        if (desc) {
            const char *lang =
                fw_markup_attr(fw_markup_child(desc, "Language"), "FormalName");
            language_of(d, lang);
            FOR_CHILDREN(p, desc, "Property")
            {
                const char *v = fw_markup_attr(p, "Value");
                if (st == FW_OK && v && formal_is(p, "Keyword"))
                    st = fw_meta_add(d, &d->keywords, v, strlen(v));
            }
        }
        const xmlNode *admin = fw_markup_child(n, "AdministrativeMetadata");
        const xmlNode *party =
            fw_markup_child(fw_markup_child(admin, "Provider"), "Party");
        const char *prov = fw_markup_attr(party, "FormalName");
        if (prov && !d->meta.provider.ptr)
            d->meta.provider = fw_meta_copy(d, prov, strlen(prov));
        if (fw_markup_is(n, "NewsItem"))
            break;
    }
    return st;
}

static fw_status read_newsml_item(reader *r, const xmlNode *item,
                                  const xmlNode *envelope)
{
    const xmlNode *owner = NULL;
    const xmlNode *root = fw_markup_child(item, "NewsComponent");
    const xmlNode *ci = root ? text_content(root, &owner, 0) : NULL;
    if (!ci) {
        r->items++;
        return skip_item(r, "not a text item (no text content)", NULL);
    }
    fw_doc *d = new_doc(r);
    if (!d)
        return FW_ENOMEM;
    fw_composer c;
    fw_compose_init(&c, d);
    language_of(d, lang_of(item));
    fw_status st = newsml_meta(d, item, envelope);
    if (st == FW_OK)
        st = newsml_descriptions(d, owner);

    const xmlNode *lines = news_lines(owner);
    fw_str headline = text_of(d, fw_markup_child(lines, "HeadLine"));
    fw_str byline = text_of(d, fw_markup_child(lines, "ByLine"));
    fw_str dateline = text_of(d, fw_markup_child(lines, "DateLine"));
    fw_str slug = text_of(d, fw_markup_child(lines, "SlugLine"));
    if (slug.ptr)
        fw_meta_slugline(d, slug.ptr, slug.len);
    if (dateline.ptr)
        fw_compose_dateline(&c, dateline.ptr, dateline.len);

    const xmlNode *data = fw_markup_child(ci, "DataContent");
    const xmlNode *nitf = find(data, "nitf", 0);
    if (st == FW_OK && nitf)
        st = nitf_story(&c, nitf, headline, byline);
    else if (st == FW_OK)
        st = other_story(&c, headline, byline, find(data, "html", 0), data,
                         false);
    return finish_doc(r, d, &c, st);
}

static fw_status read_newsml(reader *r, const xmlNode *root)
{
    const xmlNode *envelope = fw_markup_child(root, "NewsEnvelope");
    fw_status st = FW_OK;
    bool any = false;
    FOR_CHILDREN(item, root, "NewsItem")
    {
        any = true;
        if (st == FW_OK)
            st = read_newsml_item(r, item, envelope);
    }
    if (!any && st == FW_OK)
        st = skip_item(r, "a NewsML message without a NewsItem", NULL);
    return st;
}

/* ------------------------------------------------------------------ */
/* NewsML-G2                                                           */

static const char *code_of(const char *qcode)
{
    const char *colon = qcode ? strchr(qcode, ':') : NULL;
    return colon ? colon + 1 : qcode;
}

/* The main headline: one without a role, or with role "main". */
static const xmlNode *main_headline(const xmlNode *content_meta)
{
    const xmlNode *first = NULL;
    FOR_CHILDREN(h, content_meta, "headline")
    {
        const char *role = code_of(fw_markup_attr(h, "role"));
        if (!role || strcasecmp(role, "main") == 0)
            return h;
        if (!first)
            first = h;
    }
    return first;
}

static fw_status g2_meta(fw_doc *d, const xmlNode *item, const xmlNode *header)
{
    fw_status st = FW_OK;
    fw_str guid = attr_of(d, item, "guid");
    if (guid.ptr)
        fw_doc_set_id(d, guid.ptr, guid.len);
    fw_str version = attr_of(d, item, "version");
    if (version.ptr)
        fw_meta_version(d, version.ptr, version.len);
    language_of(d, lang_of(item));
    const xmlNode *im = fw_markup_child(item, "itemMeta");
    const xmlNode *cm = fw_markup_child(item, "contentMeta");
    if (header)
        level_of(&d->meta.priority,
                 text_of(d, fw_markup_child(header, "priority")));
    const xmlNode *prov = fw_markup_child(im, "provider");
    set_if(&d->meta.provider, attr_of(d, prov, "literal"));
    set_if(&d->meta.provider, text_of(d, fw_markup_child(prov, "name")));
    const char *pq = fw_markup_attr(prov, "qcode");
    if (pq && !d->meta.provider.ptr)
        d->meta.provider = fw_meta_copy(d, code_of(pq), strlen(code_of(pq)));
    const char *status =
        fw_markup_attr(fw_markup_child(im, "pubStatus"), "qcode");
    if (status)
        fw_meta_status(d, status, strlen(status));
    st = time_of(d, &d->meta.version_created,
                 text_of(d, fw_markup_child(im, "versionCreated")));
    if (st == FW_OK)
        st = time_of(d, &d->meta.first_created,
                     text_of(d, fw_markup_child(im, "firstCreated")));
    if (st == FW_OK)
        st = time_of(d, &d->meta.embargo,
                     text_of(d, fw_markup_child(im, "embargoed")));
    if (im) {
        FOR_CHILDREN(note, im, "edNote")
        {
            fw_str v = text_of(d, note);
            if (st == FW_OK && v.ptr)
                st = fw_meta_add(d, &d->ednotes, v.ptr, v.len);
        }
    }
    if (!cm)
        return st;
    level_of(&d->meta.urgency, text_of(d, fw_markup_child(cm, "urgency")));
    if (st == FW_OK)
        st = time_of(d, &d->meta.first_created,
                     text_of(d, fw_markup_child(cm, "contentCreated")));
    language_of(d, fw_markup_attr(fw_markup_child(cm, "language"), "tag"));
    FOR_CHILDREN(kw, cm, "keyword")
    {
        fw_str v = text_of(d, kw);
        if (st == FW_OK && v.ptr)
            st = fw_meta_add(d, &d->keywords, v.ptr, v.len);
    }
    fw_str slug = text_of(d, fw_markup_child(cm, "slugline"));
    if (slug.ptr)
        fw_meta_slugline(d, slug.ptr, slug.len);
    return st;
}

static fw_status read_g2_item(reader *r, const xmlNode *item,
                              const xmlNode *header)
{
    const xmlNode *im = fw_markup_child(item, "itemMeta");
    const char *cls =
        code_of(fw_markup_attr(fw_markup_child(im, "itemClass"), "qcode"));
    if (cls && strcasecmp(cls, "text") != 0) {
        r->items++;
        return skip_item(
            r, "not a text item:",
            fw_markup_attr(fw_markup_child(im, "itemClass"), "qcode"));
    }
    fw_doc *d = new_doc(r);
    if (!d)
        return FW_ENOMEM;
    fw_composer c;
    fw_compose_init(&c, d);
    fw_status st = g2_meta(d, item, header);
    const xmlNode *cm = fw_markup_child(item, "contentMeta");
    fw_str headline = text_of(d, main_headline(cm));
    fw_str by = text_of(d, fw_markup_child(cm, "by"));
    fw_str dateline = text_of(d, fw_markup_child(cm, "dateline"));
    if (!dateline.ptr)
        dateline =
            text_of(d, fw_markup_child(fw_markup_child(cm, "located"), "name"));
    if (dateline.ptr)
        fw_compose_dateline(&c, dateline.ptr, dateline.len);

    const xmlNode *set = fw_markup_child(item, "contentSet");
    const xmlNode *inline_xml = fw_markup_child(set, "inlineXML");
    const xmlNode *inline_data = fw_markup_child(set, "inlineData");
    const xmlNode *nitf = inline_xml ? find(inline_xml, "nitf", 0) : NULL;
    const char *type = fw_markup_attr(inline_data, "contenttype");
    if (st == FW_OK && nitf)
        st = nitf_story(&c, nitf, headline, by);
    else if (st == FW_OK)
        st = other_story(&c, headline, by, inline_xml, inline_data,
                         type && strstr(type, "html"));
    return finish_doc(r, d, &c, st);
}

static fw_status read_g2(reader *r, const xmlNode *root)
{
    if (fw_markup_is(root, "newsItem"))
        return read_g2_item(r, root, NULL);
    if (!fw_markup_is(root, "newsMessage")) {
        r->items++;
        return skip_item(r, "not a text item:", (const char *)root->name);
    }
    const xmlNode *header = fw_markup_child(root, "header");
    const xmlNode *set = fw_markup_child(root, "itemSet");
    fw_status st = FW_OK;
    bool any = false;
    for (const xmlNode *n = set ? set->children : NULL; n && st == FW_OK;
         n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        any = true;
        if (fw_markup_is(n, "newsItem")) {
            st = read_g2_item(r, n, header);
        } else {
            r->items++;
            st = skip_item(r, "not a text item:", (const char *)n->name);
        }
    }
    if (!any && st == FW_OK)
        st = skip_item(r, "a newsMessage without items", NULL);
    return st;
}

/* ------------------------------------------------------------------ */

/* The format the root element names; FW_FORMAT_AUTO when none. */
static fw_format format_of(const xmlNode *root)
{
    if (fw_markup_is(root, "NewsML"))
        return FW_FORMAT_NEWSML;
    if (fw_markup_is(root, "nitf"))
        return FW_FORMAT_NITF;
    static const char *const g2[] = {
        "newsMessage",  "newsItem",      "packageItem", "conceptItem",
        "planningItem", "knowledgeItem", "catalogItem", NULL};
    for (size_t i = 0; g2[i]; i++)
        if (fw_markup_is(root, g2[i]))
            return FW_FORMAT_G2;
    return FW_FORMAT_AUTO;
}

/* The parser's first error, which is where the input went wrong (later
 * ones follow from it). */
typedef struct first_error {
    bool set;
    int line, column;
    char message[120];
} first_error;

static void keep_first_error(void *data, xmlErrorPtr e)
{
    xmlParserCtxtPtr ctxt = data;
    first_error *f = ctxt ? ctxt->_private : NULL;
    if (!f || f->set || !e || e->level < XML_ERR_ERROR)
        return;
    f->set = true;
    f->line = e->line;
    f->column = e->int2;
    snprintf(f->message, sizeof f->message, "%s",
             e->message ? e->message : "not well-formed XML");
}

static fw_status parse_error(xmlParserCtxtPtr ctxt, const first_error *f,
                             fw_error *err)
{
    const xmlError *e = &ctxt->lastError;
    char msg[120];
    snprintf(msg, sizeof msg, "%s",
             f->set       ? f->message
             : e->message ? e->message
                          : "not well-formed XML");
    size_t n = strlen(msg);
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = '\0';
    int line = f->set ? f->line : e->line, col = f->set ? f->column : e->int2;
    fw_error_at(err, FW_EFORMAT, 0, line > 0 ? (size_t)line : 1,
                col > 0 ? (size_t)col : 1, "XML: %s", msg);
    return FW_EFORMAT;
}

fw_status fw_read_xml(const fw_analyzer *az, const char *data, size_t len,
                      const fw_input *in, fw_format format, fw_batch *batch,
                      fw_error *err)
{
    size_t ent = declared_entity(data, len);
    if (ent < len) {
        size_t line, col;
        line_column(data, ent, &line, &col);
        fw_error_at(err, FW_EFORMAT, ent, line, col,
                    "the DOCTYPE declares entities; refused, never expanded");
        return FW_EFORMAT;
    }
    if (len > (size_t)INT32_MAX) {
        fw_error_at(err, FW_ETOOBIG, 0, 0, 0, NULL);
        return FW_ETOOBIG;
    }
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (!ctxt) {
        fw_error_at(err, FW_ENOMEM, 0, 0, 0, NULL);
        return FW_ENOMEM;
    }
    first_error first = {0};
    ctxt->_private = &first;
    ctxt->sax->serror = keep_first_error;
    xmlDocPtr doc =
        xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL,
                          XML_PARSE_NONET | XML_PARSE_NOERROR |
                              XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    fw_status st = FW_OK;
    if (!doc || !ctxt->wellFormed) {
        st = parse_error(ctxt, &first, err);
        xmlFreeDoc(doc);
        xmlFreeParserCtxt(ctxt);
        return st;
    }
    xmlFreeParserCtxt(ctxt);
    const xmlNode *root = xmlDocGetRootElement(doc);
    fw_format found = root ? format_of(root) : FW_FORMAT_AUTO;
    if (found == FW_FORMAT_AUTO ||
        (format != FW_FORMAT_AUTO && format != found)) {
        const char *name = root ? (const char *)root->name : "(none)";
        if (format == FW_FORMAT_AUTO)
            fw_error_at(err, FW_EUNKNOWN, 0, 0, 0,
                        "XML with root element <%s>; formats: newsml (NewsML "
                        "1.2), nitf, g2 (NewsML-G2)",
                        name);
        else
            fw_error_at(err, FW_EFORMAT, 0, 0, 0,
                        "not %s: the root element is <%s>",
                        fw_format_name(format), name);
        xmlFreeDoc(doc);
        return err ? err->status : FW_EFORMAT;
    }
    reader r = {.az = az, .in = in, .format = found, .batch = batch};
    if (found == FW_FORMAT_NEWSML)
        st = read_newsml(&r, root);
    else if (found == FW_FORMAT_NITF)
        st = read_nitf(&r, root);
    else
        st = read_g2(&r, root);
    xmlFreeDoc(doc);
    if (st != FW_OK)
        fw_error_at(err, st, 0, 0, 0, NULL);
    return st;
}
