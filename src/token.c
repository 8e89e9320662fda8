/*
 * token.c - the text stage, first half: tokens.
 *
 * Input: the document's blocks. Output: d->toks, every token of every
 * block as a byte span with its kind, flags, and lexicon word id;
 * d->lower, the hash of each word's lower-case form (for the sets and
 * phrase lookups of later stages); and d->block_tok, the first token of
 * each block.
 *
 * Approach: one left-to-right pass per block. ASCII goes through a byte
 * table; other code points through their Unicode class. Decisions that
 * need one character of context on each side (an apostrophe inside a
 * word, a quote mark that opens or closes, a period that belongs to an
 * abbreviation) are taken here; decisions that need the whole paragraph
 * (which quote marks pair) are left to the quotation stage.
 */
#include <string.h>

#include "internal.h"
#include "lexhash.h"

typedef struct scanner {
    const char *s; /* the document text */
    size_t len;    /* its length: bytes that may be read */
    size_t end;    /* end of the block being scanned */
} scanner;

/* The class and length of the code point at 'i' (end of block: NEWLINE
 * with length 0, so that a block edge reads like a line edge). */
static inline fw_char_class class_at(const scanner *sc, size_t i, int32_t *cp,
                                     size_t *n)
{
    if (i >= sc->end) {
        *cp = '\n';
        *n = 0;
        return FW_CC_NEWLINE;
    }
    unsigned char c = (unsigned char)sc->s[i];
    if (c < 0x80) {
        *cp = c;
        *n = 1;
        return (fw_char_class)fw_ascii_class[c];
    }
    *n = fw_utf8_decode(sc->s + i, sc->end - i, cp);
    return fw_unicode_class(*cp);
}

static fw_char_class class_before(const scanner *sc, size_t i, size_t lo,
                                  int32_t *cp)
{
    if (i <= lo) {
        *cp = '\n';
        return FW_CC_NEWLINE;
    }
    size_t start;
    *cp = fw_utf8_prev(sc->s, i, &start);
    return fw_char_class_of(*cp);
}

static bool is_letter(fw_char_class c)
{
    return c == FW_CC_LOWER || c == FW_CC_UPPER || c == FW_CC_MARK;
}

static bool is_alnum(fw_char_class c)
{
    return is_letter(c) || c == FW_CC_DIGIT;
}

static bool is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

static bool is_blank(fw_char_class c)
{
    return c == FW_CC_SPACE || c == FW_CC_NEWLINE;
}

/* The lexicon id of the abbreviation s[0..len) ("Gen.", "Calif."), in a
 * text that runs 'avail' bytes from 's'; 'ascii' when it is plain ASCII.
 * 0 for any other word: most words before a period stop at the bit set
 * of abbreviations, before the index. */
static uint32_t abbrev_id(const char *s, size_t len, size_t avail, bool ascii)
{
    const fw_lex_word *w;
    uint32_t id;
    if (ascii) {
        if (len > FW_LEX_MAX_FORM)
            return 0;
        uint32_t hash = fw_hash_ascii_word(s, len, avail);
        if (!fw_lex_maybe_abbrev(hash))
            return 0;
        id = fw_lex_lookup_ascii(hash, s, len, avail);
    } else {
        char buf[64];
        size_t n = fw_lower(s, len, buf, sizeof buf);
        uint32_t hash = n ? fw_hash_bytes(buf, n) : 0;
        if (!n || !fw_lex_maybe_abbrev(hash))
            return 0;
        id = fw_lex_lookup_hashed(hash, buf, n);
    }
    w = fw_lex_get(id);
    return (w->feats & FW_LEX_ABBREV) ? id : 0;
}

/* Does 's' at 'i' start "http://", "https://" or "www." (any case)? */
static bool url_prefix(const scanner *sc, size_t i)
{
    static const char *const prefixes[] = {"http://", "https://", "www."};
    for (size_t k = 0; k < FW_COUNT(prefixes); k++) {
        size_t n = strlen(prefixes[k]);
        if (sc->end - i < n + 1)
            continue;
        size_t j = 0;
        while (j < n && (sc->s[i + j] | 0x20) == prefixes[k][j])
            j++;
        if (j == n)
            return true;
    }
    return false;
}

