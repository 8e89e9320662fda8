/*
 * mention.c - the mentions stage: who and what the text names.
 *
 * Input: tokens and sentences. Output: d->ments, sorted by start: proper
 * names (with a type guess: person, organisation, place), titles and
 * roles attached to the names they qualify, nominal descriptions ("the
 * Russian president"), pronouns and demonyms.
 *
 * Approach: look every word up in the lexicon once; learn from the whole
 * document which words are written capitalised in mid-sentence (names)
 * and which in lower case (everyday words), so that sentence-initial
 * and title-case words can be judged; then, sentence by sentence, gather
 * runs of name-like tokens, split titles off their front ("US President"
 * | "Donald Trump"), look back for titles written in lower case
 * ("Kremlin spokesman" | "Dmitry Peskov") and forward for appositions
 * (", the Kremlin spokesman,"), and classify what is left from the
 * lexicons and the words around it. Nothing here looks at another
 * sentence except through the document-wide evidence.
 */
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* Fewer words than this say too little of a text's language. */
#define FOREIGN_MIN_WORDS 50

/* A set of word hashes, open addressing, at most half full: it doubles
 * as words arrive, so a text of distinct words costs linear time. */
typedef struct hashset {
    uint32_t *slots; /* hash | 1, or 0 when empty */
    size_t mask;     /* slots - 1 */
    size_t count;    /* slots in use */
    fw_arena *arena; /* where the slots live */
} hashset;

typedef struct ctx {
    fw_doc *d;
    uint8_t *memo;            /* per token: name_like() + 1 once known */
    uint32_t the_word;        /* the lexicon id of "the" */
    uint32_t a_word, an_word; /* ... of "a" and "an" */
    uint32_t dateline_place;  /* hash of the dateline's place of one word
                                 in lower case, or 0 */
    size_t lead_block;        /* the first paragraph's block */
    /* The evidence of case: which words the document writes capitalised
     * in mid-sentence, which in lower case. Two bits a lexicon word (bit
     * 2 * id + SEEN_*); sets of hashes for the words it lacks. */
    uint64_t *seen;
    hashset capitalized;
    hashset lowercase;
    hashset unnamed; /* second words of two-word names that are no
                        entity ("Hurricane Rita"): alone they are
                        none either ("Rita packed winds") */
    hashset firms;   /* first words of companies named in full so far
                        with their legal form or kind ("Zacks" of "Zacks
                        Investment Research"), and of clubs ("Stoke
                        City") */
    hashset named;   /* words that named someone in full so far, a
                        person's last ("Bush" once "President Bush" was
                        read) or a company's first before its legal
                        form or its kind ("Apple" of "Apple Inc.",
                        "Southwest" of "Southwest Airlines"): alone
                        later they are names */
    uint32_t *stops; /* the words read_sentence() must look at, in
                        order: the others are lower-case words that
                        are no names, lead none, and are no pronoun
                        and no "the" */
    size_t n_stops;
    size_t next_stop;      /* the first not yet passed */
    uint32_t *clause_at;   /* per sentence: its first clause_word(), or
                              its end */
    size_t name_a, name_b; /* the span name_phrase() looked up last */
    uint32_t name_id;      /* and what it found */
    bool title_case;       /* the block being read is in title case */
    bool lead;             /* ... is the first paragraph */
    bool *block_title;     /* per block: in title case */
    int8_t *shouting;      /* the sentence being read is in capitals:
                              1, 0, or -1 when not yet counted (asked
                              through a const ctx, counted once) */
    size_t sent;           /* index of the sentence being read */
    size_t s0, s1;         /* its tokens */
    size_t first_in_sent;  /* mentions before this one are in earlier
                              sentences */
} ctx;

/* ------------------------------------------------------------------ */
/* Small helpers                                                       */

static const fw_lex_word *lexw(const fw_doc *d, size_t i)
{
    return fw_lex_get(d->toks[i].word);
}

static bool is_word(const fw_doc *d, size_t i)
{
    return d->toks[i].kind == FW_TOKEN_WORD;
}

static bool is_cap(const fw_doc *d, size_t i)
{
    return is_word(d, i) & ((d->toks[i].flags & FW_TOKEN_CAPITALIZED) != 0);
}

/* Is token i a word of context class 'ctx_bits' (FW_CTX_*)? */
static bool has_ctx(const fw_doc *d, size_t i, unsigned ctx_bits)
{
    return is_word(d, i) && (lexw(d, i)->ctx & ctx_bits);
}

/* A lower-case word that joins the parts of a name: "bin", "von". */
static bool name_particle(const fw_doc *d, size_t i)
{
    return is_word(d, i) && !is_cap(d, i) &&
           (lexw(d, i)->ctx & FW_CTX_PARTICLE);
}

/* Is word i a particle that opens a family name when capitalised ("De
 * Blasio", "Van Hollen", "Di Maio"), unlike an article of places and
 * names ("El Paso", "Al Jazeera", "La Paz")? */
static bool family_particle(const fw_doc *d, size_t i)
{
    static const char *const forms[] = {"De",  "Da",  "Di",  "Du",
                                        "Van", "Von", "Del", "Della"};
    for (size_t k = 0; k < FW_COUNT(forms); k++)
        if (fw_tok_is(d, &d->toks[i], forms[k]))
            return true;
    return false;
}

static bool all_caps(const fw_doc *d, size_t i)
{
    return (d->toks[i].flags & FW_TOKEN_ALL_CAPS) != 0;
}

static inline bool tok_eq(const fw_doc *d, size_t i, const char *s)
{
    return fw_tok_is(d, &d->toks[i], s);
}

static fw_status set_init(fw_arena *a, hashset *s, size_t slots)
{
    s->slots = fw_arena_alloc(a, slots * sizeof *s->slots);
    s->mask = slots - 1;
    s->count = 0;
    s->arena = a;
    return s->slots ? FW_OK : FW_ENOMEM;
}

/* The slot a probe for 'h' starts at: its low bit is always set (so that
 * 0 means empty), the bits above it spread the starts. */
static inline size_t set_start(const hashset *s, uint32_t h)
{
    return (h >> 1) & s->mask;
}

static inline void set_put(hashset *s, uint32_t h)
{
    size_t i = set_start(s, h);
    while (s->slots[i] && s->slots[i] != h)
        i = (i + 1) & s->mask;
    s->count += s->slots[i] == 0;
    s->slots[i] = h;
}

static fw_status set_grow(hashset *s)
{
    hashset bigger;
    if (set_init(s->arena, &bigger, 2 * (s->mask + 1)) != FW_OK)
        return FW_ENOMEM;
    for (size_t i = 0; i <= s->mask; i++)
        if (s->slots[i])
            set_put(&bigger, s->slots[i]);
    *s = bigger;
    return FW_OK;
}

static inline fw_status set_add(hashset *s, uint32_t h)
{
    if (2 * (s->count + 1) > s->mask + 1 && set_grow(s) != FW_OK)
        return FW_ENOMEM;
    set_put(s, h | 1);
    return FW_OK;
}

static bool set_has(const hashset *s, uint32_t h)
{
    h |= 1;
    for (size_t i = set_start(s, h); s->slots[i]; i = (i + 1) & s->mask)
        if (s->slots[i] == h)
            return true;
    return false;
}

enum { SEEN_LOWER, SEEN_CAPITALIZED };

/* Is the word of token i written so ('how') somewhere in the document? */
static bool seen_case(const ctx *c, size_t i, unsigned how)
{
    uint32_t id = c->d->toks[i].word;
    if (id) {
        size_t bit = 2 * (size_t)id + how;
        return (c->seen[bit / 64] >> (bit % 64)) & 1;
    }
    return set_has(how == SEEN_LOWER ? &c->lowercase : &c->capitalized,
                   c->d->lower[i]);
}

/* Might a lexicon phrase start at word i, whose entry is 'w'? Its first
 * two tokens must begin one: most words that start a phrase fail here. */
static inline bool phrase_may_start(const fw_doc *d, size_t i, size_t hi,
                                    const fw_lex_word *w)
{
    if (!(w->feats & FW_LEX_PHRASE) || i + 1 >= hi ||
        d->toks[i + 1].kind != FW_TOKEN_WORD)
        return false;
    uint64_t h = fw_phrase_step(fw_phrase_step(FW_PHRASE_SEED, d->lower[i]),
                                d->lower[i + 1]);
    return fw_lex_phrase_prefix(fw_hash_final(h));
}

/* fw_phrase_lookup() of a name's tokens [a, b), which read_name() and
 * classify() ask about the same name several times. */
static uint32_t name_phrase(ctx *c, size_t a, size_t b)
{
    if (a != c->name_a || b != c->name_b) {
        c->name_a = a;
        c->name_b = b;
        c->name_id = fw_phrase_lookup(c->d, a, b);
    }
    return c->name_id;
}

/* The longest lexicon phrase starting at token i within [i, hi), as its
 * id; '*end' receives its end. 0 when none of two tokens or more. The
 * hashes of all its prefixes are made in one pass. */
static uint32_t find_phrase(const fw_doc *d, size_t i, size_t hi, size_t *end)
{
    const fw_lex_word *w = lexw(d, i);
    if (!(w->feats & FW_LEX_PHRASE))
        return 0;
    uint32_t hashes[16];
    size_t max = w->phrase < 16 ? w->phrase : 15;
    uint64_t h = fw_phrase_step(FW_PHRASE_SEED, d->lower[i]);
    size_t n = 1;
    for (; n < max && i + n < hi && d->toks[i + n].kind == FW_TOKEN_WORD; n++) {
        h = fw_phrase_step(h, d->lower[i + n]);
        hashes[n + 1] = fw_hash_final(h);
        if (!fw_lex_phrase_prefix(hashes[n + 1]))
            break;
    }
    for (size_t len = n; len >= 2; len--) {
        uint32_t id = fw_phrase_probe(d, i, i + len, hashes[len]);
        if (id) {
            *end = i + len;
            return id;
        }
    }
    return 0;
}

/* The same, from the table prepare() filled. */
static uint32_t longest_phrase(const fw_doc *d, size_t i, size_t hi,
                               size_t *end)
{
    uint32_t id = d->phrases[2 * i], e = d->phrases[2 * i + 1];
    if (!id)
        return 0;
    if (e <= hi) {
        *end = e;
        return id;
    }
    return find_phrase(d, i, hi, end); /* cut short by 'hi': rare */
}

/* The place or organisation of several words that token i opens and that
 * ends by 'hi' ("New Jersey"): its lexicon word, '*end' its end; or
 * NULL. */
static const fw_lex_word *named_phrase(const fw_doc *d, size_t i, size_t hi,
                                       size_t *end)
{
    uint32_t pid = d->phrases[2 * i];
    if (!pid || d->phrases[2 * i + 1] > hi ||
        !(fw_lex_get(pid)->feats & (FW_LEX_PLACE | FW_LEX_ORG)))
        return NULL;
    *end = d->phrases[2 * i + 1];
    return fw_lex_get(pid);
}

/* Does lexicon word 'w' count for a token spelled as token i? Forms
 * marked caps (WHO, AP) count only in capitals. */
static bool caps_ok(const fw_doc *d, size_t i, const fw_lex_word *w)
{
    return !(w->flags & FW_LEXF_CAPS) || all_caps(d, i);
}

/* Does word i open its sentence (FW_WA_OPENS, from prepare())? */
static bool opens_sentence(const fw_doc *d, size_t i)
{
    return (d->toks[i].aux & FW_WA_OPENS) != 0;
}

/* Is token i an Arabic surname with its article, "al-Ansari",
 * "el-Sisi": a lower-case article, a hyphen, a capital? */
static bool article_surname(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    return t->kind == FW_TOKEN_WORD && n >= 5 && (s[0] == 'a' || s[0] == 'e') &&
           s[1] == 'l' && s[2] == '-' && s[3] >= 'A' && s[3] <= 'Z';
}

/* Does the word's ending say it is not a name: "Pressed", "Speaking",
 * "Currently", a plural of people by what they do, "Traders",
 * "Economists", at the start of a sentence? */
static bool verb_or_adverb_form(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    const char *s = d->text + t->start;
    if (n < 5)
        return false;
    return (s[n - 2] == 'e' && s[n - 1] == 'd') ||
           (n >= 6 && s[n - 3] == 'i' && s[n - 2] == 'n' && s[n - 1] == 'g') ||
           (s[n - 2] == 'l' && s[n - 1] == 'y') ||
           (n >= 6 && s[n - 3] == 'e' && s[n - 2] == 'r' && s[n - 1] == 's') ||
           (n >= 6 && s[n - 4] == 'i' && s[n - 3] == 's' && s[n - 2] == 't' &&
            s[n - 1] == 's');
}

bool fw_past_tense(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    if (t->kind != FW_TOKEN_WORD || (t->flags & FW_TOKEN_CAPITALIZED))
        return false;
    size_t n = t->end - t->start;
    const char *s = d->text + t->start;
    return (n >= 4 && s[n - 2] == 'e' && s[n - 1] == 'd') ||
           (fw_lex_get(t->word)->feats & FW_LEX_PAST);
}

/* Lexicon features that make a capitalised word a name by itself. */
#define NAME_FEATS                                                             \
    (FW_LEX_GIVEN | FW_LEX_SURNAME | FW_LEX_PLACE | FW_LEX_ORG |               \
     FW_LEX_AGENCY | FW_LEX_DEMONYM)

/* A word for a part of a place: "North", "Greater" ("South Vietnam"). */
static bool part_noun(const fw_lex_word *w)
{
    return (w->feats & FW_LEX_PLACE_NOUN) && (w->flags & FW_LEXF_PART);
}

/* "al-Assad", "bin-Salman": a lower-case particle joined to a name; not
 * a prefix ("out-Christie", "pro-Trump"). */
static bool particle_name(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    if (t->kind != FW_TOKEN_WORD || !(t->flags & FW_TF_HYPHENATED))
        return false;
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    const char *dash = memchr(s, '-', n);
    if (!dash || dash - s > 3 || dash + 1 >= s + n)
        return false;
    if (!(fw_lex_ascii_at(d, t->start, (size_t)(dash - s))->ctx &
          FW_CTX_PARTICLE))
        return false;
    int32_t cp;
    fw_utf8_decode(dash + 1, (size_t)(s + n - dash - 1), &cp);
    return fw_char_class_of(cp) == FW_CC_UPPER;
}

/* A part of a hyphenated ASCII word: "Iran" and "backed" of
 * "Iran-backed". One that names something by itself, as add_nested()
 * types a word inside a title, is a place ("Iran-backed"), an
 * organisation ("Kremlin-backed") or a people ("Saudi-led"). */
typedef struct word_part {
    uint32_t start, end; /* bytes */
    uint32_t id;         /* its lexicon word when capitalised, or 0 */
    bool names;          /* it names something; then: */
    uint8_t type;        /* fw_entity_type */
    fw_mention_kind kind;
} word_part;

static void judge_part(const fw_doc *d, word_part *pt)
{
    const char *s = d->text + pt->start;
    size_t n = pt->end - pt->start, avail = d->len - pt->start;
    pt->id =
        n >= 2 && s[0] >= 'A' && s[0] <= 'Z'
            ? fw_lex_lookup_ascii(fw_hash_ascii_word(s, n, avail), s, n, avail)
            : 0;
    pt->names = false;
    const fw_lex_word *w = fw_lex_get(pt->id);
    if (!pt->id || w->func)
        return;
    if (w->flags & FW_LEXF_CAPS) { /* "US-led", not "Us-" */
        for (size_t k = 0; k < n; k++)
            if (s[k] >= 'a' && s[k] <= 'z')
                return;
    }
    pt->kind = FW_MENTION_NAME;
    if (w->feats & FW_LEX_PLACE)
        pt->type = FW_ENTITY_PLACE;
    else if (w->feats & (FW_LEX_ORG | FW_LEX_AGENCY))
        pt->type = FW_ENTITY_ORGANIZATION;
    else if (w->feats & FW_LEX_DEMONYM)
        pt->type = FW_ENTITY_PLACE, pt->kind = FW_MENTION_DEMONYM;
    else
        return;
    pt->names = true;
}

/* The next part of hyphenated ASCII word i from byte '*pos' on; false
 * after the last. */
static bool next_part(const fw_doc *d, size_t i, uint32_t *pos, word_part *pt)
{
    const fw_tok *t = &d->toks[i];
    if (*pos >= t->end)
        return false;
    const char *dash = memchr(d->text + *pos, '-', t->end - *pos);
    pt->start = *pos;
    pt->end = dash ? (uint32_t)(dash - d->text) : t->end;
    *pos = pt->end + 1;
    judge_part(d, pt);
    return true;
}

static bool hyphenated_ascii(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    return (t->flags & FW_TF_HYPHENATED) && (t->flags & FW_TF_ASCII) &&
           !t->word; /* not a name the lexicon has whole: "Guinea-Bissau" */
}

/* Is hyphenated word i read as its parts: some part names something,
 * and every capitalised part does ("Israel-Hamas", "Iran-backed",
 * "pro-Russian")? Not one with a capitalised part of its own
 * ("Meteo-France"). */
static bool read_as_parts(const fw_doc *d, size_t i)
{
    if (!hyphenated_ascii(d, i))
        return false;
    bool named = false;
    word_part pt;
    for (uint32_t pos = d->toks[i].start; next_part(d, i, &pos, &pt);) {
        if (pt.names)
            named = true;
        else if (d->text[pt.start] >= 'A' && d->text[pt.start] <= 'Z')
            return false;
    }
    return named;
}

/* "Obama-era", "Trump-style": a capitalised word and a lower-case one
 * after its last hyphen make an adjective (asked after particle_name()). */
static bool adjective_compound(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    const char *dash = memchr(s, '-', n);
    if (!dash || !(t->flags & FW_TOKEN_CAPITALIZED))
        return false;
    const char *last = s + n - 1;
    while (last > dash && *last != '-')
        last--;
    return last + 1 < s + n && last[1] >= 'a' && last[1] <= 'z';
}

/* "Kim Jong-un", "Moon Jae-in", "Son Heung-min": a given name of two
 * short syllables joined by a hyphen, the second in lower case, after a
 * short capitalised family name; not a compound ("Obama-era",
 * "Kim-led", "Trump-style"). */
