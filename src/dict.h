/*
 * dict.h - event dictionaries: actors, agents, verbs with their
 * patterns, synonym sets, nouns, adjectives, time shifts and discards,
 * in the form the coder matches (dict.c reads them; coder.c uses them).
 *
 * The model is TABARI's, which PETRARCH's files also fit: every entry is
 * a *root*, a phrase of *literals* (upper-case words) joined by
 * connectors, with a word type and what that type carries (an actor's
 * codes, a verb's patterns). A literal may match a text word whole or,
 * when the phrase allows it, as a stem ("ARGENTIN" matches "ARGENTINA");
 * words between the elements of a phrase may be skipped unless the
 * connector is '_'.
 */
#ifndef FW_DICT_H
#define FW_DICT_H

#include "internal.h"

/* What a root is. The order is the coder's too. */
typedef enum fw_wtype {
    FW_W_NULL = 0,
    FW_W_ACTOR,
    FW_W_AGENT,
    FW_W_VERB,
    FW_W_NOUN,   /* a listed noun; a verb made a noun by context */
    FW_W_ADJ,    /* a listed adjective */
    FW_W_TIME,   /* a time-shifting phrase ("yesterday") */
    FW_W_DETERM, /* a, an, the */
    FW_W_CONJ,   /* and, but, nor, or */
    FW_W_AUX,    /* was, were, been: passive voice */
    FW_W_BY,     /* by: passive voice */
    FW_W_PRONOUN,
    FW_W_PREP,
    FW_W_FORMER, /* "former": an agent prefix */
    FW_W_DISCARD /* a discard phrase: the sentence is not coded */
} fw_wtype;

/* Connector bits after a phrase element. */
enum {
    FW_C_PARTIAL = 1u << 0, /* the element may match a word's stem */
    FW_C_SKIP = 1u << 1,    /* words may come between it and the next */
    FW_C_EXACT = 1u << 2    /* '=': no regular endings either */
};

/* A phrase element. Patterns add the markers. */
typedef enum fw_ekind {
    FW_E_LIT,    /* a literal (index in the literal table) */
    FW_E_SYNSET, /* a synonym set (index) */
    FW_E_SOURCE, /* '$' */
    FW_E_TARGET, /* '+' */
    FW_E_CMPD,   /* '%': a compound actor */
    FW_E_SKIPACT /* '^': an actor skipped over */
} fw_ekind;

typedef struct fw_elem {
    uint32_t value; /* literal or synset index */
    uint8_t kind;   /* fw_ekind */
    uint8_t conn;   /* FW_C_* after this element */
} fw_elem;

/* A phrase: a run of elements in the element table. */
typedef struct fw_phrase {
    uint32_t first; /* index of its first element */
    uint16_t len;   /* number of elements */
    uint16_t chars; /* letters in its literals: longer phrases win */
} fw_phrase;

/* An event code as a dictionary writes it: "064", "032:033", "031!",
 * "---" (none), "###" (discard), "+++" (complex). */
typedef struct fw_code {
    char main[8];  /* source -> target */
    char pair[8];  /* target -> source, or "" */
    bool dominant; /* '!': the sentence's only event in CODE ALL */
    bool weak;     /* '?': an attribution verb, coded only alone */
} fw_code;

/* An actor code, maybe for a period only. */
typedef struct fw_actor_code {
    char code[24];    /* "USAGOV"; "---" none; several joined by '/' */
    uint8_t when;     /* 0 always, '<' before, '>' after, '-' between */
    int32_t from, to; /* days since 1970-01-01 */
} fw_actor_code;

/* A verb pattern: elements before the verb (nearest first) and after. */
typedef struct fw_pattern {
    fw_phrase upper; /* before the verb, read leftward from it */
    fw_phrase lower; /* after the verb */
    fw_code code;
    uint32_t verb;   /* whose pattern it is */
    uint32_t req;    /* its literals, in fw_dict.req: a sentence */
    uint16_t n_req;  /* without one of them cannot match it */
    uint16_t length; /* characters of the pattern text: longer first */
    bool adjacent;   /* "*_WORD": the lower phrase follows the verb at
                        once */
    uint32_t line;   /* where it was read */
} fw_pattern;

typedef struct fw_verb {
    fw_code code;       /* of the verb alone */
    uint32_t first_pat; /* its patterns, longest first */
    uint32_t n_pats;
} fw_verb;

typedef struct fw_root {
    fw_phrase phrase;
    uint8_t wtype;     /* fw_wtype */
    uint8_t end;       /* how the last literal ends: FW_C_* */
    uint32_t value;    /* actor: first code; agent: code; verb: verb;
                          time: shift; pronoun: kind */
    uint16_t n_values; /* actor: number of codes */
    uint32_t order;    /* dictionary order: earlier wins ties */
    uint32_t req;      /* its literals after the first, in fw_dict.req */
    uint16_t n_req;
} fw_root;

