/*
 * lexicon.h - the word table compiled from the data/ TSV files and
 * Debian's iso-codes at build time.
 *
 * Every lower-case form that any lexicon lists gets one fw_lex_word with
 * the features of all the lexicons that list it. A form of several
 * tokens ("prime minister", "white house") is a phrase: its first word
 * carries FW_LEX_PHRASE and the length of the longest phrase it starts,
 * and the phrase itself is looked up with its tokens joined by single
 * spaces.
 */
#ifndef FW_LEXICON_H
#define FW_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "lexhash.h"

/* fw_lex_word.feats: which lexicons list the form. */
enum {
    FW_LEX_ABBREV = 1u << 0,      /* abbreviations.tsv: ends in its period */
    FW_LEX_FUNCTION = 1u << 1,    /* function_words.tsv: closed-class word */
    FW_LEX_MONTH = 1u << 2,       /* calendar.tsv: month name */
    FW_LEX_WEEKDAY = 1u << 3,     /* calendar.tsv: day of the week */
    FW_LEX_AGENCY = 1u << 4,      /* agencies.tsv: a news agency */
    FW_LEX_GIVEN = 1u << 5,       /* given_names.tsv (gender) */
    FW_LEX_SURNAME = 1u << 6,     /* surnames.tsv */
    FW_LEX_HONORIFIC = 1u << 7,   /* honorifics.tsv (gender) */
    FW_LEX_TITLE = 1u << 8,       /* titles.tsv (title class, gender) */
    FW_LEX_TITLE_MOD = 1u << 9,   /* title_modifiers.tsv */
    FW_LEX_ORG_WORD = 1u << 10,   /* org_words.tsv (org kind) */
    FW_LEX_ORG = 1u << 11,        /* organizations.tsv (canon, kind,
                                     country) */
    FW_LEX_PLACE = 1u << 12,      /* countries, cities, regions (kind,
                                     country) */
    FW_LEX_DEMONYM = 1u << 13,    /* demonyms.tsv (country, plural) */
    FW_LEX_PRONOUN = 1u << 14,    /* pronouns.tsv (pron bits, gender) */
    FW_LEX_COMMON = 1u << 15,     /* common_words.tsv */
    FW_LEX_PLACE_NOUN = 1u << 16, /* place_nouns.tsv (position) */
    FW_LEX_MISC = 1u << 17,       /* misc_names.tsv: never an entity */
    FW_LEX_PHRASE = 1u << 18,     /* first word of a multi-token form */
    FW_LEX_CONTEXT = 1u << 19,    /* context_words.tsv (ctx bits) */
    FW_LEX_CUE = 1u << 20,        /* cues.tsv (cue class) */
    FW_LEX_PERIOD = 1u << 21,     /* calendar.tsv: a period of time ("week",
                                     "years", "era") */
    FW_LEX_PAST = 1u << 22        /* past_forms.tsv: an irregular past */
};

/* fw_lex_word.cue: what a cue reports. */
enum {
    FW_CUE_SPEECH = 1, /* said, told, insisted */
    FW_CUE_THOUGHT,    /* believes, fears */
    FW_CUE_INTENT,     /* wants, vowed, urged */
    FW_CUE_EVIDENCE,   /* found, showed */
    FW_CUE_ACCORDING,  /* according to: the source follows */
    FW_CUE_QUOTING,    /* praised, mocked: reports only words quoted */
    FW_CUE_VIEWING,    /* sees, regards: only "X as Y" or "that" */
    FW_CUE_SEEMING     /* seems, appears: the writer's own evidence */
};

/* fw_lex_word.ctx: what a word says about a name next to it. */
enum {
    FW_CTX_SPEECH = 1 << 0,     /* "X said" */
    FW_CTX_PERSON = 1 << 1,     /* "X thinks" */
    FW_CTX_LED = 1 << 2,        /* "the X administration" */
    FW_CTX_GREETING = 1 << 3,   /* "Hi X" */
    FW_CTX_CLOSING = 1 << 4,    /* "Regards," X */
    FW_CTX_LOCATIVE = 1 << 5,   /* "in X" */
    FW_CTX_PARTICLE = 1 << 6,   /* "von der Leyen", "bin Laden" */
    FW_CTX_SUBORD = 1 << 7,     /* opens a clause: "that", "but", "which" */
    FW_CTX_PERSONAL = 1 << 8,   /* only a person has it: "X's funeral" */
    FW_CTX_ORG_NOUN = 1 << 9,   /* names the kind of an organisation before
                                   its name: "retailer X" */
    FW_CTX_CORPORATE = 1 << 10, /* only an organisation has it: "X's
                                   shareholders", "X employees" */
    FW_CTX_HUMAN = 1 << 11,     /* a noun for a person: "X, a local man" */
    FW_CTX_TEAM = 1 << 12,      /* what a team has: "the Comets game" */
    FW_CTX_PRIZE = 1 << 13,     /* ends a prize's name, no entity: "the
                                   Nobel Prize", "the Stanley Cup" */
    FW_CTX_OCCASION = 1 << 14,  /* an occasion of speech: "in an
                                   interview", "in a statement" */
    FW_CTX_GATHERING = 1 << 15  /* where people speak, or what: "at a
                                   rally", "his performance at the debate" */
};