static bool syllable_given(const fw_doc *d, size_t s0, size_t i)
{
    static const char *const compounds[] = {"era",  "style", "like", "run",
                                            "born", "free",  "wide", "long",
                                            "old",  "type",  "made", "only"};
    const fw_tok *t = &d->toks[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    const char *dash = memchr(s, '-', n);
    if (i <= s0 || !dash || !is_cap(d, i - 1) || !(t->flags & FW_TF_ASCII))
        return false;
    const fw_tok *f = &d->toks[i - 1];
    size_t a = (size_t)(dash - s), b = n - a - 1;
    /* (or a family name after a given name: "Arlene Bag-ao") */
    bool given = (lexw(d, i - 1)->feats & FW_LEX_GIVEN) != 0;
    if (f->end - f->start < 2 || (f->end - f->start > 5 && !given) || a < 2 ||
        a > 6 || b < 2 || b > 5 || memchr(dash + 1, '-', b) ||
        (dash[b - 1] == 'e' && dash[b] == 'd'))
        return false;
    for (size_t k = 0; k < FW_COUNT(compounds); k++)
        if (strlen(compounds[k]) == b && memcmp(dash + 1, compounds[k], b) == 0)
            return false;
    if (i + 1 < d->n_toks && is_cap(d, i + 1))
        return false;
    /* (no name, place or word of its own before the hyphen, no verb
     * after it: not "Jeb Bush-spent") */
    const fw_lex_word *first = fw_lex_ascii_at(d, t->start, a);
    const fw_lex_word *second = fw_lex_ascii_at(d, t->start + a + 1, b);
    /* (a syllable that is a family name too: "Park Chan-dae", with the
     * second in lower case; not "Trump-Kim") */
    uint32_t surname = dash[1] >= 'a' && dash[1] <= 'z' ? 0 : FW_LEX_SURNAME;
    /* (after a given name, an everyday word may open a family name whose
     * second syllable is no word: "Bag-ao") */
    uint32_t common =
        given && second == fw_lex_get(0) ? 0 : FW_LEX_COMMON;
    return !(first->feats &
             (FW_LEX_FUNCTION | surname | FW_LEX_PLACE | FW_LEX_ORG |
              FW_LEX_DEMONYM | common | FW_LEX_CUE)) &&
           !(second->feats & (FW_LEX_PAST | FW_LEX_CUE));
}

/* "Jean-Pierre", "Anne-Marie": a hyphenated word of given names. */
static bool hyphenated_given(const fw_doc *d, size_t i)
{
    if (!hyphenated_ascii(d, i))
        return false;
    word_part pt;
    for (uint32_t pos = d->toks[i].start; next_part(d, i, &pos, &pt);)
        if (!(fw_lex_get(pt.id)->feats & FW_LEX_GIVEN))
            return false;
    return true;
}

static bool judge_name_like(const ctx *c, size_t i);
static bool closed_org_apposition(const ctx *c, size_t i);
static bool locative_prep(const fw_doc *d, size_t i);
static bool np_ends(const ctx *c, size_t i);

/* After a capitalised everyday word at the start of a sentence, does a
 * lower-case word follow that is not a verb ("Nice people", not "Rice
 * said")? Then the word is used as everyday English. */
static bool common_use_follows(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    if (i + 1 >= c->s1 || d->toks[i + 1].kind != FW_TOKEN_WORD ||
        (d->toks[i + 1].flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *n = fw_lex_get(d->toks[i + 1].word);
    /* (a verb in the past: "Congress passed the bill") */
    return !(n->ctx & (FW_CTX_SPEECH | FW_CTX_PERSON)) &&
           n->func != FW_FUNC_AUX && !(fw_past_tense(d, i + 1) && !n->func);
}

/* Does a capitalised word end before token v as a noun, not as a word
 * qualifying the one after it: the sentence's end, punctuation, or a
 * verb ("Cuban said", "Cuban, who", not "Cuban officials")? */
static bool noun_ends_before(const ctx *c, size_t v)
{
    const fw_doc *d = c->d;
    return v >= c->s1 || d->toks[v].kind == FW_TOKEN_PUNCT ||
           (is_word(d, v) && !is_cap(d, v) &&
            ((lexw(d, v)->feats & FW_LEX_CUE) ||
             lexw(d, v)->func == FW_FUNC_AUX || fw_past_tense(d, v)));
}

/* "Bill Clinton said", "Mark Zuckerberg said", "Mark Cuban said": at a
 * sentence's start, a given name that is an everyday word too ("bill",
 * "mark") opens a person's name when a family name follows it, or a
 * capitalised word the document never writes in lower case. A
 * demonym so read must end the name, a verb or a comma after it: not
 * "Rich Cuban exiles". */
static bool given_then_name(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    size_t k = i + 1;
    /* (not a verb's: "Said Comey, ...") */
    if ((lexw(d, i)->feats & (FW_LEX_GIVEN | FW_LEX_CUE)) != FW_LEX_GIVEN ||
        k >= c->s1 || !is_cap(d, k) || all_caps(d, k) ||
        (d->toks[i].flags & FW_TOKEN_ALL_CAPS))
        return false;
    const fw_lex_word *n = lexw(d, k);
    if (n->func || (n->feats & FW_LEX_PRONOUN))
        return false;
    if (n->feats & FW_LEX_SURNAME)
        return true;
    if (n->feats & (FW_LEX_TITLE | FW_LEX_ORG_WORD | FW_LEX_PLACE_NOUN |
                    FW_LEX_PLACE | FW_LEX_ORG | FW_LEX_COMMON | FW_LEX_CUE |
                    FW_LEX_MONTH | FW_LEX_WEEKDAY) ||
        seen_case(c, k, SEEN_LOWER))
        return false;
    return !(n->feats & FW_LEX_DEMONYM) || noun_ends_before(c, k + 1);
}

/* Can token i be part of a proper name? (Asked often; answered once.) */
static inline bool name_like(const ctx *c, size_t i)
{
    /* Most tokens: punctuation, and lower-case words, which prepare()
     * judged already (a place may be written in lower case). */
    if (c->d->toks[i].kind != FW_TOKEN_WORD)
        return false;
    if (!c->memo[i])
        c->memo[i] = (uint8_t)(judge_name_like(c, i) + 1);
    return c->memo[i] == 2;
}

/* A place that informal text writes in lower case, where a preposition
 * of place or another place says so: "from mexico", "in malaysia",
 * "san francisco california". Not an everyday word ("turkey"). */
static bool lowercase_place(const ctx *c, size_t i, const fw_lex_word *w)
{
    const fw_doc *d = c->d;
    if (!(w->feats & FW_LEX_PLACE) || (w->feats & FW_LEX_COMMON) || w->func ||
        (w->flags & FW_LEXF_CAPS))
        return false;
    /* A country by its name alone: "afghanistan and vietnam"; not one
     * that is a given name too ("jordan"), nor a state or province, whose
     * names are often everyday words ("rivers", "central"). */
    if (w->place == FW_PLACE_COUNTRY && !(w->feats & FW_LEX_GIVEN) &&
        d->toks[i].end - d->toks[i].start > 3)
        return true;
    if (i == c->s0 || !is_word(d, i - 1))
        return false;
    const fw_lex_word *p = lexw(d, i - 1);
    return (has_ctx(d, i - 1, FW_CTX_LOCATIVE) && !is_cap(d, i - 1)) ||
           ((p->feats & FW_LEX_PLACE) && !(p->flags & FW_LEXF_CAPS));
}

/* Does a capitalised place or organisation name start at token i: a
 * lexicon phrase ("Northern Ireland", "Bank of England"), or a word for a
 * part of a place before a known one ("South Vietnam")? */
static bool starts_known_name(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    uint32_t pid = d->phrases[2 * i];
    size_t end = pid ? d->phrases[2 * i + 1] : i + 2;
    unsigned feats = FW_LEX_PLACE | FW_LEX_ORG;
    if (!pid) {
        if (!part_noun(lexw(d, i)) || end > c->s1)
            return false;
        pid = d->toks[i + 1].word;
        feats = FW_LEX_PLACE;
    }
    if (!(fw_lex_get(pid)->feats & feats))
        return false;
    for (size_t k = i + 1; k < end; k++)
        if (!is_cap(d, k) && !(k + 1 < end && lexw(d, k)->func))
            return false; /* (but "of" inside: "Bank of England") */
    return true;
}

/* Is the sentence being read in capitals ("DEMOGRAPHICS FAVOR CRUZ"),
 * its words no acronyms? Counted once, when a word in capitals asks. */
static bool in_capitals(const ctx *c)
{
    if (*c->shouting < 0) {
        const fw_doc *d = c->d;
        size_t n = 0, caps = 0;
        for (size_t i = c->s0; i < c->s1; i++) {
            n += is_word(d, i);
            caps += is_word(d, i) && all_caps(d, i);
        }
        *c->shouting = n >= 4 && caps * 10 >= n * 7;
    }
    return *c->shouting > 0;
}

/* Do three words in capitals in a row hold word i ("ORLANDO MOURNS
 * VICTIMS" in mid-paragraph)? (At most two more are looked at.) */
static bool in_caps_run(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    size_t a = i, b = i + 1;
    while (a > c->s0 && i - a < 2 && is_word(d, a - 1) && all_caps(d, a - 1))
        a--;
    while (b < c->s1 && b - a < 3 && is_word(d, b) && all_caps(d, b))
        b++;
    return b - a >= 3;
}

/* Does the run of capitalised words that word i opens end in a
 * company's legal form ("Advanced Micro Devices Inc", "United Parcel
 * Service Inc")? Then all of it is the company's name. */
static bool firm_name_from(const fw_doc *d, size_t i, size_t hi)
{
    for (size_t k = i + 1; k < hi && k <= i + 5 && is_cap(d, k); k++) {
        if (fw_legal_form(d, k))
            return true;
        /* (not a title before the name: "Senior Regulatory Counsel Acme
         * Inc.") */
        if (lexw(d, k)->func ||
            (lexw(d, k)->feats & (FW_LEX_TITLE | FW_LEX_TITLE_MOD)))
            return false;
    }
    return false;
}

static bool judge_name_like(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    if (!is_word(d, i))
        return false;
    if (d->toks[i].flags & FW_TF_HYPHENATED) {
        if (fw_party_label(d, i))
            return false;
        /* "Israel-Hamas", "Kremlin-backed", "pro-Russian": its parts are
         * read, not it. */
        if (read_as_parts(d, i))
            return false;
        if (particle_name(d, i))
            return true;
        if (adjective_compound(d, i) && !syllable_given(d, c->s0, i))
            return false; /* "Obama-era" */
    }
    const fw_lex_word *w = lexw(d, i);
    if (!(d->toks[i].flags & FW_TOKEN_CAPITALIZED))
        return lowercase_place(c, i, w);
    /* "George Will", "Will wrote", "Chairman Will Rogers": a modal in
     * capitals inside the sentence, after a given name, before a past
     * tense, or a given name itself before another name, is a name. */
    if (w->func == FW_FUNC_AUX && !opens_sentence(d, i) && !all_caps(d, i) &&
        !c->title_case &&
        ((i > c->s0 && is_cap(d, i - 1) &&
          (lexw(d, i - 1)->feats & FW_LEX_GIVEN)) ||
         (i + 1 < c->s1 && fw_past_tense(d, i + 1))))
        return true;
    /* (so is any function word that is a given name, before another
     * name: "Will Rogers", "the Social Democrat Per Lund") */
    if (w->func && (w->feats & FW_LEX_GIVEN) && !opens_sentence(d, i) &&
        !all_caps(d, i) && !c->title_case && i + 1 < c->s1 &&
        is_cap(d, i + 1) && !lexw(d, i + 1)->func)
        return true;
    /* Most capitalised words that are none: "The", "He" opening a
     * sentence (but "US", "Turkey" are places too; see below). */
    if ((w->func || (w->feats & FW_LEX_PRONOUN)) &&
        !(w->feats & (FW_LEX_PLACE | FW_LEX_ORG)))
        return false;
    if (fw_tok_not_joined(d, &d->toks[i]))
        return false; /* "Trump Can't" in a headline */
    /* An everyday proper word that is also a given name is one before
     * another name: "Christian Drosten" (not "Roman Catholics"). */
    if ((w->feats & FW_LEX_MISC) &&
        !((w->feats & FW_LEX_GIVEN) && i + 1 < c->s1 && is_cap(d, i + 1) &&
          !lexw(d, i + 1)->func && !(lexw(d, i + 1)->feats & FW_LEX_MISC)))
        return false;
    bool start = opens_sentence(d, i);
    if ((w->feats & (FW_LEX_PLACE | FW_LEX_ORG)) && caps_ok(d, i, w)) {
        /* A postal code ("Austin, TX", "Austin TX", "moved to NY", "NY
         * Times") needs a place or a preposition of place before it, or a
         * name after it, not words in capitals ("TURNOUT IN IOWA") */
        if ((w->flags & FW_LEXF_CAPS) && w->place == FW_PLACE_SUBDIVISION) {
            bool before =
                i > c->s0 && (fw_tok_punct(&d->toks[i - 1], ',') ||
                              (is_cap(d, i - 1) && !all_caps(d, i - 1)) ||
                              locative_prep(d, i - 1));
            return before ||
                   (i + 1 < c->s1 && is_cap(d, i + 1) && !all_caps(d, i + 1));
        }
        bool everyday = w->func || (w->feats & FW_LEX_COMMON);
        if (!everyday || (i + 1 < c->s1 && fw_legal_form(d, i + 1)))
            return true; /* (a company's legal form: "Apple Inc.") */
        if (all_caps(d, i))
            return true; /* "US", "WHO" */
        if (!start)
            return !w->func; /* "Nice" mid-sentence */
        /* "Turkey, a NATO member, ..." but "Turkey sandwiches sold";
         * "Congress passed the bill": a body, before its act */
        return (seen_case(c, i, SEEN_CAPITALIZED) ||
                set_has(&c->named, d->lower[i]) ||
                (w->place == FW_PLACE_COUNTRY && !w->func) ||
                ((w->feats & FW_LEX_ORG) && !w->func && i + 1 < c->s1 &&
                 !lexw(d, i + 1)->func && fw_past_tense(d, i + 1))) &&
               !common_use_follows(c, i);
    }
    if (w->func || (w->feats & FW_LEX_PRONOUN))
        return false;
    /* "April 2", "May" the month: a name only before another name. A
     * weekday's short form is a family name after a given name, and
     * alone once so read ("Linda Sun", then "Sun"). */
    if ((w->feats & (FW_LEX_MONTH | FW_LEX_WEEKDAY)) &&
        !((w->feats & FW_LEX_WEEKDAY) &&
          d->toks[i].end - d->toks[i].start == 3 &&
          ((i > c->s0 && is_cap(d, i - 1) &&
            (lexw(d, i - 1)->feats & FW_LEX_GIVEN)) ||
           set_has(&c->named, d->lower[i])))) {
        if (!(w->feats & FW_LEX_GIVEN) || i + 1 >= c->s1 || !is_cap(d, i + 1) ||
            (lexw(d, i + 1)->feats & FW_LEX_COMMON))
            return false;
    }
    if (d->toks[i].flags & FW_TF_POSSESSIVE)
        return false;
    bool listed = (w->feats & (NAME_FEATS | FW_LEX_HONORIFIC | FW_LEX_TITLE));
    /* a word in a line in capitals: a name if listed, or between a
     * given name and a listed name ("DEBBIE WASSERMAN SCHULTZ") */
    if (all_caps(d, i) && (in_capitals(c) || in_caps_run(c, i)))
        return listed ||
               (i > c->s0 && i + 1 < c->s1 && all_caps(d, i - 1) &&
                all_caps(d, i + 1) && (lexw(d, i - 1)->feats & FW_LEX_GIVEN) &&
                (lexw(d, i + 1)->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)));
    bool known = listed || seen_case(c, i, SEEN_CAPITALIZED);
    /* not "Dean Tells"; nor "His Official Endorsement" when the body
     * writes "endorsement" */
    if (c->title_case && !all_caps(d, i))
        return known || !((w->feats & (FW_LEX_COMMON | FW_LEX_CUE)) ||
                          seen_case(c, i, SEEN_LOWER));
    if (start) {
        /* "President Trump said", "Minister of Defense X resigned". */
        if ((w->feats & (FW_LEX_TITLE | FW_LEX_HONORIFIC)) && i + 1 < c->s1 &&
            (is_cap(d, i + 1) || tok_eq(d, i + 1, "of")))
            return true;
        /* "Northern Ireland", "South Vietnam", "Bank of England": a
         * place or an organisation begins here. */
        if (starts_known_name(c, i))
            return true;
        if (w->feats & FW_LEX_COMMON)
            return set_has(&c->named, d->lower[i]) ||
                   firm_name_from(d, i, c->s1) ||
                   (i + 1 < c->s1 && syllable_given(d, c->s0, i + 1)) ||
                   given_then_name(c, i) ||
                   (seen_case(c, i, SEEN_CAPITALIZED) &&
                    !seen_case(c, i, SEEN_LOWER) &&
                    !common_use_follows(c, i)) ||
                   closed_org_apposition(c, i); /* "Unite, the union," */
        if (known)
            return true;
        /* "Pressed on whether ...", but "Waheed Zaman", "Majed
         * al-Ansari". */
        return !seen_case(c, i, SEEN_LOWER) &&
               (!verb_or_adverb_form(d, i) ||
                (i + 1 < c->s1 &&
                 (is_cap(d, i + 1) || article_surname(d, i + 1))));
    }
    if (all_caps(d, i) && (w->feats & FW_LEX_COMMON) && !known)
        return false; /* shouting: "PLEASE CALL" */
    return true;
}

/* ------------------------------------------------------------------ */
/* Emitting mentions                                                   */

static fw_ment *add_mention(ctx *c, size_t i, size_t j, fw_mention_kind kind,
                            uint8_t type)
{
    fw_doc *d = c->d;
    fw_ment *m = FW_PUSH(&d->arena, d->ments, d->n_ments, d->cap_ments);
    if (!m)
        return NULL;
    m->start = d->toks[i].start;
    m->end = d->toks[j - 1].end;
    m->tok = (uint32_t)i;
    m->tok_end = (uint32_t)j;
    m->sent = (uint32_t)c->sent;
    m->entity = -1;
    m->link = -1;
    m->kind = (uint8_t)kind;
    m->type = type;
    if (d->toks[i].flags & FW_TF_IN_QUOTE)
        m->flags |= FW_MF_IN_QUOTE;
    /* (a pronoun's clitic is "is" or "has": "he's"; its possessive is
     * its own form, "his") */
    if (j < c->s1 && (d->toks[j].flags & FW_TF_POSSESSIVE) &&
        kind != FW_MENTION_PRONOUN)
        m->flags |= FW_MF_POSSESSIVE;
    return m;
}

/* The place the dateline names, before a comma ("NEW DELHI",
 * "MONTGOMERY, Ala."): its length, 0 when there is none. */
static size_t dateline_city(const fw_doc *d, const char **s)
{
    if (!d->meta.dateline || !d->meta.dateline->place.ptr)
        return 0;
    *s = d->meta.dateline->place.ptr;
    const char *comma = memchr(*s, ',', d->meta.dateline->place.len);
    return comma ? (size_t)(comma - *s) : d->meta.dateline->place.len;
}

/* The country of the place the dateline names, or 0. */
static uint16_t dateline_country(const fw_doc *d)
{
    const char *s;
    size_t n = dateline_city(d, &s);
    const fw_lex_word *w = fw_lex_get(n ? fw_lex_lookup_text(s, n) : 0);
    return (w->feats & FW_LEX_PLACE) ? w->country : 0;
}

/* The hash of the dateline's place in lower case (d->lower's hash), when
 * it is one word ("BRELSK", "Kupiansk, Ukraine"), else 0. */
static uint32_t dateline_place(const fw_doc *d)
{
    const char *s;
    size_t n = dateline_city(d, &s);
    char buf[4 * FW_LEX_MAX_FORM];
    size_t m = n ? fw_lower(s, n, buf, sizeof buf) : 0;
    if (m == 0 || memchr(buf, ' ', m))
        return 0;
    return fw_hash_bytes(buf, m);
}

/* The country of a known name 'w': a body named by its kind's word
 * alone ("Congress", "the Senate") is of the dateline's country, if it
 * gives one, whatever country the lexicon gives. */
static uint16_t name_country(const fw_doc *d, const fw_lex_word *w)
{
    if (d->home && (w->feats & FW_LEX_ORG) && (w->feats & FW_LEX_ORG_WORD))
        return d->home;
    return w->country;
}

/* ------------------------------------------------------------------ */
/* Titles                                                              */

/* Might a title word or phrase start at token i? */
static inline bool may_start_title(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    return (t->kind == FW_TOKEN_WORD) & ((t->aux & FW_WA_TITLE) != 0);
}

/* Is token i (or the phrase it starts, within [i, hi)) a title word?
 * '*end' receives the end of the title word or phrase. */
static const fw_lex_word *title_at(const fw_doc *d, size_t i, size_t hi,
                                   size_t *end)
{
    if (!may_start_title(d, i))
        return NULL; /* most words: no title, no phrase */
    size_t pe;
    uint32_t pid = longest_phrase(d, i, hi, &pe);
    if (pid && (fw_lex_get(pid)->feats & FW_LEX_TITLE)) {
        *end = pe;
        return fw_lex_get(pid);
    }
    const fw_lex_word *w = lexw(d, i);
    if (is_word(d, i) && (w->feats & FW_LEX_TITLE)) {
        *end = i + 1;
        return w;
    }
    return NULL;
}

/* Can token i qualify a title: "former", "US", "Russian", "Kremlin"? */
static bool title_modifier(const fw_doc *d, size_t i)
{
    if (!is_word(d, i))
        return false;
    const fw_lex_word *w = lexw(d, i);
    /* "deputy", and what an office is of: "ministry spokesman" */
    if (w->feats & (FW_LEX_TITLE_MOD | FW_LEX_ORG_WORD))
        return true;
    if (!(d->toks[i].flags & FW_TOKEN_CAPITALIZED))
        return false;
    return (w->feats & (FW_LEX_DEMONYM | FW_LEX_AGENCY)) ||
           ((w->feats & (FW_LEX_PLACE | FW_LEX_ORG)) && caps_ok(d, i, w));
}

typedef struct title_span {
    size_t start, end;       /* tokens of the whole title */
    const fw_lex_word *head; /* the last title word */
    uint16_t country;        /* from a country or demonym in it */
} title_span;

/* Country evidence of token i (a place, demonym or organisation), or of
 * the name of several words it opens ("New Jersey", not "Jersey"). */
static uint16_t token_country(const fw_doc *d, size_t i)
{
    size_t end;
    const fw_lex_word *w = named_phrase(d, i, d->n_toks, &end);
    if (!w)
        w = lexw(d, i);
    if (w->feats & FW_LEX_ORG)
        return name_country(d, w);
    if (w->feats & (FW_LEX_PLACE | FW_LEX_DEMONYM))
        return w->country;
    return 0;
}

/* A title starting at i and ending before 'limit': modifiers, then title
 * words ("US President", "Deputy Prime Minister", "Kremlin aide"). */
/* Does a title start at token k, or after one capitalised word that is
 * no organisation's ("County" in "Assistant County Attorney")? */
static bool title_within(const fw_doc *d, size_t k, size_t limit)
{
    size_t e;
    if (title_at(d, k, limit, &e))
        return true;
    return k + 1 < limit && is_cap(d, k) &&
           !(lexw(d, k)->feats & FW_LEX_GIVEN) && title_at(d, k + 1, limit, &e);
}

static bool title_forward(const fw_doc *d, size_t i, size_t limit,
                          title_span *out)
{
    size_t k = i;
    uint16_t country = 0;
    const fw_lex_word *head = NULL;
    size_t end = 0, unknown_words = 0;
    while (k < limit) {
        size_t e;
        const fw_lex_word *t = title_at(d, k, limit, &e);
        /* (an office's title takes no calling after it: "Mayor | Buddy
         * Dyer", "Senator | Fan Yang") */
        if (t && head && t->title == FW_TITLE_OTHER)
            break;
        if (t) {
            head = t;
            end = e;
            k = e;
            continue;
        }
        if (head && (tok_eq(d, k, "of") || tok_eq(d, k, "for")) &&
            k + 1 < limit) {
            /* "President of France": a title and a country; "Minister
             * of Defense", "Secretary of Homeland Security", "Under
             * Secretary of State for Political Affairs": a title and its
             * domain, in capitalised everyday words. */
            const fw_lex_word *w = lexw(d, k + 1);
            if (tok_eq(d, k, "of") && (w->feats & FW_LEX_PLACE) &&
                w->place == FW_PLACE_COUNTRY) {
                country = w->country;
                end = k + 2;
                break;
            }
            size_t x = k + 1;
            if (x < limit && tok_eq(d, x, "the"))
                x++;
            size_t dom = x;
            while (x < limit && is_cap(d, x) &&
                   (lexw(d, x)->feats &
                    (FW_LEX_COMMON | FW_LEX_ORG_WORD | FW_LEX_TITLE_MOD)) &&
                   !(lexw(d, x)->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)))
                x++;
            /* (before a given name, any capitalised words: "Secretary of
             * Homeland Security Jeh Johnson") */
            size_t y = x;
            while (y < limit && is_cap(d, y) &&
                   !(lexw(d, y)->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME |
                                          FW_LEX_TITLE | FW_LEX_HONORIFIC)))
                y++;
            if (y > x && y < limit && (lexw(d, y)->feats & FW_LEX_GIVEN))
                x = y;
            else if (y > x + 1 && y < limit &&
                     (lexw(d, y)->feats & FW_LEX_SURNAME))
                x = y - 1; /* (a given name no lexicon lists: "Jeh") */
            if (x == dom)
                break;
            end = k = x;
            continue; /* (another domain may follow: "for ...") */
        }
        /* (but a title that qualifies another goes on: "Assistant
         * County Attorney", "Deputy Foreign Minister"; not "General
         * Administration") */
        if (head &&
            !((head->feats & FW_LEX_TITLE_MOD) && title_within(d, k, limit)))
            break;
        /* a place or organisation of several words: "South Carolina
         * Sen." */
        size_t pe;
        if (is_cap(d, k) && named_phrase(d, k, limit - 1, &pe)) {
            if (!country)
                country = token_country(d, k);
            k = pe;
            continue;
        }
        /* "Bank of Canada Governor", "Ministry of Defence spokesman":
         * a body's word, "of" and a place */
        if (!head && k > i && k + 1 < limit && tok_eq(d, k, "of") &&
            is_cap(d, k + 1) && (lexw(d, k - 1)->feats & FW_LEX_ORG_WORD) &&
            (lexw(d, k + 1)->feats & FW_LEX_PLACE)) {
            if (!country)
                country = token_country(d, k + 1);
            k += 2;
            continue;
        }
        /* What an office belongs to may be a name we do not know:
         * "Baptist Pastor", "Gravity CEO", "Los Angeles Fire Chief" (at
         * most two such words, a place's noun aside: "Cook County Fire
         * Chief"). */
        bool unknown = !title_modifier(d, k);
        size_t te;
        const unsigned feats = lexw(d, k)->feats;
        if (unknown &&
            !(is_cap(d, k) && unknown_words < 2 &&
              (!(feats & (FW_LEX_GIVEN | FW_LEX_HONORIFIC)) ||
               /* (a family name that is a given name too, before a
                * title: "Clinton Chief of Staff X") */
               (k == i && (feats & FW_LEX_SURNAME) &&
                !(feats & FW_LEX_HONORIFIC) && k + 1 < limit &&
                title_at(d, k + 1, limit, &te) && te + 1 < limit &&
                is_cap(d, te) && !(lexw(d, te)->feats & FW_LEX_TITLE)))))
            break; /* (but "Howard Dean", "Scott Farmer" are names) */
        unknown_words += unknown && !(lexw(d, k)->feats & FW_LEX_PLACE_NOUN);
        if (!country)
            country = token_country(d, k);
        k++;
    }
    /* "the General Administration of Customs", "General Assembly": a
     * title word before an organisation's word in capitals names it */
    if (!head || (end < limit && is_cap(d, end) &&
                  (lexw(d, end)->feats & FW_LEX_ORG_WORD)))
        return false;
    out->start = i;
    out->end = end;
    out->head = head;
    out->country = country;
    return true;
}

