/*
 * coder.c - one sentence into CAMEO events, the way TABARI codes it.
 *
 * Input: the sentence's bytes, the dictionaries, the date. Output:
 * events (source, target, code), or a verdict: discarded, too complex,
 * too short.
 *
 * The steps follow TABARI's parser and coder:
 *   words      punctuation filtered, upper case, capitalisation noted;
 *              each word's literals (whole-word and stem matches);
 *   roots      left to right, the dictionary phrase matching the most
 *              characters at each untyped word (phrases may skip words
 *              unless joined by '_', never across a comma);
 *   markup     verbs after a determiner or capitalised in mid-sentence
 *              become nouns, as do actors whose code is null at the
 *              date; agents join the actor next to them ("Arnor's
 *              foreign minister" ARNGOVFRM); "X, Y and Z" compounds;
 *              comma-delimited subordinate clauses of 2 to 10 words are
 *              set aside; conjunctions split clauses; pronouns point at
 *              the actor they stand for;
 *   filters    discard codes, the complexity limits;
 *   coding     per clause, the first verb that codes: its patterns,
 *              longest first ('$' source, '+' target, '%' compound, '^'
 *              an actor skipped, '{a | b}' alternatives, synsets), else
 *              its own code; the source is the first actor before the
 *              verb (after BY in the passive), the target the first
 *              after it; compounds give an event per member, paired
 *              codes "032:033" one each way.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "coder.h"

enum { W_INITCAP = 1, W_MIDCAP = 2, W_NUMBER = 4, W_COMMA = 8, W_QUOTE = 16 };

#define MAX_WORDS 1024 /* longer sentences are coded on their start */
#define MAX_MEMBERS 16

typedef struct litref {
    uint32_t lit;
    bool whole;   /* the literal is the whole word */
    int32_t word; /* the word */
    int32_t next; /* the next litref of the same literal, or -1 */
} litref;

/* Where a literal first occurs: an open-addressing map, per sentence. */
typedef struct occurrence {
    uint32_t lit;
    int32_t first; /* litref index + 1; 0: empty slot */
} occurrence;

typedef struct cword {
    fw_span span;   /* bytes in the text */
    const char *up; /* upper case, NUL-terminated */
    uint16_t len;
    uint16_t probe; /* its longest prefix that may be a literal */
    uint8_t flags;  /* W_* */
    uint8_t wtype;  /* fw_wtype of the root it is part of */
    uint32_t lit0, nlit;
    int32_t match; /* the match it is part of, or -1 */
    bool nulled;   /* in a subordinate clause */
} cword;

/* A pronoun's referent that is not in the sentence. */
enum { REF_NONE = -1, REF_FWD_ACTOR = -2, REF_FWD_COMPOUND = -3 };

typedef struct cmatch {
    uint32_t root;
    uint8_t wtype; /* may change: verb -> noun, agent -> actor */
    bool cancelled;
    int32_t head, tail;
    int32_t ref;   /* pronoun: the word its referent starts at, or
                      REF_* */
    char code[40]; /* actor: its code(s) at the date, without agents */
    bool external; /* given by the caller, not a dictionary root */
    uint8_t keep;  /* external: the part of the code agents keep */
} cmatch;

typedef struct range {
    int32_t first, last;
} range;

typedef struct ctx {
    const fw_dict *d;
    const fw_coder_opts *o;
    const char *text;
    size_t len;
    int32_t date;
    fw_forward *fwd;
    fw_arena *a;
    cword *w;
    int32_t n;
    litref *lits;
    size_t n_lits, cap_lits;
    cmatch *m;
    size_t n_m, cap_m;
    range *cmpd;
    size_t n_cmpd, cap_cmpd;
    range *sub;
    size_t n_sub, cap_sub;
    range *clause;
    size_t n_clause, cap_clause;
    fw_cevent *ev;
    size_t n_ev, cap_ev;
    int32_t shift; /* time shift from time phrases */
    bool discard, complex;
    uint64_t bloom[FW_LIT_BLOOM_WORDS]; /* the sentence's literals */
    int8_t *syn_ok;    /* per synset: can a member match here (-1: not known
                          yet) */
    int8_t *member_ok; /* the same per synset member */
    occurrence *occ;   /* literal -> its first litref */
    uint32_t occ_mask;
    int32_t max_words;  /* room in w */
    char *up;           /* the words in upper case, each NUL-terminated */
    unsigned lit_types; /* 1 << fw_wtype of the roots its literals start */
    size_t up_used;
} ctx;

static bool in_bloom(const ctx *c, uint32_t lit)
{
    uint32_t b = fw_lit_bloom_bit(lit);
    return (c->bloom[b >> 6] >> (b & 63)) & 1;
}

static bool has_all(const ctx *c, uint32_t first, uint16_t n)
{
    const uint32_t *req = c->d->req + first;
    for (uint16_t i = 0; i < n; i++)
        if (!in_bloom(c, req[i]))
            return false;
    return true;
}

static const fw_root *root_of(const ctx *c, const cmatch *m)
{
    return &c->d->roots[m->root];
}

/* ------------------------------------------------------------------ */
/* Words                                                               */

/* A character words are made of: letters, digits, and (as TABARI's
 * filter keeps them) anything that is neither punctuation nor white
 * space, control characters included. A table, built by the compiler:
 * the coder asks it of every byte. */
#define WORD_CHAR(c)                                                           \
    (((c) >= 'A' && (c) <= 'Z') || ((c) >= 'a' && (c) <= 'z') ||               \
     ((c) >= '0' && (c) <= '9') || (c) >= 0x7F ||                              \
     ((c) < 0x20 && (c) != '\t' && (c) != '\n' && (c) != '\r' &&               \
      (c) != '\v' && (c) != '\f'))
#define WC4(c)                                                                 \
    WORD_CHAR(c), WORD_CHAR(c + 1), WORD_CHAR(c + 2), WORD_CHAR(c + 3)
#define WC16(c) WC4(c), WC4(c + 4), WC4(c + 8), WC4(c + 12)
#define WC64(c) WC16(c), WC16(c + 16), WC16(c + 32), WC16(c + 48)
static const bool word_chars[256] = {WC64(0), WC64(64), WC64(128), WC64(192)};

static inline bool letter(unsigned char ch)
{
    return word_chars[ch];
}

static char upper(char ch)
{
    return ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch;
}

/* Copies at most n bytes of src, cut to fit dst[cap] and terminated
 * (codes are copied a lot; snprintf would be the costliest part). */
static void set_code(char *dst, size_t cap, const char *src, size_t n)
{
    size_t len = strnlen(src, n);
    if (len >= cap)
        len = cap - 1;
    memcpy(dst, src, len);
    dst[len] = '\0';
}

/* Copies the word in upper case and, hashing its prefixes as it goes,
 * notes the longest that may be a literal, so that find_literals looks
 * only at words that may hold one. Room for every word was made in
 * fw_code_sentence: words do not overlap, so their letters and NULs fit
 * in len + max_words bytes. */
static void add_word(ctx *c, size_t start, size_t end, uint8_t flags)
{
    if (c->n >= c->max_words)
        return;
    cword *w = &c->w[c->n++];
    *w = (cword){.span = {start, end}, .flags = flags, .match = -1};
    char *up = c->up + c->up_used;
    size_t k = 0, probe = 0, max = c->d->lit_maxlen;
    uint32_t h = FW_LIT_HASH_INIT;
    bool probing = !(flags & (W_COMMA | W_QUOTE));
    for (size_t i = start; i < end; i++) {
        char ch = c->text[i];
        if (ch == ',' && flags & W_NUMBER)
            continue; /* 1,000 */
        up[k++] = upper(ch);
        if (probing) {
            h = fw_lit_hash_step(h, (unsigned char)up[k - 1]);
            unsigned maybe = k <= max ? fw_dict_maybe(c->d, h) : 0;
            if (maybe & FW_MAYBE_LITERAL)
                probe = k;
            probing = maybe != 0;
        }
    }
    up[k] = '\0';
    c->up_used += k + 1;
    w->up = up;
    w->len = (uint16_t)k;
    w->probe = (uint16_t)probe;
}

/* Splits the text as TABARI's filter does: ';' ':' '(' ')' and commas
 * (not between digits) are commas; '"' is a word of its own; a period
 * stays inside numbers and after a capital ("U.S."); apostrophes and '$'
 * stay in words; other punctuation, hyphens included, separates words;
 * text inside slash-star comments is dropped. */
