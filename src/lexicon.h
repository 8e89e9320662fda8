/*
 * lexicon.h - the word table compiled from data/ TSV files at build time.
 *
 * Every lower-case form that any lexicon lists gets one fw_lex_word with
 * the features of all the lexicons that list it. Tokens carry the id of
 * their word (fw_tok.word), so later stages test bits, not strings.
 */
#ifndef FW_LEXICON_H
#define FW_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "lexhash.h"

/* fw_lex_word.feats: which lexicons list the form. */
enum {
    FW_LEX_ABBREV = 1u << 0,   /* abbreviations.tsv: ends in its period */
    FW_LEX_FUNCTION = 1u << 1, /* function_words.tsv: closed-class word */
    FW_LEX_MONTH = 1u << 2,    /* calendar.tsv: month name */
    FW_LEX_WEEKDAY = 1u << 3,  /* calendar.tsv: day of the week */
    FW_LEX_AGENCY = 1u << 4    /* agencies.tsv: a news agency */
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

/* No form is longer than this many bytes. */
#define FW_LEX_MAX_FORM 60

typedef struct fw_lex_word {
    uint32_t str;     /* offset of the form in fw_lex_strings */
    uint16_t len;     /* its length in bytes */
    uint16_t number;  /* month or weekday number, from 1 */
    uint32_t feats;   /* FW_LEX_* bits */
    uint8_t abbrev;   /* FW_ABBR_*, or 0 */
    uint8_t func;     /* FW_FUNC_*, or 0 */
    uint8_t pad[2];
} fw_lex_word;

/* The word with lower-case form s[0..len), as an id from 1, or 0. */
uint32_t fw_lex_lookup(const char *s, size_t len);

/* The same when 'hash' = fw_hash_bytes(s, len) is already known. */
uint32_t fw_lex_lookup_hashed(uint32_t hash, const char *s, size_t len);

/* The generated tables, for the inline lookup below. */
typedef struct fw_lex_table {
    const uint32_t *index;     /* slots: id | tag of the hash */
    size_t mask;               /* slots - 1 */
    const fw_lex_word *words;  /* by id; [0] is all zero */
    const char *strings;       /* forms, NUL-terminated */
} fw_lex_table;

extern const fw_lex_table fw_lex;

/* The same for an ASCII word s[0..len) in any case (letters, digits and
 * - . ' &), 'hash' being fw_hash_ascii_word() of it. Inline: the
 * tokenizer asks once a word. */
static inline uint32_t fw_lex_lookup_ascii(uint32_t hash, const char *s,
                                           size_t len)
{
    uint32_t tag = hash & ~FW_LEX_ID_MASK;
    for (size_t i = hash & fw_lex.mask;; i = (i + 1) & fw_lex.mask) {
        uint32_t slot = fw_lex.index[i];
        if (slot == 0)
            return 0;
        if ((slot & ~FW_LEX_ID_MASK) != tag)
            continue;
        uint32_t id = slot & FW_LEX_ID_MASK;
        const fw_lex_word *w = &fw_lex.words[id];
        if (w->len != len)
            continue;
        const char *form = fw_lex.strings + w->str;
        size_t k = 0;
        while (k < len && form[k] == (char)(s[k] | 0x20))
            k++;
        if (k == len)
            return id;
    }
}

/* The word with id 'id' (from 1), or an all-zero word for 0. */
const fw_lex_word *fw_lex_get(uint32_t id);

/* Its form, NUL-terminated. */
const char *fw_lex_form(const fw_lex_word *w);

#endif