/* Might a URL start at 'i', whose code point is 'cp': "ht" or "ww" in any
 * case, with room for more? Few words start so; the test is one branch
 * (see fw_tok_is), before url_prefix(). */
static inline bool url_start(const scanner *sc, size_t i, int32_t cp)
{
    if (sc->end - i < 5)
        return false;
    unsigned a = (unsigned)cp | 0x20, b = (unsigned char)sc->s[i + 1] | 0x20;
    return ((a == 'h') & (b == 't')) | ((a == 'w') & (b == 'w'));
}

/* The end of a URL-like token from 'i': up to white space, without the
 * punctuation that usually follows one in prose. */
static size_t scan_url(const scanner *sc, size_t i)
{
    size_t j = i;
    while (j < sc->end) {
        int32_t cp;
        size_t n;
        fw_char_class c = class_at(sc, j, &cp, &n);
        if (is_blank(c) || (c == FW_CC_QUOTE && cp != '\''))
            break;
        j += n;
    }
    while (j > i + 1 && sc->s[j - 1] && strchr(".,;:!?)]'", sc->s[j - 1]))
        j--;
    return j;
}

/* Does the listed abbreviation 'w', spelled s[start..end), fit where it
 * stands? "No." wants a number after it ("said no." is a word and a
 * period); "Ill." a comma before it ("Springfield, Ill."). */
static bool abbrev_fits(const scanner *sc, size_t start, size_t end,
                        const fw_lex_word *w)
{
    if (w->abbrev == FW_ABBR_NUMERAL) {
        while (end < sc->end && (sc->s[end] == ' ' || sc->s[end] == '\t'))
            end++;
        return end < sc->end && sc->s[end] >= '0' && sc->s[end] <= '9';
    }
    if (w->abbrev == FW_ABBR_STATE) {
        while (start > 0 &&
               (sc->s[start - 1] == ' ' || sc->s[start - 1] == '\t'))
            start--;
        return start > 0 && sc->s[start - 1] == ',';
    }
    return true;
}

typedef struct word_info {
    size_t end;      /* exclusive */
    unsigned flags;  /* FW_TOKEN_* / FW_TF_* */
    bool identifier; /* holds an underscore: a file or user name */
} word_info;

/* ASCII bytes that may make up a word: bit 0 letter or digit, bit 1
 * upper-case letter, bit 2 lower-case letter. */