static void split_words(ctx *c)
{
    const char *s = c->text;
    size_t n = c->len;
    size_t i = 0;
    bool caps = true; /* an all-capitals record: no capitalisation cues */
    for (size_t k = 0; k < n; k++)
        if (s[k] >= 'a' && s[k] <= 'z') {
            caps = false;
            break;
        }
    bool first_cap = true;
    while (i < n) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '/' && i + 1 < n && s[i + 1] == '*') {
            size_t e = i + 2;
            while (e + 1 < n && !(s[e] == '*' && s[e + 1] == '/'))
                e++;
            i = e + 2 < n ? e + 2 : n;
            continue;
        }
        if (ch == ',' || ch == ';' || ch == ':' || ch == '(' || ch == ')') {
            add_word(c, i, i + 1, W_COMMA);
            i++;
            continue;
        }
        if (ch == '"') {
            add_word(c, i, i + 1, W_QUOTE);
            i++;
            continue;
        }
        if (!letter(ch) && ch != '\'' && ch != '$') {
            i++;
            continue;
        }
        size_t e = i;
        bool digit = ch >= '0' && ch <= '9';
        while (e < n) {
            unsigned char d = (unsigned char)s[e];
            if (letter(d) || d == '\'' || d == '$') {
                e++;
            } else if (d == '.' && e > i && e + 1 < n &&
                       (((unsigned char)s[e - 1] >= '0' &&
                         (unsigned char)s[e - 1] <= '9' &&
                         (unsigned char)s[e + 1] >= '0' &&
                         (unsigned char)s[e + 1] <= '9'))) {
                e++; /* 3.5 */
            } else if (d == '.' && e > i && s[e - 1] >= 'A' &&
                       s[e - 1] <= 'Z') {
                e++; /* U.S. */
            } else if (d == ',' && digit && e > i && e + 1 < n &&
                       s[e + 1] >= '0' && s[e + 1] <= '9') {
                e++; /* 1,000 */
            } else {
                break;
            }
        }
        uint8_t flags = 0;
        if (!caps && s[i] >= 'A' && s[i] <= 'Z') {
            flags |= first_cap ? W_INITCAP : W_MIDCAP;
            first_cap = false;
        }
        if (digit)
            flags |= W_NUMBER;
        add_word(c, i, e, flags);
        i = e;
    }
}

/* Each word's literals: every literal that is the word or a stem of
 * it. */
static fw_status find_literals(ctx *c)
{
    const fw_dict *d = c->d;
    for (int32_t k = 0; k < c->n; k++) {
        cword *w = &c->w[k];
        w->lit0 = (uint32_t)c->n_lits;
        /* Prefixes shortest first, up to the longest that may be a
         * literal; the list is then turned longest first. */
        uint32_t h = FW_LIT_HASH_INIT;
        for (size_t p = 1; p <= w->probe; p++) {
            h = fw_lit_hash_step(h, (unsigned char)w->up[p - 1]);
            if (!(fw_dict_maybe(d, h) & FW_MAYBE_LITERAL))
                continue;
            uint32_t id = fw_dict_literal_h(d, w->up, p, h);
            if (id == UINT32_MAX)
                continue;
            litref *r = FW_PUSH(c->a, c->lits, c->n_lits, c->cap_lits);
            if (!r)
                return FW_ENOMEM;
            r->lit = id;
            c->lit_types |= d->lits[id].starts;
            r->whole = p == w->len;
            r->word = k;
            r->next = -1;
            w->nlit++;
            uint32_t b = fw_lit_bloom_bit(id);
            c->bloom[b >> 6] |= (uint64_t)1 << (b & 63);
        }
        for (uint32_t i = 0, j = w->nlit; i + 1 < j; i++, j--) {
            litref t = c->lits[w->lit0 + i];
            c->lits[w->lit0 + i] = c->lits[w->lit0 + j - 1];
            c->lits[w->lit0 + j - 1] = t;
        }
        /* A number that is no literal ("Group of 77" is one). */
        if (w->nlit && (w->flags & W_NUMBER) && !c->lits[w->lit0].whole)
            w->nlit = 0;
    }
    return FW_OK;
}

/* Links each literal's occurrences, for patterns that look for one
 * anywhere after a point. */
static fw_status index_occurrences(ctx *c)
{
    uint32_t size = 16;
    while (size < 2 * c->n_lits + 2)
        size *= 2;
    c->occ = fw_arena_alloc(c->a, size * sizeof *c->occ);
    if (!c->occ)
        return FW_ENOMEM;
    c->occ_mask = size - 1;
    for (size_t i = c->n_lits; i-- > 0;) {
        litref *r = &c->lits[i];
        uint32_t h = (r->lit * 2654435761u) & c->occ_mask;
        while (c->occ[h].first && c->occ[h].lit != r->lit)
            h = (h + 1) & c->occ_mask;
        r->next = c->occ[h].first ? c->occ[h].first - 1 : -1;
        c->occ[h].lit = r->lit;
        c->occ[h].first = (int32_t)i + 1;
    }
    return FW_OK;
}

/* The first litref of literal 'lit' at word 'from' or later, or -1. */
static int32_t occurrence_from(const ctx *c, uint32_t lit, int32_t from)
{
    uint32_t h = (lit * 2654435761u) & c->occ_mask;
    while (c->occ[h].first && c->occ[h].lit != lit)
        h = (h + 1) & c->occ_mask;
    int32_t r = c->occ[h].first - 1;
    while (r >= 0 && c->lits[r].word < from)
        r = c->lits[r].next;
    return r;
}

/* Does word k hold literal 'lit'? 0 no, 1 as a stem, 2 whole. */
static int has_literal(const ctx *c, int32_t k, uint32_t lit)
{
    const cword *w = &c->w[k];
    for (uint32_t i = 0; i < w->nlit; i++) {
        const litref *r = &c->lits[w->lit0 + i];
        if (r->lit == lit)
            return r->whole ? 2 : 1;
    }
    return 0;
}

/* May a word that the literal covers only in part end so? The rest of
 * the word after the literal is 'rest'. */
static bool ending_ok(const char *rest, uint8_t conn, fw_wtype type)
{
    if (conn & FW_C_PARTIAL)
        return true;
    if (conn & FW_C_EXACT)
        return false;
    if (type == FW_W_ACTOR || type == FW_W_AGENT || type == FW_W_NOUN)
        return strcmp(rest, "S") == 0 || strcmp(rest, "'S") == 0 ||
               strcmp(rest, "ES") == 0;
    if (type == FW_W_VERB)
        return strcmp(rest, "S") == 0 || strcmp(rest, "ED") == 0 ||
               strcmp(rest, "ES") == 0 || strcmp(rest, "EN") == 0 ||
               strcmp(rest, "ING") == 0 ||
               (strcmp(rest, "D") == 0 && rest[-1] == 'E');
    return false;
}

/* Matches root phrase p at word 'at' (TABARI's matchLex); returns the
 * characters matched (0: no match) and the words in *last_word. */
static size_t match_root(const ctx *c, fw_phrase p, fw_wtype type, int32_t at,
                         int32_t *words, size_t *n_words)
{
    const fw_dict *d = c->d;
    size_t chars = 0;
    bool skip = false;
    int32_t k = at;
    *n_words = 0;
    for (uint16_t e = 0; e < p.len; e++) {
        const fw_elem *el = &d->elems[p.first + e];
        int found;
        for (;;) {
            if (k >= c->n || (c->w[k].flags & W_COMMA) || c->w[k].match >= 0)
                return 0;
            found = has_literal(c, k, el->value);
            if (found || !skip)
                break;
            k++;
        }
        if (!found)
            return 0;
        const fw_literal *lit = &d->lits[el->value];
        chars += lit->len;
        if (found == 1) { /* the literal is a stem of the word */
            if (e + 1 < p.len && !(el->conn & FW_C_PARTIAL))
                return 0;
            if (!ending_ok(c->w[k].up + lit->len, el->conn, type))
                return 0;
            if (!(el->conn & FW_C_PARTIAL)) /* a regular ending */
                chars += strlen(c->w[k].up + lit->len);
        }
        if (*n_words < 64)
            words[(*n_words)++] = k;
        skip = (el->conn & FW_C_SKIP) != 0;
        k++;
    }
    return chars;
}

static cmatch *new_match(ctx *c, uint32_t root, int32_t head, int32_t tail)
{
    cmatch *m = FW_PUSH(c->a, c->m, c->n_m, c->cap_m);
    if (!m)
        return NULL;
    m->root = root;
    m->wtype = c->d->roots[root].wtype;
    m->head = head;
    m->tail = tail;
    m->ref = REF_NONE;
    return m;
}

/* The caller's actors take their words first. */
static fw_status assign_external(ctx *c, const fw_ext_actor *ext, size_t n_ext)
{
    int32_t k = 0;
    for (size_t i = 0; i < n_ext; i++) {
        while (k < c->n && c->w[k].span.start < ext[i].span.start)
            k++;
        /* Words that start in the span: "Ukraine's" for "Ukraine". */
        int32_t head = k, tail = -1;
        for (int32_t j = k; j < c->n && c->w[j].span.start < ext[i].span.end;
             j++)
            if (!(c->w[j].flags & (W_COMMA | W_QUOTE)) && c->w[j].match < 0)
                tail = j;
        if (tail < head)
            continue;
        cmatch *m = new_match(c, c->d->ext_root, head, tail);
        if (!m)
            return FW_ENOMEM;
        m->external = true;
        m->keep = ext[i].keep;
        set_code(m->code, sizeof m->code, ext[i].code, SIZE_MAX);
        int32_t id = (int32_t)(c->n_m - 1);
        for (int32_t j = head; j <= tail; j++) {
            c->w[j].match = id;
            c->w[j].wtype = FW_W_ACTOR;
        }
        k = tail + 1;
    }
    return FW_OK;
}