/* An agent code: "~GOV" suffixes the actor code, "NGO~" prefixes it. */
typedef struct fw_agent_code {
    char code[16];
    bool prefix;
} fw_agent_code;

typedef struct fw_literal {
    uint32_t str; /* offset of the NUL-terminated text */
    uint16_t len;
    uint16_t starts; /* 1 << fw_wtype of each root that starts with it */
    uint32_t roots;  /* the roots that start with it: chain[roots ..
                        roots + n_roots) */
    uint32_t n_roots;
} fw_literal;

/* Options a TABARI .options file or validation record sets. */
typedef struct fw_coder_opts {
    int min_words;            /* shorter records are not coded */
    int comma_min, comma_max; /* comma-delimited clauses nulled */
    int comma_bmin, comma_bmax, comma_emin, comma_emax;
    int cplx_verbs, cplx_conj; /* complexity limits, 0 off */
    bool cplx_noactprior;      /* no actor before the verb: complex */
    bool convert_agents;       /* lone agents act as actors */
    bool time_shift;
    bool yyyy;           /* record dates have four-digit years */
    int code_by;         /* 0 clause, 1 sentence, 2 all */
    bool forward;        /* subjects carry to the next sentence */
    char forward_id[24]; /* where record ids hold the story (N) and
                            sentence (S) numbers: "^^*****NNN*SSS" */
    char default_source[16], default_target[16];
    bool default_prior, default_after;
    bool strict; /* fivew's reading of news, not TABARI's:
                    the source before the verb, the target
                    after it and before the next comma */
} fw_coder_opts;

struct fw_dict {
    fw_arena arena;
    /* strings */
    char *strings;
    size_t n_strings, cap_strings;
    /* literals, with an open-addressing index by hash */
    fw_literal *lits;
    size_t n_lits, cap_lits;
    uint32_t *lit_index;
    size_t lit_mask;
    size_t lit_maxlen; /* longest literal */
    /* roots and, per literal, the chain of roots starting with it */
    fw_root *roots;
    size_t n_roots, cap_roots;
    /* per literal, the roots starting with it, grouped by the literal
     * they need next (together: one cache line serves a few) */
    struct fw_chain {
        uint32_t root;
        uint32_t key;  /* the literal it needs after its first, or
                          UINT32_MAX */
        uint32_t skip; /* where its group ends */
    } * chain;
    /* phrase elements, synsets */
    fw_elem *elems;
    size_t n_elems, cap_elems;
    fw_phrase *syn_members; /* all members, synset after synset */
    size_t n_syn_members, cap_syn_members;
    struct fw_req_ref { /* per member: the literals it needs */
        uint32_t first;
        uint16_t n;
    } * syn_req;
    struct fw_synset {
        uint32_t name;  /* string offset */
        uint32_t first; /* in syn_members */
        uint32_t n;
    } * synsets;
    size_t n_synsets, cap_synsets;
    /* values */
    fw_actor_code *acodes;
    size_t n_acodes, cap_acodes;
    fw_agent_code *agcodes;
    size_t n_agcodes, cap_agcodes;
    fw_verb *verbs;
    size_t n_verbs, cap_verbs;
    fw_pattern *pats;
    size_t n_pats, cap_pats;
    /* counts for reports */
    size_t n_actor_phrases, n_agent_phrases, n_verb_phrases, n_patterns;
    size_t n_discards;
    /* issues (PETRARCH): phrases of normalised words ("EARLY CHILDHOOD
     * EDUCATION": upper case, no periods, one space between words), each
     * with its code, hashed in issue_index by fw_dict_freeze */
    struct fw_issue_phrase {
        uint32_t str; /* string offset */
        uint32_t len;
        int32_t code; /* in issue_codes, or FW_ISSUE_IGNORE* */
    } * issue_phrases;
    size_t n_issue_phrases, cap_issue_phrases;
    struct fw_issue_code {
        uint32_t code;     /* string offset: "TEACHERS" */
        uint32_t category; /* string offset: "EDUCATION", or "" */
    } * issue_codes;
    size_t n_issue_codes, cap_issue_codes;
    uint32_t *issue_code_index; /* code + 1 by hash of its text, 0: none */
    size_t issue_code_mask;
    uint32_t *issue_index; /* phrase + 1 by hash, 0 for none */
    size_t issue_mask;
    size_t issue_maxwords; /* words in the longest phrase */
    bool has_story_ignores;
    fw_coder_opts opts;
    uint32_t ext_root;     /* the root of actors given by the caller */
    uint64_t *prefix_bits; /* fw_dict_maybe's bits (fw_dict_freeze) */
    uint32_t prefix_mask;  /* its number of slots, less one */
    uint32_t *req; /* literals roots and patterns need (fw_dict_freeze) */
    size_t n_req, cap_req;
    bool frozen; /* patterns sorted, ready for the coder */
};