static const uint8_t word_bits[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 3, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 0, 0, 0, 0, 0,
    0, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5,
    5, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/* Byte-parallel classes of eight ASCII bytes: each mask has the high bit
 * of a byte set when that byte is in the class; bytes >= 0x80 are in
 * none. */
#define ONES 0x0101010101010101ull
#define HIGH_BITS 0x8080808080808080ull

typedef struct ascii_masks {
    uint64_t alpha, upper, digit;
} ascii_masks;

/* High bit of each byte of 'x' (all < 0x80) that lies in [lo, hi]. */
static inline uint64_t in_range(uint64_t x, unsigned lo, unsigned hi)
{
    return (x + ONES * (0x80 - lo)) & ~(x + ONES * (0x7F - hi)) & HIGH_BITS;
}

static inline ascii_masks classify8(uint64_t x)
{
    uint64_t ascii = ~x & HIGH_BITS;
    uint64_t y = x & ~HIGH_BITS;
    ascii_masks m;
    m.alpha = in_range(y | (ONES * 0x20), 'a', 'z') & ascii;
    m.upper = in_range(y, 'A', 'Z') & ascii;
    m.digit = in_range(y, '0', '9') & ascii;
    return m;
}

/* How many bytes have their high bit set in 'mask' (high bits only). */
static inline size_t count_high(uint64_t mask)
{
    return (size_t)(((mask >> 7) * ONES) >> 56);
}

/* Scans a word starting with a letter at 'i'. ASCII words are hashed
 * from the text itself, so looking them up costs no copy. */
static word_info scan_word(const scanner *sc, size_t i, fw_char_class first)
{
    word_info w = {i, 0, false};
    const char *s = sc->s;
    size_t j = i;
    size_t uppers = 0, lowers = 0;
    size_t segment = i; /* where the letters after the last period start */
    bool inner_period = false;
    bool ascii = true;
    int32_t cp;
    size_t n;
    if (first == FW_CC_UPPER)
        w.flags |= FW_TOKEN_CAPITALIZED;
    for (;;) {
        /* The common case: ASCII letters and digits, eight at a time. */
        while (j + 8 <= sc->end) {
            uint64_t x;
            memcpy(&x, s + j, 8);
            ascii_masks m = classify8(x);
            uint64_t stop = ~(m.alpha | m.digit) & HIGH_BITS;
            if (stop) {
                uint64_t keep = (stop & -stop) - 1; /* bytes before it */
                uppers += count_high(m.upper & keep);
                lowers +=
                    count_high(m.alpha & keep) - count_high(m.upper & keep);
                j += (size_t)(__builtin_ctzll(stop) >> 3);
                goto tail_done;
            }
            uppers += count_high(m.upper);
            lowers += count_high(m.alpha) - count_high(m.upper);
            j += 8;
        }
        while (j < sc->end) {
            uint8_t k = word_bits[(unsigned char)s[j]];
            if (!k)
                break;
            uppers += (k >> 1) & 1;
            lowers += (k >> 2) & 1;
            j++;
        }
    tail_done:
        /* Most words end at a space or punctuation that cannot join. */
        if (j >= sc->end)
            break;
        unsigned char b = (unsigned char)s[j];
        if (!((b >= 0x80) | (b == '-') | (b == '\'') | (b == '.') | (b == '&') |
              (b == '_')))
            break; /* (one branch: see fw_tok_is) */
        fw_char_class c = class_at(sc, j, &cp, &n);
        if (is_alnum(c)) {
            uppers += c == FW_CC_UPPER;
            lowers += c == FW_CC_LOWER;
            ascii = false;
            j += n;
            continue;
        }
        int32_t next;
        size_t nn;
        fw_char_class cn = class_at(sc, j + n, &next, &nn);
        if ((cp == '-' || cp == 0x2010 || cp == 0x2011) && is_alnum(cn)) {
            w.flags |= FW_TF_HYPHENATED;
            ascii &= cp == '-';
            j += n;
            segment = j;
            continue;
        }
        if (is_apostrophe(cp) && is_letter(cn)) {
            /* Trump's: the 's is a token of its own; don't, O'Brien,
             * he'd stay whole. */
            int32_t after;
            size_t na;
            fw_char_class ca = class_at(sc, j + n + nn, &after, &na);
            if ((next == 's' || next == 'S') && !is_alnum(ca))
                break;
            ascii &= cp == '\'';
            j += n;
            continue;
        }
        if (cp == '.' && is_letter(cn) && j > segment && j - segment <= 2) {
            inner_period = true; /* U.S, e.g, Ph.D */
            j += n;
            segment = j;
            continue;
        }
        if (cp == '_' && is_alnum(cn)) {
            w.identifier = true; /* file_name, user_id */
            j += n;
            continue;
        }
        if (cp == '&' && (w.flags & FW_TOKEN_CAPITALIZED) &&
            cn == FW_CC_UPPER && uppers + lowers <= 3) {
            j += n; /* AT&T, S&P, Texas A&M */
            continue;
        }
        break;
    }
    size_t letters = uppers + lowers;
    if (letters >= 2 && uppers == letters)
        w.flags |= FW_TOKEN_ALL_CAPS;
    /* A final period belongs to the word when it is an abbreviation. */
    if (j < sc->end && s[j] == '.') {
        int32_t next;
        size_t nn;
        fw_char_class cn = class_at(sc, j + 1, &next, &nn);
        bool more_dots = next == '.';
        if (!more_dots && inner_period && cn != FW_CC_DIGIT) {
            j++;
            w.flags |= FW_TOKEN_ABBREV;
        } else if (!more_dots && letters == 1 && uppers == 1 && j - i == 1) {
            j++;
            w.flags |= FW_TOKEN_ABBREV | FW_TF_INITIAL;
        } else if (!more_dots) {
            uint32_t id = abbrev_id(s + i, j + 1 - i, sc->len - i, ascii);
            const fw_lex_word *lw = fw_lex_get(id);
            if (id && abbrev_fits(sc, i, j + 1, lw)) {
                w.flags |= FW_TOKEN_ABBREV | (ascii ? FW_TF_ASCII : 0);
                w.end = j + 1;
                return w;
            }
            /* "Sen. X, R-Ky., said", "ex-Gov. Y": the part after the
             * last hyphen is the abbreviation */
            if ((w.flags & FW_TF_HYPHENATED) && segment > i) {
                id = abbrev_id(s + segment, j + 1 - segment, sc->len - segment,
                               ascii);
                if (id && abbrev_fits(sc, i, j + 1, fw_lex_get(id))) {
                    j++;
                    w.flags |= FW_TOKEN_ABBREV;
                }
            }
        }
    }
    w.end = j;
    if (ascii && j - i <= FW_LEX_MAX_FORM)
        w.flags |= FW_TF_ASCII;
    return w;
}

/* Scans a number starting with a digit at 'i': 42, 3.5, 1,000, 10:30,
 * 2025-12-03, 2nd, 1990s, 4-year-old. */
static size_t scan_number(const scanner *sc, size_t i)
{
    size_t j = i;
    for (;;) {
        int32_t cp, next;
        size_t n, nn;
        fw_char_class c = class_at(sc, j, &cp, &n);
        if (is_alnum(c)) {
            j += n;
            continue;
        }
        fw_char_class cn = class_at(sc, j + n, &next, &nn);
        if ((cp == '.' || cp == ',' || cp == ':' || cp == '/') &&
            cn == FW_CC_DIGIT) {
            j += n;
            continue;
        }
        if (cp == '-' && is_alnum(cn)) {
            j += n;
            continue;
        }
        return j;
    }
}

/* Flanking, as CommonMark defines it for emphasis: can a mark between
 * 'prev' and 'next' open, and can it close? */
static void flanking(fw_char_class prev, fw_char_class next, bool *left,
                     bool *right)
{
    bool prev_space = is_blank(prev);
    bool next_space = is_blank(next);
    bool prev_punct = prev == FW_CC_PUNCT || prev == FW_CC_QUOTE ||
                      prev == FW_CC_DASH || prev == FW_CC_OTHER;
    bool next_punct = next == FW_CC_PUNCT || next == FW_CC_QUOTE ||
                      next == FW_CC_DASH || next == FW_CC_OTHER;
    *left = !next_space && (!next_punct || prev_space || prev_punct);
    *right = !prev_space && (!prev_punct || next_space || next_punct);
}

typedef struct tokenizer {
    fw_doc *d;
    scanner sc;
    size_t lo;        /* start of the block */
    unsigned pending; /* flags for the next token */
} tokenizer;

/* The lexicon id of word token 't', and the hash of its lower-case form
 * in '*hash' (for any length; words too long for the lexicon get id 0). */
static inline uint32_t word_hash(const fw_doc *d, const fw_tok *t,
                                 uint32_t *hash)
{
    const char *s = d->text + t->start;
    size_t len = t->end - t->start;
    if (t->flags & FW_TF_ASCII) {
        size_t avail = d->len - t->start;
        *hash = fw_hash_ascii_word(s, len, avail);
        return fw_lex_lookup_ascii(*hash, s, len, avail);
    }
    char buf[FW_LEX_MAX_FORM + 8];
    size_t n = fw_lower(s, len, buf, sizeof buf);
    if (n == 0) {
        /* Too long for the lexicon: hash what fits, for identity only. */
        n = fw_lower(s, sizeof buf / 2, buf, sizeof buf);
        *hash = fw_hash_bytes(buf, n) ^ (uint32_t)len;
        return 0;
    }
    *hash = fw_hash_bytes(buf, n);
    return fw_lex_lookup_hashed(*hash, buf, n);
}

/* Room for one more token, and its hash: both arrays double together. */
static fw_status grow_tokens(fw_doc *d)
{
    size_t cap = 2 * d->cap_toks;
    fw_tok *toks = fw_arena_alloc_raw(&d->arena, cap * sizeof *toks);
    uint32_t *lower = fw_arena_alloc_raw(&d->arena, cap * sizeof *lower);
    if (!toks || !lower)
        return FW_ENOMEM;
    memcpy(toks, d->toks, d->n_toks * sizeof *toks);
    memcpy(lower, d->lower, d->n_toks * sizeof *lower);
    d->toks = toks;
    d->lower = lower;
    d->cap_toks = cap;
    return FW_OK;
}

static fw_status emit(tokenizer *tz, size_t start, size_t end,
                      fw_token_kind kind, unsigned flags, uint8_t aux)
{
    fw_doc *d = tz->d;
    if (d->n_toks == d->cap_toks && grow_tokens(d) != FW_OK)
        return FW_ENOMEM;
    size_t k = d->n_toks++;
    fw_tok *t = &d->toks[k];
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->kind = (uint8_t)kind;
    t->flags = (uint16_t)(flags | tz->pending);
    t->aux = aux;
    t->word = 0;
    tz->pending = 0;
    /* A word is looked up here, while its bytes are at hand: nothing
     * waits for the lexicon's answer, so its cache misses overlap the
     * scanning of the words after it. */
    d->lower[k] = 0;
    if (kind == FW_TOKEN_WORD)
        t->word = word_hash(d, t, &d->lower[k]);
    return FW_OK;
}

/* The end of a Lotus Notes name after word 'w' and the '@' after it: an
 * organisation in capitals with no dot after it ("Griffith@ENRON"), or 0
 * when there is none; an e-mail address has a dot. */
static size_t notes_name_end(const scanner *sc, word_info w, size_t hi)
{
    if (!(w.flags & FW_TOKEN_CAPITALIZED))
        return 0;
    size_t j = w.end + 1;
    while (j < hi && ((sc->s[j] >= 'A' && sc->s[j] <= 'Z') ||
                      (sc->s[j] >= '0' && sc->s[j] <= '9')))
        j++;
    if (j - w.end < 3 ||
        (j < hi && (sc->s[j] == '.' || sc->s[j] == '@' || sc->s[j] == '_' ||
                    (sc->s[j] >= 'a' && sc->s[j] <= 'z'))))
        return 0;
    return j;
}

/* A quote mark (or an apostrophe starting a token) at 'i'. */
static fw_status scan_quote(tokenizer *tz, size_t i, int32_t cp, size_t n,
                            size_t *next_i)
{
    const scanner *sc = &tz->sc;
    int32_t pcp, ncp, n2cp;
    size_t nn, n2;
    fw_char_class prev = class_before(sc, i, tz->lo, &pcp);
    fw_char_class next = class_at(sc, i + n, &ncp, &nn);
    fw_char_class next2 = class_at(sc, i + n + nn, &n2cp, &n2);

    if (is_apostrophe(cp)) {
        /* The possessive clitic of "Trump's" / "Trump’s". */
        if (is_alnum(prev) && (ncp == 's' || ncp == 'S') && !is_alnum(next2)) {
            *next_i = i + n + 1;
            return emit(tz, i, *next_i, FW_TOKEN_WORD, FW_TF_POSSESSIVE, 0);
        }
        /* The same in text split into words, "Picasso 's cubism": after a
         * space that follows a word, before a space or punctuation. */
        if (pcp == ' ' && (ncp == 's' || ncp == 'S') &&
            (next2 == FW_CC_SPACE || next2 == FW_CC_PUNCT)) {
            int32_t ppcp;
            if (is_alnum(class_before(sc, i - 1, tz->lo, &ppcp))) {
                *next_i = i + n + 1;
                return emit(tz, i, *next_i, FW_TOKEN_WORD, FW_TF_POSSESSIVE, 0);
            }
        }
        /* '90s, ’80s */
        if (!is_alnum(prev) && next == FW_CC_DIGIT && n2cp >= '0' &&
            n2cp <= '9') {
            size_t j = scan_number(sc, i + n);
            int32_t c3;
            size_t n3;
            if (j - (i + n) <= 3 && !is_alnum(class_at(sc, j, &c3, &n3))) {
                *next_i = j;
                return emit(tz, i, j, FW_TOKEN_NUMBER, 0, 0);
            }
        }
        /* rock 'n' roll */
        if (is_blank(prev) && (ncp == 'n' || ncp == 'N') && nn == 1 &&
            is_apostrophe(n2cp) && i + n + 1 + n2 <= sc->end) {
            int32_t c3;
            size_t n3;
            if (is_blank(class_at(sc, i + n + 1 + n2, &c3, &n3))) {
                *next_i = i + n + 1 + n2;
                return emit(tz, i, *next_i, FW_TOKEN_WORD, 0, 0);
            }
        }
    }

    /* Three apostrophes after a word, before a space or punctuation:
     * a single mark closes inside a double one, then the double one
     * closes ("the word 'old-school,''' said X") */
    if (cp == '\'' && ncp == '\'' && n2cp == '\'' && !is_blank(prev)) {
        int32_t c4;
        size_t n4;
        fw_char_class after = class_at(sc, i + 3, &c4, &n4);
        if (is_blank(after) || after == FW_CC_PUNCT) {
            *next_i = i + 1;
            return emit(tz, i, i + 1, FW_TOKEN_QUOTE,
                        FW_TOKEN_CLOSES | FW_TOKEN_SINGLE, FW_QM_ASCII_SINGLE);
        }
    }

    /* 7-bit copy: `` opens, '' closes after ``; two apostrophes alone
     * (the New York Times' style) are a double mark either way. */
    if (cp == '`' || (cp == '\'' && ncp == '\'')) {
        size_t len = (ncp == cp) ? 2 : 1;
        unsigned f;
        if (cp == '`') {
            f = FW_TOKEN_OPENS;
        } else {
            int32_t c3;
            size_t n3;
            bool l2, r2;
            flanking(prev, class_at(sc, i + 2, &c3, &n3), &l2, &r2);
            f = (l2 ? FW_TOKEN_OPENS : 0) | (r2 ? FW_TOKEN_CLOSES : 0);
            if (!f)
                f = FW_TOKEN_OPENS | FW_TOKEN_CLOSES;
        }
        if (len == 1)
            f |= FW_TOKEN_SINGLE;
        *next_i = i + len;
        return emit(tz, i, i + len, FW_TOKEN_QUOTE, f,
                    len == 2 ? FW_QM_BACKTICK : FW_QM_ASCII_SINGLE);
    }

    bool left, right;
    flanking(prev, next, &left, &right);
    unsigned f = 0;
    uint8_t family;
    switch (cp) {
    case '"':
        family = FW_QM_ASCII_DOUBLE;
        f = (left ? FW_TOKEN_OPENS : 0) | (right ? FW_TOKEN_CLOSES : 0);
        break;
    case '\'':
        family = FW_QM_ASCII_SINGLE;
        f = FW_TOKEN_SINGLE | (left ? FW_TOKEN_OPENS : 0) |
            (right ? FW_TOKEN_CLOSES : 0);
        break;
    case 0x201C: /* “ opens; closes only in German „…“ position */
    case 0x201E: /* „ */
    case 0x201F:
        family = FW_QM_CURLY_DOUBLE;
        f = (right && !left) ? FW_TOKEN_CLOSES : FW_TOKEN_OPENS;
        if (cp == 0x201C && right && !left)
            f |= FW_TOKEN_CLOSES;
        break;
    case 0x201D: /* ” closes; opens only where nothing could close, after
                    a space or an opening bracket (”Hej”, as Swedish and
                    Finnish write), not after a word or punctuation, where
                    the space after the close is missing ("voters!”After") */
        family = FW_QM_CURLY_DOUBLE;
        f = (left && !right &&
             (is_blank(prev) || prev == FW_CC_DASH || pcp == '(' || pcp == '['))
                ? FW_TOKEN_OPENS
                : FW_TOKEN_CLOSES;
        break;
    case 0x2018: /* ‘ */
    case 0x201A: /* ‚ */
    case 0x201B:
        family = FW_QM_CURLY_SINGLE;
        f = FW_TOKEN_SINGLE |
            ((right && !left) ? FW_TOKEN_CLOSES : FW_TOKEN_OPENS);
        break;
    case 0x2019: /* ’ */
        family = FW_QM_CURLY_SINGLE;
        f = FW_TOKEN_SINGLE |
            ((left && !right) ? FW_TOKEN_OPENS : FW_TOKEN_CLOSES);
        break;
    case 0x00AB: /* « opens; closes only glued to the words before it
                    and not to those after (German, Danish »Hej!«) */
        family = FW_QM_GUILLEMET;
        f = !is_blank(prev) && !is_alnum(next) && prev != FW_CC_QUOTE &&
                    pcp != '(' && pcp != '['
                ? FW_TOKEN_CLOSES
                : FW_TOKEN_OPENS;
        break;
    case 0x00BB: /* » closes, after a space too (French « Oui », dit-il);
                    opens only glued to the words after it and not to
                    those before (»Hej«) */
        family = FW_QM_GUILLEMET;
        f = is_alnum(next) && !is_alnum(prev) && prev != FW_CC_PUNCT
                ? FW_TOKEN_OPENS
                : FW_TOKEN_CLOSES;
        break;
    default: /* ‹ › */
        family = FW_QM_GUILLEMET_SINGLE;
        f = FW_TOKEN_SINGLE | (cp == 0x2039 ? FW_TOKEN_OPENS : FW_TOKEN_CLOSES);
        break;
    }
    if (!(f & (FW_TOKEN_OPENS | FW_TOKEN_CLOSES)))
        f |= FW_TOKEN_OPENS | FW_TOKEN_CLOSES; /* a lone " between spaces */
    /* players' union: a close after a word may be an apostrophe. */
    if (is_apostrophe(cp) && (f & FW_TOKEN_CLOSES) && is_letter(prev))
        f |= FW_TF_APOS_END;
    *next_i = i + n;
    return emit(tz, i, i + n, FW_TOKEN_QUOTE, f, family);
}

static fw_status scan_punct(tokenizer *tz, size_t i, int32_t cp, size_t n,
                            size_t *next_i)
{
    const char *s = tz->sc.s;
    size_t j = i + n;
    unsigned f = 0;
    if (cp == '.' || cp == '!' || cp == '?' || cp == 0x2026) {
        /* Runs: "...", "?!", "!!!" are one token. */
        while (j < tz->sc.end && (s[j] == '.' || s[j] == '!' || s[j] == '?'))
            j++;
        f |= FW_TF_TERMINAL;
    }
    *next_i = j;
    /* A mark of one byte is kept in 'aux': fw_tok_punct() asks it often. */
    return emit(tz, i, j, FW_TOKEN_PUNCT, f, j == i + 1 ? (uint8_t)s[i] : 0);
}

static fw_status tokenize_block(tokenizer *tz, size_t lo, size_t hi)
{
    const scanner *sc = &tz->sc;
    tz->sc.end = hi;
    tz->lo = lo;
    tz->pending = FW_TOKEN_LINE_START;
    size_t i = lo;
    fw_status st = FW_OK;
    while (i < hi && st == FW_OK) {
        if (sc->s[i] == ' ') {
            tz->pending |= FW_TOKEN_SPACE_BEFORE;
            i++;
            continue;
        }
        int32_t cp;
        size_t n;
        fw_char_class c = class_at(sc, i, &cp, &n);
        switch (c) {
        case FW_CC_SPACE:
        case FW_CC_NEWLINE:
            /* A line break inside a block is a wrapper's: the reader
             * makes a block of several lines only of a paragraph whose
             * lines were wrapped ("senior member Ralf\nStegner"). */
            tz->pending |= FW_TOKEN_SPACE_BEFORE;
            i += n;
            break;
        case FW_CC_UPPER:
        case FW_CC_LOWER:
        case FW_CC_MARK: {
            if (url_start(sc, i, cp) && url_prefix(sc, i)) {
                size_t j = scan_url(sc, i);
                st = emit(tz, i, j, FW_TOKEN_URL, 0, 0);
                i = j;
                break;
            }
            word_info w = scan_word(sc, i, c);
            if (w.end + 1 < hi && sc->s[w.end] == '@' &&
                !(w.flags & FW_TOKEN_ABBREV)) {
                /* A Lotus Notes name, "Griffith@ENRON": a word, the
                 * person's name and the organisation's. */
                size_t notes = notes_name_end(sc, w, hi);
                if (notes) {
                    st = emit(tz, i, notes, FW_TOKEN_WORD,
                              w.flags & ~(unsigned)FW_TF_ASCII, 0);
                    i = notes;
                    break;
                }
                /* name@example.org */
                int32_t ncp;
                size_t nn;
                if (is_alnum(class_at(sc, w.end + 1, &ncp, &nn))) {
                    size_t j = scan_url(sc, i);
                    st = emit(tz, i, j, FW_TOKEN_URL, 0, 0);
                    i = j;
                    break;
                }
            }
            st = emit(tz, i, w.end, w.identifier ? FW_TOKEN_URL : FW_TOKEN_WORD,
                      w.flags, 0);
            i = w.end;
            break;
        }
        case FW_CC_DIGIT: {
            size_t j = scan_number(sc, i);
            st = emit(tz, i, j, FW_TOKEN_NUMBER, 0, 0);
            i = j;
            break;
        }
        case FW_CC_QUOTE:
            st = scan_quote(tz, i, cp, n, &i);
            break;
        case FW_CC_DASH: {
            size_t j = i + n;
            while (j < hi && sc->s[j] == '-')
                j++;
            st = emit(tz, i, j, FW_TOKEN_DASH, 0, 0);
            i = j;
            break;
        }
        case FW_CC_PUNCT:
            st = scan_punct(tz, i, cp, n, &i);
            break;
        case FW_CC_OTHER: {
            /* @handle, #hashtag */
            int32_t ncp;
            size_t nn;
            if ((cp == '@' || cp == '#') &&
                is_alnum(class_at(sc, i + 1, &ncp, &nn))) {
                size_t j = scan_url(sc, i);
                st = emit(tz, i, j, FW_TOKEN_URL, 0, 0);
                i = j;
                break;
            }
            st = emit(tz, i, i + n, FW_TOKEN_SYMBOL, 0, 0);
            i += n;
            break;
        }
        }
    }
    return st;
}

fw_status fw_tokenize(fw_doc *d)
{
    d->block_tok =
        fw_arena_alloc(&d->arena, (d->n_blocks + 1) * sizeof *d->block_tok);
    if (!d->block_tok)
        return FW_ENOMEM;
    /* News runs at about six bytes a token: start there, grow if not. */
    size_t guess = d->len / 5 + 16;
    d->toks = fw_arena_alloc_raw(&d->arena, guess * sizeof *d->toks);
    d->lower = fw_arena_alloc_raw(&d->arena, guess * sizeof *d->lower);
    if (!d->toks || !d->lower)
        return FW_ENOMEM;
    d->cap_toks = guess;
    tokenizer tz = {.d = d, .sc = {.s = d->text, .len = d->len}};
    for (size_t b = 0; b < d->n_blocks; b++) {
        d->block_tok[b] = (uint32_t)d->n_toks;
        fw_status st =
            tokenize_block(&tz, d->blocks[b].span.start, d->blocks[b].span.end);
        if (st != FW_OK)
            return st;
    }
    d->block_tok[d->n_blocks] = (uint32_t)d->n_toks;
    /* Past the last token, one that no rule should read, but that reads
     * as nothing if one does: a symbol of no length at offset 0. */
    if (d->n_toks == d->cap_toks && grow_tokens(d) != FW_OK)
        return FW_ENOMEM;
    memset(&d->toks[d->n_toks], 0, sizeof *d->toks);
    d->toks[d->n_toks].kind = FW_TOKEN_SYMBOL;
    d->lower[d->n_toks] = 0;
    return FW_OK;
}