static fw_status assign_roots(ctx *c)
{
    const fw_dict *d = c->d;
    int32_t words[64], best_words[64];
    for (int32_t k = 0; k < c->n; k++) {
        cword *w = &c->w[k];
        if (w->wtype != FW_W_NULL || !w->nlit)
            continue;
        size_t best = 0, best_n = 0;
        uint32_t best_root = UINT32_MAX;
        for (uint32_t i = 0; i < w->nlit; i++) {
            uint32_t lit = c->lits[w->lit0 + i].lit;
            const fw_literal *l = &d->lits[lit];
            for (uint32_t g = l->roots, end = l->roots + l->n_roots; g < end;
                 g++) {
                const struct fw_chain *ch = &d->chain[g];
                if (ch->key != UINT32_MAX && !in_bloom(c, ch->key)) {
                    g = ch->skip - 1; /* its group needs that literal */
                    continue;
                }
                uint32_t r = ch->root;
                const fw_root *root = &d->roots[r];
                if (!has_all(c, root->req, root->n_req))
                    continue;
                size_t nw;
                size_t got =
                    match_root(c, root->phrase, root->wtype, k, words, &nw);
                if (got > best || (got == best && got &&
                                   root->order < d->roots[best_root].order)) {
                    best = got;
                    best_root = r;
                    best_n = nw;
                    memcpy(best_words, words, nw * sizeof *words);
                }
            }
        }
        if (!best)
            continue;
        cmatch *m =
            new_match(c, best_root, best_words[0], best_words[best_n - 1]);
        if (!m)
            return FW_ENOMEM;
        int32_t id = (int32_t)(c->n_m - 1);
        for (size_t i = 0; i < best_n; i++) {
            cword *x = &c->w[best_words[i]];
            if (x->match < 0) {
                x->match = id;
                x->wtype = m->wtype;
            }
        }
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Actor codes at the date                                             */

static bool code_applies(const fw_actor_code *ac, int32_t date)
{
    switch (ac->when) {
    case '<':
        return date <= ac->from;
    case '>':
        return date >= ac->from;
    case '-':
        return date >= ac->from && date <= ac->to;
    default:
        return true;
    }
}

/* The actor's code at the date: a restriction that applies, else the
 * unrestricted code; "" when there is none. */
static const char *actor_code(const ctx *c, const fw_root *r)
{
    const fw_actor_code *codes = &c->d->acodes[r->value];
    const char *fallback = "";
    for (uint16_t i = 0; i < r->n_values; i++) {
        if (codes[i].when && c->date != FW_NO_DATE &&
            code_applies(&codes[i], c->date))
            return codes[i].code;
        if (!codes[i].when && !*fallback)
            fallback = codes[i].code;
    }
    return fallback;
}

static bool null_code(const char *code)
{
    return !*code || strcmp(code, "---") == 0;
}

/* ------------------------------------------------------------------ */
/* Markup                                                              */

static void retype(ctx *c, int32_t mi, fw_wtype type)
{
    cmatch *m = &c->m[mi];
    m->wtype = (uint8_t)type;
    for (int32_t k = m->head; k <= m->tail; k++)
        if (c->w[k].match == mi)
            c->w[k].wtype = (uint8_t)type;
}

/* News: does word k make the verb after it a noun? A possessive that
 * names no actor ("his attacks", "voters' support", but not "Russia's
 * advance"), a quantifier ("no shot", "several attacks") or a number. */
static bool noun_before(const ctx *c, int32_t k)
{
    static const char *const words[] = {
        "HIS",   "HER",     "ITS",  "THEIR", "OUR",   "MY",      "YOUR",
        "THESE", "THOSE",   "NO",   "ANY",   "EACH",  "EVERY",   "SOME",
        "MANY",  "SEVERAL", "BOTH", "FEW",   "OTHER", "FURTHER", "NEW"};
    const cword *w = &c->w[k];
    if (w->flags & W_NUMBER)
        return true;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strcmp(w->up, words[i]) == 0)
            return true;
    bool possessive =
        w->len > 2 &&
        ((w->up[w->len - 2] == '\'' && w->up[w->len - 1] == 'S') ||
         w->up[w->len - 1] == '\'');
    return possessive && !(w->match >= 0 &&
                           (w->wtype == FW_W_ACTOR || w->wtype == FW_W_AGENT));
}

/* Verbs after a determiner or capitalised in mid-sentence are nouns;
 * actors without a code at the date too. Actors get their codes. */
static void mark_nouns(ctx *c)
{
    for (size_t i = 0; i < c->n_m; i++) {
        cmatch *m = &c->m[i];
        if (m->wtype == FW_W_VERB && m->head > 0) {
            const cword *prev = &c->w[m->head - 1];
            if (prev->wtype == FW_W_DETERM ||
                (c->w[m->head].flags & W_MIDCAP) ||
                (c->o->strict && noun_before(c, m->head - 1)))
                retype(c, (int32_t)i, FW_W_NOUN);
        } else if (m->wtype == FW_W_ACTOR && !m->external) {
            const char *code = actor_code(c, root_of(c, m));
            if (strcmp(code, "###") == 0)
                c->discard = true;
            if (strcmp(code, "+++") == 0)
                c->complex = true;
            if (null_code(code) || !strcmp(code, "###") ||
                !strcmp(code, "+++")) {
                retype(c, (int32_t)i, FW_W_NOUN);
                continue;
            }
            size_t n = strlen(code);
            memcpy(m->code, code, n < sizeof m->code ? n + 1 : 0);
        }
    }
}

static int32_t match_at(const ctx *c, int32_t k)
{
    return k >= 0 && k < c->n ? c->w[k].match : -1;
}

static bool is_type(const ctx *c, int32_t k, fw_wtype t)
{
    return k >= 0 && k < c->n && c->w[k].wtype == t && c->w[k].match >= 0 &&
           !c->m[c->w[k].match].cancelled;
}

/* With CONVERT AGENT set, an agent with no actor next to it acts as
 * one: "police fired on protesters" gives ~COP. An actor (or "former")
 * just before it, or one just after it (maybe after a preposition),
 * keeps it an agent. */
static void convert_agents(ctx *c)
{
    const fw_dict *d = c->d;
    for (size_t i = 0; i < c->n_m; i++) {
        cmatch *ag = &c->m[i];
        if (ag->wtype != FW_W_AGENT)
            continue;
        int32_t before = ag->head - 1, after = ag->tail + 1;
        if (is_type(c, before, FW_W_ACTOR) || is_type(c, before, FW_W_FORMER))
            continue;
        if (is_type(c, after, FW_W_ACTOR) &&
            c->m[match_at(c, after)].head == after)
            continue;
        if (is_type(c, after, FW_W_PREP) && is_type(c, after + 1, FW_W_ACTOR))
            continue;
        const fw_agent_code *code = &d->agcodes[root_of(c, ag)->value];
        retype(c, (int32_t)i, FW_W_ACTOR);
        snprintf(ag->code, sizeof ag->code, "%s%s%s", code->prefix ? "" : "~",
                 code->code, code->prefix ? "~" : "");
    }
}

/* "X and Y", "X, Y and Z", "neither X nor Y": compound actors. */
static fw_status mark_compounds(ctx *c)
{
    for (int32_t k = 0; k < c->n; k++) {
        int32_t mi = c->w[k].match;
        if (mi < 0 || c->m[mi].wtype != FW_W_CONJ ||
            root_of(c, &c->m[mi])->value != 1)
            continue;
        /* After it: actors, with determiners and adjectives between
         * ("and the evil Arnor awful Gondor"). */
        int32_t end = -1, j = k + 1;
        while (j < c->n &&
               (c->w[j].wtype == FW_W_ACTOR || c->w[j].wtype == FW_W_DETERM ||
                c->w[j].wtype == FW_W_ADJ)) {
            if (c->w[j].wtype == FW_W_ACTOR && c->w[j].match >= 0 &&
                c->m[c->w[j].match].head == j) {
                end = c->m[c->w[j].match].tail;
                j = end;
            }
            j++;
        }
        if (end < 0)
            continue;
        int32_t start = -1;
        bool need_connector = false;
        for (j = k; j >= 0; j--) {
            uint8_t t = c->w[j].wtype;
            bool comma = c->w[j].flags & W_COMMA;
            if (!(t == FW_W_ACTOR || t == FW_W_CONJ || comma ||
                  t == FW_W_DETERM || t == FW_W_ADJ))
                break;
            if (t == FW_W_CONJ || comma)
                need_connector = false;
            if (t == FW_W_ACTOR && c->w[j].match >= 0) {
                if (need_connector)
                    break;
                j = c->m[c->w[j].match].head;
                start = j;
                need_connector = true;
            }
        }
        if (start < 0)
            continue;
        /* A compound inside this one is part of it. */
        while (c->n_cmpd && c->cmpd[c->n_cmpd - 1].first >= start)
            c->n_cmpd--;
        range *r = FW_PUSH(c->a, c->cmpd, c->n_cmpd, c->cap_cmpd);
        if (!r)
            return FW_ENOMEM;
        r->first = start;
        r->last = end;
        k = end;
    }
    return FW_OK;
}

/* The compound starting at word k, or -1. */
static int32_t compound_at(const ctx *c, int32_t k)
{
    for (size_t i = 0; i < c->n_cmpd; i++)
        if (c->cmpd[i].first == k)
            return (int32_t)i;
    return -1;
}

static int32_t skip_compound(const ctx *c, int32_t k)
{
    int32_t ci = compound_at(c, k);
    return ci >= 0 ? c->cmpd[ci].last + 1 : k;
}

static fw_status add_sub(ctx *c, int32_t first, int32_t last)
{
    if (first > last)
        return FW_OK;
    range *r = FW_PUSH(c->a, c->sub, c->n_sub, c->cap_sub);
    if (!r)
        return FW_ENOMEM;
    r->first = first;
    r->last = last;
    return FW_OK;
}

static bool verb_before(const ctx *c, int32_t k)
{
    for (int32_t j = 0; j < k; j++)
        if (c->w[j].wtype == FW_W_VERB)
            return true;
    return false;
}

/* Comma-delimited clauses of the configured lengths are set aside. */
static fw_status mark_subordinates(ctx *c)
{
    const fw_coder_opts *o = c->o;
    int32_t k = 0;
    while (k < c->n) {
        int32_t next = skip_compound(c, k);
        if (next != k) {
            k = next;
            continue;
        }
        if (!(c->w[k].flags & W_COMMA)) {
            k++;
            continue;
        }
        int32_t start = k;
        if (start >= o->comma_bmin && start <= o->comma_bmax) {
            fw_status st = add_sub(c, 0, start - 1);
            if (st != FW_OK)
                return st;
        }
        k++;
        while (k < c->n && !(c->w[k].flags & W_COMMA)) {
            next = skip_compound(c, k);
            k = next != k ? next : k + 1;
        }
        int32_t words = k - start - 1;
        if (k >= c->n) {
            /* Read strictly, the last clause is set aside ("..., the
             * ministry said") only when a verb came before it: "On
             * Monday, France condemned Iran" keeps its main clause. */
            if (words >= o->comma_emin && words <= o->comma_emax &&
                (!o->strict || verb_before(c, start)))
                return add_sub(c, start, c->n - 1);
            return FW_OK;
        }
        if (words >= o->comma_min && words <= o->comma_max) {
            fw_status st = add_sub(c, start, k);
            if (st != FW_OK)
                return st;
        }
        k++; /* commas pair off: the closing one opens nothing */
    }
    return FW_OK;
}

/* Everything in a subordinate clause is set aside; a root reaching into
 * one goes with it. */
static void null_subordinates(ctx *c)
{
    for (size_t i = 0; i < c->n_sub; i++) {
        for (int32_t k = c->sub[i].first; k <= c->sub[i].last; k++) {
            cword *w = &c->w[k];
            w->nulled = true;
            if (w->match >= 0)
                c->m[w->match].cancelled = true;
        }
    }
    for (int32_t k = 0; k < c->n; k++)
        if (c->w[k].match >= 0 && c->m[c->w[k].match].cancelled)
            c->w[k].wtype = FW_W_NULL;
    /* Compounds that touch a subordinate clause are gone. */
    size_t kept = 0;
    for (size_t i = 0; i < c->n_cmpd; i++) {
        bool gone = false;
        for (int32_t k = c->cmpd[i].first; k <= c->cmpd[i].last; k++)
            gone |= c->w[k].nulled;
        if (!gone)
            c->cmpd[kept++] = c->cmpd[i];
    }
    c->n_cmpd = kept;
}

static fw_status add_clause(ctx *c, int32_t first, int32_t last)
{
    range *r = FW_PUSH(c->a, c->clause, c->n_clause, c->cap_clause);
    if (!r)
        return FW_ENOMEM;
    r->first = first;
    r->last = last;
    return FW_OK;
}

/* Is there a verb in words [from, k) and one from k + 1 to the next
 * conjunction or the end? */
static bool verbs_around(const ctx *c, int32_t from, int32_t k)
{
    bool before = false, after = false;
    for (int32_t j = from; j < k && !before; j++)
        before = c->w[j].wtype == FW_W_VERB && !c->w[j].nulled;
    for (int32_t j = k + 1; j < c->n && c->w[j].wtype != FW_W_CONJ && !after;
         j++)
        after = c->w[j].wtype == FW_W_VERB && !c->w[j].nulled;
    return before && after;
}

/* Conjunctions split clauses, except between nouns ("sheep and goats")
 * or adjectives ("awful and evil"). */
static fw_status mark_clauses(ctx *c)
{
    int32_t start = 0;
    for (int32_t k = 0; k < c->n; k++) {
        int32_t next = skip_compound(c, k);
        if (next != k) {
            k = next - 1;
            continue;
        }
        if (c->w[k].wtype != FW_W_CONJ || k == 0 || k + 1 >= c->n ||
            c->w[k].nulled)
            continue;
        if (c->w[k - 1].wtype == FW_W_NOUN) {
            int32_t j = k + 1;
            while (j < c->n && c->w[j].wtype == FW_W_ADJ)
                j++;
            if (j < c->n && c->w[j].wtype == FW_W_NOUN) {
                k = j;
                continue;
            }
        }
        if (c->w[k - 1].wtype == FW_W_ADJ && c->w[k + 1].wtype == FW_W_ADJ) {
            k++;
            continue;
        }
        /* Read strictly, a clause has a verb: "Witkoff and Kushner
         * negotiated", "outgunned and outnumbered forces" are none. */
        if (c->o->strict && !verbs_around(c, start, k))
            continue;
        fw_status st = add_clause(c, start, k - 1);
        if (st != FW_OK)
            return st;
        start = k + 1;
    }
    return add_clause(c, start, c->n - 1);
}

/* HE, SHE, IT, HIM, HER: the first actor of the sentence before it
 * that is not in a compound; THEY, THEM, THEIR: the first compound
 * before it, else the first actor. Else what the previous sentence
 * forwards. The pronoun becomes an actor standing for its referent. */
static void resolve_pronouns(ctx *c)
{
    for (size_t i = 0; i < c->n_m; i++) {
        cmatch *p = &c->m[i];
        if (p->wtype != FW_W_PRONOUN || p->cancelled)
            continue;
        bool plural = root_of(c, p)->value == 2;
        int32_t ref = REF_NONE;
        for (int32_t k = 0; k < p->head; k++) {
            if (!is_type(c, k, FW_W_ACTOR) || c->m[c->w[k].match].head != k)
                continue;
            int32_t ci = compound_at(c, k);
            if (plural) {
                if (ci >= 0) {
                    ref = k;
                    break;
                }
                if (ref == REF_NONE)
                    ref = k;
            } else if (ci >= 0) {
                k = c->cmpd[ci].last;
            } else {
                ref = k;
                break;
            }
        }
        if (ref == REF_NONE && c->fwd && c->fwd->valid && c->o->forward) {
            const char *fwd = plural ? c->fwd->compound : c->fwd->actor;
            if (*fwd) {
                ref = plural ? REF_FWD_COMPOUND : REF_FWD_ACTOR;
                set_code(p->code, sizeof p->code, fwd, SIZE_MAX);
            }
        }
        if (ref == REF_NONE)
            continue;
        p->ref = ref;
        if (ref >= 0)
            memcpy(p->code, c->m[c->w[ref].match].code, sizeof p->code);
        retype(c, (int32_t)i, FW_W_ACTOR);
    }
}

/* ------------------------------------------------------------------ */
/* Filters                                                             */

static bool discard_code(const char *code)
{
    return strcmp(code, "###") == 0;
}

static bool complex_code(const char *code)
{
    return strcmp(code, "+++") == 0;
}

/* A discard phrase, or a verb or time phrase coded ###, discards the
 * sentence wherever it stands (subordinate clauses included); the first
 * time phrase shifts the date, or marks the sentence complex. */
static void check_discards(ctx *c)
{
    bool timed = false;
    for (size_t i = 0; i < c->n_m; i++) {
        const cmatch *m = &c->m[i];
        const fw_root *r = root_of(c, m);
        if (r->wtype == FW_W_DISCARD)
            c->discard = true;
        if (r->wtype == FW_W_VERB &&
            discard_code(c->d->verbs[r->value].code.main))
            c->discard = true;
        if (r->wtype != FW_W_TIME)
            continue;
        int32_t v = (int32_t)r->value;
        if (v == INT32_MIN)
            c->discard = true;
        else if (!m->cancelled && c->o->time_shift && !timed && v != 0) {
            timed = true;
            if (v == INT32_MAX)
                c->complex = true;
            else
                c->shift = v;
        }
    }
}

static bool verb_head(const ctx *c, int32_t k)
{
    return !c->w[k].nulled && is_type(c, k, FW_W_VERB) &&
           c->m[c->w[k].match].head == k;
}

/* TABARI's complexity filter: too many verbs or conjunctions outside
 * compounds; with NOACTPRIOR, no actor before the first verb that has
 * a code of its own (anywhere, when there is no such verb). */
static void check_complexity(ctx *c)
{
    const fw_coder_opts *o = c->o;
    int verbs = 0, conj = 0;
    int32_t first_verb = c->n;
    for (int32_t k = 0; k < c->n; k++) {
        if (c->w[k].nulled)
            continue;
        if (verb_head(c, k)) {
            verbs++;
            const cmatch *m = &c->m[c->w[k].match];
            if (first_verb == c->n &&
                !null_code(c->d->verbs[root_of(c, m)->value].code.main))
                first_verb = k;
        }
        int32_t next = skip_compound(c, k);
        if (next != k) {
            k = next - 1;
            continue;
        }
        if (is_type(c, k, FW_W_CONJ))
            conj++;
    }
    if (o->cplx_verbs && verbs >= o->cplx_verbs)
        c->complex = true;
    if (o->cplx_conj && conj >= o->cplx_conj)
        c->complex = true;
    if (o->cplx_noactprior) {
        bool actor = false;
        for (int32_t k = 0; k < first_verb && !actor; k++)
            actor = !c->w[k].nulled && is_type(c, k, FW_W_ACTOR);
        if (!actor)
            c->complex = true;
    }
}

/* ------------------------------------------------------------------ */
/* Patterns                                                            */

/* Where a pattern found its actors: the words they start at. */
typedef struct pmatch {
    int32_t source, target; /* or -1 */
    bool among;             /* '%': the compound's members act on each other */
} pmatch;

typedef struct pstate {
    const ctx *c;
    int32_t lo, hi; /* the clause's words */
    pmatch pm;
    uint8_t depth; /* synsets being matched inside one another */
} pstate;

/* How deep synsets may hold synsets while a phrase matches: a user's
 * synset that holds itself, at once or through another, would otherwise
 * recurse without end. */
#define MAX_SYNSET_DEPTH 8

static bool word_live(const ctx *c, int32_t k)
{
    return !c->w[k].nulled && !(c->w[k].flags & W_COMMA);
}

static bool member_possible(const ctx *c, uint32_t m)
{
    if (c->member_ok[m] < 0)
        c->member_ok[m] =
            has_all(c, c->d->syn_req[m].first, c->d->syn_req[m].n);
    return c->member_ok[m] > 0;
}

/* Can any member of synset s match in this sentence? */
static bool synset_possible(const ctx *c, uint32_t s)
{
    if (c->syn_ok[s] < 0) {
        const struct fw_synset *syn = &c->d->synsets[s];
        c->syn_ok[s] = 0;
        for (uint32_t i = 0; i < syn->n && !c->syn_ok[s]; i++)
            c->syn_ok[s] = member_possible(c, syn->first + i);
    }
    return c->syn_ok[s] > 0;
}

/* Can every synset of phrase p match in this sentence? */
static bool synsets_possible(const ctx *c, fw_phrase p)
{
    for (uint16_t e = 0; e < p.len; e++) {
        const fw_elem *el = &c->d->elems[p.first + e];
        if (el->kind == FW_E_SYNSET && !synset_possible(c, el->value))
            return false;
    }
    return true;
}

/* Does word k match literal element 'el' (connector rules of a pattern:
 * whole words unless the element is open)? */
static bool lit_matches(const ctx *c, int32_t k, const fw_elem *el)
{
    int found = has_literal(c, k, el->value);
    if (found == 2)
        return true;
    return found == 1 && (el->conn & FW_C_PARTIAL);
}

static bool match_forward(pstate *ps, fw_phrase p, uint16_t e, int32_t k,
                          bool skip, int32_t *end);

/* Marks in 'where' the words in [from, to] where a member of synset s
 * may start (its first literal occurs there); false when some member
 * starts otherwise, and every word must be tried. */
static bool synset_starts(const ctx *c, uint32_t s, int32_t from, int32_t to,
                          uint64_t *where)
{
    const fw_dict *d = c->d;
    const struct fw_synset *syn = &d->synsets[s];
    memset(where, 0, ((size_t)(to >> 6) + 1) * sizeof *where);
    for (uint32_t i = 0; i < syn->n; i++) {
        fw_phrase mp = d->syn_members[syn->first + i];
        if (!mp.len || d->elems[mp.first].kind != FW_E_LIT)
            return false;
        if (!member_possible(c, syn->first + i))
            continue;
        for (int32_t r = occurrence_from(c, d->elems[mp.first].value, from);
             r >= 0 && c->lits[r].word <= to; r = c->lits[r].next)
            where[c->lits[r].word >> 6] |= (uint64_t)1
                                           << (c->lits[r].word & 63);
    }
    return true;
}

/* May words come between this element of an upper phrase and the next
 * one (towards the verb)? TABARI lets them after a synset whatever its
 * connector says. */
static bool joins_loosely(const fw_elem *el)
{
    return (el->conn & FW_C_SKIP) || el->kind == FW_E_SYNSET;
}

/* An actor (or compound) starting at word k: its last word. */
static int32_t actor_end(const ctx *c, int32_t k, bool *compound)
{
    *compound = false;
    int32_t ci = compound_at(c, k);
    if (ci >= 0) {
        *compound = true;
        return c->cmpd[ci].last;
    }
    if (is_type(c, k, FW_W_ACTOR) && c->m[c->w[k].match].head == k)
        return c->m[c->w[k].match].tail;
    return -1;
}

/* Matches the elements e.. of a lower phrase from word k on; 'skip':
 * may words be skipped before element e. *end gets the last word. */
static bool match_forward(pstate *ps, fw_phrase p, uint16_t e, int32_t k,
                          bool skip, int32_t *end)
{
    const ctx *c = ps->c;
    const fw_dict *d = c->d;
    if (e == p.len) {
        *end = k - 1;
        return true;
    }
    const fw_elem *el = &d->elems[p.first + e];
    bool next_skip = (el->conn & FW_C_SKIP) != 0;
    if (el->kind == FW_E_LIT && skip) {
        /* Straight to the words that hold the literal. */
        for (int32_t r = occurrence_from(c, el->value, k); r >= 0;
             r = c->lits[r].next) {
            int32_t j = c->lits[r].word;
            if (j > ps->hi)
                break;
            if (!word_live(c, j) ||
                !(c->lits[r].whole || (el->conn & FW_C_PARTIAL)))
                continue;
            pmatch save = ps->pm;
            if (match_forward(ps, p, (uint16_t)(e + 1), j + 1, next_skip, end))
                return true;
            ps->pm = save;
        }
        return false;
    }
    /* A synset looked for anywhere after k: only where one of its
     * members' first literals occurs. */
    uint64_t where[MAX_WORDS / 64];
    bool sieve = el->kind == FW_E_SYNSET && skip &&
                 synset_starts(c, el->value, k, ps->hi, where);
    for (; k <= ps->hi; k++) {
        if (sieve && !((where[k >> 6] >> (k & 63)) & 1))
            continue;
        if (!word_live(c, k)) {
            if (!skip)
                return false;
            continue;
        }
        bool ok = false;
        int32_t after = k + 1;
        switch (el->kind) {
        case FW_E_LIT:
            ok = lit_matches(c, k, el);
            break;
        case FW_E_SYNSET: {
            const struct fw_synset *syn = &d->synsets[el->value];
            for (uint32_t s = 0; s < syn->n && !ok; s++) {
                fw_phrase mp = d->syn_members[syn->first + s];
                const fw_elem *first = &d->elems[mp.first];
                if ((mp.len && first->kind == FW_E_LIT &&
                     !lit_matches(c, k, first)) ||
                    !member_possible(c, syn->first + s))
                    continue;
                int32_t e2;
                pstate sub = *ps;
                sub.depth++;
                if (sub.depth <= MAX_SYNSET_DEPTH &&
                    match_forward(&sub, d->syn_members[syn->first + s], 0, k,
                                  false, &e2)) {
                    ok = true;
                    after = e2 + 1;
                    ps->pm = sub.pm;
                }
            }
            break;
        }
        case FW_E_SOURCE:
        case FW_E_TARGET:
        case FW_E_CMPD:
        case FW_E_SKIPACT: {
            bool cmpd;
            int32_t ae = actor_end(c, k, &cmpd);
            if (ae < 0 || (el->kind == FW_E_CMPD && !cmpd))
                break;
            ok = true;
            after = ae + 1;
            if (el->kind == FW_E_SOURCE) {
                ps->pm.source = k;
            } else if (el->kind == FW_E_TARGET) {
                ps->pm.target = k;
            } else if (el->kind == FW_E_CMPD) {
                ps->pm.source = k;
                ps->pm.among = true;
            }
            break;
        }
        }
        if (ok) {
            pmatch save = ps->pm;
            if (match_forward(ps, p, (uint16_t)(e + 1), after, next_skip, end))
                return true;
            ps->pm = save;
        }
        if (!skip)
            return false;
    }
    return false;
}

/* Matches an upper phrase leftward from word k (the word before the
 * verb): its last element first. */
static bool match_backward(pstate *ps, fw_phrase p, int e, int32_t k, bool skip)
{
    const ctx *c = ps->c;
    const fw_dict *d = c->d;
    if (e < 0)
        return true;
    const fw_elem *el = &d->elems[p.first + e];
    /* The connector after element e decides whether words may come
     * between it and what follows. */
    for (; k >= ps->lo; k--) {
        if (!word_live(c, k)) {
            if (!skip)
                return false;
            continue;
        }
        bool ok = false;
        int32_t before = k - 1;
        const fw_elem *prev = e > 0 ? &d->elems[p.first + e - 1] : NULL;
        bool prev_skip = !prev || joins_loosely(prev);
        switch (el->kind) {
        case FW_E_LIT:
            ok = lit_matches(c, k, el);
            break;
        case FW_E_SYNSET: {
            /* Try each member ending at k: run it forward from each
             * start at or before k. */
            const struct fw_synset *syn = &d->synsets[el->value];
            const fw_phrase *list = &d->syn_members[syn->first];
            for (uint32_t a = 0; a < syn->n && !ok; a++) {
                const fw_elem *last =
                    &d->elems[list[a].first + list[a].len - 1];
                if ((list[a].len && last->kind == FW_E_LIT &&
                     !lit_matches(c, k, last)) ||
                    !member_possible(c, syn->first + a))
                    continue;
                for (int32_t s = k; s >= ps->lo && s >= k - 8 && !ok; s--) {
                    int32_t e2;
                    pstate sub = *ps;
                    sub.depth++;
                    if (sub.depth <= MAX_SYNSET_DEPTH &&
                        match_forward(&sub, list[a], 0, s, false, &e2) &&
                        e2 == k) {
                        ok = true;
                        before = s - 1;
                        ps->pm = sub.pm;
                    }
                }
            }
            break;
        }
        case FW_E_SOURCE:
        case FW_E_TARGET:
        case FW_E_CMPD:
        case FW_E_SKIPACT: {
            /* An actor ending at k. */
            int32_t mi = c->w[k].match;
            if (!is_type(c, k, FW_W_ACTOR) || c->m[mi].tail != k)
                break;
            int32_t head = c->m[mi].head;
            bool cmpd = false;
            for (size_t ci = 0; ci < c->n_cmpd; ci++)
                if (c->cmpd[ci].last == k) {
                    head = c->cmpd[ci].first;
                    cmpd = true;
                }
            if (el->kind == FW_E_CMPD && !cmpd)
                break;
            ok = true;
            before = head - 1;
            if (el->kind == FW_E_SOURCE || el->kind == FW_E_CMPD) {
                ps->pm.source = head;
                ps->pm.among = el->kind == FW_E_CMPD;
            } else if (el->kind == FW_E_TARGET) {
                ps->pm.target = head;
            }
            break;
        }
        }
        if (ok) {
            pmatch save = ps->pm;
            if (match_backward(ps, p, e - 1, before, prev_skip))
                return true;
            ps->pm = save;
        }
        if (!skip)
            return false;
    }
    return false;
}

/* The verb's first pattern that matches, or NULL. */
static const fw_pattern *match_patterns(const ctx *c, const cmatch *verb,
                                        range clause, pmatch *pm)
{
    const fw_dict *d = c->d;
    const fw_verb *v = &d->verbs[root_of(c, verb)->value];
    for (uint32_t i = 0; i < v->n_pats; i++) {
        const fw_pattern *p = &d->pats[v->first_pat + i];
        if (!has_all(c, p->req, p->n_req) || !synsets_possible(c, p->upper) ||
            !synsets_possible(c, p->lower))
            continue;
        pstate ps = {.c = c,
                     .lo = clause.first,
                     .hi = clause.last,
                     .pm = {-1, -1, false}};
        if (p->upper.len) {
            const fw_elem *last = &d->elems[p->upper.first + p->upper.len - 1];
            if (!match_backward(&ps, p->upper, p->upper.len - 1, verb->head - 1,
                                (last->conn & FW_C_SKIP) != 0))
                continue;
        }
        if (p->lower.len) {
            int32_t end;
            if (!match_forward(&ps, p->lower, 0, verb->tail + 1, !p->adjacent,
                               &end))
                continue;
        }
        *pm = ps.pm;
        return p;
    }
    return NULL;
}

/* ------------------------------------------------------------------ */
/* Events                                                              */

/* An actor as the coder carries it from verb to verb. */
typedef struct actor {
    const char *code; /* its code(s) at the date ("FRO/BIL/SAM" holds
                         several); NULL: no actor */
    int32_t where;    /* the word its root starts at, pronouns followed
                         to their referent; -1: a default or forwarded
                         actor, not in the sentence */
    int32_t agent;    /* the agent root that qualifies it, or -1 */
    bool former;      /* "former": the agent is ELI */
    uint8_t keep;     /* the part of the code an agent keeps, or 0 */
    fw_span span;     /* its words */
} actor;

static const actor no_actor = {NULL, -1, -1, false, 0, {0, 0}};

/* A coded event before compounds and multiple codes are expanded. */
typedef struct pending {
    actor source, target;
    fw_code code; /* main code only; pairs make two */
    fw_span verb;
} pending;

typedef struct coding {
    actor source, target;
    bool regular_source, regular_target; /* found by the default rules */
    bool passive;                        /* the last verb was passive */
    pending *ev;
    size_t n_ev, cap_ev;
} coding;

static fw_span words_span(const ctx *c, int32_t first, int32_t last)
{
    fw_span s = {c->w[first].span.start, c->w[last].span.end};
    return s;
}

static bool actor_head(const ctx *c, int32_t k)
{
    return !c->w[k].nulled && is_type(c, k, FW_W_ACTOR) &&
           c->m[c->w[k].match].head == k;
}

/* The actor whose root starts at word k: its codes, pronouns followed
 * to what they stand for. */
static actor actor_codes(const ctx *c, int32_t k)
{
    actor a = no_actor;
    const cmatch *m = &c->m[c->w[k].match];
    a.span = words_span(c, m->head, m->tail);
    for (int hops = 0; m->ref >= 0 && hops < 8; hops++) {
        k = m->ref;
        m = &c->m[c->w[k].match];
    }
    a.code = m->code;
    a.keep = m->keep;
    a.where = m->ref < REF_NONE ? -1 : k;
    return a;
}

static bool former_at(const ctx *c, int32_t k)
{
    return is_type(c, k, FW_W_FORMER);
}

/* The agent next to the actor starting at word k: right after it
 * ("Arnor security officials"), else right before it, maybe across a
 * preposition ("officials of Arnor"); "former" on either side makes it
 * ELI. */
static void find_agent(const ctx *c, int32_t k, actor *a)
{
    const cmatch *m = &c->m[c->w[k].match];
    int32_t tail = m->ref != REF_NONE ? k : m->tail;
    bool former = false;
    if (former_at(c, tail + 1)) {
        former = true;
        tail++;
    } else if (former_at(c, k - 1)) {
        former = true;
    }
    a->agent = -1;
    a->former = false;
    if (is_type(c, tail + 1, FW_W_AGENT) &&
        c->m[c->w[tail + 1].match].head == tail + 1) {
        a->agent = c->w[tail + 1].match;
        a->former = former;
        return;
    }
    /* News: "Iceland's fisheries minister", "Russia's defence ministry":
     * a possessive actor's agent may follow a word or two that no
     * dictionary knows. */
    const cword *last = &c->w[tail];
    if (c->o->strict && last->len > 2 && last->up[last->len - 2] == '\'' &&
        last->up[last->len - 1] == 'S') {
        for (int32_t j = tail + 1; j <= tail + 3 && j < c->n; j++) {
            if (is_type(c, j, FW_W_AGENT) && c->m[c->w[j].match].head == j) {
                a->agent = c->w[j].match;
                a->former = former;
                return;
            }
            if (c->w[j].match >= 0 || (c->w[j].flags & (W_COMMA | W_QUOTE)))
                break;
        }
    }
    int32_t at = k;
    if (is_type(c, at - 1, FW_W_PREP))
        at--;
    if (!is_type(c, at - 1, FW_W_AGENT))
        return;
    const cmatch *ag = &c->m[c->w[at - 1].match];
    if (ag->tail != at - 1)
        return;
    a->agent = c->w[at - 1].match;
    a->former = former || former_at(c, ag->head - 1);
}

/* The agent's code, "" when none: "~GOV" suffixes, "NGO~" prefixes. */
static void agent_code(const ctx *c, const actor *a, char *out, size_t cap,
                       bool *prefix)
{
    *prefix = false;
    out[0] = '\0';
    if (a->agent < 0)
        return;
    const fw_agent_code *ag =
        &c->d->agcodes[root_of(c, &c->m[a->agent])->value];
    set_code(out, cap, a->former ? "ELI" : ag->code, SIZE_MAX);
    *prefix = ag->prefix && !a->former;
}

static bool same_actor(const ctx *c, const actor *a, const actor *b)
{
    if (!a->code || !b->code || strcmp(a->code, b->code))
        return false;
    char x[16], y[16];
    bool px, py;
    agent_code(c, a, x, sizeof x, &px);
    agent_code(c, b, y, sizeof y, &py);
    return px == py && !strcmp(x, y);
}

/* The first actor starting in words [from, to] (forward), with its
 * agent; -1 when there is none. */
static int32_t next_actor(const ctx *c, int32_t from, int32_t to, actor *out)
{
    for (int32_t k = from; k <= to; k++) {
        if (!actor_head(c, k))
            continue;
        *out = actor_codes(c, k);
        find_agent(c, k, out);
        return k;
    }
    return -1;
}

/* The nearest actor ending in words [to, from] (backward), taken from
 * where its root (or a pronoun's referent) starts; -1 when none. */
static int32_t prev_actor(const ctx *c, int32_t from, int32_t to, actor *out)
{
    for (int32_t k = from; k >= to; k--) {
        if (c->w[k].nulled || !is_type(c, k, FW_W_ACTOR))
            continue;
        int32_t head = c->m[c->w[k].match].head;
        *out = actor_codes(c, head);
        int32_t at = out->where >= 0 ? out->where : head;
        find_agent(c, at, out);
        return at < head ? at : head;
    }
    return -1;
}

static actor default_actor(const ctx *c, const char *code)
{
    actor a = no_actor;
    (void)c;
    a.code = code;
    return a;
}

/* TABARI's default source: the first actor of the clause that is not
 * the target (only before the verb with DEFAULT ... PRIOR), else the
 * default source when there is one. */
static void regular_source(const ctx *c, coding *cd, range cl,
                           const cmatch *verb)
{
    const fw_coder_opts *o = c->o;
    int32_t from = cl.first, to = o->strict ? verb->head - 1 : cl.last;
    actor a;
    int32_t k;
    while ((k = next_actor(c, from, to, &a)) >= 0) {
        if (o->default_prior && o->default_source[0] && k > verb->head)
            break;
        if (!same_actor(c, &a, &cd->target)) {
            cd->source = a;
            cd->regular_source = true;
            return;
        }
        from = k + 1;
    }
    if (o->default_source[0]) {
        cd->source = default_actor(c, o->default_source);
        cd->regular_source = true;
    }
}

static bool in_compound_head(const ctx *c, const actor *a)
{
    return a->where >= 0 && compound_at(c, a->where) >= 0;
}

/* The default target: the first actor after the verb that is not the
 * source (or the default target with DEFAULT ... AFTER), else the
 * nearest one before it, else the source itself when it is a compound
 * (its members act on each other). */
static void regular_target(const ctx *c, coding *cd, range cl,
                           const cmatch *verb)
{
    const fw_coder_opts *o = c->o;
    actor a;
    int32_t k, from = verb->head + 1, to = cl.last;
    if (o->strict) /* the target follows the verb in its comma segment */
        for (to = verb->tail + 1; to <= cl.last; to++)
            if (c->w[to].flags & W_COMMA)
                break;
    if (to > cl.last)
        to = cl.last;
    while ((k = next_actor(c, from, to, &a)) >= 0) {
        if (!same_actor(c, &a, &cd->source)) {
            cd->target = a;
            cd->regular_target = true;
            return;
        }
        from = k + 1;
    }
    if (o->default_after && o->default_target[0]) {
        cd->target = default_actor(c, o->default_target);
        cd->regular_target = true;
        return;
    }
    from = o->strict ? -1 : verb->head - 1;
    while (from >= cl.first && (k = prev_actor(c, from, cl.first, &a)) >= 0) {
        if (!same_actor(c, &a, &cd->source)) {
            cd->target = a;
            return;
        }
        from = k - 1;
    }
    if (!cd->source.code)
        return;
    /* A compound's members act on each other ("Gondor and Osgiliath
     * renewed ties"); read strictly, only when the compound is in the
     * verb's own clause. */
    bool here = !o->strict ||
                (cd->source.where >= cl.first && cd->source.where <= cl.last);
    if (here &&
        (strchr(cd->source.code, '/') || in_compound_head(c, &cd->source)))
        cd->target = cd->source;
    else if (o->default_source[0] && o->default_target[0])
        cd->target = default_actor(c, o->default_target);
}

/* Passive voice: WAS/WERE/BEEN one or two words before the verb and BY
 * one to three words after it. */
static bool passive(const ctx *c, const cmatch *verb)
{
    int32_t k = verb->head;
    bool by = false;
    for (int32_t j = k + 1; j <= k + 3 && j < c->n; j++)
        by |= is_type(c, j, FW_W_BY);
    return by && (is_type(c, k - 1, FW_W_AUX) || is_type(c, k - 2, FW_W_AUX));
}

/* The members of a compound actor, or the actor alone. */
static size_t members(const ctx *c, const actor *a, actor *out, size_t cap)
{
    int32_t ci = a->where >= 0 ? compound_at(c, a->where) : -1;
    if (ci < 0) {
        out[0] = *a;
        return 1;
    }
    size_t n = 0;
    for (int32_t k = c->cmpd[ci].first; k <= c->cmpd[ci].last && n < cap; k++) {
        if (!actor_head(c, k))
            continue;
        out[n] = actor_codes(c, k);
        find_agent(c, k, &out[n]);
        n++;
    }
    return n;
}

static fw_status put_event(ctx *c, coding *cd, const actor *src,
                           const actor *tgt, const char *code, bool sub,
                           bool dom, fw_span verb)
{
    pending *p = FW_PUSH(c->a, cd->ev, cd->n_ev, cd->cap_ev);
    if (!p)
        return FW_ENOMEM;
    p->source = *src;
    p->target = *tgt;
    memset(&p->code, 0, sizeof p->code);
    set_code(p->code.main, sizeof p->code.main, code, SIZE_MAX);
    p->code.weak = sub;
    p->code.dominant = dom;
    p->verb = verb;
    return FW_OK;
}

/* An event (or a pair) for every source member and target member. */
static fw_status make_event(ctx *c, coding *cd, range cl, const cmatch *verb,
                            const fw_code *code)
{
    if (null_code(code->main))
        return FW_OK;
    if (!cd->source.code)
        regular_source(c, cd, cl, verb);
    if (!cd->target.code)
        regular_target(c, cd, cl, verb);
    if (!cd->source.code || !cd->target.code)
        return FW_OK;
    if (cd->regular_source && cd->regular_target && passive(c, verb)) {
        actor t = cd->source;
        cd->source = cd->target;
        cd->target = t;
        cd->passive = true;
    }
    actor srcs[MAX_MEMBERS], tgts[MAX_MEMBERS];
    size_t ns = members(c, &cd->source, srcs, MAX_MEMBERS);
    size_t nt = members(c, &cd->target, tgts, MAX_MEMBERS);
    fw_span vs = words_span(c, verb->head, verb->tail);
    fw_status st = FW_OK;
    for (size_t i = 0; i < ns && st == FW_OK; i++)
        for (size_t j = 0; j < nt && st == FW_OK; j++) {
            st = put_event(c, cd, &srcs[i], &tgts[j], code->main, code->weak,
                           code->dominant, vs);
            if (st == FW_OK && code->pair[0])
                st = put_event(c, cd, &tgts[j], &srcs[i], code->pair,
                               code->weak, code->dominant, vs);
        }
    if (!cd->regular_source)
        cd->source = no_actor;
    if (!cd->regular_target)
        cd->target = no_actor;
    return st;
}

/* Word k's actor (or compound) as a pattern found it. */
static actor pattern_actor(const ctx *c, int32_t k)
{
    actor a = actor_codes(c, k);
    find_agent(c, a.where >= 0 ? a.where : k, &a);
    return a;
}

/* One verb: its first pattern that matches, else its own code. */
static fw_status do_verb(ctx *c, coding *cd, range cl, const cmatch *verb)
{
    cd->target = no_actor;
    if (cd->passive) { /* a passive verb's source was its target */
        cd->source = no_actor;
        cd->passive = false;
    }
    pmatch pm = {-1, -1, false};
    const fw_pattern *pat = match_patterns(c, verb, cl, &pm);
    if (!pat)
        return make_event(c, cd, cl, verb,
                          &c->d->verbs[root_of(c, verb)->value].code);
    if (pm.source >= 0)
        cd->source = pattern_actor(c, pm.source);
    if (pm.target >= 0)
        cd->target = pattern_actor(c, pm.target);
    if (pm.among)
        cd->target = cd->source;
    return make_event(c, cd, cl, verb, &pat->code);
}

/* Has any event from 'from' on a code that counts (not a subordinate
 * '?' code)? */
static bool has_event(const coding *cd, size_t from)
{
    for (size_t i = from; i < cd->n_ev; i++)
        if (!cd->ev[i].code.weak)
            return true;
    return false;
}

/* TABARI's verb loop: clause by clause, verb by verb, until a verb
 * codes an event (CODE BY CLAUSE: in each clause; BY SENTENCE: once;
 * CODE ALL: every verb). The source carries from clause to clause; a
 * clause starting with an actor makes it the source. */
static fw_status code_verbs(ctx *c, coding *cd)
{
    for (size_t i = 0; i < c->n_clause; i++) {
        range cl = c->clause[i];
        if (cl.last - cl.first < 2)
            continue; /* "sheep and goats": no clause */
        if (i > 0 && actor_head(c, cl.first))
            cd->source = actor_codes(c, cl.first);
        cd->target = no_actor;
        size_t from = c->o->code_by == 0 ? cd->n_ev : 0;
        for (int32_t k = cl.first; k <= cl.last; k++) {
            if (!verb_head(c, k))
                continue;
            fw_status st = do_verb(c, cd, cl, &c->m[c->w[k].match]);
            if (st != FW_OK)
                return st;
            if (c->o->code_by < 2 && has_event(cd, from)) {
                if (c->o->code_by == 1)
                    return FW_OK;
                break;
            }
        }
    }
    return FW_OK;
}

/* out = a followed by b, cut to fit. */
static void concat(char *out, size_t cap, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na > cap - 1)
        na = cap - 1;
    if (nb > cap - 1 - na)
        nb = cap - 1 - na;
    memmove(out, a, na);
    memmove(out + na, b, nb);
    out[na + nb] = '\0';
}