/* fw_lex_word.abbrev: how an abbreviation behaves at a period. */
enum {
    FW_ABBR_OTHER = 1, /* Inc. U.S. etc.: may end a sentence */
    FW_ABBR_TITLE,     /* Mr. Gen. Sen.: a name follows, never ends one */
    FW_ABBR_MONTH,     /* Dec. Sept.: a day follows */
    FW_ABBR_SUFFIX,    /* Jr. Sr.: closes a name */
    FW_ABBR_STATE,     /* Calif. Ala.: US state, only after a comma */
    FW_ABBR_NUMERAL    /* No. Vol.: only before a number */
};

/* fw_lex_word.func: the function word's class. */
enum {
    FW_FUNC_DET = 1, /* the, a, this */
    FW_FUNC_PRON,    /* he, they, it */
    FW_FUNC_PREP,    /* of, in, with */
    FW_FUNC_CONJ,    /* and, but, because */
    FW_FUNC_AUX,     /* is, has, will */
    FW_FUNC_ADV,     /* not, also, then */
    FW_FUNC_WH       /* who, what, when */
};

/* fw_lex_word.gender */
enum { FW_GENDER_NONE = 0, FW_GENDER_M, FW_GENDER_F, FW_GENDER_N, FW_GENDER_U };

/* fw_lex_word.title: the class of a title. */
enum {
    FW_TITLE_HEAD = 1,
    FW_TITLE_MINISTER,
    FW_TITLE_LEGISLATOR,
    FW_TITLE_OFFICIAL,
    FW_TITLE_SPOKESPERSON,
    FW_TITLE_DIPLOMAT,
    FW_TITLE_MILITARY,
    FW_TITLE_JUDICIAL,
    FW_TITLE_RELIGIOUS,
    FW_TITLE_ROYAL,
    FW_TITLE_FAMILY,
    FW_TITLE_BUSINESS,
    FW_TITLE_ACADEMIC,
    FW_TITLE_MEDIA,
    FW_TITLE_POLITICAL,
    FW_TITLE_POLICE,
    FW_TITLE_SPORT,
    FW_TITLE_CULTURE,
    FW_TITLE_OTHER
};

/* fw_lex_word.org: the kind of an organisation or organisation word. */
enum {
    FW_ORG_GOVERNMENT = 1,
    FW_ORG_PARTY,
    FW_ORG_MILITARY,
    FW_ORG_COMPANY,
    FW_ORG_EDUCATION,
    FW_ORG_MEDIA,
    FW_ORG_NGO,
    FW_ORG_SPORT,
    FW_ORG_RELIGIOUS,
    FW_ORG_POLICE,
    FW_ORG_LEGISLATURE,
    FW_ORG_COURT,
    FW_ORG_INTL,
    FW_ORG_ARMED_GROUP,
    FW_ORG_SEAT
};

/* fw_lex_word.place: the kind of a place. */
enum {
    FW_PLACE_COUNTRY = 1,
    FW_PLACE_CAPITAL,
    FW_PLACE_CITY,
    FW_PLACE_SUBDIVISION,
    FW_PLACE_REGION
};

/* fw_lex_word.pron: person (1..3) in the low bits, and: */
enum {
    FW_PRON_PERSON = 3, /* mask of the person */
    FW_PRON_PLURAL = 1 << 2,
    FW_PRON_SUBJ = 1 << 3,
    FW_PRON_OBJ = 1 << 4,
    FW_PRON_POSS = 1 << 5,
    FW_PRON_REFL = 1 << 6
};