/* The start of a run of up to three capitalised words ending before
 * the title at token k, or k: words of a name, not a weekday, month,
 * cue or function word, nor one a comma or quotation mark parts from
 * the title. */
static size_t affiliation_start(const fw_doc *d, size_t lo, size_t k)
{
    if (is_cap(d, k))
        return k;
    size_t a = k;
    while (a > lo && k - a < 3 && is_cap(d, a - 1)) {
        const fw_lex_word *w = lexw(d, a - 1);
        if (w->func || (w->feats & (FW_LEX_WEEKDAY | FW_LEX_MONTH | FW_LEX_CUE |
                                    FW_LEX_TITLE)))
            break;
        a--;
    }
    return a;
}

/* Is word i an everyday word and no name's ("Work", "Health", "Trade"),
 * as a minister's portfolio is named? */
static bool portfolio_word(const fw_doc *d, size_t i)
{
    const fw_lex_word *w = lexw(d, i);
    return is_cap(d, i) && (w->feats & FW_LEX_COMMON) && !w->func &&
           !(w->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME | FW_LEX_PLACE |
                         FW_LEX_ORG | FW_LEX_DEMONYM));
}

/* Where a title whose words start at k starts when portfolios joined
 * by "and" name it: "Work and Pensions Secretary", "Health and Social
 * Care Secretary", "Digital, Culture, Media and Sport Secretary" (not
 * "Tom Hale and Health Secretary X": a name is no portfolio). */
static size_t portfolio_start(const fw_doc *d, size_t lo, size_t k)
{
    if (k < lo + 2 || !fw_tok_is(d, &d->toks[k - 1], "and") ||
        !portfolio_word(d, k - 2) || !portfolio_word(d, k))
        return k;
    size_t a = k - 2;
    while (a >= lo + 2 && fw_tok_punct(&d->toks[a - 1], ',') &&
           portfolio_word(d, a - 2))
        a -= 2;
    return a == lo || !is_cap(d, a - 1) ? a : k;
}

/* A title ending just before token 'name' and starting at or after 'lo':
 * "Kremlin spokesman", "NATO chief", "son-in-law", "Trump's envoy" (the
 * possessor stays out). */
static bool title_backward(const fw_doc *d, size_t lo, size_t name,
                           title_span *out)
{
    /* "its former leader, X": a comma may part a title from its name
     * when an article or possessor introduces the title. */
    if (name > lo + 2 && fw_tok_punct(&d->toks[name - 1], ',')) {
        title_span t;
        if (!title_backward(d, lo, name - 1, &t) || t.start == lo)
            return false;
        const fw_tok *p = &d->toks[t.start - 1];
        const fw_lex_word *pw = fw_lex_get(p->word);
        /* (a plural's apostrophe too: "Guterres' spokesman, X") */
        if (!(p->flags & FW_TF_POSSESSIVE) && pw->func != FW_FUNC_DET &&
            !(p->kind == FW_TOKEN_QUOTE && (p->flags & FW_TF_APOS_END)))
            return false;
        *out = t;
        return true;
    }
    /* Most names have none within reach. */
    bool near = false;
    for (size_t b = name > lo + 4 ? name - 4 : lo; b < name; b++)
        near |= may_start_title(d, b);
    if (!near)
        return false;
    size_t k = name;
    const fw_lex_word *head = NULL;
    for (;;) {
        /* The longest title word or phrase ending at k. */
        size_t found = k;
        const fw_lex_word *t = NULL;
        for (size_t b = k > lo + 4 ? k - 4 : lo; b < k && !t; b++) {
            size_t e;
            const fw_lex_word *w = title_at(d, b, k, &e);
            if (w && e == k)
                t = w, found = b;
        }
        if (!t)
            break;
        if (!head)
            head = t;
        k = found;
    }
    if (!head)
        return false;
    uint16_t country = 0;
    while (k > lo && title_modifier(d, k - 1)) {
        k--;
        if (!country)
            country = token_country(d, k);
    }
    /* a known name of several words before it, or ending in its first
     * word: "Bank of England Governor", "White House press secretary"
     * (not "England Governor", "House press secretary") */
    for (size_t b = k > lo + 4 ? k - 4 : lo; b < k; b++) {
        size_t e;
        if (is_cap(d, b) && named_phrase(d, b, name, &e) && e >= k &&
            e < name) {
            k = b;
            if (!country)
                country = token_country(d, k);
            break;
        }
    }
    /* a name no lexicon knows before a title in lower case: whom the
     * office is with ("Villa boss Unai Emery", "Trump adviser Stephen
     * Miller") */
    k = affiliation_start(d, lo, k);
    if (k < name)
        k = portfolio_start(d, lo, k);
    out->start = k;
    out->end = name;
    out->head = head;
    out->country = country;
    return true;
}

/* The lexicon id that stands for title word t: its full form's for an
 * abbreviation ("PM" is "prime minister", "Sen." "senator"), so that
 * the two find one another. */
static uint32_t title_word_id(const fw_lex_word *t)
{
    const char *full =
        t->title && !(t->feats & FW_LEX_ORG) ? fw_lex_canon(t) : NULL;
    uint32_t id = full ? fw_lex_lookup(full, strlen(full)) : 0;
    return id ? id : (uint32_t)(t - fw_lex.words);
}

static fw_ment *add_title(ctx *c, const title_span *t)
{
    fw_ment *m =
        add_mention(c, t->start, t->end, FW_MENTION_TITLE, FW_ENTITY_PERSON);
    if (!m)
        return NULL;
    m->word = title_word_id(t->head);
    m->country = t->country;
    m->title = t->head->title;
    m->gender = t->head->gender == FW_GENDER_M || t->head->gender == FW_GENDER_F
                    ? t->head->gender
                    : FW_GENDER_NONE;
    return m;
}

/* Has one of the sentence's latest mentions token k alone already? */
static bool has_mention_at(const ctx *c, size_t k)
{
    const fw_doc *d = c->d;
    size_t lo =
        d->n_ments > c->first_in_sent + 8 ? d->n_ments - 8 : c->first_in_sent;
    for (size_t m = lo; m < d->n_ments; m++)
        if (d->ments[m].tok == k && d->ments[m].tok_end == k + 1)
            return true;
    return false;
}

static fw_status read_named_parts(ctx *c, size_t i);

/* Marks the places and organisations a title names ("US" in "US
 * President", "NATO" in "NATO chief") as mentions of their own. */
static fw_status add_nested(ctx *c, const title_span *t)
{
    fw_doc *d = c->d;
    for (size_t k = t->start; k < t->end; k++) {
        if (!is_cap(d, k))
            continue;
        if ((d->toks[k].flags & FW_TF_HYPHENATED) && read_as_parts(d, k)) {
            fw_status st = read_named_parts(c, k); /* "the Texas-based" */
            if (st != FW_OK)
                return st;
            continue;
        }
        const fw_lex_word *w = lexw(d, k);
        /* a name of several words: "New Jersey" in "New Jersey Gov." */
        size_t end = k + 1;
        const fw_lex_word *named = named_phrase(d, k, t->end, &end);
        if (named)
            w = named;
        uint8_t type;
        fw_mention_kind kind = FW_MENTION_NAME;
        if ((w->feats & FW_LEX_PLACE) && caps_ok(d, k, w))
            type = FW_ENTITY_PLACE;
        else if ((w->feats & (FW_LEX_ORG | FW_LEX_AGENCY)) && caps_ok(d, k, w))
            type = FW_ENTITY_ORGANIZATION;
        else if (w->feats & FW_LEX_DEMONYM)
            type = FW_ENTITY_PLACE, kind = FW_MENTION_DEMONYM;
        else
            continue;
        if (has_mention_at(c, k))
            continue; /* the nominal and its title name it once */
        fw_ment *m = add_mention(c, k, end, kind, type);
        if (!m)
            return FW_ENOMEM;
        m->word = named ? (uint32_t)(named - fw_lex.words) : d->toks[k].word;
        m->country = name_country(d, w);
        m->org = w->org;
        m->flags |= FW_MF_NESTED;
        k = end - 1;
    }
    return FW_OK;
}

/* The parts of hyphenated word i that name something, as mentions
 * inside it: "Iran" in "Iran-backed", both in "Israel-Hamas". Like the
 * names inside a title, they qualify, and do not speak or act. */
static fw_status read_named_parts(ctx *c, size_t i)
{
    word_part pt;
    for (uint32_t pos = c->d->toks[i].start; next_part(c->d, i, &pos, &pt);) {
        if (!pt.names)
            continue;
        fw_ment *m = add_mention(c, i, i + 1, pt.kind, pt.type);
        if (!m)
            return FW_ENOMEM;
        m->start = pt.start;
        m->end = pt.end;
        m->word = pt.id;
        m->country = fw_lex_get(pt.id)->country;
        m->org = fw_lex_get(pt.id)->org;
        m->flags |= FW_MF_NESTED | FW_MF_PART;
    }
    return FW_OK;
}

/* ", the Kremlin spokesman," after a name: returns the title. */
static bool title_apposition(const fw_doc *d, size_t after, size_t hi,
                             title_span *out)
{
    if (after + 2 >= hi || !fw_tok_punct(&d->toks[after], ','))
        return false;
    size_t k = after + 1;
    if (tok_eq(d, k, "the") || tok_eq(d, k, "a") || tok_eq(d, k, "an") ||
        (lexw(d, k)->pron & FW_PRON_POSS)) /* "X, his chief of staff," */
        k++;
    /* "Priya Natarajan, an analyst at a London brokerage": the title is
     * the modifiers and title words. */
    size_t lim = k + 6 < hi ? k + 6 : hi;
    for (size_t s = k; s < lim; s++) {
        if (title_forward(d, s, hi, out)) {
            /* Only modifiers (or a possessor) may stand before it. */
            bool ok = true;
            for (size_t m = k; m < s && ok; m++)
                ok = title_modifier(d, m) || is_cap(d, m) ||
                     (d->toks[m].flags & FW_TF_POSSESSIVE);
            if (!ok)
                return false;
            out->start = s;
            /* The apposition ends at punctuation or a preposition. */
            return out->end >= hi || !is_word(d, out->end) ||
                   lexw(d, out->end)->func == FW_FUNC_PREP ||
                   lexw(d, out->end)->func == FW_FUNC_WH;
        }
        if (!is_word(d, s))
            return false;
    }
    return false;
}

/* ------------------------------------------------------------------ */
/* Classifying names                                                   */

/* Does a run of capitalised words from token i end at an acronym in
 * brackets, "(AfD)", "(CPJ)"? */
static bool acronym_closes(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    size_t y = i;
    while (y < c->s1 && y < i + 4 && name_like(c, y))
        y++;
    if (y == i || y + 2 >= c->s1 || !fw_tok_punct(&d->toks[y], '(') ||
        !fw_tok_punct(&d->toks[y + 2], ')'))
        return false;
    return fw_acronym(d, y + 1);
}

typedef struct guess {
    uint8_t type;   /* fw_entity_type or FW_TYPE_UNKNOWN */
    bool weak;      /* from context only */
    uint8_t gender; /* FW_GENDER_* */
    uint16_t country;
    uint8_t org;
    uint32_t word; /* lexicon id of the whole name, if listed */
    bool demonym;  /* the name is a demonym: a demonym mention */
    bool drop;     /* not an entity at all */
} guess;

static bool locative_prep(const fw_doc *d, size_t i)
{
    return has_ctx(d, i, FW_CTX_LOCATIVE) && !is_cap(d, i);
}

/* A reporting verb right after a name is evidence of a speaker. */
static bool speech_verb(const fw_doc *d, size_t i)
{
    return has_ctx(d, i, FW_CTX_SPEECH) && !is_cap(d, i);
}

/* Verbs whose subject is almost always a person. */
static bool person_verb(const fw_doc *d, size_t i)
{
    return has_ctx(d, i, FW_CTX_PERSON) && !is_cap(d, i);
}

/* Nouns of relations that only people have: "Smith's wife". */
static bool relation_noun(const fw_doc *d, size_t i)
{
    const fw_lex_word *w = lexw(d, i);
    return is_word(d, i) && (w->feats & FW_LEX_TITLE) &&
           (w->title == FW_TITLE_FAMILY ||
            (w->title == FW_TITLE_OTHER && !is_cap(d, i)));
}

/* Words that greet or address a person: "Hi Traci", "Dear Mr. Roe". */
static bool greeting(const fw_doc *d, size_t i)
{
    return has_ctx(d, i, FW_CTX_GREETING) && is_cap(d, i);
}

static bool initial_token(const fw_doc *d, size_t a);

/* Does name [a, b) start with initials and end in a word: "W.H.S.
 * Koerner", "V K Choudhry", "J. R. Smith"? */
static bool initials(const fw_doc *d, size_t a, size_t b)
{
    if (b - a < 2 || !initial_token(d, a))
        return false;
    size_t k = a + 1;
    while (k < b && initial_token(d, k))
        k++;
    return k < b && d->toks[k].end - d->toks[k].start >= 2;
}

static bool initial_token(const fw_doc *d, size_t a)
{
    const fw_tok *t = &d->toks[a];
    if (t->flags & FW_TF_INITIAL)
        return true;
    if (t->end - t->start == 1 && (t->flags & FW_TOKEN_CAPITALIZED))
        return true;
    /* Letter-period runs in capitals: "W.H.S." */
    if (!(t->flags & FW_TOKEN_ABBREV) || !(t->flags & FW_TOKEN_CAPITALIZED))
        return false;
    for (size_t k = t->start; k < t->end; k++) {
        char ch = d->text[k];
        if (ch != '.' && (ch < 'A' || ch > 'Z'))
            return false;
    }
    return fw_lex_get(t->word)->abbrev == 0;
}

/* What a person leads or has: "the Bush administration", "the Trump
 * campaign", "the Merkel government". */
static bool led_by_person(const fw_doc *d, size_t i)
{
    return has_ctx(d, i, FW_CTX_LED);
}

/* Does the possessive 'word' follow the name that ends before token b
 * within 'reach' tokens, in its clause and before any other capitalised
 * word? "its" makes an organisation ("Marathon shut its plant"), "his" a
 * person ("Bush has thoughts about his memoirs"; not "her", which may be
 * an object: "Acme hired her"). */
static bool possessive_follows(const ctx *c, size_t b, const char *word,
                               size_t reach)
{
    const fw_doc *d = c->d;
    size_t n = strlen(word);
    for (size_t k = b; k < c->s1 && k < b + reach; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind == FW_TOKEN_QUOTE)
            continue; /* "Lone 'confessed' his part" */
        if (!is_word(d, k) || is_cap(d, k))
            return false;
        if (fw_tok_len(t) == n && memcmp(d->text + t->start, word, n) == 0)
            return true;
    }
    return false;
}

/* "X's wife", "X's funeral": what only a person has follows the name
 * that ends before token b. */
static bool personal_possession(const ctx *c, size_t b)
{
    const fw_doc *d = c->d;
    return b + 1 < c->s1 && (d->toks[b].flags & FW_TF_POSSESSIVE) &&
           (relation_noun(d, b + 1) || has_ctx(d, b + 1, FW_CTX_PERSONAL));
}

/* "X's shareholders", "X employees": what only an organisation has,
 * after the name at b. */
static bool corporate_context(const ctx *c, size_t b)
{
    const fw_doc *d = c->d;
    if (b < c->s1 && (d->toks[b].flags & FW_TF_POSSESSIVE))
        b++;
    return b < c->s1 && !is_cap(d, b) && has_ctx(d, b, FW_CTX_CORPORATE);
}

/* "EgyptAir, the airline", "Zeltrix, a Texas-based company", "X, a
 * charity": an apposition after the name at b whose head is an
 * organisation's word or a noun for one. */
static bool org_apposition(const ctx *c, size_t a, size_t b)
{
    const fw_doc *d = c->d;
    /* after a preposition of place, only a true apposition: "belongs to
     * Zeltrix, the carmaker." (not "In Decatur, the steel plant is") */
    bool place = a > c->s0 && locative_prep(d, a - 1);
    if (b + 2 >= c->s1 || !fw_tok_punct(&d->toks[b], ',') ||
        lexw(d, b + 1)->func != FW_FUNC_DET)
        return false;
    for (size_t k = b + 2; k < c->s1 && k < b + 6; k++) {
        if (!is_word(d, k))
            return false;
        const fw_lex_word *w = lexw(d, k);
        /* (the head: no noun of its own after it, "a district court
         * nominee", "a radio host") */
        if (!is_cap(d, k) &&
            ((w->feats & FW_LEX_ORG_WORD) || (w->ctx & FW_CTX_ORG_NOUN)) &&
            (k + 1 >= c->s1 || !is_word(d, k + 1) || speech_verb(d, k + 1) ||
             (lexw(d, k + 1)->func && !place) ||
             (!is_cap(d, k + 1) && fw_ing_form(d, k + 1))))
            return true;
        if (w->func && !(d->toks[k].flags & FW_TF_POSSESSIVE))
            return false;
    }
    return false;
}

/* An everyday word opening a sentence before an apposition about an
 * organisation that a second comma closes: "Unite, the union
 * representing staff, said" (not "Moreover, the company said"). */
static bool closed_org_apposition(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    if (!org_apposition(c, i, i + 1))
        return false;
    for (size_t k = i + 3; k < c->s1 && k < i + 12; k++)
        if (fw_tok_punct(&d->toks[k], ','))
            return true;
    return false;
}

/* "the Comets game", "Wildcats fans": a team, by its plural name and what
 * a team has after it. */
static bool team_context(const ctx *c, size_t b)
{
    const fw_doc *d = c->d;
    const fw_tok *last = &d->toks[b - 1];
    return b < c->s1 && d->text[last->end - 1] == 's' && !is_cap(d, b) &&
           has_ctx(d, b, FW_CTX_TEAM);
}

/* Does word i hold a capital after its first letter ("DiamondRock",
 * "McCain")? */
static bool inner_capital(const fw_doc *d, size_t i)
{
    for (uint32_t k = d->toks[i].start + 1; k < d->toks[i].end; k++)
        if (d->text[k] >= 'A' && d->text[k] <= 'Z')
            return true;
    return false;
}

/* Is word i written as brands are, two to four parts each a capital and
 * small letters ("FoodDrinkEurope", "YouGov", "RealClearPolitics"), and
 * not as family names are ("McCain", "MacArthur", "DeSantis")? Not a
 * link's code ("PaA39tXPcg") nor a web page's buttons run together. */
static bool brand_word(const fw_doc *d, size_t i)
{
    static const char *const prefixes[] = {"Mc", "Mac", "De", "Di",  "Da",
                                           "Du", "La",  "Le", "Van", "Von"};
    const fw_tok *t = &d->toks[i];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    if (n < 5 || !(t->flags & FW_TF_ASCII) || (t->flags & FW_TF_HYPHENATED))
        return false;
    size_t parts = 0, first = 0;
    for (size_t k = 0; k < n; parts++) {
        if (!(s[k] >= 'A' && s[k] <= 'Z'))
            return false;
        size_t e = k + 1;
        while (e < n && s[e] >= 'a' && s[e] <= 'z')
            e++;
        if (e - k < 2)
            return false;
        if (!first)
            first = e;
        k = e;
    }
    if (parts < 2 || parts > 4)
        return false;
    for (size_t p = 0; p < FW_COUNT(prefixes); p++)
        if (strlen(prefixes[p]) == first && memcmp(s, prefixes[p], first) == 0)
            return false;
    return true;
}

/* Is name [a, b) set off by commas after a noun phrase whose head is a
 * person: "the governor of the region, X Y,", "a teacher from the town,
 * X,"? When the phrase ends in a noun that a place or an organisation
 * could stand beside ("the head of the company, X,"), only a name of
 * two words or more is taken for the person's. */