typedef struct fw_dict fw_dict;

/* Where readers report lines they could not use. */
typedef struct fw_dict_warn {
    void (*fn)(void *ctx, const char *path, size_t line, const char *msg);
    void *ctx;
    size_t count;
} fw_dict_warn;

fw_dict *fw_dict_new(void);
void fw_dict_free(fw_dict *d);

/* Readers: 'text' is the whole file. They add what they can and warn
 * about the rest; FW_ENOMEM is the only failure. */
fw_status fw_dict_read_actors(fw_dict *d, const char *text, size_t len,
                              const char *path, fw_dict_warn *w);
fw_status fw_dict_read_agents(fw_dict *d, const char *text, size_t len,
                              const char *path, fw_dict_warn *w);
fw_status fw_dict_read_verbs(fw_dict *d, const char *text, size_t len,
                             const char *path, fw_dict_warn *w);
fw_status fw_dict_read_discards(fw_dict *d, const char *text, size_t len,
                                const char *path, fw_dict_warn *w);
/* PETRARCH's issue list: "PHRASE [CODE]" in <ISSUE CATEGORY="..."> blocks,
 * "n:" and "v:" making a word's regular forms, "+" joining words with a
 * space or a hyphen, "~PHRASE" (sentence) and "~~PHRASE" (story)
 * cancelling the issues where they occur. */
enum { FW_ISSUE_IGNORE = -1, FW_ISSUE_IGNORE_STORY = -2 };
fw_status fw_dict_read_issues(fw_dict *d, const char *text, size_t len,
                              const char *path, fw_dict_warn *w);
/* The code of the issue phrase s[0..len) (normalised, 'h' its
 * fw_lit_hash), FW_ISSUE_IGNORE*, or INT32_MAX when it is none. */
int32_t fw_dict_issue(const fw_dict *d, const char *s, size_t len, uint32_t h);
/* A TABARI .options file, or one "OPTION:" command of a validation
 * record. */
fw_status fw_dict_read_options(fw_dict *d, const char *text, size_t len,
                               const char *path, fw_dict_warn *w);
void fw_dict_apply_option(fw_dict *d, const char *line, size_t len,
                          const char *path, size_t lineno, fw_dict_warn *w);

/* The built-in closed-class words (determiners, conjunctions, pronouns,
 * auxiliaries, prepositions) every dictionary needs. */
fw_status fw_dict_add_builtins(fw_dict *d);

/* Sorts patterns and indexes what the coder needs; call once, after the
 * last reader. */
fw_status fw_dict_freeze(fw_dict *d);

/* Literals: the index of the literal spelt s[0..len) (upper case), or
 * UINT32_MAX. The _h form takes the hash, built a byte at a time with
 * fw_lit_hash_step from FW_LIT_HASH_INIT (FNV-1a), so that a word's
 * prefixes are looked up without hashing each anew. */
uint32_t fw_dict_literal(const fw_dict *d, const char *s, size_t len);
uint32_t fw_dict_literal_h(const fw_dict *d, const char *s, size_t len,
                           uint32_t h);

#define FW_LIT_HASH_INIT 2166136261u
static inline uint32_t fw_lit_hash_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 16777619u;
}

/* Two bits for each hash slot (fw_dict_freeze): could a string with
 * this hash be the prefix of a literal, and could it be a literal? A
 * word's prefixes are hashed a byte at a time; the walk stops at the
 * first that cannot begin a literal, and only those that may be one are
 * looked up. The table is sized to the dictionaries, so that fivew's
 * own stay in the first-level cache. */
enum { FW_MAYBE_PREFIX = 1, FW_MAYBE_LITERAL = 2 };
static inline unsigned fw_dict_maybe(const fw_dict *d, uint32_t h)
{
    uint32_t b = (h & d->prefix_mask) * 2;
    return (unsigned)(d->prefix_bits[b >> 6] >> (b & 63)) & 3;
}

static inline const char *fw_dict_str(const fw_dict *d, uint32_t off)
{
    return d->strings + off;
}

/* A sentence's literals as a Bloom filter: roots and patterns whose
 * literals are not all in it are not tried. */
#define FW_LIT_BLOOM_WORDS 16
static inline uint32_t fw_lit_bloom_bit(uint32_t lit)
{
    return (lit * 2654435761u) >> 22; /* 0 .. 1023 */
}

/* Days since 1970-01-01 (negative before) of a TABARI date: YYMMDD
 * (00-30 -> 20YY) or YYYYMMDD; FW_NO_DATE when it is not one. */
#define FW_NO_DATE INT32_MIN
int32_t fw_dict_date(const char *s, size_t len);

#endif
