/*
 * fivew.h - the whole public API of libfivew.
 *
 * fivew reads news (wire dispatches and article text) and writes down the
 * story's facts, each pointing at its bytes: the document's structure, its
 * sentences and tokens, and (in later stages) entities, quotations and
 * events.
 *
 * Use:
 *
 *     fw_analyzer *az = NULL;
 *     fw_batch *batch = NULL;
 *     fw_error err;
 *     if (fw_analyzer_new(NULL, &az, &err) != FW_OK) ...
 *     fw_input in = {.format = FW_FORMAT_AUTO, .path = "story.txt"};
 *     if (fw_analyze(az, bytes, len, &in, &batch, &err) != FW_OK) ...
 *     for (size_t i = 0; i < fw_batch_count(batch); i++) {
 *         const fw_doc *doc = fw_batch_doc(batch, i);
 *         ...
 *     }
 *     fw_batch_free(batch);
 *     fw_analyzer_free(az);
 *
 * Threads: an analyzer is immutable once built and may be shared by any
 * number of threads; a batch and its documents belong to one thread at a
 * time. Each thread keeps the memory of a few freed documents (at most
 * 8 MB) for its next ones, and gives it back when it ends. The library
 * never prints, exits or aborts; every failure is an fw_status, with its
 * position in an fw_error when the caller passes one.
 *
 * Text: input is a pointer and a length (no NUL needed). Every span is a
 * half-open [start, end) range of UTF-8 byte offsets into the document's
 * text (fw_doc_text); for plain-text input that text is the input itself,
 * so the offsets also index the file.
 */
#ifndef FIVEW_H
#define FIVEW_H

#include <stddef.h>
#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

#define FW_VERSION "0.1.0"
#define FW_SCHEMA "fivew/1" /* the output contract this library writes */

/* Inputs longer than this are rejected with FW_ETOOBIG. */
#define FW_MAX_INPUT ((size_t)64 << 20)

typedef enum fw_status {
    FW_OK = 0,
    FW_ENOMEM,   /* an allocation failed */
    FW_EINVAL,   /* a NULL or out-of-range argument */
    FW_EEMPTY,   /* the input holds no text */
    FW_EUTF8,    /* the input is not valid UTF-8 */
    FW_EBINARY,  /* the input holds a NUL or other binary data */
    FW_ETOOBIG,  /* the input is longer than FW_MAX_INPUT */
    FW_EFORMAT,  /* the input is malformed for its format */
    FW_EUNKNOWN, /* --format auto could not tell the input's format */
    FW_ESKIPPED, /* an item that is not text (picture, package): a
                    note, not a failure */
    FW_EIO       /* reading a file failed */
} fw_status;

/* A static English description of 'status'; never NULL. */
const char *fw_strerror(fw_status status);

/* Where and why something failed. 'byte' is an offset into the input the
 * caller passed; 'line' and 'column' are 1-based and 0 when unknown (they
 * are set for line-oriented and markup formats). 'detail' is a
 * NUL-terminated explanation, empty when fw_strerror() says it all. */
typedef struct fw_error {
    fw_status status; /* what went wrong */
    size_t byte;      /* offset of the offending byte in the input */
    size_t line;      /* 1-based line, or 0 */
    size_t column;    /* 1-based column in bytes, or 0 */
    char detail[160]; /* more about it, or "" */
} fw_error;

typedef struct fw_span {
    size_t start; /* byte offset into the document text */
    size_t end;   /* exclusive; start == end when absent */
} fw_span;

/* A string owned by a document: either a span of its text or a copy kept
 * in its memory. 'ptr' is NUL-terminated only when it is a copy; use
 * 'len'. ptr == NULL means absent. */
typedef struct fw_str {
    const char *ptr; /* first byte, or NULL when absent */
    size_t len;      /* length in bytes */
} fw_str;

/* ------------------------------------------------------------------ */
/* Formats                                                             */

typedef enum fw_format {
    FW_FORMAT_AUTO = 0, /* detect from the content */
    FW_FORMAT_TEXT,     /* plain text news copy */
    FW_FORMAT_NEWSML,   /* IPTC NewsML 1.2 (AFP), with its NITF body */
    FW_FORMAT_NITF,     /* IPTC NITF 3.x */
    FW_FORMAT_G2,       /* IPTC NewsML-G2: newsMessage or newsItem */
    FW_FORMAT_NINJS,    /* IPTC ninjs 1.x, 2.x, 3.x (JSON) */
    FW_FORMAT_ANPA,     /* ANPA-1312 (AP's 7-bit wire) */
    FW_FORMAT_IPTC7901, /* IPTC 7901 (dpa and others) */
    FW_FORMAT_JSONL,    /* JSON Lines: {"id": ..., "text": ...} a line */
    FW_FORMAT_COUNT
} fw_format;