static bool follows_person_noun(const ctx *c, size_t a, size_t b)
{
    const fw_doc *d = c->d;
    if (a < c->s0 + 3 || !fw_tok_punct(&d->toks[a - 1], ',') ||
        (b < c->s1 && !fw_tok_punct(&d->toks[b], ',')))
        return false;
    const fw_lex_word *last = lexw(d, a - 2);
    if (!is_word(d, a - 2) || is_cap(d, a - 2) || /* "Burlington, Vt." */
        (b - a < 2 && ((last->feats & FW_LEX_PLACE_NOUN) ||
                       has_ctx(d, a - 2, FW_CTX_ORG_NOUN))))
        return false;
    size_t lo = a - 2 > c->s0 + 10 ? a - 12 : c->s0;
    for (size_t k = a - 1; k-- > lo + 1;) {
        if (!is_word(d, k) || lexw(d, k)->func == FW_FUNC_AUX ||
            has_ctx(d, k, FW_CTX_SPEECH))
            return false;
        if (is_cap(d, k))
            continue; /* "the Sumy region" */
        size_t e;
        bool person = title_at(d, k, a - 1, &e) || has_ctx(d, k, FW_CTX_HUMAN);
        if (!person || (k + 2 != a && lexw(d, k + 1)->func != FW_FUNC_PREP))
            continue;
        /* a determiner or a possessive before it and its modifiers:
         * "the regional", "Acme's chief human resources" */
        size_t j = k - 1;
        while (j > lo && k - j < 5 && is_word(d, j) && !lexw(d, j)->func &&
               !(d->toks[j].flags & FW_TF_POSSESSIVE))
            j--;
        if (lexw(d, j)->func == FW_FUNC_DET ||
            (d->toks[j].flags & FW_TF_POSSESSIVE))
            return true;
    }
    return false;
}

/* Does a word of name tokens [a, b) name a place or a body, or shorten
 * a word ("Fla.", "Media", "Ohio")? */
static bool place_or_body(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        const fw_lex_word *w = lexw(d, k);
        if ((w->feats & (FW_LEX_PLACE | FW_LEX_ORG | FW_LEX_ORG_WORD)) ||
            w->abbrev)
            return true;
    }
    return false;
}

/* Do the words around name tokens [a, b) say it names a person? */
static bool person_context(const ctx *c, size_t a, size_t b)
{
    const fw_doc *d = c->d;
    /* "X said", "X thinks", "the X administration"; "X also said" */
    if (b < c->s1 && led_by_person(d, b))
        return true;
    size_t v = b;
    while (v < c->s1 && v < b + 2 && is_word(d, v) &&
           lexw(d, v)->func == FW_FUNC_ADV && !is_cap(d, v))
        v++;
    if (v < c->s1 && (speech_verb(d, v) || person_verb(d, v)))
        return true;
    /* "X -- a former speaker -- told": past an aside in dashes that opens
     * after the name (not one that closes there: "- war or not over X -
     * the admiral chuckled") */
    bool dashed = false;
    if (b < c->s1 && d->toks[b].kind == FW_TOKEN_DASH) {
        size_t y = b + 1;
        while (y < c->s1 && y < b + 14 && d->toks[y].kind != FW_TOKEN_DASH &&
               !(d->toks[y].flags & FW_TF_TERMINAL))
            y++;
        dashed = y + 1 < c->s1 && d->toks[y].kind == FW_TOKEN_DASH;
        for (size_t x = c->s0; x < a && dashed; x++)
            dashed = d->toks[x].kind != FW_TOKEN_DASH;
        if (dashed && (speech_verb(d, y + 1) || person_verb(d, y + 1)))
            return true;
    }
    /* "Franziska Brantner accused ...", '"...," said Tamas Varga': a name
     * of two or three words no lexicon knows, before a verb of speech or
     * stance or after a quotation's "said"; an organisation of unknown
     * words would mostly carry an organisation's word. */
    if (b - a >= 2 && b - a <= 3 &&
        ((v < c->s1 && !is_cap(d, v) && (lexw(d, v)->feats & FW_LEX_CUE) &&
          (fw_past_tense(d, v) || d->text[d->toks[v].end - 1] == 's')) ||
         (a >= c->s0 + 2 && speech_verb(d, a - 1) &&
          (d->toks[a - 2].kind == FW_TOKEN_QUOTE ||
           fw_tok_punct(&d->toks[a - 2], ','))))) {
        bool unknown = true; /* (not "al-Sharia", "DiamondRock") */
        for (size_t k = a; k < b && unknown; k++)
            unknown = d->toks[k].word == 0 && !all_caps(d, k) &&
                      !(d->toks[k].flags & FW_TF_HYPHENATED) &&
                      !inner_capital(d, k);
        if (unknown)
            return true;
    }
    /* "X, who ...", "X, 67, a retired teacher" */
    if (b + 1 < c->s1 && fw_tok_punct(&d->toks[b], ',') &&
        (tok_eq(d, b + 1, "who") ||
         (d->toks[b + 1].kind == FW_TOKEN_NUMBER && b + 2 < c->s1 &&
          fw_tok_punct(&d->toks[b + 2], ','))))
        return true;
    /* "X is a lawyer", "X, an analyst", "X, a local man", "X, the South
     * Carolina Republican," */
    size_t k = b;
    if (k < c->s1 && (tok_eq(d, k, "is") || tok_eq(d, k, "was") ||
                      fw_tok_punct(&d->toks[k], ',') || dashed))
        k++;
    if (k > b && k + 1 < c->s1 &&
        (tok_eq(d, k, "a") || tok_eq(d, k, "an") || tok_eq(d, k, "the"))) {
        size_t e;
        for (size_t t = k + 1; t < k + 5 && t < c->s1; t++)
            if ((title_at(d, t, c->s1, &e) && !is_cap(d, t)) ||
                has_ctx(d, t, FW_CTX_HUMAN))
                return true;
    }
    /* "X, chief global strategist at Y": a title in lower case after
     * the comma, with no article, and words in lower case before it;
     * not a place's or a body's name ("Hollywood, Fla., rabbi", "Gawker
     * Media, publisher of"), nor a title of the name after it ("the
     * series X, veteran comedian Y") */
    if (k > b && fw_tok_punct(&d->toks[b], ',') && !place_or_body(d, a, b)) {
        size_t e;
        for (size_t t = k; t < k + 4 && t < c->s1 && is_word(d, t) &&
                           !is_cap(d, t) && !lexw(d, t)->func;
             t++)
            if (title_at(d, t, c->s1, &e) &&
                lexw(d, t)->title != FW_TITLE_FAMILY)
                return e >= c->s1 || !is_cap(d, e);
    }
    if (follows_person_noun(c, a, b))
        return true;
    /* Addressed: "Elmira, you are the best", "And Jen, you ..." */
    size_t y = b < c->s1 && fw_tok_punct(&d->toks[b], ',') ? b + 1 : b;
    if (y > b && y < c->s1 && tok_eq(d, y, "you") &&
        (a == c->s0 || (a == c->s0 + 1 && lexw(d, c->s0)->func)))
        return true;
    /* "Hi Traci", "Posted by darin" */
    if (a > c->s0 && (greeting(d, a - 1) || tok_eq(d, a - 1, "by")))
        return true;
    /* "Peder and I", "me and Peder": with the writer */
    if (b + 1 < c->s1 && tok_eq(d, b, "and") &&
        (tok_eq(d, b + 1, "I") || tok_eq(d, b + 1, "me")))
        return true;
    if (a >= c->s0 + 2 && tok_eq(d, a - 1, "and") &&
        (tok_eq(d, a - 2, "I") || tok_eq(d, a - 2, "me")))
        return true;
    /* A quotation's author: "- Groucho Marx" on a line of its own. */
    if (a > c->s0 && d->toks[a - 1].kind == FW_TOKEN_DASH &&
        (d->toks[a - 1].flags & FW_TOKEN_LINE_START) && b == c->s1)
        return true;
    /* A letter's salutation, "Traci," alone on its line, or its
     * signature after "Regards,". */
    bool alone = a == c->s0 && c->s1 - c->s0 <= b - a + 1 &&
                 !(lexw(d, a)->feats & FW_LEX_COMMON) &&
                 !(lexw(d, a)->ctx & (FW_CTX_GREETING | FW_CTX_CLOSING));
    if (alone && b < c->s1 && fw_tok_punct(&d->toks[b], ','))
        return true;
    if (alone && c->sent > 0) {
        const fw_sentence *prev = &d->sents[c->sent - 1];
        size_t p = prev->first_token;
        return prev->token_count <= 4 && has_ctx(d, p, FW_CTX_CLOSING);
    }
    return false;
}

/* Kinds of organisation whose noun alone, capitalised, names one. */
static bool public_body(uint8_t org)
{
    return org == FW_ORG_GOVERNMENT || org == FW_ORG_LEGISLATURE ||
           org == FW_ORG_MILITARY || org == FW_ORG_POLICE ||
           org == FW_ORG_COURT;
}

/* The title that word i names, one or several ("analyst" and
 * "analysts"), or NULL. */
static const fw_lex_word *title_word(const fw_doc *d, size_t i)
{
    const fw_lex_word *w = lexw(d, i);
    return (w->feats & FW_LEX_TITLE) ? w : fw_plural_title(d, &d->toks[i]);
}

/* Does an office name what the name at token a is: "chief executive of
 * X", "an analyst at X" (the title word just before "of" or "at"; with
 * 'plural', "economists at X" too)? Its title, or NULL. */
static const fw_lex_word *office_of(const fw_doc *d, size_t s0, size_t a,
                                    bool plural)
{
    if (a < s0 + 2 || (!tok_eq(d, a - 1, "of") && !tok_eq(d, a - 1, "at")) ||
        !is_word(d, a - 2))
        return NULL;
    const fw_lex_word *w = plural ? title_word(d, a - 2) : lexw(d, a - 2);
    return w && (w->feats & FW_LEX_TITLE) && w->title != FW_TITLE_FAMILY ? w
                                                                         : NULL;
}

/* "Mao Ning", "Lin Jian": a short family name written first, as in
 * Chinese, then a given name no lexicon knows (at word a); not an
 * everyday word's ("West Roxbury", "Wall Streeters"). */
static bool family_name_first(const fw_doc *d, size_t a)
{
    const fw_tok *f = &d->toks[a], *g = &d->toks[a + 1];
    size_t fn = f->end - f->start, gn = g->end - g->start;
    if (fn < 2 || fn > 4 || gn < 2 || gn > 9 || g->word ||
        !(f->flags & g->flags & FW_TF_ASCII) || (g->flags & FW_TOKEN_ALL_CAPS))
        return false;
    for (size_t k = 1; k < gn; k++)
        if (d->text[g->start + k] < 'a' || d->text[g->start + k] > 'z')
            return false;
    return true;
}

/* Is token i one of the n words 'forms' spell? */
static bool tok_among(const fw_doc *d, size_t i, const char *const *forms,
                      size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (tok_eq(d, i, forms[k]))
            return true;
    return false;
}

/* The end of the noun of a newspaper, an agency or a channel at word i
 * ("newspaper", "news agency", "television", "TV station"), or 0. */
static size_t media_noun_end(const fw_doc *d, size_t i, size_t s1)
{
    static const char *const alone[] = {"newspaper", "broadcaster", "daily",
                                        "weekly",    "television",  "TV",
                                        "tv",        "radio"};
    static const char *const after_news[] = {"agency",  "service", "outlet",
                                             "website", "channel", "network"};
    if (tok_eq(d, i, "news")) {
        for (size_t k = 0; k < FW_COUNT(after_news); k++)
            if (i + 1 < s1 && tok_eq(d, i + 1, after_news[k]))
                return i + 2;
        return 0;
    }
    if (!tok_among(d, i, alone, FW_COUNT(alone)))
        return 0;
    return i + 1 < s1 &&
                   (tok_eq(d, i + 1, "station") ||
                    tok_eq(d, i + 1, "channel") || tok_eq(d, i + 1, "network"))
               ? i + 2
               : i + 1;
}

/* Is the name [a, b), ending in "City", "Town" or "County", a club's in
 * its sentence: a match's result verb right before or after it ("beat
 * Stoke City", "Ipswich Town drew"), or a score in the sentence
 * ("Manchester City won 2-1")? Cities are named so too ("Mexico City",
 * "Kansas City"): the sentence must tell a match. */
static bool club_at(const ctx *c, size_t a, size_t b)
{
    static const char *const clubs[] = {"city", "town", "county"};
    static const char *const results[] = {
        "beat",  "beats",    "defeated", "drew",     "draw",    "lost",
        "edged", "thrashed", "routed",   "hammered", "stunned", "trounced"};
    const fw_doc *d = c->d;
    const char *last = fw_lex_form(lexw(d, b - 1));
    bool club_word = false;
    for (size_t k = 0; k < FW_COUNT(clubs); k++)
        club_word |= strcmp(last, clubs[k]) == 0;
    if (!club_word)
        return false;
    if (set_has(&c->firms, d->lower[a]))
        return true; /* (named as a club before in the story) */
    size_t before = a > c->s0 ? a - 1 : a;
    /* (over "with" and "to": "drew with X", "lost to X") */
    if (before > c->s0 &&
        (tok_eq(d, before, "with") || tok_eq(d, before, "to") ||
         tok_eq(d, before, "against")))
        before--;
    for (size_t k = 0; k < FW_COUNT(results); k++)
        if ((b < c->s1 && tok_eq(d, b, results[k])) ||
            (before < a && tok_eq(d, before, results[k])))
            return true;
    for (size_t k = c->s0; k < c->s1; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind != FW_TOKEN_NUMBER || t->end - t->start < 3 ||
            t->end - t->start > 5)
            continue;
        const char *x = d->text + t->start;
        const char *dash = memchr(x, '-', t->end - t->start);
        if (dash && dash > x && dash + 1 < d->text + t->end && x[0] >= '0' &&
            x[0] <= '9' && dash[1] >= '0' && dash[1] <= '9' &&
            !memchr(dash + 1, '-', (size_t)(d->text + t->end - dash - 1)))
            return true; /* "2-1", "3-0"; not "2025-12-03" */
    }
    return false;
}

