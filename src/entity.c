/*
 * entity.c - the entities stage: who is who.
 *
 * Input: mentions. Output: d->ents, and every mention's entity: names
 * clustered by alias ("Trump", "President Trump", "Mr. Trump" and "Donald
 * Trump"; "US", "U.S." and "United States"), titles joined to the names
 * they qualify, nominals resolved by role and country ("the Russian
 * president"), demonyms to their countries, third-person pronouns by
 * gender, number and salience.
 *
 * Approach: first every full name makes or joins an entity, keyed by its
 * first and last words, or by the canonical name of a known organisation
 * or country; then one pass in text order attaches the rest: single
 * words to the person most recently named so (or to one named later,
 * for a headline), nominals and pronouns to the best candidate among the
 * entities mentioned in the last few sentences. All lookups go through
 * hash maps and a short recency list, so the stage is linear in the
 * number of mentions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

/* How far back (in sentences) a nominal or pronoun looks. */
#define REACH 4
/* Entities remembered for resolution. */
#define RECENT 24

typedef struct keynode {
    uint32_t hash;        /* of the key */
    int32_t entity;       /* entity index */
    struct keynode *next; /* same bucket */
} keynode;

typedef struct keymap {
    keynode **buckets;
    size_t mask;
} keymap;

typedef struct resolver {
    fw_doc *d;
    keymap keys;
    int32_t recent[RECENT]; /* entities, most recent last: mentions are
                               read in text order, so their last_sent
                               never decreases along the list */
    size_t n_recent;
    uint32_t *last_pos;    /* per entity: byte of its latest mention so far
                              in the text-order pass (0: not yet) */
    uint32_t *last_sent;   /* per entity: its latest sentence + 1 */
    uint8_t *last_subject; /* per entity: was one of the mentions of its
                              latest sentence that sentence's subject */
    int32_t *last_ment;    /* per entity: its latest mention */
    size_t n_middle;       /* KEY_MIDDLE keys made */
} resolver;

enum {
    KEY_FULL = 1,
    KEY_LAST,
    KEY_FIRST,
    KEY_MIDDLE,
    KEY_ORG,
    KEY_PLACE,
    KEY_GROUP,
    KEY_COUNTRY
};

/* ------------------------------------------------------------------ */
/* Keys                                                                */

static uint32_t key_hash(int kind, const char *s, size_t n)
{
    char buf[256];
    buf[0] = (char)kind;
    size_t m = fw_lower(s, n, buf + 1, sizeof buf - 1);
    if (m == 0) {
        m = n < sizeof buf - 1 ? n : sizeof buf - 1;
        memcpy(buf + 1, s, m);
    }
    return fw_hash_bytes(buf, m + 1);
}

/* The key of a country, by its index. */
static uint32_t country_key(uint16_t country)
{
    char buf[3] = {KEY_COUNTRY, (char)(country >> 8), (char)country};
    return fw_hash_bytes(buf, sizeof buf);
}

/* The key of tokens [a, b), from their lower-case hashes. */
static uint32_t key_tokens(const fw_doc *d, int kind, size_t a, size_t b)
{
    uint64_t h = FW_PHRASE_SEED ^ (uint64_t)kind;
    for (size_t k = a; k < b; k++)
        h = fw_phrase_step(h, d->lower[k]);
    return fw_hash_final(h);
}

static fw_status keys_init(resolver *r, size_t expected)
{
    size_t n = 64;
    while (n < expected)
        n *= 2;
    r->keys.buckets = fw_arena_alloc(&r->d->arena, n * sizeof(keynode *));
    r->keys.mask = n - 1;
    return r->keys.buckets ? FW_OK : FW_ENOMEM;
}

static fw_status key_add(resolver *r, uint32_t h, int32_t entity)
{
    keynode **b = &r->keys.buckets[h & r->keys.mask];
    for (keynode *k = *b; k; k = k->next)
        if (k->hash == h && k->entity == entity)
            return FW_OK;
    keynode *k = fw_arena_alloc(&r->d->arena, sizeof *k);
    if (!k)
        return FW_ENOMEM;
    k->hash = h;
    k->entity = entity;
    k->next = *b;
    *b = k;
    return FW_OK;
}

/* The gender, M or F, of an honorific before or at the start of name
 * mention m ("Mrs. Schlafly"), else 0: a name's own gender may be a
 * given name's that is a family name too ("Clinton", "Graham"). */
static uint8_t honorific_gender(const fw_doc *d, const fw_ment *m)
{
    for (size_t k = m->tok > 0 ? m->tok - 1 : 0; k <= m->tok && k < m->tok_end;
         k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind != FW_TOKEN_WORD)
            continue;
        const fw_lex_word *w = fw_lex_get(t->word);
        if ((w->feats & FW_LEX_HONORIFIC) &&
            (w->gender == FW_GENDER_M || w->gender == FW_GENDER_F))
            return w->gender;
    }
    return 0;
}

/* The first entity of 'type' under key 'h', preferring the one
 * mentioned most recently before mention m, else the one that comes
 * first after it; when m's honorific gives a gender, one not of the
 * other gender if there is one ("Mrs. Schlafly" is not her son John
 * Schlafly; but a given name's gender may be wrong: "Mr. Graham" is
 * Lindsey Graham when no other Graham is named). -1 when none. */
static int32_t key_best(const resolver *r, uint32_t h, uint8_t type,
                        const fw_ment *m)
{
    uint32_t pos = m->start;
    /* (only people have one: no need to look for a place or a body) */
    uint8_t gender = type == FW_ENTITY_PERSON || type == FW_TYPE_UNKNOWN
                         ? honorific_gender(r->d, m)
                         : 0;
    int32_t best[2] = {-1, -1}, later[2] = {-1, -1}; /* any, that gender */
    uint32_t best_pos[2] = {0, 0};
    for (keynode *k = r->keys.buckets[h & r->keys.mask]; k; k = k->next) {
        if (k->hash != h)
            continue;
        const fw_ent *e = &r->d->ents[k->entity];
        if (type != FW_TYPE_UNKNOWN && e->type != type)
            continue;
        bool agrees =
            gender &&
            !(e->type == FW_ENTITY_PERSON &&
              (e->gender == FW_GENDER_M || e->gender == FW_GENDER_F) &&
              e->gender != gender);
        uint32_t lp = r->last_pos ? r->last_pos[k->entity] : 0;
        for (int g = 0; g <= (int)agrees; g++) {
            if (lp && lp <= pos) {
                if (best[g] < 0 || lp > best_pos[g])
                    best[g] = k->entity, best_pos[g] = lp;
            } else if (later[g] < 0 || e->first < r->d->ents[later[g]].first) {
                later[g] = k->entity;
            }
        }
    }
    int g = best[1] >= 0 || later[1] >= 0;
    return best[g] >= 0 ? best[g] : later[g];
}

/* ------------------------------------------------------------------ */
/* Entities from names                                                 */

static int32_t new_entity(resolver *r, int32_t name_ment, uint8_t type)
{
    fw_doc *d = r->d;
    fw_ent *e = FW_PUSH(&d->arena, d->ents, d->n_ents, d->cap_ents);
    if (!e)
        return -1;
    e->name_ment = name_ment;
    e->type = type;
    e->first = name_ment >= 0 ? d->ments[name_ment].start : 0;
    return (int32_t)(d->n_ents - 1);
}

/* The name's own tokens, without initials and "Jr.": first and last. */
static void name_ends(const fw_doc *d, const fw_ment *m, size_t *first,
                      size_t *last)
{
    size_t a = m->tok, b = m->tok_end;
    while (b > a + 1 &&
           (fw_lex_get(d->toks[b - 1].word)->abbrev == FW_ABBR_SUFFIX ||
            fw_tok_punct(&d->toks[b - 1], ',')))
        b--;
    *first = a;
    *last = b - 1;
}

static uint32_t token_key(const fw_doc *d, int kind, size_t i)
{
    return key_tokens(d, kind, i, i + 1);
}

/* Is mention m in the document's headline? */
static bool in_headline(const fw_doc *d, const fw_ment *m)
{
    return d->n_blocks > 1 && d->blocks[0].kind == FW_BLOCK_HEADLINE &&
           m->tok < d->block_tok[1];
}

/* Joins mention 'mi' to entity 'e' and makes it the entity's name if it
 * is fuller than the one it has. */
