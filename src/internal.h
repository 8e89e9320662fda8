/*
 * internal.h - the document layout shared by the pipeline stages, and the
 * stage functions. Nothing here is part of the public API.
 */
#ifndef FW_INTERNAL_H
#define FW_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "fivew.h"

#define FW_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------ */
/* Arena: every allocation a document makes, freed at once.            */

typedef struct fw_chunk fw_chunk;

typedef struct fw_arena {
    fw_chunk *head; /* newest chunk; allocations come from its tail */
    size_t total;   /* bytes held in all chunks, for the memory cap */
} fw_arena;

/* Zeroed memory for 'size' bytes aligned to 16, or NULL when out of
 * memory. */
void *fw_arena_alloc(fw_arena *a, size_t size);

/* The same without zeroing, for arrays about to be written whole. */
void *fw_arena_alloc_raw(fw_arena *a, size_t size);

/* Grows the array at 'ptr' (NULL, or the arena's latest allocation for
 * in-place growth) from 'old' to 'size' bytes, keeping its contents; the
 * new bytes are not zeroed. */
void *fw_arena_grow(fw_arena *a, void *ptr, size_t old, size_t size);

/* A NUL-terminated copy of 'len' bytes at 's', or NULL. */
char *fw_arena_strndup(fw_arena *a, const char *s, size_t len);
/* s[0..len) on one line: itself when its words are apart by single
 * spaces, else a copy with each run of white space (no-break spaces
 * too) one space ("Ralf Stegner" from a name a wrapper broke). NULL when
 * out of memory. */
const char *fw_arena_one_line(fw_arena *a, const char *s, size_t *len);
/* "E12", "Q3": an identifier of one letter and a number, in the arena. */
char *fw_arena_id(fw_arena *a, char letter, size_t number);
/* The indices 0..n-1 ordered by key[i], stably (sort.c); NULL when out
 * of memory. */
uint32_t *fw_sort_by_key(fw_arena *a, const uint32_t *key, size_t n);

void fw_arena_free(fw_arena *a);

/* Frees everything allocated but keeps the newest (largest) chunk for
 * the next round: a loop over sentences allocates nothing in the
 * steady state. */
void fw_arena_reset(fw_arena *a);

/* Appends one element to a growable arena array: '*items' has '*count'
 * elements and room for '*cap'. Returns the new slot, zeroed, or NULL. */
void *fw_arena_push(fw_arena *a, void **items, size_t *count, size_t *cap,
                    size_t elem_size);

/* The same, inline while there is room (the common case). */
static inline void *fw_arena_push_fast(fw_arena *a, void **items, size_t *count,
                                       size_t *cap, size_t elem_size)
{
    if (*count == *cap)
        return fw_arena_push(a, items, count, cap, elem_size);
    unsigned char *e = (unsigned char *)*items + (*count)++ * elem_size;
    memset(e, 0, elem_size); /* a new element starts zeroed */
    return e;
}

#define FW_PUSH(arena, arr, n, cap)                                            \
    ((__typeof__(arr))fw_arena_push_fast((arena), (void **)&(arr), &(n),       \
                                         &(cap), sizeof(*(arr))))

/* ------------------------------------------------------------------ */
/* Growable byte buffer (malloc'd), for JSON and other output.         */

typedef struct fw_buf {
    char *data;  /* NUL-terminated when not NULL */
    size_t len;  /* bytes used, without the NUL */
    size_t cap;  /* bytes allocated */
    bool failed; /* an allocation failed; later appends do nothing */
} fw_buf;

/* Appends with the buffer grown as needed (slow path of the inline
 * functions below). */
void fw_buf_append_slow(fw_buf *b, const void *bytes, size_t len);

static inline void fw_buf_append(fw_buf *b, const void *bytes, size_t len)
{
    if (b->len + len < b->cap) {
        memcpy(b->data + b->len, bytes, len);
        b->len += len;
        b->data[b->len] = '\0';
    } else {
        fw_buf_append_slow(b, bytes, len);
    }
}

static inline void fw_buf_puts(fw_buf *b, const char *s)
{
    fw_buf_append(b, s, strlen(s));
}