static guess classify(ctx *c, size_t a, size_t b, bool person_hint)
{
    const fw_doc *d = c->d;
    guess g = {FW_TYPE_UNKNOWN, false, FW_GENDER_NONE, 0, 0, 0, false, false};
    size_t n = b - a;
    /* The whole name in a lexicon. */
    uint32_t id = n == 1 ? d->toks[a].word : name_phrase(c, a, b);
    const fw_lex_word *w = fw_lex_get(id);
    if (id && caps_ok(d, a, w)) {
        if (w->feats & FW_LEX_MISC) {
            g.drop = true;
            return g;
        }
        if (w->feats & FW_LEX_ORG) {
            g.type = FW_ENTITY_ORGANIZATION;
            g.org = w->org;
            g.country = name_country(d, w);
            g.word = id;
            return g;
        }
        if ((w->feats & FW_LEX_PLACE) &&
            !(person_hint && n == 1 && (w->feats & FW_LEX_GIVEN))) {
            g.type = FW_ENTITY_PLACE;
            g.country = w->country;
            g.word = id;
            return g;
        }
        /* "Cuban said" after "Mark Cuban", "American said" after
         * "American Airlines": a name read in full before, not the
         * demonym; whose, the entities tell */
        if ((w->feats & FW_LEX_DEMONYM) && n == 1 &&
            set_has(&c->named, d->lower[a]) && noun_ends_before(c, b)) {
            g.weak = true;
            return g;
        }
        if (w->feats & FW_LEX_DEMONYM) {
            g.type = FW_ENTITY_PLACE;
            g.country = w->country;
            g.word = id;
            g.demonym = true;
            return g;
        }
        if (w->feats & FW_LEX_AGENCY) {
            g.type = FW_ENTITY_ORGANIZATION;
            g.org = FW_ORG_MEDIA;
            g.word = id;
            return g;
        }
    }
    /* The town the dateline names, which no lexicon need know. */
    if (n == 1 && !id && c->dateline_place &&
        d->lower[a] == c->dateline_place) {
        g.type = FW_ENTITY_PLACE;
        return g;
    }
    const fw_lex_word *first = lexw(d, a), *last = lexw(d, b - 1);
    for (size_t k = a + 1; k < b; k++) {
        /* "Johnson & Johnson", "Faith & Freedom Coalition": no one's
         * name holds an ampersand */
        if (d->toks[k].end == d->toks[k].start + 1 &&
            d->text[d->toks[k].start] == '&' && k + 1 < b &&
            !(lexw(d, k + 1)->feats & FW_LEX_GIVEN)) { /* ("Hillary &
                                                           Chelsea") */
            g.type = FW_ENTITY_ORGANIZATION;
            g.org = FW_ORG_COMPANY;
            return g;
        }
        if (d->toks[k].flags & FW_TF_POSSESSIVE) {
            if (k + 1 == b) {
                g.type = FW_ENTITY_PLACE; /* "at Del Frisco's" */
                return g;
            }
            g.type = FW_ENTITY_ORGANIZATION; /* "Ray's Pizza" */
            g.org = FW_ORG_COMPANY;
            return g;
        }
    }
    /* "Southern" alone names no place; "Southwest" after "Southwest
     * Airlines" is the company. */
    if (n == 1 && part_noun(first) && !(first->feats & NAME_FEATS)) {
        if (set_has(&c->named, d->lower[a])) {
            g.type = FW_ENTITY_ORGANIZATION;
            g.weak = true;
        } else {
            g.drop = true;
        }
        return g;
    }
    /* "the Republican nomination": a word that qualifies titles is no
     * name alone. */
    if (n == 1 && (first->feats & FW_LEX_TITLE_MOD) &&
        !(first->feats & (NAME_FEATS | FW_LEX_TITLE)) &&
        (!person_hint || /* (nor after a title, before its noun: "chief
                            Democratic rival") */
         (b < c->s1 && is_word(d, b) &&
          !(d->toks[b].flags & FW_TOKEN_CAPITALIZED) && !lexw(d, b)->func))) {
        g.drop = true;
        return g;
    }
    /* "Christian Pardo", "Summer Zervos": an everyday proper word that
     * is also a given name, before a surname no lexicon knows otherwise */
    bool given_first = n == 2 && (first->feats & FW_LEX_GIVEN) &&
                       !(last->feats & ~(FW_LEX_SURNAME | FW_LEX_GIVEN));
    /* (but "Christian Democrats": people of a party, a group, below) */
    bool people = has_ctx(d, b - 1, FW_CTX_HUMAN) &&
                  d->text[d->toks[b - 1].end - 1] == 's' &&
                  !(last->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME));
    if (n > 1 && (((first->feats & FW_LEX_MISC) && !given_first && !people) ||
                  has_ctx(d, b - 1, FW_CTX_PRIZE))) {
        g.drop = true; /* "Hurricane Katrina", "Christmas Eve", "the
                          Siegel Awards" */
        return g;
    }
    /* Organisation words: "Defence Ministry", "Ministry of Defence". */
    if ((last->feats & FW_LEX_ORG_WORD) && (n > 1 || all_caps(d, a)) &&
        !(person_hint && n == 2 && (first->feats & FW_LEX_GIVEN) &&
          last->org == FW_ORG_MEDIA)) { /* (not "Mayor Don Guardian") */
        g.type = FW_ENTITY_ORGANIZATION;
        g.org = last->org;
        g.country = token_country(d, a);
        return g;
    }
    /* "the Army", "the Senate": a public body named by its noun alone. */
    if (n == 1 && (last->feats & FW_LEX_ORG_WORD) && public_body(last->org) &&
        a > c->s0 && tok_eq(d, a - 1, "the") && !c->title_case) {
        g.type = FW_ENTITY_ORGANIZATION;
        g.org = last->org;
        g.weak = true;
        return g;
    }
    for (size_t k = a; k + 1 < b; k++) {
        if ((lexw(d, k)->feats & FW_LEX_ORG_WORD) &&
            (tok_eq(d, k + 1, "of") || tok_eq(d, k + 1, "on") ||
             tok_eq(d, k + 1, "for"))) {
            g.type = FW_ENTITY_ORGANIZATION;
            g.org = lexw(d, k)->org;
            /* "Bank of Canada", "Ministry of Defence of Japan": the
             * country named after "of" */
            for (size_t x = k + 2; x < b && !g.country; x++)
                if (tok_eq(d, x - 1, "of"))
                    g.country = token_country(d, x);
            return g;
        }
    }
    /* "Manchester City beat Chelsea 2-1", "drew with Derby County": a
     * club where a match's result is told */
    if (n > 1 && (last->feats & FW_LEX_PLACE_NOUN) && club_at(c, a, b)) {
        g.type = FW_ENTITY_ORGANIZATION;
        g.org = FW_ORG_SPORT;
        g.weak = true;
        return g;
    }
    /* Place nouns: "Jefferson County", "Lake Geneva"; not a given name
     * and a surname ("Stuart Hall"), nor one after "Dr." or "Mr." ("Dr.
     * Naomi Park") */
    if (n > 1 && (last->feats & FW_LEX_PLACE_NOUN) &&
        (last->flags & FW_LEXF_BEFORE) &&
        !(n == 2 && (first->feats & FW_LEX_GIVEN) &&
          (last->feats & FW_LEX_SURNAME)) &&
        !(person_hint && (first->feats & FW_LEX_GIVEN))) {
        g.type = FW_ENTITY_PLACE;
        return g;
    }
    if (n > 1 && (first->feats & FW_LEX_PLACE_NOUN) &&
        (first->flags & FW_LEXF_AFTER) &&
        !(first->feats & FW_LEX_ORG_WORD)) { /* (not "Capital Economics") */
        g.type = FW_ENTITY_PLACE;
        return g;
    }
    /* A part of a known place: "South Vietnam", "Greater New York". */
    if (n > 1 && part_noun(first)) {
        uint32_t pid =
            n == 2 ? d->toks[b - 1].word : fw_phrase_lookup(d, a + 1, b);
        const fw_lex_word *p = fw_lex_get(pid);
        if ((p->feats & FW_LEX_PLACE) && caps_ok(d, a + 1, p)) {
            g.type = FW_ENTITY_PLACE;
            g.country = p->country;
            return g;
        }
    }
    /* People of a party or a place, in the plural: "Republicans",
     * "Senate Democrats" are a group, not a person. */
    if (people) {
        g.type = FW_ENTITY_GROUP;
        return g;
    }
    /* A name its acronym follows in brackets: "Committee to Protect
     * Journalists (CPJ)" */
    if (n > 1 && b + 2 < c->s1 && fw_tok_punct(&d->toks[b], '(') &&
        !(first->feats & FW_LEX_GIVEN) && acronym_closes(c, b - 1)) {
        g.type = FW_ENTITY_ORGANIZATION;
        return g;
    }
    /* "an analyst at Phillip Nova", "a manager at John Lewis": where an
     * office is held is a body, whatever its words */
    /* (one word no lexicon knows after a trade's or a scholar's title:
     * "analysts at Jefferies", not "a reporter at Wimbledon") */
    const fw_lex_word *office =
        !person_hint && a > c->s0 && tok_eq(d, a - 1, "at")
            ? office_of(d, c->s0, a, true)
            : NULL;
    if (office &&
        ((n >= 2 && office->title == FW_TITLE_MEDIA) ||
         ((n >= 2 || !d->toks[a].word) &&
          (office->title == FW_TITLE_BUSINESS ||
           office->title == FW_TITLE_ACADEMIC)))) { /* (not "a protester
                                                       at X's rally") */
        g.type = FW_ENTITY_ORGANIZATION;
        g.weak = true;
        return g;
    }
    /* "Zacks" after "Zacks Investment Research": the company */
    if (n == 1 && !person_hint && !(first->feats & FW_LEX_GIVEN) &&
        set_has(&c->firms, d->lower[a])) {
        g.type = FW_ENTITY_ORGANIZATION;
        g.weak = true;
        return g;
    }
    /* People (but a given name alone in capitals before a noun it
     * qualifies is an acronym: "the DAX index", not "THOMAS filed") */
    bool acronym = n == 1 && all_caps(d, a) && b < c->s1 && is_word(d, b) &&
                   !is_cap(d, b) && !lexw(d, b)->func &&
                   !(lexw(d, b)->feats & FW_LEX_CUE) && !fw_past_tense(d, b) &&
                   d->text[d->toks[b].end - 1] != 's';
    if (person_hint || initials(d, a, b)) {
        g.type = FW_ENTITY_PERSON;
    } else if (((first->feats & FW_LEX_GIVEN) && !acronym) ||
               hyphenated_given(d, a)) {
        g.type = FW_ENTITY_PERSON;
    } else if (n >= 2 && ((last->feats & FW_LEX_SURNAME) ||
                          syllable_given(d, c->s0, b - 1))) {
        g.type = FW_ENTITY_PERSON; /* "Wasserman Schultz", "Moon Jae-in" */
    } else if (n == 2 && (first->feats & FW_LEX_SURNAME) &&
               !(first->feats & FW_LEX_COMMON) && family_name_first(d, a)) {
        g.type = FW_ENTITY_PERSON; /* "Mao Ning", "Lin Jian" */
        g.weak = true;
    }
    if (g.type == FW_ENTITY_PERSON) {
        if (first->feats & FW_LEX_GIVEN)
            g.gender =
                first->gender == FW_GENDER_U ? FW_GENDER_NONE : first->gender;
        return g;
    }
    /* Acronyms nobody listed: organisations when something says so
     * ("the GISB", "GISB said"); web text abounds in others (DVD, LOL). */
    if (n == 1 && all_caps(d, a) && d->toks[a].end - d->toks[a].start <= 6) {
        /* not a modifier: "the HR department", "the LNG group" */
        bool modifier = b < c->s1 && is_word(d, b) && !is_cap(d, b) &&
                        !lexw(d, b)->func && !speech_verb(d, b);
        /* ("ANZ bank said": a body's noun, then its speech; "the CGT
         * union", "the BJP party": a noun only a body's name goes
         * with) */
        static const char *const bodies[] = {
            "union", "party", "militia", "federation", "alliance", "coalition"};
        bool body = modifier && b + 1 < c->s1 &&
                    (has_ctx(d, b, FW_CTX_ORG_NOUN) ||
                     (lexw(d, b)->feats & FW_LEX_ORG_WORD)) &&
                    (speech_verb(d, b + 1) ||
                     tok_among(d, b, bodies, FW_COUNT(bodies)));
        if ((a > c->s0 && d->toks[a - 1].word == c->the_word && !modifier) ||
            (b < c->s1 && speech_verb(d, b)) || body ||
            (a > c->s0 && !is_cap(d, a - 1) &&
             has_ctx(d, a - 1, FW_CTX_ORG_NOUN))) { /* "consumer group
                                                       BEUC" */
            g.type = FW_ENTITY_ORGANIZATION;
            g.weak = true;
        }
        return g;
    }
    if (n == 1 && (first->feats & FW_LEX_SURNAME)) {
        g.type = FW_ENTITY_PERSON;
        g.weak = true;
    }
    /* The words around it. */
    if (b < c->s1 && (lexw(d, b)->feats & FW_LEX_PLACE_NOUN) &&
        (lexw(d, b)->flags & FW_LEXF_BEFORE) && !is_cap(d, b)) {
        g.type = FW_ENTITY_PLACE; /* "the Donbas region" */
        g.weak = false;
        return g;
    }
    /* "the Wagner group", "the Sadrist movement", "the Zeltan militia",
     * "the IG Metall union": a party's, an armed body's, a union's or a
     * group's noun after the name */
    if (b < c->s1 && a > c->s0 && d->toks[a - 1].word == c->the_word &&
        !is_cap(d, b) && (lexw(d, b)->feats & FW_LEX_ORG_WORD) &&
        (lexw(d, b)->org == FW_ORG_PARTY ||
         lexw(d, b)->org == FW_ORG_MILITARY || tok_eq(d, b, "group") ||
         tok_eq(d, b, "network") || tok_eq(d, b, "union")) &&
        np_ends(c, b + 1)) { /* (not "the Jade Helm military exercises") */
        g.type = FW_ENTITY_ORGANIZATION;
        g.org = lexw(d, b)->org;
        g.weak = true; /* (but "the Sanders movement" is his) */
        return g;
    }
    /* "the Tasnim news agency", "the Asahi newspaper", "Al Alam TV":
     * a medium's noun after the name */
    size_t medium = b < c->s1 && !is_cap(d, b) &&
                            (((lexw(d, b)->feats & FW_LEX_ORG_WORD) &&
                              lexw(d, b)->org == FW_ORG_MEDIA) ||
                             has_ctx(d, b, FW_CTX_ORG_NOUN))
                        ? media_noun_end(d, b, c->s1)
                        : 0;
    if (medium && np_ends(c, medium)) {
        g.type = FW_ENTITY_ORGANIZATION;
        g.org = FW_ORG_MEDIA;
        g.weak = true;
        return g;
    }
    if (a >= c->s0 + 2 && tok_eq(d, a - 1, "of") &&
        (lexw(d, a - 2)->feats & FW_LEX_PLACE_NOUN) &&
        (lexw(d, a - 2)->flags & FW_LEXF_AFTER)) {
        g.type = FW_ENTITY_PLACE; /* "the stronghold of Pokrovsk" */
        g.weak = false;
        return g;
    }
    if (g.type == FW_TYPE_UNKNOWN && n >= 2 &&
        (name_particle(d, a) || family_particle(d, a))) {
        g.type = FW_ENTITY_PERSON; /* "bin Laden", "de Gaulle", "De
                                      Blasio" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && a > c->s0 &&
               has_ctx(d, a - 1, FW_CTX_ORG_NOUN) && !is_cap(d, a - 1)) {
        g.type = FW_ENTITY_ORGANIZATION; /* "imaging company Keyhole" */
        g.weak = true;
        /* (of the noun's kind: "the newspaper Sueddeutsche Zeitung" is
         * no ministry that "the ministry" could take up) */
        if (media_noun_end(d, a - 1, c->s1) == a ||
            (a >= c->s0 + 2 && media_noun_end(d, a - 2, c->s1) == a))
            g.org = FW_ORG_MEDIA;
        else if (lexw(d, a - 1)->feats & FW_LEX_ORG_WORD)
            g.org = lexw(d, a - 1)->org;
    } else if (g.type == FW_TYPE_UNKNOWN && office_of(d, c->s0, a, false)) {
        g.type = FW_ENTITY_ORGANIZATION; /* "chief executive of Zeltrix" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN &&
               possessive_follows(c, b, "his", 8)) {
        g.type = FW_ENTITY_PERSON; /* "Bush ... about his memoirs" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN &&
               possessive_follows(c, b, "its", 4)) {
        g.type = FW_ENTITY_ORGANIZATION; /* "Marathon shut its plant" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && personal_possession(c, b)) {
        g.type = FW_ENTITY_PERSON; /* "to Ostrander's funeral" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN &&
               (corporate_context(c, b) || team_context(c, b))) {
        g.type = FW_ENTITY_ORGANIZATION; /* "Zeltrix shareholders" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && org_apposition(c, a, b)) {
        g.type = FW_ENTITY_ORGANIZATION; /* "EgyptAir, the airline" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && a >= c->s0 + 3 &&
               fw_tok_punct(&d->toks[a - 1], ',') && b < c->s1 &&
               fw_tok_punct(&d->toks[b], ',') && !is_cap(d, a - 2) &&
               has_ctx(d, a - 2, FW_CTX_ORG_NOUN) &&
               (d->toks[a - 3].word == c->the_word ||
                (lexw(d, a - 3)->pron & FW_PRON_POSS))) {
        g.type = FW_ENTITY_ORGANIZATION; /* "The chain, Hypermarché Plus," */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && brand_word(d, a) &&
               (n == 1 || (n == 2 && !c->title_case &&
                           !(last->feats & FW_LEX_SURNAME)))) {
        g.type = FW_ENTITY_ORGANIZATION; /* "FoodDrinkEurope said",
                                            "HuffPost Live" (not "JaMarcus
                                            Russell", nor a headline's
                                            words in capitals) */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && a > c->s0 &&
               locative_prep(d, a - 1) &&
               !(n == 1 &&
                 ((first->feats & (FW_LEX_COMMON | FW_LEX_TITLE_MOD)) ||
                  (first->ctx & FW_CTX_HUMAN)))) {
        g.type = FW_ENTITY_PLACE; /* "in Kramatorsk", not "in History" */
        g.weak = true;
    } else if (g.type == FW_TYPE_UNKNOWN && person_context(c, a, b)) {
        g.type = FW_ENTITY_PERSON;
        g.weak = true;
    }
    return g;
}

/* ------------------------------------------------------------------ */
/* Runs of name tokens                                                 */

/* Is the mark at token j an everyday plural's apostrophe inside an
 * organisation's name, an organisation's word in the next two words
 * ("the Flood Victims' Association", "the Farmers' Rights Council"; not
 * "Sanders' Senate campaign")? No quotation closes there: the words on
 * either side are alike in or out of quotes. */
static bool apostrophe_in_name(const ctx *c, size_t j)
{
    const fw_doc *d = c->d;
    if (!(d->toks[j].flags & FW_TF_APOS_END) || j + 1 >= c->s1 ||
        !is_cap(d, j + 1) ||
        ((d->toks[j - 1].flags ^ d->toks[j + 1].flags) & FW_TF_IN_QUOTE))
        return false;
    const fw_lex_word *before = lexw(d, j - 1), *after = lexw(d, j + 1);
    return d->text[d->toks[j - 1].end - 1] == 's' &&
           (before->feats & FW_LEX_COMMON) &&
           !(before->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)) &&
           !public_body(after->org) &&
           ((after->feats & FW_LEX_ORG_WORD) ||
            (j + 2 < c->s1 && is_cap(d, j + 2) &&
             (lexw(d, j + 2)->feats & FW_LEX_ORG_WORD)));
}

/* Is token k a capitalised everyday word, a portfolio's ("Fisheries"),
 * or one the lexicon lacks, that may stand in an organisation's name of
 * many parts ("Health", "Governmental"), but no organisation's word, which
 * would end a name of its own ("the State Department and White House")? */
static bool body_part_word(const fw_doc *d, size_t k)
{
    const fw_lex_word *w = lexw(d, k);
    return is_cap(d, k) &&
           (!d->toks[k].word ||
            (w->feats & (FW_LEX_COMMON | FW_LEX_TITLE_MOD))) &&
           !w->func &&
           !(w->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME | FW_LEX_TITLE |
                         FW_LEX_HONORIFIC | FW_LEX_ORG_WORD));
}

/* A name of parts joined by commas and "and" that an organisation's word
 * ends: at token j, after a capitalised everyday word, "and" or a list
 * (", Education, Labor and") of such words, one or two a part, then up to
 * three more and the organisation's word ("the Senate Health, Education,
 * Labor and Pensions Committee", "the Homeland Security and Governmental
 * Affairs Committee"). The token of that word, or 0. */
static size_t listed_body(const ctx *c, size_t j)
{
    const fw_doc *d = c->d;
    if (!(fw_tok_punct(&d->toks[j], ',') || tok_eq(d, j, "and")) ||
        !body_part_word(d, j - 1) || !d->toks[j - 1].word)
        return 0;
    size_t k = j;
    for (int parts = 0; k < c->s1 && fw_tok_punct(&d->toks[k], ','); parts++) {
        if (parts == 4 || !body_part_word(d, k + 1))
            return 0;
        k += 2;
        if (k < c->s1 && body_part_word(d, k) && !tok_eq(d, k, "and"))
            k++;
    }
    if (k + 1 >= c->s1 || !tok_eq(d, k, "and"))
        return 0;
    for (size_t e = k + 1; e < c->s1 && e <= k + 4; e++) {
        if (e > k + 1 && is_cap(d, e) && (lexw(d, e)->feats & FW_LEX_ORG_WORD))
            return e;
        if (!body_part_word(d, e))
            return 0;
    }
    return 0;
}

/* The end of the run of name tokens starting at i. */
static size_t run_end(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    size_t j = i + 1;
    bool org_head = (lexw(d, i)->feats &
                     (FW_LEX_ORG_WORD | FW_LEX_PLACE_NOUN | FW_LEX_TITLE)) != 0;
    bool after_of = false; /* inside "Department of ..." */
    /* A known name may hold lower-case words: "Bosnia and Herzegovina",
     * "the House Ways and Means Committee". */
    size_t pe;
    uint32_t pid = longest_phrase(d, i, c->s1, &pe);
    if (pid && pe > j && is_cap(d, pe - 1) &&
        (fw_lex_get(pid)->feats & (FW_LEX_ORG | FW_LEX_PLACE)))
        j = pe;
    while (j < c->s1) {
        if (d->toks[j].kind == FW_TOKEN_QUOTE && apostrophe_in_name(c, j)) {
            j++;
            org_head = true;
            continue;
        }
        if (d->toks[j].flags & FW_TF_POSSESSIVE) {
            /* "Ray's Pizza", "Macy's": a business named for its owner
             * (a known organisation's is another: "the Supreme Court's
             * Citizens United ruling", and so is a known place's:
             * "Germany's Autowerk AG") */
            const fw_lex_word *owner = pid ? fw_lex_get(pid) : lexw(d, i);
            if ((lexw(d, i)->feats & FW_LEX_ORG) ||
                (pid && (owner->feats & FW_LEX_ORG)) ||
                ((owner->feats & FW_LEX_PLACE) && j == (pid ? pe : i + 1) &&
                 caps_ok(d, i, owner)))
                break;
            size_t k = j + 1;
            if (k < c->s1 && is_cap(d, k) && k + 1 < c->s1 &&
                (lexw(d, k + 1)->feats & FW_LEX_ORG_WORD))
                k++; /* "Alan's Bike Shop" */
            /* (a capitalised one: "Bill Clinton's administration" is
             * what a person leads, and so is a public body: "Obama's
             * Office of Management and Budget") */
            if (k < c->s1 && is_cap(d, k) &&
                (lexw(d, k)->feats & FW_LEX_ORG_WORD) &&
                (!public_body(lexw(d, k)->org) ||
                 /* "the U.S. Attorney's Office", "the Sheriff's Office":
                  * an office's title owns its body */
                 ((lexw(d, j - 1)->feats & FW_LEX_TITLE) &&
                  tok_eq(d, k, "Office")))) {
                j = k + 1;
                org_head = true;
                continue;
            }
            /* "dinner at Del Frisco's for two": a place by its owner's
             * name, with no noun after it (not a titled person's: "in
             * Sen. X's case") */
            if (i > c->s0 && locative_prep(d, i - 1) &&
                !(d->toks[i].aux & FW_WA_TITLE) &&
                !(lexw(d, i)->feats & FW_LEX_HONORIFIC) &&
                (j + 1 >= c->s1 || d->toks[j + 1].kind == FW_TOKEN_PUNCT ||
                 (is_word(d, j + 1) && lexw(d, j + 1)->func)))
                j++;
            break;
        }
        if (d->toks[j].flags & FW_TOKEN_LINE_START)
            break;
        size_t body = listed_body(c, j);
        if (body) {
            j = body;
            org_head = true;
            continue;
        }
        if (name_like(c, j)) {
            const unsigned heads =
                FW_LEX_ORG_WORD | FW_LEX_PLACE_NOUN | FW_LEX_TITLE;
            /* a given name, or a name right after a title, starts a
             * person's name: "of" no longer joins ("Judge Ann Vell of
             * the Court of Appeals", "Justice Vell of the Court") */
            if (!(lexw(d, j)->feats & heads) &&
                ((lexw(d, j)->feats & FW_LEX_GIVEN) ||
                 (lexw(d, j - 1)->feats & heads) == FW_LEX_TITLE))
                org_head = false;
            /* (after "Dr." or "Mrs.", a person's: "Dr. Naomi Park of
             * Columbia University") */
            org_head |= (lexw(d, j)->feats & heads) != 0 &&
                        !(lexw(d, i)->feats & FW_LEX_HONORIFIC);
            j++;
            continue;
        }
        /* "Ursula von der Leyen", "Jose de la Cruz": two particles */
        if (j + 2 < c->s1 && name_particle(d, j) && name_particle(d, j + 1) &&
            name_like(c, j + 2)) {
            j += 2;
            continue;
        }
        if (j + 1 < c->s1 && name_like(c, j + 1)) {
            if (name_particle(c->d, j)) {
                j++;
                continue;
            }
            /* "Bank of England", "Gulf of Mexico"; "Council on Foreign
             * Relations", "Center for American Progress", "Secretary of
             * State for Political Affairs" */
            if (org_head &&
                (tok_eq(d, j, "of") ||
                 (tok_eq(d, j, "on") &&
                  (lexw(d, j - 1)->feats & FW_LEX_ORG_WORD)) ||
                 (tok_eq(d, j, "for") &&
                  !(lexw(d, j + 1)->feats & FW_LEX_GIVEN) &&
                  (after_of || (lexw(d, j - 1)->feats &
                                (FW_LEX_ORG_WORD | FW_LEX_TITLE)))))) {
                j++;
                after_of = true;
                continue;
            }
            /* "Department of Housing and Urban Development"; not "Sen. X
             * of Texas and Sen. Y" */
            if (after_of && tok_eq(d, j, "and") &&
                !(lexw(d, j + 1)->feats &
                  (FW_LEX_TITLE | FW_LEX_HONORIFIC | FW_LEX_GIVEN))) {
                j++;
                continue;
            }
            /* "Procter & Gamble" */
            if (d->toks[j].kind == FW_TOKEN_SYMBOL && tok_eq(d, j, "&")) {
                j++;
                continue;
            }
            /* "Alternative for Germany (AfD)", "Committee to Protect
             * Journalists (CPJ)": a name its acronym in brackets closes
             * holds the small word between its capitalised ones */
            if (is_word(d, j) && lexw(d, j)->func == FW_FUNC_PREP &&
                acronym_closes(c, j + 1)) {
                j++;
                continue;
            }
        }
        /* "Court of the District of Columbia" */
        if (org_head && tok_eq(d, j, "of") && j + 2 < c->s1 &&
            tok_eq(d, j + 1, "the") && name_like(c, j + 2)) {
            j += 2;
            after_of = true;
            continue;
        }
        /* "Association of Muslim Scholars" */
        if (org_head && tok_eq(d, j, "of") && j + 2 < c->s1 &&
            is_cap(d, j + 1) && (lexw(d, j + 1)->feats & FW_LEX_MISC) &&
            name_like(c, j + 2)) {
            j += 2;
            after_of = true;
            continue;
        }
        /* "National Hurricane Center": an everyday proper word inside. */
        if (j + 1 < c->s1 && is_cap(d, j) &&
            (lexw(d, j)->feats & FW_LEX_MISC) && name_like(c, j + 1)) {
            j++;
            continue;
        }
        /* "Jr." closes a name. */
        if (is_word(d, j) && lexw(d, j)->abbrev == FW_ABBR_SUFFIX) {
            j++;
            break;
        }
        /* So does "Jr." after a comma, and a company's legal form:
         * "Donald Trump, Jr.", "Google, Inc.", "Acme, LLC" (not a
         * state's postal code: "Denver, CO", "Reno, NV"). */
        if (fw_tok_punct(&d->toks[j], ',') && j + 1 < c->s1 &&
            ((fw_legal_form(d, j + 1) &&
              !(lexw(d, j + 1)->feats & FW_LEX_PLACE)) ||
             (is_word(d, j + 1) && lexw(d, j + 1)->abbrev == FW_ABBR_SUFFIX &&
              is_cap(d, j + 1)))) {
            j += 2;
            break;
        }
        break;
    }
    return j;
}

/* Is 'w' a title one is addressed by after an honorific ("Mr.
 * President", "Madam Secretary", "Mr. Speaker"), not a family name too
 * ("Mr. Prince", "Dr. King", "Mr. Major")? */