/* The format's command-line name ("auto", "text", ...). */
const char *fw_format_name(fw_format format);

/* Looks up a command-line name; returns FW_EINVAL when unknown. */
fw_status fw_format_parse(const char *name, fw_format *format);

/* ------------------------------------------------------------------ */
/* Analyzer                                                            */

/* Stages an analyzer runs after reading; FW_STAGE_ALL by default. A
 * stage runs only with the stages before it. */
enum {
    FW_STAGE_TEXT = 1u << 0,     /* tokens and sentences */
    FW_STAGE_ENTITIES = 1u << 1, /* mentions and entities */
    FW_STAGE_QUOTES = 1u << 2,   /* quotations and their speakers */
    FW_STAGE_EVENTS = 1u << 3,   /* CAMEO events */
    FW_STAGE_ALL =
        FW_STAGE_TEXT | FW_STAGE_ENTITIES | FW_STAGE_QUOTES | FW_STAGE_EVENTS
};

/* Where dictionary readers report lines they could not use: 'path' and
 * 'line' (1-based) name the line, 'message' says why. */
typedef void (*fw_warn_fn)(void *ctx, const char *path, size_t line,
                           const char *message);

/* What an event dictionary file holds. */
typedef enum fw_dict_kind {
    FW_DICT_ACTORS,   /* TABARI/PETRARCH actors: PHRASE [CODE] */
    FW_DICT_AGENTS,   /* agents: PHRASE {PLURAL} [~CODE] */
    FW_DICT_VERBS,    /* TABARI verbs, or PETRARCH2's CAMEO.2.0 blocks */
    FW_DICT_DISCARDS, /* discard phrases */
    FW_DICT_OPTIONS,  /* a TABARI .options file */
    FW_DICT_ISSUES    /* PETRARCH issues: PHRASE [CODE] in categories */
} fw_dict_kind;

/* One event dictionary, as its file's bytes. */
typedef struct fw_dictionary {
    fw_dict_kind kind;
    const char *path; /* named in warnings; may be NULL */
    const char *data; /* the file's bytes (need not outlive the call) */
    size_t len;
} fw_dictionary;

typedef struct fw_config {
    unsigned stages; /* FW_STAGE_* bits; 0 means FW_STAGE_ALL */
    /* Event dictionaries read in addition to fivew's own, in order. */
    const fw_dictionary *dictionaries;
    size_t n_dictionaries;
    bool no_default_dictionaries; /* only 'dictionaries' */
    fw_warn_fn warn;              /* dictionary warnings; may be NULL */
    void *warn_ctx;
} fw_config;

typedef struct fw_analyzer fw_analyzer;

/* Builds an analyzer. 'config' may be NULL for the defaults. On success
 * '*out' must be freed with fw_analyzer_free(). 'err' may be NULL. */
fw_status fw_analyzer_new(const fw_config *config, fw_analyzer **out,
                          fw_error *err);

/* Frees an analyzer; NULL is ignored. No batch made with it may be used
 * afterwards. */
void fw_analyzer_free(fw_analyzer *az);

/* ------------------------------------------------------------------ */
/* Documents                                                           */

typedef struct fw_doc fw_doc;
typedef struct fw_batch fw_batch; /* the documents read from one input */

/* Describes one input. */
typedef struct fw_input {
    fw_format format; /* FW_FORMAT_AUTO to detect */
    const char *path; /* reported as source.path; may be NULL */
    const char *id;   /* document id when the format has none; NULL: the
                         stem of 'path', or "stdin" */
} fw_input;

/* Reads 'data' (any bytes, 'len' of them) as described by 'in' (NULL: auto
 * format, no path) and runs the analyzer's stages on every document in it.
 *
 * Returns FW_OK and sets '*out' to a batch, to be freed with
 * fw_batch_free(), when the input could be read. A batch may still hold
 * rejected items (see fw_batch_error). When the whole input is rejected,
 * '*out' is NULL, and 'err' (if not NULL) says where and why.
 *
 * The batch may point into 'data', which must outlive it. */
fw_status fw_analyze(const fw_analyzer *az, const char *data, size_t len,
                     const fw_input *in, fw_batch **out, fw_error *err);

/* Frees a batch and all its documents; NULL is ignored. */
void fw_batch_free(fw_batch *batch);