static void join(resolver *r, size_t mi, int32_t e)
{
    fw_doc *d = r->d;
    fw_ment *m = &d->ments[mi];
    fw_ent *ent = &d->ents[e];
    m->entity = e;
    if (m->kind != FW_MENTION_NAME)
        return;
    ent->n_names++;
    if (ent->name_ment < 0 || m->start < ent->first)
        ent->first = m->start;
    if (ent->name_ment < 0) {
        ent->name_ment = (int32_t)mi;
        return;
    }
    /* A name the body writes beats one from a headline, whose words in
     * title case may have run into it ("Trump Addresses Munich"). */
    const fw_ment *cur = &d->ments[ent->name_ment];
    bool cur_head = in_headline(d, cur), m_head = in_headline(d, m);
    if (cur_head != m_head ? cur_head
                           : m->tok_end - m->tok > cur->tok_end - cur->tok)
        ent->name_ment = (int32_t)mi;
}

static bool is_country_word(const fw_lex_word *w)
{
    return (w->feats & FW_LEX_PLACE) && w->place == FW_PLACE_COUNTRY;
}

/* The key of the name in tokens [a, b): its canonical form 'canon' when
 * the lexicon gives one, else its words. */
static uint32_t name_key(const fw_doc *d, int kind, const char *canon, size_t a,
                         size_t b)
{
    return canon ? key_hash(kind, canon, strlen(canon))
                 : key_tokens(d, kind, a, b);
}

/* The key of a name that is a part of its token ("Hamas" in
 * "Israel-Hamas"): the one its lexicon word 'word' would have alone. */
static uint32_t part_key(int kind, uint32_t word)
{
    const fw_lex_word *w = fw_lex_get(word);
    uint64_t h = FW_PHRASE_SEED ^ (uint64_t)kind;
    h = fw_phrase_step(h, fw_hash_bytes(fw_lex.strings + w->str, w->len));
    return fw_hash_final(h);
}

/* Where the name of mention m ends without the company word that ends
 * it ("Acme" of "Acme Corp.", "Google" of "Google, Inc."), or m->tok
 * when it has none. */
static size_t company_short_name(const fw_doc *d, const fw_ment *m)
{
    size_t last = m->tok_end - 1;
    const fw_lex_word *w = fw_lex_get(d->toks[last].word);
    if (m->type != FW_ENTITY_ORGANIZATION || m->tok_end - m->tok < 2 ||
        !(w->feats & FW_LEX_ORG_WORD) || w->org != FW_ORG_COMPANY)
        return m->tok;
    if (fw_tok_punct(&d->toks[last - 1], ','))
        last--;
    return last;
}

static int32_t resolve_single(resolver *r, const fw_ment *m);

/* The key of a person's name by its first word f and last word l: the
 * same first and last word, the same person. */
static uint32_t full_name_key(const fw_doc *d, size_t f, size_t l)
{
    return key_tokens(d, KEY_FULL, f, f + 1) ^ (token_key(d, KEY_LAST, l) * 31);
}

/* Do tokens [f, e) spell the last words of name mention n, which has
 * more of them ("López Obrador", "Andrés Manuel López Obrador")? */
static bool ends_name(const fw_doc *d, const fw_ment *n, size_t f, size_t e)
{
    size_t k = e - f;
    if (n->kind != FW_MENTION_NAME || n->tok_end - n->tok <= k)
        return false;
    for (size_t i = 0; i < k; i++) {
        const fw_tok *a = &d->toks[f + i], *b = &d->toks[n->tok_end - k + i];
        if (a->end - a->start != b->end - b->start ||
            memcmp(d->text + a->start, d->text + b->start, a->end - a->start))
            return false;
    }
    return true;
}

/* Is name mention n a family name with its particle ("De Blasio") that
 * ends the longer name m ("Bill de Blasio"), in any case? */
static bool particle_tail(const fw_doc *d, const fw_ment *n, const fw_ment *m)
{
    size_t k = n->tok_end - n->tok;
    if (n->kind != FW_MENTION_NAME || k < 2 || m->tok_end - m->tok <= k ||
        !(fw_lex_get(d->toks[n->tok].word)->ctx & FW_CTX_PARTICLE))
        return false;
    for (size_t i = 0; i < k; i++)
        if (d->lower[n->tok + i] != d->lower[m->tok_end - k + i])
            return false;
    return true;
}

/* The KEY_ORG key of the initials of organisation name m's capitalised
 * words ("ba" of "British Airways", "ecb" of "European Central Bank"),
 * as token_key() makes it for the acronym; false when it has fewer than
 * two such words or more than six. */