static inline void fw_buf_putc(fw_buf *b, char c)
{
    fw_buf_append(b, &c, 1);
}
void fw_buf_printf(fw_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void fw_buf_free(fw_buf *b);

/* ------------------------------------------------------------------ */
/* UTF-8 and character classes                                         */

/* Checks that 'len' bytes are valid UTF-8 without NUL bytes or other
 * binary control characters. On failure returns FW_EUTF8 or FW_EBINARY
 * and sets '*at' to the offending byte. */
fw_status fw_check_utf8(const char *s, size_t len, size_t *at);

/* Decodes the code point at s[0..len) (valid UTF-8) into '*cp'; returns
 * its length in bytes (1 for an invalid or truncated sequence). */
size_t fw_utf8_decode(const char *s, size_t len, int32_t *cp);

/* The code point ending just before s[i] and its start offset. */
int32_t fw_utf8_prev(const char *s, size_t i, size_t *start);

/* Code point classes used by the tokenizer. */
typedef enum fw_char_class {
    FW_CC_OTHER,   /* symbols and anything else */
    FW_CC_SPACE,   /* horizontal white space */
    FW_CC_NEWLINE, /* \n, U+2028, U+2029 */
    FW_CC_LOWER,   /* a letter that is not upper case */
    FW_CC_UPPER,   /* an upper- or title-case letter */
    FW_CC_DIGIT,   /* a decimal digit */
    FW_CC_MARK,    /* a combining mark */
    FW_CC_PUNCT,   /* punctuation that is not a quote or dash */
    FW_CC_QUOTE,   /* a quotation mark */
    FW_CC_DASH     /* a dash or hyphen */
} fw_char_class;

extern const uint8_t fw_ascii_class[128];

/* The class of a code point above ASCII. */
fw_char_class fw_unicode_class(int32_t cp);

static inline fw_char_class fw_char_class_of(int32_t cp)
{
    if (cp >= 0 && cp < 128)
        return (fw_char_class)fw_ascii_class[cp];
    return fw_unicode_class(cp);
}

/* The lower-case form of a code point. */
int32_t fw_char_lower(int32_t cp);

/* Writes the lower-case form of s[0..len) into 'out' (at most 'cap'
 * bytes); returns the length written, or 0 when it does not fit. */
size_t fw_lower(const char *s, size_t len, char *out, size_t cap);

/* ------------------------------------------------------------------ */
/* Lexicon: word table and phrases generated from data/ at build time. */

#include "lexicon.h"

/* ------------------------------------------------------------------ */
/* The document                                                        */

/* A token, compactly: 16 bytes. Offsets fit in 32 bits because inputs
 * are capped at FW_MAX_INPUT. */
typedef struct fw_tok {
    uint32_t start; /* byte offset of the first byte */
    uint32_t end;   /* exclusive */
    uint32_t word;  /* lexicon word id (words); 0 when absent */
    uint16_t flags; /* FW_TOKEN_* and FW_TF_* bits */
    uint8_t kind;   /* fw_token_kind */
    uint8_t aux;    /* quote marks: FW_QM_* family; words: FW_WA_* bits;
                       punctuation of one byte: that byte, else 0 */
} fw_tok;

/* Token flags beyond the public ones. */
enum {
    FW_TF_POSSESSIVE = 1u << 9,  /* the 's or ’s clitic */
    FW_TF_HYPHENATED = 1u << 10, /* a word with an inner hyphen */
    FW_TF_APOS_END = 1u << 11,   /* a close quote that may be a plural
                                    possessive apostrophe (players') */
    FW_TF_INITIAL = 1u << 12,    /* one capital and a period: "W." */
    FW_TF_TERMINAL = 1u << 13,   /* . ! ? or an ellipsis */
    FW_TF_IN_QUOTE = 1u << 14,   /* inside quotation marks */
    FW_TF_ASCII = 1u << 15       /* a word of ASCII letters, digits and
                                    - . ' & only */
};

/* Word bits (fw_tok.aux of a word), set by the mentions stage. */
enum {
    FW_WA_CUE = 1,   /* a cue word, or the first word of a cue phrase found
                        here ("according to"): where the quotations stage
                        looks for cues */
    FW_WA_TITLE = 2, /* a title word, or the first word of a lexicon
                        phrase found here: where a title may start */
    FW_WA_OPENS = 4  /* opens its sentence: first, or after the opening
                        quotes, brackets or dash that start it, or after
                        a colon */
};

/* Quote mark families (fw_tok.aux). Marks pair within a family; the
 * typographic marks of one family pair with each other. */
enum {
    FW_QM_ASCII_DOUBLE = 1, /* " */
    FW_QM_ASCII_SINGLE,     /* ' */
    FW_QM_CURLY_DOUBLE,     /* “ ” „ */
    FW_QM_CURLY_SINGLE,     /* ‘ ’ ‚ */
    FW_QM_GUILLEMET,        /* « » */
    FW_QM_GUILLEMET_SINGLE, /* ‹ › */
    FW_QM_BACKTICK          /* `` and '' of 7-bit wire copy */
};

/* A quoted span: the text between a pair of quotation marks. */
typedef struct fw_qspan {
    uint32_t open;  /* token of the opening mark */
    uint32_t close; /* token of the closing mark, or UINT32_MAX when the
                       quotation runs to the end of its paragraph */
    uint32_t start; /* first byte inside the marks */
    uint32_t end;   /* byte where the closing mark (or paragraph) ends */
    uint32_t block; /* its paragraph */
    int32_t prev;   /* the part before, in the previous paragraph, or -1 */
    int32_t next;   /* the part after, in the next paragraph, or -1 */
    uint8_t level;  /* 0 outermost, 1 nested in another, ... */
    bool single;    /* single marks ('...', ‘...’) */
} fw_qspan;

/* Entity types while resolving: the public ones and "not known yet". */
enum { FW_TYPE_UNKNOWN = 0xFF };

/* fw_ment.flags */
enum {
    FW_MF_POSSESSIVE = 1u << 0,   /* "Trump's", "his" */
    FW_MF_PLURAL = 1u << 1,       /* they, Russians */
    FW_MF_IN_QUOTE = 1u << 2,     /* inside quotation marks */
    FW_MF_SUBJECT = 1u << 3,      /* the sentence's first mention, outside
                                     quotes: its likely subject */
    FW_MF_FIRST_PERSON = 1u << 4, /* I, we: resolved by the quote stage */
    FW_MF_WEAK = 1u << 5,         /* the type is a guess */
    FW_MF_NESTED = 1u << 6,       /* inside a title ("US" in "US President") */
    FW_MF_PART = 1u << 7          /* a part of its one token ("Iran" in
                                     "Iran-backed") */
};

/* A mention while the pipeline works on it. */
typedef struct fw_ment {
    uint32_t start, end;   /* bytes */
    uint32_t tok, tok_end; /* tokens [tok, tok_end) */
    uint32_t sent;         /* sentence index */
    int32_t entity;        /* entity index, or -1 */
    int32_t link;          /* name: its title mention; title: its name;
                              -1 when none */
    uint32_t word;         /* lexicon id: the whole name, or the head word
                              of a title, nominal or pronoun; 0 if none */
    uint16_t country;      /* country index + 1 its own words give */
    uint8_t kind;          /* fw_mention_kind */
    uint8_t type;          /* fw_entity_type, or FW_TYPE_UNKNOWN */
    uint8_t gender;        /* FW_GENDER_* */
    uint8_t flags;         /* FW_MF_* */
    uint8_t title;         /* FW_TITLE_* of a title or nominal head */
    uint8_t org;           /* FW_ORG_* kind for organisations */
} fw_ment;

/* An entity while it is being built. */
typedef struct fw_ent {
    int32_t name_ment;   /* the mention that gives its name */
    uint32_t first;      /* byte of its first mention */
    uint32_t last_sent;  /* sentence of its latest mention so far */
    uint16_t country;    /* country index + 1, or 0 */
    uint8_t type;        /* fw_entity_type */
    uint8_t gender;      /* FW_GENDER_* */
    uint8_t org;         /* FW_ORG_* */
    uint8_t title;       /* FW_TITLE_* of its main title */
    uint16_t n_names;    /* name mentions, for salience */
    uint32_t lex;        /* lexicon id of a known organisation or place */
    uint32_t title_word; /* lexicon id of its main title's head word */
    bool title_not_held; /* that title is "former", "deputy", "shadow" */
    const char *canon;   /* canonical name when not a mention's text */
} fw_ent;

/* A quotation while the pipeline works on it. */
typedef struct fw_quot {
    uint32_t first_part; /* its content parts: d->qparts[first_part ...] */
    uint32_t n_parts;    /* how many, at least 1 */
    uint32_t cue_start, cue_end; /* bytes; equal when there is no cue */
    uint32_t src_start, src_end; /* bytes; equal when there is no source */
    int32_t src_ment;            /* the mention naming the speaker, or -1 */
    int32_t speaker;             /* entity index, or -1 */
    int32_t qspan; /* its quoted span (direct, nested, subhead), or -1 */
    uint32_t sent; /* sentence of its attribution or its start */
    uint8_t kind;  /* fw_quote_kind */
} fw_quot;

typedef struct fw_batch_item {
    fw_doc *doc;    /* the document, or NULL when rejected */
    fw_error error; /* why it was rejected (status FW_OK for a doc) */
} fw_batch_item;

struct fw_batch {
    fw_batch_item *items; /* malloc'd */
    size_t count;         /* items used */
    size_t cap;           /* items allocated */
};

struct fw_analyzer {
    unsigned stages;      /* FW_STAGE_* to run */
    struct fw_dict *dict; /* event dictionaries, with FW_STAGE_EVENTS */
};

/* A list of strings a document owns (keywords, editor notes). */
typedef struct fw_strs {
    fw_str *items;
    size_t n, cap;
} fw_strs;

struct fw_doc {
    fw_arena arena;        /* owns everything below that is not 'text' */
    const fw_analyzer *az; /* lexicons and settings */

    const char *text; /* what every span indexes */
    size_t len;       /* its length */
    const char *id;   /* NUL-terminated */
    const char *path; /* source.path, or NULL */
    fw_format format; /* the reader that made it */
    unsigned ran;     /* FW_STAGE_* bits of the stages that ran */
    bool foreign;     /* the text is not English (found by the mention
                         stage): no mentions, entities or events, and
                         quotations by their marks alone, as the rules
                         that read words are English */

    fw_meta meta;         /* headline, dateline, ... */
    fw_dateline dateline; /* meta.dateline points here when present */
    uint16_t home;        /* the country of the dateline's place, or 0
                             (found by the mention stage) */
    fw_strs keywords;     /* meta.keywords, as readers add them */
    fw_strs ednotes;      /* meta.ednotes, likewise */
    fw_field *fields;     /* meta.fields, likewise */
    size_t n_fields, cap_fields;

    fw_block *blocks;    /* in text order */
    size_t n_blocks;     /* count */
    size_t cap_blocks;   /* allocated */
    uint32_t *block_tok; /* n_blocks + 1: first token of each block */

    fw_tok *toks;  /* tokens of all blocks, in text order, then a
                      sentinel at toks[n_toks] (see fw_tokenize) */
    size_t n_toks; /* count */
    size_t cap_toks;

    fw_sentence *sents; /* sentences of the prose blocks */
    size_t n_sents;
    size_t cap_sents;

    fw_qspan *qspans; /* quoted spans, by opening mark */
    size_t n_qspans;
    size_t cap_qspans;

    uint32_t *lower;    /* per token, from the tokenizer: the hash of its
                           lower-case form (words; 0 for others) */
    uint32_t *phrases;  /* per token, from the mentions stage: the id and
                           end of the longest lexicon phrase it starts,
                           in its sentence (0, 0 when none) */
    uint32_t *cue_toks; /* from the mentions stage: the words outside
                           quotation marks where a cue may start
                           (FW_WA_CUE), in order */
    size_t n_cue_toks;

    fw_ment *ments; /* mentions, sorted by start */
    size_t n_ments;
    size_t cap_ments;
    fw_ent *ents; /* entities, in order of first mention */
    size_t n_ents;
    size_t cap_ents;

    fw_quot *quots; /* quotations, in text order at the end */
    size_t n_quots;
    size_t cap_quots;
    fw_span *qparts; /* content parts of the quotations */
    size_t n_qparts;
    size_t cap_qparts;

    fw_mention *pub_mentions; /* the public view, built at the end */
    fw_entity *pub_entities;  /* likewise; only entities with a type */
    size_t n_pub_entities;
    int32_t *pub_of_ent;  /* internal entity -> public index, or -1 */
    fw_quote *pub_quotes; /* likewise */
    size_t n_pub_quotes;

    fw_event *events; /* in text order; entity fields hold internal
                         indices until fw_export_events */
    size_t n_events;
    size_t cap_events;
};

/* A new, empty document over 'text' (not copied), or NULL. */
fw_doc *fw_doc_new(const fw_analyzer *az, const char *text, size_t len);

/* The same for an item of input 'in' read as 'format': path, default id
 * (the path's stem) and format set. */
fw_doc *fw_doc_for(const fw_analyzer *az, const fw_input *in, fw_format format,
                   const char *text, size_t len);

void fw_doc_free(fw_doc *d);

/* The format's own id for the document. */
fw_status fw_doc_set_id(fw_doc *d, const char *s, size_t len);

/* Runs the stages on a document that has been read (none on a killed or
 * withheld item) and adds it to the batch; frees it on failure. */
fw_status fw_batch_add(fw_batch *b, fw_doc *d);

/* Adds a rejected or skipped item. */
fw_status fw_batch_reject(fw_batch *b, const fw_error *err);

/* Fills 'err' (may be NULL); 'fmt' (may be NULL) writes its detail. */
void fw_error_at(fw_error *err, fw_status status, size_t byte, size_t line,
                 size_t column, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Appends a block; returns FW_ENOMEM on failure. */
fw_status fw_doc_add_block(fw_doc *d, fw_block_kind kind, size_t start,
                           size_t end);

/* ------------------------------------------------------------------ */
/* Layout: conventions of news copy, for every reader (layout.c).      */
/* Each takes one paragraph s[0..len) without surrounding white space. */

typedef struct fw_layout_words {
    size_t words;       /* white-space separated words */
    size_t long_words;  /* of them, words of four letters or more */
    size_t capitalized; /* of those, the ones that start upper case */
} fw_layout_words;

fw_layout_words fw_layout_count_words(const char *s, size_t len);

/* "By NAME[, AGENCY]": '*name' receives the span after "By ". */
bool fw_layout_byline(const char *s, size_t len, fw_span *name);

/* The line under a byline: "Associated Press", "AP Business Writer". */
bool fw_layout_byline_title(const char *s, size_t len);

/* A dateline at the start: "MOSCOW, Dec 3, 2025 (AFP) -", "WASHINGTON
 * (AP) —", "Jan 30 (Reuters) -", "Berlin (dpa) -", "WASHINGTON —". On
 * success fills '*out' (may be NULL) with strings pointing into 's' and
 * the span, relative to 's', of the dateline with its dash. */
bool fw_layout_dateline(const char *s, size_t len, fw_dateline *out);

/* The length of a Reuters headline's prefix, dash included ("UPDATE
 * 2-", "EXCLUSIVE-", "REFILE-UPDATE 1-"), or 0; '*version' (may be NULL)
 * receives the length of the last label when it names a version ("UPDATE
 * 2", "REFILE"), else 0, and '*label' its start. */
size_t fw_layout_headline_prefix(const char *s, size_t len, size_t *label,
                                 size_t *version);

/* An AFP subhead: "- 'Successes of the Russian army' -". */
bool fw_layout_subhead(const char *s, size_t len);

/* A trailer paragraph: AFP desk credits ("burs-dk/md") and signatures
 * ("E.Goossens--JdB"), Reuters' "(Reporting by ...)", copyright lines,
 * AP's "... contributed to this report." */
bool fw_layout_trailer(const char *s, size_t len);

/* AP's "___" rule before a story's tagline. */
bool fw_layout_rule(const char *s, size_t len);

/* The time stamp that heads an entry of a running story ("9:45 p.m.",
 * "10:05 a.m. EST"), as in AP's "The Latest". */
bool fw_layout_timestamp(const char *s, size_t len);

/* What a wire story may carry above its byline and dateline: Reuters'
 * "(Adds comments, detail)" and summary bullets ("* Spot gold ..."). */
bool fw_layout_top_matter(const char *s, size_t len);

/* ------------------------------------------------------------------ */
/* Paragraphs, as readers find them, laid out into blocks (read_text.c) */

/* What a reader's markup says a paragraph is. */
typedef enum fw_hint {
    FW_HINT_NONE,     /* a paragraph; the conventions of copy decide */
    FW_HINT_HEADLINE, /* the item's headline (first paragraph only) */
    FW_HINT_BYLINE,   /* the item's byline */
    FW_HINT_SUBHEAD,  /* a heading inside the body */
    FW_HINT_TRAILER,  /* a tagline after the story */
    FW_HINT_LINES     /* composer only: preformatted lines, to be split
                         as plain text is */
} fw_hint;

typedef struct fw_para {
    size_t start, end; /* span in the document text, trimmed */
    size_t lines;      /* lines joined into it */
    fw_hint hint;      /* what the reader knows of it */
} fw_para;

typedef struct fw_paras {
    fw_para *items; /* in text order */
    size_t n, cap;
} fw_paras;

/* Appends the paragraphs of text[lo, hi) as plain text lays them out:
 * one a line, blank-line separated, indented or hard-wrapped. */
fw_status fw_split_paragraphs(fw_doc *d, size_t lo, size_t hi, fw_paras *out);

/* Turns paragraphs into blocks and meta (headline, byline, dateline):
 * hints first, then the conventions of copy. 'find_headline': the first
 * paragraph may be a headline though nothing marks it (plain text). */
fw_status fw_lay_out(fw_doc *d, const fw_paras *paras, bool find_headline);

/* ------------------------------------------------------------------ */
/* Wire items: text and metadata put together by readers (compose.c)  */

typedef struct fw_composer {
    fw_doc *d;
    fw_buf text;          /* the text so far */
    fw_paras paras;       /* its paragraphs, FW_HINT_LINES ones unsplit */
    bool in_body;         /* a body paragraph has been written */
    const char *dateline; /* the item's whole dateline, to open the body */
    size_t dateline_len;
    const char *place; /* the item's dateline or place, for meta */
    size_t place_len;
} fw_composer;

void fw_compose_init(fw_composer *c, fw_doc *d);

/* Frees what the composer holds when it is not finished. */
void fw_compose_free(fw_composer *c);

/* Adds a paragraph; white space runs become one space. Empty text adds
 * nothing. A headline must come first. */
fw_status fw_compose_para(fw_composer *c, fw_hint hint, const char *s,
                          size_t len);

/* Adds preformatted text whose lines plain-text layout will split. */
fw_status fw_compose_lines(fw_composer *c, const char *s, size_t len);

/* The item's dateline ("STOCKHOLM, Aug 29, 2014 (AFP) -") or place
 * ("Helsinki"): a whole dateline opens the body when the body has none;
 * either is the meta dateline when the text has none. Call before the
 * body; 's' must outlive fw_compose_finish(). */
void fw_compose_dateline(fw_composer *c, const char *s, size_t len);

/* Makes the text the document's and lays out its blocks. */
fw_status fw_compose_finish(fw_composer *c);

/* A copy in the document with white space collapsed; absent when empty
 * (or out of memory). */
fw_str fw_meta_copy(fw_doc *d, const char *s, size_t len);

/* Adds a copy to a list (keywords, editor notes) unless already there. */
fw_status fw_meta_add(fw_doc *d, fw_strs *list, const char *s, size_t len);

/* meta.status from a format's word: "Usable", "stat:canceled", "kill". */
void fw_meta_status(fw_doc *d, const char *s, size_t len);

/* Is the item to be analysed: not canceled (killed) nor withheld? */
bool fw_meta_analysable(const fw_doc *d);

/* A time from ISO 8601 text (extended or basic); the UTC form is set
 * when the text has a date, a time and a zone. */
fw_status fw_meta_time(fw_doc *d, fw_time *t, const char *s, size_t len);

/* Sets t->utc from parts in a zone 'offset_minutes' east of UTC. */
fw_status fw_meta_time_utc(fw_doc *d, fw_time *t, int year, int month, int day,
                           int hour, int minute, int second,
                           int offset_minutes);

/* meta.slugline, and meta.version_label when the slugline carries one
 * ("..., 1st Ld-Writethru", "... (UPDATE 1)"). */
void fw_meta_slugline(fw_doc *d, const char *s, size_t len);

/* meta.version from its digits; anything else is ignored. */
void fw_meta_version(fw_doc *d, const char *s, size_t len);

/* A priority or urgency "1" to "9" ("urg:4" too), or 0. */
int fw_meta_level(const char *s, size_t len);

/* ------------------------------------------------------------------ */
/* Stages, in pipeline order. Each reads what earlier ones added.     */

/* read: plain text -> blocks and meta (text stays as given). */
fw_status fw_read_text(fw_doc *d);

/* read: the wire formats. Each reads 'data' as 'format' (AUTO: whichever
 * of its formats the content is) and adds a document, or a rejected or
 * skipped item, to the batch for each item; a failure of the whole input
 * is returned with 'err' set (line and column where the format has
 * them). */
fw_status fw_read_xml(const fw_analyzer *az, const char *data, size_t len,
                      const fw_input *in, fw_format format, fw_batch *batch,
                      fw_error *err);
fw_status fw_read_json(const fw_analyzer *az, const char *data, size_t len,
                       const fw_input *in, fw_format format, fw_batch *batch,
                       fw_error *err);
fw_status fw_read_wire7(const fw_analyzer *az, const char *data, size_t len,
                        const fw_input *in, fw_format format, fw_batch *batch,
                        fw_error *err);

/* text: tokens of every block. */
fw_status fw_tokenize(fw_doc *d);

/* text: which quotation marks pair (quotemark.c). */
fw_status fw_pair_quotes(fw_doc *d);

/* text: sentences of the prose blocks, from the tokens. */
fw_status fw_segment(fw_doc *d);

/* mentions: names, titles, nominals, pronouns and demonyms. */
fw_status fw_find_mentions(fw_doc *d);

/* Is word i a verb in the past tense, which no modal comes before: one
 * in -ed, or a common irregular one ("said", "wrote")? (mention.c) */
bool fw_past_tense(const fw_doc *d, size_t i);

/* Does token i end in "ing", with two letters or more before it
 * ("saying", "representing")? */
static inline bool fw_ing_form(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    return t->end - t->start > 4 && memcmp(d->text + t->end - 3, "ing", 3) == 0;
}

/* entities: mentions clustered into people, organisations, places. */
fw_status fw_find_entities(fw_doc *d);

/* quotations: direct, mixed, indirect, nested and subhead, with cue,
 * source and speaker. */
fw_status fw_find_quotes(fw_doc *d);

/* events: CAMEO events coded sentence by sentence with the analyzer's
 * dictionaries, actors found through the entities (events.c). */
fw_status fw_find_events(fw_doc *d);

/* Builds the public arrays of mentions, entities, quotations and events
 * (after every stage that may change them). */
fw_status fw_export_entities(fw_doc *d);
fw_status fw_export_quotes(fw_doc *d);
fw_status fw_export_events(fw_doc *d);

/* The analyzer's event dictionaries, built from its configuration
 * (events.c); FW_ENOMEM is the only failure. */
struct fw_dict;
fw_status fw_events_dict(const fw_config *config, struct fw_dict **out);
void fw_events_dict_free(struct fw_dict *d);

/* write: the output contract. */
fw_status fw_write_json(const fw_doc *d, unsigned flags, fw_buf *out);

/* Shorthands for token text. */
static inline const char *fw_tok_ptr(const fw_doc *d, const fw_tok *t)
{
    return d->text + t->start;
}

static inline size_t fw_tok_len(const fw_tok *t)
{
    return t->end - t->start;
}

/* Does token 't' spell exactly 's' (case-sensitive)? Inline, so that
 * the length of a literal folds away. Tests that each pass at random are
 * joined with '&' and '|', not '&&' and '||': one branch on the whole,
 * which seldom passes, costs less than a mispredicted branch on each. */
static inline bool fw_tok_is(const fw_doc *d, const fw_tok *t, const char *s)
{
    size_t n = strlen(s);
    if ((t->end - t->start != n) | (d->text[t->start] != s[0]))
        return false; /* most tokens */
    return memcmp(d->text + t->start, s, n) == 0;
}

/* The lexicon id of tokens [i, j) joined by spaces (a phrase) whose
 * phrase hash is 'hash', or 0 (lexicon.c). */
uint32_t fw_phrase_probe(const fw_doc *d, size_t i, size_t j, uint32_t hash);

/* The lexicon id of tokens [i, j) as a phrase, or 0. */
uint32_t fw_phrase_lookup(const fw_doc *d, size_t i, size_t j);

/* The lexicon word that the ASCII text [start, start + n) spells, in any
 * case ("Iran" of "Iran-backed", "analyst" of "analysts"); the all-zero
 * word when none. */
static inline const fw_lex_word *fw_lex_ascii_at(const fw_doc *d, size_t start,
                                                 size_t n)
{
    const char *s = d->text + start;
    size_t avail = d->len - start;
    return fw_lex_get(
        fw_lex_lookup_ascii(fw_hash_ascii_word(s, n, avail), s, n, avail));
}

/* The title whose plural in -s word token 't' is ("analysts",
 * "officials"), or NULL. */
static inline const fw_lex_word *fw_plural_title(const fw_doc *d,
                                                 const fw_tok *t)
{
    size_t n = t->end - t->start;
    if (n < 4 || !(t->flags & FW_TF_ASCII) || d->text[t->end - 1] != 's')
        return NULL;
    const fw_lex_word *w = fw_lex_ascii_at(d, t->start, n - 1);
    return (w->feats & FW_LEX_TITLE) ? w : NULL;
}

/* The lead: the index of the first paragraph's block, or n_blocks when
 * there is none. */
static inline size_t fw_lead_block(const fw_doc *d)
{
    size_t b = 0;
    while (b < d->n_blocks && d->blocks[b].kind != FW_BLOCK_PARAGRAPH)
        b++;
    return b;
}

/* Does token 't' end in "n't" or "n’t", a verb with "not" joined to it
 * ("Can't", "didn’t")? */
static inline bool fw_tok_not_joined(const fw_doc *d, const fw_tok *t)
{
    const char *e = d->text + t->end;
    size_t n = t->end - t->start;
    if (n < 4)
        return false;
    /* one branch (see fw_tok_is): few words end so */
    return ((e[-3] == 'n') & (e[-2] == '\'') & (e[-1] == 't')) ||
           (n >= 6 && e[-5] == 'n' && memcmp(e - 4, "\xE2\x80\x99t", 4) == 0);
}

/* Is 't' the punctuation character 'c' (ASCII)? */
static inline bool fw_tok_punct(const fw_tok *t, char c)
{
    return (t->kind == FW_TOKEN_PUNCT) & (t->aux == (uint8_t)c);
}

/* Is token i a company's legal form ("Inc.", "Corp.", "Ltd", "AG")?
 * Reuters writes them without the period: "Apple Inc said", "Ford Motor
 * Co". */
static inline bool fw_legal_form(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    const fw_lex_word *w = fw_lex_get(t->word);
    if (t->kind != FW_TOKEN_WORD || !(t->flags & FW_TOKEN_CAPITALIZED))
        return false;
    /* ("Co" and "Cos", in that case only: "CO" is Colorado) */
    if (fw_tok_is(d, t, "Co") || fw_tok_is(d, t, "Cos"))
        return true;
    return (w->feats & FW_LEX_ORG_WORD) && w->org == FW_ORG_COMPANY &&
           ((t->flags & (FW_TOKEN_ABBREV | FW_TOKEN_ALL_CAPS)) ||
            fw_tok_is(d, t, "Inc") || fw_tok_is(d, t, "Corp") ||
            fw_tok_is(d, t, "Co") || fw_tok_is(d, t, "Cos") ||
            fw_tok_is(d, t, "Ltd") || fw_tok_is(d, t, "Plc"));
}

/* Is token i an acronym, a short word with two capitals or more
 * ("NATO", "AfD", "CPJ")? */
static inline bool fw_acronym(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    if (t->kind != FW_TOKEN_WORD || t->end - t->start > 8 ||
        (t->flags & (FW_TF_HYPHENATED | FW_TOKEN_ABBREV))) /* "R-TX" */
        return false;
    size_t caps = 0;
    for (uint32_t k = t->start; k < t->end; k++)
        caps += d->text[k] >= 'A' && d->text[k] <= 'Z';
    return caps >= 2;
}

/* "Sen. X, R-Kan., said", "(D-Md.)": a legislator's party and state,
 * after a comma or an opening parenthesis, names nothing of its own. */
static inline bool fw_party_label(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    const char *s = d->text + t->start;
    return t->end - t->start >= 4 &&
           (s[0] == 'D' || s[0] == 'R' || s[0] == 'I') && s[1] == '-' &&
           s[2] >= 'A' && s[2] <= 'Z' && i > 0 &&
           (fw_tok_punct(&d->toks[i - 1], ',') ||
            fw_tok_punct(&d->toks[i - 1], '('));
}

#endif