/* fw_lex_word.flags */
enum {
    FW_LEXF_CAPS = 1,   /* counts only written in capitals (WHO, AP) */
    FW_LEXF_PLURAL = 2, /* a plural demonym noun (Russians) */
    FW_LEXF_BEFORE = 4, /* place noun: the name stands before it */
    FW_LEXF_AFTER = 8,  /* place noun: the name stands after it */
    FW_LEXF_PART = 16,  /* place noun: names a part of the place after
                           it ("North", "Greater") */
    FW_LEXF_CANON = 32  /* has a canonical name (fw_lex_canon) */
};

/* fw_lex_word.cue_flags: how a cue's form is used (cues.tsv). */
enum {
    FW_CUEF_OBJECT = 1,  /* the hearer comes first ("told X that") */
    FW_CUEF_BASE = 2,    /* the bare form ("plan"), maybe a noun */
    FW_CUEF_PLURAL = 4,  /* an -s form that is a plural noun too ("reports") */
    FW_CUEF_TAG = 8,     /* reports only as a quotation's tag or before a
                            colon ("he continued."), not with an object
                            ("continued his attacks") */
    FW_CUEF_NOUN = 16,   /* a noun only: reports the clause after "that"
                            ("his assertion that") */
    FW_CUEF_CLAUSE = 32, /* reports a clause, never an object: "maintained
                            (that) they were", not "maintained his lead" */
    FW_CUEF_STATE = 64,  /* a participle that after "be" is the subject's
                            state of mind, not a passive: "is worried
                            that", "are opposed to" */
    FW_CUEF_AMOUNT = 128 /* a verb of change too, before an amount:
                            "shares added 6 cents", "declined 4
                            percent" */
};

/* No form is longer than this many bytes. */
#define FW_LEX_MAX_FORM 60

typedef struct fw_lex_word {
    uint64_t head;     /* the form's first eight bytes (as memcpy reads
                          them), zero past its end: a lookup compares most
                          forms whole without the string pool */
    uint32_t str;      /* offset of the form in the string pool */
    uint32_t feats;    /* FW_LEX_* bits */
    uint16_t ctx;      /* FW_CTX_* bits */
    uint8_t len;       /* length of the form in bytes */
    uint8_t number;    /* month or weekday number, from 1 */
    uint8_t country;   /* country index + 1 (fw_country_code), or 0 */
    uint8_t abbrev;    /* FW_ABBR_*, or 0 */
    uint8_t func;      /* FW_FUNC_*, or 0 */
    uint8_t gender;    /* FW_GENDER_* */
    uint8_t title;     /* FW_TITLE_*, or 0 */
    uint8_t org;       /* FW_ORG_*, or 0 */
    uint8_t place;     /* FW_PLACE_*, or 0 */
    uint8_t pron;      /* FW_PRON_* bits, or 0 */
    uint8_t flags;     /* FW_LEXF_* bits */
    uint8_t phrase;    /* tokens in the longest phrase it starts, or 0 */
    uint8_t cue;       /* FW_CUE_*, or 0 */
    uint8_t cue_flags; /* FW_CUEF_* bits */
} fw_lex_word;

/* The generated tables, for the inline lookup below. */
typedef struct fw_lex_table {
    const uint32_t *index;    /* slots: id | tag of the hash */
    size_t mask;              /* slots - 1 */
    const fw_lex_word *words; /* by id; [0] is all zero */
    const uint32_t *canon;    /* by id: offset of the canonical name in
                                 the string pool + 1, or 0 */
    const char *strings;      /* forms and names, NUL-terminated */
    size_t n_words;           /* ids run from 1 to n_words */
    size_t n_countries;       /* entries of the country table */
    const uint32_t *phrases;  /* phrase index: id | tag, by phrase hash */
    size_t phrase_mask;       /* its slots - 1 */
    const uint64_t *prefixes; /* bit set: hashes of the phrases' prefixes
                                 of two tokens or more */
    size_t prefix_mask;       /* its bits - 1 */
    const uint64_t *abbrevs;  /* bit set: hashes of the abbreviations */
    size_t abbrev_mask;       /* its bits - 1 */
} fw_lex_table;

extern const fw_lex_table fw_lex;

/* The word with lower-case form s[0..len), as an id from 1, or 0. */
uint32_t fw_lex_lookup(const char *s, size_t len);

/* The word or phrase that text s[0..len) writes, in any case, its words
 * set apart by single spaces ("New Delhi", "PARIS"), or 0. */