/* Items in the batch: documents and rejected items, in input order. */
size_t fw_batch_count(const fw_batch *batch);

/* Item 'i' as a document, or NULL when it was rejected or out of range. */
const fw_doc *fw_batch_doc(const fw_batch *batch, size_t i);

/* Why item 'i' was rejected, or NULL when it is a document. */
const fw_error *fw_batch_error(const fw_batch *batch, size_t i);

typedef enum fw_block_kind {
    FW_BLOCK_HEADLINE,
    FW_BLOCK_DATELINE,
    FW_BLOCK_BYLINE,
    FW_BLOCK_PARAGRAPH,
    FW_BLOCK_SUBHEAD,
    FW_BLOCK_TRAILER
} fw_block_kind;

/* "headline", "dateline", ... as in the output contract. */
const char *fw_block_kind_name(fw_block_kind kind);

typedef struct fw_block {
    fw_block_kind kind; /* what the block is */
    fw_span span;       /* its bytes, without the line break */
} fw_block;

typedef struct fw_dateline {
    fw_str place;  /* "MOSCOW", "WASHINGTON", "Berlin"; may be absent */
    fw_str date;   /* the date as written ("Dec 3, 2025"); may be absent */
    fw_str agency; /* "AFP", "AP", "Reuters", "dpa"; may be absent */
    fw_span span;  /* the whole dateline in the text; start == end when
                      it is not in the text (a wire item's metadata) */
} fw_dateline;

/* A time as the item gives it, and the same instant in UTC. */
typedef struct fw_time {
    fw_str raw; /* as written: "20140829T134951+0000"; absent: no time */
    fw_str utc; /* "2014-08-29T13:49:51Z"; absent when 'raw' lacks a
                   date or a zone (IPTC 7901's "131137 GMT Nov 13") */
} fw_time;

/* A key the reader kept as it found it: JSON Lines' other keys. */
typedef struct fw_field {
    fw_str key;  /* the key */
    fw_str json; /* its value, as compact JSON */
} fw_field;

/* What is known about a document besides its text. Wire formats fill
 * what their items carry; everything else is absent (or 0). */
typedef struct fw_meta {
    fw_str headline;             /* absent when the story has none */
    fw_str byline;               /* the name(s), without "By " */
    const fw_dateline *dateline; /* NULL when there is none */
    fw_str language;             /* BCP 47 tag; "en" for plain text */
    fw_str status;               /* "usable", "canceled", "withheld",
                                    "embargoed" */
    fw_str version;              /* the version number, as digits */
    fw_str version_label;        /* "1st Ld-Writethru", "UPDATE 1" */
    int priority;                /* 1 (flash) to 9, or 0 when unknown */
    int urgency;                 /* 1 (most urgent) to 9, or 0 */
    fw_time first_created;       /* when the story was first created */
    fw_time version_created;     /* when this version was */
    fw_time embargo;             /* not to be published before */
    fw_str slugline;             /* "BC-US--Earns-Nutrisystem" */
    const fw_str *keywords;      /* the item's keywords */
    size_t n_keywords;           /* their number */
    const fw_str *ednotes;       /* notes to editors ("Eds: ...") */
    size_t n_ednotes;            /* their number */
    fw_str provider;             /* "afp.com", "AP", "dpa" */
    const fw_field *fields;      /* JSON Lines: the other keys */
    size_t n_fields;             /* their number */
} fw_meta;

typedef enum fw_token_kind {
    FW_TOKEN_WORD,   /* letters, with inner hyphens, apostrophes, periods */
    FW_TOKEN_NUMBER, /* 42, 3.5, 1,000, 2nd, '90s */
    FW_TOKEN_PUNCT,  /* . , ; : ! ? ... ( ) and the like */
    FW_TOKEN_QUOTE,  /* a quotation mark, typographic or not */
    FW_TOKEN_DASH,   /* a free-standing dash: - -- en or em dash */
    FW_TOKEN_URL,    /* http(s)://..., www...., e-mail, @handle */
    FW_TOKEN_SYMBOL  /* $ % & # and other symbols */
} fw_token_kind;

/* fw_token.flags */
enum {
    FW_TOKEN_SPACE_BEFORE = 1u << 0, /* white space precedes it */
    FW_TOKEN_LINE_START = 1u << 1,   /* first token of a block (a line
                                        break inside one is a wrapper's) */
    FW_TOKEN_CAPITALIZED = 1u << 2,  /* starts with an upper-case letter */
    FW_TOKEN_ALL_CAPS = 1u << 3,     /* two or more letters, all upper */
    FW_TOKEN_ABBREV = 1u << 4,       /* a word ending in its own period */
    FW_TOKEN_OPENS = 1u << 5,        /* a quote mark that can open */
    FW_TOKEN_CLOSES = 1u << 6,       /* a quote mark that can close */
    FW_TOKEN_SINGLE = 1u << 7,       /* a single quote mark (else double) */
    FW_TOKEN_SENT_START = 1u << 8    /* first token of a sentence */
};