static bool address_title(const fw_lex_word *w)
{
    switch (w->title) {
    case FW_TITLE_HEAD:
    case FW_TITLE_MINISTER:
    case FW_TITLE_LEGISLATOR:
    case FW_TITLE_OFFICIAL:
    case FW_TITLE_BUSINESS:
    case FW_TITLE_JUDICIAL:
    case FW_TITLE_DIPLOMAT:
        return true;
    default:
        return false;
    }
}

static bool is_honorific(const fw_doc *d, size_t i)
{
    return is_word(d, i) && (lexw(d, i)->feats & FW_LEX_HONORIFIC) &&
           !(lexw(d, i)->feats & FW_LEX_GIVEN);
}

/* Where a name's title was found. */
enum { TITLE_NONE, TITLE_FRONT, TITLE_BEFORE, TITLE_AFTER };

/* Does the run [a, b) name a body after a place or a person: a place
 * noun after its name ("Marion Avenue Baptist Church"), an organisation
 * word before "of" ("the John F. Kennedy School of Government"), or a
 * school's last ("Eugene Field Elementary School"), and no title ("Clark
 * County | Sheriff X")? */
static bool names_a_body(const fw_doc *d, size_t a, size_t b)
{
    bool body = false;
    for (size_t k = a + 1; k < b; k++) {
        const fw_lex_word *w = lexw(d, k);
        if ((w->feats & FW_LEX_TITLE) && !(w->feats & FW_LEX_ORG_WORD))
            return false;
        body |=
            ((w->feats & FW_LEX_PLACE_NOUN) && (w->flags & FW_LEXF_BEFORE)) ||
            ((w->feats & FW_LEX_ORG_WORD) && k + 1 < b &&
             tok_eq(d, k + 1, "of")) ||
            ((w->feats & FW_LEX_ORG_WORD) && w->org == FW_ORG_EDUCATION &&
             k + 1 == b);
    }
    return body;
}

/* Where a person's name that runs into what follows it on a signature
 * line ends: "Chris Abel | Manager", "Hilary E. Ackermann | Goldman
 * Sachs": at a title, organisation or place after a given name and one
 * more word. 'b' when there is no such place. */
static size_t person_cut(const fw_doc *d, size_t a, size_t b)
{
    if (b - a < 3 || !(lexw(d, a)->feats & FW_LEX_GIVEN))
        return b;
    for (size_t k = a + 1; k < b; k++) {
        if (d->toks[k].flags & FW_TF_POSSESSIVE)
            return b; /* "Ray's Pizza" is one name */
    }
    if (names_a_body(d, a, b))
        return b;
    for (size_t k = a + 2; k < b; k++) {
        const fw_lex_word *w = lexw(d, k);
        if ((w->feats & (FW_LEX_TITLE | FW_LEX_TITLE_MOD | FW_LEX_ORG |
                         FW_LEX_ORG_WORD | FW_LEX_PLACE)) &&
            !(w->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)) && caps_ok(d, k, w))
            return k;
    }
    return b;
}

/* "the Davis | Administration", "the Obama | Campaign": a person's name
 * and, capitalised, what the person leads. */
static size_t led_cut(const fw_doc *d, size_t a, size_t b)
{
    if (b - a < 2 || !has_ctx(d, b - 1, FW_CTX_LED))
        return b;
    const fw_lex_word *w = lexw(d, b - 2);
    return (w->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)) &&
                   !(w->feats & (FW_LEX_ORG | FW_LEX_PLACE | FW_LEX_COMMON))
               ? b - 1
               : b;
}

/* "the Sanders | Iowa spots": a person's name, then a state or country
 * the name is no part of. (A given name alone, or after a title, goes
 * on into its family name: "Anna Nord", "Secretary Anna Nord".) */
static size_t place_cut(const fw_doc *d, size_t a, size_t b)
{
    if (b - a < 2)
        return b;
    const fw_lex_word *p = lexw(d, b - 1), *n = lexw(d, b - 2);
    bool place =
        (p->feats & FW_LEX_PLACE) && caps_ok(d, b - 1, p) &&
        (p->place == FW_PLACE_COUNTRY || p->place == FW_PLACE_SUBDIVISION) &&
        !(p->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME | FW_LEX_COMMON));
    /* (not a particle in a place's name: "Surigao del Norte") */
    bool person = is_cap(d, b - 2) &&
                  (n->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)) &&
                  !(n->feats & (FW_LEX_PLACE | FW_LEX_ORG)) &&
                  ((n->feats & FW_LEX_SURNAME) ||
                   (b - 2 > a &&
                    !(lexw(d, b - 3)->feats &
                      (FW_LEX_TITLE | FW_LEX_HONORIFIC | FW_LEX_TITLE_MOD))));
    return place && person ? b - 1 : b;
}

static fw_status read_name(ctx *c, size_t a, size_t b);

/* Where a run that opens with a known place or organisation of several
 * words, or a known acronym, and goes on into words that are no part of
 * it ends that name: "State Department | Arabists", "New York |
 * Zorbatown", "BBC | News Online"; not "New York State University", "New
 * York Governor X", "New York Rangers". 'b' when it does not. */
static size_t known_cut(const fw_doc *d, size_t a, size_t b)
{
    size_t end;
    uint32_t id = longest_phrase(d, a, b, &end);
    if (!id && (lexw(d, a)->feats & FW_LEX_ORG) && all_caps(d, a)) {
        id = d->toks[a].word; /* an acronym: "BBC | Daily E-mail" */
        end = a + 1;
    }
    if (!id && b == a + 2) {
        id = d->toks[a].word; /* "the Florida | Republican" */
        end = a + 1;
    }
    if (!id || end >= b)
        return b;
    const fw_lex_word *w = fw_lex_get(id);
    if (!(w->feats & (FW_LEX_ORG | FW_LEX_PLACE)) ||
        (w->feats & (FW_LEX_GIVEN | FW_LEX_SURNAME)))
        return b;
    /* "the South Carolina | Republican": a word that qualifies titles
     * ends the run with no title after it. */
    bool qualifier_last =
        end + 1 == b && (lexw(d, end)->feats & FW_LEX_TITLE_MOD) &&
        !(lexw(d, end)->feats &
          (FW_LEX_TITLE | FW_LEX_ORG_WORD | FW_LEX_PLACE_NOUN));
    if (qualifier_last && (w->feats & FW_LEX_PLACE))
        return end;
    if (end == a + 1 && !all_caps(d, a))
        return b; /* one known word: only before a qualifier */
    for (size_t k = end; k < b; k++) {
        const fw_lex_word *x = lexw(d, k);
        if ((x->feats & (FW_LEX_TITLE | FW_LEX_TITLE_MOD | FW_LEX_HONORIFIC)) ||
            !is_word(d, k))
            return b;
    }
    /* "New York Rangers"-like heads: an organisation or place word last
     * or before "of" makes the whole one name ("United States Department
     * of ..."); not "BBC News Online". */
    for (size_t k = end; k < b; k++)
        if ((lexw(d, k)->feats & (FW_LEX_ORG_WORD | FW_LEX_PLACE_NOUN)) &&
            (k + 1 == b || tok_eq(d, k + 1, "of")))
            return b;
    const fw_tok *t = &d->toks[b - 1];
    if ((w->feats & FW_LEX_PLACE) && d->text[t->end - 1] == 's')
        return b; /* a team: "Kansas City Chiefs" */
    return end;
}

/* A run of name tokens, cut where one name ends and another begins. */
/* Where a noun for a person in run [a, b) describes the name after it,
 * before a given name or a title ("Republican Donald Trump", "Democrat
 * Hillary Clinton", "Republican South Carolina Sen. X", "Nevada
 * Democrat Lucy Flores"); 'b' when none does. */
static size_t describing_noun(const fw_doc *d, size_t a, size_t b)
{
    size_t title = a; /* (one past) the last title or honorific, or a */
    for (size_t x = b; x > a && title == a; x--)
        if (lexw(d, x - 1)->feats & (FW_LEX_TITLE | FW_LEX_HONORIFIC))
            title = x;
    for (size_t k = a; k + 2 < b; k++)
        if (has_ctx(d, k, FW_CTX_HUMAN) &&
            ((lexw(d, k + 1)->feats & FW_LEX_GIVEN) || k + 1 < title))
            return k;
    return b;
}

/* Is word k an everyday word, or the -s or -es form of one ("Ties",
 * "Apologizes")? */
static bool everyday_form(const fw_doc *d, size_t k)
{
    const unsigned everyday = FW_LEX_COMMON | FW_LEX_CUE;
    if (lexw(d, k)->feats & everyday)
        return true;
    const fw_tok *t = &d->toks[k];
    size_t n = t->end - t->start;
    if (n < 4 || !(t->flags & FW_TF_ASCII) || d->text[t->end - 1] != 's')
        return false;
    if (fw_lex_ascii_at(d, t->start, n - 1)->feats & everyday)
        return true;
    return d->text[t->end - 2] == 'e' &&
           (fw_lex_ascii_at(d, t->start, n - 2)->feats & everyday);
}

/* Is word k, in a headline in title case, an everyday word that names
 * nothing ("Ties", "Telling")? */
static bool headline_word(const fw_doc *d, size_t k)
{
    return !(lexw(d, k)->feats & (NAME_FEATS | FW_LEX_TITLE | FW_LEX_HONORIFIC |
                                  FW_LEX_ORG_WORD | FW_LEX_PLACE_NOUN)) &&
           everyday_form(d, k);
}

/* "Mike Huckabee | Makes Sexist Remark", "X | Says Y", a related
 * story's title in the body: after a given name and one more word, a
 * word that names nothing, a reporting verb or one that the document
 * writes in lower case elsewhere, ends the person's name. 'b' when there
 * is none. */
static size_t everyday_cut(const ctx *c, size_t a, size_t b)
{
    const fw_doc *d = c->d;
    if (b - a < 3 || !(lexw(d, a)->feats & FW_LEX_GIVEN))
        return b;
    for (size_t k = a + 2; k < b; k++)
        if (!(lexw(d, k)->feats & (NAME_FEATS | FW_LEX_TITLE | FW_LEX_ORG_WORD |
                                   FW_LEX_PLACE_NOUN)) &&
            (d->toks[k].flags & (FW_TOKEN_CAPITALIZED | FW_TOKEN_ALL_CAPS)) ==
                FW_TOKEN_CAPITALIZED &&
            ((lexw(d, k)->feats & FW_LEX_CUE) || seen_case(c, k, SEEN_LOWER) ||
             /* (a headline in title case: "Donald Trump | Ties Hillary
              * Clinton") */
             (c->title_case && everyday_form(d, k) &&
              d->toks[k - 1].end - d->toks[k - 1].start > 3)))
            return k; /* (but "Marine Le Pen", "Ban Ki Moon") */
    return b;
}

/* The names of run [a, b), cut where one name ends and the next
 * begins. */
static fw_status read_names(ctx *c, size_t a, size_t b)
{
    while (a < b) {
        size_t k = known_cut(c->d, a, b);
        if (k == b)
            k = person_cut(c->d, a, b);
        if (k == b)
            k = everyday_cut(c, a, b);
        bool led = false;
        if (k == b)
            led = (k = led_cut(c->d, a, b)) < b;
        if (k == b)
            k = place_cut(c->d, a, b);
        fw_status st = read_name(c, a, k);
        if (st != FW_OK)
            return st;
        a = led ? b : k; /* what a person leads is no name of its own */
    }
    return FW_OK;
}

static fw_status read_run(ctx *c, size_t a, size_t b)
{
    size_t noun = b - a >= 3 ? describing_noun(c->d, a, b) : b;
    if (noun < b) {
        fw_status st = read_names(c, a, noun);
        if (st == FW_OK)
            st = read_name(c, noun, noun + 1);
        if (st != FW_OK)
            return st;
        a = noun + 1;
    }
    return read_names(c, a, b);
}

/* Is a capitalised title that ends name run [.., b) a surname after a
 * given name no lexicon knows ("Seema Shah"), not a title with its
 * domain ("Saudi King")? The title word is a listed surname, and every
 * word before it is unknown. */
static bool surname_title(const fw_doc *d, const title_span *t, size_t b)
{
    if (t->end != b || t->end < t->start + 2 ||
        !(t->head->feats & FW_LEX_SURNAME))
        return false;
    for (size_t k = t->start; k + 1 < t->end; k++)
        if (d->toks[k].word || all_caps(d, k))
            return false;
    return true;
}

/* Is token a a plural that says what the person named after it is:
 * "Senators Ted Cruz", "Teammates Tom Hale" (a capitalised word with a
 * plural's ending that no lexicon has as a name, before a given name and
 * one more)? */
static bool plural_before_given(const fw_doc *d, size_t a, size_t b)
{
    const fw_tok *t = &d->toks[a];
    size_t n = t->end - t->start;
    const char *s = d->text + t->start;
    if (b - a < 3 || n < 4 || s[n - 1] != 's')
        return false; /* most runs */
    /* (a plural of people by its ending: not "Cassius", "Thomas") */
    static const char *const endings[] = {"ers",  "ors", "ists", "ents", "ants",
                                          "ans",  "ics", "ees",  "als",  "ives",
                                          "ates", "ats", "ices"};
    bool people = false;
    for (size_t k = 0; k < FW_COUNT(endings) && !people; k++) {
        size_t m = strlen(endings[k]);
        people = n > m + 1 && memcmp(s + n - m, endings[k], m) == 0;
    }
    const unsigned names = FW_LEX_GIVEN | FW_LEX_SURNAME | FW_LEX_ORG |
                           FW_LEX_PLACE | FW_LEX_ORG_WORD | FW_LEX_HONORIFIC;
    return people && !(lexw(d, a)->feats & names) &&
           (lexw(d, a + 1)->feats & FW_LEX_GIVEN) && is_cap(d, a + 2);
}

/* Is the demonym in [a, b), after "the" and before a verb (a past, an
 * auxiliary, a cue in -s), one person of the country ("the German
 * said", "the Brazilian scored"), not its people? */
static bool demonym_person(const fw_doc *d, size_t a, size_t b, size_t s1)
{
    if (b > a + 2 || a == 0 || b >= s1 ||
        !(fw_tok_is(d, &d->toks[a - 1], "the") ||
          fw_tok_is(d, &d->toks[a - 1], "The")) ||
        !is_word(d, b) || (d->toks[b].flags & FW_TOKEN_CAPITALIZED))
        return false;
    /* (not a people: "the Chinese", "the British", "the French", "the
     * Swiss") */
    const fw_tok *t = &d->toks[b - 1]; /* "the South Korean" */
    const char *s = d->text + t->end;
    size_t n = t->end - t->start;
    if (n < 4 || (s[-3] == 'e' && s[-2] == 's' && s[-1] == 'e') ||
        (s[-1] == 'h' && (s[-2] == 's' || s[-2] == 'c')) ||
        (s[-1] == 's' && s[-2] == 's'))
        return false;
    const fw_lex_word *v = lexw(d, b);
    const char *e = d->text + d->toks[b].end;
    return v->func == FW_FUNC_AUX || (!v->func && fw_past_tense(d, b)) ||
           ((v->feats & FW_LEX_CUE) && e[-1] == 's' &&
            !(v->cue_flags & (FW_CUEF_NOUN | FW_CUEF_PLURAL)));
}

static fw_status read_name(ctx *c, size_t a, size_t b)
{
    fw_doc *d = c->d;
    uint8_t gender = FW_GENDER_NONE;
    bool person = false;
    if (plural_before_given(d, a, b) ||
        (c->title_case && b - a >= 3 && headline_word(d, a) &&
         (lexw(d, a + 1)->feats & FW_LEX_GIVEN)))
        a++; /* "Senators Ted Cruz", a headline's "Ties Hillary Clinton" */
    size_t named = a; /* where the name starts, honorifics included */
    /* Honorifics: "Mr.", "Dr." (not a title's domain after one:
     * "Professor of Medicine") */
    while (a < b - 1 && is_honorific(d, a) &&
           (is_cap(d, a + 1) || name_particle(d, a + 1))) {
        const fw_lex_word *w = lexw(d, a);
        if (w->gender == FW_GENDER_M || w->gender == FW_GENDER_F)
            gender = w->gender;
        person = true;
        a++;
    }
    /* A title in front, in capitals ("US President", "Gen."), or one in
     * lower case before the run ("Kremlin spokesman"). */
    title_span title;
    int where = TITLE_NONE;
    /* A known name is no title: "Burger King", nor the owner in a
     * name, "King's College London"; nor, after an
     * honorific, a title no one is addressed by ("Mr. Prince", "Dr.
     * King", but "Mr. President") */
    bool honored = a > named && b == a + 1;
    bool known = b - a >= 2 && (fw_lex_get(name_phrase(c, a, b))->feats &
                                (FW_LEX_ORG | FW_LEX_PLACE));
    known |= honored && !address_title(lexw(d, a));
    /* (nor the first word of a company's name: "General Mills Inc"; but
     * "Vice President of Acme, Inc." is a title and its domain, and
     * "Senior Counsel Acme Inc." a title of several words and a name) */
    bool firm = b - a >= 2 && fw_legal_form(d, b - 1);
    for (size_t k = a; k < b && firm; k++)
        firm = !tok_eq(d, k, "of") && d->toks[k].kind != FW_TOKEN_PUNCT;
    if (!known && title_forward(d, a, b, &title) &&
        !(firm && title.end == a + 1) &&
        !surname_title(d, &title, b) &&
        !(title.end < b && (d->toks[title.end].flags & FW_TF_POSSESSIVE)) &&
        !(title.end == a + 1 && syllable_given(d, c->s0, a + 1))) {
        /* "Speaker of the House Rep. Paul Ryan": a title after the
         * domain of another goes with it */
        bool domain = false;
        for (size_t k = a; k < title.end && !domain; k++)
            domain = tok_eq(d, k, "of");
        title_span more;
        if (domain && title.end < b && title_forward(d, title.end, b, &more) &&
            more.end < b) {
            title.end = more.end;
            title.head = more.head;
        }
        /* "Secretary of State and Democratic presidential frontrunner
         * X": a title, then another before the name */
        bool joined = title.end + 1 < b && tok_eq(d, title.end, "and");
        if (title.end == b || joined) {
            /* A title alone, capitalised: "the President said". */
            fw_ment *m = add_title(c, &title);
            if (!m)
                return FW_ENOMEM;
            m->kind = FW_MENTION_NOMINAL;
            fw_status st = add_nested(c, &title);
            return st == FW_OK && joined ? read_name(c, title.end + 1, b) : st;
        }
        /* "Senior Vice President of Zeltrix": where the office is held,
         * named after it; the title is its holder's, in apposition. */
        if (tok_eq(d, title.end, "of") || tok_eq(d, title.end, "at"))
            return title.end + 1 < b ? read_name(c, title.end + 1, b) : FW_OK;
        if (!(lexw(d, title.end)->feats & FW_LEX_TITLE) ||
            lexw(d, title.end)->title == FW_TITLE_OTHER) { /* ("Buddy") */
            where = TITLE_FRONT;
            a = title.end;
            /* (an honorific after the title: "State Senator Dr. X") */
            while (a < b - 1 && is_honorific(d, a)) {
                const fw_lex_word *hw = lexw(d, a);
                if (hw->gender == FW_GENDER_M || hw->gender == FW_GENDER_F)
                    gender = hw->gender;
                a++;
            }
            /* (with the modifiers the run left before it: "Philippine
             * National | Security Adviser X") */
            for (size_t p = title.start; p > c->s0 && is_cap(d, p - 1); p--) {
                size_t e;
                const fw_lex_word *phrase = title_at(d, p - 1, b, &e);
                if (phrase && e >= title.end)
                    title.head = phrase; /* "National | Security Adviser" */
                else if (!title_modifier(d, p - 1) ||
                         (lexw(d, p - 1)->ctx & FW_CTX_HUMAN))
                    break; /* (a party's noun describes the person:
                              "Idaho Republican | Sens.") */
                title.start = p - 1;
                if (!title.country)
                    title.country = token_country(d, title.start);
            }
            title.start = portfolio_start(d, c->s0, title.start);
            /* "Senator Elizabeth Warren of Massachusetts": the person,
             * then the place the office is for. */
            for (size_t k = a + 1; k + 1 < b; k++) {
                if (!tok_eq(d, k, "of"))
                    continue;
                uint32_t pid = k + 2 == b ? d->toks[k + 1].word
                                          : fw_phrase_lookup(d, k + 1, b);
                if (fw_lex_get(pid)->feats & FW_LEX_PLACE) {
                    fw_status st = read_name(c, k + 1, b);
                    if (st != FW_OK)
                        return st;
                    b = k;
                }
                break;
            }
        }
    }
    /* (before the honorific: "GOP presidential candidate Dr. X") */
    if (where == TITLE_NONE && title_backward(d, c->s0, named, &title))
        where = TITLE_BEFORE;
    if (where != TITLE_NONE)
        person = true;
    /* "Miramar California", "Kansas City Missouri": a place, then the
     * state or country it is in. */
    if (where == TITLE_NONE && !person && b - a >= 2 && !name_phrase(c, a, b)) {
        const fw_lex_word *lw = lexw(d, b - 1);
        if ((lw->feats & FW_LEX_PLACE) && caps_ok(d, b - 1, lw) &&
            (lw->place == FW_PLACE_COUNTRY ||
             lw->place == FW_PLACE_SUBDIVISION) &&
            !(lw->feats & FW_LEX_GIVEN) &&
            !(lexw(d, b - 2)->feats &
              (FW_LEX_COMMON | FW_LEX_FUNCTION | FW_LEX_TITLE_MOD)) &&
            !name_particle(d, b - 2)) {
            /* Not "Gulf of Mexico", "South Vietnam", "al-Sham". */
            guess g1 = classify(c, a, b - 1, false);
            if (g1.type == FW_TYPE_UNKNOWN || g1.type == FW_ENTITY_PLACE) {
                fw_ment *m1 =
                    add_mention(c, a, b - 1, FW_MENTION_NAME, FW_ENTITY_PLACE);
                if (!m1)
                    return FW_ENOMEM;
                m1->word = g1.word;
                m1->country = g1.country ? g1.country : lw->country;
                m1->flags |= g1.type == FW_TYPE_UNKNOWN ? FW_MF_WEAK : 0;
                fw_ment *m2 =
                    add_mention(c, b - 1, b, FW_MENTION_NAME, FW_ENTITY_PLACE);
                if (!m2)
                    return FW_ENOMEM;
                m2->word = d->toks[b - 1].word;
                m2->country = lw->country;
                return FW_OK;
            }
        }
    }
    guess g = classify(c, a, b, person);
    /* "Mr. English", "Mr. Jordan", "Mr. Ford": a family name */
    if (honored && (g.type == FW_ENTITY_PLACE ||
                    g.type == FW_ENTITY_ORGANIZATION || g.demonym)) {
        g = (guess){
            FW_ENTITY_PERSON, false, FW_GENDER_NONE, 0, 0, 0, false, false};
    }
    /* "chief UK economist": a listed place or body after a title word
     * qualifies the title; it holds none */
    if (where == TITLE_BEFORE && !g.weak && !g.demonym &&
        (g.type == FW_ENTITY_PLACE || g.type == FW_ENTITY_ORGANIZATION))
        where = TITLE_NONE;
    if (g.drop && b - a == 2 && !all_caps(d, b - 1))
        return set_add(&c->unnamed, d->lower[b - 1]);
    if (g.drop || (b - a == 1 && !person && where == TITLE_NONE &&
                   set_has(&c->unnamed, d->lower[a])))
        return FW_OK;
    if (where == TITLE_FRONT) {
        fw_status st = add_nested(c, &title);
        if (st != FW_OK)
            return st;
    }
    fw_ment *m = add_mention(
        c, a, b, g.demonym ? FW_MENTION_DEMONYM : FW_MENTION_NAME, g.type);
    if (!m)
        return FW_ENOMEM;
    size_t name_idx = d->n_ments - 1;
    m->gender = gender ? gender : g.gender;
    m->country = g.country;
    m->org = g.org;
    m->word = g.word;
    if (g.weak)
        m->flags |= FW_MF_WEAK;
    /* "Germany's Autowerk AG", "Texas' Vorsk Energy": a body of the
     * country of the place whose possessive it follows */
    if (!m->country && g.type == FW_ENTITY_ORGANIZATION && name_idx > 0) {
        const fw_ment *owner = &d->ments[name_idx - 1];
        if (owner->type == FW_ENTITY_PLACE &&
            (owner->flags & FW_MF_POSSESSIVE) && owner->tok_end + 1 >= a)
            m->country = owner->country;
    }
    /* "of The New York Times": a capitalised "The" in mid-sentence is
     * part of the name it writes. */
    if (!g.demonym && g.type != FW_ENTITY_PERSON && where == TITLE_NONE &&
        a > c->s0 && fw_tok_is(d, &d->toks[a - 1], "The") &&
        !opens_sentence(d, a - 1) && !c->title_case)
        m->start = d->toks[a - 1].start;
    if (g.demonym && (fw_lex_get(g.word)->flags & FW_LEXF_PLURAL))
        m->flags |= FW_MF_PLURAL;
    else if (g.demonym && demonym_person(d, a, b, c->s1)) {
        /* "the German said": one person of that country */
        m->kind = FW_MENTION_NOMINAL;
        m->type = FW_ENTITY_PERSON;
        m->tok = (uint32_t)(a - 1);
        m->start = d->toks[a - 1].start;
    }
    if (g.demonym)
        return FW_OK;
    if (g.type == FW_ENTITY_PERSON && !g.weak && b - a >= 2) {
        fw_status st = set_add(&c->named, d->lower[b - 1]);
        if (st != FW_OK)
            return st;
    }
    if (g.type == FW_ENTITY_ORGANIZATION && b - a >= 2 &&
        (fw_legal_form(d, b - 1) ||
         ((lexw(d, b - 1)->feats & FW_LEX_ORG_WORD) &&
          lexw(d, b - 1)->org == FW_ORG_COMPANY) ||
         (g.org == FW_ORG_SPORT &&
          (lexw(d, b - 1)->feats & FW_LEX_PLACE_NOUN)))) { /* ("Stoke City") */
        fw_status st = set_add(&c->named, d->lower[a]);
        if (st == FW_OK)
            st = set_add(&c->firms, d->lower[a]);
        if (st != FW_OK)
            return st;
    }
    if (where == TITLE_NONE &&
        (g.type == FW_ENTITY_PERSON || g.type == FW_TYPE_UNKNOWN) &&
        title_apposition(d, b, c->s1, &title)) {
        where = TITLE_AFTER;
        fw_status st = add_nested(c, &title);
        if (st != FW_OK)
            return st;
    }
    if (where == TITLE_NONE)
        return FW_OK;
    fw_ment *t = add_title(c, &title);
    if (!t)
        return FW_ENOMEM;
    fw_ment *name = &d->ments[name_idx];
    t->link = (int32_t)name_idx;
    name->link = (int32_t)(d->n_ments - 1);
    if (name->type == FW_TYPE_UNKNOWN || (name->flags & FW_MF_WEAK)) {
        name->type = FW_ENTITY_PERSON;
        name->flags &= (uint8_t)~FW_MF_WEAK;
    }
    if (!name->gender)
        name->gender = t->gender;
    return set_add(&c->named, d->lower[b - 1]);
}