uint32_t fw_lex_lookup_text(const char *s, size_t len);

/* The same when 'hash' = fw_hash_bytes(s, len) is already known. */
uint32_t fw_lex_lookup_hashed(uint32_t hash, const char *s, size_t len);

/* The same for an ASCII word s[0..len) in any case (letters, digits and
 * - . ' &), 'hash' being fw_hash_ascii_word() of it; 'avail' >= len bytes
 * may be read from 's'. */
uint32_t fw_lex_lookup_ascii_any(uint32_t hash, const char *s, size_t len,
                                 size_t avail);

/* The same, inline for the common case, asked once a word: a word of
 * eight bytes or fewer, lower-cased and zero past its end, is compared
 * with a record's head in one step, without the string pool. */
static inline uint32_t fw_lex_lookup_ascii(uint32_t hash, const char *s,
                                           size_t len, size_t avail)
{
    if (len > 8 || avail < 8)
        return fw_lex_lookup_ascii_any(hash, s, len, avail);
    uint64_t key;
    memcpy(&key, s, 8);
    key = (key | 0x2020202020202020ull) & (~0ull >> (8 * (8 - len)));
    uint32_t tag = hash & ~FW_LEX_ID_MASK;
    for (size_t i = hash & fw_lex.mask;; i = (i + 1) & fw_lex.mask) {
        uint32_t slot = fw_lex.index[i];
        if (slot == 0)
            return 0;
        if ((slot & ~FW_LEX_ID_MASK) != tag)
            continue;
        const fw_lex_word *w = &fw_lex.words[slot & FW_LEX_ID_MASK];
        if ((w->head == key) & (w->len == len)) /* (a longer form's head
                                                    may equal an 8-byte word) */
            return slot & FW_LEX_ID_MASK;
    }
}

/* The word with id 'id' (from 1, as lookups return them), or an
 * all-zero word for 0. */
static inline const fw_lex_word *fw_lex_get(uint32_t id)
{
    return &fw_lex.words[id];
}

/* Candidates for the phrase whose hash (fw_phrase_step() over its tokens'
 * hashes, from FW_PHRASE_SEED, then fw_hash_final()) is 'hash': the ids
 * with that hash's tag, one at a time: call with '*slot' = 0 first; 0
 * when there are no more. The caller compares the form. */
static inline uint32_t fw_lex_phrase_next(uint32_t hash, size_t *slot)
{
    uint32_t tag = hash & ~FW_LEX_ID_MASK;
    size_t i = *slot ? *slot : (hash & fw_lex.phrase_mask) + 1;
    for (;; i = ((i)&fw_lex.phrase_mask) + 1) {
        uint32_t v = fw_lex.phrases[i - 1];
        if (v == 0)
            return 0;
        if ((v & ~FW_LEX_ID_MASK) == tag) {
            *slot = (i & fw_lex.phrase_mask) + 1;
            return v & FW_LEX_ID_MASK;
        }
    }
}

/* Might some phrase start with the tokens whose phrase hash (as above)
 * is 'hash'? False means surely not: most word pairs stop here. */
static inline bool fw_lex_phrase_prefix(uint32_t hash)
{
    size_t bit = hash & fw_lex.prefix_mask;
    return (fw_lex.prefixes[bit / 64] >> (bit % 64)) & 1;
}

/* Might the word whose hash is 'hash' be an abbreviation? False means
 * surely not. */
static inline bool fw_lex_maybe_abbrev(uint32_t hash)
{
    size_t bit = hash & fw_lex.abbrev_mask;
    return (fw_lex.abbrevs[bit / 64] >> (bit % 64)) & 1;
}

/* Its form, NUL-terminated. */
static inline const char *fw_lex_form(const fw_lex_word *w)
{
    return fw_lex.strings + w->str;
}

/* Its canonical name (organisations), or NULL. */
static inline const char *fw_lex_canon(const fw_lex_word *w)
{
    if (!(w->flags & FW_LEXF_CANON))
        return NULL; /* most, without reading the table */
    return fw_lex.strings + fw_lex.canon[w - fw_lex.words] - 1;
}

/* Country 'index' (from 1, as in fw_lex_word.country): its ISO 3166
 * alpha-3 code and its short name ("RUS", "Russia"); NULL when out of
 * range. */
const char *fw_country_code(unsigned index);
const char *fw_country_name(unsigned index);

/* The index of an alpha-3 code, or 0. */
unsigned fw_country_index(const char *alpha3);

#endif
