/*
 * lexicon.c - lookups in the tables that tools/gen_lexicon.c generates
 * from the data/ TSV files and iso-codes (build/gen/lexicon.inc).
 *
 * Input: a lower-case form. Output: its word id and features. The index
 * is open addressing over the hashes of lexhash.h, at most a quarter
 * full, each slot tagged with high bits of the hash, so a miss usually
 * costs one probe and a hit one string compare.
 */
#include <string.h>

#include "internal.h"
#include "lexhash.h"

#include "lexicon.inc"

const fw_lex_table fw_lex = {
    .index = lex_index,
    .mask = LEX_SLOTS - 1,
    .words = lex_words,
    .canon = lex_canon,
    .strings = lex_strings,
    .n_words = LEX_WORDS,
    .n_countries = LEX_COUNTRIES,
    .phrases = lex_phrases,
    .phrase_mask = LEX_PHRASE_SLOTS - 1,
    .prefixes = lex_phrase_prefixes,
    .prefix_mask = LEX_PREFIX_BITS - 1,
    .abbrevs = lex_abbrevs,
    .abbrev_mask = LEX_ABBREV_BITS - 1,
};

/* Does the lower-case form 'form' equal the ASCII word s[0..len) (letters,
 * digits and - . ' &) in any case? Eight bytes at a time: the string pool
 * is padded so that a form may be read eight bytes past its start; 'avail'
 * bytes may be read from 's'. */
static bool same_ascii_lower(const char *form, const char *s, size_t len,
                             size_t avail)
{
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t a, b;
        memcpy(&a, form + i, 8);
        memcpy(&b, s + i, 8);
        if (a != (b | 0x2020202020202020ull))
            return false;
    }
    if (i == len)
        return true;
    if (avail - i >= 8) {
        uint64_t a, b;
        uint64_t keep = (1ull << (8 * (len - i))) - 1;
        memcpy(&a, form + i, 8);
        memcpy(&b, s + i, 8);
        return ((a ^ (b | 0x2020202020202020ull)) & keep) == 0;
    }
    for (; i < len; i++)
        if (form[i] != (char)(s[i] | 0x20))
            return false;
    return true;
}

/* The id of the listed form of 'len' bytes at 's', whose hash is 'hash',
 * or 0: 's' as it is, or ('any_case') an ASCII word in any case, of which
 * 'avail' bytes may be read. */
static uint32_t probe(uint32_t hash, const char *s, size_t len, size_t avail,
                      bool any_case)
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
        if (w->len != len)
            continue;
        const char *form = lex_strings + w->str;
        if (any_case ? same_ascii_lower(form, s, len, avail)
                     : memcmp(form, s, len) == 0)
            return id;
    }
}

uint32_t fw_lex_lookup_hashed(uint32_t hash, const char *s, size_t len)
{
    return probe(hash, s, len, len, false);
}

uint32_t fw_lex_lookup_ascii_any(uint32_t hash, const char *s, size_t len,
                                 size_t avail)
{
    return probe(hash, s, len, avail, true);
}

uint32_t fw_lex_lookup(const char *s, size_t len)
{
    return fw_lex_lookup_hashed(fw_hash_bytes(s, len), s, len);
}

uint32_t fw_lex_lookup_text(const char *s, size_t len)
{
    char buf[4 * FW_LEX_MAX_FORM];
    size_t n = fw_lower(s, len, buf, sizeof buf - 1);
    if (n == 0)
        return 0;
    buf[n] = '\0';
    const char *space = memchr(buf, ' ', n);
    if (!space)
        return fw_lex_lookup(buf, n);
    /* a phrase: its words' hashes make its own (fw_phrase_step) */
    uint64_t h = FW_PHRASE_SEED;
    for (size_t a = 0; a < n;) {
        const char *e = memchr(buf + a, ' ', n - a);
        size_t b = e ? (size_t)(e - buf) : n;
        h = fw_phrase_step(h, fw_hash_bytes(buf + a, b - a));
        a = b + 1;
    }
    size_t slot = 0;
    uint32_t id;
    while ((id = fw_lex_phrase_next(fw_hash_final(h), &slot)) != 0)
        if (strcmp(fw_lex_form(fw_lex_get(id)), buf) == 0)
            return id;
    return 0;
}

const char *fw_country_code(unsigned index)
{
    return index >= 1 && index <= LEX_COUNTRIES ? lex_country_codes[index]
                                                : NULL;
}

const char *fw_country_name(unsigned index)
{
    return index >= 1 && index <= LEX_COUNTRIES
               ? lex_strings + lex_country_names[index]
               : NULL;
}

unsigned fw_country_index(const char *alpha3)
{
    for (unsigned i = 1; i <= LEX_COUNTRIES; i++)
        if (strcmp(lex_country_codes[i], alpha3) == 0)
            return i;
    return 0;
}

/* The lexicon id of tokens [i, j) joined by spaces (a phrase) whose
 * phrase hash is 'hash', or 0: the candidates' forms are compared with
 * the tokens. */
uint32_t fw_phrase_probe(const fw_doc *d, size_t i, size_t j, uint32_t hash)
{
    size_t slot = 0;
    uint32_t id;
    while ((id = fw_lex_phrase_next(hash, &slot)) != 0) {
        const char *f = fw_lex_form(fw_lex_get(id));
        bool same = true;
        for (size_t k = i; k < j && same; k++) {
            const fw_tok *t = &d->toks[k];
            const char *s = d->text + t->start;
            size_t n = t->end - t->start;
            if (t->flags & FW_TF_ASCII) {
                /* The form ends in its NUL, which no letter matches. */
                for (size_t x = 0; x < n && same; x++) {
                    unsigned char ch = (unsigned char)s[x];
                    same =
                        f[x] == (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
                }
            } else {
                char buf[FW_LEX_MAX_FORM + 1];
                n = fw_lower(s, n, buf, sizeof buf);
                same = n && strncmp(f, buf, n) == 0;
            }
            same = same && f[n] == (k + 1 < j ? ' ' : '\0');
            f += n + 1;
        }
        if (same)
            return id;
    }
    return 0;
}

/* The lexicon id of tokens [i, j) as a phrase, or 0. */
uint32_t fw_phrase_lookup(const fw_doc *d, size_t i, size_t j)
{
    /* A phrase's first word carries the length of the longest it starts. */
    const fw_lex_word *w = fw_lex_get(d->toks[i].word);
    if (!(w->feats & FW_LEX_PHRASE) || w->phrase < j - i)
        return 0;
    uint64_t h = FW_PHRASE_SEED;
    for (size_t k = i; k < j; k++) {
        if (d->toks[k].kind != FW_TOKEN_WORD)
            return 0;
        h = fw_phrase_step(h, d->lower[k]);
    }
    return fw_phrase_probe(d, i, j, fw_hash_final(h));
}