/* An actor's final code: one of its codes with its agent. */
static void final_code(const ctx *c, const actor *a, const char *code,
                       size_t len, char *out, size_t cap)
{
    char ag[16];
    bool prefix;
    agent_code(c, a, ag, sizeof ag, &prefix);
    char base[40];
    if (*ag && a->keep && len > a->keep)
        len = a->keep; /* "its army": the agent replaces the role */
    set_code(base, sizeof base, code, len);
    /* An agent the code already holds (at a code boundary) is not
     * added again: USAGOV + ~GOV is USAGOV. */
    const char *hit = *ag ? strstr(base, ag) : NULL;
    while (hit && (hit - base) % 3)
        hit = strstr(hit + 1, ag);
    if (!*ag || hit)
        concat(out, cap, base, "");
    else if (prefix)
        concat(out, cap, ag, base);
    else
        concat(out, cap, base, ag);
}

static fw_status emit(ctx *c, const char *src, fw_span ss, const char *tgt,
                      fw_span ts, const char *code, fw_span vs)
{
    if (!*src || !*tgt || !strcmp(src, tgt))
        return FW_OK;
    for (size_t i = 0; i < c->n_ev; i++) /* a sentence says it once */
        if (!strcmp(c->ev[i].source, src) && !strcmp(c->ev[i].target, tgt) &&
            !strcmp(c->ev[i].code, code))
            return FW_OK;
    fw_cevent *e = FW_PUSH(c->a, c->ev, c->n_ev, c->cap_ev);
    if (!e)
        return FW_ENOMEM;
    set_code(e->source, sizeof e->source, src, SIZE_MAX);
    set_code(e->target, sizeof e->target, tgt, SIZE_MAX);
    set_code(e->code, sizeof e->code, code, SIZE_MAX);
    e->date = c->date == FW_NO_DATE ? FW_NO_DATE : c->date + c->shift;
    e->source_span = ss;
    e->target_span = ts;
    e->verb_span = vs;
    return FW_OK;
}