typedef struct fw_token {
    fw_span span;       /* its bytes */
    fw_token_kind kind; /* what it is */
    unsigned flags;     /* FW_TOKEN_* bits */
} fw_token;

typedef struct fw_sentence {
    fw_span span;       /* from its first token to its last */
    size_t first_token; /* index of its first token */
    size_t token_count; /* number of tokens, at least 1 */
} fw_sentence;

/* Marks an index that points nowhere (a mention without an entity). */
#define FW_NONE ((size_t)-1)

typedef enum fw_mention_kind {
    FW_MENTION_NAME,    /* the proper name alone: "Dmitry Peskov" */
    FW_MENTION_TITLE,   /* a title or role: "Kremlin spokesman" */
    FW_MENTION_NOMINAL, /* a description: "the Russian president" */
    FW_MENTION_PRONOUN, /* he, she, it, they, his, ... */
    FW_MENTION_DEMONYM  /* "Russian" in "Russian troops" */
} fw_mention_kind;

/* "name", "title", ... as in the output contract. */
const char *fw_mention_kind_name(fw_mention_kind kind);

typedef enum fw_entity_type {
    FW_ENTITY_PERSON,
    FW_ENTITY_ORGANIZATION,
    FW_ENTITY_PLACE,
    FW_ENTITY_GROUP
} fw_entity_type;

/* "person", "organization", "place", "group". */
const char *fw_entity_type_name(fw_entity_type type);

typedef struct fw_mention {
    fw_span span;         /* its bytes */
    fw_mention_kind kind; /* what it is */
    size_t entity;        /* index in fw_doc_entities(), or FW_NONE */
} fw_mention;

typedef struct fw_entity {
    const char *id;         /* "E1", "E2", ... in order of first mention */
    fw_str name;            /* canonical: the fullest proper form */
    fw_entity_type type;    /* person, organization, place or group */
    const fw_str *titles;   /* titles and roles ("US President") */
    size_t n_titles;        /* their number */
    const char *country;    /* ISO 3166 alpha-3 code, or NULL */
    const size_t *mentions; /* indices in fw_doc_mentions(), text order */
    size_t n_mentions;      /* their number, at least 1 */
} fw_entity;

typedef enum fw_quote_kind {
    FW_QUOTE_DIRECT,   /* the whole content in quotation marks */
    FW_QUOTE_MIXED,    /* reported speech with a quoted fragment */
    FW_QUOTE_INDIRECT, /* reported speech without quotation marks */
    FW_QUOTE_NESTED,   /* a quotation inside a quotation */
    FW_QUOTE_SUBHEAD   /* an AFP subhead quoting the body */
} fw_quote_kind;

/* "direct", "mixed", ... as in the output contract. */
const char *fw_quote_kind_name(fw_quote_kind kind);

typedef struct fw_quote {
    const char *id;       /* "Q1", "Q2", ... in text order */
    fw_quote_kind kind;   /* what kind of quotation */
    fw_span content;      /* what was said, without the quotation marks;
                             for several parts, from the first to the last */
    const fw_span *parts; /* the parts, when the attribution or a
                             paragraph break splits the content */
    size_t n_parts;       /* their number: 1 when not split */
    fw_span cue;          /* "said", "told reporters", "according to";
                             start == end when there is none */
    fw_span source;       /* the words naming the speaker here ("he",
                             "Kremlin spokesman Dmitry Peskov"); start ==
                             end when there are none */
    size_t speaker;       /* index in fw_doc_entities(), or FW_NONE */
} fw_quote;

/* Who did what to whom, in CAMEO. */
typedef struct fw_event_actor {
    const char *code; /* CAMEO actor code: "RUS", "USAGOV", "IGOWSTNAT" */
    size_t entity;    /* index in fw_doc_entities(), or FW_NONE */
    fw_span span;     /* the words naming the actor here; start == end
                         for a default actor */
} fw_event_actor;

/* An issue (PETRARCH's issue lists) the event's sentence raises. */
typedef struct fw_event_issue {
    const char *code;     /* "POSTSECONDARY_EDUCATION" */
    const char *category; /* its list's category, "EDUCATION", or "" */
    unsigned count;       /* how many of its phrases the sentence has */
} fw_event_issue;

