/*
 * lexicon.c - lookups in the tables that tools/gen_lexicon.c generates
 * from data/ TSV files (build/gen/lexicon.inc).
 *
 * Input: a lower-case form. Output: its word id and features. The index
 * is open addressing over FNV-1a hashes, at most half full, so a lookup
 * is a hash, a probe or two and one memcmp.
 */
#include <string.h>

#include "internal.h"
#include "lexhash.h"

#include "lexicon.inc"

uint32_t fw_lex_lookup_hashed(uint32_t hash, const char *s, size_t len)
{
    uint32_t tag = hash & ~FW_LEX_ID_MASK;
    for (size_t i = hash & (LEX_SLOTS - 1);; i = (i + 1) & (LEX_SLOTS - 1)) {
        uint32_t slot = lex_index[i];
        if (slot == 0)
            return 0;
        if ((slot & ~FW_LEX_ID_MASK) != tag)
            continue;
        uint32_t id = slot & FW_LEX_ID_MASK;
        const fw_lex_word *w = &lex_words[id];
        if (w->len == len && memcmp(lex_strings + w->str, s, len) == 0)
            return id;
    }
}

const fw_lex_table fw_lex = {lex_index, LEX_SLOTS - 1, lex_words,
                             lex_strings};

uint32_t fw_lex_lookup(const char *s, size_t len)
{
    return fw_lex_lookup_hashed(fw_hash_bytes(s, len), s, len);
}

const fw_lex_word *fw_lex_get(uint32_t id)
{
    return &lex_words[id <= LEX_WORDS ? id : 0];
}

const char *fw_lex_form(const fw_lex_word *w)
{
    return lex_strings + w->str;
}