/* Dominant '!' events alone, else subordinate '?' events only when
 * nothing else was coded; ### and +++ codes (in the event or an actor)
 * discard the sentence or make it complex; then every code of a
 * multiple-code actor gets its own event, without events of an actor
 * on itself or twice the same. */
static fw_status finish_events(ctx *c, const coding *cd)
{
    bool dominant = false, counted = false;
    for (size_t i = 0; i < cd->n_ev; i++) {
        const pending *p = &cd->ev[i];
        if (discard_code(p->code.main)) {
            c->discard = true;
            return FW_OK;
        }
        if (complex_code(p->code.main) || complex_code(p->source.code) ||
            complex_code(p->target.code)) {
            c->complex = true;
            return FW_OK;
        }
        if (p->code.dominant) {
            dominant = true;
            break;
        }
        counted |= !p->code.weak;
    }
    for (size_t i = 0; i < cd->n_ev; i++) {
        const pending *p = &cd->ev[i];
        if (dominant ? !p->code.dominant : counted && p->code.weak)
            continue;
        for (const char *s = p->source.code; *s;) {
            size_t sl = strcspn(s, "/");
            char src[40];
            final_code(c, &p->source, s, sl, src, sizeof src);
            for (const char *t = p->target.code; *t;) {
                size_t tl = strcspn(t, "/");
                char tgt[40];
                final_code(c, &p->target, t, tl, tgt, sizeof tgt);
                fw_status st = emit(c, src, p->source.span, tgt, p->target.span,
                                    p->code.main, p->verb);
                if (st != FW_OK)
                    return st;
                t += tl + (t[tl] == '/');
            }
            s += sl + (s[sl] == '/');
        }
    }
    return FW_OK;
}