typedef struct fw_event {
    const char *id;   /* "V1", "V2", ... in text order */
    const char *code; /* CAMEO event code: "0332" */
    char root[3];     /* its first two digits: "03" */
    const char *quad; /* "VC" verbal, "MC" material cooperation; "VK"
                         verbal, "MK" material conflict */
    double goldstein; /* Goldstein scale value, -10 to +10 */
    fw_event_actor source, target;
    fw_span cue;      /* the verb (phrase) that codes it */
    fw_span sentence; /* the sentence */
    const char *date; /* "2025-12-03" (time phrases applied), or NULL
                         when the document has no date */
    const fw_event_issue *issues; /* by first occurrence in the sentence */
    size_t n_issues;
} fw_event;

/* The document's id: the format's own, else the input's 'id' or path
 * stem. NUL-terminated; never NULL. */
const char *fw_doc_id(const fw_doc *doc);

/* The text every span indexes; '*len' receives its length. */
const char *fw_doc_text(const fw_doc *doc, size_t *len);

/* The format the document was read as. */
fw_format fw_doc_format(const fw_doc *doc);

const fw_meta *fw_doc_meta(const fw_doc *doc);

/* Arrays owned by the document, in text order; '*count' receives their
 * length (0 when the stage did not run). */
const fw_block *fw_doc_blocks(const fw_doc *doc, size_t *count);
const fw_sentence *fw_doc_sentences(const fw_doc *doc, size_t *count);
const fw_mention *fw_doc_mentions(const fw_doc *doc, size_t *count);
const fw_entity *fw_doc_entities(const fw_doc *doc, size_t *count);
const fw_quote *fw_doc_quotes(const fw_doc *doc, size_t *count);
const fw_event *fw_doc_events(const fw_doc *doc, size_t *count);

/* Tokens are stored compactly; fw_doc_token() unpacks token 'i' (which
 * must be below fw_doc_token_count()). */
size_t fw_doc_token_count(const fw_doc *doc);
fw_token fw_doc_token(const fw_doc *doc, size_t i);

/* ------------------------------------------------------------------ */
/* Validating event dictionaries                                       */

/* The outcome of a validation run. */
typedef struct fw_validation {
    size_t records;     /* records coded, tests or not */
    size_t passed;      /* tests whose coding matched their expectations
                           (deactivated ones included) */
    size_t failed;      /* tests whose coding did not */
    size_t deactivated; /* passed records whose only expectations are
                           "-{...}": nothing was checked */
    size_t warnings;    /* dictionary and option lines skipped */
} fw_validation;

/* What a validation run reports as it goes. Any member may be NULL. */
typedef struct fw_validate_hooks {
    /* A failed test: the text file and the line where the record
     * starts, its id, the codings expected and those found ("ARN / GON
     * / 064; GON / ARN / 033", "no event", "complex", "discard"). */
    void (*mismatch)(void *ctx, const char *path, size_t line, const char *id,
                     const char *expected, const char *got);
    fw_warn_fn warn;
    void *ctx;
} fw_validate_hooks;

/* Runs a validation project in TABARI's format: the .project file at
 * 'project' names the actors, verbs, agents, options and text files
 * (relative to its directory); each record of the text file is coded
 * and compared with the codings its comment expects ({ SOURCE / TARGET
 * / CODE }, {---} no event, {+++} too complex, {###} discarded), and {
 * OPTION: ... } records change the options as they come. A record
 * without any expectation ends the run, as TABARI's final record does.
 *
 * Returns FW_OK with '*out' filled when the files could be read, else
 * FW_EIO (or FW_ENOMEM) with 'err' naming the file. */
fw_status fw_validate(const char *project, const fw_validate_hooks *hooks,
                      fw_validation *out, fw_error *err);

/* ------------------------------------------------------------------ */
/* Output                                                              */

enum {
    FW_JSON_NO_TEXT = 1u << 0,   /* leave out "text" */
    FW_JSON_SENTENCES = 1u << 1, /* add "sentences" */
    FW_JSON_PRETTY = 1u << 2     /* indent; otherwise one line */
};

/* Writes the document as one JSON object of the output contract, ending
 * in a newline. '*json' is allocated with malloc() and owned by the
 * caller (free() it); '*len' receives its length without the final NUL.
 * 'path' is written as source.path (may be NULL). */
fw_status fw_doc_to_json(const fw_doc *doc, unsigned flags, char **json,
                         size_t *len);

#ifdef __cplusplus
}
#endif

#endif