/* ------------------------------------------------------------------ */
/* Nominals, pronouns, demonyms                                        */

static bool verb_follows(const ctx *c, size_t i);

/* Does a noun phrase end before token i: punctuation, a function word
 * or a verb, not another noun ("the front line")? */
static bool np_ends(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    if (i >= c->s1 || !is_word(d, i))
        return true;
    if (tok_eq(d, i, "of") || name_like(c, i))
        return false;
    return lexw(d, i)->func != 0 || speech_verb(d, i) || verb_follows(c, i) ||
           fw_past_tense(d, i);
}

/* Is word i a compound in "-based" ("Texas-based")? */
static bool based(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    return t->end - t->start > 6 &&
           memcmp(d->text + t->end - 6, "-based", 6) == 0;
}

/* The organisation's noun in lower case that words in lower case from
 * token k, none a function word, reach within five ("real estate
 * investment | trust"), or 0. */
static size_t org_noun_after(const fw_doc *d, size_t k, size_t s1)
{
    for (size_t x = k; x < s1 && x < k + 5; x++) {
        const fw_tok *t = &d->toks[x];
        if (t->kind != FW_TOKEN_WORD || (t->flags & FW_TOKEN_CAPITALIZED) ||
            lexw(d, x)->func)
            return 0;
        if (x > k && (lexw(d, x)->feats & FW_LEX_ORG_WORD))
            return x;
    }
    return 0;
}

/* Is word i a noun for one who does something, by its ending
 * ("developer", "investor", "activist", "comedian")? */
static bool agent_noun(const fw_doc *d, size_t i)
{
    static const char *const endings[] = {"er", "or", "ist", "ian", "ant"};
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    if (!is_word(d, i) || n < 5 || lexw(d, i)->func)
        return false;
    for (size_t k = 0; k < FW_COUNT(endings); k++) {
        size_t m = strlen(endings[k]);
        if (memcmp(d->text + t->end - m, endings[k], m) == 0)
            return true;
    }
    return false;
}

/* Is token i a capitalised word for a person of a party, "Republican",
 * "Democrat"? */
static bool party_member(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    return is_cap(d, i) && (lexw(d, i)->ctx & FW_CTX_HUMAN) &&
           (lexw(d, i)->feats & FW_LEX_TITLE_MOD) &&
           !(d->toks[i].flags & FW_TF_HYPHENATED);
}

/* Is token i a people's name for one of them, capitalised, as a noun
 * ("Spaniard", "Dutchman")? */
static bool demonym_noun(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    return is_cap(d, i) && (lexw(d, i)->feats & FW_LEX_DEMONYM) &&
           !(lexw(d, i)->flags & FW_LEXF_PLURAL);
}

/* The end of a place's name at token i and the word for a person of a
 * party after it, before 'lim' ("Florida Republican", "New Hampshire
 * Democrat"), or 0. */
static size_t place_party_end(const ctx *c, size_t i, size_t lim)
{
    const fw_doc *d = c->d;
    size_t end;
    if (!is_cap(d, i))
        return 0;
    const fw_lex_word *w = named_phrase(d, i, lim, &end);
    if (!w) {
        w = lexw(d, i);
        end = i + 1;
    }
    return (w->feats & FW_LEX_PLACE) && end < lim && party_member(c, end)
               ? end + 1
               : 0;
}

/* Is token i an age in years or months, "82-year-old", "23-year-old"? */
static bool age_word(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    return t->kind == FW_TOKEN_NUMBER && n > 4 &&
           memcmp(d->text + t->end - 4, "-old", 4) == 0;
}

/* A nominal that opens at token i, its words from k on, the country
 * 'country' named before it: "the Russian president", "the alliance",
 * "(Japan's) prime minister". Returns its end or 0. */
static size_t read_nominal_at(ctx *c, size_t i, size_t k, uint16_t country)
{
    fw_doc *d = c->d;
    size_t first = k;
    size_t lim = i + 5 < c->s1 ? i + 5 : c->s1;
    bool compound = false; /* nouns came before the head */
    /* "the Knoxville, Tennessee-based company", "the Fort Washington,
     * Pennsylvania-based company": a city, its comma, its state's
     * compound */
    size_t y = k;
    while (y < k + 3 && y + 2 < c->s1 && is_cap(d, y))
        y++;
    if (y > k && fw_tok_punct(&d->toks[y], ',') && y + 1 < c->s1 &&
        is_word(d, y + 1) && (d->toks[y + 1].flags & FW_TF_HYPHENATED) &&
        based(d, y + 1)) {
        size_t before = d->n_ments;
        if (read_name(c, k, y) != FW_OK)
            return 0;
        for (size_t n = before; n < d->n_ments; n++) {
            fw_ment *m = &d->ments[n];
            m->flags |= FW_MF_NESTED; /* (the city qualifies) */
            if (m->type == FW_TYPE_UNKNOWN) {
                m->type = FW_ENTITY_PLACE;
                m->flags |= FW_MF_WEAK;
            }
        }
        lim += y + 1 - k;
        lim = lim < c->s1 ? lim : c->s1;
        k = first = y + 1;
    }
    bool first_age = age_word(d, first);
    while (k < lim) {
        size_t e;
        /* "the 82-year-old said": a person by their age; "the
         * Republican told reporters": by their party; "the 62-year-old
         * Democrat": both */
        bool head_first = k == first || (k == first + 1 && first_age);
        if (k == first && first_age && k + 1 < lim &&
            (party_member(c, k + 1) || place_party_end(c, k + 1, lim) ||
             demonym_noun(c, k + 1)))
            k++; /* ("the 37-year-old Spaniard") */
        size_t party = head_first && is_cap(d, k)
                           ? place_party_end(c, k, lim)
                           : 0; /* "the Florida Republican" */
        if (party) {            /* (the place is named too, in the nominal) */
            size_t before = d->n_ments;
            if (read_name(c, k, party - 1) != FW_OK)
                return 0;
            for (size_t n = before; n < d->n_ments; n++)
                d->ments[n].flags |= FW_MF_NESTED;
            k = party - 1;
        }
        if ((head_first || party) &&
            ((k == first && first_age) || party_member(c, k) ||
             (k == first + 1 && first_age && demonym_noun(c, k))) &&
            (k + 1 >= c->s1 || d->toks[k + 1].kind == FW_TOKEN_PUNCT ||
             (is_word(d, k + 1) && !is_cap(d, k + 1) &&
              (speech_verb(d, k + 1) || lexw(d, k + 1)->func == FW_FUNC_AUX ||
               fw_past_tense(d, k + 1))))) {
            fw_ment *m =
                add_mention(c, i, k + 1, FW_MENTION_NOMINAL, FW_ENTITY_PERSON);
            return m ? k + 1 : 0;
        }
        const fw_lex_word *t = title_at(d, k, c->s1, &e);
        const fw_lex_word *w = lexw(d, k);
        if (t && !is_cap(d, k)) {
            /* Not a title before a name: "the spokesman Dmitry Peskov";
             * nor one before a noun it qualifies: "China's official
             * manufacturing index", "the official figures" */
            if (e < c->s1 && name_like(c, e))
                return 0;
            if (e < c->s1 && is_word(d, e) && !is_cap(d, e) &&
                !(d->toks[e].flags & FW_TF_POSSESSIVE) && !lexw(d, e)->func &&
                !np_ends(c, e) && !(lexw(d, e)->feats & FW_LEX_CUE)) {
                /* (a title further on is the head: "the billionaire
                 * real estate | magnate") */
                size_t h = e;
                size_t he;
                while (h < c->s1 && h < e + 3 && is_word(d, h) &&
                       !is_cap(d, h) && !lexw(d, h)->func &&
                       !title_at(d, h, c->s1, &he) && !agent_noun(d, h))
                    h++;
                if (h < c->s1 && h < e + 3 && is_word(d, h) && !is_cap(d, h) &&
                    title_at(d, h, c->s1, &he)) {
                    k = h;
                    lim = h + 1;
                    continue;
                }
                if (!(h < c->s1 && h < e + 3 && agent_noun(d, h)))
                    return 0;
                e = h + 1; /* "the billionaire developer" */
            }
            if (e + 1 < c->s1 && tok_eq(d, e, "of")) {
                const fw_lex_word *p = lexw(d, e + 1);
                if ((p->feats & FW_LEX_PLACE) && p->place == FW_PLACE_COUNTRY)
                    country = p->country, e += 2;
            }
            fw_ment *m =
                add_mention(c, i, e, FW_MENTION_NOMINAL, FW_ENTITY_PERSON);
            if (!m)
                return 0;
            m->word = title_word_id(t);
            m->title = t->title;
            m->country = country;
            m->gender = t->gender == FW_GENDER_M || t->gender == FW_GENDER_F
                            ? t->gender
                            : FW_GENDER_NONE;
            title_span mods = {first, k, t, country};
            return add_nested(c, &mods) == FW_OK ? e : 0;
        }
        if (is_word(d, k) && !is_cap(d, k) && (w->feats & FW_LEX_ORG_WORD) &&
            np_ends(c, k + 1)) {
            fw_ment *m = add_mention(c, i, k + 1, FW_MENTION_NOMINAL,
                                     FW_ENTITY_ORGANIZATION);
            if (!m)
                return 0;
            m->word = d->toks[k].word;
            /* ("an investment trust" is a company's kind; "the group"
             * may be any kind of body) */
            m->org = compound || tok_eq(d, k, "group") ? 0 : w->org;
            m->country = country;
            title_span mods = {first, k, w, country};
            return add_nested(c, &mods) == FW_OK ? k + 1 : 0;
        }
        /* "the New Jersey governor": a place of several words */
        size_t pe;
        if (is_cap(d, k) && named_phrase(d, k, lim - 1, &pe)) {
            k = pe;
            continue;
        }
        /* "the weight-loss company", "the Texas-based company":
         * compounds that modify the noun (the place in one is named) */
        if (is_word(d, k) && (d->toks[k].flags & FW_TF_HYPHENATED) &&
            (!is_cap(d, k) || based(d, k))) {
            k++;
            continue;
        }
        /* "the real estate investment trust", "the resort chain": nouns
         * before an organisation's */
        /* (after a compound in "-based" only: "the Bethesda,
         * Maryland-based real estate investment trust"; a noun alone
         * may be a market, a force or a record) */
        size_t head = k > first && based(d, k - 1) && !title_modifier(d, k)
                          ? org_noun_after(d, k, c->s1)
                          : 0;
        if (head) {
            k = head;
            lim = head + 1;
            compound = true;
            continue;
        }
        if (!title_modifier(d, k))
            return 0;
        /* a country tells whose office it is ("the Russian president");
         * a state or city does not tell one country's officials apart */
        const fw_lex_word *cw = lexw(d, k);
        if (!country &&
            ((cw->feats & FW_LEX_DEMONYM) ||
             ((cw->feats & FW_LEX_PLACE) && cw->place == FW_PLACE_COUNTRY)))
            country = token_country(d, k);
        k++;
    }
    return 0;
}

static size_t read_nominal(ctx *c, size_t i)
{
    return read_nominal_at(c, i, i + 1, 0);
}

/* The body a country's possessive names, its noun ending before token
 * e: the nominal "Sudan's army", from the country's name on, holds that
 * name as a title holds one ("Kremlin spokesman"). */
static bool read_possessed_body(ctx *c, size_t e)
{
    fw_doc *d = c->d;
    fw_ment owner = d->ments[d->n_ments - 1];
    d->n_ments--;
    fw_ment *m = add_mention(c, owner.tok, e, FW_MENTION_NOMINAL,
                             FW_ENTITY_ORGANIZATION);
    if (!m) {
        d->n_ments++; /* the owner, untouched, stays */
        return false;
    }
    fw_ment *n = FW_PUSH(&d->arena, d->ments, d->n_ments, d->cap_ments);
    if (!n) {
        *m = owner;
        return false;
    }
    m = n - 1; /* (the array may have moved) */
    const fw_lex_word *w = lexw(d, e - 1);
    m->word = d->toks[e - 1].word;
    m->org = w->org;
    m->country = owner.country;
    owner.flags |= FW_MF_NESTED;
    *n = owner;
    return true;
}

/* "Japan's prime minister": a title in lower case after a country's
 * possessive (the clitic at token p) is a nominal of that country's. */
static size_t read_possessed_title(ctx *c, size_t p)
{
    const fw_doc *d = c->d;
    if (c->first_in_sent == d->n_ments || p + 1 >= c->s1 ||
        !(d->toks[p].flags & FW_TF_POSSESSIVE))
        return 0;
    const fw_ment *owner = &d->ments[d->n_ments - 1];
    if (owner->tok_end != p || owner->type != FW_ENTITY_PLACE ||
        !owner->country)
        return 0;
    /* words in lower case up to the title, and no name after it: not
     * "France's far-right National Front party leader, X" */
    for (size_t k = p + 1; k < c->s1 && k < p + 5; k++) {
        size_t e;
        if (!is_word(d, k) || is_cap(d, k) ||
            (d->toks[k].flags & FW_TF_HYPHENATED))
            return 0;
        if (title_at(d, k, c->s1, &e)) {
            bool named = e + 1 < c->s1 && fw_tok_punct(&d->toks[e], ',') &&
                         name_like(c, e + 1);
            return named ? 0 : read_nominal_at(c, p + 1, p + 1, owner->country);
        }
        /* "Sudan's army", "China's foreign ministry": a body of the
         * state (but "Britain's government" is Britain; "Germany's energy
         * policies" no body) */
        const fw_lex_word *w = lexw(d, k);
        size_t end = k + 1;
        if (d->phrases[2 * k] &&
            (fw_lex_get(d->phrases[2 * k])->feats & FW_LEX_ORG_WORD)) {
            w = fw_lex_get(d->phrases[2 * k]); /* "central bank" */
            end = d->phrases[2 * k + 1];
        }
        bool state_body =
            w->org == FW_ORG_GOVERNMENT || w->org == FW_ORG_MILITARY ||
            w->org == FW_ORG_POLICE || w->org == FW_ORG_LEGISLATURE ||
            w->org == FW_ORG_COURT ||
            (w->org == FW_ORG_PARTY &&
             (tok_eq(d, end - 1, "party") || tok_eq(d, end - 1, "coalition")));
        const fw_tok *before = &d->toks[k - 1];
        state_body &=
            !(k > p + 1 && fw_tok_is(d, &d->toks[k], "force") &&
              (fw_tok_is(d, before, "labor") ||
               fw_tok_is(d, before, "labour") || fw_tok_is(d, before, "work")));
        if ((w->feats & FW_LEX_ORG_WORD) && state_body &&
            !(w->ctx & FW_CTX_LED) && np_ends(c, end))
            return read_possessed_body(c, end) ? end : 0;
    }
    return 0;
}

static fw_status read_pronoun(ctx *c, size_t i)
{
    fw_doc *d = c->d;
    const fw_lex_word *w = lexw(d, i);
    /* "US" is a country, "IT" a trade. */
    if (all_caps(d, i) && !tok_eq(d, i, "I"))
        return FW_OK;
    if ((w->pron & FW_PRON_PERSON) == 2)
        return FW_OK; /* "you" names no one in particular */
    fw_ment *m = add_mention(c, i, i + 1, FW_MENTION_PRONOUN, FW_TYPE_UNKNOWN);
    if (!m)
        return FW_ENOMEM;
    m->word = d->toks[i].word;
    m->gender = w->gender;
    if (w->pron & FW_PRON_PLURAL)
        m->flags |= FW_MF_PLURAL;
    if ((w->pron & FW_PRON_PERSON) == 1)
        m->flags |= FW_MF_FIRST_PERSON;
    if (w->pron & FW_PRON_POSS)
        m->flags |= FW_MF_POSSESSIVE;
    if (w->gender == FW_GENDER_M || w->gender == FW_GENDER_F)
        m->type = FW_ENTITY_PERSON;
    return FW_OK;
}

/* Does a verb follow at token i: a reporting verb, an auxiliary, or a
 * lower-case word in -s or -ed ("Moscow claimed", "Trump says")? */
static bool verb_follows(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    if (i < c->s1 && fw_tok_punct(&d->toks[i], ','))
        return false;
    if (i >= c->s1 || !is_word(d, i) || is_cap(d, i))
        return false;
    if (speech_verb(d, i) || lexw(d, i)->func == FW_FUNC_AUX)
        return true;
    if (lexw(d, i)->func)
        return false;
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    const char *s = d->text + t->start;
    return n >= 4 && ((s[n - 2] == 'e' && s[n - 1] == 'd') ||
                      (s[n - 1] == 's' && s[n - 2] != 's'));
}

/* Does token i open a phrase or clause whose names are not the
 * sentence's subject: a preposition, "whether", "that", "because"? */
static bool clause_word(const fw_doc *d, size_t i)
{
    if (!is_word(d, i))
        return false;
    uint8_t f = lexw(d, i)->func;
    return f == FW_FUNC_PREP || f == FW_FUNC_WH ||
           (f == FW_FUNC_CONJ && !tok_eq(d, i, "and") && !tok_eq(d, i, "or") &&
            !tok_eq(d, i, "But") && !tok_eq(d, i, "And"));
}