/* What this sentence hands to the next: its first actor that is not a
 * pronoun, and its first compound's first member. As in TABARI, the
 * search stops at whichever comes first; a compound that ends in a
 * one-word actor forwards that actor too. */
static void forward_subject(ctx *c)
{
    fw_forward *f = c->fwd;
    f->valid = true;
    f->actor[0] = f->compound[0] = '\0';
    for (int32_t k = 0; k < c->n; k++) {
        int32_t ci = compound_at(c, k);
        if (ci >= 0 && !c->w[k].nulled) {
            actor first;
            if (next_actor(c, k, c->cmpd[ci].last, &first) >= 0) {
                set_code(f->compound, sizeof f->compound, first.code, SIZE_MAX);
                f->compound_span = first.span;
            }
            int32_t last = c->cmpd[ci].last;
            if (actor_head(c, last) && c->m[c->w[last].match].ref == REF_NONE) {
                set_code(f->actor, sizeof f->actor, c->m[c->w[last].match].code,
                         SIZE_MAX);
                f->actor_span = c->w[last].span;
            }
            return;
        }
        if (actor_head(c, k) && c->m[c->w[k].match].ref == REF_NONE &&
            root_of(c, &c->m[c->w[k].match])->wtype != FW_W_PRONOUN) {
            const cmatch *m = &c->m[c->w[k].match];
            set_code(f->actor, sizeof f->actor, m->code, SIZE_MAX);
            f->actor_span = words_span(c, m->head, m->tail);
            set_code(f->compound, sizeof f->compound, m->code, SIZE_MAX);
            f->compound_span = f->actor_span;
            return;
        }
    }
}