static bool initials_key(const fw_doc *d, const fw_ment *m, uint32_t *h)
{
    char in[8];
    size_t n = 0;
    for (size_t k = m->tok; k < m->tok_end; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind != FW_TOKEN_WORD || !(t->flags & FW_TOKEN_CAPITALIZED))
            continue;
        if (n == 6 || (t->flags & FW_TOKEN_ALL_CAPS))
            return false; /* ("NBC News" is no "NN") */
        char c = d->text[t->start];
        in[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    if (n < 2)
        return false;
    uint64_t k = FW_PHRASE_SEED ^ (uint64_t)KEY_ORG;
    *h = fw_hash_final(fw_phrase_step(k, fw_hash_bytes(in, n)));
    return true;
}

/* The person key 'h' finds for mention m, if a given name opens the
 * name that person was named by ("Michael Bloomberg", not "Telemundo
 * Facebook"). */
static int32_t given_named(const resolver *r, uint32_t h, const fw_ment *m)
{
    int32_t e = key_best(r, h, FW_ENTITY_PERSON, m);
    if (e < 0 || r->d->ents[e].name_ment < 0)
        return -1;
    const fw_ment *n = &r->d->ments[r->d->ents[e].name_ment];
    return fw_lex_get(r->d->toks[n->tok].word)->feats & FW_LEX_GIVEN ? e : -1;
}

/* Finds or makes the entity of a full name (pass one). */
static fw_status place_full_name(resolver *r, size_t mi)
{
    fw_doc *d = r->d;
    fw_ment *m = &d->ments[mi];
    const fw_lex_word *w = fw_lex_get(m->word);
    int32_t e = -1;
    if (m->tok_end == m->tok + 1 &&
        (d->toks[m->tok].flags & FW_TOKEN_ALL_CAPS) &&
        m->type != FW_ENTITY_ORGANIZATION &&
        (e = key_best(r, token_key(d, KEY_ORG, m->tok), FW_ENTITY_ORGANIZATION,
                      m)) >= 0) {
        /* "BA" after "British Airways", whatever else BA may be */
        m->type = FW_ENTITY_ORGANIZATION;
    } else if (m->type == FW_ENTITY_PLACE && is_country_word(w)) {
        uint32_t h = country_key(m->country);
        e = key_best(r, h, FW_ENTITY_PLACE, m);
        if (e < 0) {
            e = new_entity(r, (int32_t)mi, FW_ENTITY_PLACE);
            if (e < 0 || key_add(r, h, e) != FW_OK)
                return FW_ENOMEM;
            d->ents[e].canon = fw_country_name(m->country);
            d->ents[e].country = m->country;
        }
    } else if (m->type == FW_ENTITY_ORGANIZATION && m->tok_end - m->tok == 1 &&
               (e = given_named(r, token_key(d, KEY_LAST, m->tok), m)) >= 0) {
        /* "Guardian said" after "Mayor Don Guardian": the person named
         * before, not the paper */
    } else if ((m->flags & FW_MF_WEAK) && m->tok_end - m->tok == 1 &&
               (e = resolve_single(r, m)) >= 0) {
        /* A guess from a single word's neighbours yields to a person,
         * organisation or place named before: "a reference to
         * Nasrallah", "the Housing Authority (HANO) ... in HANO". */
    } else if (m->type == FW_ENTITY_ORGANIZATION ||
               m->type == FW_ENTITY_PLACE || m->type == FW_ENTITY_GROUP) {
        int kind = m->type == FW_ENTITY_PLACE   ? KEY_PLACE
                   : m->type == FW_ENTITY_GROUP ? KEY_GROUP
                                                : KEY_ORG;
        const char *canon = m->type == FW_ENTITY_GROUP ? NULL : fw_lex_canon(w);
        uint32_t h = (m->flags & FW_MF_PART) && !canon
                         ? part_key(kind, m->word)
                         : name_key(d, kind, canon, m->tok, m->tok_end);
        e = key_best(r, h, m->type, m);
        /* a known acronym a name before it gave in brackets: "Doctors
         * Without Borders (MSF)", then "MSF" */
        if (e < 0 && canon && m->tok_end == m->tok + 1)
            e = key_best(r, token_key(d, kind, m->tok), m->type, m);
        /* "Acme Corp." after "Acme shares fell": the name without its
         * company word, named before */
        size_t short_end = company_short_name(d, m);
        const char *short_canon =
            short_end == m->tok + 1
                ? fw_lex_canon(fw_lex_get(d->toks[m->tok].word))
                : NULL;
        uint32_t short_key = name_key(d, kind, short_canon, m->tok, short_end);
        if (e < 0 && short_end > m->tok && fw_legal_form(d, short_end))
            e = key_best(r, short_key, m->type, m);
        /* "the Supreme Court" and "the U.S. Supreme Court", in either
         * order: a body's name after its country's name or adjective,
         * the same body (not after a state's: "the Texas Democratic
         * Party") */
        const fw_lex_word *first = fw_lex_get(d->toks[m->tok].word);
        bool national =
            m->type == FW_ENTITY_ORGANIZATION && !canon &&
            m->tok_end - m->tok >= 3 &&
            (is_country_word(first) || (first->feats & FW_LEX_DEMONYM));
        uint32_t bare_key =
            national ? name_key(d, kind,
                                fw_lex_canon(fw_lex_get(fw_phrase_lookup(
                                    d, m->tok + 1, m->tok_end))),
                                m->tok + 1, m->tok_end)
                     : 0;
        if (e < 0 && national)
            e = key_best(r, bare_key, m->type, m);
        if (e < 0) {
            e = new_entity(r, (int32_t)mi, m->type);
            if (e < 0 || key_add(r, h, e) != FW_OK)
                return FW_ENOMEM;
            d->ents[e].canon = canon;
            d->ents[e].country = m->country;
            d->ents[e].org = m->org;
            d->ents[e].lex = m->word;
            /* Its single words find it too: "Commission" after "European
             * Commission" is left to the second pass. */
        }
        if (national && key_add(r, bare_key, e) != FW_OK)
            return FW_ENOMEM;
        /* "Acme" after "Acme Corp." or "Google, Inc."; "Zacks" after
         * "Zacks Investment Research" */
        if (short_end > m->tok && key_add(r, short_key, e) != FW_OK)
            return FW_ENOMEM;
        if (short_end > m->tok + 1 &&
            key_add(r,
                    name_key(d, kind,
                             fw_lex_canon(fw_lex_get(d->toks[m->tok].word)),
                             m->tok, m->tok + 1),
                    e) != FW_OK)
            return FW_ENOMEM;
        /* "the Times" after "The New York Times", "the Department"
         * after "the Labor Department" (but "the House" is no White
         * House: a chamber's noun names a chamber) */
        const fw_lex_word *last = fw_lex_get(d->toks[m->tok_end - 1].word);
        if (m->type == FW_ENTITY_ORGANIZATION && m->tok_end - m->tok >= 2 &&
            last->org != FW_ORG_LEGISLATURE &&
            key_add(r, token_key(d, KEY_ORG, m->tok_end - 1), e) != FW_OK)
            return FW_ENOMEM;
        /* "North Atlantic Treaty Organization (NATO)" */
        size_t j = m->tok_end;
        if (j + 2 < d->n_toks && fw_tok_punct(&d->toks[j], '(') &&
            fw_acronym(d, j + 1) && fw_tok_punct(&d->toks[j + 2], ')')) {
            if (key_add(r, token_key(d, kind, j + 1), e) != FW_OK)
                return FW_ENOMEM;
        }
        /* "BA" after "British Airways": its initials, unbracketed */
        uint32_t ih;
        if (m->type == FW_ENTITY_ORGANIZATION && initials_key(d, m, &ih) &&
            key_add(r, ih, e) != FW_OK)
            return FW_ENOMEM;
    } else if (m->type == FW_ENTITY_PERSON && m->tok_end - m->tok >= 2) {
        size_t f, l;
        name_ends(d, m, &f, &l);
        uint32_t hl = token_key(d, KEY_LAST, l);
        uint32_t hfl = full_name_key(d, f, l);
        e = key_best(r, hfl, FW_ENTITY_PERSON, m);
        /* "(Von) der Leyen" after "Ursula von der Leyen": a surname with
         * its particles */
        if (e < 0 && (fw_lex_get(d->toks[f].word)->ctx & FW_CTX_PARTICLE))
            e = key_best(r, hl, FW_ENTITY_PERSON, m);
        /* "López Obrador" after "Andrés Manuel López Obrador": the last
         * names of one named before in full (not a name of its own that
         * opens with a given name: "Hillary Clinton" is no part of a
         * headline's "Donald Trump Ties Hillary Clinton") */
        if (e < 0) {
            int32_t by_last = key_best(r, hl, FW_ENTITY_PERSON, m);
            if (by_last >= 0 && d->ents[by_last].name_ment >= 0 &&
                ((!(fw_lex_get(d->toks[f].word)->feats & FW_LEX_GIVEN) &&
                  ends_name(d, &d->ments[d->ents[by_last].name_ment], f,
                            l + 1)) ||
                 particle_tail(d, &d->ments[d->ents[by_last].name_ment], m)))
                e = by_last;
        }
        if (e < 0) {
            e = new_entity(r, (int32_t)mi, FW_ENTITY_PERSON);
            if (e < 0 || key_add(r, hfl, e) != FW_OK)
                return FW_ENOMEM;
        }
        if (key_add(r, hl, e) != FW_OK ||
            key_add(r, token_key(d, KEY_FIRST, f), e) != FW_OK)
            return FW_ENOMEM;
        /* "Lula" after "Luiz Inacio Lula da Silva": a name between the
         * first and the last may be the one a person goes by */
        for (size_t k = f + 1; k < l; k++) {
            const fw_tok *t = &d->toks[k];
            if (t->kind == FW_TOKEN_WORD && (t->flags & FW_TOKEN_CAPITALIZED) &&
                !(t->flags & FW_TF_INITIAL) && t->end - t->start > 2 &&
                !(fw_lex_get(t->word)->ctx & FW_CTX_PARTICLE)) {
                if (key_add(r, token_key(d, KEY_MIDDLE, k), e) != FW_OK)
                    return FW_ENOMEM;
                r->n_middle++;
            }
        }
    } else {
        return FW_OK; /* left to the second pass */
    }
    join(r, mi, e);
    fw_ent *ent = &d->ents[e];
    if (!ent->country)
        ent->country = m->country;
    if (!ent->gender && m->gender)
        ent->gender = m->gender;
    return FW_OK;
}

/* The person whose first and last words are those of name m, or -1. */
static int32_t same_full_name(resolver *r, const fw_ment *m)
{
    const fw_doc *d = r->d;
    size_t f, l;
    name_ends(d, m, &f, &l);
    return key_best(r, full_name_key(d, f, l), FW_ENTITY_PERSON, m);
}

/* A single-word name (pass two): a person's last or first name, or an
 * organisation or place named before. */
static int32_t resolve_single(resolver *r, const fw_ment *m)
{
    const fw_doc *d = r->d;
    size_t i = m->tok;
    int32_t e = -1;
    if (m->type == FW_ENTITY_PERSON || m->type == FW_TYPE_UNKNOWN ||
        (m->flags & FW_MF_WEAK)) {
        e = key_best(r, token_key(d, KEY_LAST, i), FW_ENTITY_PERSON, m);
        if (e < 0)
            e = key_best(r, token_key(d, KEY_FIRST, i), FW_ENTITY_PERSON, m);
        /* (once all full names are known: a last name may be one
         * named further on) */
        if (e < 0 && r->last_pos && r->n_middle)
            e = key_best(r, token_key(d, KEY_MIDDLE, i), FW_ENTITY_PERSON, m);
        if (e >= 0)
            return e;
    }
    /* a person's name takes no article: "the Times said" */
    bool article = i > 0 && (fw_tok_is(d, &d->toks[i - 1], "the") ||
                             fw_tok_is(d, &d->toks[i - 1], "The"));
    if (m->type != FW_ENTITY_PERSON || (m->flags & FW_MF_WEAK) || article) {
        e = key_best(r, token_key(d, KEY_ORG, i), FW_ENTITY_ORGANIZATION, m);
        if (e < 0)
            e = key_best(r, token_key(d, KEY_PLACE, i), FW_ENTITY_PLACE, m);
    }
    return e;
}

/* ------------------------------------------------------------------ */
/* Nominals and pronouns                                               */

/* Is mention m a name, outside quotation marks, that follows a verb or
 * a preposition ("will buy Beta Corp", "a match against X")? Not "of"
 * or "by", whose names are often the story's actors ("shares of X",
 * "bought by X"), nor a cue, after which a name mostly starts a clause
 * ("said X would"). */
static bool object_mention(const fw_doc *d, const fw_ment *m)
{
    if (m->kind != FW_MENTION_NAME ||
        (m->flags & (FW_MF_POSSESSIVE | FW_MF_IN_QUOTE)) || m->tok == 0)
        return false;
    const fw_tok *p = &d->toks[m->tok - 1];
    if (p->kind != FW_TOKEN_WORD || (p->flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *w = fw_lex_get(p->word);
    if (w->func == FW_FUNC_PREP)
        return !fw_tok_is(d, p, "of") && !fw_tok_is(d, p, "by");
    return !w->func && !(w->feats & FW_LEX_CUE);
}

/* Is mention m where an analyst, economist or reporter works ("an
 * analyst at X", "a researcher with Y")? */
static bool expert_house(const fw_doc *d, const fw_ment *m)
{
    if (m->kind != FW_MENTION_NAME || m->tok < 2)
        return false;
    const fw_tok *p = &d->toks[m->tok - 1], *t = &d->toks[m->tok - 2];
    /* ("analysts surveyed by Zacks", "data compiled by FactSet": a
     * pollster's or a data house's) */
    static const char *const asked[] = {"surveyed", "polled", "questioned",
                                        "interviewed", "compiled"};
    if (fw_tok_is(d, p, "by")) {
        for (size_t k = 0; k < FW_COUNT(asked); k++)
            if (fw_tok_is(d, t, asked[k]))
                return true;
        return false;
    }
    if ((!fw_tok_is(d, p, "at") && !fw_tok_is(d, p, "with")) ||
        t->kind != FW_TOKEN_WORD)
        return false;
    const fw_lex_word *w = fw_lex_get(t->word);
    if (!(w->feats & FW_LEX_TITLE)) /* (and "Analysts at Barclays") */
        w = fw_plural_title(d, t);
    return w && (w->title == FW_TITLE_ACADEMIC || w->title == FW_TITLE_MEDIA);
}

/* Was entity e, as last seen, an outside expert's house: named so last,
 * or named so and taken up by a pronoun since ("Analysts at X said ...
 * and cut their target")? */
static bool expert_entity(const resolver *r, int32_t e)
{
    const fw_doc *d = r->d;
    const fw_ment *last = &d->ments[r->last_ment[e]];
    int32_t named = d->ents[e].name_ment;
    return expert_house(d, last) ||
           (last->kind == FW_MENTION_PRONOUN && named >= 0 &&
            expert_house(d, &d->ments[named]));
}

static void touch(resolver *r, int32_t e, const fw_ment *m)
{
    bool subject = (m->flags & FW_MF_SUBJECT) != 0;
    /* Subject of its latest sentence, whichever mention there was. */
    if (r->last_sent[e] == m->sent + 1)
        r->last_subject[e] |= subject;
    else
        r->last_subject[e] = subject;
    r->last_ment[e] = (int32_t)(m - r->d->ments);
    r->last_pos[e] = m->start ? m->start : 1;
    r->last_sent[e] = m->sent + 1;
    /* From the most recent end, where it most likely is. */
    size_t k = r->n_recent;
    while (k > 0 && r->recent[k - 1] != e)
        k--;
    if (k == 0) {
        if (r->n_recent == RECENT) {
            memmove(r->recent, r->recent + 1, (RECENT - 1) * sizeof(int32_t));
            r->n_recent--;
        }
        r->recent[r->n_recent++] = e;
        return;
    }
    k--; /* its index */
    memmove(r->recent + k, r->recent + k + 1,
            (r->n_recent - k - 1) * sizeof(int32_t));
    r->recent[r->n_recent - 1] = e;
}

/* May bodies of kinds a and b be one another ("the Kremlin", "the
 * government")? A legislature is not "the administration". */
static bool orgs_compatible(uint8_t a, uint8_t b)
{
    if (!a || !b || a == b)
        return true;
    static const uint8_t groups[][3] = {
        /* (0 fills a row: no kind is 0 here) */
        {FW_ORG_INTL, FW_ORG_PARTY, FW_ORG_NGO},
        {FW_ORG_GOVERNMENT, FW_ORG_SEAT, 0},
        {FW_ORG_MILITARY, FW_ORG_ARMED_GROUP, FW_ORG_POLICE},
    };
    for (size_t g = 0; g < FW_COUNT(groups); g++) {
        bool ha = false, hb = false;
        for (size_t k = 0; k < 3; k++) {
            ha |= groups[g][k] == a;
            hb |= groups[g][k] == b;
        }
        if (ha && hb)
            return true;
    }
    return false;
}

/* Is lexicon word 'word' the title of one who heads a state, a city or
 * a government ("governor", "mayor"; the class "head" holds the rest)? */
static bool executive_title(uint32_t word)
{
    const char *f = fw_lex_form(fw_lex_get(word));
    return strcmp(f, "governor") == 0 || strcmp(f, "mayor") == 0;
}

/* How well a person nominal's title fits entity e: the same title word
 * ("president"), the same class, none known, or another class. Heads of
 * state, government or city of other titles differ: a chancellor is no
 * president, a governor no mayor. */
static int title_fit(const fw_ent *ent, uint32_t word, uint8_t title)
{
    if (ent->title_word && ent->title_word == word)
        return 3;
    if (!ent->title || !title)
        return 0; /* ("the German said": no title to compare) */
    if (ent->title != title)
        return -1;
    if (ent->title_word && word &&
        (title == FW_TITLE_HEAD ||
         (executive_title(word) && executive_title(ent->title_word))))
        return -1;
    return 1;
}

/* Does a name follow nominal m's "of" ("the president of the AFL-CIO",
 * "the mayor of Paris")? Then it names one office's holder. */
static bool office_of_name(const fw_doc *d, const fw_ment *m)
{
    size_t k = m->tok_end;
    if (k + 1 >= d->n_toks)
        return false;
    if (!fw_tok_is(d, &d->toks[k], "of"))
        return false;
    const fw_tok *n = &d->toks[k + 1];
    if (fw_tok_is(d, n, "the") && k + 2 < d->n_toks)
        n = &d->toks[k + 2];
    return n->kind == FW_TOKEN_WORD && (n->flags & FW_TOKEN_CAPITALIZED);
}

/* Do the words before the head of title or nominal m say that its
 * person does not hold that office, or only stands in for its holder
 * ("former", "deputy", "shadow": "Former health secretary X" is not
 * "the health secretary")? A title mention leaves such words out
 * ("former | UN Ambassador X"): two before it are read too. */
static bool not_held(const fw_doc *d, const fw_ment *m)
{
    static const char *const words[] = {"former",  "ex",     "deputy",
                                        "vice",    "shadow", "assistant",
                                        "retired", "late"};
    uint32_t from = m->kind != FW_MENTION_TITLE ? m->tok
                    : m->tok >= 2               ? m->tok - 2
                                                : 0;
    for (uint32_t k = from; k + 1 < m->tok_end; k++) {
        const fw_tok *t = &d->toks[k];
        const fw_lex_word *lw = fw_lex_get(t->word);
        if (t->kind != FW_TOKEN_WORD || !(lw->feats & FW_LEX_TITLE_MOD))
            continue; /* (all the words below are title modifiers) */
        const char *form = fw_lex_form(lw);
        for (size_t w = 0; w < FW_COUNT(words); w++)
            if (strcmp(form, words[w]) == 0)
                return true;
    }
    return false;
}

/* Can entity 'ent' be who person nominal m names, by their titles: not
 * when both have one head word and only one says the office is not
 * held ("the health secretary" after "shadow health secretary X")? */
static bool office_agrees(const fw_doc *d, const fw_ent *ent, const fw_ment *m)
{
    return !(m->word && ent->title_word == m->word &&
             ent->title_not_held != not_held(d, m));
}

/* The one person within 'reach' sentences whose title is the very word
 * of nominal m, "the" and its title ("the chancellor" some paragraphs
 * after "Chancellor X", with others named between), or -1 when none or
 * several are. */
static int32_t holder_of_title(resolver *r, const fw_ment *m, size_t reach)
{
    const fw_doc *d = r->d;
    int32_t found = -1;
    /* (only "the X": "Germany's president" is another's) */
    if (!fw_tok_is(d, &d->toks[m->tok], "the") &&
        !fw_tok_is(d, &d->toks[m->tok], "The"))
        return -1;
    for (size_t k = r->n_recent; k-- > 0;) {
        int32_t e = r->recent[k];
        if (r->last_sent[e] + reach < m->sent + 1)
            break;
        const fw_ent *ent = &d->ents[e];
        if (ent->type != FW_ENTITY_PERSON || !m->word ||
            ent->title_word != m->word || !office_agrees(d, ent, m) ||
            (m->country && ent->country && ent->country != m->country) ||
            (m->gender && ent->gender && ent->gender != m->gender))
            continue;
        if (found >= 0)
            return -1;
        found = e;
    }
    return found;
}

/* Is nominal m a body a country's possessive names, "Sudan's army"? */
static bool possessed_body(const fw_doc *d, const fw_ment *m)
{
    if (m->type != FW_ENTITY_ORGANIZATION ||
        d->toks[m->tok].kind != FW_TOKEN_WORD)
        return false;
    /* (a country of several words: "South Korea's") */
    for (size_t k = m->tok + 1; k + 1 < m->tok_end && k < m->tok + 5; k++)
        if (d->toks[k].flags & FW_TF_POSSESSIVE)
            return true;
    return false;
}

/* "The mayor, Peter Schwartz, said": the entity of the name a nominal's
 * title is in apposition to (mention i the nominal), or -1. */
static int32_t apposed_name(const fw_doc *d, size_t i)
{
    const fw_ment *m = &d->ments[i];
    for (size_t k = i + 1; k < d->n_ments && k < i + 3; k++) {
        const fw_ment *t = &d->ments[k];
        if (t->kind != FW_MENTION_TITLE || t->tok < m->tok ||
            t->tok_end != m->tok_end)
            continue;
        if (t->link < 0 || (size_t)t->link <= i)
            return -1;
        const fw_ment *n = &d->ments[t->link];
        return n->kind == FW_MENTION_NAME && n->tok > m->tok_end &&
                       d->toks[m->tok_end].kind == FW_TOKEN_PUNCT
                   ? n->entity
                   : -1;
    }
    return -1;
}

/* Is nominal m a body of the state its country's demonym names, "the
 * Russian foreign ministry", "the Israeli military"? */
static bool demonym_body(const fw_doc *d, const fw_ment *m)
{
    if (m->type != FW_ENTITY_ORGANIZATION || !m->country ||
        m->tok_end < m->tok + 3)
        return false;
    const fw_tok *a = &d->toks[m->tok], *n = &d->toks[m->tok + 1];
    const fw_lex_word *w = fw_lex_get(n->word);
    /* (not "the Russian government": Russia, as "Russia's government") */
    if (fw_lex_get(m->word)->ctx & FW_CTX_LED)
        return false;
    return (fw_tok_is(d, a, "the") || fw_tok_is(d, a, "The")) &&
           n->kind == FW_TOKEN_WORD && (w->feats & FW_LEX_DEMONYM) &&
           (m->org == FW_ORG_GOVERNMENT || m->org == FW_ORG_MILITARY ||
            m->org == FW_ORG_POLICE || m->org == FW_ORG_LEGISLATURE ||
            m->org == FW_ORG_COURT);
}

/* The last word of the place a person's nominal names ("Wisconsin" in
 * "the Wisconsin Republican", "Hampshire" in "the New Hampshire
 * Democrat"), or SIZE_MAX. */
static size_t nominal_place(const fw_doc *d, const fw_ment *m)
{
    if (m->kind != FW_MENTION_NOMINAL || m->type != FW_ENTITY_PERSON || m->word)
        return SIZE_MAX;
    size_t last = SIZE_MAX;
    for (size_t k = m->tok + 1; k < m->tok_end; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind == FW_TOKEN_WORD && (t->flags & FW_TOKEN_CAPITALIZED) &&
            (fw_lex_get(t->word)->feats & FW_LEX_PLACE))
            last = k;
    }
    return last;
}

/* Are the letters of the abbreviation [a, a + n) those of the name
 * [s, s + len) in order, the first first ("Wis" of "Wisconsin", "Md" of
 * "Maryland", "NH" of "New Hampshire")? */
static bool abbreviates(const char *a, size_t n, const char *s, size_t len)
{
    size_t k = 0;
    for (size_t x = 0; x < len && k < n; x++) {
        char c = s[x] | 0x20, want = a[k] | 0x20;
        if (a[k] == '.') {
            k++;
            x--;
            continue;
        }
        if (c == want)
            k++;
        else if (x == 0)
            return false;
    }
    while (k < n && a[k] == '.')
        k++;
    return k == n;
}

/* Does token k hold the place whose name [name, name + len) ends with
 * the word of token p, or a party label that abbreviates it ("R-Wis.")? */
static bool place_at(const fw_doc *d, size_t k, size_t p, const char *name,
                     size_t len)
{
    const fw_tok *t = &d->toks[k];
    if (t->kind != FW_TOKEN_WORD)
        return false;
    if (t->word && t->word == d->toks[p].word)
        return true;
    return fw_party_label(d, k) &&
           abbreviates(d->text + t->start + 2, t->end - t->start - 2, name,
                       len);
}

/* Was entity e named with the place whose name ends at token p, before
 * mention m: in the capitalised words before a name of e ("Wisconsin Rep.
 * Paul Ryan"), in a party label after it ("Sen. X (R-Wis.)", "X, D-N.H.,")
 * or after "of" ("Sen. X of Ohio")? */
static bool named_near_place(const fw_doc *d, const fw_ment *m, int32_t e,
                             size_t p)
{
    size_t a = p; /* the place's first word ("New" of "New Hampshire") */
    while (a > m->tok + 1 && d->toks[a - 1].kind == FW_TOKEN_WORD &&
           (d->toks[a - 1].flags & FW_TOKEN_CAPITALIZED))
        a--;
    const char *name = d->text + d->toks[a].start;
    size_t name_len = d->toks[p].end - d->toks[a].start;
    /* (back a bounded way: a long story's nominals cost no more) */
    for (const fw_ment *x = m; x-- > d->ments && m - x < 2048;) {
        if (x->entity != e || x->kind != FW_MENTION_NAME)
            continue;
        for (size_t k = x->tok;
             k > 0 && x->tok - k < 5 && d->toks[k - 1].kind == FW_TOKEN_WORD &&
             (d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED);
             k--)
            if (place_at(d, k - 1, p, name, name_len))
                return true;
        size_t k = x->tok_end;
        if (k + 1 < m->tok &&
            (fw_tok_punct(&d->toks[k], ',') || fw_tok_punct(&d->toks[k], '(') ||
             fw_tok_is(d, &d->toks[k], "of")))
            for (size_t y = k + 1; y < m->tok && y < k + 4; y++)
                if (place_at(d, y, p, name, name_len))
                    return true;
    }
    return false;
}

/* Is word 'id' a noun that may stand for a seat of power's government
 * ("the government", "the administration", "the presidency")? */
static bool seat_noun(uint32_t id)
{
    static const char *const nouns[] = {"government", "administration",
                                        "presidency", "palace", "office"};
    const char *f = id ? fw_lex_form(fw_lex_get(id)) : "";
    for (size_t k = 0; k < FW_COUNT(nouns); k++)
        if (strcmp(f, nouns[k]) == 0)
            return true;
    return false;
}

/* Does nominal m open with "a" or "an" ("a federal judge")? */
static bool indefinite(const fw_doc *d, const fw_ment *m)
{
    const fw_tok *t = &d->toks[m->tok];
    const char *s = d->text + t->start;
    size_t n = t->end - t->start;
    return (n == 1 && (s[0] | 0x20) == 'a') ||
           (n == 2 && (s[0] | 0x20) == 'a' && (s[1] | 0x20) == 'n');
}

/* Does a verb right before nominal m take it as its object ("blame
 * the referee"), not as what the subject is ("became the coach", "was
 * named the coach")? (Not a preposition: "the campaign of the former
 * senator" may be the senator's own.) */
static bool object_after_verb(const fw_doc *d, const fw_ment *m)
{
    static const char *const copulas[] = {"became", "become",    "becomes",
                                          "remain", "remains",   "remained",
                                          "named",  "appointed", "elected"};
    if (m->tok == 0)
        return false;
    const fw_tok *t = &d->toks[m->tok - 1];
    if (t->kind != FW_TOKEN_WORD || (t->flags & FW_TOKEN_CAPITALIZED))
        return false;
    if (fw_lex_get(t->word)->func)
        return false;
    for (size_t k = 0; k < FW_COUNT(copulas); k++)
        if (fw_tok_is(d, t, copulas[k]))
            return false;
    return true;
}

/* Does mention x open its sentence's main clause: nothing but function
 * words, capitalised words and titles before it ("On Monday, Coach X";
 * not "To stop X, the party ...")? */
static bool opens_clause(const fw_doc *d, const fw_ment *x)
{
    for (size_t k = d->sents[x->sent].first_token; k < x->tok; k++) {
        const fw_tok *t = &d->toks[k];
        const fw_lex_word *w = fw_lex_get(t->word);
        if (t->kind == FW_TOKEN_WORD && !(t->flags & FW_TOKEN_CAPITALIZED) &&
            !w->func && !(w->feats & FW_LEX_TITLE))
            return false;
    }
    return true;
}

/* The word of a nominal body that places it below a nation ("the state
 * legislature", "local police", "the county board"): its token, or
 * SIZE_MAX when it has none. */
static size_t subnational_word(const fw_doc *d, const fw_ment *m)
{
    static const char *const below[] = {"state",    "provincial", "regional",
                                        "local",    "municipal",  "county",
                                        "city",     "district",   "tribal"};
    for (size_t k = m->tok; k + 1 < m->tok_end; k++)
        for (size_t w = 0; w < FW_COUNT(below); w++)
            if (fw_tok_is(d, &d->toks[k], below[w]))
                return k;
    return SIZE_MAX;
}

/* Does entity 'e''s name hold the word of token k ("State" of "Oregon
 * State Senate")? */
static bool name_has_word(const fw_doc *d, const fw_ent *e, size_t k)
{
    if (e->name_ment < 0)
        return false;
    const fw_ment *n = &d->ments[e->name_ment];
    for (size_t x = n->tok; x < n->tok_end; x++)
        if (d->lower[x] == d->lower[k])
            return true;
    return false;
}

static int32_t resolve_nominal(resolver *r, const fw_ment *m)
{
    const fw_doc *d = r->d;
    int32_t best = -1;
    int best_score = 0;
    /* "the Wisconsin Republican": one named near that state */
    size_t place = nominal_place(d, m);
    /* "the president of the AFL-CIO" is no one else's title: it takes
     * only an entity that holds it */
    bool office = m->type == FW_ENTITY_PERSON && office_of_name(d, m);
    /* "the company" of a story about one goes back further than "the
     * minister" among several people, unless the minister is the one
     * person of that very title ("the chancellor" after "Chancellor X") */
    size_t reach = m->type == FW_ENTITY_ORGANIZATION ? 3 * REACH : REACH;
    /* "Sudan's army" is none but that country's */
    bool possessed = possessed_body(d, m);
    bool group = m->type == FW_ENTITY_ORGANIZATION && m->word &&
                 strcmp(fw_lex_form(fw_lex_get(m->word)), "group") == 0;
    /* "the state legislature" is no nation's Senate */
    size_t below = m->type == FW_ENTITY_ORGANIZATION ? subnational_word(d, m)
                                                      : SIZE_MAX;
    for (size_t k = r->n_recent; k-- > 0;) {
        int32_t e = r->recent[k];
        const fw_ent *ent = &d->ents[e];
        if (r->last_sent[e] + reach < m->sent + 1)
            break; /* and all before it */
        if (ent->type != m->type)
            continue;
        if (m->country && ent->country != m->country &&
            (ent->country || possessed))
            continue;
        if (m->gender && ent->gender && ent->gender != m->gender)
            continue;
        if (m->type == FW_ENTITY_PERSON && !office_agrees(d, ent, m))
            continue;
        /* "Berglund refused to blame the referee": the sentence's
         * subject is not whom a verb after it takes (but "To stop Cruz,
         * the party caricatures the Texas senator") */
        if (m->type == FW_ENTITY_PERSON && r->last_sent[e] == m->sent + 1 &&
            r->last_subject[e] && r->last_pos[e] < m->start &&
            object_after_verb(d, m) &&
            opens_clause(d, &d->ments[r->last_ment[e]]))
            continue;
        /* "Acme will buy Beta Corp, the company said": "the company"
         * takes up its sentence's subject or one before, not its object.
         * (A person's title tells more: "X took on Y after the
         * Democratic front-runner said" is Y.) */
        if (m->type == FW_ENTITY_ORGANIZATION &&
            r->last_sent[e] == m->sent + 1 && !r->last_subject[e] &&
            object_mention(d, &d->ments[r->last_ment[e]]))
            continue;
        /* (nor an outside expert's house: "said X, an analyst at
         * Creative Strategies. The company did not say": the story's) */
        if (m->type == FW_ENTITY_ORGANIZATION && expert_entity(r, e))
            continue;
        /* ('"Donald is a leader," said the 46-year-old': one named in
         * the words quoted is not who "the 46-year-old" or "the
         * Republican" who quotes them is) */
        if (m->type == FW_ENTITY_PERSON && !m->word &&
            r->last_sent[e] == m->sent + 1 && !(m->flags & FW_MF_IN_QUOTE) &&
            (d->ments[r->last_ment[e]].flags & FW_MF_IN_QUOTE))
            continue;
        if (place != SIZE_MAX && !named_near_place(d, m, e, place))
            continue;
        int score = 1;
        if (m->type == FW_ENTITY_PERSON) {
            int fit = title_fit(ent, m->word, m->title);
            if (office && fit < 3)
                continue;
            score += fit;
            if (r->last_sent[e] == m->sent + 1)
                score++;
            /* "X beat Y. The Spaniard said": with no title to tell, the
             * subject just before */
            if (fit == 0 && r->last_sent[e] == m->sent && r->last_subject[e])
                score++;
        } else {
            if (!orgs_compatible(ent->org, m->org))
                continue;
            if (below != SIZE_MAX && !name_has_word(d, ent, below))
                continue;
            /* (a seat of power is "the government", not "the ministry":
             * "The Kremlin said ... the ministry said") */
            if (ent->org == FW_ORG_SEAT && m->org != FW_ORG_SEAT &&
                !seat_noun(m->word))
                continue;
            /* ("the group": no school, company or government) */
            if (group &&
                (ent->org == FW_ORG_EDUCATION || ent->org == FW_ORG_COMPANY ||
                 ent->org == FW_ORG_GOVERNMENT))
                continue;
            /* (further back, only a body of the very kind, and not "the
             * government": which one, an agency's name does not tell) */
            if (r->last_sent[e] + REACH < m->sent + 1 &&
                (!m->org || ent->org != m->org || m->org == FW_ORG_GOVERNMENT))
                continue;
            if (ent->org == m->org)
                score++;
            /* "OPEC+ is expected to ..., sources from the group told
             * Reuters": its sentence's subject first */
            if (r->last_sent[e] == m->sent + 1 && r->last_subject[e])
                score += 2;
            /* "the bank" after "Harbor Bank": its own head word */
            if (m->word && ent->name_ment >= 0 &&
                d->toks[d->ments[ent->name_ment].tok_end - 1].word == m->word)
                score += 2;
        }
        if (m->country && ent->country == m->country)
            score += 2;
        if (score > best_score)
            best = e, best_score = score;
    }
    if (best < 0 && m->type == FW_ENTITY_PERSON)
        best = holder_of_title(r, m, 3 * REACH);
    return best;
}

/* "she" with no one of her gender in the last two sentences: the one
 * person of that gender named in the few before, when no one else there
 * may be ("Her attack on Sanders ... On Tuesday she doubled down"), else
 * -1. */
static int32_t only_person_of_gender(resolver *r, const fw_ment *m)
{
    const fw_doc *d = r->d;
    int32_t found = -1;
    for (size_t k = r->n_recent; k-- > 0;) {
        int32_t e = r->recent[k];
        const fw_ent *ent = &d->ents[e];
        if (r->last_sent[e] + 5 < m->sent + 1)
            break; /* and all before it */
        if (ent->type != FW_ENTITY_PERSON ||
            (ent->gender && ent->gender != m->gender))
            continue;
        if (found >= 0 || !ent->gender)
            return -1; /* (one of no known gender may be the one) */
        found = e;
    }
    return found;
}

static int32_t resolve_pronoun(resolver *r, const fw_ment *m)
{
    const fw_doc *d = r->d;
    bool person = m->gender == FW_GENDER_M || m->gender == FW_GENDER_F;
    bool plural = (m->flags & FW_MF_PLURAL) != 0;
    bool neuter = m->gender == FW_GENDER_N;
    int32_t best = -1;
    int best_score = 0;
    for (size_t k = r->n_recent; k-- > 0;) {
        int32_t e = r->recent[k];
        const fw_ent *ent = &d->ents[e];
        if (r->last_sent[e] + 2 < m->sent + 1)
            break; /* and all before it */
        if (person) {
            if (ent->type != FW_ENTITY_PERSON)
                continue;
            if (ent->gender && ent->gender != m->gender)
                continue;
        } else if (neuter) {
            if (ent->type != FW_ENTITY_ORGANIZATION &&
                ent->type != FW_ENTITY_PLACE)
                continue;
            /* (not a pollster or an analyst's house, last named as such:
             * "analysts surveyed by X ... It takes net income") */
            if (expert_entity(r, e))
                continue;
        } else if (plural) {
            /* "they" is people more often than not; an organisation
             * only when it was the subject just before. */
            if (ent->type == FW_ENTITY_GROUP)
                ;
            else if (ent->type != FW_ENTITY_ORGANIZATION ||
                     !r->last_subject[e] || r->last_sent[e] + 1 < m->sent + 1)
                continue;
        }
        int score = 1;
        bool same = r->last_sent[e] == m->sent + 1;
        if (same)
            score += 3;
        else if (r->last_sent[e] == m->sent)
            score += 1;
        if (r->last_subject[e])
            score += 2;
        if (ent->gender == m->gender && person)
            score += 1;
        score += (int)(k * 2 / RECENT); /* recency */
        if (score > best_score)
            best = e, best_score = score;
    }
    if (best < 0 && person)
        best = only_person_of_gender(r, m);
    return best;
}

/* ------------------------------------------------------------------ */

/* "Trump's envoy Steve Witkoff": a title owned by someone ("X's") takes
 * the owner's country when it gives none of its own. */
static uint16_t possessor_country(const fw_doc *d, int32_t title)
{
    if (title < 1)
        return 0;
    const fw_ment *t = &d->ments[title];
    const fw_ment *p = &d->ments[title - 1];
    if (!(p->flags & FW_MF_POSSESSIVE) || p->sent != t->sent ||
        p->end > t->start || t->start - p->end > 4 || p->entity < 0)
        return 0;
    for (uint32_t i = p->end; i < t->start; i++) /* only "'s " between */
        if (d->text[i] != ' ' && d->text[i] != '\'' && d->text[i] != 's' &&
            d->text[i] != 'S' && (unsigned char)d->text[i] < 0x80)
            return 0;
    return d->ents[p->entity].country;
}

/* Is nominal n "the" and a name, then a noun that may say what kind of
 * body the name is ("the Teamsters union", "the Likud party"), not one
 * of its parts ("a Senate committee", "the Acme board")? (The caller
 * asks that the two be bodies of one kind: "the Boeing union" is not
 * Boeing.) */
static bool body_label(const fw_doc *d, const fw_ment *n)
{
    static const char *const kinds[] = {
        "union",     "company",  "party",   "group",      "firm",   "bank",
        "network",   "airline",  "carrier", "newspaper",  "agency", "alliance",
        "coalition", "movement", "militia", "association"};
    const fw_tok *a = &d->toks[n->tok], *h = &d->toks[n->tok_end - 1];
    if (!fw_tok_is(d, a, "the") && !fw_tok_is(d, a, "The"))
        return false;
    for (size_t k = 0; k < FW_COUNT(kinds); k++)
        if (fw_tok_is(d, h, kinds[k]))
            return true;
    return false;
}

static fw_status resolve(resolver *r)
{
    fw_doc *d = r->d;
    /* Pass one: full names. */
    for (size_t i = 0; i < d->n_ments; i++) {
        const fw_ment *m = &d->ments[i];
        if (m->kind != FW_MENTION_NAME)
            continue;
        fw_status st = place_full_name(r, i);
        if (st != FW_OK)
            return st;
    }
    r->last_pos = fw_arena_alloc(&d->arena, (d->n_ents + d->n_ments + 1) *
                                                sizeof *r->last_pos);
    r->last_sent = fw_arena_alloc(&d->arena, (d->n_ents + d->n_ments + 1) *
                                                 sizeof *r->last_sent);
    r->last_subject = fw_arena_alloc(&d->arena, d->n_ents + d->n_ments + 1);
    r->last_ment = fw_arena_alloc(&d->arena, (d->n_ents + d->n_ments + 1) *
                                                 sizeof *r->last_ment);
    if (!r->last_pos || !r->last_sent || !r->last_subject || !r->last_ment)
        return FW_ENOMEM;
    /* Pass two, in text order. */
    for (size_t i = 0; i < d->n_ments; i++) {
        fw_ment *m = &d->ments[i];
        int32_t e = m->entity;
        switch (m->kind) {
        case FW_MENTION_NAME:
            if (e < 0) {
                /* a name of several words of no known type is a person
                 * named so before, not its first word's entity ("the
                 * Trump Taj Mahal") */
                e = m->type == FW_TYPE_UNKNOWN && m->tok_end - m->tok > 1
                        ? same_full_name(r, m)
                        : resolve_single(r, m);
                if (e < 0 && m->type != FW_TYPE_UNKNOWN) {
                    e = new_entity(r, (int32_t)i, m->type);
                    if (e < 0)
                        return FW_ENOMEM;
                    fw_ent *ent = &d->ents[e];
                    ent->country = m->country;
                    ent->org = m->org;
                    ent->gender = m->gender;
                    int kind = m->type == FW_ENTITY_PERSON  ? KEY_LAST
                               : m->type == FW_ENTITY_PLACE ? KEY_PLACE
                                                            : KEY_ORG;
                    if (key_add(r, token_key(d, kind, m->tok), e) != FW_OK)
                        return FW_ENOMEM;
                }
                if (e >= 0)
                    join(r, i, e);
            }
            break;
        case FW_MENTION_DEMONYM: {
            if (!m->country)
                break;
            uint32_t h = country_key(m->country);
            e = key_best(r, h, FW_ENTITY_PLACE, m);
            if (e < 0) {
                e = new_entity(r, -1, FW_ENTITY_PLACE);
                if (e < 0 || key_add(r, h, e) != FW_OK)
                    return FW_ENOMEM;
                d->ents[e].canon = fw_country_name(m->country);
                d->ents[e].country = m->country;
                d->ents[e].first = m->start;
            }
            m->entity = e;
            break;
        }
        case FW_MENTION_TITLE:
            break; /* below: titles follow their names */
        case FW_MENTION_NOMINAL:
            e = apposed_name(d, i);
            /* ("a judge" is someone not met yet) */
            if (e < 0 && !indefinite(d, m))
                e = resolve_nominal(r, m);
            /* a country's body is one of its own */
            if (e < 0 && (possessed_body(d, m) || demonym_body(d, m))) {
                e = new_entity(r, (int32_t)i, m->type);
                if (e < 0)
                    return FW_ENOMEM;
                d->ents[e].country = m->country;
                d->ents[e].org = m->org;
            }
            m->entity = e;
            if (e >= 0 && m->type == FW_ENTITY_PERSON) {
                fw_ent *ent = &d->ents[e];
                if (!ent->country)
                    ent->country = m->country;
                if (!ent->title) {
                    ent->title = m->title;
                    ent->title_word = m->word;
                    ent->title_not_held = not_held(d, m);
                }
            }
            break;
        case FW_MENTION_PRONOUN:
            if (!(m->flags & FW_MF_FIRST_PERSON)) {
                e = resolve_pronoun(r, m);
                m->entity = e;
                if (e >= 0 && !d->ents[e].gender &&
                    (m->gender == FW_GENDER_M || m->gender == FW_GENDER_F))
                    d->ents[e].gender = m->gender;
            }
            break;
        }
        /* Titles take their name's entity, and give it a title. */
        if (m->kind == FW_MENTION_NAME && m->link >= 0 && m->entity >= 0) {
            fw_ment *t = &d->ments[m->link];
            t->entity = m->entity;
            fw_ent *ent = &d->ents[m->entity];
            if (!ent->country)
                ent->country = t->country;
            if (!ent->country)
                ent->country = possessor_country(d, m->link);
            if (!ent->title) {
                ent->title = t->title;
                ent->title_word = t->word;
                ent->title_not_held = not_held(d, t);
            }
            if (!ent->gender)
                ent->gender = t->gender;
        }
        /* "the Teamsters union": a body's nominal that the body's name
         * qualifies, read before the name, is the body */
        if (m->kind == FW_MENTION_NAME && m->entity >= 0 && i > 0 &&
            (m->type == FW_ENTITY_ORGANIZATION || m->type == FW_ENTITY_GROUP)) {
            fw_ment *n = &d->ments[i - 1];
            if (n->kind == FW_MENTION_NOMINAL && n->entity < 0 &&
                n->type == FW_ENTITY_ORGANIZATION && n->tok + 1 == m->tok &&
                m->tok_end + 1 == n->tok_end && body_label(d, n) &&
                n->org == d->ents[m->entity].org)
                n->entity = m->entity;
        }
        if (m->entity >= 0 && !(m->flags & FW_MF_NESTED))
            touch(r, m->entity, m);
    }
    return FW_OK;
}

/* A headline names its people by title more than by name ("..., says
 * Bank of England governor"), and a lead keeps a name for the paragraphs
 * after it ("A federal judge on Tuesday blocked ..."): a person's nominal
 * there that found no one before it is the first person the body gives
 * that title to. */
static void resolve_headline_titles(fw_doc *d)
{
    /* the end of the lead, the first paragraph: "Ukraine's president
     * said ..." before "President Volodymyr Zelenskyy" */
    size_t lead = fw_lead_block(d);
    size_t lead_end = lead < d->n_blocks ? d->block_tok[lead + 1] : 0;
    /* (a headline holds a nominal or two; a few are looked at, so that
     * a huge one costs no time quadratic in its length) */
    size_t asked = 0;
    for (size_t i = 0; i < d->n_ments && asked < 8; i++) {
        fw_ment *m = &d->ments[i];
        bool headline = in_headline(d, m);
        if (!headline && m->tok >= lead_end)
            break; /* (mentions are in text order) */
        if (m->kind != FW_MENTION_NOMINAL || m->type != FW_ENTITY_PERSON ||
            m->entity >= 0 || !m->word)
            continue;
        asked++;
        int32_t first = -1;
        for (size_t e = 0; e < d->n_ents; e++) {
            const fw_ent *ent = &d->ents[e];
            if (ent->type == FW_ENTITY_PERSON &&
                title_fit(ent, m->word, m->title) == 3 &&
                office_agrees(d, ent, m) &&
                !(m->country && ent->country && ent->country != m->country) &&
                (first < 0 || ent->first < d->ents[first].first))
                first = (int32_t)e;
        }
        m->entity = first;
    }
}

fw_status fw_find_entities(fw_doc *d)
{
    resolver r;
    memset(&r, 0, sizeof r);
    r.d = d;
    /* Chained buckets: a mention adds one to three keys, most add none. */
    fw_status st = keys_init(&r, d->n_ments / 2 + 16);
    if (st == FW_OK)
        st = resolve(&r);
    if (st == FW_OK)
        resolve_headline_titles(d);
    /* A name whose words left its type open ("Hannity") has its
     * entity's, for the stages after ("Hannity started" is a person's
     * act). */
    for (size_t i = 0; st == FW_OK && i < d->n_ments; i++) {
        fw_ment *m = &d->ments[i];
        if (m->kind == FW_MENTION_NAME && m->type == FW_TYPE_UNKNOWN &&
            m->entity >= 0)
            m->type = d->ents[m->entity].type;
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* The public view                                                     */

/* Text 't' of tokens [a, b) on one line: as it stands when single
 * spaces part the tokens (most names: no copy), else a copy with each
 * run of white space one space (see fw_arena_one_line()). */
static fw_status on_one_line(fw_doc *d, size_t a, size_t b, fw_str *t)
{
    for (size_t k = a + 1; k < b; k++)
        if (d->toks[k].start != d->toks[k - 1].end + 1 ||
            d->text[d->toks[k - 1].end] != ' ')
            return (t->ptr = fw_arena_one_line(&d->arena, t->ptr, &t->len))
                       ? FW_OK
                       : FW_ENOMEM;
    return FW_OK;
}

/* Case-insensitive equality of two short strings. */
static bool same_text(const char *a, size_t an, const char *b, size_t bn)
{
    char x[128], y[128];
    size_t n = fw_lower(a, an, x, sizeof x), m = fw_lower(b, bn, y, sizeof y);
    return n && n == m && memcmp(x, y, n) == 0;
}

fw_status fw_export_entities(fw_doc *d)
{
    fw_arena *a = &d->arena;
    size_t nm = d->n_ments, ne = d->n_ents;
    d->pub_mentions = fw_arena_alloc(a, (nm + 1) * sizeof *d->pub_mentions);
    uint32_t *first = fw_arena_alloc_raw(a, (ne + 1) * sizeof *first);
    size_t *count = fw_arena_alloc(a, (ne + 1) * sizeof *count);
    int32_t *pub = fw_arena_alloc(a, (ne + 1) * sizeof *pub);
    if (!d->pub_mentions || !first || !count || !pub)
        return FW_ENOMEM;
    for (size_t e = 0; e <= ne; e++)
        first[e] = UINT32_MAX;
    /* Without branches (a mention of no entity counts in the spare slot
     * ne): which mentions come first is as good as random. */
    for (size_t i = 0; i < nm; i++) {
        const fw_ment *m = &d->ments[i];
        size_t e = m->entity < 0 ? ne : (size_t)m->entity;
        count[e]++;
        first[e] = m->start < first[e] ? m->start : first[e];
    }
    /* Entities in the order of their first mentions. */
    uint32_t *ord = fw_sort_by_key(a, first, ne);
    if (!ord)
        return FW_ENOMEM;
    size_t np = 0;
    for (size_t k = 0; k < ne; k++) {
        uint32_t e = ord[k];
        pub[e] = -1;
        if (count[e] && d->ents[e].type != FW_TYPE_UNKNOWN)
            pub[e] = (int32_t)np++;
    }
    d->pub_of_ent = pub;
    d->pub_entities = fw_arena_alloc(a, (np + 1) * sizeof *d->pub_entities);
    size_t *lists = fw_arena_alloc(a, (nm + 1) * sizeof *lists);
    fw_str *titles = fw_arena_alloc(a, (nm + 1) * sizeof *titles);
    size_t *fill = fw_arena_alloc(a, (np + 1) * sizeof *fill);
    if (!d->pub_entities || !lists || !titles || !fill)
        return FW_ENOMEM;
    d->n_pub_entities = np;
    /* Mention lists, laid out entity after entity. */
    size_t at = 0;
    for (size_t k = 0; k < ne; k++) {
        uint32_t e = ord[k];
        if (pub[e] < 0)
            continue;
        fw_entity *pe = &d->pub_entities[pub[e]];
        pe->mentions = lists + at;
        pe->titles = titles + at;
        at += count[e];
    }
    for (size_t i = 0; i < nm; i++) {
        const fw_ment *m = &d->ments[i];
        fw_mention *pm = &d->pub_mentions[i];
        pm->span.start = m->start;
        pm->span.end = m->end;
        pm->kind = (fw_mention_kind)m->kind;
        pm->entity = FW_NONE;
        if (m->entity < 0 || pub[m->entity] < 0)
            continue;
        size_t p = (size_t)pub[m->entity];
        pm->entity = p;
        fw_entity *pe = &d->pub_entities[p];
        ((size_t *)pe->mentions)[pe->n_mentions++] = i;
        /* Titles: "US President"; a nominal without its article. */
        if (m->kind != FW_MENTION_TITLE &&
            !(m->kind == FW_MENTION_NOMINAL && m->type == FW_ENTITY_PERSON))
            continue;
        size_t s = m->tok, e = m->tok_end;
        if (m->kind == FW_MENTION_NOMINAL && s + 1 < e)
            s++;
        fw_str t = {d->text + d->toks[s].start,
                    d->toks[e - 1].end - d->toks[s].start};
        if (on_one_line(d, s, e, &t) != FW_OK)
            return FW_ENOMEM;
        bool dup = false;
        for (size_t k = 0; k < pe->n_titles && !dup; k++)
            dup = same_text(pe->titles[k].ptr, pe->titles[k].len, t.ptr, t.len);
        if (!dup)
            ((fw_str *)pe->titles)[pe->n_titles++] = t;
    }
    for (size_t k = 0; k < ne; k++) {
        uint32_t e = ord[k];
        if (pub[e] < 0)
            continue;
        const fw_ent *ent = &d->ents[e];
        fw_entity *pe = &d->pub_entities[pub[e]];
        pe->id = fw_arena_id(a, 'E', (size_t)pub[e] + 1);
        if (!pe->id)
            return FW_ENOMEM;
        pe->type = (fw_entity_type)ent->type;
        pe->country = ent->country ? fw_country_code(ent->country) : NULL;
        if (ent->canon) {
            pe->name.ptr = ent->canon;
            pe->name.len = strlen(ent->canon);
        } else if (ent->name_ment >= 0) {
            const fw_ment *m = &d->ments[ent->name_ment];
            pe->name = (fw_str){d->text + m->start, m->end - m->start};
            /* (from the "The" it may begin with: "The New York Times";
             * not a nominal's article: "the Israeli military") */
            size_t from = m->tok - (m->start < d->toks[m->tok].start);
            if (m->kind == FW_MENTION_NOMINAL && m->tok + 1 < m->tok_end &&
                (fw_tok_is(d, &d->toks[m->tok], "the") ||
                 fw_tok_is(d, &d->toks[m->tok], "The"))) {
                from = m->tok + 1;
                pe->name = (fw_str){d->text + d->toks[from].start,
                                    m->end - d->toks[from].start};
            }
            if (on_one_line(d, from, m->tok_end, &pe->name) != FW_OK)
                return FW_ENOMEM;
        } else {
            pe->name.ptr = "";
        }
    }
    return FW_OK;
}