/* "Prime Minister X said": a title of several words whose first opens
 * the sentence, so that no case tells it from a word ("Prime"), before a
 * name. */
static bool opening_title(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    uint32_t pid = d->phrases[2 * i];
    return i == c->s0 && pid && i + 1 < c->s1 && is_cap(d, i) &&
           (fw_lex_get(pid)->feats & FW_LEX_TITLE) &&
           d->phrases[2 * i + 1] > i + 1 && name_like(c, i + 1);
}

/* Is word i a number spelled out, capitalised ("Two", "Ten")? */
static bool number_word(const fw_doc *d, size_t i)
{
    static const char *const numbers[] = {
        "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"};
    for (size_t k = 0; k < FW_COUNT(numbers); k++)
        if (tok_eq(d, i, numbers[k]))
            return true;
    return false;
}

/* "Culture Ministry officials said": an everyday word opening the
 * sentence before a word that only a public body's name ends in names
 * the body with it (not "Great Service"). */
static bool opening_body(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    return i == c->s0 && i + 1 < c->s1 && is_cap(d, i) && is_cap(d, i + 1) &&
           (lexw(d, i)->feats & FW_LEX_COMMON) && !lexw(d, i)->func &&
           !(lexw(d, i)->feats & FW_LEX_ORG_WORD) &&
           !number_word(d, i) && /* (not "Two Ministry officials") */
           (tok_eq(d, i + 1, "Ministry") || tok_eq(d, i + 1, "Department") ||
            tok_eq(d, i + 1, "Agency") || tok_eq(d, i + 1, "Commission") ||
            tok_eq(d, i + 1, "Bureau") || tok_eq(d, i + 1, "Directorate"));
}

/* "Von der Leyen said": particles that open a sentence, capitalised as
 * its first word, before another particle and a name. */
static bool opening_particles(const ctx *c, size_t i)
{
    const fw_doc *d = c->d;
    return i == c->s0 && i + 2 < c->s1 && is_word(d, i) &&
           (lexw(d, i)->ctx & FW_CTX_PARTICLE) && name_particle(d, i + 1) &&
           name_like(c, i + 2);
}

/* Are tokens [i, j) only a comma, "and" or "or" (a list's glue)? */
static bool listed_together(const fw_doc *d, size_t i, size_t j)
{
    if (j <= i || j - i > 2)
        return false;
    for (size_t k = i; k < j; k++)
        if (!fw_tok_punct(&d->toks[k], ',') && !tok_eq(d, k, "and") &&
            !tok_eq(d, k, "or"))
            return false;
    return true;
}

/* Does token i open the sentence from s0, or a clause of it after a
 * comma or dash, with "A" or "An"? */
static bool indefinite_opens(const ctx *c, size_t s0, size_t i)
{
    const fw_doc *d = c->d;
    if (i > s0 && d->toks[i - 1].kind != FW_TOKEN_DASH &&
        !fw_tok_punct(&d->toks[i - 1], ','))
        return false;
    return d->toks[i].word == c->a_word || d->toks[i].word == c->an_word;
}

/* ... in the lead, as a lead that keeps its subject's name for the
 * paragraphs after does ("A federal judge on Tuesday blocked ...",
 * "WASHINGTON -- An aide to the mayor said ...", "..., a senior party
 * member warned")? That nominal is read, for the entities to name. */
static bool lead_indefinite(const ctx *c, size_t i)
{
    return c->lead && indefinite_opens(c, c->s0, i);
}

/* Merges the lead sentence [s0, s1)'s words that lead_indefinite() asks
 * of into its stops, stops[first, n), which stay in order: returns their
 * new count. (A merge from the end, in place: linear however long the
 * sentence; the array has room for every token.) */
static size_t lead_stops(const ctx *c, size_t first, size_t n, size_t s0,
                         size_t s1)
{
    uint32_t *stops = c->stops;
    size_t more = 0, r = first;
    for (size_t i = s0; i < s1; i++) {
        while (r < n && stops[r] < i)
            r++;
        more += indefinite_opens(c, s0, i) && !(r < n && stops[r] == i);
    }
    if (!more)
        return n;
    size_t w = n + more, i = s1;
    r = n;
    while (i-- > s0 && w > r) {
        while (r > first && stops[r - 1] > i)
            stops[--w] = stops[--r];
        if (r > first && stops[r - 1] == i)
            stops[--w] = stops[--r];
        else if (indefinite_opens(c, s0, i))
            stops[--w] = (uint32_t)i;
    }
    return n + more;
}

/* Does a name, title or nominal of the sentence start right after
 * possessive mention k (its "'s" between)? (The sentence's mentions are
 * not yet in text order: a title is added after its name, a few
 * mentions on at most.) */
static bool owns_next(const ctx *c, size_t k)
{
    const fw_doc *d = c->d;
    const fw_ment *m = &d->ments[k];
    size_t hi = k + 8 < d->n_ments ? k + 8 : d->n_ments;
    for (size_t n = k + 1; n < hi; n++) {
        const fw_ment *o = &d->ments[n];
        if (o->tok >= m->tok_end && o->tok <= m->tok_end + 1 &&
            (o->kind == FW_MENTION_NAME || o->kind == FW_MENTION_TITLE ||
             o->kind == FW_MENTION_NOMINAL))
            return true;
    }
    return false;
}

static fw_status read_sentence(ctx *c)
{
    fw_doc *d = c->d;
    size_t i = c->s0;
    c->first_in_sent = d->n_ments;
    for (;;) {
        while (c->next_stop < c->n_stops && c->stops[c->next_stop] < i)
            c->next_stop++;
        if (c->next_stop == c->n_stops || c->stops[c->next_stop] >= c->s1)
            break;
        i = c->stops[c->next_stop];
        const fw_tok *t = &d->toks[i];
        const fw_lex_word *w = lexw(d, i);
        /* A name word, or one that leads a name: a particle ("bin Laden",
         * "de Gaulle"), or a word that makes it no entity ("Hurricane
         * Katrina"). */
        if (name_like(c, i) ||
            (i + 1 < c->s1 && name_like(c, i + 1) &&
             ((name_particle(d, i) &&
               !(lexw(d, i + 1)->feats & (FW_LEX_PLACE | FW_LEX_ORG))) ||
              (is_cap(d, i) && (w->feats & FW_LEX_MISC)))) ||
            opening_particles(c, i) || opening_title(c, i) ||
            opening_body(c, i)) {
            size_t j = run_end(c, i);
            fw_status st = read_run(c, i, j);
            if (st != FW_OK)
                return st;
            size_t e = read_possessed_title(c, j);
            i = e ? e : j;
            continue;
        }
        if ((t->flags & FW_TF_HYPHENATED) && read_as_parts(d, i)) {
            fw_status st = read_named_parts(c, i);
            if (st != FW_OK)
                return st;
        }
        if (w->feats & FW_LEX_PRONOUN) {
            fw_status st = read_pronoun(c, i);
            if (st != FW_OK)
                return st;
            i++;
            continue;
        }
        if (t->word == c->the_word || lead_indefinite(c, i)) {
            size_t e = read_nominal(c, i);
            if (e) {
                i = e;
                continue;
            }
        }
        i++;
    }
    /* Names inside a title qualify it ("Kremlin" in "Kremlin
     * spokesman"). */
    for (size_t k = c->first_in_sent; k < d->n_ments; k++) {
        const fw_ment *t = &d->ments[k];
        if (t->kind != FW_MENTION_TITLE)
            continue;
        /* Its nested names were added just before or after it. */
        size_t lo = k > c->first_in_sent + 8 ? k - 8 : c->first_in_sent;
        size_t hi = k + 8 < d->n_ments ? k + 8 : d->n_ments;
        for (size_t n = lo; n < hi; n++) {
            fw_ment *m = &d->ments[n];
            if (n != k && m->start >= t->start && m->end <= t->end)
                m->flags |= FW_MF_NESTED;
        }
    }
    /* Names of unknown type take the type of names they are listed with:
     * "Condoleeza Rice and Donald Rumsfeld". */
    for (size_t k = c->first_in_sent; k < d->n_ments; k++) {
        fw_ment *m = &d->ments[k];
        if (m->kind != FW_MENTION_NAME || m->type != FW_TYPE_UNKNOWN ||
            (m->tok_end - m->tok == 1 &&
             (lexw(d, m->tok)->feats & FW_LEX_COMMON)))
            continue; /* but "Ginny, Please see ..." */
        for (size_t n = k > c->first_in_sent ? k - 1 : k;
             n <= k + 1 && n < d->n_ments; n++) {
            const fw_ment *o = &d->ments[n];
            if (n == k || o->kind != FW_MENTION_NAME ||
                o->type == FW_TYPE_UNKNOWN)
                continue;
            const fw_ment *x = n < k ? o : m, *y = n < k ? m : o;
            /* (not "The FNSEA, France's largest farm union,": the
             * possessive opens an apposition) */
            if (listed_together(d, x->tok_end, y->tok) &&
                !(y->flags & FW_MF_POSSESSIVE)) {
                m->type = o->type;
                m->flags |= FW_MF_WEAK;
                break;
            }
        }
    }
    /* The likely subject: the first mention outside quotes with no
     * preposition or subordinating word before it ("Norway, which ...,
     * said"); else the first one a verb follows ("Pressed on whether X
     * ..., Trump replied"); else the first one. */
    fw_ment *first = NULL, *subject = NULL, *verbal = NULL;
    size_t free_until = c->clause_at[c->sent]; /* tokens before this are
                                                  clause-free */
    for (size_t k = c->first_in_sent; k < d->n_ments && !subject; k++) {
        fw_ment *m = &d->ments[k];
        if ((m->flags & (FW_MF_IN_QUOTE | FW_MF_NESTED)) ||
            m->kind == FW_MENTION_TITLE || m->kind == FW_MENTION_DEMONYM ||
            (m->flags & FW_MF_FIRST_PERSON))
            continue;
        /* (a name's or title's owner right before it is not the
         * subject: "Britain's Vorsk Holdings said", "Hale's spokeswoman,
         * Anna Berglund, said") */
        if ((m->flags & FW_MF_POSSESSIVE) && owns_next(c, k))
            continue;
        if (!first)
            first = m;
        if (m->tok <= free_until)
            subject = m;
        else if (!verbal && verb_follows(c, m->tok_end))
            verbal = m;
    }
    if (!subject)
        subject = verbal ? verbal : first;
    if (subject)
        subject->flags |= FW_MF_SUBJECT;
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Document-wide preparation                                           */

/* Is prose block b a line in title case, a list's item or a related
 * story's title ("Gina Rodriguez Explained What It Means To Be ..."):
 * short, its longer words capitalised, and a function word capitalised
 * inside it, which a sentence dense with names has not ("Donald Trump
 * met Vladimir Putin in Helsinki")? */
static bool prose_title_case(const fw_doc *d, size_t b)
{
    size_t lo = d->block_tok[b], hi = d->block_tok[b + 1];
    if (hi - lo > 30)
        return false;
    size_t longer = 0, caps = 0, function = 0;
    for (size_t k = lo; k < hi; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind != FW_TOKEN_WORD)
            continue;
        bool cap = (t->flags & FW_TOKEN_CAPITALIZED) &&
                   !(t->flags & FW_TOKEN_ALL_CAPS);
        if (t->end - t->start >= 4) {
            longer++;
            caps += cap;
            if (longer - caps > 4) /* prose: most lines stop here */
                return false;
        }
        function += cap && k > lo && fw_lex_get(t->word)->func &&
                    !(fw_lex_get(t->word)->feats & FW_LEX_PRONOUN) &&
                    !(d->toks[k - 1].flags & FW_TF_TERMINAL) &&
                    d->toks[k - 1].kind != FW_TOKEN_QUOTE &&
                    !fw_tok_punct(&d->toks[k - 1], ':');
    }
    return longer >= 3 && caps * 10 >= longer * 8 && function >= 1;
}

static bool block_title_case(const fw_doc *d, size_t b)
{
    if (d->blocks[b].kind != FW_BLOCK_HEADLINE &&
        d->blocks[b].kind != FW_BLOCK_SUBHEAD)
        return prose_title_case(d, b);
    fw_span s = d->blocks[b].span;
    fw_layout_words wc =
        fw_layout_count_words(d->text + s.start, s.end - s.start);
    return wc.long_words >= 2 && wc.capitalized * 10 >= wc.long_words * 7;
}

/* One pass over the sentences: every word looked up, the evidence of
 * case gathered (which words the document writes capitalised in
 * mid-sentence, which in lower case), the lexicon phrases found, each
 * word's marks set (FW_WA_*), and the words read_sentence() must look at
 * listed. */
static fw_status prepare(ctx *c)
{
    fw_doc *d = c->d;
    d->phrases =
        fw_arena_alloc_raw(&d->arena, (d->n_toks + 1) * 2 * sizeof *d->phrases);
    c->memo = fw_arena_alloc(&d->arena, d->n_toks + 1);
    c->seen = fw_arena_alloc(&d->arena, (fw_lex.n_words / 32 + 1) * 8);
    c->the_word = fw_lex_lookup("the", 3);
    c->a_word = fw_lex_lookup("a", 1);
    c->an_word = fw_lex_lookup("an", 2);
    c->lead_block = fw_lead_block(d);
    if (!d->phrases || !c->memo || !c->seen)
        return FW_ENOMEM;
    fw_status st = set_init(&d->arena, &c->capitalized, 64);
    if (st == FW_OK)
        st = set_init(&d->arena, &c->lowercase, 256);
    if (st == FW_OK)
        st = set_init(&d->arena, &c->unnamed, 16);
    if (st == FW_OK)
        st = set_init(&d->arena, &c->named, 16);
    if (st == FW_OK)
        st = set_init(&d->arena, &c->firms, 16);
    if (st != FW_OK)
        return st;
    c->block_title = fw_arena_alloc_raw(&d->arena, d->n_blocks + 1);
    if (!c->block_title)
        return FW_ENOMEM;
    for (size_t b = 0; b < d->n_blocks; b++)
        c->block_title[b] = block_title_case(d, b);
    uint32_t *words =
        fw_arena_alloc_raw(&d->arena, (d->n_toks + 1) * sizeof *words);
    uint8_t *opens = fw_arena_alloc_raw(&d->arena, d->n_toks + 1);
    c->stops =
        fw_arena_alloc_raw(&d->arena, (d->n_toks + 1) * sizeof *c->stops);
    d->cue_toks =
        fw_arena_alloc_raw(&d->arena, (d->n_toks + 1) * sizeof *d->cue_toks);
    c->clause_at =
        fw_arena_alloc_raw(&d->arena, (d->n_sents + 1) * sizeof *c->clause_at);
    if (!words || !opens || !c->stops || !d->cue_toks || !c->clause_at)
        return FW_ENOMEM;
    /* The loop's arrays and counts in locals: its byte stores (marks,
     * memo) could alias anything in memory, which would make the compiler
     * reload every count and pointer after each of them. */
    fw_tok *toks = d->toks;
    const uint32_t *lower_hash = d->lower;
    uint8_t *memo = c->memo;
    uint64_t *seen = c->seen;
    uint32_t *stops = c->stops, *cue_toks = d->cue_toks;
    size_t n_stops = 0, n_cue = 0;
    const uint32_t the_word = c->the_word;
    size_t b = 0, n_words = 0, n_function = 0;
    for (size_t s = 0; s < d->n_sents; s++) {
        size_t s0 = d->sents[s].first_token;
        size_t s1 = s0 + d->sents[s].token_count;
        while (b + 1 < d->n_blocks && d->block_tok[b + 1] <= s0)
            b++;
        /* A headline in title case says nothing of how words are written. */
        bool title_case = d->n_blocks && c->block_title[b];
        /* Whether a word is a word, capitalised, a function word, is as
         * good as random: the loops below test such things with
         * arithmetic, not branches, which the processor would mispredict
         * half the time. First the sentence's words, and which of them
         * open it (FW_WA_OPENS): nothing but opening quotes, brackets,
         * dashes, or a colon, before them. */
        size_t n = 0;
        bool chain = true; /* only openers, or a colon, since s0 */
        for (size_t i = s0; i < s1; i++) {
            const fw_tok *t = &toks[i];
            d->phrases[2 * i] = d->phrases[2 * i + 1] = 0;
            words[n] = (uint32_t)i;
            opens[n] = chain | ((t->flags & FW_TOKEN_LINE_START) != 0);
            n += t->kind == FW_TOKEN_WORD;
            bool opener = (t->kind == FW_TOKEN_QUOTE) |
                          (t->kind == FW_TOKEN_DASH) | fw_tok_punct(t, '(');
            chain = opener ? chain : fw_tok_punct(t, ':');
        }
        size_t clause = s1;
        size_t sent_stops = n_stops; /* the sentence's first stop */
        for (size_t k = 0; k < n; k++) {
            size_t i = words[k];
            fw_tok *t = &toks[i];
            const fw_lex_word *lw = fw_lex_get(t->word);
            size_t e;
            uint32_t pid;
            if (phrase_may_start(d, i, s1, lw) &&
                (pid = find_phrase(d, i, s1, &e)) != 0) {
                d->phrases[2 * i] = pid;
                d->phrases[2 * i + 1] = (uint32_t)e;
                t->aux |= FW_WA_TITLE;
                if (fw_lex_get(pid)->feats & FW_LEX_CUE)
                    t->aux |= FW_WA_CUE;
            }
            t->aux |= ((lw->feats & FW_LEX_CUE) != 0 ? FW_WA_CUE : 0) |
                      ((lw->feats & FW_LEX_TITLE) != 0 ? FW_WA_TITLE : 0) |
                      (opens[k] ? FW_WA_OPENS : 0);
            if (clause == s1 && lw->func && clause_word(d, i))
                clause = i;
            n_function += lw->func != 0;
            cue_toks[n_cue] = (uint32_t)i;
            n_cue += ((t->aux & FW_WA_CUE) != 0) & !(t->flags & FW_TF_IN_QUOTE);
            /* A word in lower case is no name, unless a place or
             * hyphenated; a function word in lower case is judged
             * before the sets are asked, so says nothing. */
            bool lower = !(t->flags & FW_TOKEN_CAPITALIZED);
            bool plain = lower & !(t->flags & FW_TF_HYPHENATED) &
                         !(lw->feats & FW_LEX_PLACE);
            memo[i] = plain;
            stops[n_stops] = (uint32_t)i;
            n_stops += !plain | ((lw->ctx & FW_CTX_PARTICLE) != 0) |
                       ((lw->feats & FW_LEX_PRONOUN) != 0) |
                       (t->word == the_word);
            bool noted = (lower & !lw->func) |
                         (!lower & !(t->flags & FW_TOKEN_ALL_CAPS) &
                          !title_case & !opens[k]);
            unsigned how = lower ? SEEN_LOWER : SEEN_CAPITALIZED;
            size_t bit = 2 * (size_t)t->word + how; /* (id 0's: unread) */
            seen[bit / 64] |= (uint64_t)noted << (bit % 64);
            if (noted & !t->word) {
                st =
                    set_add(how == SEEN_LOWER ? &c->lowercase : &c->capitalized,
                            lower_hash[i]);
                if (st != FW_OK)
                    return st;
            }
        }
        c->clause_at[s] = (uint32_t)clause;
        n_words += n;
        if (b == c->lead_block)
            n_stops = lead_stops(c, sent_stops, n_stops, s0, s1);
    }
    c->n_stops = n_stops;
    d->n_cue_toks = n_cue;
    /* English prose has one function word in four or more (the, of, to,
     * said ...); German or Spanish copy, one in twenty of ours. Below one
     * in ten over 50 words, the text is another language's, and the
     * English rules would make names and quotations up. */
    d->foreign = n_words >= FOREIGN_MIN_WORDS && n_function * 10 < n_words;
    return FW_OK;
}

static int cmp_ment(const void *a, const void *b)
{
    const fw_ment *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    if (x->end != y->end)
        return x->end > y->end ? -1 : 1; /* the longer first */
    return 0;
}

fw_status fw_find_mentions(fw_doc *d)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    d->home = dateline_country(d);
    c.dateline_place = dateline_place(d);
    int8_t shouting = -1;
    c.shouting = &shouting;
    fw_status st = prepare(&c);
    if (st != FW_OK || d->foreign)
        return st;
    size_t b = 0;
    for (size_t s = 0; s < d->n_sents; s++) {
        c.sent = s;
        c.s0 = d->sents[s].first_token;
        c.s1 = c.s0 + d->sents[s].token_count;
        while (b + 1 < d->n_blocks && d->block_tok[b + 1] <= c.s0)
            b++;
        c.title_case = d->n_blocks && c.block_title[b];
        c.lead = b == c.lead_block;
        shouting = -1;
        st = read_sentence(&c);
        if (st != FW_OK)
            return st;
    }
    /* Titles found looking back start before the names that came first;
     * links are indices, so renumber them after sorting. */
    for (size_t k = 0; k < d->n_ments; k++)
        d->ments[k].entity = (int32_t)k; /* remember the old index */
    /* Nearly sorted already (a title found looking back is the only
     * thing out of place): insertion sort is linear here. */
    for (size_t k = 1; k < d->n_ments; k++) {
        fw_ment m = d->ments[k];
        size_t j = k;
        while (j > 0 && cmp_ment(&d->ments[j - 1], &m) > 0) {
            d->ments[j] = d->ments[j - 1];
            j--;
        }
        d->ments[j] = m;
    }
    int32_t *where =
        fw_arena_alloc(&d->arena, (d->n_ments + 1) * sizeof *where);
    if (!where)
        return FW_ENOMEM;
    for (size_t k = 0; k < d->n_ments; k++)
        where[d->ments[k].entity] = (int32_t)k;
    for (size_t k = 0; k < d->n_ments; k++) {
        fw_ment *m = &d->ments[k];
        m->entity = -1;
        if (m->link >= 0)
            m->link = where[m->link];
    }
    return FW_OK;
}