/* In news (strict) mode an event needs actors found in the sentence.
 * With none given, no default ones, and no literal that starts an
 * actor, agent or pronoun, the sentence codes nothing and forwards no
 * subject: most news sentences, decided before any matching. */
static bool no_actor_possible(const ctx *c, size_t n_ext)
{
    const unsigned can_act = 1u << FW_W_ACTOR | 1u << FW_W_AGENT |
                             1u << FW_W_PRONOUN | 1u << FW_W_FORMER;
    return c->o->strict && n_ext == 0 && !c->o->default_source[0] &&
           !c->o->default_target[0] && !(c->lit_types & can_act);
}

fw_status fw_code_sentence(const fw_dict *d, const fw_coder_opts *o,
                           const char *text, size_t len, int32_t date,
                           const fw_ext_actor *ext, size_t n_ext,
                           fw_forward *fwd, fw_arena *a, fw_coding *out)
{
    memset(out, 0, sizeof *out);
    ctx c = {.d = d,
             .o = o,
             .text = text,
             .len = len,
             .date = date,
             .fwd = fwd,
             .a = a};
    /* A word takes a byte and a separator, but '"' and commas stand
     * alone. */
    c.max_words = len < MAX_WORDS ? (int32_t)len + 1 : MAX_WORDS;
    c.w = fw_arena_alloc_raw(a, (size_t)c.max_words * sizeof *c.w);
    c.up = fw_arena_alloc_raw(a, len + (size_t)c.max_words);
    c.syn_ok = fw_arena_alloc_raw(a, d->n_synsets + 1);
    c.member_ok = fw_arena_alloc_raw(a, d->n_syn_members + 1);
    if (!c.w || !c.up || !c.syn_ok || !c.member_ok)
        return FW_ENOMEM;
    memset(c.syn_ok, -1, d->n_synsets + 1);
    memset(c.member_ok, -1, d->n_syn_members + 1);
    split_words(&c);
    if (c.n < o->min_words) {
        out->result = FW_CODED_SHORT;
        return FW_OK;
    }
    fw_status st = find_literals(&c);
    if (st == FW_OK && no_actor_possible(&c, n_ext)) {
        if (fwd)
            *fwd = (fw_forward){.valid = true};
        out->result = FW_CODED_EVENTS;
        return FW_OK;
    }
    if (st == FW_OK)
        st = index_occurrences(&c);
    if (st == FW_OK)
        st = assign_external(&c, ext, n_ext);
    if (st == FW_OK)
        st = assign_roots(&c);
    if (st != FW_OK)
        return st;
    mark_nouns(&c);
    if (o->convert_agents)
        convert_agents(&c);
    st = mark_compounds(&c);
    if (st == FW_OK)
        st = mark_subordinates(&c);
    if (st != FW_OK)
        return st;
    null_subordinates(&c);
    st = mark_clauses(&c);
    if (st != FW_OK)
        return st;
    resolve_pronouns(&c);
    check_discards(&c);
    if (!c.discard)
        check_complexity(&c);
    if (!c.discard && !c.complex) {
        coding cd = {.source = no_actor, .target = no_actor};
        st = code_verbs(&c, &cd);
        if (st == FW_OK)
            st = finish_events(&c, &cd);
    }
    if (st != FW_OK)
        return st;
    if (fwd)
        forward_subject(&c);
    out->result = c.discard   ? FW_CODED_DISCARD
                  : c.complex ? FW_CODED_COMPLEX
                              : FW_CODED_EVENTS;
    if (out->result == FW_CODED_EVENTS) {
        out->events = c.ev;
        out->n_events = c.n_ev;
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Issues                                                              */

/* Appends word k, normalised as issue phrases are (no periods), to
 * buf[*len..cap), with the hash kept up to date; false when it does not
 * fit. */
static bool append_issue_word(const ctx *c, int32_t k, char *buf, size_t *len,
                              size_t cap, uint32_t *h)
{
    const cword *w = &c->w[k];
    if (*len && *len < cap) {
        buf[(*len)++] = ' ';
        *h = fw_lit_hash_step(*h, ' ');
    }
    for (size_t i = 0; i < w->len; i++) {
        if (w->up[i] == '.')
            continue;
        if (*len >= cap)
            return false;
        buf[(*len)++] = w->up[i];
        *h = fw_lit_hash_step(*h, (unsigned char)w->up[i]);
    }
    return true;
}

fw_status fw_code_issues(const fw_dict *d, const char *text, size_t len,
                         fw_arena *a, fw_issue_count **out, size_t *n,
                         bool *story_ignore)
{
    *out = NULL;
    *n = 0;
    if (!d->n_issue_phrases)
        return FW_OK;
    ctx c = {.d = d, .text = text, .len = len, .a = a};
    c.max_words = len < MAX_WORDS ? (int32_t)len + 1 : MAX_WORDS;
    c.w = fw_arena_alloc_raw(a, (size_t)c.max_words * sizeof *c.w);
    c.up = fw_arena_alloc_raw(a, len + (size_t)c.max_words);
    if (!c.w || !c.up)
        return FW_ENOMEM;
    split_words(&c);
    fw_issue_count *counts = NULL;
    size_t n_counts = 0, cap_counts = 0;
    bool ignore = false;
    char buf[512];
    for (int32_t i = 0; i < c.n;) {
        int32_t best_end = -1, best_code = INT32_MAX;
        size_t blen = 0;
        uint32_t h = FW_LIT_HASH_INIT;
        for (int32_t j = i; j < c.n && (size_t)(j - i) < d->issue_maxwords;
             j++) {
            if ((c.w[j].flags & (W_COMMA | W_QUOTE)) ||
                !append_issue_word(&c, j, buf, &blen, sizeof buf, &h))
                break;
            int32_t code = fw_dict_issue(d, buf, blen, h);
            if (code != INT32_MAX) {
                best_end = j + 1;
                best_code = code;
            }
        }
        if (best_end < 0) {
            i++;
            continue;
        }
        i = best_end;
        if (best_code < 0) {
            ignore = true;
            *story_ignore |= best_code == FW_ISSUE_IGNORE_STORY;
            continue;
        }
        size_t k = 0;
        while (k < n_counts && counts[k].code != best_code)
            k++;
        if (k == n_counts) {
            fw_issue_count *slot = FW_PUSH(a, counts, n_counts, cap_counts);
            if (!slot)
                return FW_ENOMEM;
            *slot = (fw_issue_count){best_code, 0};
        }
        counts[k].count++;
    }
    if (!ignore) {
        *out = counts;
        *n = n_counts;
    }
    return FW_OK;
}
