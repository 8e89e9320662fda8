/*
 * quote.c - the quotations stage: who said what.
 *
 * Input: tokens, sentences, quoted spans (quotemark.c), mentions and
 * entities. Output: d->quots in text order: direct quotations (content in
 * quotation marks, split parts joined), mixed ones (reported speech with a
 * quoted fragment), indirect ones (reported speech, beliefs and
 * intentions without quotation marks), nested ones and AFP subheads, each
 * with its cue, its source (the words naming the speaker) and its speaker
 * (an entity). First-person pronouns inside a quotation become its
 * speaker's mentions.
 *
 * Approach: cues come from the lexicon (every inflected form listed).
 * Each quoted span looks for its attribution right after its closing mark
 * ("...," X said / said X) or right before its opening one (X said:
 * "..."); one that finds none continues the last speaker when it stands
 * alone, or is a fragment left to the clause around it. Then every cue not
 * yet used reports a clause: its source is the noun phrase before it (or
 * after, "said X", "according to X"), its content the clause after it or,
 * at the end of a sentence, the clause before it ("..., officials said").
 * A content holding a quoted fragment is mixed. Subheads are matched to
 * the body quotation they repeat. All searches are bounded windows of
 * tokens, so the stage is linear.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

/* How far (in tokens) an attribution may stand from its quotation. */
#define NEAR 24

/* qctx.used bits, per token. */
enum {
    USED_CUE = 1,         /* part of a cue already attributed */
    USED_DIRECT_OPEN = 2, /* opens a direct quotation */
    USED_DIRECT = 4,      /* inside a direct quotation or its marks */
    USED_PAIRED = 8       /* a quotation mark that pairs with another */
};

typedef struct qctx {
    fw_doc *d;
    uint32_t *sent_of;    /* per token: its sentence, or UINT32_MAX */
    int32_t *ment_at;     /* per token: the mention starting there, or -1 */
    int32_t *ment_end;    /* per token: a mention ending just before, or -1 */
    uint8_t *used;        /* per token: USED_* bits */
    int32_t *qspan_quot;  /* per quoted span: its quotation, or -1 */
    uint32_t *by_open;    /* the quoted spans in the order of their
                             opening marks */
    uint32_t *first_word; /* per sentence: its first word token */
    uint32_t *last_word;  /* per sentence: its last word token + 1 */
    size_t next_cue;      /* d->cue_toks before this are passed */
} qctx;

/* ------------------------------------------------------------------ */
/* Tokens                                                              */

static inline const fw_lex_word *lexw(const fw_doc *d, size_t i)
{
    return fw_lex_get(d->toks[i].word);
}

static inline bool is_word(const fw_doc *d, size_t i)
{
    return d->toks[i].kind == FW_TOKEN_WORD;
}

static bool in_quote(const fw_doc *d, size_t i)
{
    return (d->toks[i].flags & FW_TF_IN_QUOTE) != 0;
}

/* Is token i a quotation mark that closes? */
static bool closing_mark(const fw_doc *d, size_t i)
{
    return d->toks[i].kind == FW_TOKEN_QUOTE &&
           !(d->toks[i].flags & FW_TOKEN_OPENS);
}

static inline bool punct(const fw_doc *d, size_t i, char c)
{
    return fw_tok_punct(&d->toks[i], c);
}

static inline bool tok_eq(const fw_doc *d, size_t i, const char *s)
{
    return fw_tok_is(d, &d->toks[i], s);
}

/* A double quotation mark (single ones are as often apostrophes:
 * "Sanders' campaign"). */
static bool is_quote_mark(const fw_doc *d, size_t i)
{
    return d->toks[i].kind == FW_TOKEN_QUOTE &&
           !(d->toks[i].flags & FW_TOKEN_SINGLE);
}

/* A clause ends before token i: terminal or clause punctuation. */
static bool clause_stop(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    if (t->kind == FW_TOKEN_PUNCT)
        return (t->flags & FW_TF_TERMINAL) || punct(d, i, ';') ||
               punct(d, i, ':') || punct(d, i, '(') || punct(d, i, ')');
    return t->kind == FW_TOKEN_DASH;
}

/* An auxiliary with "not" joined to it: "don't", "didn’t", "won't". */
static bool negated_aux(const fw_doc *d, size_t i)
{
    return is_word(d, i) && fw_tok_not_joined(d, &d->toks[i]);
}

static bool adverb_or_aux(const fw_doc *d, size_t i)
{
    if (!is_word(d, i) || (d->toks[i].flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *w = lexw(d, i);
    if (w->func == FW_FUNC_AUX || w->func == FW_FUNC_ADV)
        return true;
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    return (n > 4 && d->text[t->end - 2] == 'l' && d->text[t->end - 1] == 'y' &&
            !(w->feats & FW_LEX_CUE)) ||
           negated_aux(d, i);
}

/* A lower-case word in -ed that is no adjective we know: "ranked",
 * "conceded". */
static bool past_verb(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    if (!is_word(d, i) || (t->flags & FW_TOKEN_CAPITALIZED) ||
        t->end - t->start < 4)
        return false;
    const char *e = d->text + t->end;
    return e[-2] == 'e' && e[-1] == 'd' && !lexw(d, i)->func;
}

/* "he", "she", "they", "we": a clause's subject. */
static bool subject_pronoun(const fw_doc *d, size_t i)
{
    const fw_lex_word *w = lexw(d, i);
    return is_word(d, i) && (w->feats & FW_LEX_PRONOUN) &&
           (w->pron & FW_PRON_SUBJ);
}

/* Words that open a subordinate or coordinate clause. */
static bool subordinator(const fw_doc *d, size_t i)
{
    return is_word(d, i) && (lexw(d, i)->ctx & FW_CTX_SUBORD);
}

/* ------------------------------------------------------------------ */
/* Cues                                                                */

typedef struct cue {
    size_t start, end; /* tokens of the cue, auxiliaries included */
    size_t verb;       /* the cue word itself */
    uint8_t cls;       /* FW_CUE_* */
    bool object;       /* takes its hearer first ("told X that") */
    bool participle;   /* "adding", "saying": the subject is elsewhere */
    bool nominal;      /* a noun before its clause: "his claim that" */
    bool passive;      /* a participle after "be": "was told", "is
                          expected", "were claimed" */
} cue;

/* Does a compound of names end just before token i ("Bush and
 * Christie say")? (ment_end[k] is the mention that ends before k.) */
static bool compound_before(const qctx *q, size_t i)
{
    int32_t m = q->ment_end[i];
    if (m < 0)
        return false;
    size_t a = q->d->ments[m].tok;
    return a >= 2 && tok_eq(q->d, a - 1, "and") && q->ment_end[a - 1] >= 0;
}

static uint32_t block_of(const fw_doc *d, size_t at);

/* Is token i in a headline: a headline block, or a first paragraph of
 * one short line (where words are capitalised as titles are)? */
static bool headline_at(const fw_doc *d, size_t i)
{
    uint32_t b = block_of(d, d->toks[i].start);
    if (d->blocks[b].kind == FW_BLOCK_HEADLINE)
        return true;
    return b == 0 && d->block_tok && d->block_tok[1] - d->block_tok[0] <= 25;
}

static bool judge_cue(const qctx *q, size_t i, size_t s0, size_t s1, cue *c);
static bool comma_before(const fw_doc *d, size_t i);
static bool bullet(const fw_doc *d, size_t i);
static bool person_label(const qctx *q, size_t lo, size_t colon);
static size_t content_end(const qctx *q, size_t k, size_t hi);
static bool closing_tag(const qctx *q, size_t y, size_t e);
static bool tag_follows(const qctx *q, size_t y, size_t hi);
static bool quoted_title(const qctx *q, size_t o, size_t c);
static size_t quoted_title_end(const qctx *q, size_t i, size_t hi);
static bool titled_in(const fw_doc *d, size_t a, size_t b);
static bool finite_verb_in(const fw_doc *d, size_t a, size_t b);
static bool time_only(const fw_doc *d, size_t a, size_t b);

/* How far a content's searches for its first verb and its first modal
 * have come (verbless_before(), bare_after_modal()). */
typedef struct content_scan {
    size_t verb_next, modal_next; /* the first token not yet read */
    bool verb, modal;             /* one has been read */
} content_scan;
static bool verbless_before(const fw_doc *d, content_scan *cs, size_t x);
static bool bare_after_modal(const fw_doc *d, content_scan *cs, size_t x,
                             size_t v);
static bool verb_object_at(const fw_doc *d, size_t y);
static bool quoted_predicate(const qctx *q, size_t a, size_t hi);
static bool holds_quote(const qctx *q, size_t a, size_t b);
static size_t quote_closing(const qctx *q, size_t a, size_t b);
static bool only_circumstance(const qctx *q, const cue *c, size_t k, size_t hi,
                              size_t most);

/* Is there a cue at token i? Fills '*c'. Most tokens fail the first
 * tests, so those are made inline. */
static inline bool cue_at(const qctx *q, size_t i, size_t s0, size_t s1, cue *c)
{
    const fw_doc *d = q->d;
    const fw_tok *t = &d->toks[i];
    if (!((t->kind == FW_TOKEN_WORD) & ((t->aux & FW_WA_CUE) != 0) &
          !in_quote(d, i)))
        return false; /* (one branch: see fw_tok_is) */
    return judge_cue(q, i, s0, s1, c);
}

/* Does a quotation that pairs with a closing mark open at token x? */
static bool opens_pair(const qctx *q, size_t x)
{
    return (q->used[x] & USED_PAIRED) && (q->d->toks[x].flags & FW_TOKEN_OPENS);
}

/* Is token i the word 's' in any case? Inline, so that a literal's
 * length folds away. */
static inline bool word_ci(const fw_doc *d, size_t i, const char *s)
{
    const fw_tok *t = &d->toks[i];
    size_t n = strlen(s);
    if ((t->end - t->start != n) |
        ((d->text[t->start] | 0x20) != (s[0] | 0x20)))
        return false; /* most tokens (one branch: see fw_tok_is) */
    return strncasecmp(d->text + t->start, s, n) == 0;
}

/* A word a rule looks for, its length counted when compiled. */
typedef struct word_form {
    const char *s;
    size_t n;
} word_form;

#define WF(lit)                                                                \
    {                                                                          \
        lit, sizeof lit - 1                                                    \
    }

/* Is token i one of the n 'forms', in any case ('any_case') or exactly?
 * Length and first byte are tested together (one branch each, seldom
 * taken; see fw_tok_is). */
static bool form_among(const fw_doc *d, size_t i, const word_form *forms,
                       size_t n, bool any_case)
{
    const fw_tok *t = &d->toks[i];
    size_t len = t->end - t->start;
    const char *s = d->text + t->start;
    unsigned fold = any_case ? 0x20 : 0;
    for (size_t k = 0; k < n; k++)
        if ((forms[k].n == len) & ((unsigned char)(forms[k].s[0] | fold) ==
                                   (unsigned char)(s[0] | fold)) &&
            (any_case ? strncasecmp(s, forms[k].s, len)
                      : memcmp(s, forms[k].s, len)) == 0)
            return true;
    return false;
}

/* Is token i, in any case, one of the n 'words'? */
static bool word_among(const fw_doc *d, size_t i, const word_form *words,
                       size_t n)
{
    return form_among(d, i, words, n, true);
}

/* A form of "be" ("is", "were", "been"). */
static bool be_form(const fw_doc *d, size_t i)
{
    static const word_form forms[] = {WF("is"),    WF("are"), WF("was"),
                                      WF("were"),  WF("be"),  WF("been"),
                                      WF("being"), WF("am")};
    return is_word(d, i) && lexw(d, i)->func == FW_FUNC_AUX &&
           word_among(d, i, forms, FW_COUNT(forms));
}

/* A past participle: a word in -ed, or one of the irregular ones that
 * report ("told", "known", "seen"). */
static bool participle(const fw_doc *d, size_t i)
{
    static const word_form irregular[] = {
        WF("told"),  WF("said"),   WF("thought"), WF("known"),
        WF("shown"), WF("seen"),   WF("written"), WF("heard"),
        WF("felt"),  WF("sought"), WF("taught"),  WF("spoken")};
    return past_verb(d, i) ||
           (is_word(d, i) && !(d->toks[i].flags & FW_TOKEN_CAPITALIZED) &&
            word_among(d, i, irregular, FW_COUNT(irregular)));
}

/* "Officers were called to the scene", "troops were called in",
 * "reservists are called up": "called" in the passive with a particle of
 * motion after it summons; it reports nothing ("was called a liar" and
 * "was called out" do). */
static bool summoned(const fw_doc *d, size_t verb, size_t end, size_t s1)
{
    static const word_form particles[] = {WF("to"),   WF("in"),  WF("up"),
                                          WF("back"), WF("off"), WF("away")};
    return end < s1 && is_word(d, end) && tok_eq(d, verb, "called") &&
           word_among(d, end, particles, FW_COUNT(particles));
}

/* "He's said he ...", "she's told reporters": after a subject pronoun,
 * the clitic before participle i is "has", not a possessive; but "he's
 * expected to", "it's seen as" are "is", a passive ("he's reported from",
 * intransitive, reports nothing). Before a form in -ing it is "is"
 * ("he's predicting he will ..."). */
static bool clitic_aux(const fw_doc *d, size_t i)
{
    static const word_form no_clause_after[] = {
        WF("to"), WF("as"), WF("by"), WF("for"), WF("with"), WF("from")};
    return i >= 2 && subject_pronoun(d, i - 2) &&
           ((participle(d, i) && !word_among(d, i + 1, no_clause_after,
                                             FW_COUNT(no_clause_after))) ||
            fw_ing_form(d, i));
}

/* Quantifiers that stand for people: "Some said", "Others say". */
static bool people_word(const fw_doc *d, size_t i)
{
    static const word_form words[] = {WF("some"),    WF("many"), WF("most"),
                                      WF("others"),  WF("few"),  WF("several"),
                                      WF("another"), WF("one")};
    return word_among(d, i, words, FW_COUNT(words));
}

/* ... that opens its clause, a subject ("Some hope", "but many fear",
 * "no one expects"), not a verb's or a preposition's object ("to find
 * some hope")? */
static bool people_subject(const fw_doc *d, size_t i, size_t s0)
{
    return people_word(d, i) &&
           (i == s0 || !is_word(d, i - 1) ||
            lexw(d, i - 1)->func == FW_FUNC_CONJ || subordinator(d, i - 1) ||
            word_ci(d, i - 1, "no"));
}

/* Is there a quotation mark in tokens [s0, i)? Then an -s form at i is
 * its attribution's verb: '"...," the report claims'. */
static bool quote_before(const fw_doc *d, size_t s0, size_t i)
{
    for (size_t k = s0; k < i; k++)
        if (is_quote_mark(d, k))
            return true;
    return false;
}

/* Is token i in a quotation's tag: a closing mark after a comma, "!" or
 * "?" a few words before it, nothing but words between
 * ('"...," X barked in anger')? (The mark may lie before where the
 * search for the tag's cue began.) */
static bool in_tag(const fw_doc *d, size_t i)
{
    for (size_t k = i; k > 1 && k + 6 > i; k--) {
        if (closing_mark(d, k - 1))
            return punct(d, k - 2, ',') || punct(d, k - 2, '!') ||
                   punct(d, k - 2, '?');
        if (!is_word(d, k - 1))
            return false;
    }
    return false;
}

/* Is the capitalised cue word at token i, whose form ends at 'end', a
 * participle that opens its sentence in prose ("Noting that A, X said
 * B", "Citing the costs, officials ...")? Its clause follows it. */
static bool opening_participle(const fw_doc *d, size_t i, size_t end, size_t s1)
{
    const fw_tok *t = &d->toks[i];
    return (t->aux & FW_WA_OPENS) && end + 1 < s1 && end == i + 1 &&
           fw_ing_form(d, i) && !(t->flags & FW_TOKEN_ALL_CAPS) &&
           !headline_at(d, i) && is_word(d, end) &&
           !(d->toks[end].flags & FW_TOKEN_CAPITALIZED);
}

/* Is the bare form at token i, after the noun at b, a verb before
 * "that" and a clause's subject ("Data show that the ...", "New
 * figures suggest that he"), no article in the words before it (not
 * "the show that the network aired")? */
static bool noun_then_clause(const fw_doc *d, size_t i, size_t b, size_t s0,
                             size_t s1)
{
    if (!(i + 2 < s1 && tok_eq(d, i + 1, "that") && is_word(d, b) &&
          !lexw(d, b)->func && b + 1 == i))
        return false;
    for (size_t k = b; k-- > s0 && k + 3 > b;)
        if (is_word(d, k) && (lexw(d, k)->func == FW_FUNC_DET ||
                              (lexw(d, k)->pron & FW_PRON_POSS)))
            return false;
    size_t n = i + 2;
    const fw_lex_word *w = lexw(d, n);
    return d->toks[n].kind == FW_TOKEN_NUMBER ||
           (is_word(d, n) &&
            (w->func == FW_FUNC_DET || (w->pron & FW_PRON_SUBJ) ||
             (d->toks[n].flags & FW_TOKEN_CAPITALIZED)));
}

/* Does a relative word open the clause that token i is in, within a
 * few words before it ("which the agency estimates", "what it hopes")? */
static bool relative_before(const fw_doc *d, size_t s0, size_t i)
{
    static const word_form relatives[] = {WF("which"), WF("what"), WF("that"),
                                          WF("who"), WF("whom")};
    for (size_t k = i; k > s0 && k + 8 > i; k--) {
        if (!is_word(d, k - 1))
            return false;
        if (word_among(d, k - 1, relatives, FW_COUNT(relatives)))
            return true;
    }
    return false;
}

/* Is the -s form at token i ("reports", "claims") a plural noun here:
 * after a number ("four local reports"), before "and" or "or", or
 * before a comma with nothing quoted before it ("in 20 reports, according
 * to")? */
static bool plural_noun_use(const fw_doc *d, size_t i, size_t s0, size_t s1)
{
    static const word_form quantifiers[] = {
        WF("other"), WF("many"), WF("several"), WF("few"),  WF("these"),
        WF("those"), WF("both"), WF("various"), WF("such"), WF("numerous")};
    static const word_form have[] = {WF("have"), WF("has"), WF("had"),
                                     WF("having")};
    if (i > s0 && (d->toks[i - 1].kind == FW_TOKEN_NUMBER ||
                   word_among(d, i - 1, quantifiers, FW_COUNT(quantifiers)) ||
                   (word_among(d, i - 1, have, FW_COUNT(have)) &&
                    !(i + 1 < s1 && tok_eq(d, i + 1, "to")))))
        return true; /* "two reports", "other shows", "have claims in"
                        (but "has plans to": an intent) */
    if (i + 1 < s1 && (tok_eq(d, i + 1, "and") || tok_eq(d, i + 1, "or")))
        return true; /* "cable shows and websites" */
    if (i + 1 < s1 && is_word(d, i + 1) &&
        lexw(d, i + 1)->func == FW_FUNC_AUX && !relative_before(d, s0, i))
        return true; /* "the tax plans would", "such claims have been"; but
                        "which he estimates would" */
    /* "..., beating analyst forecasts.", "above Street estimates": a
     * noun or two, after a participle or a preposition whose object the
     * plural is, and the clause ends */
    size_t m = i;
    while (m > s0 && i - m < 2 && is_word(d, m - 1) && !lexw(d, m - 1)->func &&
           !fw_ing_form(d, m - 1))
        m--;
    if (m < i && m > s0 && is_word(d, m - 1) &&
        (fw_ing_form(d, m - 1) || lexw(d, m - 1)->func == FW_FUNC_PREP) &&
        (i + 1 >= s1 || d->toks[i + 1].kind == FW_TOKEN_PUNCT))
        return true;
    /* "his radical campaign pledges into action": a possessive, words in
     * lower case, the plural, then a preposition or the clause's end; not
     * what a verb reports ("X's lawsuit seeks his reinstatement",
     * "Their campaign claims that ...", "... pledges to") */
    size_t b = i;
    while (b > s0 && i - b < 3 && is_word(d, b - 1) && !lexw(d, b - 1)->func &&
           !(d->toks[b - 1].flags & (FW_TOKEN_CAPITALIZED | FW_TF_POSSESSIVE)))
        b--;
    if (b < i && b > s0 && is_word(d, b - 1) &&
        ((lexw(d, b - 1)->pron & FW_PRON_POSS) ||
         (d->toks[b - 1].flags & FW_TF_POSSESSIVE)) &&
        (i + 1 >= s1 || d->toks[i + 1].kind == FW_TOKEN_PUNCT ||
         (is_word(d, i + 1) && lexw(d, i + 1)->func == FW_FUNC_PREP &&
          !tok_eq(d, i + 1, "to") && !tok_eq(d, i + 1, "that"))))
        return true;
    return i + 1 < s1 && punct(d, i + 1, ',') && !quote_before(d, s0, i);
}

/* Does the comma before token p close an apposition that a name opens
 * ("Jan Brewer, an early supporter, | calls"), or a participle's aside
 * after a noun ("The lawsuit, filed by residents, | claims")? */
static bool apposition_ends(const qctx *q, size_t p, size_t s0)
{
    const fw_doc *d = q->d;
    for (size_t k = p - 1; k > s0 && k + NEAR > p; k--)
        if (punct(d, k - 1, ',') || clause_stop(d, k - 1))
            return punct(d, k - 1, ',') &&
                   (q->ment_end[k - 1] >= 0 ||
                    /* "The lawsuit, filed by residents, claims" */
                    (k >= s0 + 2 && participle(d, k) && is_word(d, k - 2) &&
                     !lexw(d, k - 2)->func &&
                     !(d->toks[k - 2].flags & FW_TOKEN_CAPITALIZED)));
    return false;
}

/* Is the -s form at i, that may be a plural noun ("news reports"), a
 * verb here: after a name, a pronoun or a relative word ("Clinton reports",
 * "which reports"), before "that" (not after a preposition or an article)
 * or a colon, or after a quotation ('"...," the paper reports')? Not
 * before a relative "that" ("reports that have come in"), nor after a
 * quantifier, whose noun is plural ("many reports"). */
static bool verb_use(const qctx *q, size_t i, size_t s0, size_t s1)
{
    const fw_doc *d = q->d;
    if (i + 1 < s1 && punct(d, i + 1, ':'))
        return true;
    if (i + 1 < s1 && tok_eq(d, i + 1, "that")) {
        if (i + 2 < s1 &&
            (lexw(d, i + 2)->func == FW_FUNC_AUX || past_verb(d, i + 2)))
            return false;
        /* not after a preposition or an article: "in reports that";
         * but after an apposition: "X, a consultant, notes that" */
        const fw_lex_word *b = i > s0 ? lexw(d, i - 1) : NULL;
        if (i > s0 && punct(d, i - 1, ','))
            return apposition_ends(q, i, s0);
        return b && is_word(d, i - 1) && b->func != FW_FUNC_PREP &&
               b->func != FW_FUNC_DET;
    }
    size_t p = i;
    while (p > s0 && adverb_or_aux(d, p - 1))
        p--; /* "also reports" */
    if (p == s0)
        return false;
    const fw_lex_word *pw = lexw(d, p - 1);
    /* "he respects X and calls her ...": a second verb, its object next */
    if ((tok_eq(d, p - 1, "and") || tok_eq(d, p - 1, "but")) && i + 1 < s1 &&
        is_word(d, i + 1) &&
        ((lexw(d, i + 1)->pron & FW_PRON_OBJ) ||
         lexw(d, i + 1)->func == FW_FUNC_DET ||
         (d->toks[i + 1].flags & FW_TOKEN_CAPITALIZED)))
        return true;
    /* "Jan Brewer, an early supporter, calls the issue ...", "X, a
     * director, calls Horgos \"a mistake\"": after an apposition that
     * a name opens, its object next */
    if (punct(d, p - 1, ',') && i + 1 < s1 && is_word(d, i + 1) &&
        ((lexw(d, i + 1)->pron & FW_PRON_OBJ) ||
         lexw(d, i + 1)->func == FW_FUNC_DET ||
         (d->toks[i + 1].flags & FW_TOKEN_CAPITALIZED)) &&
        apposition_ends(q, p, s0))
        return true;
    if (q->ment_end[p] >= 0 || tok_eq(d, p - 1, "who") ||
        tok_eq(d, p - 1, "which") || tok_eq(d, p - 1, "that") ||
        (is_word(d, p - 1) && (pw->feats & (FW_LEX_PRONOUN | FW_LEX_TITLE))))
        return true; /* "what he calls", "the first lady calls" */
    /* 'The ad claims "Jeb is ..."': an article and a noun, then quoted
     * words right after it */
    if (i + 1 < s1 && opens_pair(q, i + 1) && p >= s0 + 2 &&
        is_word(d, p - 1) && !pw->func &&
        !(d->toks[p - 1].flags & FW_TOKEN_CAPITALIZED) &&
        lexw(d, p - 2)->func == FW_FUNC_DET)
        return true;
    /* (from the sentence's start: a quotation's tag is judged from
     * after its closing mark) */
    uint32_t sn = q->sent_of[i];
    return quote_before(d, sn != UINT32_MAX ? d->sents[sn].first_token : s0, p);
}

/* Does the cue word w at token i stand as a noun before the clause it
 * reports: "his claim that the vote was rigged", "the warning that"?
 * Not before a relative "that" ("the claim that was made", "the claim
 * that he made was"): a subject and more than a verb follow. */
static bool noun_clause(const fw_doc *d, const fw_lex_word *w, size_t i,
                        size_t s1)
{
    bool ing = fw_ing_form(d, i); /* "warning" */
    if (!(ing ||
          (w->cue_flags & (FW_CUEF_NOUN | FW_CUEF_BASE | FW_CUEF_PLURAL))))
        return false;
    /* "loud chants of \"no\"": the words quoted after "of" */
    if (i + 2 < s1 && tok_eq(d, i + 1, "of") && is_quote_mark(d, i + 2) &&
        (d->toks[i + 2].flags & FW_TOKEN_OPENS))
        return true;
    /* over a short phrase: "her assertion during the debate that" */
    if (i + 1 < s1 && is_word(d, i + 1) &&
        lexw(d, i + 1)->func == FW_FUNC_PREP && !tok_eq(d, i + 1, "that"))
        for (size_t k = i + 2; k < s1 && k < i + 8 && is_word(d, k); k++)
            if (tok_eq(d, k, "that")) {
                i = k - 1;
                break;
            }
    if (i + 4 >= s1 || !tok_eq(d, i + 1, "that"))
        return false;
    if (is_quote_mark(d, i + 2) && (d->toks[i + 2].flags & FW_TOKEN_OPENS))
        return true; /* 'her assertion that "we now are where ..."' */
    if (!is_word(d, i + 2))
        return false;
    const fw_lex_word *a = lexw(d, i + 2);
    if (a->func == FW_FUNC_AUX || a->func == FW_FUNC_PREP ||
        past_verb(d, i + 2))
        return false;
    if (a->feats & FW_LEX_PRONOUN && is_word(d, i + 3) &&
        !lexw(d, i + 3)->func && is_word(d, i + 4) &&
        lexw(d, i + 4)->func == FW_FUNC_AUX)
        return false; /* "the claim that he made was" */
    /* "a plan that supporters said would", "the report that the agency
     * released was": the clause's first verb has no object */
    for (size_t k = i + 3; k < s1 && k < i + 8 && is_word(d, k); k++) {
        const fw_lex_word *v = lexw(d, k);
        bool verb_form = (v->feats & FW_LEX_CUE) &&
                         !(v->cue_flags & (FW_CUEF_BASE | FW_CUEF_PLURAL |
                                           FW_CUEF_NOUN)); /* "said" */
        if (v->func != FW_FUNC_AUX && !past_verb(d, k) && !verb_form)
            continue;
        return !(
            k + 1 >= s1 || (!is_word(d, k + 1) && !is_quote_mark(d, k + 1)) ||
            (v->func != FW_FUNC_AUX && lexw(d, k + 1)->func == FW_FUNC_AUX));
    }
    size_t words = 0;
    for (size_t k = i + 2; k < s1 && is_word(d, k) && words < 4; k++)
        words++;
    return words >= 4 ||
           (i + 2 + words < s1 && is_quote_mark(d, i + 2 + words));
}

/* Is the cue word w at token i a form that is only a verb ("said",
 * "told"), so that "that" before it is a relative ("a video that said")? */
static bool verb_only(const fw_doc *d, const fw_lex_word *w, size_t i)
{
    return !(w->cue_flags & (FW_CUEF_BASE | FW_CUEF_PLURAL | FW_CUEF_NOUN)) &&
           !fw_ing_form(d, i);
}

/* Is token i a word of an adverb of time that the lexicon reads
 * otherwise: "yet", "so far", "thus far", "long", "first" or "since"
 * after an auxiliary ("has long said", "was first reported", "has since
 * apologized")? */
static bool adverb_of_time(const fw_doc *d, size_t i, size_t s0)
{
    static const word_form so[] = {WF("so"), WF("thus")};
    if (!is_word(d, i) || (d->toks[i].flags & FW_TOKEN_CAPITALIZED))
        return false;
    if (tok_eq(d, i, "yet"))
        return true;
    if (word_among(d, i, so, FW_COUNT(so)))
        return tok_eq(d, i + 1, "far");
    return i > s0 &&
           (tok_eq(d, i, "far") || tok_eq(d, i, "long") ||
            tok_eq(d, i, "first") || tok_eq(d, i, "since")) &&
           is_word(d, i - 1) &&
           (tok_eq(d, i, "far") ? word_among(d, i - 1, so, FW_COUNT(so))
                                : lexw(d, i - 1)->func == FW_FUNC_AUX);
}

/* Is token i "all" or "both" after an auxiliary, a quantifier floated
 * before the verb ("they will all say", "have both said")? */
static bool after_aux_all(const fw_doc *d, size_t i, size_t s0)
{
    return i > s0 && (word_ci(d, i, "all") || word_ci(d, i, "both")) &&
           lexw(d, i - 1)->func == FW_FUNC_AUX;
}

/* Does a clause start at token k (before s1): "that", "if", "whether",
 * or a subject pronoun ("they were"), or a few words and an auxiliary
 * ("the race is"), or, after a hearer's few words, "that" or, for a
 * verb that takes a hearer, "to" ("advised him that", "advised
 * travellers to avoid"; not "add changes to the bill")? */
static bool reports_clause(const fw_doc *d, size_t k, size_t s1, bool hearer)
{
    if (subject_pronoun(d, k) || word_ci(d, k, "if") ||
        word_ci(d, k, "whether") || tok_eq(d, k, "that"))
        return true;
    for (size_t x = k + 1; x < s1 && x < k + 4 && is_word(d, x); x++) {
        if (tok_eq(d, x, "that") || (hearer && tok_eq(d, x, "to")))
            return true;
        const fw_lex_word *w = lexw(d, x);
        if (w->func == FW_FUNC_AUX)
            return !tok_eq(d, x, "being") && !tok_eq(d, x, "been");
        if (w->func == FW_FUNC_PREP || w->func == FW_FUNC_CONJ)
            return false;
    }
    return false;
}

/* Does word i begin with the lower-case 'stem', in any case? */
static inline bool word_starts(const fw_doc *d, size_t i, const char *stem)
{
    size_t n = strlen(stem);
    return d->toks[i].end - d->toks[i].start >= n &&
           strncasecmp(d->text + d->toks[i].start, stem, n) == 0;
}

/* Is the cue word at token i a form of "post" before a result it
 * records, past an article, figures and modifiers ("posted a 5% rise in
 * profit", "posts record quarterly loss", "posted bail"), not words it
 * publishes ("posted a photo")? */
static bool posts_result(const fw_doc *d, size_t i, size_t s1)
{
    static const word_form posts[] = {WF("post"), WF("posts"), WF("posted"),
                                      WF("posting")};
    static const word_form results[] = {
        WF("profit"),   WF("profits"),  WF("loss"),    WF("losses"),
        WF("gain"),     WF("gains"),    WF("revenue"), WF("revenues"),
        WF("earnings"), WF("results"),  WF("sales"),   WF("deficit"),
        WF("surplus"),  WF("growth"),   WF("decline"), WF("drop"),
        WF("rise"),     WF("increase"), WF("fall"),    WF("jump"),
        WF("slump"),    WF("bail"),     WF("bond"),    WF("victory"),
        WF("win"),      WF("wins"),     WF("margin"),  WF("margins")};
    if ((d->text[d->toks[i].start] | 0x20) != 'p' ||
        !word_among(d, i, posts, FW_COUNT(posts)))
        return false;
    for (size_t k = i + 1; k < s1 && k < i + 6; k++) {
        if (word_among(d, k, results, FW_COUNT(results)))
            return true;
        const fw_tok *t = &d->toks[k];
        if (!(t->kind == FW_TOKEN_NUMBER || t->kind == FW_TOKEN_SYMBOL ||
              (t->kind == FW_TOKEN_WORD && !(t->flags & FW_TOKEN_CAPITALIZED) &&
               (!lexw(d, k)->func || lexw(d, k)->func == FW_FUNC_DET))))
            return false;
    }
    return false;
}

/* Is the cue word at token i (before s1) a verb of another sense here?
 * Before a particle: "wrote off the loss", "called off the strike",
 * "backing up their endorsements", "sought out the classes", "backed
 * away from", "called to mind", "knocked out", "contend for", "added
 * to her lead", "too close to call" (but
 * "spoke off the record", "spoke up"); "precincts reporting" (a
 * count); "in charge of" (a post). Particles are short, so most words
 * are passed on their length. */
static bool other_sense(const fw_doc *d, size_t i, size_t s0, size_t s1)
{
    if (posts_result(d, i, s1))
        return true;
    if (i > s0 &&
        ((tok_eq(d, i, "reporting") && tok_eq(d, i - 1, "precincts")) ||
         (tok_eq(d, i, "charge") && tok_eq(d, i - 1, "in"))))
        return true;
    /* "too close to call": a race no one has called */
    if (i > s0 + 1 && tok_eq(d, i, "call") && tok_eq(d, i - 1, "to") &&
        tok_eq(d, i - 2, "close"))
        return true;
    size_t p = i + 1;
    if (p + 1 >= s1 || d->toks[p].end - d->toks[p].start > 4)
        return false;
    /* "knocked out power", "knocked down a wall" (but "knocked Trump
     * for ..." criticises) */
    if (word_starts(d, i, "knock"))
        return tok_eq(d, p, "out") || tok_eq(d, p, "down") ||
               tok_eq(d, p, "over");
    if (tok_eq(d, p, "off"))
        return !(tok_eq(d, p + 1, "the") && p + 2 < s1 &&
                 tok_eq(d, p + 2, "record"));
    if (tok_eq(d, p, "up"))
        return !word_ci(d, i, "spoke") && !word_ci(d, i, "speak") &&
               !word_ci(d, i, "speaks") && !word_ci(d, i, "speaking");
    if (tok_eq(d, p, "out"))
        return word_ci(d, i, "sought") || word_ci(d, i, "seek") ||
               word_ci(d, i, "seeks") || word_ci(d, i, "seeking");
    /* "contend for the nomination", "argued with the governor" */
    if (tok_eq(d, p, "for") || tok_eq(d, p, "with"))
        return word_starts(d, i, "contend") ||
               (tok_eq(d, p, "with") && word_starts(d, i, "argu"));
    /* "added to her lead", "adds to the confusion": to increase (but
     * "added to reporters") */
    if (tok_eq(d, p, "to") && word_starts(d, i, "add") && is_word(d, p + 1) &&
        (tok_eq(d, p + 1, "the") || (lexw(d, p + 1)->pron & FW_PRON_POSS)))
        return true;
    /* "backed away from", "called to mind" */
    return tok_eq(d, p, "away") ||
           (tok_eq(d, p, "to") && tok_eq(d, p + 1, "mind"));
}

/* After a cue like "called" at token i that a capitalised word follows,
 * is it a verb with an object and what it is called ("called Trump
 * \"dangerous\"", "called AP's report a ..."), not a noun being named
 * ("a group called Black Votes Matter")? A quotation or "a" after the
 * name, or a possessive name, tell the verb. */
static bool calls_something(const qctx *q, size_t i, size_t s1)
{
    const fw_doc *d = q->d;
    size_t n = i + 1, after = n + 1;
    if (q->ment_at[n] >= 0)
        after = d->ments[q->ment_at[n]].tok_end;
    return after < s1 && ((d->toks[after - 1].flags & FW_TF_POSSESSIVE) ||
                          (d->toks[after].flags & FW_TF_POSSESSIVE) ||
                          (is_quote_mark(d, after) && !is_quote_mark(d, n)) ||
                          tok_eq(d, after, "a") || tok_eq(d, after, "an"));
}

/* Does word i look like a plural noun: an -s that is not "-ss", "-us",
 * "-is" ("press", "census", "crisis"), nor "news"; or a number of people
 * after "the" ("the two write")? */
static bool plural_looking(const fw_doc *d, size_t i)
{
    static const word_form numbers[] = {WF("two"),  WF("three"), WF("four"),
                                        WF("five"), WF("six"),   WF("both")};
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    const char *e = d->text + t->end;
    if (i > 0 && tok_eq(d, i - 1, "the") &&
        word_among(d, i, numbers, FW_COUNT(numbers)))
        return true;
    if (n < 2 || e[-1] != 's')
        return false;
    char b = (char)(e[-2] | 0x20);
    return b != 's' && b != 'u' && b != 'i' && !word_ci(d, i, "news");
}

/* Does a plural subject end with a prepositional phrase at token b,
 * before a bare cue: "voters in each state want", "few on either side
 * of the debate think"? A head before a preposition, looking back over
 * at most eight tokens, must be plural or a quantifier ("a lack of
 * public support" has none). */
static bool plural_head_before(const fw_doc *d, size_t b, size_t s0)
{
    static const word_form quantity[] = {WF("few"),  WF("many"), WF("most"),
                                         WF("some"), WF("all"),  WF("both")};
    bool prep = false;
    /* (down to the sentence's first word, which may be the head:
     * "Economists at Iowa State University estimate") */
    for (size_t n = 0; n < 8 && b >= s0 + n; n++) {
        size_t x = b - n;
        if (d->toks[x].kind == FW_TOKEN_NUMBER)
            continue;
        if (!is_word(d, x))
            return false;
        const fw_lex_word *w = lexw(d, x);
        if (tok_eq(d, x, "as"))
            return false; /* a clause opens: "closures as EV demand
                             stalls" */
        if (w->func == FW_FUNC_PREP) {
            prep = true;
            continue;
        }
        bool quantifier = word_among(d, x, quantity, FW_COUNT(quantity));
        bool opening_head = x == s0 && prep && plural_looking(d, x) && !w->func;
        if (!quantifier && !opening_head &&
            (w->func == FW_FUNC_DET ||
             (d->toks[x].flags & FW_TOKEN_CAPITALIZED)))
            continue;
        if (!quantifier &&
            (w->func || (w->feats & FW_LEX_CUE) || past_verb(d, x)))
            return false;
        if (!prep)
            continue;
        /* a head before the phrase: the subject if plural and no verb's
         * object ("repudiated decades of support"); else it may be in a
         * phrase itself ("few on either side of the debate") */
        if (plural_looking(d, x) || quantifier)
            return !(x > s0 && is_word(d, x - 1) &&
                     (past_verb(d, x - 1) ||
                      (lexw(d, x - 1)->feats & FW_LEX_CUE) ||
                      lexw(d, x - 1)->func == FW_FUNC_AUX));
        prep = false;
    }
    return false;
}

/* Does the name of a body or a place, of more than one word, end before
 * token i and head its phrase, whatever its last word ("a United Nations
 * report", "General Motors plan"; not "records compiled by the Center
 * for Responsive Politics show")? */
static bool singular_name_before(const qctx *q, size_t i)
{
    const fw_doc *d = q->d;
    int32_t m = q->ment_end[i];
    if (m < 0 || d->ments[m].kind != FW_MENTION_NAME ||
        (d->ments[m].type != FW_ENTITY_ORGANIZATION &&
         d->ments[m].type != FW_ENTITY_PLACE))
        return false;
    size_t a = d->ments[m].tok;
    /* (one word, after an article, before a noun of reporting: "the
     * Reuters report"; but "the Teamsters want") */
    static const word_form reports[] = {WF("report"),   WF("poll"),
                                        WF("survey"),   WF("estimate"),
                                        WF("forecast"), WF("count")};
    if (d->ments[m].tok_end - a < 2)
        return a > 0 && (word_ci(d, a - 1, "the") || word_ci(d, a - 1, "a")) &&
               word_among(d, i, reports, FW_COUNT(reports));
    if (a > 0 && word_ci(d, a - 1, "the"))
        a--;
    return a == 0 || !is_word(d, a - 1) || lexw(d, a - 1)->func != FW_FUNC_PREP;
}

/* Does a relative clause set off by commas end at the comma b, after a
 * plural ("German carmakers, which sell ... in China, fear")? */
static bool plural_before_aside(const fw_doc *d, size_t b, size_t s0)
{
    if (!punct(d, b, ','))
        return false;
    for (size_t k = b; k > s0 + 1 && b - k < 24; k--) {
        if (clause_stop(d, k - 1) || is_quote_mark(d, k - 1))
            return false;
        if (punct(d, k - 1, ','))
            return (tok_eq(d, k, "who") || tok_eq(d, k, "which")) &&
                   is_word(d, k - 2) &&
                   !(d->toks[k - 2].flags & FW_TOKEN_CAPITALIZED) &&
                   plural_looking(d, k - 2);
    }
    return false;
}

/* Does an amount follow token 'end' (before s1), as it does after a cue
 * that tells a change of a quantity too ("shares added 6 cents", "added
 * around 292,000 jobs", "declined, by nine points")? */
static bool amount_after(const fw_doc *d, size_t end, size_t s1)
{
    static const word_form about[] = {WF("about"),  WF("around"),  WF("nearly"),
                                      WF("almost"), WF("roughly"), WF("some")};
    static const word_form spelled[] = {
        WF("one"),   WF("two"),    WF("three"), WF("four"),   WF("five"),
        WF("six"),   WF("seven"),  WF("eight"), WF("nine"),   WF("ten"),
        WF("dozen"), WF("twenty"), WF("half"),  WF("several")};
    size_t amt = end;
    if (amt + 2 < s1 && punct(d, amt, ',') && tok_eq(d, amt + 1, "by"))
        amt++;
    if (amt + 1 < s1 && tok_eq(d, amt, "by"))
        amt++;
    if (amt + 1 < s1 && word_among(d, amt, about, FW_COUNT(about)))
        amt++;
    return amt < s1 &&
           (d->toks[amt].kind == FW_TOKEN_NUMBER ||
            (amt > end && word_among(d, amt, spelled, FW_COUNT(spelled))) ||
            (d->toks[amt].kind == FW_TOKEN_SYMBOL && amt + 1 < s1 &&
             d->toks[amt + 1].kind == FW_TOKEN_NUMBER));
}

/* Does word i open a noun phrase that names one thing: an article, a
 * demonstrative or a possessive pronoun ("a", "the", "these", "his")? */
static bool article_or_possessive(const fw_doc *d, size_t i)
{
    static const word_form articles[] = {WF("a"),    WF("an"),   WF("the"),
                                         WF("this"), WF("that"), WF("these"),
                                         WF("those")};
    return is_word(d, i) && (word_among(d, i, articles, FW_COUNT(articles)) ||
                             (lexw(d, i)->pron & FW_PRON_POSS));
}

/* Is the word in -ly at i a noun, after an article or a possessive
 * ("the victim's family called", "the rally said"), not an adverb
 * ("publicly said")? */
static bool ly_noun(const fw_doc *d, size_t i, size_t s0)
{
    if (i <= s0 || lexw(d, i)->func || !is_word(d, i - 1))
        return false;
    return article_or_possessive(d, i - 1) ||
           ((d->toks[i - 1].flags & FW_TF_POSSESSIVE) && i >= s0 + 2 &&
            !subject_pronoun(d, i - 2)); /* (not "it's currently") */
}

/* Is token i an adverb in -ly ("strongly", "overwhelmingly"), not a
 * noun in -ly after an article ("the rally")? */
static bool ly_adverb(const fw_doc *d, size_t i, size_t s0)
{
    const fw_tok *t = &d->toks[i];
    return is_word(d, i) && !(t->flags & FW_TOKEN_CAPITALIZED) &&
           !lexw(d, i)->func && t->end - t->start > 4 &&
           d->text[t->end - 2] == 'l' && d->text[t->end - 1] == 'y' &&
           !ly_noun(d, i, s0);
}

/* Are tokens [s0, s1) a line in title case, as a headline inside a
 * story's body is ("Hale Says He Would Veto The Bill"): four words or
 * more, nearly all capitalised? */
static bool title_case(const fw_doc *d, size_t s0, size_t s1)
{
    size_t words = 0, caps = 0;
    for (size_t k = s0; k < s1; k++) {
        words += d->toks[k].kind == FW_TOKEN_WORD;
        caps += d->toks[k].kind == FW_TOKEN_WORD &&
                (d->toks[k].flags & FW_TOKEN_CAPITALIZED);
    }
    return words >= 4 && caps * 10 >= words * 9;
}

/* Do the words from i ask that a source stay unnamed: "[not] to be
 * named / identified / quoted", "to give his name", "to provide her
 * surname"? (After a cue: "declined to give his name said".) */
static bool withholds_name(const fw_doc *d, size_t i, size_t hi)
{
    if (tok_eq(d, i, "not"))
        i++;
    if (i + 2 >= hi || !tok_eq(d, i, "to"))
        return false;
    static const word_form unnamed[] = {WF("named"), WF("identified"),
                                        WF("quoted")};
    if (tok_eq(d, i + 1, "be"))
        return word_among(d, i + 2, unnamed, FW_COUNT(unnamed));
    static const word_form give[] = {WF("give"),     WF("provide"),
                                     WF("disclose"), WF("reveal"),
                                     WF("share"),    WF("use")};
    static const word_form name[] = {WF("name"), WF("names"), WF("surname"),
                                     WF("identity")};
    if (!word_among(d, i + 1, give, FW_COUNT(give)))
        return false;
    for (size_t k = i + 2; k < hi && k < i + 6; k++) {
        if (word_among(d, k, name, FW_COUNT(name)))
            return true;
        if (!is_word(d, k))
            return false;
    }
    return false;
}

static bool judge_cue(const qctx *q, size_t i, size_t s0, size_t s1, cue *c)
{
    const fw_doc *d = q->d;
    const fw_tok *t = &d->toks[i];
    uint32_t pid = d->phrases[2 * i];
    const fw_lex_word *w = NULL;
    size_t end = i + 1;
    if (pid && (fw_lex_get(pid)->feats & FW_LEX_CUE) &&
        d->phrases[2 * i + 1] <= s1) {
        w = fw_lex_get(pid);
        end = d->phrases[2 * i + 1];
    } else if (lexw(d, i)->feats & FW_LEX_CUE) {
        w = lexw(d, i);
    } else {
        return false;
    }
    bool according = w->cue == FW_CUE_ACCORDING;
    if (i > s0 && (tok_eq(d, i - 1, "basis") || tok_eq(d, i - 1, "percentage")))
        return false; /* "by 100 basis points to 13.25%" */
    if ((t->flags & FW_TOKEN_CAPITALIZED) && !according &&
        !(i > s0 && (headline_at(d, i) || (!(t->flags & FW_TOKEN_ALL_CAPS) &&
                                           title_case(d, s0, s1)))) &&
        !(i == s0 && i + 1 < s1 && is_word(d, i + 1) &&
          (d->toks[i + 1].flags & FW_TOKEN_CAPITALIZED) &&
          (tok_eq(d, i, "Said") || tok_eq(d, i, "Says") ||
           tok_eq(d, i, "Added"))) &&
        !(i >= s0 + 2 && punct(d, i - 1, ':') &&
          person_label(q, s0 + (s0 + 1 < i && bullet(d, s0)), i - 1)) &&
        !opening_participle(d, i, end, s1))
        return false; /* but "Trump Says Deal Is Near", "Said Comey, ...",
                         "* Senator X: Told reporters", "Noting that ..., X
                         said" */
    /* A noun, not a verb: "the claim", "his warning", "a call"; it
     * reports only the clause that "that" opens ("his claim that"). */
    bool nominal = false;
    if (i > s0 && is_word(d, i - 1)) {
        const fw_lex_word *p = lexw(d, i - 1);
        nominal =
            (p->func == FW_FUNC_DET && !people_word(d, i - 1) &&
             !after_aux_all(d, i - 1, s0) &&
             !(word_ci(d, i - 1, "that") && verb_only(d, w, i))) ||
            (p->feats & FW_LEX_PRONOUN && (p->pron & FW_PRON_POSS)) ||
            ((d->toks[i - 1].flags & FW_TF_POSSESSIVE) && !clitic_aux(d, i));
    }
    /* "10 Things to Know for Today", "What You Need to Know": a title's
     * infinitive in a headline reports nothing */
    if (i > s0 + 1 && tok_eq(d, i - 1, "to") &&
        (d->toks[i].flags & FW_TOKEN_CAPITALIZED) &&
        !(lexw(d, i - 2)->feats & FW_LEX_CUE) && headline_at(d, i))
        return false; /* (but "Does Israel Refuse to Recognize X?") */
    /* A headline's participle before "with", "of", "over", "for" is a
     * passive's: "Former aide charged with lying", "X accused of fraud" */
    static const word_form passive_preps[] = {WF("with"), WF("of"), WF("over"),
                                              WF("for")};
    if (end == i + 1 && i > s0 && i + 1 < s1 && past_verb(d, i) &&
        !(lexw(d, i - 1)->func == FW_FUNC_AUX) &&
        word_among(d, i + 1, passive_preps, FW_COUNT(passive_preps)) &&
        headline_at(d, i))
        return false;
    /* "of pledged delegates", "in reported attacks", "a politically
     * charged visit": a participle before its noun qualifies it */
    if (end == i + 1 && i > s0 && i + 1 < s1 && past_verb(d, i) &&
        is_word(d, i + 1) && !lexw(d, i + 1)->func &&
        !(lexw(d, i + 1)->feats & (FW_LEX_CUE | FW_LEX_PRONOUN)) &&
        !(d->toks[i + 1].flags & FW_TOKEN_CAPITALIZED)) {
        size_t b = i - 1;
        if (b > s0 && adverb_or_aux(d, b) && lexw(d, b)->func != FW_FUNC_AUX)
            b--; /* "politically" */
        const fw_lex_word *p = lexw(d, b);
        if (is_word(d, b) &&
            (p->func == FW_FUNC_DET || p->func == FW_FUNC_PREP ||
             (p->pron & FW_PRON_POSS) || (d->toks[b].flags & FW_TF_POSSESSIVE)))
            return false;
    }
    nominal |= (w->cue_flags & FW_CUEF_NOUN) != 0; /* "allegations" */
    nominal |= !verb_only(d, w, i) && i + 2 < s1 && tok_eq(d, i + 1, "of") &&
               is_quote_mark(d, i + 2); /* "loud chants of \"no\"" */
    if (nominal && !(end == i + 1 && noun_clause(d, w, i, s1)))
        return false;
    /* A bare form that is also a noun ("a US plan", "the war fear") is
     * a verb only after a plural or pronoun subject, a modal or "to". */
    if (!according && !nominal && end == i + 1 &&
        (w->cue_flags & FW_CUEF_BASE) && i > s0) {
        size_t b = i - 1; /* over "also", "all": "will all support" */
        if (b > s0 && ((is_word(d, b) && lexw(d, b)->func == FW_FUNC_ADV &&
                        (lexw(d, b - 1)->func == FW_FUNC_AUX ||
                         (plural_looking(d, b - 1) &&
                          !(d->toks[b].flags & FW_TOKEN_CAPITALIZED)))) ||
                       after_aux_all(d, b, s0) || ly_adverb(d, b, s0)))
            b--; /* (or "-ly": "who strongly support"; or after a plural:
                    "polls now show") */
        const fw_tok *p = &d->toks[b];
        const fw_lex_word *pw = lexw(d, b);
        /* "and call Trump 'flexible'": a second verb, its object next */
        bool second = (tok_eq(d, b, "and") || tok_eq(d, b, "or")) &&
                      i + 1 < s1 && is_word(d, i + 1) &&
                      ((lexw(d, i + 1)->pron & FW_PRON_OBJ) ||
                       (d->toks[i + 1].flags & FW_TOKEN_CAPITALIZED));
        /* "4 in 10 want", "64 percent call him": a share of people as
         * the subject (not "with 36 percent support") */
        size_t n =
            b > s0 && word_ci(d, b, "percent") ? b - 1
            : p->kind == FW_TOKEN_NUMBER && b > s0 + 1 && tok_eq(d, b - 1, "in")
                ? b - 2
                : SIZE_MAX;
        static const word_form about[] = {WF("about"),  WF("nearly"),
                                          WF("almost"), WF("roughly"),
                                          WF("some"),   WF("only")};
        if (n != SIZE_MAX && n > s0 &&
            word_among(d, n - 1, about, FW_COUNT(about)))
            n--;
        bool share =
            n != SIZE_MAX &&
            (n == s0 || punct(d, n - 1, ',') ||
             (is_word(d, n - 1) && lexw(d, n - 1)->func == FW_FUNC_CONJ));
        /* "19 percent of students polled support Clinton": those a poll
         * asked */
        static const word_form polled[] = {WF("polled"), WF("surveyed"),
                                           WF("questioned"), WF("interviewed"),
                                           WF("sampled")};
        share |= word_among(d, b, polled, FW_COUNT(polled));
        bool verb =
            second || share ||
            (p->kind == FW_TOKEN_WORD &&
             ((pw->feats & FW_LEX_PRONOUN) || pw->func == FW_FUNC_AUX ||
              negated_aux(d, b) || plural_head_before(d, b, s0) ||
              people_subject(d, i - 1, s0) || tok_eq(d, i - 1, "to") ||
              tok_eq(d, b, "who") ||
              (plural_looking(d, b) && !(p->flags & FW_TOKEN_ALL_CAPS) &&
               !singular_name_before(q, i)) ||
              compound_before(q, i))) ||
            plural_before_aside(d, b, s0) || noun_then_clause(d, i, b, s0, s1);
        /* ("against demand worries", "signs of weakening demand": a
         * preposition or an -ing form before it makes it a noun) */
        if (p->kind == FW_TOKEN_WORD && !tok_eq(d, b, "to") && !share &&
            (pw->func == FW_FUNC_PREP || (fw_ing_form(d, b) && !pw->func &&
                                          !(p->flags & FW_TOKEN_CAPITALIZED))))
            verb = false;
        if (!verb)
            return false;
        /* "unable to find a taker": evidence only with its clause */
        if (w->cue == FW_CUE_EVIDENCE && tok_eq(d, i - 1, "to") &&
            !(i + 1 < s1 && tok_eq(d, i + 1, "that")))
            return false;
    }
    if (end == i + 1 && !nominal && (w->cue_flags & FW_CUEF_PLURAL) &&
        (plural_noun_use(d, i, s0, s1) ||
         ((w->cue == FW_CUE_SPEECH || w->cue == FW_CUE_QUOTING) &&
          !verb_use(q, i, s0, s1))))
        return false;
    /* "would show up", "found himself targeted": no evidence */
    if (w->cue == FW_CUE_EVIDENCE && end < s1 &&
        (tok_eq(d, end, "up") || (lexw(d, end)->pron & FW_PRON_REFL)))
        return false;
    /* "it is too soon to say", "hard to tell": the writer's hedge, no
     * one's report */
    static const word_form hedges[] = {
        WF("soon"),       WF("early"), WF("hard"),      WF("difficult"),
        WF("impossible"), WF("safe"),  WF("premature"), WF("needless")};
    if (i >= s0 + 2 && tok_eq(d, i - 1, "to") &&
        word_among(d, i - 2, hedges, FW_COUNT(hedges)))
        return false;
    /* "a group called Black Votes Matter", "a film called \"...\"": a
     * noun that a name follows is named, not spoken of; so is a name
     * after the clause's verb ("ran ads by a PAC called Future 45", "a
     * movement called the People's Party") */
    static const word_form naming[] = {WF("called"), WF("dubbed"), WF("titled"),
                                       WF("nicknamed")};
    if (end == i + 1 && i > s0 && end + 1 < s1 &&
        word_among(d, i, naming, FW_COUNT(naming)) && is_word(d, i - 1) &&
        !lexw(d, i - 1)->func && !(lexw(d, i - 1)->feats & FW_LEX_PRONOUN) &&
        !people_word(d, i - 1) &&
        ((!(d->toks[i - 1].flags & FW_TOKEN_CAPITALIZED) &&
          q->ment_end[i] < 0) ||
         finite_verb_in(d, s0, i - 1)) &&
        ((d->toks[end].flags & FW_TOKEN_CAPITALIZED) || is_quote_mark(d, end) ||
         (tok_eq(d, end, "the") &&
          (d->toks[end + 1].flags & FW_TOKEN_CAPITALIZED))) &&
        !calls_something(q, i, s1))
        return false;
    /* "helped found the group", "to found a party": the verb "found"
     * (to set up), which a past tense never follows */
    static const word_form before_base[] = {
        WF("to"),    WF("help"),  WF("helped"), WF("helps"), WF("helping"),
        WF("will"),  WF("would"), WF("can"),    WF("could"), WF("should"),
        WF("might"), WF("may"),   WF("must")};
    if (end == i + 1 && i > s0 && tok_eq(d, i, "found") &&
        word_among(d, i - 1, before_base, FW_COUNT(before_base)))
        return false;
    /* "calmer than expected": a comparison, no one's words */
    if (end == i + 1 && i > s0 && tok_eq(d, i - 1, "than") && past_verb(d, i))
        return false;
    /* "271 pledged delegates": a participle after a number modifies the
     * noun after it */
    if (end == i + 1 && i > s0 && d->toks[i - 1].kind == FW_TOKEN_NUMBER &&
        past_verb(d, i))
        return false;
    /* "said in a video posted on social media", "in a statement released
     * Tuesday": a participle after an occasion's noun in a setting
     * qualifies it */
    if (end == i + 1 && i >= s0 + 3 && past_verb(d, i) &&
        (lexw(d, i - 1)->ctx & FW_CTX_OCCASION) &&
        !(d->toks[i - 1].flags & FW_TOKEN_CAPITALIZED) &&
        lexw(d, i - 2)->func == FW_FUNC_DET &&
        lexw(d, i - 3)->func == FW_FUNC_PREP)
        return false;
    /* "who asked not to be named", "declined to give his name": the
     * source's anonymity, no report */
    if (end + 2 < s1 && withholds_name(d, end, s1))
        return false;
    if (i >= s0 + 2 && tok_eq(d, i - 2, "to") && withholds_name(d, i - 2, s1))
        return false; /* (and "to be quoted by name" itself) */
    /* Nor after these and "to": a schedule ("the talks scheduled to
     * conclude Friday", "due to announce") or the source's anonymity
     * ("requested anonymity to discuss", "spoke anonymously to discuss",
     * "not authorized to speak") */
    static const word_form no_report_to[] = {
        WF("scheduled"), WF("due"),         WF("slated"),
        WF("anonymity"), WF("anonymously"), WF("authorized")};
    if (i >= s0 + 2 && tok_eq(d, i - 1, "to") &&
        word_among(d, i - 2, no_report_to, FW_COUNT(no_report_to)))
        return false;
    /* "the policy planning director", "the managing editor": a gerund
     * before a title is part of a noun */
    if (end == i + 1 && fw_ing_form(d, i) && end < s1 && is_word(d, end) &&
        (lexw(d, end)->feats & FW_LEX_TITLE) &&
        !(d->toks[end].flags & FW_TOKEN_CAPITALIZED))
        return false;
    /* "are worrying, X said": an adjective in -ing after a form of
     * "be", a comma after it */
    if (end == i + 1 && fw_ing_form(d, i) && i > s0 && end < s1 &&
        is_word(d, i - 1) && lexw(d, i - 1)->func == FW_FUNC_AUX &&
        punct(d, end, ','))
        return false;
    /* "shares added 6 cents", "declined 4 percent": a change of a
     * quantity */
    if ((w->cue_flags & FW_CUEF_AMOUNT) && amount_after(d, end, s1))
        return false;
    /* "added a second from the penalty spot", "added another in
     * stoppage time": a score (not the tag '"...," added another
     * official') */
    static const word_form ordinal[] = {WF("second"), WF("third"), WF("fourth"),
                                        WF("fifth")};
    if ((w->cue_flags & FW_CUEF_AMOUNT) && end + 1 < s1 &&
        !comma_before(d, i) &&
        ((tok_eq(d, end, "a") &&
          word_among(d, end + 1, ordinal, FW_COUNT(ordinal))) ||
         (tok_eq(d, end, "another") && !is_quote_mark(d, end + 1) &&
          !punct(d, end + 1, ':'))))
        return false;
    /* "adds back depreciation", "the numbers don't add up": a sum,
     * not a remark */
    if ((w->cue_flags & FW_CUEF_AMOUNT) && end < s1 && !comma_before(d, i) &&
        (tok_eq(d, end, "back") || tok_eq(d, end, "up")))
        return false;
    /* "maintained they were", "maintained that", but not "maintained
     * his lead" (nor a quotation's tag: '"...," remembered X') */
    if ((w->cue_flags & FW_CUEF_CLAUSE) && end < s1 &&
        !(i > 0 && closing_mark(d, i - 1)) &&
        !(i > 1 && punct(d, i - 1, ',') && closing_mark(d, i - 2)) &&
        (is_word(d, end)
             ? !reports_clause(d, end, s1, (w->cue_flags & FW_CUEF_OBJECT) != 0)
             : (punct(d, end, ',') && !quote_before(d, s0, i))))
        return false; /* (nor "hard to find, according to": no tag) */
    /* "need solid backing, analysts say", "backing from the party", "a
     * poor showing in Iowa": a gerund of stance or belief with nothing
     * after it, or a preposition no such verb takes ("hoping for",
     * "counting on", "worrying about" do), is a noun */
    static const word_form noun_preps[] = {WF("in"),   WF("at"),   WF("among"),
                                           WF("from"), WF("by"),   WF("with"),
                                           WF("of"),   WF("since")};
    if (!nominal && end == i + 1 && fw_ing_form(d, i) &&
        ((w->cue != FW_CUE_SPEECH &&
          (end >= s1 || d->toks[end].kind == FW_TOKEN_PUNCT ||
           word_among(d, end, noun_preps, FW_COUNT(noun_preps)))) ||
         (end < s1 && tok_eq(d, end, "of")))) /* "the highest calling of" */
        return false;
    if (end == i + 1 && (other_sense(d, i, s0, s1)))
        return false;
    /* "he continued." but not "continued his attacks", nor 'would
     * continue "as long as necessary"': before quoted words, only a
     * verb that is said, not one that is willed */
    if ((w->cue_flags & FW_CUEF_TAG) &&
        ((end < s1 && d->toks[end].kind == FW_TOKEN_WORD &&
          !(in_tag(d, i) && !tok_eq(d, end, "to") &&
            (lexw(d, end)->func == FW_FUNC_PREP ||
             lexw(d, end)->func == FW_FUNC_CONJ))) ||
         (is_quote_mark(d, end) && i > s0 && is_word(d, i - 1) &&
          (lexw(d, i - 1)->func == FW_FUNC_AUX || tok_eq(d, i - 1, "to")))))
        return false; /* (the mark may bound the search: read past s1) */
    c->nominal = nominal;
    c->verb = i;
    c->end = end;
    c->cls = w->cue;
    c->object = (w->cue_flags & FW_CUEF_OBJECT) != 0;
    c->participle = fw_ing_form(d, i);
    /* "has said", "also said", "had earlier said", "has not yet said",
     * "have so far said" */
    size_t a = i;
    while (!nominal && a > s0 && i - a < 3 && !in_quote(d, a - 1) &&
           ((adverb_or_aux(d, a - 1) && !ly_noun(d, a - 1, s0)) ||
            after_aux_all(d, a - 1, s0) || adverb_of_time(d, a - 1, s0) ||
            (a == i && word_ci(d, a - 1, "once")))) /* "once said" */
        a--;
    /* "advocates renewed calls for", "X issued calls for": the noun, the
     * verb that makes it, one cue */
    if (a == i && end > i + 1 && i > s0 + 1 && plural_looking(d, i) &&
        past_verb(d, i - 1) && !(lexw(d, i - 1)->feats & FW_LEX_CUE) &&
        is_word(d, i - 2) && !lexw(d, i - 2)->func)
        a = i - 1; /* (not "That prompted calls for": no one calls) */
    c->start = a;
    /* "were claimed", "has been criticized", "is expected": a participle
     * after a form of "be" reports its subject; not one of a state of
     * mind ("is worried"; "is convinced" is a phrase of its own) */
    c->passive = false;
    if (a < i && end == i + 1 && !nominal && !(w->cue_flags & FW_CUEF_STATE) &&
        participle(d, i))
        for (size_t x = a; x < i; x++)
            c->passive |= be_form(d, x);
    if (c->passive && summoned(d, i, end, s1))
        return false;
    /* but "X is reported to have called ...": X spoke; and "about being
     * described as": a gerund, with no subject of its own */
    if (c->passive &&
        ((end + 1 < s1 && tok_eq(d, end, "to") && tok_eq(d, end + 1, "have")) ||
         (a > s0 && tok_eq(d, a, "being") && is_word(d, a - 1) &&
          lexw(d, a - 1)->func == FW_FUNC_PREP)))
        c->passive = false;
    /* "curbs ordered by the president brought ...", "Widely derided by
     * politicians, ...": a participle right after its noun or adverb,
     * its agent after it, modifies the noun; nothing after it is
     * reported (but "said by telephone" names no agent; after a comma,
     * "the bill, opposed by X," is X's stance, as "be" would make it) */
    if (c->passive || a != i || i == s0 || end != i + 1)
        return true;
    size_t by = end;
    while (by < s1 && by < end + 2 && is_word(d, by) &&
           (lexw(d, by)->feats & (FW_LEX_WEEKDAY | FW_LEX_MONTH)))
        by++; /* "documents posted Wednesday by regulators" */
    return !(by + 1 < s1 && tok_eq(d, by, "by") && is_word(d, i - 1) &&
             participle(d, i) && is_word(d, by + 1) &&
             ((d->toks[by + 1].flags & FW_TOKEN_CAPITALIZED) ||
              lexw(d, by + 1)->func == FW_FUNC_DET ||
              plural_looking(d, by + 1)));
}

/* ------------------------------------------------------------------ */
/* Sources                                                             */

typedef struct source {
    size_t start, end; /* tokens */
    int32_t ment;      /* the mention naming the speaker, or -1 */
} source;

/* Is mention m one that can name a speaker? */
static bool speaker_mention(const fw_ment *m)
{
    if (m->flags & FW_MF_NESTED)
        return false;
    return m->kind != FW_MENTION_DEMONYM;
}

/* The first mention at token k, or the name a title or an honorific
 * there names ("Sen. X", "Professor X", "state Sen. X": a modifier in
 * lower case that the title leaves out); -1 when none starts there. */
static int32_t titled_name(const qctx *q, size_t k)
{
    const fw_doc *d = q->d;
    int32_t m = q->ment_at[k];
    if (m < 0 && k + 1 < d->n_toks && is_word(d, k) &&
        (((d->toks[k].flags & FW_TOKEN_CAPITALIZED) &&
          (lexw(d, k)->feats & FW_LEX_HONORIFIC)) ||
         (!(d->toks[k].flags & FW_TOKEN_CAPITALIZED) &&
          (lexw(d, k)->feats & FW_LEX_TITLE_MOD) && q->ment_at[k + 1] >= 0 &&
          d->ments[q->ment_at[k + 1]].kind == FW_MENTION_TITLE)))
        m = q->ment_at[k + 1];
    if (m >= 0 && q->d->ments[m].kind == FW_MENTION_TITLE &&
        q->d->ments[m].link >= 0)
        return q->d->ments[m].link;
    return m;
}

/* The name of a person that follows the noun a possessive at a - 1
 * qualifies, in apposition, within [a, b) ("his campaign manager, Jeff
 * Weaver", "their neighbor Benjamin Green"; not "his endorsement of
 * Clinton"), or -1. */
static int32_t name_after_possessive(const qctx *q, size_t a, size_t b)
{
    const fw_doc *d = q->d;
    static const word_form office_preps[] = {WF("at"), WF("of"), WF("for")};
    bool place = false; /* "his best friend at Lehigh, X", "its vice chair
                           for supervision, X": a phrase after "at", "of"
                           or "for", then a comma before the person's */
    for (size_t k = a; k < b && k < a + 8; k++) {
        int32_t m = titled_name(q, k); /* "his colleague, Sen. X" */
        if (k > a && m >= 0 && d->ments[m].kind == FW_MENTION_NAME &&
            d->ments[m].type == FW_ENTITY_PERSON &&
            speaker_mention(&d->ments[m]) && (!place || punct(d, k - 1, ','))) {
            size_t e = d->ments[m].tok_end; /* not "X aide Y": X qualifies */
            return e < b && is_word(d, e) && (lexw(d, e)->feats & FW_LEX_TITLE)
                       ? -1
                       : m;
        }
        if (k > a && word_among(d, k, office_preps, FW_COUNT(office_preps)) &&
            k + 1 < b) {
            place = true;
            continue;
        }
        bool name_word = place && ((d->toks[k].flags & FW_TOKEN_CAPITALIZED) ||
                                   lexw(d, k)->func == FW_FUNC_DET);
        if (!(punct(d, k, ',') || name_word ||
              (is_word(d, k) && !lexw(d, k)->func &&
               !(d->toks[k].flags & FW_TOKEN_CAPITALIZED) &&
               !fw_ing_form(d, k) && !past_verb(d, k))))
            return -1; /* (not "her speech following X's") */
    }
    return -1;
}

/* The organisation named after the words a place's or a body's
 * possessive at a - 1 qualifies, within [a, b) ("Egypt's state-affiliated
 * Al-Qahera News", "Japan's public broadcaster NHK", "Britain's
 * opposition Labour Party"), or -1: it speaks, not its owner. */
static int32_t body_after_possessive(const qctx *q, size_t a, size_t b)
{
    const fw_doc *d = q->d;
    for (size_t k = a + 1; k < b && k < a + 5; k++) {
        if (!is_word(d, k - 1) || lexw(d, k - 1)->func ||
            (d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED))
            return -1;
        int32_t m = q->ment_at[k];
        if (m >= 0 && d->ments[m].kind == FW_MENTION_NAME &&
            d->ments[m].type == FW_ENTITY_ORGANIZATION &&
            d->ments[m].tok_end <= b)
            return m;
    }
    return -1;
}

/* Is there a preposition other than "of" in tokens [a, b)? */
static bool prep_besides_of(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_word(d, k) && lexw(d, k)->func == FW_FUNC_PREP &&
            !tok_eq(d, k, "of"))
            return true;
    return false;
}

/* Is mention m a person's name? */
static bool person_name(const fw_ment *m)
{
    return m->kind == FW_MENTION_NAME && m->type == FW_ENTITY_PERSON &&
           speaker_mention(m);
}

/* Is mention m a possessive pronoun ("his", "their")? */
static bool possessive_pronoun(const fw_ment *m)
{
    return m->kind == FW_MENTION_PRONOUN && (m->flags & FW_MF_POSSESSIVE);
}

/* The person whose title follows a name that ends at token e, past a
 * few words that name no one, within [e, b) ("Reuters technical analyst
 * Wang Tao", "Sanders senior adviser X", "Idaho Republican Sen. X"): the
 * name qualifies the title. -1 when there is none. */
static int32_t titled_after_qualifier(const qctx *q, size_t e, size_t b)
{
    const fw_doc *d = q->d;
    bool titled = false; /* a title word passed */
    /* (past the name's acronym: "Social Democratic Party (SPD) group
     * leader X") */
    if (e + 3 < b && punct(d, e, '(') && fw_acronym(d, e + 1) &&
        punct(d, e + 2, ')'))
        e += 3;
    for (size_t k = e; k < b && k < e + 4; k++) {
        int32_t m = q->ment_at[k];
        if (m >= 0 && d->ments[m].kind == FW_MENTION_TITLE &&
            d->ments[m].link >= 0 && d->ments[m].tok_end <= b)
            return d->ments[m].link;
        /* (a title that began inside the name: "CenterPoint Energy
         * spokesperson Alex Smith") */
        if (titled && m >= 0 && person_name(&d->ments[m]) &&
            d->ments[m].tok_end <= b)
            return m;
        if (d->toks[k].kind == FW_TOKEN_NUMBER && m < 0)
            continue; /* "IAM District 751 President X" */
        if (!is_word(d, k) || lexw(d, k)->func || m >= 0 || past_verb(d, k) ||
            adverb_or_aux(d, k))
            return -1; /* (not "X largely ignored Senator Y") */
        titled |= (lexw(d, k)->feats & FW_LEX_TITLE) != 0;
    }
    return -1;
}

/* Does word i, after a place's name, name its people or a thing of its
 * own: a noun for a person ("Republican", "residents"), "voters", its
 * paper, its primary? */
static bool place_people(const fw_doc *d, size_t i)
{
    static const word_form words[] = {
        WF("voters"),      WF("voter"),    WF("paper"),    WF("newspaper"),
        WF("primary"),     WF("caucus"),   WF("caucuses"), WF("poll"),
        WF("polls"),       WF("surveys"),  WF("survey"),   WF("Republican"),
        WF("Republicans"), WF("Democrat"), WF("Democrats")};
    return is_word(d, i) && ((lexw(d, i)->ctx & FW_CTX_HUMAN) ||
                             word_among(d, i, words, FW_COUNT(words)));
}

/* Does the noun phrase after a possessive at token k (before b) name
 * other people: its head a title, "family", or a plural that names no
 * body ("aide", "chief aide", "liberal friends"; not "campaign", "team",
 * "analysis", "news")? */
static bool others_of(const fw_doc *d, size_t k, size_t b)
{
    size_t h = k;
    while (h + 1 < b && is_word(d, h + 1) && !lexw(d, h + 1)->func &&
           !(d->toks[h + 1].flags & FW_TOKEN_CAPITALIZED))
        h++; /* the last word of the phrase heads it */
    if (h >= b || !is_word(d, h) || lexw(d, h)->func ||
        (d->toks[h].flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *w = lexw(d, h);
    return (w->feats & FW_LEX_TITLE) || word_ci(d, h, "family") ||
           (plural_looking(d, h) &&
            !(w->feats & (FW_LEX_ORG_WORD | FW_LEX_TITLE_MOD)));
}

/* Does the noun phrase at token a open with people, a plural by the
 * ending of an agent's noun ("supporters", "residents", "critics") or a
 * noun for a person ("a senior ally"), before "of": "residents of the
 * town of X", "supporters of Y"? Not "excerpts of his speech". */
/* Does word a end as a plural of people does ("supporters",
 * "economists", "residents", "critics")? */
static bool people_of_ending(const fw_doc *d, size_t a)
{
    static const char *const endings[] = {"ers",  "ors",  "ists", "ents",
                                          "ants", "ians", "ics",  "ees"};
    const fw_tok *t = &d->toks[a];
    for (size_t k = 0; k < FW_COUNT(endings); k++) {
        size_t n = strlen(endings[k]);
        if (t->end - t->start > n + 2 &&
            strncasecmp(d->text + t->end - n, endings[k], n) == 0)
            return true;
    }
    return false;
}

/* Is word i the plural of a title ("analysts", "officials")? */
static bool plural_title(const fw_doc *d, size_t i)
{
    return fw_plural_title(d, &d->toks[i]) != NULL;
}

static bool people_of(const fw_doc *d, size_t a)
{
    if (is_word(d, a) && lexw(d, a)->func == FW_FUNC_DET)
        a++;
    /* (after its modifiers: "a senior ally of", "close friends of") */
    for (size_t m = 0;
         m < 2 && is_word(d, a + 1) && !tok_eq(d, a + 1, "of") &&
         !lexw(d, a)->func && !(d->toks[a].flags & FW_TOKEN_CAPITALIZED);
         m++)
        a++;
    if (!is_word(d, a) || lexw(d, a)->func || !tok_eq(d, a + 1, "of") ||
        (lexw(d, a)->feats & (FW_LEX_ORG_WORD | FW_LEX_TITLE_MOD)))
        return false;
    if (word_ci(d, a, "officials") || (lexw(d, a)->ctx & FW_CTX_HUMAN) ||
        ((lexw(d, a)->feats & FW_LEX_TITLE) &&
         !(d->toks[a].flags & FW_TOKEN_CAPITALIZED)))
        return true; /* ("a close friend of X", "the wife of Y") */
    return people_of_ending(d, a);
}

/* Is token i a possessive apostrophe after a word that ends in -s
 * ("Hayes' wife", "Gates' work"): a closing mark that pairs with none? */
static bool possessive_apostrophe(const qctx *q, size_t i)
{
    const fw_tok *t = &q->d->toks[i];
    return t->kind == FW_TOKEN_QUOTE && (t->flags & FW_TF_APOS_END) &&
           !(q->used[i] & USED_PAIRED);
}

/* Is token i the possessive after a name, "'s" or an apostrophe? */
static bool possessive_mark(const qctx *q, size_t i)
{
    return (q->d->toks[i].flags & FW_TF_POSSESSIVE) ||
           possessive_apostrophe(q, i);
}

/* The speaker's mention among the mentions in tokens [a, b): the first
 * person, organisation or place that is not inside a title or a
 * prepositional phrase. */
static int32_t head_mention(const qctx *q, size_t a, size_t b)
{
    const fw_doc *d = q->d;
    int32_t unknown = -1; /* a name of no known entity, if none follows */
    for (size_t k = a; k < b; k++) {
        /* "a soldier who declined to give his name": a relative clause
         * names no speaker */
        if (k > a && (tok_eq(d, k, "who") || tok_eq(d, k, "whom") ||
                      tok_eq(d, k, "whose")))
            break;
        int32_t m = q->ment_at[k];
        if (m < 0)
            continue;
        /* Several mentions may start here (a title and its name): take a
         * name's title's name, or the first that can speak. */
        for (size_t x = (size_t)m; x < d->n_ments && d->ments[x].tok == k;
             x++) {
            const fw_ment *mm = &d->ments[x];
            if (mm->tok_end > b || !speaker_mention(mm))
                continue;
            /* "residents of the town of X", "supporters of Y": people
             * the place or person has, who speak for themselves */
            if (k >= a + 2 && tok_eq(d, k - 1, "of") && people_of(d, a))
                break;
            /* "Economists polled by Reuters": the agent of a participle
             * that qualifies the source's noun asked them */
            if (k >= a + 3 && tok_eq(d, k - 1, "by") && past_verb(d, k - 2) &&
                is_word(d, k - 3) &&
                ((lexw(d, k - 3)->feats & FW_LEX_TITLE) ||
                 (lexw(d, k - 3)->ctx & FW_CTX_HUMAN) ||
                 people_of_ending(d, k - 3) || plural_title(d, k - 3)))
                break; /* (but "exit polls conducted by Edison Research": the
                          pollster's) */
            /* "documents seen by Reuters", "emails obtained by the Post":
             * the texts speak, not who read them */
            static const word_form read[] = {WF("seen"), WF("obtained"),
                                             WF("reviewed"), WF("viewed"),
                                             WF("examined")};
            if (k >= a + 2 && tok_eq(d, k - 1, "by") &&
                word_among(d, k - 2, read, FW_COUNT(read)))
                break;
            /* "a driver near Versailles": where the speaker is */
            if (k > a && mm->type == FW_ENTITY_PLACE &&
                !(mm->flags & FW_MF_WEAK) && is_word(d, k - 1) &&
                (lexw(d, k - 1)->ctx & FW_CTX_LOCATIVE) &&
                lexw(d, k - 1)->func == FW_FUNC_PREP)
                break;
            /* "DFA spokesman Neil Sroka": a name of no known entity
             * may qualify what follows it */
            if (mm->kind == FW_MENTION_NAME && mm->entity < 0 &&
                mm->tok_end < b && unknown < 0) {
                unknown = (int32_t)x;
                continue;
            }
            int32_t named;
            if (mm->kind == FW_MENTION_NAME &&
                (named = titled_after_qualifier(q, mm->tok_end, b)) >= 0)
                return named;
            /* "former Gov. and party chairman X": titles joined, then
             * the name */
            if ((mm->kind == FW_MENTION_NOMINAL ||
                 mm->kind == FW_MENTION_TITLE) &&
                mm->type == FW_ENTITY_PERSON && mm->tok_end + 1 < b &&
                tok_eq(d, mm->tok_end, "and"))
                for (size_t y = mm->tok_end + 1; y < b; y++) {
                    int32_t n = q->ment_at[y];
                    if (n >= 0 && person_name(&d->ments[n]) &&
                        d->ments[n].tok_end <= b)
                        return n;
                }
            /* "a former Google employee", "a Podesta worker": one of
             * the body's or the person's people, not their voice (but "a
             * Google spokesman" speaks for it) */
            if (mm->kind == FW_MENTION_NAME && mm->tok_end < b &&
                is_word(d, mm->tok_end) &&
                !(d->toks[mm->tok_end].flags & FW_TOKEN_CAPITALIZED) &&
                (lexw(d, mm->tok_end)->feats & FW_LEX_TITLE) &&
                lexw(d, mm->tok_end)->title == FW_TITLE_OTHER)
                return -1;
            /* "a Trump adviser", "a Clinton aide": someone the person
             * has, whom no name gives */
            if (mm->kind == FW_MENTION_NAME && mm->type == FW_ENTITY_PERSON &&
                mm->tok_end < b && is_word(d, mm->tok_end) &&
                !(d->toks[mm->tok_end].flags & FW_TOKEN_CAPITALIZED) &&
                ((lexw(d, mm->tok_end)->feats & FW_LEX_TITLE) ||
                 (lexw(d, mm->tok_end)->ctx & FW_CTX_HUMAN))) {
                /* ("Clinton ally James Carville": the name after it) */
                int32_t n = q->ment_at[mm->tok_end + 1];
                return n >= 0 && person_name(&d->ments[n]) &&
                               d->ments[n].tok_end <= b
                           ? n
                           : -1;
            }
            /* "Hungary's Viktor Orban": the person a place or body's
             * possessive qualifies */
            size_t e = mm->tok_end;
            if (mm->kind == FW_MENTION_NAME && mm->type != FW_ENTITY_PERSON &&
                e + 1 < b && possessive_mark(q, e) &&
                (named = q->ment_at[e + 1]) >= 0 &&
                person_name(&d->ments[named]) && d->ments[named].tok_end <= b)
                return named;
            /* "his campaign manager Jeff Weaver", "Google's chief
             * executive, X": the name speaks; "his aide", "Clinton's
             * advisers": someone else, whom the possessor's noun names
             * (but "his campaign" speaks for him) */
            size_t owned = possessive_pronoun(mm) ? e
                           : (mm->kind == FW_MENTION_NAME ||
                              mm->kind == FW_MENTION_NOMINAL) &&
                                   e + 1 < b && possessive_mark(q, e)
                               ? e + 1
                               : 0;
            if (owned && (named = name_after_possessive(q, owned, b)) >= 0)
                return named;
            /* "Japan's prime minister": a country's office, a nominal;
             * "Kenya's High Court", "Russia's Foreign Ministry": a body
             * the place has speaks for itself (or the one its title
             * names: "Italy's Northern League leader X") */
            /* (and a body a person's pronoun names: "his Social
             * Democrats vowed") */
            if (owned && (named = q->ment_at[owned]) >= 0 &&
                d->ments[named].tok_end <= b &&
                ((d->ments[named].kind == FW_MENTION_NOMINAL &&
                  d->ments[named].type == FW_ENTITY_PERSON) ||
                 ((mm->type == FW_ENTITY_PLACE || possessive_pronoun(mm)) &&
                  d->ments[named].kind == FW_MENTION_NAME &&
                  (d->ments[named].type == FW_ENTITY_ORGANIZATION ||
                   d->ments[named].type == FW_ENTITY_GROUP)))) {
                int32_t titled =
                    d->ments[named].kind == FW_MENTION_NAME
                        ? titled_after_qualifier(q, d->ments[named].tok_end, b)
                        : -1;
                return titled >= 0 ? titled : named;
            }
            if (owned &&
                (mm->type == FW_ENTITY_PLACE ||
                 mm->type == FW_ENTITY_ORGANIZATION) &&
                (named = body_after_possessive(q, owned, b)) >= 0)
                return named;
            if (owned && others_of(d, owned, b))
                return -1;
            /* "a New Hampshire Republican", "Iowa voters", "a New
             * Hampshire paper": people or a thing of the place speak,
             * not the place (but "U.S. officials" speak for it) */
            if (mm->kind == FW_MENTION_NAME && mm->type == FW_ENTITY_PLACE &&
                e < b && place_people(d, e))
                return -1;
            /* "Secretary-General X's spokesman Y": the title's name
             * is a possessor, read as such further on */
            if (mm->kind == FW_MENTION_TITLE && mm->link >= 0) {
                size_t le = d->ments[mm->link].tok_end;
                if (le + 1 < b && possessive_mark(q, le))
                    continue;
                return mm->link;
            }
            return (int32_t)x;
        }
        /* A preposition before it: "unit fighting in the city". */
        if (k > a && is_word(d, k - 1) && lexw(d, k - 1)->func == FW_FUNC_PREP)
            break;
        /* an aside in brackets after a name: "Lindner (FDP) said" */
        if (k + 1 < b && punct(d, k + 1, '(') && unknown >= 0)
            break;
    }
    return unknown;
}

/* When token 'close' is the ')' of a short aside after a name, "(D-Md.)",
 * "(R)", or the second dash of one ("X - and Y - said"), the index of its
 * '(' or first dash (after 'lo'); else SIZE_MAX. The words in
 * parentheses may run to fifteen tokens: "Kasich (who has 25 delegates
 * to date) said". */
static size_t find_aside_open(const fw_doc *d, size_t lo, size_t close)
{
    if (d->toks[close].kind == FW_TOKEN_DASH) {
        /* "Democrats - and some Republicans - say": a name before it; a
         * relative clause may run longer ("X -- who has been ... --
         * said", "DFA - which was founded by ... and which has ... -
         * said") */
        for (size_t k = close; k > lo + 1 && close - k < 32; k--) {
            if (d->toks[k - 1].kind == FW_TOKEN_DASH)
                return k - 1 < close - 1 && is_word(d, k - 2) &&
                               (close - k < 13 || tok_eq(d, k, "who") ||
                                tok_eq(d, k, "which"))
                           ? k - 1
                           : SIZE_MAX;
            if (clause_stop(d, k - 1) && !punct(d, k - 1, ','))
                return SIZE_MAX;
        }
        return SIZE_MAX;
    }
    if (!punct(d, close, ')'))
        return SIZE_MAX;
    for (size_t k = close; k > lo && close - k < 16; k--) {
        if (punct(d, k - 1, '('))
            return k - 1 > lo && d->toks[k - 2].kind == FW_TOKEN_WORD &&
                           (d->toks[k - 2].flags & FW_TOKEN_CAPITALIZED)
                       ? k - 1
                       : SIZE_MAX;
        if (clause_stop(d, k - 1) && !punct(d, k - 1, '.'))
            return SIZE_MAX; /* but "(D-Md.)" */
    }
    return SIZE_MAX;
}

/* When token 'close' is a ')', the index of its '(' after 'lo' within
 * sixteen tokens, whatever precedes it; else SIZE_MAX. */
static size_t paren_open(const fw_doc *d, size_t lo, size_t close)
{
    if (!punct(d, close, ')'))
        return SIZE_MAX;
    for (size_t k = close; k > lo && close - k < 16; k--)
        if (punct(d, k - 1, '('))
            return k - 1;
    return SIZE_MAX;
}

/* The same, asked of every token: most are neither a ')' nor a dash. */
static inline size_t aside_open(const fw_doc *d, size_t lo, size_t close)
{
    if (d->toks[close].kind != FW_TOKEN_DASH && !punct(d, close, ')'))
        return SIZE_MAX;
    return find_aside_open(d, lo, close);
}

/* Is word i, in a clause from 'lo', a noun after an article, a
 * quantifier or a possessive, with at most one word between: "the
 * report", "his statement", "the congressional report", "one tweet"? */
static bool noun_after_article(const qctx *q, size_t lo, size_t i)
{
    const fw_doc *d = q->d;
    size_t plain = 0; /* lower-case words between */
    for (size_t k = i; k > lo && i - k < 6; k--) {
        if (d->toks[k - 1].kind == FW_TOKEN_NUMBER)
            continue; /* "a 2014 House committee report" */
        if (!is_word(d, k - 1))
            return false;
        const fw_lex_word *w = lexw(d, k - 1);
        if (w->func == FW_FUNC_DET || people_word(d, k - 1) ||
            ((w->feats & FW_LEX_PRONOUN) && (w->pron & FW_PRON_POSS)) ||
            (d->toks[k - 1].flags & FW_TF_POSSESSIVE))
            return true; /* (and "one tweet", "another report") */
        if (w->func ||
            (!(d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED) && ++plain > 1))
            return false;
    }
    return false;
}

/* Is token p inside a name that starts after 'lo' ("and" in "the
 * Organization for Economic Cooperation and Development"), or the first
 * of one ("WHO" the organisation, not the pronoun)? */
static bool inside_name(const qctx *q, size_t lo, size_t p)
{
    int32_t first = q->ment_at[p];
    if (first >= 0 && (q->d->ments[first].kind == FW_MENTION_NAME ||
                       q->d->ments[first].kind == FW_MENTION_TITLE))
        return true; /* "The WHO said", "WHO Europe director X said" */
    for (size_t x = p; x > lo && p - x < 8; x--) {
        int32_t m = q->ment_at[x - 1];
        if (m >= 0 && q->d->ments[m].tok_end > p)
            return true;
    }
    return false;
}

/* Does "and" at token p, before the end j of a source, join two plurals
 * at the start of a clause: "doctors and medical experts", "while nurses
 * and doctors"? (Not "X cut jobs and analysts said".) */
static bool plurals_joined(const fw_doc *d, size_t lo, size_t p, size_t j)
{
    if (!tok_eq(d, p, "and") || p < lo + 1 || p + 1 >= j ||
        !is_word(d, p - 1) || lexw(d, p - 1)->func ||
        ((d->toks[p - 1].flags & FW_TOKEN_CAPITALIZED) && p - 1 != lo) ||
        !plural_looking(d, p - 1) || !is_word(d, p + 1) || lexw(d, p + 1)->func)
        return false;
    size_t b = p - 1; /* the first plural opens the clause */
    return b == lo || punct(d, b - 1, ',') || subordinator(d, b - 1);
}

/* The article or possessive that opens a noun of a word or two in lower
 * case before token j ("the judge", "his federal lawyer"), after k; j
 * if there is none. */
static size_t article_noun_start(const fw_doc *d, size_t k, size_t j)
{
    for (size_t g = j - 1; g > k && j - g <= 3; g--) {
        if (!is_word(d, g - 1) || (d->toks[g].flags & FW_TOKEN_CAPITALIZED) ||
            lexw(d, g)->func)
            return j;
        if (article_or_possessive(d, g - 1))
            return g - 1;
    }
    return j;
}

/* "a move analysts said would tighten supply", "a plan Tom Hale says
 * is rushed": when the words after cue j open with a verb, their subject
 * came before the source, which is a reduced relative clause's. The
 * source is then only the name, or the plural with the capitalised words
 * and quantifiers before it, after an article and a noun ("a move"); not
 * "House ethics investigators" or "the most optimistic Democrats", whose
 * words before the plural are its own. Where the source found starts at
 * k otherwise. */
static size_t relative_source_start(const qctx *q, size_t k, size_t j)
{
    const fw_doc *d = q->d;
    if (j < k + 3 || j + 1 >= d->n_toks || !is_word(d, j) || lexw(d, j)->func ||
        !(lexw(d, j)->feats & FW_LEX_CUE) || !is_word(d, j + 1) ||
        lexw(d, j + 1)->func != FW_FUNC_AUX ||
        (d->toks[j + 1].flags & FW_TOKEN_CAPITALIZED) || !is_word(d, j - 1))
        return k;
    size_t g = j - 1; /* the group's first token */
    int32_t m = q->ment_end[j];
    bool name = m >= 0 && d->ments[m].kind == FW_MENTION_NAME;
    if (name)
        g = d->ments[m].tok;
    else if (!(d->toks[g].flags & FW_TOKEN_CAPITALIZED) && plural_looking(d, g))
        ;
    else if ((g = article_noun_start(d, k, j)) == j)
        return k; /* (but "a punishment the judge said was meant to") */
    while (g > k && is_word(d, g - 1) &&
           ((d->toks[g - 1].flags & FW_TOKEN_CAPITALIZED) ||
            people_word(d, g - 1)))
        g--;
    if (g < k + 2 || !is_word(d, g - 1) || lexw(d, g - 1)->func ||
        (d->toks[g - 1].flags & FW_TOKEN_CAPITALIZED) || !is_word(d, g - 2))
        return k;
    bool antecedent = article_or_possessive(d, g - 2) ||
                      (name && (d->toks[g - 2].flags & FW_TOKEN_CAPITALIZED));
    return antecedent ? g : k;
}

/* Does the name ending before "and" at token p open its noun phrase,
 * after the start, punctuation or a preposition ("A report by the WHO
 * and the ...", "Both the Times and the ..."; not "is investigating the
 * police and the ...")? */
static bool conjunct_opens(const qctx *q, size_t lo, size_t p)
{
    const fw_doc *d = q->d;
    size_t a = d->ments[q->ment_end[p]].tok;
    if (a > lo && (word_ci(d, a - 1, "the") || word_ci(d, a - 1, "both")))
        a--;
    if (a > lo && word_ci(d, a - 1, "both"))
        a--;
    return a == lo || !is_word(d, a - 1) ||
           lexw(d, a - 1)->func == FW_FUNC_PREP;
}

/* The noun phrase that ends before token j, back to a clause boundary
 * from 'lo', at most 12 tokens: a pronoun or a mention ending there, or
 * words with a noun among them ("the Kremlin": its article belongs to
 * it). */
/* Is the comma at token p one of a list of names that "and" ends
 * before token j ("the ministers of Egypt, Jordan and Qatar said")? */
static bool names_listed(const qctx *q, size_t lo, size_t p, size_t j)
{
    const fw_doc *d = q->d;
    if (!punct(d, p, ',') || p <= lo || p + 3 > j || j - p > 40 ||
        q->ment_end[p] < 0)
        return false; /* (a list of a few names: a huge one costs no
                         time quadratic in its length) */
    bool joined = false;
    for (size_t x = p + 1; x < j;) {
        int32_t m = q->ment_at[x];
        if (m >= 0 && d->ments[m].kind == FW_MENTION_NAME &&
            d->ments[m].tok_end <= j) {
            x = d->ments[m].tok_end;
        } else if (punct(d, x, ',') && !joined) {
            x++;
        } else if (tok_eq(d, x, "and") && !joined) {
            joined = true;
            x++;
        } else {
            return false;
        }
    }
    return joined;
}

/* Do tokens [a, b) hold a clause's verb: an auxiliary, or a verb in
 * the past after a word that is no article ("the vote ended"; not "the
 * troubled carmaker")? */
static bool verb_after_noun(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_word(d, k) && (lexw(d, k)->func == FW_FUNC_AUX ||
                              (k > a && past_verb(d, k) && is_word(d, k - 1) &&
                               !lexw(d, k - 1)->func)))
            return true;
    return false;
}

/* Are tokens [a, b) a noun phrase and the participle that qualifies it
 * ("A group formed", "A firm set up to buy the assets"), not a clause
 * ("Trump began the day", "he resigned", "the candidate has
 * delivered", "the week")? An article opens it, a participle follows,
 * and no auxiliary. */
static bool subject_then_participle(const qctx *q, size_t a, size_t b)
{
    const fw_doc *d = q->d;
    if (a >= b || !is_word(d, a) || lexw(d, a)->func != FW_FUNC_DET)
        return false;
    bool participle = false;
    for (size_t k = a + 1; k < b; k++) {
        if (is_word(d, k) && lexw(d, k)->func == FW_FUNC_AUX)
            return false;
        participle |= past_verb(d, k) || (tok_eq(d, k, "set") && k + 1 < b &&
                                          tok_eq(d, k + 1, "up"));
    }
    return participle;
}

/* Is word k a noun for people or a body, who may speak ("diplomats",
 * "spokesman", "ministry", "residents", "some")? */
static bool speaker_noun(const fw_doc *d, size_t k)
{
    return is_word(d, k) &&
           ((lexw(d, k)->feats & (FW_LEX_TITLE | FW_LEX_ORG_WORD)) ||
            (lexw(d, k)->ctx & FW_CTX_HUMAN) || people_word(d, k) ||
            plural_title(d, k));
}

/* Could tokens [a, b) be who speaks: a person, organisation or
 * pronoun the mentions hold, a title, or a noun for people or a body?
 * Not "the floods", "the Swedish carmaker's collapse" (a possessor is
 * not the phrase's head, nor is a demonym). */
static bool may_speak(const qctx *q, size_t a, size_t b)
{
    const fw_doc *d = q->d;
    for (size_t k = a; k < b; k++) {
        int32_t m = q->ment_at[k];
        for (size_t x = m < 0 ? d->n_ments : (size_t)m;
             x < d->n_ments && d->ments[x].tok == k; x++)
            if (speaker_mention(&d->ments[x]) &&
                d->ments[x].kind != FW_MENTION_DEMONYM &&
                !(d->ments[x].tok_end < b &&
                  possessive_mark(q, d->ments[x].tok_end)))
                return true;
        if (!(k + 1 < b && possessive_mark(q, k + 1)) &&
            (speaker_noun(d, k) ||
             (is_word(d, k) && (lexw(d, k)->feats & FW_LEX_PRONOUN))))
            return true;
    }
    return false;
}

/* Is token v, after the subject that token k opens, an auxiliary of
 * the subject's own clause before the cue at j, a clause with a phrase
 * of its own ("Ann Vell is vocal in opposing", "X was making a pitch,
 * saying"), not of the cue's verb ("Vell has sometimes acknowledged"),
 * and not after "it" ("It is too soon to say": no one's words)? */
static bool clause_aux(const fw_doc *d, size_t k, size_t v, size_t j)
{
    if (!is_word(d, v) || lexw(d, v)->func != FW_FUNC_AUX ||
        word_ci(d, k, "it"))
        return false;
    for (size_t x = v + 1; x < j; x++)
        if (punct(d, x, ',') ||
            (is_word(d, x) && (lexw(d, x)->func == FW_FUNC_PREP ||
                               lexw(d, x)->func == FW_FUNC_DET)))
            return true;
    return false;
}

/* "X could be met by a chorus of Democrats urging him to quit", "X
 * will need support with polls showing ...": the start of the object of
 * "by" or "with" between token v and the cue in -ing at j right after
 * it, the cue's subject, when it may speak or the cue tells evidence;
 * else 0. */
static size_t agent_before_ing(const qctx *q, size_t v, size_t j)
{
    const fw_doc *d = q->d;
    if (!fw_ing_form(d, j) || !is_word(d, j - 1))
        return 0;
    for (size_t p = j - 1; p > v; p--) {
        if (tok_eq(d, p, "by") || tok_eq(d, p, "with"))
            return p + 1 < j && (may_speak(q, p + 1, j) ||
                                 lexw(d, j)->cue == FW_CUE_EVIDENCE)
                       ? p + 1
                       : 0;
        if (d->toks[p].kind != FW_TOKEN_WORD)
            return 0;
    }
    return 0;
}

static bool source_np(const qctx *q, size_t lo, size_t j, source *s)
{
    const fw_doc *d = q->d;
    size_t k = j, aside = 0;   /* tokens in asides passed */
    size_t head_end = j;       /* the head is not in an aside */
    size_t time_pp = SIZE_MAX; /* where a phrase of time passed began */
    while (k > lo && j - k < 12 + aside) {
        size_t p = k - 1;
        const fw_tok *t = &d->toks[p];
        if (names_listed(q, lo, p, j)) {
            aside += 4; /* (a list is longer than a name) */
            k = p;
            continue;
        }
        size_t open = aside_open(d, lo, p);
        if (open != SIZE_MAX && open > lo) {
            /* "Sen. Johnny Isakson (R-Ga.) said", "X -- who ... --
             * said"; but after the dashes of "... -- around 22 weeks --
             * she said" comes the source itself */
            if (k < j && t->kind == FW_TOKEN_DASH)
                break;
            aside += k - open;
            if (k == j &&
                (tok_eq(d, open + 1, "who") || tok_eq(d, open + 1, "which") ||
                 (d->toks[open].kind == FW_TOKEN_DASH &&
                  (past_verb(d, open + 1) || fw_ing_form(d, open + 1)))))
                head_end = open; /* names in it are not the source ("X --
                                    mentioned by Y as ... -- told") */
            k = open;
            continue;
        }
        if ((t->kind == FW_TOKEN_PUNCT || t->kind == FW_TOKEN_QUOTE ||
             t->kind == FW_TOKEN_DASH || in_quote(d, p)) &&
            !possessive_apostrophe(q, p) && /* "knowledge of Gates' work" */
            !(p > lo && tok_eq(d, p, "/") &&
              (d->toks[p - 1].flags & d->toks[p + 1].flags &
               FW_TOKEN_CAPITALIZED) &&
              is_word(d, p - 1) && t->start == d->toks[p - 1].end &&
              t->end == d->toks[p + 1].start)) /* "a Reuters/Ipsos poll" */
            break;
        if (subordinator(d, p) && !inside_name(q, lo, p) &&
            !(p + 1 < j && tok_eq(d, p, "and") && p > lo &&
              q->ment_end[p] >= 0 &&
              (q->ment_at[p + 1] >= 0 ||
               (p + 2 < j && tok_eq(d, p + 1, "the") &&
                q->ment_at[p + 2] >= 0 &&
                conjunct_opens(q, lo, p)))) && /* "X and the Y" */
            !plurals_joined(d, lo, p, j) &&
            !(tok_eq(d, p, "who") && p > lo && p + 1 < j &&
              is_word(d, p - 1))) {
            /* but "A group formed after the floods said": a phrase of
             * time with no one in it who may speak qualifies the
             * subject before it */
            static const word_form times[] = {WF("after"), WF("before"),
                                              WF("since"), WF("until")};
            if (time_pp == SIZE_MAX && p > lo && p + 2 < j && j - p < 10 &&
                word_among(d, p, times, FW_COUNT(times)) &&
                !may_speak(q, p + 1, j) && !verb_after_noun(d, p + 1, j)) {
                time_pp = k;
                aside += j - p + 8; /* (as an aside is; the subject
                                       it qualifies may be long) */
                k = p;
                continue;
            }
            break; /* but "an official who spoke anonymously said" */
        }
        if (is_word(d, p) && lexw(d, p)->func == FW_FUNC_WH &&
            !inside_name(q, lo, p) && !tok_eq(d, p, "who"))
            break; /* "asked why Cruz decided": a question's subject */
        if (tok_eq(d, p, "to") && p > lo && tok_eq(d, p - 1, "according"))
            break; /* "according to X, who declined": X alone */
        cue c;     /* but "the secretary of state said": no verb */
        if (is_word(d, p) && (lexw(d, p)->feats & FW_LEX_CUE) &&
            !(t->flags & FW_TOKEN_CAPITALIZED) &&
            !noun_after_article(q, lo, p) && cue_at(q, p, lo, j, &c))
            break;
        k = p;
    }
    /* (the subject before the phrase of time starts the sentence or
     * its clause, or the phrase is no part of it) */
    if (time_pp != SIZE_MAX &&
        ((k > lo && is_word(d, k - 1) && !subordinator(d, k - 1)) ||
         !subject_then_participle(q, k, time_pp)))
        k = time_pp;
    /* "In New Hampshire he said": after a fronted phrase, a subject
     * pronoun is the whole source */
    if (j > k + 1 && subject_pronoun(d, j - 1) && is_word(d, k) &&
        lexw(d, k)->func == FW_FUNC_PREP)
        k = j - 1;
    static const word_form approximate[] = {WF("about"), WF("around"),
                                            WF("over"), WF("under")};
    while (k + 1 < j && is_word(d, k) && lexw(d, k)->func == FW_FUNC_PREP &&
           !word_among(d, k, approximate, FW_COUNT(approximate)) &&
           !tok_eq(d, k + 1, "least") && !tok_eq(d, k + 1, "most"))
        k++; /* "with three in 10 saying": the source is no phrase of
                place or manner (but "about half of voters said", "at
                least 40 said") */
    k = relative_source_start(q, k, j);
    if (k == j)
        return false;
    /* "a title game many are calling a classic", "glad the day he
     * learned that": a subject pronoun or a word for people right after
     * a noun opens a relative clause with no "that"; it is the cue's
     * subject */
    if (j >= k + 2 && (subject_pronoun(d, j - 1) || people_word(d, j - 1)) &&
        is_word(d, j - 2) && !lexw(d, j - 2)->func && !people_word(d, j - 2) &&
        !past_verb(d, j - 2) &&
        !(d->toks[j - 2].flags & (FW_TOKEN_CAPITALIZED | FW_TF_POSSESSIVE)))
        k = j - 1;
    /* "Tom Hale started the debate saying", "Ann Vell is vocal in
     * opposing": a verb in the past or an auxiliary after the name or
     * pronoun that opens the source is its clause's, no part of the
     * source */
    for (size_t v = k + 1; v + 1 < j; v++) {
        int32_t n = q->ment_end[v];
        if (n >= 0 && d->ments[n].tok == k &&
            (d->ments[n].kind == FW_MENTION_PRONOUN ||
             (d->ments[n].kind == FW_MENTION_NAME &&
              (d->ments[n].type == FW_ENTITY_PERSON ||
               d->ments[n].type == FW_ENTITY_ORGANIZATION))) &&
            (past_verb(d, v) || clause_aux(d, k, v, j))) {
            size_t agent = agent_before_ing(q, v, j);
            if (agent)
                k = agent;
            else
                j = head_end = v;
            break;
        }
    }
    while (j > k + 1 && d->toks[j - 1].kind == FW_TOKEN_DASH)
        j--; /* "X - and Y -" */
    if (j > k + 1 && (d->toks[j - 1].flags & FW_TF_POSSESSIVE) &&
        subject_pronoun(d, j - 2))
        j--; /* "He's predicting": the clitic is the verb's */
    s->start = k;
    s->end = j;
    s->ment = head_mention(q, k, head_end < j ? head_end : j);
    if (s->ment >= 0)
        return true;
    for (size_t x = k; x < j; x++)
        if ((is_word(d, x) && (!lexw(d, x)->func || people_word(d, x))) ||
            (x + 1 < j && d->toks[x].kind == FW_TOKEN_NUMBER &&
             (d->text[d->toks[x + 1].start] == '%' ||
              (tok_eq(d, x + 1, "in") && x + 2 < j &&
               d->toks[x + 2].kind == FW_TOKEN_NUMBER))))
            return true; /* "47% say", "4 in 10 said" */
    return false;        /* function words and numbers name no one */
}

/* Does the part set off by commas from token k hold a verb of its own,
 * so that it is a clause, not what describes a source ("21", "a junior
 * from Las Vegas", but "who was elected in 2012" does)? */
static bool clause_part(const fw_doc *d, size_t k)
{
    if (tok_eq(d, k, "who") || tok_eq(d, k, "which") || tok_eq(d, k, "whose"))
        return false;
    for (; k < d->n_toks && !punct(d, k, ',') && !clause_stop(d, k); k++) {
        const fw_tok *t = &d->toks[k];
        if (tok_eq(d, k, "who") || tok_eq(d, k, "which") ||
            tok_eq(d, k, "whose") || tok_eq(d, k, "that") ||
            (t->kind == FW_TOKEN_WORD && fw_ing_form(d, k)))
            return false; /* "a lawyer who has helped", "a consultant
                             whose firm was hired", "after a poll showing
                             his lead had shrunk" */
        if (is_word(d, k) && (lexw(d, k)->func == FW_FUNC_AUX ||
                              ((lexw(d, k)->feats & FW_LEX_CUE) &&
                               !(t->flags & FW_TOKEN_CAPITALIZED) &&
                               verb_only(d, lexw(d, k), k))))
            return true; /* "Sanders said the plan ...": a clause */
    }
    return false;
}

/* Are tokens [a, b) a short phrase with no verb of its own ("the next
 * day", "About 10:03 p.m.")? Then it only sets the clause that follows
 * it in time or place. */
static bool only_phrase(const fw_doc *d, size_t a, size_t b)
{
    if (b <= a || b - a > 6)
        return false;
    for (size_t k = a; k < b; k++) {
        if (!is_word(d, k) && d->toks[k].kind != FW_TOKEN_NUMBER &&
            !punct(d, k, '.'))
            return false;
        const fw_lex_word *w = lexw(d, k);
        if (w->func == FW_FUNC_AUX || (w->feats & FW_LEX_PRONOUN) ||
            past_verb(d, k) || (w->feats & FW_LEX_CUE))
            return false;
    }
    return true;
}

/* Does what starts at token k describe the source before it ("..., a
 * fundraising website", "..., the group's founder.") rather than go on
 * with a clause ("..., the contractors left for the compound")? */
static bool describes_source(const fw_doc *d, size_t k, size_t hi)
{
    if (tok_eq(d, k, "a") || tok_eq(d, k, "an") || tok_eq(d, k, "another"))
        return true;
    size_t e = k;
    while (e < hi && !punct(d, e, ',') && !clause_stop(d, e))
        e++;
    return tok_eq(d, k, "the") && e - k <= 5;
}

/* Does the noun phrase [a, e) open with a title, after an article or a
 * possessor and modifiers ("a spokeswoman for the Commission", "the
 * Fed's vice chair for supervision")? */
static bool titled_head(const fw_doc *d, size_t a, size_t e)
{
    if (a < e && is_word(d, a) && lexw(d, a)->func == FW_FUNC_DET)
        a++;
    for (size_t k = a; k < e && k < a + 4; k++)
        if (d->toks[k].flags & FW_TF_POSSESSIVE) {
            a = k + 1; /* "the Fed's vice chair" */
            break;
        }
    for (size_t k = a; k < e && k < a + 3; k++) {
        if (!is_word(d, k) || lexw(d, k)->func)
            return false;
        if (lexw(d, k)->feats & FW_LEX_TITLE)
            return true;
    }
    return false;
}

/* Is the comma at token k the one between a city and its state
 * ("Wilmington, N.C.,", "Austin, Texas,")? */
static bool state_comma(const fw_doc *d, size_t k)
{
    if (k == 0 || !is_word(d, k + 1) || !is_word(d, k - 1) ||
        !(d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *w = lexw(d, k + 1);
    return (w->abbrev == FW_ABBR_STATE ||
            ((w->feats & FW_LEX_PLACE) && w->place == FW_PLACE_SUBDIVISION)) &&
           (punct(d, k + 2, ',') || punct(d, k + 2, '.'));
}

/* The source ending before token j: a noun phrase, or one followed by
 * up to two more parts set off by commas, the whole being the source
 * ("Peskov, the Kremlin spokesman, said", "X, who ..., told", "Marley
 * Anderson, 21, a junior from Las Vegas, said"). */
static bool source_parts(const qctx *q, size_t lo, size_t j, source *s)
{
    const fw_doc *d = q->d;
    /* "X, host of "Morning Joe," said", "X, who calls Y a "sociopath,"
     * said": the comma inside the mark (but 'As for X, "I write them
     * off," said Y': words said, set off by a comma of their own) */
    size_t end = j;
    if (j > lo + 2 && closing_mark(d, j - 1) && punct(d, j - 2, ',')) {
        size_t open = j - 2;
        while (open > lo && !is_quote_mark(d, open))
            open--;
        if (is_quote_mark(d, open) && open > lo && punct(d, open - 1, ',') &&
            !quoted_title(q, open, j - 1))
            return false;
        j--;
    }
    if (!(j > lo + 1 && punct(d, j - 1, ',')))
        return source_np(q, lo, end, s);
    size_t k = j - 1;
    /* "Sen. X (D-R.I.), said", "..., Gov. Y (R-Ohio), said": the name
     * and its aside, after a comma or from the clause's start (but not
     * "X, who leads the Free Democrats (FDP), said") */
    if (j > lo + 2 && punct(d, j - 2, ')') && source_np(q, lo, j - 1, s) &&
        (s->start == lo || !is_word(d, s->start - 1) ||
         tok_eq(d, s->start - 1, "and")) &&
        !past_verb(d, s->start))
        return true;
    for (int part = 0; part < 4; part++) {
        size_t limit = k > lo + 2 * NEAR ? k - 2 * NEAR : lo;
        size_t comma = SIZE_MAX;
        bool bracket = false; /* words in brackets passed */
        while (k > limit) {
            k--;
            size_t open = paren_open(d, limit, k);
            if (open != SIZE_MAX && open > limit) {
                k = open;
                bracket = true;
                continue;
            }
            if (punct(d, k, ',') && !in_quote(d, k) && !state_comma(d, k)) {
                comma = k;
                break;
            }
            if (clause_stop(d, k))
                break;
        }
        /* brackets only inside a relative clause or a participle's
         * phrase: "X, whose party (FDP) has insisted ..., said", "The
         * report, compiled by the World Food Programme (WFP), found" */
        if (bracket && comma != SIZE_MAX &&
            !(tok_eq(d, comma + 1, "who") || tok_eq(d, comma + 1, "whose") ||
              tok_eq(d, comma + 1, "which") || past_verb(d, comma + 1)))
            comma = SIZE_MAX;
        if (comma == SIZE_MAX && part == 0 && j > lo + 2 &&
            punct(d, j - 2, ')'))
            return source_np(q, lo, j - 1, s); /* "Sen. X (D-R.I.), said" */
        /* "Rep. X, R-Ala., chairman of ..., said": over the party */
        if (comma != SIZE_MAX && comma >= lo + 3 &&
            fw_party_label(d, comma - 1) && punct(d, comma - 2, ','))
            comma -= 2;
        /* ("X, asked about Y, said": the question put to X is an aside) */
        bool asked = comma != SIZE_MAX && comma + 1 < j &&
                     (word_ci(d, comma + 1, "asked") ||
                      word_ci(d, comma + 1, "pressed") ||
                      /* ("X, known as Y, said": a name the source goes
                       * by) */
                      (word_ci(d, comma + 1, "known") && comma + 2 < j &&
                       tok_eq(d, comma + 2, "as")));
        if (comma == SIZE_MAX || comma <= lo ||
            (clause_part(d, comma + 1) && !asked) ||
            (comma + 2 == j - 1 &&
             (tok_eq(d, comma + 1, "and") || tok_eq(d, comma + 1, "or"))))
            return false; /* "..., some would be lost, said X"; "X stood
                             in Iowa, and, citing Y": no apposition */
        source inner;
        /* "X, 61, of Brelsk, Vorsk, said": where X is from, an aside
         * of its own; X is further back */
        bool origin = comma > lo + 2 && is_word(d, comma - 1) &&
                      (d->toks[comma - 1].flags & FW_TOKEN_CAPITALIZED);
        if (origin) {
            size_t x = comma - 1;
            while (x > lo && is_word(d, x - 1) &&
                   (d->toks[x - 1].flags & FW_TOKEN_CAPITALIZED))
                x--;
            origin = x > lo + 1 &&
                     (tok_eq(d, x - 1, "of") || tok_eq(d, x - 1, "from")) &&
                     punct(d, x - 2, ',');
        }
        if (origin) {
            k = comma;
            continue;
        }
        if (source_np(q, lo, comma, &inner)) {
            /* "His campaign manager, Anna Berglund, said", "The leader
             * of the group, Jon Green, said": the name in apposition */
            int32_t named;
            if (inner.ment >= 0 && possessive_pronoun(&d->ments[inner.ment]) &&
                (named = name_after_possessive(q, d->ments[inner.ment].tok_end,
                                               j - 1)) >= 0)
                inner.ment = named;
            else if ((named = titled_name(q, comma + 1)) >= 0 &&
                     person_name(&d->ments[named]) &&
                     d->ments[named].tok_end == j - 1 &&
                     !(inner.ment >= 0 && person_name(&d->ments[inner.ment])) &&
                     (!prep_besides_of(d, inner.start, comma) ||
                      titled_head(d, inner.start, comma)))
                inner.ment = named; /* (not "remarks about his rival, X";
                                       but "a spokeswoman for Y, X") */
            else if (((inner.ment >= 0 &&
                       (d->ments[inner.ment].flags & FW_MF_POSSESSIVE) &&
                       d->ments[inner.ment].tok_end + 1 < comma) ||
                      (inner.ment >= 0 &&
                       d->ments[inner.ment].kind == FW_MENTION_NOMINAL &&
                       d->ments[inner.ment].type != FW_ENTITY_PERSON) ||
                      (inner.ment < 0 && inner.start + 1 < comma &&
                       is_word(d, inner.start) &&
                       ((lexw(d, inner.start)->pron & FW_PRON_POSS) ||
                        word_ci(d, inner.start, "the")) &&
                       !prep_besides_of(d, inner.start, comma))) &&
                     (named = q->ment_at[comma + 1]) >= 0 &&
                     d->ments[named].kind == FW_MENTION_NAME &&
                     d->ments[named].type != FW_ENTITY_PLACE &&
                     d->ments[named].tok_end == j - 1 &&
                     speaker_mention(&d->ments[named]))
                inner.ment = named; /* "Boeing's largest customer,
                                       Emirates, said", "Its owner, Norvik
                                       Industries, said", "The chain,
                                       Tesco, said" */
            *s = (source){inner.start, j - 1, inner.ment};
            return true;
        }
        k = comma;
    }
    return false;
}

/* Does source s, after an inverted cue, open with someone who may
 * speak: a mention at its head ("said the minister", "said Tom Hale, a
 * friend"), or a title or a noun for a person ("said an official who
 * was briefed")? Not "..., welcomed the agreement in a post on X". */
static bool names_speaker(const qctx *q, const source *s)
{
    static const word_form sources[] = {WF("source"), WF("sources")};
    const fw_doc *d = q->d;
    if (s->ment >= 0 && (d->ments[s->ment].tok <= s->start + 3 ||
                         person_name(&d->ments[s->ment])))
        return true;
    for (size_t k = s->start; k < s->end && k < s->start + 4; k++)
        if (is_word(d, k) &&
            ((lexw(d, k)->feats & (FW_LEX_TITLE | FW_LEX_PRONOUN)) ||
             (lexw(d, k)->ctx & FW_CTX_HUMAN) || people_word(d, k) ||
             plural_looking(d, k) ||
             word_among(d, k, sources, FW_COUNT(sources))))
            return true;
    return false;
}

/* Does source s name a person? */
static bool person_source(const fw_doc *d, const source *s)
{
    if (s->ment < 0)
        return false;
    const fw_ment *m = &d->ments[s->ment];
    return m->type == FW_ENTITY_PERSON ||
           (m->kind == FW_MENTION_PRONOUN &&
            (m->gender == FW_GENDER_M || m->gender == FW_GENDER_F));
}

/* Is there a verb of a clause's own in tokens [a, b): an auxiliary or a
 * past tense in lower case, not in a relative clause ("X, who won Y,")? */
static bool own_verb_in(const fw_doc *d, size_t a, size_t b)
{
    bool verb = false;
    for (size_t k = a; k < b; k++) {
        if (!is_word(d, k) || (d->toks[k].flags & FW_TOKEN_CAPITALIZED))
            continue;
        const fw_lex_word *w = lexw(d, k);
        if (w->func == FW_FUNC_WH || tok_eq(d, k, "who") ||
            tok_eq(d, k, "which") || tok_eq(d, k, "that"))
            return false; /* (and the participle may be its clause's) */
        verb |=
            w->func == FW_FUNC_AUX || (!w->func && fw_past_tense(d, k) &&
                                       !(d->toks[k].flags & FW_TF_HYPHENATED));
    }
    return verb;
}

/* "The victory led X to declare", "the ruling prompted Y to say": a
 * verb that makes its object act; the object speaks. */
static bool causes(const fw_doc *d, size_t v)
{
    static const word_form verbs[] = {
        WF("led"),       WF("prompted"),  WF("forced"),    WF("pushed"),
        WF("caused"),    WF("drove"),     WF("inspired"),  WF("encouraged"),
        WF("persuaded"), WF("convinced"), WF("compelled"), WF("moved")};
    return word_among(d, v, verbs, FW_COUNT(verbs));
}

/* Does the verb at token v make its object act, which the infinitive
 * after the object tells: "a law requiring companies to disclose", "a
 * ruling that allows states to ban"? Its object is the act's subject,
 * named or not. */
static bool obliges(const fw_doc *d, size_t v)
{
    static const word_form verbs[] = {
        WF("require"), WF("requires"),  WF("required"),   WF("requiring"),
        WF("allow"),   WF("allows"),    WF("allowed"),    WF("allowing"),
        WF("force"),   WF("forces"),    WF("forcing"),    WF("permit"),
        WF("permits"), WF("permitted"), WF("permitting"), WF("oblige"),
        WF("obliges"), WF("obliged"),   WF("obliging"),   WF("enable"),
        WF("enables"), WF("enabled"),   WF("enabling")};
    return word_among(d, v, verbs, FW_COUNT(verbs));
}

/* "EU to propose tariffs", a headline's future: before a cue at token
 * 'at', "to" after a name is no part of the source; returns where the
 * source ends. */
static size_t name_before_to(const qctx *q, size_t lo, size_t at)
{
    return at > lo + 1 && tok_eq(q->d, at - 1, "to") && q->ment_end[at - 1] >= 0
               ? at - 1
               : at;
}

static size_t discourse_aside(const fw_doc *d, size_t lo, size_t j);
static size_t act_time_start(const fw_doc *d, size_t lo, size_t j);
static bool subject_before(const qctx *q, size_t lo, size_t at, source *s);
static bool time_noun(const fw_doc *d, size_t i);

/* Are tokens [a, e) an expletive "it", a form of "be" and an adjective
 * before an infinitive ("it is hard to", "it's common to", "it would be
 * wrong to")? They name no one: the act is anyone's. */
static bool expletive_it(const fw_doc *d, size_t a, size_t e)
{
    if (e < a + 4 || !word_ci(d, a, "it") || !tok_eq(d, e - 1, "to"))
        return false;
    size_t k = a + 1;
    while (k < e - 1 && is_word(d, k) &&
           (lexw(d, k)->func == FW_FUNC_AUX ||
            (d->toks[k].flags & FW_TF_POSSESSIVE)))
        k++;
    if (k == a + 1 || e - 1 - k > 2)
        return false;
    for (; k < e - 1; k++)
        if (!is_word(d, k) || (d->toks[k].flags & FW_TOKEN_CAPITALIZED) ||
            (lexw(d, k)->func && lexw(d, k)->func != FW_FUNC_ADV))
            return false;
    return true;
}

/* The source before a cue at token 'at' (the cue's first token), in the
 * clause that starts at 'lo'. */
/* "blunt Republicans' generalized demands for change", "include SPD
 * demands for a minimum wage": a cue in -s that may be a plural noun,
 * before "for", after a name or its possessive that a verb or a
 * preposition puts in no subject's place; the name is the source. */
static bool noun_owner(const qctx *q, size_t lo, size_t at, source *s)
{
    const fw_doc *d = q->d;
    if (!(lexw(d, at)->cue_flags & FW_CUEF_PLURAL) || at + 1 >= d->n_toks ||
        !tok_eq(d, at + 1, "for"))
        return false;
    size_t k = at; /* over adjectives in lower case */
    while (k > lo + 1 && at - k < 2 && is_word(d, k - 1) &&
           !lexw(d, k - 1)->func &&
           !(d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED) &&
           q->ment_end[k] < 0 && !possessive_mark(q, k - 1))
        k--;
    size_t e = k > lo && possessive_mark(q, k - 1) ? k - 1 : k;
    int32_t m = q->ment_end[e];
    if (m < 0 || d->ments[m].kind != FW_MENTION_NAME)
        return false;
    size_t a = d->ments[m].tok;
    static const word_form complement[] = {WF("by"), WF("of"), WF("from"),
                                           WF("with"), WF("at")};
    if (a <= lo || !is_word(d, a - 1) ||
        (d->toks[a - 1].flags & FW_TOKEN_CAPITALIZED) ||
        (lexw(d, a - 1)->func && lexw(d, a - 1)->func != FW_FUNC_PREP) ||
        word_among(d, a - 1, complement, FW_COUNT(complement)))
        return false; /* (not "polls by X shows") */
    *s = (source){a, k, m};
    return true;
}

static bool source_before(const qctx *q, size_t lo, size_t at, source *s)
{
    const fw_doc *d = q->d;
    if (at <= lo)
        return false;
    if (noun_owner(q, lo, at, s))
        return true;
    size_t j = at;
    /* "X interjected to say", "X explained it by saying", "X took to
     * Twitter to deny", "X goes on to say", "she would have to admit":
     * the subject of the verb before. */
    if (j > lo + 1 && (tok_eq(d, j - 1, "to") || tok_eq(d, j - 1, "by"))) {
        static const word_form goes_on[] = {WF("goes"), WF("continues"),
                                            WF("proceeds")};
        for (size_t v = j - 1; v-- > lo && j - v < 12;) {
            if (clause_stop(d, v) || is_quote_mark(d, v) || punct(d, v, ','))
                break;
            if (!is_word(d, v) || (d->toks[v].flags & FW_TOKEN_CAPITALIZED))
                continue;
            const fw_lex_word *w = lexw(d, v);
            bool clitic = (d->toks[v].flags & FW_TF_POSSESSIVE) != 0;
            bool aux = w->func == FW_FUNC_AUX ||
                       (clitic && subject_pronoun(d, v - 1)); /* "it's" */
            bool verb =
                (fw_past_tense(d, v) && !w->func &&
                 !(d->toks[v].flags & FW_TF_HYPHENATED)) ||
                (w->feats & FW_LEX_CUE) || aux ||
                (d->text[d->toks[v].end - 1] == 's' && !w->func && !clitic &&
                 ((q->ment_end[v] >= 0 &&
                   d->ments[q->ment_end[v]].type != FW_ENTITY_PLACE) ||
                  subject_pronoun(d, v - 1) ||
                  word_among(d, v, goes_on, FW_COUNT(goes_on))));
            /* (whose object acts: "has pushed X to", "would have
             * required X to"; but a passive's subject does: "X would be
             * allowed to deny") */
            bool passive = v > lo && be_form(d, v - 1);
            if (verb && !passive && causes(d, v) && v + 2 < j &&
                source_parts(q, v + 1, j - 1, s) && s->ment >= 0)
                return true;
            if (!passive && obliges(d, v))
                return v + 2 < j && source_parts(q, v + 1, j - 1, s);
            while (verb && v > lo + 1 && is_word(d, v - 1) &&
                   lexw(d, v - 1)->func == FW_FUNC_AUX)
                v--; /* "would have to": the subject before the first */
            if (aux && word_ci(d, v - 1, "it"))
                break; /* "it is hard to say": no one's (below) */
            if (verb && source_parts(q, lo, v, s))
                return true;
        }
    }
    j = name_before_to(q, lo, j);
    if (!source_parts(q, lo, discourse_aside(d, lo, act_time_start(d, lo, j)),
                      s))
        return false;
    if (expletive_it(d, s->start, s->end)) {
        s->ment = -1; /* no one's: "it is hard to say" */
        return true;
    }
    /* "He scrapped plans to", "the data dashed hopes that": the cue is
     * the object of a verb, whose subject is the source */
    if (s->end == at && s->end > s->start + 1 && past_verb(d, s->end - 1) &&
        (lexw(d, at)->cue_flags & (FW_CUEF_PLURAL | FW_CUEF_NOUN)) &&
        (!lexw(d, s->end - 2)->func || subject_pronoun(d, s->end - 2))) {
        s->end--;
        s->ment = head_mention(q, s->start, s->end);
    }
    /* words that end in a preposition and name no one ("her eagerness
     * to defend", "preventing clerks from denying") have their subject
     * further back */
    source back;
    if (s->ment < 0 && s->end > s->start && is_word(d, s->end - 1) &&
        lexw(d, s->end - 1)->func == FW_FUNC_PREP &&
        subject_before(q, lo, at, &back))
        *s = back;
    /* "the Knoxville, Tennessee-based company said": a nominal that
     * holds a place's comma is the whole source */
    int32_t n = s->ment < 0 && s->end > s->start ? q->ment_end[s->end] : -1;
    if (n >= 0 && d->ments[n].kind == FW_MENTION_NOMINAL &&
        d->ments[n].tok < s->start) {
        s->start = d->ments[n].tok;
        s->ment = n;
    }
    return true;
}

/* Is token i a noun of time as a phrase of time holds it: in lower case,
 * or a day or month ("week", "Sunday"; not "The New York Times")? */
static bool time_word(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    return t->kind == FW_TOKEN_WORD &&
           (!(t->flags & FW_TOKEN_CAPITALIZED) ||
            (lexw(d, i)->feats & (FW_LEX_MONTH | FW_LEX_WEEKDAY))) &&
           time_noun(d, i);
}

/* Where a phrase of time that sits between the source and its cue at
 * token j begins ("X on Sunday said", "X, who ..., last week defended"):
 * the act's time, not the source's; j when there is none. */
static size_t act_time_start(const fw_doc *d, size_t lo, size_t j)
{
    static const word_form words[] = {
        WF("on"),   WF("in"),      WF("at"),    WF("during"), WF("last"),
        WF("this"), WF("earlier"), WF("later"), WF("early"),  WF("late"),
        WF("the"),  WF("same"),    WF("that"),  WF("next")};
    size_t p = j;
    bool time = false;
    /* (the phrase ends in its noun or date; most sources end in a name,
     * capitalised, which only a day or month may be) */
    if (j < lo + 2 ||
        !(d->toks[j - 1].kind == FW_TOKEN_NUMBER || time_word(d, j - 1)))
        return j;
    while (p > lo + 1 && j - p < 5) {
        size_t k = p - 1;
        if (time_word(d, k))
            time = true;
        else if (!(d->toks[k].kind == FW_TOKEN_NUMBER ||
                   (is_word(d, k) &&
                    !(d->toks[k].flags & FW_TOKEN_CAPITALIZED) &&
                    word_among(d, k, words, FW_COUNT(words)))))
            break;
        p = k;
    }
    /* (the phrase opens with its preposition or modifier, not "the", or
     * with a day or month: "X on Sunday said", "X last week said", "X
     * Tuesday said", not "for the first time", "the past two years") */
    while (p < j && tok_eq(d, p, "the"))
        p++;
    if (p < j && !(is_word(d, p) &&
                   (word_among(d, p, words, FW_COUNT(words)) ||
                    (lexw(d, p)->feats & (FW_LEX_MONTH | FW_LEX_WEEKDAY)))))
        return j;
    /* not the object of a preposition ("the people of March"), nor
     * the time of a participle ("a report published Friday") */
    bool own = p > lo && is_word(d, p - 1) &&
               (lexw(d, p - 1)->func == FW_FUNC_PREP ||
                lexw(d, p - 1)->func == FW_FUNC_DET || past_verb(d, p - 1) ||
                fw_ing_form(d, p - 1) ||
                /* "on Super Tuesday": a day's name */
                ((d->toks[p - 1].flags & FW_TOKEN_CAPITALIZED) && p > lo + 1 &&
                 is_word(d, p - 2) && lexw(d, p - 2)->func == FW_FUNC_PREP));
    return time && p < j && p > lo && !own ? p : j;
}

/* Where an aside of the writer's that sits between the source and its
 * cue at token j begins ("X, for example, said", "The mayor, however,
 * said", "X, for his part, said"): its opening comma; j when there is
 * none. */
static size_t discourse_aside(const fw_doc *d, size_t lo, size_t j)
{
    if (j < lo + 4 || !punct(d, j - 1, ','))
        return j;
    size_t p = j - 2; /* the aside's first word, going back */
    while (p > lo && p + 5 > j && !punct(d, p - 1, ',')) {
        if (!is_word(d, p) || (d->toks[p].flags & FW_TOKEN_CAPITALIZED))
            return j;
        p--;
    }
    if (p <= lo || !punct(d, p - 1, ',') || !is_word(d, p) ||
        (d->toks[p].flags & FW_TOKEN_CAPITALIZED))
        return j;
    const fw_lex_word *w = lexw(d, p);
    bool adverb = p + 2 == j &&
                  (w->func == FW_FUNC_ADV || adverb_or_aux(d, p)) &&
                  w->func != FW_FUNC_AUX;
    bool phrase = w->func == FW_FUNC_PREP && p + 2 < j;
    return adverb || phrase ? p - 1 : j;
}

/* The source after a cue ending at token 'at': "said Peskov", "according
 * to officials". */
static bool clause_verb_at(const fw_doc *d, size_t k);

static bool source_after(const qctx *q, size_t at, size_t hi, source *s)
{
    const fw_doc *d = q->d;
    size_t k = at;
    while (k < hi && k - at < 12) {
        const fw_tok *t = &d->toks[k];
        /* "a New York Times/CBS News poll", "AT&T" */
        if ((punct(d, k, '/') || punct(d, k, '&')) && k > at && k + 1 < hi &&
            is_word(d, k + 1)) {
            k++;
            continue;
        }
        if ((t->kind == FW_TOKEN_PUNCT || t->kind == FW_TOKEN_QUOTE ||
             t->kind == FW_TOKEN_DASH || in_quote(d, k)) &&
            !(k > at && possessive_apostrophe(q, k))) /* "Hayes' wife" */
            break;
        /* "said X and Y.", "said lobbyist and strategist X": names and
         * titles joined up to the clause's end */
        if (k > at && tok_eq(d, k, "and")) {
            size_t y = k + 1;
            bool named = false;
            while (y < hi && y < k + 8 && is_word(d, y) &&
                   !clause_verb_at(d, y) &&
                   (lexw(d, y)->func == 0 || tok_eq(d, y, "the")) &&
                   !(lexw(d, y)->feats & FW_LEX_PRONOUN)) {
                named |= q->ment_at[y] >= 0;
                y++;
            }
            if (named && (y >= hi || clause_stop(d, y) || punct(d, y, ','))) {
                k = y;
                break;
            }
        }
        if (k > at && ((subordinator(d, k) && q->ment_at[k] < 0) ||
                       (is_word(d, k) && (lexw(d, k)->feats & FW_LEX_CUE) &&
                        !noun_after_article(q, at, k))))
            break; /* but "according to the report", "the WHO" */
        k++;
    }
    if (k == at)
        return false;
    s->start = at;
    s->end = k;
    s->ment = head_mention(q, at, k);
    return s->ment >= 0 || k - at >= 1;
}

/* ------------------------------------------------------------------ */
/* Quotations                                                          */

static fw_quot *new_quot(qctx *q, fw_quote_kind kind, uint32_t sent)
{
    fw_doc *d = q->d;
    fw_quot *x = FW_PUSH(&d->arena, d->quots, d->n_quots, d->cap_quots);
    if (!x)
        return NULL;
    x->kind = (uint8_t)kind;
    x->src_ment = -1;
    x->speaker = -1;
    x->qspan = -1;
    x->sent = sent;
    x->first_part = (uint32_t)d->n_qparts;
    return x;
}

static fw_status add_part(qctx *q, fw_quot *x, uint32_t start, uint32_t end)
{
    fw_doc *d = q->d;
    /* Trim white space and the punctuation that hugs a quotation's end
     * is kept: it is what was said ("...the war,"). */
    while (start < end && (d->text[start] == ' ' || d->text[start] == '\n'))
        start++;
    while (end > start &&
           (d->text[end - 1] == ' ' || d->text[end - 1] == '\n' ||
            d->text[end - 1] == '\r'))
        end--;
    if (end <= start)
        return FW_OK;
    fw_span *p = FW_PUSH(&d->arena, d->qparts, d->n_qparts, d->cap_qparts);
    if (!p)
        return FW_ENOMEM;
    p->start = start;
    p->end = end;
    x->n_parts++;
    return FW_OK;
}

static void set_cue(qctx *q, fw_quot *x, const cue *c)
{
    const fw_doc *d = q->d;
    x->cue_start = d->toks[c->start].start;
    x->cue_end = d->toks[c->end - 1].end;
    for (size_t k = c->start; k < c->end; k++)
        q->used[k] |= USED_CUE;
}

/* Is token i a function word that ends no noun phrase: a preposition,
 * a conjunction, an auxiliary or an article ("the authors of the |
 * wrote", "allies have in the past | said", "Police had | charged")? */
static bool dangling(const fw_doc *d, size_t i)
{
    const fw_lex_word *w = lexw(d, i);
    return is_word(d, i) &&
           (w->func == FW_FUNC_PREP || w->func == FW_FUNC_CONJ ||
            w->func == FW_FUNC_AUX || word_ci(d, i, "the") ||
            word_ci(d, i, "a") || word_ci(d, i, "an"));
}

/* "a company spokeswoman", "the ministry spokesman": one who speaks for
 * a body its common noun names, the source [a, e) whole; the body of
 * that kind the story named last, within about two paragraphs, or -1.
 * (A spokesperson speaks for the body, as "an Acme spokesman" does.) */
static int32_t body_by_noun(const qctx *q, size_t a, size_t e)
{
    const fw_doc *d = q->d;
    size_t k = a;
    if (k < e && is_word(d, k) && lexw(d, k)->func == FW_FUNC_DET)
        k++;
    if (k + 2 != e || !is_word(d, k) ||
        (d->toks[k].flags & FW_TOKEN_CAPITALIZED) ||
        !(lexw(d, k)->feats & FW_LEX_ORG_WORD) || !lexw(d, k)->org ||
        !is_word(d, k + 1) || lexw(d, k + 1)->title != FW_TITLE_SPOKESPERSON)
        return -1;
    uint8_t kind = lexw(d, k)->org;
    for (size_t t = a; t-- > 0 && a - t < 200;) {
        int32_t m = q->ment_at[t];
        if (m < 0)
            continue;
        int32_t ent = d->ments[m].entity;
        if (ent >= 0 && d->ents[ent].type == FW_ENTITY_ORGANIZATION &&
            d->ents[ent].org == kind)
            return ent;
    }
    return -1;
}

/* Gives quotation x source s. A source that no name heads loses the
 * function words a broken clause left at its end, and is none at all
 * when it opens with an auxiliary or a preposition ("was spent on phone
 * calls | opposing", "fees from | advising"; but "About four in 10 |
 * say", "At least half of voters | say"). */
static void set_source(qctx *q, fw_quot *x, const source *s)
{
    static const word_form amounts[] = {WF("about"), WF("at"),    WF("around"),
                                        WF("over"),  WF("under"), WF("up"),
                                        WF("by"),    WF("like")};
    const fw_doc *d = q->d;
    size_t a = s->start, e = s->end;
    int32_t ment = s->ment;
    /* "X has gotten less credit than aides | say": who says it follows
     * "than" */
    for (size_t k = e - 1; k-- > a + 1;) {
        /* (not "X, who spoke for more than 45 minutes,") */
        if (tok_eq(d, k, "who") || tok_eq(d, k, "which") ||
            d->toks[k + 1].kind == FW_TOKEN_NUMBER)
            break;
        if (tok_eq(d, k, "than") && finite_verb_in(d, a, k)) {
            a = k + 1; /* (not "Fewer than half of voters say") */
            if (ment >= 0 && d->ments[ment].tok < a)
                ment =
                    q->ment_at[a] >= 0 && d->ments[q->ment_at[a]].tok_end <= e
                        ? q->ment_at[a]
                        : -1;
            break;
        }
    }
    if (ment < 0) {
        while (e > a + 1 && dangling(d, e - 1))
            e--;
        /* ("raising | hopes of ...": a participle alone) */
        if (e == a + 1 && is_word(d, a) && fw_ing_form(d, a) &&
            !lexw(d, a)->func && !(d->toks[a].flags & FW_TOKEN_CAPITALIZED))
            return;
        if (is_word(d, a) && (lexw(d, a)->func == FW_FUNC_AUX ||
                              (lexw(d, a)->func == FW_FUNC_PREP &&
                               !word_among(d, a, amounts, FW_COUNT(amounts)))))
            return;
        /* (nor a clause of its own: "Millions were spent on calls |
         * opposing"; but "those who were polled | said") */
        for (size_t k = a; k + 1 < e; k++) {
            if (is_word(d, k) && lexw(d, k)->func == FW_FUNC_WH)
                break;
            if (k > a && is_word(d, k) && lexw(d, k)->func == FW_FUNC_AUX &&
                !tok_eq(d, k - 1, "to") && !tok_eq(d, k - 1, "that") &&
                (past_verb(d, k + 1) || fw_ing_form(d, k + 1)))
                return; /* (not "research to be released by X") */
        }
    }
    x->src_start = d->toks[a].start;
    x->src_end = d->toks[e - 1].end;
    x->src_ment = ment;
    x->speaker = ment >= 0 ? d->ments[ment].entity : -1;
    if (x->speaker < 0)
        x->speaker = body_by_noun(q, a, e);
}

static size_t sent_lo(const fw_doc *d, uint32_t s)
{
    return d->sents[s].first_token;
}

static size_t sent_hi(const fw_doc *d, uint32_t s)
{
    return d->sents[s].first_token + d->sents[s].token_count;
}

/* '," said his best friend at Lehigh, Bruce Turry, who ...': when no
 * person's name heads the source, one set off by a comma right after it
 * is the speaker, and the source runs to its end. */
static void name_in_apposition(const qctx *q, source *s, size_t hi)
{
    const fw_doc *d = q->d;
    if ((s->ment >= 0 && person_name(&d->ments[s->ment])) || s->end + 1 >= hi ||
        !punct(d, s->end, ','))
        return;
    int32_t m = q->ment_at[s->end + 1];
    if (m < 0 || !person_name(&d->ments[m]))
        return;
    size_t e = d->ments[m].tok_end;
    if (e < hi && !punct(d, e, ',') && !clause_stop(d, e))
        return; /* a clause of its own: "..., Trump won" */
    s->end = e;
    s->ment = m;
}

static bool tag_verb_after(qctx *q, size_t close, size_t k, size_t hi, cue *c,
                           source *s);

/* Does [a, b) hold a clause's start or verb: a word that opens a clause,
 * an auxiliary, a verb in the past not after an article ("a retired
 * nurse" has none)? */
static bool clause_in(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (!is_word(d, k))
            continue;
        const fw_lex_word *w = lexw(d, k);
        /* ("the senator and candidate": "and" joins nouns) */
        if ((subordinator(d, k) && !tok_eq(d, k, "and")) ||
            w->func == FW_FUNC_WH || w->func == FW_FUNC_AUX ||
            (past_verb(d, k) && !(k > a && is_word(d, k - 1) &&
                                  lexw(d, k - 1)->func == FW_FUNC_DET)))
            return true;
    }
    return false;
}

/* '," Jane Doe, 67, a retired nurse in Allentown, Pa., said', '," the
 * tall, old diplomat said': source 's' of a cue after a quotation starts
 * at token k, right after the quotation, when all before it is one noun
 * phrase: it opens with a name or an article, holds no clause and no
 * quotation mark, and names the speaker if 's' did ('" at the
 * convention, he said' stays "he"). */
static void source_from(const qctx *q, size_t k, source *s)
{
    const fw_doc *d = q->d;
    if (!is_word(d, k) || clause_in(d, k, s->start) ||
        !((d->toks[k].flags & FW_TOKEN_CAPITALIZED) ||
          lexw(d, k)->func == FW_FUNC_DET))
        return;
    for (size_t x = k; x < s->start; x++)
        if (is_quote_mark(d, x))
            return;
    int32_t m = head_mention(q, k, s->end);
    if (m < 0 && s->ment >= 0)
        return; /* ("the dawn of the movement, X said": X speaks) */
    s->start = k;
    s->ment = m;
}

/* The index of the ')' closing the '(' at token 'open' before 'limit',
 * within eight tokens; SIZE_MAX when there is none. */
static size_t paren_close(const fw_doc *d, size_t open, size_t limit)
{
    for (size_t k = open + 1; k < limit && k < open + 9; k++) {
        if (punct(d, k, ')'))
            return k;
        if (punct(d, k, '(') || is_quote_mark(d, k))
            return SIZE_MAX; /* (a period may be an abbreviation's: "R-Fla.") */
    }
    return SIZE_MAX;
}

/* The attribution after a closing mark at token 'close': '," X said',
 * '," said X', '," according to X'. */
/* When token i opens a quoted title of up to four words that closes
 * before 'limit' ('"Ted Cruz" pins'), its closing mark; else SIZE_MAX. */
static size_t quoted_name_end(const qctx *q, size_t i, size_t limit)
{
    size_t c = quote_closing(q, i, limit);
    return c != SIZE_MAX && c <= i + 5 && quoted_title(q, i, c) ? c : SIZE_MAX;
}

/* "'We will rebuild': Mayor X vows ...", a headline's: the person or
 * body named right after the colon that follows the quotation, before
 * its verb or the line's end, said it; the colon is the cue. */
static bool headline_speaker_after(qctx *q, size_t colon, size_t hi, cue *c,
                                   source *s)
{
    const fw_doc *d = q->d;
    if (!headline_at(d, colon) || !source_after(q, colon + 1, hi, s) ||
        s->start != colon + 1 || s->ment < 0 ||
        !speaker_mention(&d->ments[s->ment]) ||
        d->ments[s->ment].kind == FW_MENTION_PRONOUN)
        return false;
    *c = (cue){.start = colon, .end = colon + 1, .verb = colon};
    return true;
}

static bool attribution_after(qctx *q, size_t close, cue *c, source *s)
{
    const fw_doc *d = q->d;
    uint32_t sn = q->sent_of[close];
    if (sn == UINT32_MAX)
        return false;
    size_t hi = sent_hi(d, sn);
    size_t k = close + 1;
    if (k < hi && punct(d, k, ':'))
        return headline_speaker_after(q, k, hi, c, s);
    if (k < hi && punct(d, k, ','))
        k++;
    if (k >= hi)
        return false;
    size_t limit = k + NEAR < hi ? k + NEAR : hi;
    for (size_t i = k; i < limit; i++) {
        /* '," Sen. X (R-Fla.) said': past a short aside in brackets */
        size_t close_paren;
        if (punct(d, i, '(') &&
            (close_paren = paren_close(d, i, limit)) != SIZE_MAX) {
            i = close_paren;
            continue;
        }
        /* '," X, wearing "Ted Cruz" pins, said': past a short quoted
         * name in what describes the source */
        size_t title_end = quoted_name_end(q, i, limit);
        if (title_end != SIZE_MAX) {
            i = title_end;
            continue;
        }
        if (is_quote_mark(d, i) || clause_stop(d, i))
            break;
        if (!cue_at(q, i, k, hi, c))
            continue;
        if (c->participle && c->cls != FW_CUE_ACCORDING)
            return false; /* '," referring to X': a topic, not a speaker */
        if (c->start == k || (c->cls == FW_CUE_ACCORDING && c->verb == k)) {
            /* "said Peskov", "according to X" */
            if (!source_after(q, c->end, hi, s))
                return false;
            name_in_apposition(q, s, hi);
            return true;
        }
        if (!source_before(q, k, c->start, s))
            return false;
        /* '," Jane Doe, 67, a retired nurse in Allentown, Pa., said', '," the
         * tall, old diplomat said': all before the cue is the source, when
         * no verb of its own is there */
        if (s->start > k)
            source_from(q, k, s);
        return s->start == k;
    }
    return tag_verb_after(q, close, k, hi, c, s);
}

/* '"This is fantastic!" beamed X', '"...," he quipped.': after a
 * quotation that ends in a comma, "!" or "?" inside its marks, a verb in
 * the past that no lexicon lists, with a person before or after it, is
 * its attribution all the same. */
static bool tag_verb_after(qctx *q, size_t close, size_t k, size_t hi, cue *c,
                           source *s)
{
    const fw_doc *d = q->d;
    if (close == 0 || !(punct(d, close - 1, ',') || punct(d, close - 1, '!') ||
                        punct(d, close - 1, '?')))
        return false;
    size_t v = k;
    int32_t m = q->ment_at[k];
    bool before = subject_pronoun(d, k) ||
                  (m >= 0 && d->ments[m].type == FW_ENTITY_PERSON);
    if (before)
        v = subject_pronoun(d, k) ? k + 1 : d->ments[m].tok_end;
    if (v >= hi || !past_verb(d, v) || (d->toks[v].aux & FW_WA_CUE))
        return false;
    size_t after = v + 1; /* the clause ends, or an adverb or phrase */
    if (before) {
        if (after < hi && !punct(d, after, ',') && !clause_stop(d, after) &&
            !adverb_or_aux(d, after) &&
            !(is_word(d, after) && (lexw(d, after)->func == FW_FUNC_PREP ||
                                    lexw(d, after)->func == FW_FUNC_CONJ)))
            return false; /* (and '"...," X barked and left') */
        *s = (source){k, v, subject_pronoun(d, k) ? q->ment_at[k] : m};
    } else {
        int32_t n = after < hi ? q->ment_at[after] : -1;
        if (n < 0 || d->ments[n].type != FW_ENTITY_PERSON ||
            !source_after(q, after, hi, s))
            return false;
        name_in_apposition(q, s, hi);
    }
    *c = (cue){.start = v, .end = v + 1, .verb = v, .cls = FW_CUE_SPEECH};
    return true;
}

/* A quotation that fills its paragraph, signed in the next one, of a
 * line or so that a dash opens: '"...." ¶ - Bernie Sanders.', '¶ --
 * President Obama, tweeting after the speech.' The dash is the cue. */
static bool signed_after(qctx *q, const fw_qspan *first, const fw_qspan *last,
                         cue *c, source *s)
{
    const fw_doc *d = q->d;
    uint32_t b = last->block;
    if (b + 1 >= d->n_blocks)
        return false;
    size_t dash = d->block_tok[b + 1];
    if (d->block_tok[first->block] != first->open || last->close + 1 != dash ||
        d->toks[dash].kind != FW_TOKEN_DASH ||
        d->block_tok[b + 2] - dash > 16 ||
        d->toks[d->block_tok[b + 2] - 1].kind == FW_TOKEN_DASH)
        return false; /* (a subhead: "- Tom Hale's plan -") */
    uint32_t sn = q->sent_of[dash];
    if (sn == UINT32_MAX || !source_after(q, dash + 1, sent_hi(d, sn), s) ||
        s->ment < 0 || d->ments[s->ment].kind != FW_MENTION_NAME)
        return false; /* a name: not "- An immigrant himself -." */
    *c = (cue){
        .start = dash, .end = dash + 1, .verb = dash, .cls = FW_CUE_SPEECH};
    return true;
}

/* Labels that head a headline without naming a speaker. */
static bool headline_label(const fw_doc *d, size_t i)
{
    static const word_form words[] = {
        WF("update"),    WF("updated"),   WF("breaking"),   WF("watch"),
        WF("video"),     WF("photos"),    WF("analysis"),   WF("opinion"),
        WF("editorial"), WF("exclusive"), WF("live"),       WF("factbox"),
        WF("explainer"), WF("timeline"),  WF("correction"), WF("note"),
        WF("review"),    WF("interview"), WF("latest"),     WF("byline"),
        WF("dateline"),  WF("look"),      WF("boom"),       WF("listen"),
        WF("q&a"),       WF("recap"),     WF("preview"),    WF("obituary"),
        WF("profile"),   WF("comment"),   WF("podcast"),    WF("quiz")};
    return word_among(d, i, words, FW_COUNT(words));
}

/* Words that name who speaks in a headline's "Poll: Trump leads". */
static bool source_noun(const fw_doc *d, size_t i)
{
    static const word_form words[] = {
        WF("poll"),      WF("polls"),     WF("survey"),      WF("report"),
        WF("study"),     WF("sources"),   WF("source"),      WF("official"),
        WF("officials"), WF("aide"),      WF("aides"),       WF("camp"),
        WF("campaign"),  WF("spokesman"), WF("spokeswoman"), WF("police"),
        WF("witnesses"), WF("analysts"),  WF("experts"),     WF("newspaper"),
        WF("lawyer"),    WF("lawyers"),   WF("prosecutors"), WF("ministry"),
        WF("government")};
    return word_among(d, i, words, FW_COUNT(words));
}

static size_t paren_close(const fw_doc *d, size_t open, size_t limit);

/* Is the label [lo, colon) a person's name alone, a speaker in a
 * transcript ("Matthews: Well, ...")? A title and an aside in brackets
 * may go with it ("Rep. Trey Gowdy (R-S.C.): ..."). */
/* Is token i a list's bullet: a dash, "*" or "•"? */
static bool bullet(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    size_t n = t->end - t->start;
    return t->kind == FW_TOKEN_DASH || (n == 1 && d->text[t->start] == '*') ||
           (n == 3 && memcmp(d->text + t->start, "\xE2\x80\xA2", 3) == 0);
}

static bool person_label(const qctx *q, size_t lo, size_t colon)
{
    const fw_doc *d = q->d;
    int32_t m = q->ment_at[lo];
    if (m >= 0 && d->ments[m].kind == FW_MENTION_TITLE &&
        d->ments[m].link >= 0) {
        m = d->ments[m].link; /* (a full name: "Delegate Update" is none) */
        if (d->ments[m].tok_end - d->ments[m].tok < 2)
            return false;
    }
    if (m < 0 || d->ments[m].kind != FW_MENTION_NAME ||
        d->ments[m].type != FW_ENTITY_PERSON)
        return false;
    size_t end = d->ments[m].tok_end, close;
    if (end < colon && punct(d, end, '(') &&
        (close = paren_close(d, end, colon)) != SIZE_MAX)
        end = close + 1;
    return end == colon;
}

/* A list item's label before cue c, which opens the item's words after
 * the colon: "* Senator X: Told a town hall that ...", "Y: Has said
 * ...". */
static bool label_before(const qctx *q, size_t lo, const cue *c, source *s)
{
    const fw_doc *d = q->d;
    size_t start = lo + (lo + 1 < c->start && bullet(d, lo));
    size_t colon = c->start; /* (past auxiliaries: "X: Has said") */
    while (colon > start && is_word(d, colon - 1) &&
           lexw(d, colon - 1)->func == FW_FUNC_AUX)
        colon--;
    if (colon < start + 2 || !punct(d, colon - 1, ':') ||
        !(d->toks[colon].flags & FW_TOKEN_CAPITALIZED) ||
        !(d->toks[lo].flags & FW_TOKEN_LINE_START) ||
        !person_label(q, start, colon - 1))
        return false;
    int32_t m = q->ment_at[start];
    if (d->ments[m].kind == FW_MENTION_TITLE)
        m = d->ments[m].link;
    *s = (source){start, colon - 1, m};
    return true;
}

/* Is block b a short section head on the person of mention m, whose
 * next paragraph begins with them ("Kasich: Now or never." ¶ "Kasich,
 * who ...")? A transcript's next paragraph is another speaker's. */
static bool section_head(const qctx *q, uint32_t b, int32_t m)
{
    const fw_doc *d = q->d;
    if (b + 2 > d->n_blocks || d->ments[m].entity < 0 ||
        d->block_tok[b + 1] - d->block_tok[b] > 12 ||
        d->block_tok[b + 1] >= d->n_toks)
        return false;
    int32_t n = q->ment_at[d->block_tok[b + 1]];
    return n >= 0 && d->ments[n].entity == d->ments[m].entity;
}

/* Does the sentence from 'lo' open with a speaker and a colon at
 * 'colon', as headlines and transcripts write ("Lynch: ...", "TAPPER:
 * ...")? Fills '*s'. */
static bool colon_source(const qctx *q, size_t lo, size_t colon, source *s)
{
    const fw_doc *d = q->d;
    uint32_t b = block_of(d, d->toks[lo].start);
    bool para_start = d->toks[lo].start == d->blocks[b].span.start;
    bool headline = headline_at(d, lo);
    bool person = para_start && person_label(q, lo, colon);
    bool label =
        person || (para_start && (d->toks[lo].flags & FW_TOKEN_ALL_CAPS));
    /* A paragraph of one short line that a person's name opens, as a
     * related story's title: "Mark Cuban: I'd consider a White House
     * bid." (not a team's in a schedule: "Hawks: Host Milwaukee") */
    if (!headline && !label && para_start &&
        d->block_tok[b + 1] - d->block_tok[b] <= 30 && q->ment_at[lo] >= 0 &&
        person_name(&d->ments[q->ment_at[lo]]) &&
        d->ments[q->ment_at[lo]].tok_end == colon)
        headline = true;
    if ((!headline && !label) || colon <= lo ||
        !(d->toks[lo].flags & FW_TOKEN_CAPITALIZED))
        return false;
    for (size_t k = lo; k < colon && !person; k++)
        if (d->toks[k].kind != FW_TOKEN_WORD ||
            (lexw(d, k)->feats & FW_LEX_CUE) || headline_label(d, k) ||
            (!headline && !(d->toks[k].flags & FW_TOKEN_ALL_CAPS)))
            return false; /* "Trump says: ...", "Update: ..." */
    *s = (source){lo, colon, head_mention(q, lo, colon)};
    if (para_start && b > 0 && !headline_at(d, lo) && s->ment >= 0 &&
        section_head(q, b, s->ment))
        return false;
    /* (not a rubric, a name of no person and its noun: "Monsoon
     * session: ...") */
    if (s->ment >= 0 && d->ments[s->ment].tok_end + 1 == colon &&
        d->ments[s->ment].type != FW_ENTITY_PERSON && is_word(d, colon - 1) &&
        !lexw(d, colon - 1)->func &&
        !(d->toks[colon - 1].flags & FW_TOKEN_CAPITALIZED) &&
        !source_noun(d, colon - 1))
        return false;
    return s->ment >= 0 || source_noun(d, colon - 1) || label;
}

/* Does the clause [lo, colon) open with a person (a name or a personal
 * pronoun) and a verb ("She then addressed the crowd")? Fills the verb
 * as the cue and the person as the source. */
static bool subject_act(const qctx *q, size_t lo, size_t colon, cue *c,
                        source *s)
{
    const fw_doc *d = q->d;
    int32_t m = q->ment_at[lo];
    /* or the subject after an opening phrase: "After the attacks, X" */
    for (size_t k = lo + 1; m < 0 && k < colon && k < lo + 12; k++)
        if (punct(d, k - 1, ',') && q->ment_at[k] >= 0)
            m = q->ment_at[k];
    if (m < 0)
        return false;
    const fw_ment *mm = &d->ments[m];
    /* "Her colleague, Sen. X, was ...": the name in apposition to what
     * the possessive qualifies */
    if (mm->kind == FW_MENTION_PRONOUN && (mm->flags & FW_MF_POSSESSIVE)) {
        size_t x = mm->tok_end;
        while (x < colon && x < mm->tok_end + 3 && is_word(d, x) &&
               !lexw(d, x)->func)
            x++;
        int32_t named =
            x + 1 < colon && punct(d, x, ',') ? q->ment_at[x + 1] : -1;
        if (named < 0)
            return false;
        m = named;
        mm = &d->ments[m];
    }
    bool person = mm->type == FW_ENTITY_PERSON ||
                  (mm->kind == FW_MENTION_PRONOUN &&
                   (mm->gender == FW_GENDER_M || mm->gender == FW_GENDER_F));
    if (!person || mm->tok_end >= colon)
        return false;
    /* a title's name after it: "Senate Majority Leader Mitch McConnell" */
    size_t first = mm->tok;
    int32_t nm = q->ment_at[mm->tok_end];
    if (mm->kind == FW_MENTION_TITLE && nm >= 0 && person_name(&d->ments[nm]) &&
        d->ments[nm].tok_end < colon) {
        m = nm;
        mm = &d->ments[m];
    }
    size_t v = mm->tok_end;
    /* past where the person is from: "Sen. X of Ohio, was" */
    if (v + 2 < colon && (tok_eq(d, v, "of") || tok_eq(d, v, "from")) &&
        (d->toks[v + 1].flags & FW_TOKEN_CAPITALIZED)) {
        size_t x = v + 1;
        while (x < colon && x < v + 5 &&
               (d->toks[x].flags & FW_TOKEN_CAPITALIZED))
            x++;
        if (x + 1 < colon && punct(d, x, ','))
            v = x + 1;
    }
    /* past the comma that closes the name in apposition, or past an
     * apposition: "Mitch McConnell, R-Ky., delivered" */
    if (v + 1 < colon && punct(d, v, ',') && first > lo &&
        punct(d, first - 1, ',') && !punct(d, v + 1, ','))
        v++;
    else if (v < colon && punct(d, v, ','))
        for (size_t x = v + 1; x < colon && x < v + 12; x++) {
            if (clause_stop(d, x) || is_quote_mark(d, x))
                break;
            if (punct(d, x, ',')) {
                v = x + 1;
                break;
            }
        }
    size_t aux = v < colon && be_form(d, v) ? v : SIZE_MAX;
    while (v < colon && adverb_or_aux(d, v))
        v++;
    /* "X was more cautious:", "X was blunt:": how the person spoke */
    if (aux != SIZE_MAX && v < colon && !past_verb(d, v) && colon - v <= 4 &&
        !be_form(d, v))
        v = aux;
    else if (v >= colon || !past_verb(d, v))
        return false;
    for (size_t x = v; x < colon; x++)
        if (is_quote_mark(d, x) || clause_stop(d, x))
            return false;
    *c = (cue){.start = v, .end = v + 1, .verb = v, .cls = FW_CUE_SPEECH};
    *s = (source){first, mm->tok_end, m};
    return true;
}

/* Is there a comma before token i, or a closing mark after one ('"A,"
 * adding')? */
static bool comma_before(const fw_doc *d, size_t i)
{
    return i > 0 && (punct(d, i - 1, ',') ||
                     (i > 1 && closing_mark(d, i - 1) && punct(d, i - 2, ',')));
}

/* The source of a cue at token 'at' whose subject is further back:
 * past adverbs ("X, who coined the word, once said"), the sentence's
 * subject for a second verb ("X started the rant and later said"), the
 * name before "who" ("a tweet from X who wrote"). */
static bool subject_before(const qctx *q, size_t lo, size_t at, source *s)
{
    const fw_doc *d = q->d;
    size_t j = at;
    while (j > lo && adverb_or_aux(d, j - 1))
        j--;
    if (j < at && source_before(q, lo, j, s))
        return true;
    if (j <= lo + 1)
        return false;
    if (tok_eq(d, j - 1, "who")) {
        int32_t m = q->ment_end[j - 1];
        if (m < 0 || !speaker_mention(&d->ments[m]))
            return false;
        *s = (source){d->ments[m].tok, d->ments[m].tok_end, m};
        return true;
    }
    /* 'a video that said, "..."': what the relative word stands for */
    if (tok_eq(d, j - 1, "that") || tok_eq(d, j - 1, "which"))
        return source_np(q, lo, j - 1, s);
    /* "X took to Twitter, writing:", "X went so far as to say:",
     * 'X said ..., "A," adding, "B"' */
    if (!tok_eq(d, j - 1, "and") && !tok_eq(d, j - 1, "but") &&
        !tok_eq(d, j - 1, "to") && !comma_before(d, j))
        return false;
    for (size_t k = lo; k < j - 1; k++) {
        for (int32_t m = q->ment_at[k];
             m >= 0 && (size_t)m < d->n_ments && d->ments[m].tok == k; m++) {
            const fw_ment *x = &d->ments[m];
            if ((x->flags & FW_MF_SUBJECT) && speaker_mention(x)) {
                /* "The prime minister's spokesman": what the possessor
                 * has, whom its words name */
                size_t e = x->tok_end;
                if (e + 1 < j && possessive_mark(q, e)) {
                    e++;
                    while (e < j && e < x->tok_end + 5 && is_word(d, e) &&
                           !lexw(d, e)->func &&
                           !(lexw(d, e)->feats & FW_LEX_CUE))
                        e++;
                    *s = (source){x->tok, e, head_mention(q, x->tok, e)};
                    return true;
                }
                *s = (source){x->tok, x->tok_end, m};
                return true;
            }
        }
    }
    return false;
}

/* Does a word in [lo, k), just before token k, name a text that holds
 * words: "issued a statement,", "posted a message,"? */
static bool names_text(const fw_doc *d, size_t lo, size_t k)
{
    static const word_form texts[] = {
        WF("statement"), WF("tweet"), WF("message"), WF("letter"),
        WF("memo"),      WF("email"), WF("e-mail"),  WF("post"),
        WF("note"),      WF("video"), WF("speech"),  WF("release")};
    return k > lo + 2 && word_among(d, k - 1, texts, FW_COUNT(texts));
}

/* 'Bystrom agreed. "..."', 'The mayor disagreed on Monday. "..."': a
 * short sentence of a source and a verb of saying with nothing said,
 * just before a quotation that opens sentence sn (in its paragraph or at
 * the start of the next, block b), introduces it. */
static bool lead_in(const qctx *q, uint32_t sn, uint32_t b, cue *c, source *s)
{
    const fw_doc *d = q->d;
    if (sn == 0)
        return false;
    size_t lo = sent_lo(d, sn - 1), hi = sent_hi(d, sn - 1);
    uint32_t pb = block_of(d, d->toks[hi - 1].start);
    if (hi - lo > 14 || hi - lo < 3 || !punct(d, hi - 1, '.') ||
        (pb != b && (pb + 1 != b || d->block_tok[b] != sent_lo(d, sn))))
        return false;
    hi--; /* the period */
    for (size_t i = lo + 1; i < hi; i++) {
        if (q->used[i] & (USED_DIRECT | USED_CUE | USED_PAIRED))
            return false;
        if (!cue_at(q, i, lo, hi, c))
            continue;
        return (c->cls == FW_CUE_SPEECH || c->cls == FW_CUE_THOUGHT) &&
               !c->participle && !c->object && !c->nominal &&
               (c->end == hi || only_circumstance(q, c, c->end, hi, 6)) &&
               source_before(q, lo, c->start, s) && s->start == lo &&
               s->ment >= 0;
    }
    return false;
}

static size_t time_phrase(const fw_doc *d, size_t i, size_t hi);

/* The source of a cue at token 'at' that a relative pronoun opens
 * ("Barkley, who said", "Republicans who say", "the group, which
 * originally said"): the pronoun, and its antecedent's mention as the
 * speaker; or the noun phrase before it ("voters who say"). */
static bool relative_source(const qctx *q, size_t lo, size_t at, source *s)
{
    const fw_doc *d = q->d;
    size_t who = at; /* the cue holds "has also said" */
    if (who >= lo + 4 && adverb_or_aux(d, who - 1) &&
        lexw(d, who - 1)->func != FW_FUNC_AUX &&
        (tok_eq(d, who - 2, "who") || tok_eq(d, who - 2, "which")))
        who--; /* "which originally said" */
    for (size_t w = who >= lo + 4 ? who - 3 : who; w + 1 < who; w++)
        if (tok_eq(d, w - 1, "who") && time_phrase(d, w, who) == who) {
            who = w; /* "who on Tuesday endorsed" */
            break;
        }
    /* "which -- as X noted -- promises": an aside of the writer's
     * between the pronoun and its verb */
    if (who > lo + 1) {
        size_t open = aside_open(d, lo, who - 1);
        if (open != SIZE_MAX && open > lo &&
            (tok_eq(d, open - 1, "who") || tok_eq(d, open - 1, "which")))
            who = open;
    }
    /* (a comma or a dash sets the clause off: "X - who said ... -") */
    bool set_off = who >= lo + 3 && (punct(d, who - 2, ',') ||
                                     d->toks[who - 2].kind == FW_TOKEN_DASH);
    /* (the antecedent may be one word: "Democrats who say") */
    if (!(who >= lo + 2 + set_off &&
          (tok_eq(d, who - 1, "who") ||
           (tok_eq(d, who - 1, "which") && set_off) ||
           ((tok_eq(d, who - 1, "that") || tok_eq(d, who - 1, "which")) &&
            is_word(d, who - 2) && !lexw(d, who - 2)->func)) &&
          (set_off || is_word(d, who - 2))))
        return false;
    /* "Barkley, who said", "Republicans who say" */
    size_t comma = set_off ? who - 2 : who - 1;
    size_t alo = comma > lo + 4 * NEAR ? comma - 4 * NEAR : lo;
    for (size_t k = comma; k > alo; k--)
        if (clause_stop(d, k - 1) || (q->used[k - 1] & USED_DIRECT)) {
            alo = k;
            break;
        }
    source ante;
    if (source_before(q, alo, comma, &ante) && ante.ment >= 0) {
        *s = (source){who - 1, who, ante.ment};
        return true;
    }
    if (!source_np(q, alo, comma, &ante))
        return false;
    /* "voters who say": the people named; "was from a child, who said":
     * the noun phrase after the verb */
    for (size_t k = ante.end; k-- > ante.start + 1;)
        if (is_word(d, k - 1) && lexw(d, k - 1)->func == FW_FUNC_AUX) {
            ante.start = k;
            if (k + 1 < ante.end && lexw(d, k)->func == FW_FUNC_PREP)
                ante.start++;
            break;
        }
    *s = ante;
    return true;
}

/* Does the cue at token 'at' open a relative clause that no comma or
 * dash sets off ("Democrats who say", "voters who have long said"), a
 * part of the sentence's subject? */
static bool restrictive_relative(const fw_doc *d, size_t lo, size_t at)
{
    for (size_t w = at; w-- > lo + 1 && w + 4 > at;)
        if (tok_eq(d, w, "who") || tok_eq(d, w, "that") ||
            tok_eq(d, w, "which"))
            return is_word(d, w - 1);
    return false;
}

/* In a content [a, e) that cue c reports inside the sentence's subject
 * ("Democrats who say the law is unfair | have sued"), where the
 * sentence's own verb comes back: an auxiliary, or a cue in the past or
 * in -s, after the content's own verb, or after an object
 * or topic, which has none ("voters who support X | are", "asking about
 * X | was"); not after a word that opens a clause, nor after a pronoun
 * or, in a clause, a name (its subject: "who say Trump | lied"); else
 * e. */
static size_t main_verb_back_in(const qctx *q, const cue *c, size_t a, size_t e)
{
    const fw_doc *d = q->d;
    bool object = ((c->cls == FW_CUE_INTENT || c->cls == FW_CUE_QUOTING) &&
                   !tok_eq(d, a - 1, "that")) ||
                  tok_eq(d, a, "to") ||
                  (is_word(d, a) && lexw(d, a)->func == FW_FUNC_PREP) ||
                  (is_word(d, a - 1) && lexw(d, a - 1)->func == FW_FUNC_PREP);
    bool verb = object;
    for (size_t x = a; x < e; x++) {
        if (!is_word(d, x) || in_quote(d, x))
            continue;
        const fw_lex_word *w = lexw(d, x);
        if ((w->ctx & FW_CTX_SUBORD) && !tok_eq(d, x, "and") &&
            !tok_eq(d, x, "or") && !tok_eq(d, x, "but")) {
            verb = object = false; /* "the law that they passed is" */
            continue;
        }
        const fw_tok *t = &d->toks[x];
        /* (an adverb after a verb in the past ends its clause too:
         * "mattered most | backed", "voted early | said") */
        size_t p = x - 1;
        if (p > a && is_word(d, p) && fw_past_tense(d, p - 1) &&
            (lexw(d, p)->func == FW_FUNC_ADV ||
             lexw(d, p)->func == FW_FUNC_DET ||
             (adverb_or_aux(d, p) && !lexw(d, p)->func)))
            p--;
        bool after_word = is_word(d, p) && !lexw(d, p)->func &&
                          (p < x - 1 || !adverb_or_aux(d, p)) &&
                          (object || q->ment_end[x] < 0);
        bool finite = !(t->flags & FW_TOKEN_CAPITALIZED) &&
                      ((w->func == FW_FUNC_AUX && !tok_eq(d, x - 1, "to")) ||
                       ((t->aux & FW_WA_CUE) && fw_past_tense(d, x)) ||
                       ((t->aux & FW_WA_CUE) && d->text[t->end - 1] == 's' &&
                        !(w->cue_flags & FW_CUEF_PLURAL)));
        if (finite && verb && after_word)
            return x;
        /* (a past tense is the content's verb, never the sentence's
         * here: "sued", "left" may be participles) */
        verb |= finite || (!w->func && fw_past_tense(d, x));
        object &= !finite;
    }
    return e;
}

/* Do quoted words open within two tokens of k ('called it "bold"',
 * 'called them "thugs"')? */
static bool quote_opens_near(const qctx *q, size_t k, size_t hi)
{
    for (size_t x = k; x < hi && x < k + 3; x++)
        if (opens_pair(q, x))
            return true;
    return false;
}

/* Is source s a pronoun that is no verb's inverted subject: "it", or
 * one of the object ("..., called it "bold"", "..., told them")? */
static bool object_pronoun(const fw_doc *d, const source *s)
{
    if (s->end != s->start + 1 || !is_word(d, s->start))
        return false;
    const fw_lex_word *w = lexw(d, s->start);
    return (w->feats & FW_LEX_PRONOUN) &&
           (!(w->pron & FW_PRON_SUBJ) || word_ci(d, s->start, "it"));
}

/* Does a subordinate clause open among tokens [a, b) ("that if he
 * wins", "because of"), other than the time of the act ("when asked")? */
static bool opens_condition(const fw_doc *d, size_t a, size_t b)
{
    static const word_form words[] = {
        WF("if"),       WF("unless"), WF("once"),    WF("because"),
        WF("although"), WF("though"), WF("whereas"), WF("when")};
    for (size_t k = a; k < b; k++)
        if (word_among(d, k, words, FW_COUNT(words)) &&
            !(k + 1 < b && tok_eq(d, k + 1, "asked")))
            return true;
    return false;
}

/* Is word k a clause's verb: in the past, in -ed or irregular ("knew"),
 * or an auxiliary not after "to"? */
static bool clause_verb_at(const fw_doc *d, size_t k)
{
    return is_word(d, k) && ((lexw(d, k)->func == FW_FUNC_AUX && k > 0 &&
                              !tok_eq(d, k - 1, "to")) ||
                             (fw_past_tense(d, k) && !lexw(d, k)->func));
}

/* Is token k a verb in -s before its object ("kills more", "costs
 * the city", "helps them")? */
static bool verb_s_object(const fw_doc *d, size_t k)
{
    const fw_tok *t = &d->toks[k];
    if (!is_word(d, k) || lexw(d, k)->func ||
        (t->flags & (FW_TOKEN_CAPITALIZED | FW_TF_POSSESSIVE)) ||
        t->end - t->start < 4 || d->text[t->end - 1] != 's' ||
        d->text[t->end - 2] == 's')
        return false;
    return d->toks[k + 1].kind == FW_TOKEN_NUMBER ||
           (is_word(d, k + 1) &&
            (lexw(d, k + 1)->func == FW_FUNC_DET ||
             (lexw(d, k + 1)->pron & FW_PRON_OBJ) || tok_eq(d, k + 1, "more")));
}

/* The first clause's verb among tokens [a, b), or b. */
static size_t first_verb(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (clause_verb_at(d, k))
            return k;
    return b;
}

/* Is cue c "recall" of goods, not of the past: a number that is no
 * year among the few words after it, before any "that" ("recalls 2
 * million vehicles", "is recalling nearly all of the 500,000 cars"; not
 * "recalled what happened in 2008")? */
static bool product_recall(const fw_doc *d, const cue *c, size_t hi)
{
    char c0 = (char)(d->text[d->toks[c->verb].start] | 0x20);
    static const word_form recall[] = {WF("recall"), WF("recalls"),
                                       WF("recalled"), WF("recalling")};
    if (c0 != 'r' || !word_among(d, c->verb, recall, FW_COUNT(recall)))
        return false;
    for (size_t k = c->end; k < hi && k < c->end + 8; k++) {
        const fw_tok *t = &d->toks[k];
        const char *n = d->text + t->start;
        bool year = t->end - t->start == 4 && ((n[0] == '1' && n[1] == '9') ||
                                               (n[0] == '2' && n[1] == '0'));
        if (t->kind == FW_TOKEN_NUMBER && !year)
            return true;
        if (tok_eq(d, k, "that") || clause_stop(d, k) || is_quote_mark(d, k))
            return false;
    }
    return false;
}

/* "quoted", "cited": a verb that may pass on someone's words. */
static bool quoting_verb(const fw_doc *d, size_t i)
{
    static const word_form words[] = {WF("quoted"), WF("quotes"), WF("quoting"),
                                      WF("quote"),  WF("cited"),  WF("cites"),
                                      WF("citing"), WF("cite")};
    char c0 = (char)(d->text[d->toks[i].start] | 0x20);
    return (c0 == 'q' || c0 == 'c') && /* most cues stop here */
           word_among(d, i, words, FW_COUNT(words));
}

/* Does "as saying" come within a few tokens from token a ("quoted Tom
 * Hale, the mayor, as saying")? */
static bool as_saying_within(const fw_doc *d, size_t a, size_t hi)
{
    for (size_t k = a; k + 1 < hi && k < a + 16; k++) {
        if (clause_stop(d, k) || is_quote_mark(d, k))
            return false;
        if (tok_eq(d, k, "as") && tok_eq(d, k + 1, "saying"))
            return true;
    }
    return false;
}

/* Is cue c the phrase "as saying"? */
static bool as_saying(const fw_doc *d, const cue *c)
{
    return c->end == c->start + 2 && tok_eq(d, c->start, "as") &&
           tok_eq(d, c->start + 1, "saying");
}

/* "State media quoted X as saying that ...", "Reuters cited an official,
 * a Y, as saying ...": the source of the cue "as saying" is the one the
 * verb before it quotes, not the verb's subject. (Without such a verb,
 * "as saying" reports nothing: "that is not the same as saying ...".) */
static bool quoted_as_saying(const qctx *q, size_t lo, const cue *c, source *s)
{
    const fw_doc *d = q->d;
    for (size_t v = c->start; v-- > lo && c->start - v < 16;) {
        /* "X was quoted by Interfax as saying": the subject speaks */
        size_t aux = v;
        while (quoting_verb(d, v) && aux > lo && is_word(d, aux - 1) &&
               lexw(d, aux - 1)->func == FW_FUNC_AUX)
            aux--;
        if (aux < v)
            return aux > lo && source_before(q, lo, aux, s);
        if (quoting_verb(d, v))
            return v + 1 < c->start && source_parts(q, v + 1, c->start, s);
        if (clause_stop(d, v) || is_quote_mark(d, v))
            return false;
    }
    return false;
}

/* The attribution before an opening mark at token 'open': 'X said: "',
 * 'X told reporters, "'. */
static bool attribution_before(qctx *q, size_t open, cue *c, source *s)
{
    const fw_doc *d = q->d;
    uint32_t sn = q->sent_of[open];
    if (sn == UINT32_MAX)
        return false;
    size_t lo = sent_lo(d, sn);
    size_t k = open;
    if (open <= lo) {
        /* 'Cruz continued:' ending the paragraph before. */
        uint32_t b = block_of(d, d->toks[open].start);
        if (open > 0 && !punct(d, open - 1, ':'))
            return lead_in(q, sn, b, c, s);
        if (b == 0 || d->block_tok[b] != open || open == 0 ||
            q->sent_of[open - 1] == UINT32_MAX)
            return false;
        k = open - 1;
        lo = sent_lo(d, q->sent_of[k]);
        k++;
    }
    bool marked = punct(d, k - 1, ':') || punct(d, k - 1, ',');
    if (marked)
        k--;
    /* 'Said Dorothy Poynter, who grew up with Ali, "We were proud."': a
     * sentence that opens with its cue and source, then what describes
     * the source, then the words said */
    if (marked && punct(d, k, ',') && k > lo + 3 && cue_at(q, lo, lo, k, c) &&
        c->cls == FW_CUE_SPEECH && c->end < k &&
        source_after(q, c->end, k, s) && s->ment >= 0 &&
        d->ments[s->ment].tok == c->end && punct(d, s->end, ',')) {
        size_t x = s->end;
        while (x < k && !is_quote_mark(d, x) && !clause_stop(d, x))
            x++;
        if (x == k)
            return true;
    }
    /* 'HEADLINE - Michael P. McDonald: "..."', 'HEADLINE - Pew Research:
     * "..."': a roundup's item names whose words it quotes after a
     * dash */
    if (marked && punct(d, k, ':')) {
        size_t dash = k;
        while (dash > lo && k - dash < 10 &&
               d->toks[dash - 1].kind != FW_TOKEN_DASH &&
               !(dash - 1 == lo && bullet(d, lo)))
            dash--;
        int32_t org = dash < k ? q->ment_at[dash] : -1;
        bool org_label = org >= 0 && d->ments[org].kind == FW_MENTION_NAME &&
                         d->ments[org].type != FW_ENTITY_PLACE &&
                         d->ments[org].tok_end == k; /* "- Pew Research:" */
        /* (or a list's item: '* Governor X: "..."') */
        bool item = dash == lo + 1 && bullet(d, lo) &&
                    (d->toks[lo].flags & FW_TOKEN_LINE_START);
        if ((dash > lo + 1 || item) && dash < k &&
            (org_label || person_label(q, dash, k))) {
            int32_t m = q->ment_at[dash];
            if (d->ments[m].kind == FW_MENTION_TITLE)
                m = d->ments[m].link;
            *s = (source){dash, k, m};
            *c = (cue){.start = k, .end = k + 1, .verb = k};
            return true;
        }
    }
    /* The cue within a few tokens before: after a colon or comma,
     * objects and adverbials may follow it ("told reporters on Monday:");
     * without one, the quotation follows the cue ('X said "...'), or it
     * is a fragment ('described it as "peaceful"'). */
    size_t reach = marked ? 8 : 1;
    size_t limit = k > lo + reach ? k - reach : lo;
    for (size_t i = k; i-- > limit;) {
        size_t open_paren; /* (past an aside: 'Rep. X (R-S.C.): "') */
        if (punct(d, i, ')') &&
            (open_paren = paren_open(d, limit, i)) != SIZE_MAX) {
            i = open_paren;
            continue;
        }
        if (is_quote_mark(d, i) || (clause_stop(d, i) && i + 1 != k))
            return false;
        if (!cue_at(q, i, lo, k, c))
            continue;
        /* The longest cue that holds this one: "said in a statement",
         * not "in a statement". */
        cue wider;
        while (i > limit && cue_at(q, i - 1, lo, k, &wider) &&
               wider.end >= c->end) {
            *c = wider;
            i--;
        }
        /* "said in an interview": a verb of speech right before a setting
         * that is a cue of its own is the cue, the setting with it */
        if (is_word(d, c->verb) && lexw(d, c->verb)->func == FW_FUNC_PREP)
            for (size_t b = c->start; b > lo && b + 3 > c->start; b--)
                if (cue_at(q, b - 1, lo, k, &wider) && wider.end == c->start &&
                    wider.cls == FW_CUE_SPEECH) {
                    wider.end = c->end; /* ("told reporters in ...") */
                    *c = wider;
                    i = c->verb;
                    break;
                }
        if (c->end > k)
            return false;
        /* 'he wanted "common-sense solutions"': an object, not speech */
        if (!marked && c->cls != FW_CUE_SPEECH)
            return false;
        /* 'X said that if he wins, "we will ..."', 'X warned that if he
         * wants them, "come and take them"': a clause reported opens
         * before the quotation, which ends it */
        if (punct(d, k, ',') &&
            (opens_condition(d, c->start > lo + 3 ? c->start - 3 : lo,
                             c->start) ||
             opens_condition(d, c->end, k)))
            return false;
        if (as_saying(d, c))
            return quoted_as_saying(q, lo, c, s);
        /* 'X was told by aides, "..."': the agent spoke; 'X was asked,
         * "..."': someone not named did (the subject heard the words) */
        if (c->passive && c->cls == FW_CUE_SPEECH) {
            if (c->end < k && tok_eq(d, c->end, "by") &&
                source_after(q, c->end + 1, k, s))
                return true;
            if (!source_before(q, lo, c->start, s))
                return false;
            s->ment = -1;
            return true;
        }
        /* A cue that is a setting ('X gave it a whirl in an interview:
         * "..."'), or a participle with no comma before it ('X issued a
         * statement Tuesday saying, "..."'), has the clause's subject as
         * its source, before its verb. */
        size_t v;
        /* 'X responded to Y's tweet by saying, "..."': the manner of the
         * clause's act, whose subject speaks */
        if (c->participle && c->start > lo + 2 &&
            tok_eq(d, c->start - 1, "by") &&
            (v = first_verb(d, lo, c->start - 1)) < c->start - 1 && v > lo &&
            source_before(q, lo, v, s))
            return true;
        if (is_word(d, c->verb) &&
            (lexw(d, c->verb)->func == FW_FUNC_PREP ||
             (c->participle && !comma_before(d, c->start))) &&
            source_before(q, lo, c->start, s) &&
            (v = first_verb(d, s->start, s->end)) < s->end) {
            if (v > s->start) {
                s->end = v;
                s->ment = head_mention(q, s->start, v);
                return true;
            }
            if (source_before(q, lo, v, s))
                return true;
        }
        /* 'X said A but added, "..."': a second verb of the clause's
         * subject, the source of the cue before it */
        if (c->start > lo + 2 && (tok_eq(d, c->start - 1, "and") ||
                                  tok_eq(d, c->start - 1, "but"))) {
            cue first;
            for (size_t x = c->start - 1; x-- > lo && x + 30 > c->start;) {
                if (punct(d, x, ',') || clause_stop(d, x))
                    break; /* (the cue of the same clause only: not "As
                              the crowd chanted, X ... and joked") */
                if (cue_at(q, x, lo, c->start - 1, &first) &&
                    !first.participle && !first.nominal)
                    return source_before(q, lo, first.start, s);
            }
        }
        /* 'X said: "..."'; inverted at the clause's start, 'But, said
         * X, "..."'. */
        if (source_before(q, lo, c->start, s) ||
            (marked && c->end < k &&
             (!c->participle || c->cls == FW_CUE_ACCORDING) && !c->object &&
             (c->start == lo || punct(d, c->start - 1, ',')) &&
             source_after(q, c->end, k, s) && s->end == k && s->ment >= 0 &&
             d->ments[s->ment].tok <= c->end + 1))
            return true;
        if (!marked || (c->participle && !comma_before(d, c->start)))
            return false;
        /* '..., X said, adding, "..."': the source of the attribution the
         * participle goes on from */
        if (c->participle && c->start >= lo + 3) {
            cue said;
            for (size_t x = c->start - 2; x + 4 > c->start && x > lo; x--)
                if (cue_at(q, x, lo, c->start - 1, &said) &&
                    said.end + 1 == c->start && !said.participle)
                    return source_before(q, lo, said.start, s);
        }
        /* ... further back ('X started ... and later said, "'), or
         * through a relative pronoun ('X, who declared, "') */
        return subject_before(q, lo, c->start, s) ||
               relative_source(q, lo, c->start, s);
    }
    /* 'Reid: "Never underestimate Trump."' */
    if (marked && punct(d, k, ':') && k < lo + 10 &&
        colon_source(q, lo, k, s)) {
        *c = (cue){.start = k, .end = k + 1, .verb = k};
        return true;
    }
    /* 'She then addressed the crowd: "..."': a person's act that a colon
     * ends introduces their words; so does one after a comma that names
     * a text ('Trump issued a statement, "..."'). */
    if (marked && (punct(d, k, ':') || names_text(d, lo, k)))
        return subject_act(q, lo, k, c, s);
    return false;
}

/* Is the quoted span a statement of its own, not a fragment of a
 * clause? Before its opening mark: the start of the sentence, a colon, or
 * an attribution. After its closing mark: the end of the sentence, a
 * comma (", referring to ..."), or an attribution. */
static bool stands_alone(const qctx *q, const fw_qspan *qs, bool before,
                         bool after)
{
    const fw_doc *d = q->d;
    uint32_t so = q->sent_of[qs->open];
    if (!before && so != UINT32_MAX && q->first_word[so] < qs->open &&
        !(qs->open > 0 && punct(d, qs->open - 1, ':')))
        return false; /* words before the opening mark */
    if (!after && qs->close != UINT32_MAX) {
        uint32_t sc = q->sent_of[qs->close];
        size_t k = qs->close + 1;
        bool comma = (qs->close > 0 && punct(d, qs->close - 1, ',')) ||
                     (k < d->n_toks && punct(d, k, ','));
        if (sc != UINT32_MAX && q->last_word[sc] > k && !comma)
            return false; /* words after the closing mark */
    }
    return true;
}

/* Is quoted span i the second half of '"A" -- aside -- "B"': the span
 * before it closed, in its paragraph, no part of a quotation yet, and
 * only dashes and the writer's words between the two? That span's
 * index, or -1. */
static int32_t aside_head(const qctx *q, size_t i)
{
    const fw_doc *d = q->d;
    if (i == 0)
        return -1;
    const fw_qspan *a = &d->qspans[i - 1], *b = &d->qspans[i];
    if (a->close == UINT32_MAX || a->level != 0 || a->next >= 0 ||
        a->prev >= 0 || a->block != b->block || q->qspan_quot[i - 1] >= 0 ||
        b->open < a->close + 4 || b->open > a->close + 24 ||
        d->toks[a->close + 1].kind != FW_TOKEN_DASH ||
        d->toks[b->open - 1].kind != FW_TOKEN_DASH)
        return -1;
    for (size_t k = a->close + 2; k + 1 < b->open; k++)
        if (d->toks[k].kind == FW_TOKEN_QUOTE ||
            d->toks[k].kind == FW_TOKEN_DASH || clause_stop(d, k))
            return -1;
    return (int32_t)(i - 1);
}

/* Content of a quoted span: inside its marks, over all its paragraphs. */
static fw_status add_quoted_parts(qctx *q, fw_quot *x, int32_t qi)
{
    fw_doc *d = q->d;
    for (int32_t k = qi; k >= 0; k = d->qspans[k].next) {
        fw_status st = add_part(q, x, d->qspans[k].start, d->qspans[k].end);
        if (st != FW_OK)
            return st;
        q->qspan_quot[k] = (int32_t)(x - d->quots);
        if (d->qspans[k].next >= 0 && d->qspans[k].next <= k)
            break; /* never loop */
    }
    return FW_OK;
}

/* The block holding byte 'at' (blocks are few and in order). */
static uint32_t block_of(const fw_doc *d, size_t at)
{
    /* A binary search whose steps depend only on the number of blocks:
     * which half holds 'at' is a conditional move, not a branch that the
     * processor would mispredict half the time. */
    size_t lo = 0, n = d->n_blocks;
    while (n > 1) {
        size_t half = n / 2;
        lo = d->blocks[lo + half].span.start <= at ? lo + half : lo;
        n -= half;
    }
    return (uint32_t)lo;
}

/* Marks the tokens of a direct quotation, marks included, in all its
 * paragraphs. */
static void mark_direct(qctx *q, int32_t qi)
{
    const fw_doc *d = q->d;
    for (int32_t k = qi; k >= 0; k = d->qspans[k].next) {
        const fw_qspan *qs = &d->qspans[k];
        size_t end = qs->close != UINT32_MAX ? qs->close + 1
                                             : d->block_tok[qs->block + 1];
        for (size_t t = qs->open; t < end; t++)
            q->used[t] |= USED_DIRECT;
        if (d->qspans[k].next >= 0 && d->qspans[k].next <= k)
            break;
    }
}

/* Was the last person named before pronoun m, in its sentence or the one
 * before, the subject of the sentence before and the entity the resolver
 * gave m ("Defense Minister X struck a more cautious tone. He said:
 * ...")? A person so brought in is who "he" is. Names of the other
 * gender are passed. (In m's own sentence, the subject found for it may
 * be a clause's: "Asked whether X would win, she said".) */
static bool introduced_just_before(const fw_doc *d, const fw_ment *m)
{
    /* (a few dozen mentions back at most: a sentence may be huge) */
    const fw_ment *stop = m - d->ments > 64 ? m - 64 : d->ments;
    for (const fw_ment *o = m; o-- > stop && o->sent + 1 >= m->sent;) {
        if (o->kind != FW_MENTION_NAME || o->entity < 0 ||
            (o->flags & FW_MF_IN_QUOTE))
            continue;
        const fw_ent *e = &d->ents[o->entity];
        if (e->type != FW_ENTITY_PERSON ||
            (e->gender && e->gender != m->gender))
            continue;
        return o->entity == m->entity && (o->flags & FW_MF_SUBJECT) &&
               !(o->flags & FW_MF_POSSESSIVE) && o->sent < m->sent;
    }
    return false;
}

/* The first and last byte of a quotation's content. */
static fw_span content_hull(const fw_doc *d, const fw_quot *x)
{
    return (fw_span){d->qparts[x->first_part].start,
                     d->qparts[x->first_part + x->n_parts - 1].end};
}

/* The first token that starts at or after byte 'at'. */
static size_t tok_at_byte(const fw_doc *d, uint32_t at)
{
    size_t lo = 0, hi = d->n_toks;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->toks[mid].start < at)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Is quotation x's source a person no name gives ("a soldier who
 * declined to give his name", "one resident")? */
static bool unnamed_person_source(const fw_doc *d, const fw_quot *x)
{
    if (x->kind == FW_QUOTE_SUBHEAD || x->kind == FW_QUOTE_NESTED ||
        x->src_ment >= 0 || x->src_start == x->src_end)
        return false;
    /* (an indefinite noun of a person: "a soldier who ...", "one local
     * woman"; "the senator" is someone named before) */
    size_t k = tok_at_byte(d, x->src_start);
    static const word_form some[] = {WF("a"), WF("an"), WF("one"),
                                     WF("another")};
    if (!word_among(d, k, some, FW_COUNT(some)))
        return false;
    for (size_t e = k + 1; e < d->n_toks && e < k + 5 &&
                           d->toks[e].end <= x->src_end && is_word(d, e);
         e++) {
        const fw_lex_word *w = lexw(d, e);
        if ((w->ctx & FW_CTX_HUMAN) ||
            ((w->feats & FW_LEX_TITLE) &&
             !(d->toks[e].flags & FW_TOKEN_CAPITALIZED)))
            return true;
        if (w->func)
            return false;
    }
    return false;
}

/* '"...," he added', '"...," she said': a pronoun naming the speaker of
 * a direct quotation is most often the last speaker of its gender,
 * whatever came between, unless a sentence just before brought another
 * person in; the quotations are walked in text order ('order' holds
 * their indices). */
static void prefer_last_speakers(qctx *q, const uint32_t *order, size_t n)
{
    fw_doc *d = q->d;
    int32_t last[3] = {-1, -1, -1}; /* by gender: none known, m, f */
    uint32_t last_block[3] = {0, 0, 0};
    size_t last_k[3] = {0, 0, 0};
    /* the latest source that is a person no name gives ('a soldier said
     * ... "...," he said': the soldier), as k + 1, or 0 */
    size_t unnamed_k = 0;
    uint32_t unnamed_block = 0;
    for (size_t k = 0; k < n; k++) {
        fw_quot *x = &d->quots[order[k]];
        uint32_t block = block_of(d, d->qparts[x->first_part].start);
        if (x->src_ment >= 0) {
            fw_ment *m = &d->ments[x->src_ment];
            int g = m->gender == FW_GENDER_M   ? 1
                    : m->gender == FW_GENDER_F ? 2
                                               : -1;
            /* (reported speech too, when its pronoun found no one
             * nearer: "She added that ...") */
            bool direct = x->kind == FW_QUOTE_DIRECT;
            if (m->kind == FW_MENTION_PRONOUN && g > 0 &&
                (direct || m->entity < 0)) {
                /* the last of that gender, or of none known */
                int pick = last[g] >= 0 && block <= last_block[g] + 3   ? g
                           : last[0] >= 0 && block <= last_block[0] + 3 ? 0
                                                                        : -1;
                bool unnamed = unnamed_k && block <= unnamed_block + 1 &&
                               (pick < 0 || unnamed_k > last_k[pick]);
                if ((pick >= 0 || unnamed) &&
                    !(m->entity >= 0 && introduced_just_before(d, m)))
                    m->entity = unnamed ? -1 : last[pick];
                /* ('"I would say Paul," he added': not one the words
                 * themselves name first) */
                if (direct && m->entity >= 0) {
                    fw_span hull = content_hull(d, x);
                    uint32_t first = d->ents[m->entity].first;
                    if (first >= hull.start && first < hull.end)
                        m->entity = -1;
                }
            }
            /* (one pronoun may name the speakers of two quotations,
             * '"...," he said, and then predicted: "..."', "She declined
             * to say ..., telling the host that ...") */
            if (m->kind == FW_MENTION_PRONOUN && g > 0)
                x->speaker = m->entity;
        }
        if (x->speaker >= 0 && x->kind != FW_QUOTE_SUBHEAD &&
            x->kind != FW_QUOTE_NESTED &&
            d->ents[x->speaker].type == FW_ENTITY_PERSON) {
            uint8_t eg = d->ents[x->speaker].gender;
            int g = eg == FW_GENDER_M ? 1 : eg == FW_GENDER_F ? 2 : 0;
            last[g] = x->speaker;
            last_block[g] = block;
            last_k[g] = k + 1;
        } else if (x->speaker < 0 && unnamed_person_source(d, x)) {
            unnamed_k = k + 1;
            unnamed_block = block;
        }
    }
}

/* 'Asked whether it would recover, Hale shrugged. "Ask me in ten
 * years."': the person a sentence of the writer's just before a
 * quotation with no attribution, in its paragraph, has as its subject
 * (block b), or -1. */
static int32_t lead_subject(const qctx *q, const fw_quot *x, uint32_t b)
{
    const fw_doc *d = q->d;
    if (x->qspan < 0)
        return -1;
    uint32_t open = d->qspans[x->qspan].open, sn = q->sent_of[open];
    if (sn == 0 || sn == UINT32_MAX || sent_lo(d, sn) != open)
        return -1; /* (the quotation opens its sentence) */
    size_t lo = sent_lo(d, sn - 1), hi = sent_hi(d, sn - 1);
    if (block_of(d, d->toks[lo].start) != b)
        return -1;
    for (size_t k = lo; k < hi; k++)
        if (q->used[k] & USED_DIRECT)
            return -1;
    for (size_t k = lo; k < hi; k++) {
        int32_t m = q->ment_at[k];
        if (m >= 0 && (d->ments[m].flags & FW_MF_SUBJECT) &&
            d->ments[m].entity >= 0 &&
            d->ents[d->ments[m].entity].type == FW_ENTITY_PERSON)
            return d->ments[m].entity;
    }
    return -1;
}

/* A quotation with no attribution of its own goes on with a speaker
 * before it: that of an attributed quotation of any kind in its paragraph
 * ('... a "change agent," Cole said. "That's exactly ..."'), else that of
 * quoted words in the two paragraphs before (a quote-only paragraph). The
 * quotations are walked in text order ('order' holds their indices). */
static void continue_speakers(qctx *q, const uint32_t *order, size_t n)
{
    fw_doc *d = q->d;
    int32_t last = -1, quoted = -1; /* speakers of the latest attributed
                                       quotation, and of quoted words */
    uint32_t last_block = 0, quoted_block = 0;
    for (size_t k = 0; k < n; k++) {
        fw_quot *x = &d->quots[order[k]];
        if (x->kind == FW_QUOTE_SUBHEAD || x->kind == FW_QUOTE_NESTED)
            continue;
        uint32_t block = block_of(d, d->qparts[x->first_part].start);
        if (x->speaker < 0 && x->kind == FW_QUOTE_DIRECT &&
            x->cue_end == x->cue_start) {
            int32_t lead = lead_subject(q, x, block);
            if (lead >= 0)
                x->speaker = lead;
            else if (last >= 0 && block == last_block)
                x->speaker = last;
            else if (quoted >= 0 && block <= quoted_block + 2)
                x->speaker = quoted;
        }
        if (x->speaker < 0)
            continue;
        last = x->speaker;
        last_block = block;
        if (x->kind == FW_QUOTE_DIRECT || x->kind == FW_QUOTE_MIXED) {
            quoted = x->speaker;
            quoted_block = block;
        }
    }
}

/* Moves y's parts to the end of all parts, so that more can follow
 * them (a quotation's parts are contiguous). */
static fw_status parts_to_end(qctx *q, fw_quot *y)
{
    fw_doc *d = q->d;
    if (y->first_part + y->n_parts == d->n_qparts)
        return FW_OK;
    uint32_t first = (uint32_t)d->n_qparts;
    for (uint32_t p = 0; p < y->n_parts; p++) {
        fw_span *np = FW_PUSH(&d->arena, d->qparts, d->n_qparts, d->cap_qparts);
        if (!np)
            return FW_ENOMEM;
        *np = d->qparts[y->first_part + p];
    }
    y->first_part = first;
    return FW_OK;
}

/* The quotations' indices in text order of their first parts. */
static uint32_t *text_order(fw_doc *d)
{
    uint32_t *start =
        fw_arena_alloc_raw(&d->arena, (d->n_quots + 1) * sizeof *start);
    if (!start)
        return NULL;
    for (size_t i = 0; i < d->n_quots; i++)
        start[i] = d->qparts[d->quots[i].first_part].start;
    return fw_sort_by_key(&d->arena, start, d->n_quots);
}

enum { KEEP = -1, DROP = -2 };

/* Drops quotations 0..n-1 that 'into' marks: joined into quotation
 * into[i], or DROP; the others keep their order, and quoted spans point
 * to their new indices. */
static fw_status compact_quots(qctx *q, const int32_t *into, size_t n)
{
    fw_doc *d = q->d;
    int32_t *moved = fw_arena_alloc_raw(&d->arena, (n + 1) * sizeof *moved);
    if (!moved)
        return FW_ENOMEM;
    size_t w = 0;
    for (size_t i = 0; i < n; i++) {
        moved[i] = -1;
        if (into[i] == KEEP) {
            moved[i] = (int32_t)w;
            d->quots[w++] = d->quots[i];
        }
    }
    for (size_t i = 0; i < n; i++)
        if (into[i] >= 0) {
            size_t r = (size_t)into[i];
            while (into[r] >= 0)
                r = (size_t)into[r];
            moved[i] = moved[r];
        }
    for (size_t k = 0; k < d->n_qspans; k++)
        if (q->qspan_quot[k] >= 0)
            q->qspan_quot[k] = moved[q->qspan_quot[k]];
    d->n_quots = w;
    return FW_OK;
}

/* Does the cue of quotation x report what seems to the writer ("seemed
 * to mock")? */
static bool seeming_cue(const fw_doc *d, const fw_quot *x)
{
    for (size_t k = tok_at_byte(d, x->cue_start);
         k < d->n_toks && d->toks[k].start < x->cue_end; k++)
        if (is_word(d, k) && lexw(d, k)->cue == FW_CUE_SEEMING)
            return true;
    return false;
}

/* 'Recently, he said, he has realized that A': a report whose cue and
 * content lie inside the content of another reported near it is
 * part of what that one reports, not an attribution of its own; but
 * what only seems so to the writer gives way to the report inside it
 * ("X seemed to mock Y"). */
static fw_status drop_nested_reports(qctx *q)
{
    fw_doc *d = q->d;
    size_t n = d->n_quots;
    int32_t *into = fw_arena_alloc_raw(&d->arena, (n + 1) * sizeof *into);
    /* The reports' content hulls in text order; empty (start > end) for
     * what can be neither outer nor inner: direct quotations, reports
     * without a cue, reports dropped. */
    struct hull {
        uint32_t start, end;
    } *hull = fw_arena_alloc_raw(&d->arena, (n + 1) * sizeof *hull);
    uint32_t *order = text_order(d);
    if (!into || !hull || !order)
        return FW_ENOMEM;
    for (size_t p = 0; p < n; p++) {
        const fw_quot *x = &d->quots[order[p]];
        into[p] = KEEP;
        fw_span xs = content_hull(d, x);
        bool report = x->kind != FW_QUOTE_DIRECT && x->cue_start != x->cue_end;
        hull[p].start = report ? (uint32_t)xs.start : UINT32_MAX;
        hull[p].end = report ? (uint32_t)xs.end : 0;
    }
    size_t dropped = 0;
    /* an outer one starts before or with what it holds: look back in
     * text order, over a paragraph's worth of reports */
    for (size_t p = 0; p < n; p++) {
        if (hull[p].start > hull[p].end)
            continue;
        size_t i = order[p];
        const fw_quot *x = &d->quots[i];
        /* what must lie inside the outer one: the cue and the content */
        uint32_t lo =
            x->cue_start < hull[p].start ? x->cue_start : hull[p].start;
        uint32_t hi = x->cue_end > hull[p].end ? x->cue_end : hull[p].end;
        for (size_t r = p > 16 ? p - 16 : 0; r < n && r < p + 4; r++) {
            if ((r == p) | (hull[r].start > lo) | (hull[r].end < hi))
                continue; /* (one branch: see fw_tok_is) */
            size_t j = order[r];
            const fw_quot *o = &d->quots[j];
            if (o->cue_start >= hull[p].start && o->cue_end <= hull[p].end)
                continue; /* each inside the other: a split report */
            /* what seems so is the writer's; the act inside it is the
             * report */
            if (seeming_cue(d, o)) {
                into[j] = DROP;
                hull[r].start = UINT32_MAX;
                hull[r].end = 0;
                dropped++;
                continue;
            }
            into[i] = DROP;
            hull[p].start = UINT32_MAX;
            hull[p].end = 0;
            dropped++;
            break;
        }
    }
    return dropped ? compact_quots(q, into, n) : FW_OK;
}

/* 'In his view, "A," he says. "B."', 'The plan is dead, he said. "B."':
 * a quotation without attribution that opens the sentence after a mixed
 * or reported one attributed at its end, in the same paragraph, is that
 * one's next part, and the whole is mixed. The quotations joined
 * are dropped and the others keep their order. */
static fw_status join_after_mixed(qctx *q, const uint32_t *order, size_t n)
{
    fw_doc *d = q->d;
    int32_t *into = fw_arena_alloc_raw(&d->arena, (n + 1) * sizeof *into);
    if (!into)
        return FW_ENOMEM;
    for (size_t i = 0; i < n; i++)
        into[i] = KEEP;
    size_t joined = 0;
    for (size_t k = 1; k < n; k++) {
        fw_quot *x = &d->quots[order[k]];
        size_t yi = order[k - 1];
        while (into[yi] >= 0)
            yi = (size_t)into[yi]; /* "A," he says. "B." "C." */
        fw_quot *y = &d->quots[yi];
        if (x->kind != FW_QUOTE_DIRECT || x->cue_end != x->cue_start ||
            (y->kind != FW_QUOTE_MIXED && y->kind != FW_QUOTE_INDIRECT) ||
            y->cue_end == y->cue_start || x->sent != y->sent + 1)
            continue;
        const fw_span *yl = &d->qparts[y->first_part + y->n_parts - 1];
        const fw_span *xf = &d->qparts[x->first_part];
        if (y->cue_start < yl->end ||
            block_of(d, yl->start) + 1 < block_of(d, xf->start))
            continue;
        fw_status st = parts_to_end(q, y);
        for (uint32_t p = 0; st == FW_OK && p < x->n_parts; p++) {
            const fw_span sp = d->qparts[x->first_part + p];
            st = add_part(q, y, sp.start, sp.end);
        }
        if (st != FW_OK)
            return st;
        y->kind = FW_QUOTE_MIXED;
        y->sent = x->sent; /* a third part follows this one */
        into[order[k]] = (int32_t)yi;
        joined++;
    }
    return joined ? compact_quots(q, into, n) : FW_OK;
}

/* The sentence holding byte 'at' (the last that starts at or before
 * it), looked for from sentence '*near' on, where the last one was found:
 * quotations are walked in text order, so the steps are few. UINT32_MAX
 * before the first sentence. */
static uint32_t sent_at(const fw_doc *d, size_t at, size_t *near)
{
    size_t s = *near < d->n_sents ? *near : 0;
    while (s + 1 < d->n_sents && d->sents[s + 1].span.start <= at)
        s++;
    while (s > 0 && d->sents[s].span.start > at)
        s--;
    *near = s;
    return d->n_sents && d->sents[s].span.start <= at ? (uint32_t)s
                                                      : UINT32_MAX;
}

/* 'X said "A." Biden "kind of misspoke. It was wrong."': a sentence that
 * quotes words and has no attribution of its own, right after a
 * quotation with a cue or a speaker in the same paragraph, goes on with
 * that quotation: the whole sentence is its next part, and it is mixed.
 * The quotations are walked in text order ('order' holds their
 * indices). */
static fw_status join_quoted_sentences(qctx *q, const uint32_t *order, size_t n)
{
    fw_doc *d = q->d;
    if (d->n_sents < 2 || !n)
        return FW_OK;
    /* per sentence: the quotation ending there last, or -1; -2 when a
     * quotation or its attribution touches the sentence otherwise */
    int32_t *ends = fw_arena_alloc_raw(&d->arena, d->n_sents * sizeof *ends);
    if (!ends)
        return FW_ENOMEM;
    for (size_t s = 0; s < d->n_sents; s++)
        ends[s] = -1;
    size_t near = 0;
    for (size_t k = 0; k < n; k++) {
        const fw_quot *x = &d->quots[order[k]];
        if (x->kind == FW_QUOTE_SUBHEAD || x->kind == FW_QUOTE_NESTED)
            continue;
        for (uint32_t p = 0; p < x->n_parts; p++) {
            const fw_span *sp = &d->qparts[x->first_part + p];
            uint32_t a = sent_at(d, sp->start, &near);
            uint32_t b = sent_at(d, sp->end - 1, &near);
            for (uint32_t s = a; s <= b && s < d->n_sents; s++)
                if (ends[s] == -1 || s < b)
                    ends[s] = -2; /* but "..," X said after calling Y
                                     to say Z." ends with X's words */
            /* a direct quotation, or reported words attributed at
             * their end ('A "b," he said.') */
            if (p + 1 == x->n_parts && b < d->n_sents &&
                (x->cue_end > x->cue_start || x->speaker >= 0) &&
                (x->kind == FW_QUOTE_DIRECT ||
                 ((x->kind == FW_QUOTE_MIXED || x->kind == FW_QUOTE_INDIRECT) &&
                  x->cue_start >= sp->end)))
                ends[b] = (int32_t)order[k];
        }
        if (x->cue_end > x->cue_start) {
            uint32_t c = sent_at(d, x->cue_start, &near);
            if (c < d->n_sents && ends[c] == -1)
                ends[c] = -2;
        }
    }
    for (size_t i = 0; i < d->n_qspans; i++) {
        uint32_t k = q->by_open[i];
        const fw_qspan *qs = &d->qspans[k];
        if (qs->level || q->qspan_quot[k] >= 0 || qs->close == UINT32_MAX)
            continue;
        uint32_t s = q->sent_of[qs->open], e = q->sent_of[qs->close];
        if (s == 0 || s >= d->n_sents || e >= d->n_sents || e < s ||
            ends[s] != -1 || ends[s - 1] < 0 ||
            quoted_title(q, qs->open, qs->close))
            continue;
        bool free = true; /* no attribution of its own */
        for (uint32_t t = s + 1; t <= e; t++)
            free = free && ends[t] == -1;
        size_t words = 0;
        for (size_t t = qs->open + 1; t < qs->close; t++)
            words += d->toks[t].kind == FW_TOKEN_WORD;
        if (!free || words < 3)
            continue; /* "at-large" is a term, not words said */
        fw_quot *y = &d->quots[ends[s - 1]];
        const fw_span *yl = &d->qparts[y->first_part + y->n_parts - 1];
        if (block_of(d, yl->start) != qs->block)
            continue;
        fw_status st = parts_to_end(q, y);
        if (st == FW_OK)
            st = add_part(q, y, d->toks[sent_lo(d, s)].start,
                          d->toks[sent_hi(d, e) - 1].end);
        if (st != FW_OK)
            return st;
        y->kind = FW_QUOTE_MIXED;
        q->qspan_quot[k] = ends[s - 1];
        for (uint32_t t = s; t < e; t++)
            ends[t] = -2;
        ends[e] = (int32_t)(y - d->quots);
    }
    return FW_OK;
}

/* Does the unattributed quoted span 'qs' go on with the quotation 'pq' in
 * the same paragraph, after pq's attribution? (A paragraph of quotation
 * that goes on from the one before is a quotation of its own, with the
 * same speaker.) */
static bool continues(const qctx *q, const fw_quot *pq, const fw_qspan *qs)
{
    const fw_doc *d = q->d;
    if (pq->qspan < 0 || pq->kind != FW_QUOTE_DIRECT)
        return false;
    /* the last part of pq so far */
    int32_t last = pq->qspan;
    while (d->qspans[last].next > last)
        last = d->qspans[last].next;
    const fw_qspan *lq = &d->qspans[last];
    if (pq->n_parts == 0)
        return false;
    const fw_span *lp = &d->qparts[pq->first_part + pq->n_parts - 1];
    if (lp->end > qs->start || lq->block != qs->block ||
        !(pq->speaker >= 0 || pq->cue_end > pq->cue_start))
        return false;
    /* '"A," X says. She says B. "C."': a sentence that reports on its
     * own comes between, so C is a quotation of its own */
    if (lq->close == UINT32_MAX)
        return true;
    bool next_sentence = false;
    for (size_t k = lq->close + 1; k < qs->open; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->start < lp->end)
            continue; /* (a part joined after lq: '"B," which X thinks') */
        if (t->flags & FW_TF_TERMINAL)
            next_sentence = true;
        else if (next_sentence && t->kind == FW_TOKEN_WORD &&
                 (t->aux & FW_WA_CUE) && !(t->flags & FW_TOKEN_CAPITALIZED) &&
                 !in_quote(d, k))
            return false;
    }
    return true;
}

/* Does quoted span qs resume the quotation pq across pq's attribution
 * and what describes its source: '"A," said X, director of Y, "but
 * B."'? */
static bool resumes(const qctx *q, const fw_quot *pq, const fw_qspan *qs)
{
    const fw_doc *d = q->d;
    if (pq->n_parts == 0 || qs->open < 2 || !punct(d, qs->open - 1, ',') ||
        q->sent_of[qs->open] != pq->sent)
        return false;
    const fw_span *lp = &d->qparts[pq->first_part + pq->n_parts - 1];
    uint32_t end = pq->src_end > pq->cue_end ? pq->src_end : pq->cue_end;
    if (pq->cue_start < lp->end || end <= pq->cue_start)
        return false; /* no attribution after it */
    for (size_t k = qs->open - 1; k > 0 && qs->open - k < NEAR; k--) {
        if (d->toks[k - 1].end <= end)
            return true;
        if (is_quote_mark(d, k - 1) || clause_stop(d, k - 1) ||
            (is_word(d, k - 1) && (lexw(d, k - 1)->feats & FW_LEX_CUE) &&
             !(d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED)))
            return false; /* but "the UCLA Anderson Forecast" */
    }
    return false;
}

/* Quoted span i (and the paragraphs it runs on to) as further parts of
 * quotation pq. */
static fw_status join_quoted(qctx *q, int32_t pq, size_t i)
{
    fw_status st = add_quoted_parts(q, &q->d->quots[pq], (int32_t)i);
    if (st == FW_OK)
        mark_direct(q, (int32_t)i);
    return st;
}

/* Before the source s of a quotation span i attributed before it ('she
 * says, "B."'), a fragment that ends a clause of the writer's ('LEAD
 * "A," she says'): its quoted span, *lead the clause's first word; or
 * -1. */
static int32_t fragment_before(const qctx *q, size_t i, const source *s,
                               size_t *lead)
{
    const fw_doc *d = q->d;
    if (i == 0 || s->start < 3 || !closing_mark(d, s->start - 1) ||
        !punct(d, s->start - 2, ','))
        return -1;
    const fw_qspan *a = &d->qspans[i - 1];
    if (a->close != s->start - 1 || a->level != 0 || a->single ||
        q->qspan_quot[i - 1] >= 0 || a->prev >= 0)
        return -1;
    uint32_t so = q->sent_of[a->open];
    if (so == UINT32_MAX || so != q->sent_of[s->start] ||
        q->first_word[so] + 2 > a->open)
        return -1; /* no words of the writer's before it */
    size_t k = a->open;
    while (k > q->first_word[so] && a->open - k < 4 * NEAR &&
           !clause_stop(d, k - 1) &&
           !(q->used[k - 1] & (USED_DIRECT | USED_CUE)))
        k--;
    if (k + 2 > a->open)
        return -1;
    /* but 'After X said that A "b," Y said: "C."': the quoted words are
     * the lead's own speaker's */
    for (size_t x = k; x < a->open; x++)
        if (is_word(d, x) && lexw(d, x)->cue == FW_CUE_SPEECH &&
            !(d->toks[x].flags & FW_TOKEN_CAPITALIZED))
            return -1;
    *lead = k;
    return (int32_t)(i - 1);
}

/* 'LEAD, she said, "b ..."': a quotation that opens in lower case goes
 * on with the sentence its tag interrupts ('An economic downturn, he
 * said, "could be a good time to borrow."'), so the words before the
 * tag, from the sentence's start, are its first part. (One that opens
 * in capitals is a sentence of its own after the writer's setting: 'At
 * a rally, X said, "We will win."') The lead's first token, or
 * SIZE_MAX. */
static size_t lead_before_tag(const qctx *q, const fw_qspan *qs, const cue *c,
                              const source *s)
{
    const fw_doc *d = q->d;
    size_t w = qs->open + 1;
    size_t t0 = c->start < s->start ? c->start : s->start;
    size_t t1 = c->end > s->end ? c->end : s->end;
    if (w >= d->n_toks || !is_word(d, w) ||
        (d->toks[w].flags & FW_TOKEN_CAPITALIZED) || t1 + 1 != qs->open ||
        !punct(d, t1, ',') || t0 < 2 || !punct(d, t0 - 1, ','))
        return SIZE_MAX;
    uint32_t so = q->sent_of[t0];
    if (so == UINT32_MAX || q->first_word[so] + 1 > t0 - 1)
        return SIZE_MAX;
    size_t a = q->first_word[so];
    bool open = false; /* a word no conjunction or adverb since the last
                          conjunction */
    for (size_t k = a; k + 1 < t0; k++) {
        /* (nor a clause with a cue of its own: "X acknowledged A,
         * which is an outcome, he said, "we've long anticipated."") */
        if (d->toks[k].kind == FW_TOKEN_QUOTE || clause_stop(d, k) ||
            (q->used[k] & (USED_DIRECT | USED_CUE)) ||
            (is_word(d, k) && (lexw(d, k)->feats & FW_LEX_CUE) &&
             !(d->toks[k].flags & FW_TOKEN_CAPITALIZED)))
            return SIZE_MAX;
        /* (a clause joined to the one before: "..., and also, X said,
         * "to make clear ..."" leads with "also") */
        if (punct(d, k, ',') && k + 1 < t0 && is_word(d, k + 1) &&
            lexw(d, k + 1)->func == FW_FUNC_CONJ)
            a = k + 2;
        if (is_word(d, k))
            open = lexw(d, k)->func == FW_FUNC_CONJ  ? false
                   : lexw(d, k)->func != FW_FUNC_ADV ? true
                                                     : open;
    }
    /* (not "But,", "Instead,", "Minutes later,": a link or a time; nor
     * "including": the quotation is its object) */
    if (!open || a + 1 >= t0 || time_only(d, a, t0 - 1) ||
        lexw(d, t0 - 2)->func == FW_FUNC_PREP || tok_eq(d, t0 - 2, "including"))
        return SIZE_MAX;
    return a;
}

/* '"A," the members wrote in a letter, that B': the reported clause
 * after the attribution is a part of the quotation. */
static fw_status add_that_part(qctx *q, fw_quot *x, const cue *c,
                               const source *s)
{
    const fw_doc *d = q->d;
    size_t k = c->end > s->end ? c->end : s->end;
    uint32_t sn = q->sent_of[k - 1];
    if (sn == UINT32_MAX)
        return FW_OK;
    size_t hi = sent_hi(d, sn), e = k;
    while (e < hi && e < k + 12 && is_word(d, e))
        e++; /* "in a letter to the president" */
    if (e + 2 >= hi || !punct(d, e, ',') || !tok_eq(d, e + 1, "that"))
        return FW_OK;
    size_t b = content_end(q, e + 2, hi);
    while (b > e + 2 && d->toks[b - 1].kind == FW_TOKEN_PUNCT)
        b--;
    if (b <= e + 3)
        return FW_OK;
    x->kind = FW_QUOTE_MIXED;
    return add_part(q, x, d->toks[e + 2].start, d->toks[b - 1].end);
}

/* Direct quotations: every outermost double-quoted span that stands as a
 * statement of its own. */
static fw_status find_direct(qctx *q)
{
    fw_doc *d = q->d;
    int32_t prev_quot = -1; /* the latest direct quotation */
    for (size_t i = 0; i < d->n_qspans; i++) {
        const fw_qspan *qs = &d->qspans[i];
        /* Single marks quote too (British style, headlines), when what
         * they hold is more than a word or two ("'you have no cards'"),
         * unclosed only when the next paragraph reopens them. */
        if ((qs->single &&
             (qs->close == UINT32_MAX ? qs->next < 0
                                      : qs->close - qs->open < 4)) ||
            qs->level != 0 || qs->prev >= 0 ||
            d->blocks[qs->block].kind == FW_BLOCK_SUBHEAD)
            continue;
        /* The last part decides what follows it. */
        size_t last = i;
        while (d->qspans[last].next > (int32_t)last)
            last = (size_t)d->qspans[last].next;
        const fw_qspan *lq = &d->qspans[last];
        /* Its attribution: after it ('," X said') or before it ('X
         * said: "'), whichever leaves it standing as a statement. */
        cue c, cb;
        source s, sb;
        /* (in a foreign text, the quotation marks alone: its cues and
         * sources are no English words) */
        bool after = !d->foreign && lq->close != UINT32_MAX &&
                     attribution_after(q, lq->close, &c, &s);
        bool before = !d->foreign && attribution_before(q, qs->open, &cb, &sb);
        if (!after && !before && !d->foreign && lq->close != UINT32_MAX)
            after = signed_after(q, qs, lq, &c, &s);
        /* '"A" -- an aside of the writer's -- "B," he says': the
         * quotation opens with the span before the aside */
        int32_t head = after ? aside_head(q, i) : -1;
        const fw_qspan *hq = head >= 0 ? &d->qspans[head] : qs;
        bool headed = head >= 0; /* (the last span opens after the aside) */
        if (after && !(stands_alone(q, hq, false, true) &&
                       stands_alone(q, lq, headed, true)))
            after = false;
        if (before && !after) {
            c = cb;
            s = sb;
        } else {
            before = false;
        }
        /* '"A," he said. "B ¶ "C," he said with a grin.': B ends the
         * paragraph of A's attribution and goes with it; C, which runs
         * on from B, has an attribution of its own. */
        if (after && last != i && !before && prev_quot >= 0 &&
            continues(q, &d->quots[prev_quot], qs) &&
            stands_alone(q, qs, false, false)) {
            int32_t next = d->qspans[i].next;
            d->qspans[i].next = -1;
            d->qspans[next].prev = -1;
            fw_status st = join_quoted(q, prev_quot, i);
            if (st != FW_OK)
                return st;
            continue;
        }
        /* '"A," he said. "B."', '"A," he said, "and b."', and a
         * paragraph of quotation that goes on from the one before: one
         * quotation in parts (a part may start mid-sentence). An
         * attribution before it that is the one before's own
         * ('"A," he said, "B."') joins it too. */
        bool shared = before && prev_quot >= 0 &&
                      d->quots[prev_quot].cue_start == d->toks[c.start].start;
        /* "X went even further: '...'": words of the writer's own
         * introduce it, so it is a quotation of its own */
        uint32_t so = q->sent_of[qs->open];
        bool introduced = qs->open > 0 && punct(d, qs->open - 1, ':') &&
                          so != UINT32_MAX && q->first_word[so] + 1 < qs->open;
        if ((shared ||
             (!before && !after && !introduced &&
              ((stands_alone(q, qs, false, false) &&
                stands_alone(q, lq, false, false)) ||
               (prev_quot >= 0 && resumes(q, &d->quots[prev_quot], qs))))) &&
            prev_quot >= 0 && continues(q, &d->quots[prev_quot], qs)) {
            fw_status st = join_quoted(q, prev_quot, i);
            if (st != FW_OK)
                return st;
            continue;
        }
        if (!after)
            head = -1, hq = qs, headed = false;
        if (!stands_alone(q, hq, before, after) ||
            !stands_alone(q, lq, before || headed, after))
            continue; /* a fragment: left to the clause around it */
        /* '"Billions," on Showtime, is ...': a title no one said */
        if (!before && !after && lq->close != UINT32_MAX &&
            quoted_title(q, qs->open, lq->close) &&
            !(d->toks[lq->close - 1].flags & FW_TF_TERMINAL))
            continue;
        uint32_t sent = q->sent_of[qs->open];
        /* 'LEAD "A," she says, "B."': the clause the fragment ends is
         * the first part of a mixed quotation */
        size_t lead = SIZE_MAX;
        int32_t frag = before ? fragment_before(q, i, &s, &lead) : -1;
        if (before && frag < 0)
            lead = lead_before_tag(q, qs, &c, &s);
        fw_quot *x = new_quot(
            q, lead != SIZE_MAX ? FW_QUOTE_MIXED : FW_QUOTE_DIRECT, sent);
        if (!x)
            return FW_ENOMEM;
        x->qspan = (int32_t)i;
        q->used[qs->open] |= USED_DIRECT_OPEN;
        mark_direct(q, (int32_t)i);
        fw_status st = FW_OK;
        if (frag >= 0) {
            st = add_part(q, x, d->toks[lead].start, d->qspans[frag].end);
            mark_direct(q, frag);
            q->qspan_quot[frag] = (int32_t)(x - d->quots);
        } else if (lead != SIZE_MAX) {
            size_t comma = (c.start < s.start ? c.start : s.start) - 1;
            st = add_part(q, x, d->toks[lead].start, d->toks[comma - 1].end);
            for (size_t k = lead; k < comma; k++)
                q->used[k] |= USED_DIRECT;
        }
        if (head >= 0) {
            st = add_part(q, x, d->qspans[head].start, d->qspans[head].end);
            mark_direct(q, head);
            q->qspan_quot[head] = (int32_t)(x - d->quots);
        }
        if (st == FW_OK)
            st = add_quoted_parts(q, x, (int32_t)i);
        if (st != FW_OK)
            return st;
        if (x->n_parts == 0) {
            d->n_quots--; /* '""': nothing was said */
            continue;
        }
        if (before || after) {
            set_cue(q, x, &c);
            set_source(q, x, &s);
        }
        if (after) {
            st = add_that_part(q, x, &c, &s);
            if (st != FW_OK)
                return st;
        }
        prev_quot = (int32_t)(x - d->quots);
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Reported speech                                                     */

/* After a cue ending at token k, the token after an aside between
 * dashes that a word follows ("said -- on Twitter, as it happens --
 * that"), or k when there is none. */
static size_t past_dash_aside(const fw_doc *d, size_t k, size_t hi)
{
    if (k >= hi || d->toks[k].kind != FW_TOKEN_DASH)
        return k;
    size_t y = k + 1;
    while (y < hi && y < k + 14 && d->toks[y].kind != FW_TOKEN_DASH &&
           !is_quote_mark(d, y))
        y++;
    return y + 1 < hi && y > k + 1 && d->toks[y].kind == FW_TOKEN_DASH &&
                   is_word(d, y + 1)
               ? y + 1
               : k;
}

/* The end of a time phrase at token k ("Wednesday", "on Wednesday",
 * "late Monday", "earlier this week", "last month", "overnight"), or k
 * when none starts there. */
/* The end of an amount of time before "later", "earlier" or "ago" at
 * token k ("a few days later", "two weeks ago", "hours earlier"), or k. */
static size_t time_ago(const fw_doc *d, size_t k, size_t hi)
{
    static const word_form amounts[] = {
        WF("few"),  WF("several"), WF("couple"), WF("two"),  WF("three"),
        WF("four"), WF("five"),    WF("six"),    WF("many"), WF("some")};
    static const word_form units[] = {WF("minutes"), WF("hours"),  WF("days"),
                                      WF("weeks"),   WF("months"), WF("years"),
                                      WF("day"),     WF("week"),   WF("month"),
                                      WF("year"),    WF("hour")};
    /* (most phrases have no "later", "earlier" or "ago" within four
     * words: asked first, by length and first letter) */
    size_t y = k + 1;
    for (; y < hi && y < k + 5; y++) {
        const fw_tok *t = &d->toks[y];
        size_t n = t->end - t->start;
        char c = (char)(d->text[t->start] | 0x20);
        if (((n == 3 && c == 'a') || (n == 5 && c == 'l') ||
             (n == 7 && c == 'e')) &&
            (tok_eq(d, y, "ago") || tok_eq(d, y, "later") ||
             tok_eq(d, y, "earlier")))
            break;
    }
    if (y >= hi || y >= k + 5)
        return k;
    size_t x = k;
    if (x < hi && tok_eq(d, x, "a"))
        x++;
    if (x < hi && (d->toks[x].kind == FW_TOKEN_NUMBER ||
                   word_among(d, x, amounts, FW_COUNT(amounts))))
        x++;
    if (x < hi && tok_eq(d, x, "of"))
        x++; /* "a couple of days" */
    if (x + 1 == y && word_among(d, x, units, FW_COUNT(units)))
        return y + 1;
    return k;
}

/* A time phrase [k, e) before a possessive is no time of the act but
 * the start of a noun phrase ("said Monday's decision", "citing last
 * week's attack"): e, or k before a possessive. */
static size_t not_possessive(const fw_doc *d, size_t k, size_t e, size_t hi)
{
    return e < hi && (d->toks[e].flags & FW_TF_POSSESSIVE) ? k : e;
}

static size_t time_phrase(const fw_doc *d, size_t k, size_t hi)
{
    static const word_form lead[] = {WF("on"),      WF("late"),  WF("early"),
                                     WF("earlier"), WF("later"), WF("this"),
                                     WF("last"),    WF("next")};
    static const word_form spans[] = {
        WF("week"),    WF("month"),     WF("year"),    WF("night"),
        WF("morning"), WF("afternoon"), WF("evening"), WF("weekend")};
    static const word_form alone[] = {WF("overnight"), WF("today"),
                                      WF("yesterday"), WF("tonight")};
    if (k >= hi || (!is_word(d, k) && d->toks[k].kind != FW_TOKEN_NUMBER))
        return k;
    size_t ago = time_ago(d, k, hi);
    if (ago > k)
        return ago;
    char c0 = (char)(d->text[d->toks[k].start] | 0x20);
    if (!(lexw(d, k)->feats & FW_LEX_WEEKDAY) && !strchr("oletny", c0))
        return k; /* most words, before the lists are asked */
    size_t x = k;
    while (x < hi && x < k + 3 && word_among(d, x, lead, FW_COUNT(lead)))
        x++;
    /* (not a name, the clause's subject: "said Sun was fired") */
    if (x < hi && (lexw(d, x)->feats & FW_LEX_WEEKDAY) &&
        !(x == k && d->toks[x].end - d->toks[x].start == 3 && x + 1 < hi &&
          clause_verb_at(d, x + 1))) {
        static const word_form parts[] = {WF("morning"), WF("afternoon"),
                                          WF("evening"), WF("night")};
        if (x + 1 < hi && word_among(d, x + 1, parts, FW_COUNT(parts)))
            x++; /* "Wednesday morning" */
        return not_possessive(d, k, x + 1, hi);
    }
    if (x < hi && ((x > k && word_among(d, x, spans, FW_COUNT(spans))) ||
                   word_among(d, x, alone, FW_COUNT(alone))))
        return not_possessive(d, k, x + 1, hi);
    return k;
}

/* "said so", "said yes": a one-word content. */
static bool short_answer(const fw_doc *d, size_t i)
{
    /* and a word said alone: "Sorry, Sanders said." */
    static const word_form alone[] = {
        WF("sorry"), WF("absolutely"), WF("exactly"), WF("yeah"),
        WF("nope"),  WF("okay"),       WF("thanks"),  WF("correct")};
    if (tok_eq(d, i, "so") || tok_eq(d, i, "yes") || tok_eq(d, i, "no"))
        return true;
    /* capitalised only where the sentence opens: "Yes, she said", not
     * "Clinton Says No To Fox" */
    return (!(d->toks[i].flags & FW_TOKEN_CAPITALIZED) ||
            (d->toks[i].aux & FW_WA_OPENS)) &&
           (word_ci(d, i, "yes") || word_ci(d, i, "no") ||
            word_among(d, i, alone, FW_COUNT(alone)));
}

/* Are tokens [a, b) only times, adverbs and commas: "Then, last
 * week" (before "X called")? */
static bool time_only(const fw_doc *d, size_t a, size_t b)
{
    size_t k = a;
    while (k < b) {
        size_t t = time_phrase(d, k, b);
        if (t > k)
            k = t;
        else if (punct(d, k, ',') ||
                 (is_word(d, k) && lexw(d, k)->func == FW_FUNC_ADV &&
                  !short_answer(d, k))) /* but "Yes, X said." */
            k++;
        else
            return false;
    }
    return b > a;
}

/* Are tokens [a, b) only conjunctions that link a sentence to the one
 * before: "But", "And yet" (before ", X said, CLAUSE")? */
static bool conjunctions_only(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (!punct(d, k, ',') &&
            !(is_word(d, k) && lexw(d, k)->func == FW_FUNC_CONJ))
            return false;
    return b > a;
}

/* Does a clause's subject start at the determiner at token x, after a
 * phrase of the occasion from token k: "said in a letter to lawmakers
 * the government could ..."? The phrase holds an occasion's noun and
 * ends in a noun; a verb follows the subject's few words. */
static bool occasion_subject(const fw_doc *d, size_t k, size_t x, size_t hi)
{
    if (!is_word(d, x - 1) || lexw(d, x - 1)->func ||
        (d->toks[x - 1].flags & FW_TOKEN_CAPITALIZED) || past_verb(d, x - 1))
        return false;
    bool occasion = false;
    for (size_t y = k + 1; y < x; y++)
        occasion |= is_word(d, y) && (lexw(d, y)->ctx & FW_CTX_OCCASION);
    if (!occasion)
        return false;
    for (size_t y = x + 1; y < hi && y < x + 5 && is_word(d, y); y++)
        if (lexw(d, y)->func == FW_FUNC_AUX || past_verb(d, y))
            return y > x + 1;
    return false;
}

/* After a cue that ends at k, a phrase of the occasion ("in an
 * interview", "at a news conference in Ohio", "in an op-ed Thursday")
 * and a comma: the token after the comma, else k. */
static size_t occasion_then_comma(const fw_doc *d, size_t k, size_t hi)
{
    static const word_form preps[] = {WF("in"), WF("at"), WF("on"),
                                      WF("during")};
    if (k + 3 >= hi || !word_among(d, k, preps, FW_COUNT(preps)))
        return k;
    bool occasion = false;
    for (size_t x = k + 1; x < hi && x < k + 10; x++) {
        if (punct(d, x, ','))
            return occasion && x + 1 < hi ? x + 1 : k;
        if (!is_word(d, x) && d->toks[x].kind != FW_TOKEN_NUMBER)
            return k;
        const fw_lex_word *w = lexw(d, x);
        if (w->ctx & FW_CTX_OCCASION) {
            occasion |= x < k + 4; /* (not a verb: "op-ed") */
            continue;
        }
        if (w->func == FW_FUNC_AUX || w->func == FW_FUNC_WH ||
            tok_eq(d, x, "that") || past_verb(d, x) || (w->feats & FW_LEX_CUE))
            return k;
    }
    return k;
}

/* After a hearer's words that end before token y, up to two words of
 * what the hearer is ("reporters", "radio", "a news conference"), then a
 * subject that opens the clause reported, a pronoun or an article's noun
 * before its verb ("told France Inter radio she would", "tells reporters
 * he wants", "told the crowd the city had"): the subject's first token,
 * or SIZE_MAX. */
static size_t clause_after_hearer(const fw_doc *d, size_t y, size_t hi)
{
    size_t w = y;
    while (y < hi && y < w + 2 && is_word(d, y) && !lexw(d, y)->func &&
           !(d->toks[y].flags & FW_TOKEN_CAPITALIZED) &&
           !(lexw(d, y)->feats & FW_LEX_CUE) && !past_verb(d, y))
        y++;
    if (y + 1 < hi && subject_pronoun(d, y))
        return y;
    /* "told the crowd the district had": an article, its noun, the
     * clause's verb */
    if (y > w && y + 2 < hi && is_word(d, y) &&
        lexw(d, y)->func == FW_FUNC_DET && !tok_eq(d, y, "that"))
        for (size_t v = y + 1; v < hi && v < y + 5; v++) {
            if (clause_verb_at(d, v))
                return v > y + 1 ? y : SIZE_MAX;
            if (!is_word(d, v) || lexw(d, v)->func)
                break;
        }
    return SIZE_MAX;
}

/* Is the cue word w at token x, in a phrase of setting that follows a
 * cue ending at k, a word of that setting: an occasion's noun after its
 * article ("in a note to clients that", "in an emailed statement that";
 * not "at the suggestion that", "renewed his call that"), or a
 * participle ("in a speech reported by state radio that")? */
static bool setting_word(const fw_doc *d, const fw_lex_word *w, size_t k,
                         size_t x, size_t hi)
{
    if ((w->ctx & FW_CTX_OCCASION) &&
        (lexw(d, x - 1)->func == FW_FUNC_DET ||
         (x >= k + 2 && lexw(d, x - 2)->func == FW_FUNC_DET &&
          ((is_word(d, x - 1) && !lexw(d, x - 1)->func) ||
           d->toks[x - 1].kind == FW_TOKEN_NUMBER)))) /* "a 38-page" */
        return true;
    return fw_past_tense(d, x) && (lexw(d, x - 1)->func == FW_FUNC_DET ||
                                   (x + 1 < hi && tok_eq(d, x + 1, "by")));
}

/* "said during a taping of a town hall in Buffalo, New York, that",
 * "said on Thursday, in an interview with CNN, that": a setting after
 * the cue ending at k, set off by commas, up to 20 tokens long, then
 * the "that" that opens the content. The token after that "that", or
 * 0 when there is no such setting. */
static size_t setting_then_that(const qctx *q, const cue *c, size_t k,
                                size_t hi)
{
    const fw_doc *d = q->d;
    if (c->cls == FW_CUE_QUOTING || k >= hi || !is_word(d, k) ||
        !(lexw(d, k)->func == FW_FUNC_PREP ||
          (lexw(d, k)->feats & FW_LEX_WEEKDAY)) ||
        (tok_eq(d, k, "to") && k + 1 < hi && is_word(d, k + 1) &&
         !(d->toks[k + 1].flags & FW_TOKEN_CAPITALIZED) &&
         !lexw(d, k + 1)->func))
        return 0; /* (but "agreed to trade for X, ..., that": a verb) */
    bool comma = false;
    for (size_t x = k + 1; x < hi && x < k + 20; x++) {
        if (tok_eq(d, x, "that"))
            return comma && punct(d, x - 1, ',') && x + 1 < hi ? x + 1 : 0;
        if (punct(d, x, ',')) {
            comma = true;
            continue;
        }
        if (d->toks[x].kind != FW_TOKEN_WORD &&
            d->toks[x].kind != FW_TOKEN_NUMBER)
            return 0;
        const fw_lex_word *w = lexw(d, x);
        if (w->func == FW_FUNC_AUX || w->func == FW_FUNC_WH ||
            subject_pronoun(d, x) ||
            ((w->feats & FW_LEX_CUE) &&
             !(d->toks[x].flags & FW_TOKEN_CAPITALIZED) &&
             !setting_word(d, w, k, x, hi)))
            return 0;
    }
    return 0;
}

/* Where the content after a cue ending at 'k' starts: past the hearer
 * ("told reporters that"), adverbials ("said on Wednesday that") and
 * "that". */
static size_t content_start(const qctx *q, const cue *c, size_t k, size_t hi)
{
    const fw_doc *d = q->d;
    /* "ruled out a deal": the verb's particle is no content */
    if (k + 1 < hi && tok_eq(d, k, "out") && is_word(d, k + 1) &&
        lexw(d, k + 1)->func != FW_FUNC_PREP)
        k++;
    size_t after_setting = setting_then_that(q, c, k, hi);
    if (after_setting)
        return after_setting;
    /* A "that" within a few tokens, with nothing but a phrase between
     * ("said on Wednesday that", "told reporters that"); not "said it
     * was positive that", where a clause has begun. */
    /* a hearer or a setting may be long: "told a crowded hall in
     * Baltimore that", "stating in an interview on Fox News with X that" */
    size_t reach = c->object || (k < hi && is_word(d, k) &&
                                 lexw(d, k)->func == FW_FUNC_PREP)
                       ? 14
                       : 8;
    bool in_phrase = false; /* a preposition has been passed */
    for (size_t x = k; x < hi && x < k + reach; x++) {
        /* but "called that vision 'a necessary one'": an object; and
         * "defended a tax law that sparked protests": a relative clause
         * on the object, which is the content */
        if (tok_eq(d, x, "that") && c->cls != FW_CUE_QUOTING) {
            if (x == k &&
                (x + 1 == hi || punct(d, x + 1, '.') || punct(d, x + 1, ';') ||
                 (punct(d, x + 1, ',') && x + 2 < hi && is_word(d, x + 2) &&
                  fw_ing_form(d, x + 2) && !lexw(d, x + 2)->func &&
                  !tok_eq(d, x + 2, "according"))))
                return x; /* "rejected that, saying": a pronoun */
            /* "Critics say that is far from enough": a subject, which
             * no clause opens with a verb after */
            if (x == k && x + 1 < hi && is_word(d, x + 1) &&
                (lexw(d, x + 1)->func == FW_FUNC_AUX ||
                 (d->toks[x + 1].flags & FW_TF_POSSESSIVE)))
                return x;
            if (x > k && is_word(d, x - 1) && !lexw(d, x - 1)->func &&
                !(d->toks[x - 1].flags & FW_TOKEN_CAPITALIZED) &&
                !time_noun(d, x - 1) &&
                (clause_verb_at(d, x + 1) || verb_s_object(d, x + 1)))
                break; /* ("a disease that kills more than ...") */
            return x + 1;
        }
        /* An embedded question or condition is said whole: "asked
         * (reporters) whether ...", "said if ...". */
        if (tok_eq(d, x, "whether") || tok_eq(d, x, "if"))
            return x;
        /* but "customers at a Manchester, New Hampshire, diner that",
         * "said Sunday in Madison, Wisconsin, that": a place's commas */
        if (is_word(d, x) && lexw(d, x)->func == FW_FUNC_PREP)
            in_phrase = true;
        bool place_comma =
            punct(d, x, ',') && x > k && x + 1 < hi &&
            (d->toks[x - 1].flags & FW_TOKEN_CAPITALIZED) &&
            (c->object ||
             (in_phrase && ((d->toks[x + 1].flags & FW_TOKEN_CAPITALIZED) ||
                            tok_eq(d, x + 1, "that"))));
        /* "said, however, that": an adverb set off by commas */
        if (punct(d, x, ',') && x + 2 < hi && punct(d, x + 2, ',') &&
            is_word(d, x + 1) && adverb_or_aux(d, x + 1) &&
            lexw(d, x + 1)->func != FW_FUNC_AUX) {
            x += 2;
            continue;
        }
        /* "claimed, without evidence, that": a short phrase set off by
         * commas before "that" */
        if (punct(d, x, ',') && x == k) {
            size_t y = x + 1;
            while (y < hi && y < x + 6 && is_word(d, y) &&
                   !(lexw(d, y)->feats & FW_LEX_CUE) &&
                   lexw(d, y)->func != FW_FUNC_AUX)
                y++;
            if (y > x + 1 && y + 1 < hi && punct(d, y, ',') &&
                tok_eq(d, y + 1, "that"))
                return y + 2;
        }
        /* a title in quotation marks: 'said on "Meet the Press" on
         * Sunday that' */
        size_t title_end = in_phrase ? quoted_title_end(q, x, hi) : SIZE_MAX;
        if (title_end != SIZE_MAX) {
            x = title_end;
            continue;
        }
        if (d->toks[x].kind != FW_TOKEN_WORD &&
            d->toks[x].kind != FW_TOKEN_NUMBER && !place_comma)
            break;
        if (tok_eq(d, x, "to") && x + 1 < hi && is_word(d, x + 1) &&
            !(d->toks[x + 1].flags & FW_TOKEN_CAPITALIZED) &&
            !lexw(d, x + 1)->func && !plural_looking(d, x + 1))
            break; /* "urged X to review ... that": an infinitive */
        const fw_lex_word *w = lexw(d, x);
        /* "said in its application to the court it owed": a setting,
         * then the clause's subject */
        static const word_form settings[] = {WF("in"), WF("at"), WF("during"),
                                             WF("for"), WF("over")};
        if (x > k + 1 && (w->feats & FW_LEX_PRONOUN) &&
            (w->pron & FW_PRON_SUBJ) && x + 1 < hi &&
            (lexw(d, x + 1)->func == FW_FUNC_AUX || past_verb(d, x + 1)) &&
            word_among(d, k, settings, FW_COUNT(settings)) && !c->object) {
            size_t y = k; /* but "over how far it should go": a question */
            while (y < x && !(is_word(d, y) && lexw(d, y)->func == FW_FUNC_WH))
                y++;
            if (y == x)
                return x;
        }
        if (x > k + 2 && w->func == FW_FUNC_DET && !tok_eq(d, x, "that") &&
            word_among(d, k, settings, FW_COUNT(settings)) && !c->object &&
            occasion_subject(d, k, x, hi))
            return x;
        /* (a cue word ends the search, unless it belongs to the
         * setting) */
        if (((w->feats & FW_LEX_CUE) &&
             !(d->toks[x].flags & FW_TOKEN_CAPITALIZED) &&
             !(in_phrase && setting_word(d, w, k, x, hi))) ||
            w->func == FW_FUNC_AUX ||
            ((w->feats & FW_LEX_PRONOUN) && (w->pron & FW_PRON_SUBJ)))
            break; /* but "told The Post and Courier that" */
    }
    /* "tells reporters he wants", "told the crowd they would": a hearer
     * no one names, then the clause's subject pronoun */
    if (c->object && k < hi && q->ment_at[k] < 0) {
        size_t w = k + (is_word(d, k) && lexw(d, k)->func == FW_FUNC_DET);
        size_t y = clause_after_hearer(d, w, hi);
        if (y != SIZE_MAX && y > w && (w > k || plural_looking(d, y - 1)))
            return y;
    }
    /* (a name with its article: "told the BBC the budget was") */
    size_t named =
        k + 1 < hi && q->ment_at[k] < 0 && word_ci(d, k, "the") ? k + 1 : k;
    if (c->object && k < hi && q->ment_at[named] >= 0) {
        const fw_ment *m = &d->ments[q->ment_at[named]];
        if (m->tok_end < hi && tok_eq(d, m->tok_end, "to"))
            return k; /* "urged him to resign": the hearer is told what
                         to do */
        /* "told Reuters the group could ...", "told Hale he would
         * win", "told France Inter radio she would": the hearer (with
         * the kind of medium it is), then the clause without "that" */
        size_t e = m->tok_end, after = clause_after_hearer(d, e, hi);
        if (after != SIZE_MAX)
            e = after;
        if (e + 1 < hi && is_word(d, e) &&
            (lexw(d, e)->func == FW_FUNC_DET || subject_pronoun(d, e)) &&
            !tok_eq(d, e, "that"))
            return e;
    }
    /* Where it was said, set off by a comma: "noted in an op-ed
     * Thursday, the candidate ..." */
    size_t after = occasion_then_comma(d, k, hi);
    if (after > k)
        return after;
    /* When it was said, right after the cue: "on Wednesday", "late
     * Monday", "earlier this week". */
    size_t x = time_phrase(d, k, hi);
    /* "said afterward", "said again" (but "said yes, ...") */
    while (x < hi && adverb_or_aux(d, x) && lexw(d, x)->func != FW_FUNC_AUX &&
           !tok_eq(d, x, "not") && !short_answer(d, x) &&
           !(x + 2 < hi && (d->toks[x + 2].flags & FW_TF_POSSESSIVE)))
        x++; /* (not "last" in "last week's attack") */
    if (x < hi && punct(d, x, ','))
        x++;
    return x;
}

/* Does the quotation mark at token i open a direct quotation? */
static bool starts_direct(const qctx *q, size_t i)
{
    return (q->used[i] & USED_DIRECT_OPEN) != 0;
}

/* Do a source and a cue begin at token i: ", Trump replied"? */
static bool attribution_follows(const qctx *q, size_t i, size_t hi)
{
    const fw_doc *d = q->d;
    for (size_t k = i; k < hi && k < i + 6; k++) {
        cue c;
        if (cue_at(q, k, i, hi, &c))
            return k > i &&
                   (q->ment_end[c.start] >= 0 ||
                    d->toks[c.start - 1].kind == FW_TOKEN_NUMBER ||
                    (is_word(d, c.start - 1) &&
                     ((lexw(d, c.start - 1)->feats &
                       (FW_LEX_PRONOUN | FW_LEX_TITLE | FW_LEX_ORG_WORD)) ||
                      people_word(d, c.start - 1) ||
                      tok_eq(d, c.start - 1, "who"))));
        if ((!is_word(d, k) && d->toks[k].kind != FW_TOKEN_NUMBER) ||
            (subordinator(d, k) && !(tok_eq(d, k, "who") && k + 1 < hi &&
                                     cue_at(q, k + 1, i, hi, &c))) ||
            (k == i && (tok_eq(d, k, "how") || tok_eq(d, k, "what") ||
                        tok_eq(d, k, "when") || tok_eq(d, k, "why"))))
            return false; /* but ", the same number who said"; and ", how
                             they want it" is a clause of the content's
                             (", whom he called" is one of its own) */
    }
    return false;
}

/* Does a name or a plural of people, then its verb of speech or belief,
 * begin at token i ("Sanders suggests", "Mr. Obama thinks", "doctors and
 * medical experts warned")? */
static bool view_follows_subject(const qctx *q, size_t i, size_t hi)
{
    const fw_doc *d = q->d;
    int32_t m = q->ment_at[i];
    size_t k = i;
    if (m >= 0 && d->ments[m].kind == FW_MENTION_NAME) {
        k = d->ments[m].tok_end;
    } else {
        while (k < hi && k < i + 5 && is_word(d, k) &&
               !(d->toks[k].flags & FW_TOKEN_CAPITALIZED) &&
               (!lexw(d, k)->func || tok_eq(d, k, "and")) &&
               !(d->toks[k].aux & FW_WA_CUE))
            k++;
        if (k == i || !plural_looking(d, k - 1))
            return false;
    }
    cue c;
    return k < hi && cue_at(q, k, i, hi, &c) && c.start == k && !c.passive &&
           (c.cls == FW_CUE_SPEECH || c.cls == FW_CUE_THOUGHT);
}

/* The closing mark of an outermost double quotation that opens in
 * tokens [k, hi) and closes after them in the same paragraph ('telling
 * CBS that the laws "are set... And I think we have to leave it."'), or
 * SIZE_MAX. */
static size_t quote_runs_on(const qctx *q, size_t k, size_t hi)
{
    const fw_doc *d = q->d;
    size_t lo = 0, n = d->n_qspans;
    while (lo < n) { /* the first span opening at k or after */
        size_t mid = lo + (n - lo) / 2;
        if (d->qspans[q->by_open[mid]].open < k)
            lo = mid + 1;
        else
            n = mid;
    }
    for (size_t i = lo; i < d->n_qspans; i++) {
        const fw_qspan *qs = &d->qspans[q->by_open[i]];
        if (qs->open >= hi)
            break;
        if (qs->level == 0 && !qs->single && qs->close != UINT32_MAX &&
            qs->close >= hi && qs->prev < 0)
            return qs->close;
    }
    return SIZE_MAX;
}

/* Does a verb follow the comma that closes an aside starting at token
 * n ("Millennials, numbering 75 million, surpassed")? */
/* The word after the comma that closes, within eight tokens, an aside
 * starting at token n, or SIZE_MAX. */
static size_t after_aside(const fw_doc *d, size_t n, size_t hi)
{
    size_t y = n;
    while (y < hi && y < n + 8 && !punct(d, y, ',') && !clause_stop(d, y))
        y++;
    return y + 1 < hi && punct(d, y, ',') && is_word(d, y + 1) ? y + 1
                                                               : SIZE_MAX;
}

static bool verb_after_aside(const fw_doc *d, size_t n, size_t hi)
{
    size_t v = after_aside(d, n, hi);
    return v != SIZE_MAX &&
           (past_verb(d, v) || lexw(d, v)->func == FW_FUNC_AUX);
}

/* After "and" at token n - 1, does a comma within a few words close a
 * second subject, a verb after it ("..., and hundreds like it, show")? */
static bool joint_subject_verb(const fw_doc *d, size_t n, size_t hi)
{
    if (n >= hi || !is_word(d, n) || lexw(d, n)->func == FW_FUNC_PREP)
        return false; /* (", and like its other ads, does not") */
    size_t v = after_aside(d, n, hi);
    return v != SIZE_MAX && v > n + 1 &&
           !(d->toks[v].flags & FW_TOKEN_CAPITALIZED) &&
           (verb_after_aside(d, n, hi) ||
            ((lexw(d, v)->feats & FW_LEX_CUE) && !fw_ing_form(d, v)));
}

/* Does the content's own predicate go on after the comma that closes
 * the relative clause at token n: "Sanders, who won Rhode Island, would
 * likely ...", "the candidate, who is his friend, as \"Mr. Trump\"",
 * "Zimmerman, who alleged ..., not guilty"? */
static bool predicate_after_relative(const fw_doc *d, size_t n, size_t hi)
{
    size_t y = n + 1;
    while (y < hi && y < n + 25 && !punct(d, y, ',') && !clause_stop(d, y) &&
           !is_quote_mark(d, y))
        y++;
    if (y + 1 >= hi || !punct(d, y, ',') || !is_word(d, y + 1) ||
        (d->toks[y + 1].flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *w = lexw(d, y + 1);
    if (w->feats & FW_LEX_CUE)
        return false; /* "..., who ..., said" */
    return w->func == FW_FUNC_AUX || past_verb(d, y + 1) ||
           fw_ing_form(d, y + 1) || tok_eq(d, y + 1, "as") ||
           tok_eq(d, y + 1, "not");
}

/* Is the relative clause at token n another's word on the content
 * before it, a subject and a verb of speech with nothing reported after
 * it: "..., which Democrats called \"racist\"", "..., which he has
 * denied and ..."? Not "..., which he said runs ...": an aside. */
static bool relative_judges(const qctx *q, size_t n, size_t hi)
{
    const fw_doc *d = q->d;
    size_t y = n + 1;
    if (y >= hi || !is_word(d, y) ||
        !((d->toks[y].flags & FW_TOKEN_CAPITALIZED) ||
          ((lexw(d, y)->feats & FW_LEX_PRONOUN) &&
           (lexw(d, y)->pron & FW_PRON_SUBJ))))
        return false;
    for (y++; y < hi && y < n + 5 && is_word(d, y); y++) {
        if (!(lexw(d, y)->feats & FW_LEX_CUE))
            continue;
        return y + 1 >= hi || !is_word(d, y + 1) || tok_eq(d, y + 1, "and") ||
               tok_eq(d, y + 1, "but");
    }
    return false;
}

/* Is there a comma among tokens [a, b)? */
static bool comma_in(const fw_doc *d, size_t a, size_t b)
{
    for (size_t p = a; p < b; p++)
        if (punct(d, p, ','))
            return true;
    return false;
}

/* Is there a number among tokens [a, b)? */
static bool number_in(const fw_doc *d, size_t a, size_t b)
{
    for (size_t p = a; p < b; p++)
        if (d->toks[p].kind == FW_TOKEN_NUMBER)
            return true;
    return false;
}

/* Is there a "not" in the clause before the comma at token x, since
 * token k or the last comma? */
static bool negation_before(const fw_doc *d, size_t k, size_t x)
{
    for (size_t p = x; p > k && !punct(d, p - 1, ','); p--)
        if (tok_eq(d, p - 1, "not") || negated_aux(d, p - 1))
            return true;
    return false;
}

/* Is the part before the comma at token x, from a comma after token k,
 * an item of a list: a few words, none a verb ("Ben Carson" in "Donald
 * Trump, Ben Carson, and Carly Fiorina")? */
static bool list_item_before(const fw_doc *d, size_t k, size_t x)
{
    size_t p = x;
    while (p > k && p + 6 > x && !punct(d, p - 1, ',')) {
        p--;
        if (is_word(d, p) && (lexw(d, p)->func == FW_FUNC_AUX ||
                              lexw(d, p)->func == FW_FUNC_PRON ||
                              past_verb(d, p) || (d->toks[p].aux & FW_WA_CUE)))
            return false;
        if (!is_word(d, p) && d->toks[p].kind != FW_TOKEN_NUMBER)
            return false;
    }
    return p > k && p < x && punct(d, p - 1, ',');
}

/* Does the noun phrase that "the" opens at token n describe what stands
 * before it, to the clause's end ("the erstwhile arbiter of fact", "the
 * firm the party has hired", "the 1994 deal that is ...")? A verb of its
 * own after its head and any phrase of a preposition makes it a clause's
 * subject instead ("the party would", "the rate at the bank would
 * rise"), and "and" an item of a list. */
static bool describing_np(const fw_doc *d, size_t n, size_t hi)
{
    static const word_form relatives[] = {WF("that"), WF("which"), WF("who"),
                                          WF("whom"), WF("whose"), WF("where"),
                                          WF("when")};
    size_t y = n + 1;
    bool name = true; /* "the Affordable Care Act" names, not describes */
    while (y < hi && y < n + 7 &&
           ((is_word(d, y) && !lexw(d, y)->func && !past_verb(d, y)) ||
            d->toks[y].kind == FW_TOKEN_NUMBER)) {
        name &= (d->toks[y].flags & FW_TOKEN_CAPITALIZED) != 0;
        y++;
    }
    if (y == n + 1 || name)
        return false;
    /* right after the head, a subject starts a clause that qualifies it
     * ("the firm the party has hired", "the first time it has") */
    bool qualified =
        y < hi && (subject_pronoun(d, y) ||
                   (is_word(d, y) && lexw(d, y)->func == FW_FUNC_DET));
    for (; y < hi && !punct(d, y, ',') && !clause_stop(d, y) &&
           !is_quote_mark(d, y) && !(d->toks[y].flags & FW_TF_TERMINAL);
         y++) {
        if (qualified || !is_word(d, y))
            continue;
        if (word_among(d, y, relatives, FW_COUNT(relatives)))
            qualified = true;
        else if (lexw(d, y)->func == FW_FUNC_AUX || past_verb(d, y) ||
                 tok_eq(d, y, "and") || tok_eq(d, y, "or"))
            return false;
    }
    return y >= hi || !punct(d, y, ',');
}

/* Does a comma between tokens k and x open a noun phrase with "the",
 * making "the ..." after x the next item of a list ("the malaise in
 * Mexican society, the lack of jobs, the horrific violence")? */
static bool the_list_before(const fw_doc *d, size_t k, size_t x)
{
    for (size_t p = x; p > k + 1; p--)
        if (punct(d, p - 2, ',') && tok_eq(d, p - 1, "the"))
            return true;
    return false;
}

/* Is the clause reported from token k in a relative clause set off by a
 * comma ("The bill, which Democrats said would ...")? */
static bool in_relative_aside(const fw_doc *d, size_t k)
{
    for (size_t j = k; j-- > 1 && k - j < 8 && is_word(d, j);)
        if (tok_eq(d, j, "which") || tok_eq(d, j, "who"))
            return punct(d, j - 1, ',');
    return false;
}

/* Is token n, after a comma, a verb of the sentence's own: a past tense,
 * an auxiliary, or an -s form before a determiner ("passed", "will
 * be", "faces a vote"; not "taxes, jobs and fees")? */
static bool main_verb_back(const fw_doc *d, size_t n, size_t hi)
{
    if (!is_word(d, n) || (d->toks[n].flags & FW_TOKEN_CAPITALIZED))
        return false;
    const fw_lex_word *w = lexw(d, n);
    if (w->func == FW_FUNC_AUX || (!w->func && fw_past_tense(d, n)))
        return true;
    const fw_tok *t = &d->toks[n];
    return !w->func && t->end - t->start > 3 && d->text[t->end - 1] == 's' &&
           d->text[t->end - 2] != 's' && n + 1 < hi && is_word(d, n + 1) &&
           lexw(d, n + 1)->func == FW_FUNC_DET;
}

/* Does the auxiliary at token n, after the comma that ends the clause
 * [k, x), repeat that clause's own ("the inquiry had nothing to do with
 * X, had started in May"): its predicates listed, not the sentence's
 * verb coming back? */
static bool aux_repeats(const fw_doc *d, size_t k, size_t x, size_t n)
{
    for (size_t j = k; j < x; j++)
        if (d->toks[j].word == d->toks[n].word && is_word(d, j))
            return true;
    return false;
}

/* After a reported clause [k, x) whose subject is a pronoun ("said she
 * wanted change"), is token v, after ", but", the same subject's next
 * verb in the past, one of finding or thought with no clause of its own
 * ("but found Mr. Trump too objectionable")? Then the predicate goes on:
 * a verb of speech there ("but added") is the speaker's next act. */
static bool own_finding_after(const qctx *q, size_t k, size_t x, size_t v,
                              size_t hi)
{
    const fw_doc *d = q->d;
    if (!(k + 1 < x && subject_pronoun(d, k) && v + 1 < hi &&
          fw_past_tense(d, v) && !tok_eq(d, v + 1, "that")))
        return false;
    unsigned cls = lexw(d, v)->cue;
    return !(lexw(d, v)->feats & FW_LEX_CUE) || cls == FW_CUE_EVIDENCE ||
           cls == FW_CUE_THOUGHT || cls == FW_CUE_VIEWING;
}

/* Does the comma at token x end a reported clause that started at k
 * ('aside': a comma of the content's own came before it):
 * before another attribution (", Trump replied"), a contrast or an aside
 * of the writer's (", but", ", adding"), or the sentence's own verb
 * coming back (", told Y")? */
static bool comma_ends(const qctx *q, size_t k, size_t x, size_t hi, bool aside,
                       content_scan *cs)
{
    const fw_doc *d = q->d;
    /* ", Trump replied": another attribution begins */
    if (attribution_follows(q, x + 1, hi))
        return true;
    size_t n = x + 1;
    /* "welcomed the ruling, as did X": another source, the writer's
     * comparison */
    static const word_form did[] = {WF("did"), WF("does"), WF("do"), WF("has"),
                                    WF("have")};
    if (n + 2 < hi && tok_eq(d, n, "as") &&
        word_among(d, n + 1, did, FW_COUNT(did)))
        return true;
    /* A verb of speech or stance in lower case after the comma, no
     * participle (the mark on the token spares the lexicon): */
    if (n + 1 < hi && is_word(d, n) && (d->toks[n].aux & FW_WA_CUE) &&
        !(d->toks[n].flags & FW_TOKEN_CAPITALIZED) &&
        (lexw(d, n)->feats & FW_LEX_CUE) && !fw_ing_form(d, n)) {
        /* "X, whose home is projected to ..., argues that ...": the
         * main clause's verb after a relative clause */
        if (tok_eq(d, n + 1, "that"))
            return true;
        /* 'supports "pay raises," opposes "pay freezes"': after what a
         * verb takes, the source's next verb */
        if (d->toks[n].end - d->toks[n].start > 3 &&
            d->text[d->toks[n].end - 1] == 's' && verbless_before(d, cs, x) &&
            holds_quote(q, x > k + 40 ? x - 40 : k, x + 1))
            return true;
    }
    static const word_form stops[] = {
        WF("but"),     WF("although"),  WF("though"),   WF("while"),
        WF("whereas"), WF("despite"),   WF("adding"),   WF("saying"),
        WF("noting"),  WF("according"), WF("and"),      WF("however"),
        WF("who"),     WF("which"),     WF("compared"), WF("after")};
    /* ", without providing evidence", ", without giving details": the
     * writer's remark on the act (but "pay for it, without raising
     * taxes" is the speaker's) */
    static const word_form telling[] = {
        WF("providing"),  WF("giving"),      WF("offering"),   WF("citing"),
        WF("presenting"), WF("elaborating"), WF("specifying"), WF("naming"),
        WF("explaining"), WF("saying")};
    bool stop = tok_eq(d, n, "without") && n + 1 < hi &&
                form_among(d, n + 1, telling, FW_COUNT(telling), false);
    for (int pass = 0; pass < 2 && !stop; pass++) {
        stop = form_among(d, n, stops, FW_COUNT(stops), false);
        if (stop || pass || n + 1 >= hi || !adverb_or_aux(d, n) ||
            lexw(d, n)->func == FW_FUNC_AUX)
            break;
        n++; /* ", largely because" */
    }
    /* "said the bomber, who detonated ..., had ...": a relative
     * clause after the content's own subject goes on, as does one after
     * quoted words ('was a "good citizen," who gave back') */
    if (stop && (tok_eq(d, n, "who") || tok_eq(d, n, "which")) &&
        ((x < k + 6 && !relative_judges(q, n, hi)) || closing_mark(d, x) ||
         predicate_after_relative(d, n, hi) || quoted_predicate(q, n + 1, hi)))
        stop = false;
    /* 'has been "a part of it," and Democrats would need to "depend on
     * him"': in a content that quotes words, a clause after "and" or
     * "but" is the speaker's too */
    if (stop && (tok_eq(d, n, "and") || tok_eq(d, n, "but")) &&
        !tok_eq(d, n + 1, "that") &&
        holds_quote(q, x > k + 40 ? x - 40 : k, n + 40 < hi ? n + 40 : hi) &&
        !attribution_follows(q, n + 1, hi)) /* (', and his party vowed') */
        stop = false;
    /* ", and then would continue ...": the same subject's predicate
     * goes on, a modal with no subject of its own */
    if (stop && tok_eq(d, n, "and") && x > k + 2) {
        size_t v = n + 1;
        if (v + 1 < hi && adverb_or_aux(d, v) &&
            lexw(d, v)->func != FW_FUNC_AUX)
            v++;
        static const word_form modals[] = {
            WF("would"), WF("could"), WF("will"),   WF("can"),
            WF("might"), WF("may"),   WF("should"), WF("must")};
        if (v < hi && form_among(d, v, modals, FW_COUNT(modals), false))
            stop = false;
    }
    /* "say the account, and hundreds like it, show how ...": a second
     * subject set off by commas, then the content's verb */
    if (stop && tok_eq(d, n, "and") && verbless_before(d, cs, x) &&
        joint_subject_verb(d, n + 1, hi))
        stop = false;
    /* "A, B, and C": the last item of a list of short ones */
    if (stop && aside && (tok_eq(d, n, "and") || tok_eq(d, n, "or")) &&
        list_item_before(d, k, x))
        stop = false;
    /* but ", but also hungry for", ", but required candidates to": the
     * predicate goes on, with no subject of its own */
    if (stop && tok_eq(d, n, "but") && n + 1 < hi &&
        (tok_eq(d, n + 1, "also") || tok_eq(d, n + 1, "not") ||
         tok_eq(d, n + 1, "rather") || negated_aux(d, n + 1) ||
         (past_verb(d, n + 1) && !(lexw(d, n + 1)->feats & FW_LEX_CUE) &&
          !tok_eq(d, k, "to")) || /* (but "pledged to X, but sounded") */
         own_finding_after(q, k, x, n + 1, hi)))
        stop = false;
    /* "found 28 percent backed X, while 23 percent favored Y": figures
     * set against figures, one finding */
    if (stop && tok_eq(d, n, "while") && number_in(d, k, x) &&
        number_in(d, n + 1, n + 8 < hi ? n + 8 : hi))
        stop = false;
    /* "is not X, but Y", "not just A, but B": the contrast the content
     * opened (but ", but she has ...": the writer's clause) */
    if (stop && tok_eq(d, n, "but") && n + 1 < hi && negation_before(d, k, x) &&
        !subject_pronoun(d, n + 1))
        stop = false;
    /* "that A, and that B", "that A, but that B": a second clause
     * reported */
    if (stop && (tok_eq(d, n, "and") || tok_eq(d, n, "but")) && k > 0 &&
        tok_eq(d, k - 1, "that") && tok_eq(d, n + 1, "that"))
        stop = false;
    /* but "a crucial, although brief, opportunity": an aside of
     * a word or two */
    if (stop && !tok_eq(d, n, "and") && n + 3 < hi &&
        (punct(d, n + 2, ',') || punct(d, n + 3, ',')))
        stop = false;
    /* "X, in the wake of a poll showing ..., told Y": the
     * sentence's own verb comes back */
    const fw_tok *nt = &d->toks[n];
    if (nt->kind == FW_TOKEN_WORD && !(nt->flags & FW_TOKEN_CAPITALIZED) &&
        (lexw(d, n)->feats & FW_LEX_CUE) &&
        (past_verb(d, n) || tok_eq(d, n, "said") || tok_eq(d, n, "told") ||
         tok_eq(d, n, "wrote")))
        stop = true;
    /* "a PAC backing X, has been ...": an auxiliary after a comma is the
     * sentence's verb coming back, unless the content opened the aside
     * itself ("the plan, which ..., has failed") */
    if (is_word(d, n) && lexw(d, n)->func == FW_FUNC_AUX && !aside &&
        !(aux_repeats(d, k, x, n) && !in_relative_aside(d, k)))
        stop = true;
    /* "The bill, which Democrats said would raise taxes, passed": the
     * relative clause the content is in ends at its second comma, where
     * the sentence's verb comes back */
    if (!stop && !aside && in_relative_aside(d, k) && main_verb_back(d, n, hi))
        stop = true;
    /* "..., a swipe at his rivals": a noun phrase that sums the clause
     * up, unless a second comma closes it as an aside ("the mayor, a
     * Democrat, would veto it") */
    if ((tok_eq(d, n, "a") || tok_eq(d, n, "an")) && x > k + 2) {
        size_t y = n + 1; /* but not a list: 'a "loser," a "liar" and' */
        while (y < hi && y < n + 8 && !punct(d, y, ',') &&
               !is_quote_mark(d, y) && !tok_eq(d, y, "and"))
            y++;
        if (y >= hi ||
            !(punct(d, y, ',') || is_quote_mark(d, y) || tok_eq(d, y, "and")))
            stop = true;
    }
    /* "..., the former governor", "..., the erstwhile arbiter of fact":
     * an apposition of the writer's to the clause's end (but not after a
     * phrase that opens the content: "in the end, the party would") */
    if (n == x + 1 && tok_eq(d, n, "the") && x > k &&
        !the_list_before(d, k, x) && describing_np(d, n, hi) &&
        !(is_word(d, k) &&
          (lexw(d, k)->func == FW_FUNC_PREP ||
           lexw(d, k)->func == FW_FUNC_CONJ || lexw(d, k)->func == FW_FUNC_WH)))
        stop = true;
    /* ", he looked ...": a clause of the writer's after an embedded
     * question or a clause reported ("asked if X, he looked") */
    if (subject_pronoun(d, n) && n + 1 < hi && past_verb(d, n + 1) &&
        !(lexw(d, n + 1)->feats & FW_LEX_CUE))
        stop = true;
    /* "Zelensky says Ukraine ready for talks, Kremlin cool": in a
     * headline, a name after a comma opens a clause of its own */
    if (q->ment_at[n] >= 0 && d->ments[q->ment_at[n]].kind == FW_MENTION_NAME &&
        headline_at(d, n) && x > k + 1)
        stop = true;
    /* ", Obama won his party's nomination": so with a name, after a
     * content with a verb of its own */
    int32_t named = q->ment_at[n];
    if (named >= 0 && d->ments[named].kind == FW_MENTION_NAME && x > k + 2) {
        size_t v = d->ments[named].tok_end;
        if (v < hi && clause_verb_at(d, v) &&
            !(lexw(d, v)->feats & FW_LEX_CUE) && !verbless_before(d, cs, x))
            stop = true;
    }
    /* ", referring to ...": the speaker's act, not their words (but
     * "says Millennials, numbering 75 million, surpassed": after a
     * subject alone, before its verb, it describes the subject) */
    if (!(x <= k + 2 && verb_after_aside(d, n, hi)) &&
        nt->kind == FW_TOKEN_WORD && !(nt->flags & FW_TOKEN_CAPITALIZED) &&
        nt->end - nt->start > 5 && fw_ing_form(d, n) && !lexw(d, n)->func &&
        !tok_eq(d, n, "including") && !tok_eq(d, n, "regarding") &&
        !tok_eq(d, n, "following") && !tok_eq(d, n, "concerning"))
        stop = true;
    return stop;
}

/* Does the clause [a, b) end in a passive ("would be aided"), whose
 * agent a "by" after an attribution in the middle of it gives ("The
 * argument would be aided, X said, by the calendar")? */
static bool passive_ends(const fw_doc *d, size_t a, size_t b)
{
    if (b < a + 2 || !past_verb(d, b - 1))
        return false;
    for (size_t k = b - 1; k-- > a && k + 4 > b;)
        if (be_form(d, k))
            return true;
    return false;
}

/* Does source s name someone other than the speaker of the report
 * whose cue is at token x ("The EU will propose tariffs, two diplomats
 * said": the diplomats report the EU's plan; not 'X said that A, he
 * said', nor a report of no one named)? */
static bool other_speaker(const qctx *q, size_t x, const source *s)
{
    const fw_doc *d = q->d;
    if (s->ment >= 0 && d->ments[s->ment].kind == FW_MENTION_PRONOUN)
        return false;
    /* (one who speaks: named, or people or a body by its noun, "two
     * diplomats", "sources", "state media"; not "also exceeding Street
     * forecasts") */
    static const word_form outlets[] = {WF("media"), WF("television"),
                                        WF("radio"), WF("TV")};
    size_t h = s->end - 1;
    bool named = s->ment >= 0 && d->ments[s->ment].entity >= 0 &&
                 speaker_mention(&d->ments[s->ment]);
    if (!named && !speaker_noun(d, h) &&
        !(is_word(d, h) &&
          (source_noun(d, h) || word_among(d, h, outlets, FW_COUNT(outlets)))))
        return false;
    for (size_t k = d->n_quots; k-- > 0 && d->n_quots - k <= 8;) {
        const fw_quot *o = &d->quots[k];
        if (d->toks[x].start < o->cue_start || d->toks[x].start >= o->cue_end)
            continue;
        int32_t a = o->src_ment >= 0 ? d->ments[o->src_ment].entity : -1;
        int32_t b = named ? d->ments[s->ment].entity : -1;
        return a >= 0 && a != b;
    }
    return false;
}

/* Do tokens from a open with a span of time and "after" or "before"
 * ("days after", "a week before", "two hours after"), within e? */
static bool period_before_event(const fw_doc *d, size_t a, size_t e)
{
    static const word_form counts[] = {WF("two"),  WF("three"), WF("four"),
                                       WF("five"), WF("few"),   WF("several"),
                                       WF("many")};
    size_t k = a;
    if (k < e && (d->toks[k].kind == FW_TOKEN_NUMBER ||
                  (is_word(d, k) && lexw(d, k)->func == FW_FUNC_DET) ||
                  word_among(d, k, counts, FW_COUNT(counts))))
        k++;
    return k + 1 < e && is_word(d, k) && (lexw(d, k)->feats & FW_LEX_PERIOD) &&
           (tok_eq(d, k + 1, "after") || tok_eq(d, k + 1, "before"));
}

/* A noun of time, which "when" after it qualifies ("in an era when",
 * "in December when"). */
static bool time_noun(const fw_doc *d, size_t i)
{
    return is_word(d, i) && (lexw(d, i)->feats &
                             (FW_LEX_MONTH | FW_LEX_WEEKDAY | FW_LEX_PERIOD));
}

/* The second dash of an aside from the dash at token x that quotes
 * words, holds no cue outside them, and after which the clause goes on
 * with a verb ("-- itself a rebuttal to Trump's \"Make America Great
 * Again\" rallying cry -- was"), or SIZE_MAX. */
static size_t quoted_aside_end(const qctx *q, size_t x, size_t hi)
{
    const fw_doc *d = q->d;
    size_t y = x + 1;
    while (y < hi && y < x + 24 && d->toks[y].kind != FW_TOKEN_DASH) {
        if (is_word(d, y) && (d->toks[y].aux & FW_WA_CUE) && !in_quote(d, y))
            return SIZE_MAX;
        y++;
    }
    /* (or with a preposition: "-- as well as the \"pause\" in the tax
     * -- in that package") */
    if (y + 1 >= hi || y >= x + 24 || d->toks[y].kind != FW_TOKEN_DASH ||
        !is_word(d, y + 1) ||
        !(lexw(d, y + 1)->func == FW_FUNC_AUX || past_verb(d, y + 1) ||
          (lexw(d, y + 1)->func == FW_FUNC_PREP &&
           !(d->toks[y + 1].flags & FW_TOKEN_CAPITALIZED))))
        return SIZE_MAX;
    return y;
}

/* Does a weekday, or "on" and one, start at token i ('a "very decent
 * man" Tuesday', '"..." on Friday afternoon')? */
static bool weekday_at(const fw_doc *d, size_t i, size_t hi)
{
    if (i + 1 < hi && tok_eq(d, i, "on"))
        i++;
    return is_word(d, i) && (lexw(d, i)->feats & FW_LEX_WEEKDAY) &&
           (d->toks[i].flags & FW_TOKEN_CAPITALIZED);
}

/* Does a clause's subject, then its verb, start at token y: a name, an
 * article and up to three words, or a plural, then a verb in the past or
 * an auxiliary ("cases rose", "the Democrats held", "Cruz is")? */
static bool subject_then_verb(const qctx *q, size_t y, size_t hi)
{
    const fw_doc *d = q->d;
    int32_t m = q->ment_at[y];
    bool named = m >= 0 && d->ments[m].kind == FW_MENTION_NAME;
    bool det = !named && is_word(d, y) && lexw(d, y)->func == FW_FUNC_DET &&
               !tok_eq(d, y, "that");
    if (named)
        y = d->ments[m].tok_end;
    else if (det)
        y++;
    size_t w = y;
    while (y < hi && y < w + 3 && is_word(d, y) && !lexw(d, y)->func &&
           !clause_verb_at(d, y) && !(d->toks[y].aux & FW_WA_CUE))
        y++;
    if ((det && y == w) ||
        (!named && !det && (y == w || !plural_looking(d, y - 1))))
        return false;
    return y < hi && !(d->toks[y].flags & FW_TOKEN_CAPITALIZED) &&
           clause_verb_at(d, y);
}

/* Where a reported clause starting at 'k' ends (exclusive), at most
 * 'hi': before the final punctuation, ", but ...", "; ...". */
static size_t content_end(const qctx *q, size_t k, size_t hi)
{
    const fw_doc *d = q->d;
    /* 'chanted "no peace" after the talks failed': quoted words, then
     * when they were said */
    static const word_form act_time_after[] = {
        WF("after"), WF("before"), WF("moments"), WF("minutes"), WF("hours")};
    size_t quoted_end = quote_closing(q, k, hi);
    if (quoted_end != SIZE_MAX && quoted_end + 1 < hi &&
        word_among(d, quoted_end + 1, act_time_after, FW_COUNT(act_time_after)))
        return quoted_end + 1;
    size_t x = k;
    bool aside = false; /* a comma of the content's own has come */
    content_scan cs = {k, k, false, false};
    /* (after "that": "asked if X, he left" asks only X; but a
     * concession asks nothing: "says despite X, she plans"; "said that
     * as voters learned ..., X would") */
    static const word_form opening[] = {
        WF("if"),     WF("when"),  WF("although"), WF("because"),
        WF("unless"), WF("while"), WF("as"),       WF("before"),
        WF("after"),  WF("once"),  WF("until")};
    bool opens_clause =
        (k > 0 && k < hi && tok_eq(d, k - 1, "that") &&
         (word_among(d, k, opening, FW_COUNT(opening)) ||
          punct(d, k, ','))) || /* "that, during the talks, X was" */
        (k < hi && (word_ci(d, k, "despite") || word_ci(d, k, "although") ||
                    word_ci(d, k, "though")));
    for (; x < hi; x++) {
        const fw_tok *t = &d->toks[x];
        /* 'called him "a decent man" Tuesday': quoted words, then the
         * day they were said (not a quoted title's: 'on "Meet the
         * Press" on Sunday that') */
        if (x > k + 2 && (q->used[x - 1] & USED_PAIRED) &&
            (d->toks[x - 1].flags & FW_TOKEN_CLOSES) && weekday_at(d, x, hi) &&
            is_word(d, x - 2) && !(d->toks[x - 2].flags & FW_TOKEN_CAPITALIZED))
            break;
        /* Most tokens are words that open no clause: nothing below asks
         * of them (one branch: see fw_tok_is). */
        bool word = t->kind == FW_TOKEN_WORD;
        bool sub = word & ((lexw(d, x)->ctx & FW_CTX_SUBORD) != 0);
        if ((word & !sub) | in_quote(d, x))
            continue;
        /* "CONTENT, sources say.": the clause's own attribution, looked
         * at next ('... "under pressure," state media reported.': the
         * comma inside the mark) */
        if (punct(d, x, ',') && x > k && closing_tag(q, x + 1, hi))
            break;
        if (closing_mark(d, x) && x > k + 1 && punct(d, x - 1, ',') &&
            closing_tag(q, x + 1, hi)) {
            x++;
            break;
        }
        /* (a colon after a few words goes on: "two men: A and B") */
        if (t->kind == FW_TOKEN_PUNCT &&
            ((t->flags & FW_TF_TERMINAL) || punct(d, x, ';') ||
             (punct(d, x, ':') &&
              (x < k + 3 || (x + 1 < hi && is_quote_mark(d, x + 1))))))
            break;
        /* A quotation of its own begins. */
        if (t->kind == FW_TOKEN_QUOTE && (t->flags & FW_TOKEN_OPENS) &&
            starts_direct(q, x))
            break;
        /* "... the mandate -- requiring refiners to ...": a dash that no
         * second one closes sets off the writer's own addition ("the
         * plan -- drafted in May -- failed" goes on) */
        if (t->kind == FW_TOKEN_DASH) {
            /* (an aside of up to 24 tokens, with no quotation marks:
             * '- "I love Oreos," he said, "..." -' goes elsewhere) */
            size_t y = x + 1;
            while (y < hi && y < x + 24 && d->toks[y].kind != FW_TOKEN_DASH &&
                   !is_quote_mark(d, y) && !(q->used[y] & USED_CUE))
                y++;
            if (y < hi && y < x + 24 && d->toks[y].kind == FW_TOKEN_DASH) {
                x = y;
                continue;
            }
            /* '-- itself a rebuttal to "Make America Great Again" --
             * was': quoted words in an aside with no cue, whose clause
             * goes on with its verb after the second dash */
            y = quoted_aside_end(q, x, hi);
            if (y != SIZE_MAX) {
                x = y;
                continue;
            }
            /* but "second- or third-tier", "... -- including X", "...
             * -- only that ...": the content's own */
            static const word_form goes_on[] = {
                WF("including"), WF("particularly"), WF("especially"),
                WF("only"),      WF("if"),           WF("assuming"),
                WF("without"),   WF("that"),         WF("which")};
            bool own = x + 1 < hi &&
                       (word_among(d, x + 1, goes_on, FW_COUNT(goes_on)) ||
                        (x > 0 && d->toks[x - 1].end == t->start));
            if (x > k + 2 && !own && !(x + 1 < hi && is_quote_mark(d, x + 1)) &&
                !(x + 2 < hi && tok_eq(d, x + 1, "and") &&
                  tok_eq(d, x + 2, "that")))
                break; /* but '... the matter -- "so that ..."', "... --
                          and that ..." */
        }
        /* The rest asks of words that open clauses only. "and said ...",
         * "and urged ...": a second verb of saying, or of will in the
         * past, is the speaker's act, not their words; but "said he was
         * impressed and liked the plan" goes on ("A and that B" goes on
         * too: one content; after a comma it is a second one, below). */
        if (sub && (tok_eq(d, x, "and") || tok_eq(d, x, "but"))) {
            size_t v = x + 1; /* "and then tweeted" */
            /* "offered himself as a candidate and made an appeal",
             * 'called it "bold" and left',
             * "calling her a friend and he did not ...": after a content
             * with no verb, a verb is the speaker's next act */
            if (v + 1 < hi && x > k + 1 &&
                ((fw_past_tense(d, v) &&
                  (verb_object_at(d, v + 1) || clause_stop(d, v + 1))) ||
                 (subject_pronoun(d, v) && is_word(d, v + 1) &&
                  (lexw(d, v + 1)->func == FW_FUNC_AUX ||
                   past_verb(d, v + 1)))) &&
                verbless_before(d, &cs, x)) /* (the dearer test last) */
                break;
            /* "..., and he reiterated", "and she jokingly tells": a
             * clause of the writer's with a subject of its own */
            size_t w = v + 1;
            if (w + 1 < hi && subject_pronoun(d, v) && is_word(d, w) &&
                adverb_or_aux(d, w) && lexw(d, w)->func != FW_FUNC_AUX)
                w++;
            if (w < hi && subject_pronoun(d, v) &&
                (past_verb(d, w) ||
                 (is_word(d, w) && (lexw(d, w)->feats & FW_LEX_CUE) &&
                  !(d->toks[w].flags & FW_TOKEN_CAPITALIZED))))
                break;
            /* "... boycotts and Democrats coped with ...": a name, then
             * a verb in the past, a clause of the writer's (but "Obama and
             * Clinton caused": two subjects) */
            /* ("he and Manafort introduced": two subjects, one verb) */
            bool joint = x > k && subject_pronoun(d, x - 1);
            if (v + 1 < hi && q->ment_end[x] < 0 && !joint &&
                q->ment_at[v] >= 0 &&
                d->ments[q->ment_at[v]].kind == FW_MENTION_NAME &&
                d->ments[q->ment_at[v]].tok_end < hi &&
                past_verb(d, d->ments[q->ment_at[v]].tok_end))
                break;
            /* "... and 14 percent said": a subject of a few words, then
             * a verb of saying */
            size_t u = v;
            while (u < hi && u < v + 4 &&
                   (d->toks[u].kind == FW_TOKEN_NUMBER ||
                    (is_word(d, u) && !(lexw(d, u)->feats & FW_LEX_CUE))))
                u++;
            if (u > v && u < hi &&
                (tok_eq(d, u, "said") || tok_eq(d, u, "say") ||
                 tok_eq(d, u, "says") ||
                 /* ", and forecasters warned ...": people by their
                  * noun, then a verb of saying in the past (not
                  * "X and another aide asked": one subject) */
                 ((x == k || punct(d, x - 1, ',')) && speaker_noun(d, u - 1) &&
                  !joint && lexw(d, u)->cue == FW_CUE_SPEECH &&
                  past_verb(d, u) &&
                  !(d->toks[u].flags & FW_TOKEN_CAPITALIZED)) ||
                 (q->ment_at[v] >= 0 && !joint &&
                  d->ments[q->ment_at[v]].kind == FW_MENTION_NAME &&
                  d->ments[q->ment_at[v]].tok_end == u &&
                  (lexw(d, u)->feats & FW_LEX_CUE) &&
                  !(d->toks[u].flags & FW_TOKEN_CAPITALIZED))))
                break; /* and "Trump calling it", "and X wants" */
            if (v + 1 < hi && adverb_or_aux(d, v) &&
                lexw(d, v)->func != FW_FUNC_AUX)
                v++;
            if (v < hi && is_word(d, v) &&
                (lexw(d, v)->cue == FW_CUE_SPEECH ||
                 lexw(d, v)->cue == FW_CUE_QUOTING ||
                 (lexw(d, v)->cue == FW_CUE_INTENT && past_verb(d, v))) &&
                !(d->toks[v].flags & FW_TOKEN_CAPITALIZED) &&
                !bare_after_modal(d, &cs, x, v))
                break; /* "and said ...", "and vowed to ...": a second
                          attribution (but "and wants ..." goes on) */
        }
        /* "... on Twitter before claiming that ...": the speaker's next
         * act, a cue of its own */
        if (x > k + 2 && sub && x + 1 < hi && is_word(d, x + 1) &&
            (lexw(d, x + 1)->feats & FW_LEX_CUE) && fw_ing_form(d, x + 1))
            break;
        if (x > k + 2 && sub && !opens_clause && tok_eq(d, x, "when") &&
            (tok_eq(d, x + 1, "he") || tok_eq(d, x + 1, "she") ||
             tok_eq(d, x + 1, "I") || tok_eq(d, x + 1, "asked")) &&
            !time_noun(d, x - 1))
            break; /* "... a deal when he had ...", "when I asked him"
                      (the writer): the time of the act, not the content;
                      but "when it comes to", "at a time when" */
        /* "... the nomination even as party figures concluded ...": a
         * concession of the writer's (but "even if", "even though" are
         * most often the speaker's) */
        if (x > k + 3 && sub && tok_eq(d, x, "as") &&
            tok_eq(d, x - 1, "even") &&
            !(punct(d, x - 2, ',') && verb_after_aside(d, x, hi))) {
            x--;
            break;
        }
        /* "... positive energy as he stopped by ...", "while he ...": the time
         * of the act, a clause of the writer's */
        static const word_form act_time[] = {WF("as"), WF("while")};
        if (x > k + 2 && sub && x + 2 < hi &&
            word_among(d, x, act_time, FW_COUNT(act_time)) &&
            ((subject_pronoun(d, x + 1) && !tok_eq(d, x + 1, "it")) ||
             (tok_eq(d, x, "as") && punct(d, x - 1, ',') &&
              subject_then_verb(q, x + 1, hi))))
            break; /* (and ", as cases rose", ", as the Democrats held") */
        /* "... a smear while Sanders suggests ...", "while doctors
         * warned ...": another's view set against the content */
        if (x > k + 2 && sub && x + 2 < hi &&
            (tok_eq(d, x, "while") || tok_eq(d, x, "whereas")) &&
            view_follows_subject(q, x + 1, hi))
            break;
        /* a comma inside a closing mark counts too: '"dead," adding' */
        bool comma = punct(d, x, ',') ||
                     (closing_mark(d, x) && x > k && punct(d, x - 1, ','));
        /* "it is fitting that, having overcome ..., she ...": an aside
         * after a "that" inside the content opens its clause */
        if (comma && x > k + 1 && punct(d, x, ',') &&
            tok_eq(d, x - 1, "that")) {
            opens_clause = true;
            continue;
        }
        /* "that if his son were serving, he would ...": the comma that
         * closes an opening subordinate clause ends nothing */
        if (comma && opens_clause) {
            /* the main clause's subject after it closes the opening one */
            if (x + 1 < hi &&
                (subject_pronoun(d, x + 1) || q->ment_at[x + 1] >= 0))
                opens_clause = false;
            comma = false;
        }
        if (comma && x + 1 < hi && comma_ends(q, k, x, hi, aside, &cs)) {
            x += !punct(d, x, ','); /* the closing mark goes with it */
            break;
        }
        aside |= punct(d, x, ',');
    }
    /* A quotation that runs on past the sentence's end goes with it. */
    if (x == hi && hi > k) {
        size_t close = quote_runs_on(q, k, hi);
        if (close != SIZE_MAX)
            x = close + 1;
    }
    return x;
}

/* Are the words between quotation marks o and c a title, every word
 * capitalised but short function words ("Game of Thrones", "Silent
 * Night")? Quoted titles and names are no one's words. */
static bool quoted_title(const qctx *q, size_t o, size_t c)
{
    const fw_doc *d = q->d;
    if (headline_at(d, o))
        return false; /* every word capitalised: words said, mostly */
    size_t words = 0;
    for (size_t k = o + 1; k < c; k++) {
        const fw_tok *t = &d->toks[k];
        if (t->kind != FW_TOKEN_WORD)
            continue;
        words++;
        if (!(t->flags & FW_TOKEN_CAPITALIZED) &&
            !(lexw(d, k)->func && t->end - t->start <= 4))
            return false;
        if (k + 2 < c && (d->toks[k + 1].flags & FW_TF_TERMINAL))
            return false; /* sentences: "Thank you. Goodbye." */
    }
    return words >= 1 && words <= 8 &&
           !(d->toks[o + 1].kind == FW_TOKEN_WORD && tok_eq(d, o + 1, "I"));
}

/* When token a opens a quotation that closes before b, its closing
 * mark; else SIZE_MAX. */
static size_t quote_closing(const qctx *q, size_t a, size_t b)
{
    const fw_doc *d = q->d;
    if (!opens_pair(q, a))
        return SIZE_MAX;
    for (size_t c = a + 1; c < b; c++)
        if (q->used[c] & USED_PAIRED)
            return (d->toks[c].flags & FW_TOKEN_CLOSES) ? c : SIZE_MAX;
    return SIZE_MAX;
}

/* Does a quotation open at 'a', or after a word or two of a predicate
 * with no speaker of its own: "which "will help ..."", "who has "no
 * idea""? The words of a relative clause so quoted are the speaker's. */
static bool quoted_predicate(const qctx *q, size_t a, size_t hi)
{
    const fw_doc *d = q->d;
    for (size_t x = a; x < hi && x < a + 3; x++) {
        if (opens_pair(q, x))
            return true;
        if (!is_word(d, x) || (d->toks[x].flags & FW_TOKEN_CAPITALIZED) ||
            (lexw(d, x)->feats & (FW_LEX_CUE | FW_LEX_PRONOUN)))
            return false;
    }
    return false;
}

/* When a quoted title ("Meet the Press") opens at token i and closes
 * before hi, its closing mark; else SIZE_MAX. */
static size_t quoted_title_end(const qctx *q, size_t i, size_t hi)
{
    if (!opens_pair(q, i))
        return SIZE_MAX;
    size_t c = i + 1;
    while (c < hi && c < i + 12 && !(q->used[c] & USED_PAIRED))
        c++;
    return c < hi && (q->used[c] & USED_PAIRED) && quoted_title(q, i, c)
               ? c
               : SIZE_MAX;
}

/* Do tokens [a, b) hold a quotation of someone's words (not a title)? */
static bool holds_quote(const qctx *q, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        if (!(q->used[i] & USED_PAIRED))
            continue;
        if (!(q->d->toks[i].flags & FW_TOKEN_OPENS))
            return true; /* opened before a */
        size_t c = i + 1;
        while (c < b && !(q->used[c] & USED_PAIRED))
            c++;
        if (c == b || !quoted_title(q, i, c))
            return true;
        i = c;
    }
    return false;
}

/* Does cue c take an object of stance ("endorsed", "backed"), not
 * "said" or "according to", nor one after a hearer? */
static bool stance_cue(const qctx *q, const cue *c)
{
    const fw_doc *d = q->d;
    return !c->object && c->cls != FW_CUE_ACCORDING &&
           !word_ci(d, c->verb, "said") && !word_ci(d, c->verb, "says") &&
           !word_ci(d, c->verb, "say");
}

/* Does the mention at token a stand as the whole object of a cue of
 * stance ("endorsed Clinton", "backed her")? */
static bool stance_mention(const qctx *q, const cue *c, size_t a)
{
    return stance_cue(q, c) && q->ment_at[a] >= 0;
}

/* Is token a, a name or a pronoun of one token, what a cue of stance
 * takes as its whole content? */
static bool stance_object(const qctx *q, const cue *c, size_t a)
{
    return stance_mention(q, c, a) &&
           q->d->ments[q->ment_at[a]].tok_end == a + 1;
}

/* Is [a, b), at most 'most' tokens, a phrase of place, time, means or
 * origin, the circumstance of the act rather than what was said: "said
 * in an interview", "wrote on Facebook", "said by phone", "said after
 * the vote"? */
static bool circumstance_within(const fw_doc *d, size_t a, size_t b,
                                size_t most)
{
    static const word_form preps[] = {
        WF("in"),    WF("on"),     WF("at"),     WF("by"),    WF("from"),
        WF("after"), WF("before"), WF("during"), WF("under"), WF("through"),
        WF("since"), WF("until"),  WF("among"),  WF("over"),  WF("throughout")};
    if (a >= b || b - a > most || !word_among(d, a, preps, FW_COUNT(preps)) ||
        (a + 1 < b && (tok_eq(d, a + 1, "favor") || tok_eq(d, a + 1, "least") ||
                       tok_eq(d, a + 1, "most"))))
        return false; /* but "in favor of X" is what is backed, and "at
                         least six planes" a clause's subject */
    for (size_t k = a + 1; k < b; k++)
        if (is_word(d, k) &&
            ((lexw(d, k)->func == FW_FUNC_AUX && !tok_eq(d, k - 1, "to")) ||
             (lexw(d, k)->pron & FW_PRON_SUBJ)))
            return false; /* a clause: "in 2012 he was" (but "to be") */
    return true;
}

/* The same, short: at most six tokens. */
static bool circumstance(const fw_doc *d, size_t a, size_t b)
{
    return circumstance_within(d, a, b, 6);
}

/* Does "as" come in [x, e): "described the DLC during an interview as
 * ...", the view after the time of the act? */
static bool view_follows(const fw_doc *d, size_t x, size_t e)
{
    for (size_t y = x; y < e; y++)
        if (tok_eq(d, y, "as"))
            return true;
    return false;
}

/* "endorsed Trump in early June", "backed her early over her rivals":
 * a name or pronoun a cue of stance takes is its whole content [a, e);
 * what follows it tells when, where or how. */
/* Does "on" and a name start at token x ("on Twitter", "on Capitol
 * Hill"): where it was done, not what about ("on the Obama legacy")? */
static bool on_setting(const fw_doc *d, size_t x, size_t e)
{
    return x + 1 < e && tok_eq(d, x, "on") && is_word(d, x + 1) &&
           (d->toks[x + 1].flags & FW_TOKEN_CAPITALIZED);
}

/* Does "by" and a margin start at token x ("by a smaller margin", "by
 * 20 points", "by broad margins")? */
static bool by_margin(const fw_doc *d, size_t x, size_t e)
{
    if (x + 2 >= e || !tok_eq(d, x, "by"))
        return false;
    for (size_t y = x + 1; y < e && y < x + 8; y++)
        if (tok_eq(d, y, "margin") || tok_eq(d, y, "margins") ||
            tok_eq(d, y, "points") || tok_eq(d, y, "votes"))
            return true;
    return false;
}

static size_t stance_object_end(const qctx *q, const cue *c, size_t a, size_t e)
{
    const fw_doc *d = q->d;
    if (c->cls == FW_CUE_QUOTING || !stance_mention(q, c, a) ||
        (a > 0 && tok_eq(d, a - 1, "that")))
        return e; /* (after "that", a clause's subject: "argued that X,
                     who won, was right") */
    size_t x = d->ments[q->ment_at[a]].tok_end;
    if (x + 1 >= e || x <= a || (lexw(d, a)->pron & FW_PRON_REFL) ||
        (is_word(d, x + 1) && fw_ing_form(d, x + 1)))
        return e; /* "saw themselves in X", "joined him in lobbing" */
    /* (and why: "support him because he ...") */
    static const word_form when[] = {
        WF("in"),         WF("at"),    WF("during"),  WF("after"),
        WF("before"),     WF("since"), WF("early"),   WF("late"),
        WF("last"),       WF("this"),  WF("earlier"), WF("while"),
        WF("throughout"), WF("here"),  WF("because")};
    if ((word_among(d, x, when, FW_COUNT(when)) || time_phrase(d, x, e) > x ||
         by_margin(d, x, e) || on_setting(d, x, e)) &&
        !view_follows(d, x, e))
        return x;
    /* "countered Mr. Trump, who stands apart", "hasn't endorsed her or
     * conceded": what is said of the one named, or the next act */
    if ((punct(d, x, ',') &&
         (tok_eq(d, x + 1, "who") || tok_eq(d, x + 1, "which"))) ||
        ((tok_eq(d, x, "or") || tok_eq(d, x, "and")) && past_verb(d, x + 1)))
        return x;
    return e;
}

/* "defended his position during a summit", "backed him when the poll
 * was taken", "supported her by a wide margin": a short noun phrase (or
 * object pronoun) a cue of stance takes, then the time or measure of the
 * act: the content ends at [a, x). (Not
 * "after" or "before": "the turmoil after the vote underscores ...".) */
static size_t short_object_end(const qctx *q, const cue *c, size_t a, size_t e)
{
    const fw_doc *d = q->d;
    if (!stance_cue(q, c) || c->cls == FW_CUE_QUOTING || !is_word(d, a))
        return e;
    const fw_lex_word *w = lexw(d, a);
    size_t x = a + 1;
    if ((w->pron & FW_PRON_POSS) || w->func == FW_FUNC_DET)
        while (x < e && x < a + 4 && is_word(d, x) && !lexw(d, x)->func)
            x++;
    else if (!(w->pron & FW_PRON_OBJ))
        return e;
    static const word_form when[] = {WF("during"), WF("when"), WF("while"),
                                     WF("here")};
    size_t least = (w->pron & FW_PRON_OBJ) ? a + 1 : a + 2; /* a noun */
    if (x < least || x + 1 >= e ||
        !(word_among(d, x, when, FW_COUNT(when)) || by_margin(d, x, e) ||
          ((w->pron & FW_PRON_OBJ) &&
           (on_setting(d, x, e) || time_phrase(d, x, e) > x))) ||
        holds_quote(q, x, e) || view_follows(d, x, e))
        return e;
    return x;
}

/* Is the -ing word at k the subject of a verb a few words on
 * ("revoking clearances would be ..."), not a participle? */
static bool gerund_subject(const fw_doc *d, size_t k, size_t e)
{
    if (lexw(d, k)->feats & FW_LEX_CUE)
        return false; /* "..., X said, adding that he would ...": the act */
    for (size_t x = k + 1; x < e && x < k + 6 && is_word(d, x); x++) {
        if (tok_eq(d, x, "that"))
            return false; /* "raising hopes that more would be freed" */
        if (lexw(d, x)->func == FW_FUNC_AUX)
            return true;
    }
    return false;
}

/* Is there a verb in the past among tokens [a, b)? */
static bool past_verb_in(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (past_verb(d, k))
            return true;
    return false;
}

/* Has the content that scan 'cs' reads held no clause's verb
 * (clause_verb_at()) before token x? The scan goes on
 * from where the last question left it: content_end() asks with x
 * growing, so a content is read once, however many times it asks. */
static bool verbless_before(const fw_doc *d, content_scan *cs, size_t x)
{
    for (; !cs->verb && cs->verb_next < x; cs->verb_next++)
        cs->verb = clause_verb_at(d, cs->verb_next);
    return !cs->verb;
}

/* Is word p a modal, or does it end in one ("would", "he'd", "she’ll")? */
static bool modal_at(const fw_doc *d, size_t p)
{
    static const word_form modals[] = {WF("would"),  WF("could"), WF("will"),
                                       WF("can"),    WF("might"), WF("may"),
                                       WF("should"), WF("must")};
    static const word_form clitics[] = {WF("'d"), WF("’d"), WF("'ll"),
                                        WF("’ll")};
    if (!is_word(d, p))
        return false;
    if (form_among(d, p, modals, FW_COUNT(modals), false))
        return true;
    size_t n = d->toks[p].end - d->toks[p].start;
    for (size_t c = 0; c < FW_COUNT(clitics); c++)
        if (n > clitics[c].n && memcmp(d->text + d->toks[p].end - clitics[c].n,
                                       clitics[c].s, clitics[c].n) == 0)
            return true;
    return false;
}

/* Is the verb at token v a bare form that a modal in the content that
 * 'cs' reads governs, before token x: "he would sit X down and tell him
 * ..." (not "and told")? */
static bool bare_after_modal(const fw_doc *d, content_scan *cs, size_t x,
                             size_t v)
{
    const fw_tok *t = &d->toks[v];
    if (d->text[t->end - 1] == 's' || fw_past_tense(d, v) || fw_ing_form(d, v))
        return false;
    for (; !cs->modal && cs->modal_next < x; cs->modal_next++)
        cs->modal = modal_at(d, cs->modal_next);
    return cs->modal;
}

/* Does token y open what follows a verb rather than a noun after an
 * adjective in -ed ("made a plea", "accused her", "ranked Fiorina"; not
 * "unsettled weather")? */
static bool verb_object_at(const fw_doc *d, size_t y)
{
    return is_word(d, y) &&
           (lexw(d, y)->func || (d->toks[y].flags & FW_TOKEN_CAPITALIZED) ||
            (lexw(d, y)->feats & FW_LEX_PRONOUN));
}

/* ... or an auxiliary: a clause's verb? */
static bool finite_verb_in(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_word(d, k) && lexw(d, k)->func == FW_FUNC_AUX &&
            !tok_eq(d, k - 1, "to"))
            return true;
    return past_verb_in(d, a, b);
}

/* Does the noun at token y go on in the next word, a noun's own ("the
 * broadcast news", "the event of a ban")? */
static bool noun_goes_on(const fw_doc *d, size_t y, size_t e)
{
    if (y + 1 >= e || !is_word(d, y + 1))
        return false;
    const fw_tok *n = &d->toks[y + 1];
    return tok_eq(d, y + 1, "of") ||
           (!(n->flags & FW_TOKEN_CAPITALIZED) && !lexw(d, y + 1)->func &&
            !fw_ing_form(d, y + 1) && !past_verb(d, y + 1));
}

/* Where a reported clause [a, e) ends before the setting of the act that
 * closes it: "... in a statement Friday", '... "that crap," in an
 * interview with CNN', "..., at a rally in Ohio": a phrase of place or
 * time, with no verb, whose first words name an occasion of speech. A
 * rally, a debate, an event may be what was said of ("his performance
 * at the debate"): they are the setting only after a comma or a
 * quotation. */
static size_t setting_end(const fw_doc *d, size_t a, size_t e)
{
    static const word_form preps[] = {WF("in"), WF("at"), WF("on"),
                                      WF("during")};
    /* (within the last 16 tokens: circumstance_within() takes no more) */
    for (size_t x = e > a + 18 ? e - 16 : a + 2; x + 1 < e; x++) {
        if (!is_word(d, x) || lexw(d, x)->func != FW_FUNC_PREP ||
            !word_among(d, x, preps, FW_COUNT(preps)))
            continue;
        /* (a comma, or one inside a closing mark: '"that crap," in') */
        bool set_off = punct(d, x - 1, ',') ||
                       (closing_mark(d, x - 1) && punct(d, x - 2, ','));
        size_t y = x + 2; /* "in an interview", not "in interviews" */
        /* (a rally, a debate: only when set off) */
        unsigned kinds = FW_CTX_OCCASION | (set_off ? FW_CTX_GATHERING : 0);
        for (; y < e && y < x + 4 && is_word(d, y); y++)
            if ((lexw(d, y)->ctx & kinds) ||
                (tok_eq(d, y, "conference") &&
                 (tok_eq(d, y - 1, "press") || tok_eq(d, y - 1, "news"))))
                break;
        if (y >= e || y >= x + 4 || !is_word(d, y) || in_quote(d, x) ||
            tok_eq(d, x - 1, "and") || tok_eq(d, x - 1, "or"))
            continue; /* (not the second of two: "in a speech and in an
                         interview") */
        static const word_form topic[] = {WF("comment"), WF("commented"),
                                          WF("respond"), WF("remark")};
        if (tok_eq(d, x, "on") && word_among(d, x - 1, topic, FW_COUNT(topic)))
            continue; /* "declined to comment on the ruling": its topic */
        if (!set_off && finite_verb_in(d, a, x))
            continue; /* "X had treated her badly during a phone call":
                         the time of what X did */
        if (!noun_goes_on(d, y, e) && circumstance_within(d, x, e, 16) &&
            !past_verb_in(d, y, e) && !view_follows(d, y, e)) {
            while (x > a + 1 && punct(d, x - 1, ','))
                x--;
            return x;
        }
    }
    return e;
}

/* After a cue that names the act ("in an interview", "in a letter"),
 * do tokens [a, e) name only whom it was with or to ("with local
 * radio", "to the board"), with no verb of their own? */
static bool act_partner(const qctx *q, const cue *c, size_t a, size_t e)
{
    const fw_doc *d = q->d;
    return c->start + 1 < c->end && tok_eq(d, c->start, "in") && a < e &&
           (tok_eq(d, a, "with") || tok_eq(d, a, "to")) &&
           !finite_verb_in(d, a, e) && !holds_quote(q, a, e);
}

/* Is all that follows a cue at token k, to its clause's end, when or
 * where it was said, in at most 'most' tokens: "..., the airline said
 * Thursday.", "..., she said at a rally."? Then the cue reports the
 * clause before it. */
static bool only_circumstance(const qctx *q, const cue *c, size_t k, size_t hi,
                              size_t most)
{
    const fw_doc *d = q->d;
    if ((c->cls != FW_CUE_SPEECH && c->cls != FW_CUE_EVIDENCE) || k >= hi ||
        !is_word(d, k))
        return false; /* "believe in ...", "proposed in 2008" */
    /* "said in a statement posted on its website": the text's
     * participle, then where it was put */
    if (k + 1 < hi && names_text(d, c->start, k) && fw_past_tense(d, k) &&
        !lexw(d, k)->func && !(d->toks[k].flags & FW_TOKEN_CAPITALIZED))
        k++;
    size_t a = time_phrase(d, k, hi);
    while (a < hi && adverb_or_aux(d, a) && lexw(d, a)->func != FW_FUNC_AUX &&
           !short_answer(d, a))
        a++; /* "said afterward" (but "said yes") */
    size_t b = a;
    static const word_form next_clause[] = {
        WF("and"),    WF("but"),     WF("because"),   WF("while"),
        WF("adding"), WF("noting"),  WF("saying"),    WF("as"),
        WF("after"),  WF("amid"),    WF("despite"),   WF("following"),
        WF("citing"), WF("quoting"), WF("referring"), WF("speaking")};
    bool bracket = false; /* one opened after the cue */
    while (b < hi && b <= a + most && !(d->toks[b].flags & FW_TF_TERMINAL) &&
           !(punct(d, b, ')') && !bracket) &&
           !(b + 1 < hi && punct(d, b, ',') &&
             (word_among(d, b + 1, next_clause, FW_COUNT(next_clause)) ||
              (b + 2 < hi && tok_eq(d, b + 1, "in") &&
               tok_eq(d, b + 2, "what")) || /* ", in what he called" */
              (b == a && fw_ing_form(d, b + 1) && !lexw(d, b + 1)->func &&
               !gerund_subject(d, b + 1, hi))))) {
        bracket |= punct(d, b, '(');
        b++; /* (or to a comma before the writer's next clause: "said on
                Saturday, and it has ...", or to the bracket that closes an
                aside: '("...," X wrote last week) and') */
    }
    if (b < hi && !(d->toks[b].kind == FW_TOKEN_PUNCT))
        return false;
    /* (evidence, only its day: "..., data showed on Wednesday") */
    return (b == a && a > k) ||
           (b > a && c->cls == FW_CUE_SPEECH &&
            circumstance_within(d, a, b, most) &&
            !(most > 6 && tok_eq(d, a, "by"))); /* "criticized by X" */
}

/* Gives the quotation just made, 'x', its cue and source ('s' may be
 * NULL); one whose parts were all blank is taken back. */
static void attribute(qctx *q, fw_quot *x, const cue *c, const source *s)
{
    if (x->n_parts == 0) {
        q->d->n_quots--;
        return;
    }
    set_cue(q, x, c);
    if (!s)
        return;
    /* "CLAUSE, it was reported": the "it" of a passive names no one */
    source own = *s;
    if (c->passive && s->end == s->start + 1 && word_ci(q->d, s->start, "it"))
        own.ment = -1;
    set_source(q, x, &own);
}

/* Does cue c, a form of "read" after a text's common noun, give the
 * words that text holds, quoted right after it, however capitalised
 * ('a sign that read "Hispanics 4 Trump"', 'One banner reads "Lock Her
 * Up"'; not a person reading a title, 'X read "War and Peace"')? */
static bool text_reads(const qctx *q, const cue *c, size_t hi)
{
    const fw_doc *d = q->d;
    static const word_form reads[] = {WF("read"), WF("reads"), WF("reading")};
    if (!(c->end < hi && opens_pair(q, c->end) && c->start > 1 &&
          word_among(d, c->verb, reads, FW_COUNT(reads))))
        return false;
    size_t x = c->start - 1; /* the text's noun, past "which" or "that" */
    if (tok_eq(d, x, "which") || tok_eq(d, x, "that"))
        x--;
    if (x > 0 && (punct(d, x, ',') || d->toks[x].kind == FW_TOKEN_DASH))
        x--;
    return is_word(d, x) && !lexw(d, x)->func &&
           !(d->toks[x].flags & FW_TOKEN_CAPITALIZED) && q->ment_end[x + 1] < 0;
}

/* "he said that.", "only half believe this.": a demonstrative that
 * ends the clause stands for what was said before */
static bool demonstrative_object(const fw_doc *d, size_t a)
{
    static const word_form these[] = {WF("that"), WF("this"), WF("those"),
                                      WF("these")};
    const fw_tok *n = &d->toks[a + 1];
    return word_among(d, a, these, FW_COUNT(these)) &&
           n->kind == FW_TOKEN_PUNCT && (n->flags & FW_TF_TERMINAL);
}

/* "called for calm", "urged restraint": one word, a noun in lower
 * case, is what a cue of will asks for. */
static bool called_for(const fw_doc *d, const cue *c, size_t a)
{
    const fw_tok *t = &d->toks[a];
    return c->cls == FW_CUE_INTENT && t->kind == FW_TOKEN_WORD &&
           !(t->flags & FW_TOKEN_CAPITALIZED) && !lexw(d, a)->func &&
           !(lexw(d, a)->feats & FW_LEX_PRONOUN) &&
           !(t->end - t->start > 2 && d->text[t->end - 2] == 'l' &&
             d->text[t->end - 1] == 'y'); /* not "urged again", "quickly" */
}

static fw_status add_reported(qctx *q, uint32_t sn, const cue *c,
                              const source *s, size_t a, size_t b)
{
    fw_doc *d = q->d;
    while (b > a &&
           (d->toks[b - 1].kind == FW_TOKEN_PUNCT && !punct(d, b - 1, ')')))
        b--;
    while (a < b && d->toks[a].kind == FW_TOKEN_PUNCT)
        a++;
    if (b <= a ||
        (b == a + 1 && !short_answer(d, a) && !stance_object(q, c, a) &&
         !called_for(d, c, a) && !demonstrative_object(d, a)))
        return FW_OK; /* too short to be what someone said */
    size_t w = a;
    while (w < b && d->toks[w].kind != FW_TOKEN_WORD &&
           d->toks[w].kind != FW_TOKEN_NUMBER)
        w++;
    if (w == b)
        return FW_OK; /* marks alone: "'Demand worries' -" */
    if (c->cls == FW_CUE_QUOTING && !holds_quote(q, a, b) &&
        !(a == c->end && text_reads(q, c, b)))
        return FW_OK; /* "praised the plan": no words reported */
    fw_quote_kind kind = quote_closing(q, a, b) == b - 1 ? FW_QUOTE_DIRECT
                         : holds_quote(q, a, b)          ? FW_QUOTE_MIXED
                                                         : FW_QUOTE_INDIRECT;
    fw_quot *x = new_quot(q, kind, sn);
    if (!x)
        return FW_ENOMEM;
    fw_status st = add_part(q, x, d->toks[a].start, d->toks[b - 1].end);
    if (st != FW_OK)
        return st;
    attribute(q, x, c, s);
    return FW_OK;
}

/* Is a cue that opens with a preposition ("in an interview") the
 * setting of a cue just before it ("told AFP in an interview")? (Not
 * "as saying": "cited X as saying" is X's cue.) */
static bool setting_of_cue(const qctx *q, const cue *c, size_t lo)
{
    const fw_doc *d = q->d;
    if (lexw(d, c->verb)->func != FW_FUNC_PREP || as_saying(d, c))
        return false;
    for (size_t k = c->start; k > lo && c->start - k < 8; k--) {
        if (clause_stop(d, k - 1))
            return false;
        if ((q->used[k - 1] & USED_CUE) ||
            (is_word(d, k - 1) && (lexw(d, k - 1)->feats & FW_LEX_CUE) &&
             !(d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED)))
            return true;
    }
    return false;
}

/* Is a cue in -ing an aside between its subject and the subject's verb,
 * with nothing reported after it ("Justice X, writing separately, said
 * ...", "X, writing in the Post, argued ...")? */
static bool aside_participle(const qctx *q, const cue *c, size_t hi)
{
    const fw_doc *d = q->d;
    if (c->start == 0 || !punct(d, c->start - 1, ',') ||
        !fw_ing_form(d, c->verb) || c->end + 1 >= hi || !is_word(d, c->end))
        return false;
    /* (a manner or a place, no object: not "X, recalling weekly
     * breakfasts with Y, described", "X, citing documents, reported") */
    const fw_tok *t = &d->toks[c->end];
    bool manner = punct(d, c->end + 1, ',') && t->end - t->start > 4 &&
                  d->text[t->end - 2] == 'l' && d->text[t->end - 1] == 'y';
    if (!manner && lexw(d, c->end)->func != FW_FUNC_PREP)
        return false;
    for (size_t k = c->end; k < hi && k < c->end + 6; k++) {
        if (is_quote_mark(d, k) || tok_eq(d, k, "that") || clause_stop(d, k))
            return false;
        if (!punct(d, k, ','))
            continue;
        return k + 1 < hi && is_word(d, k + 1) &&
               !(d->toks[k + 1].flags & FW_TOKEN_CAPITALIZED) &&
               (lexw(d, k + 1)->feats & FW_LEX_CUE) && !fw_ing_form(d, k + 1);
    }
    return false;
}

/* Is the direct quotation's attribution this cue? */
static bool cue_taken(const qctx *q, const cue *c)
{
    return (q->used[c->verb] & USED_CUE) != 0;
}

/* Is cue word x that of a report no one is named to have made ("The
 * plan was announced on Monday, officials said": the officials say
 * it)? The latest report with a cue there tells. */
static bool sourceless_cue(const fw_doc *d, size_t x)
{
    for (size_t k = d->n_quots; k > 0; k--) {
        const fw_quot *o = &d->quots[k - 1];
        if (o->cue_start <= d->toks[x].start && d->toks[x].end <= o->cue_end)
            return o->src_start == o->src_end;
        if (o->cue_end <= d->toks[x].start)
            break;
    }
    return false;
}

/* Is one of tokens [a, b) a poll, a survey or a study? */
static bool names_poll(const fw_doc *d, size_t a, size_t b)
{
    static const word_form words[] = {WF("poll"),   WF("polls"),
                                      WF("survey"), WF("surveys"),
                                      WF("study"),  WF("studies")};
    for (size_t k = a; k < b; k++) {
        char c0 = (char)(d->text[d->toks[k].start] | 0x20);
        if (d->toks[k].kind == FW_TOKEN_WORD && (c0 == 'p' || c0 == 's') &&
            word_among(d, k, words, FW_COUNT(words)))
            return true; /* the test on c0 passes most words by quickly */
    }
    return false;
}

/* Polls report too: "In a Gallup poll released Monday, 50 percent chose
 * X". The cue is "In", the source the poll. ("X leads in the polls" is
 * mostly the writer's own account, and is left alone.) */
static fw_status find_poll(qctx *q, uint32_t sn)
{
    fw_doc *d = q->d;
    size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
    if (lo + 3 >= hi || !word_ci(d, lo, "in") ||
        (q->used[lo] & (USED_DIRECT | USED_CUE)))
        return FW_OK;
    size_t e = lo + 1; /* the poll's phrase, to its comma */
    while (e < hi && e - lo < 16 && !clause_stop(d, e) && !punct(d, e, ',') &&
           d->toks[e].kind != FW_TOKEN_QUOTE)
        e++;
    if (e >= hi || !punct(d, e, ',') || !names_poll(d, lo + 1, e))
        return FW_OK;
    /* "In the poll, conducted in May, X led": the participle's phrase is
     * the poll's */
    if (e + 2 < hi && past_verb(d, e + 1))
        for (size_t k = e + 2; k < hi && k < e + 10 && !clause_stop(d, k); k++)
            if (punct(d, k, ',')) {
                e = k;
                break;
            }
    cue c = {.start = lo, .end = lo + 1, .verb = lo};
    source s = {lo + 1, e, head_mention(q, lo + 1, e)};
    return add_reported(q, sn, &c, &s, e + 1, content_end(q, e + 1, hi));
}

/* "Clinton has strong support among black voters", "She drew support
 * from a large majority", "his support among women": the support of
 * people for someone, a stance that the noun reports. Its content is
 * whom they support (the subject of the verb that has the support, or
 * the possessor), its source the people after "among", "from" or "of";
 * the cue runs from that verb to the noun. */
static fw_status find_support(qctx *q)
{
    static const word_form nouns[] = {WF("support"), WF("backing")};
    static const word_form preps[] = {WF("among"), WF("from"), WF("of")};
    static const word_form having[] = {
        WF("has"),       WF("had"),      WF("have"),         WF("having"),
        WF("won"),       WF("wins"),     WF("drew"),         WF("draw"),
        WF("draws"),     WF("drawing"),  WF("received"),     WF("receives"),
        WF("receiving"), WF("enjoys"),   WF("enjoy"),        WF("enjoyed"),
        WF("gained"),    WF("garnered"), WF("consolidated"), WF("secured"),
        WF("lost"),      WF("retains")};
    fw_doc *d = q->d;
    fw_status st = FW_OK;
    for (size_t n = 0; st == FW_OK && n < d->n_cue_toks; n++) {
        size_t i = d->cue_toks[n];
        if (!word_among(d, i, nouns, FW_COUNT(nouns)) ||
            (d->toks[i].flags & FW_TOKEN_CAPITALIZED) ||
            (q->used[i] & USED_CUE) || q->sent_of[i] == UINT32_MAX)
            continue;
        uint32_t sn = q->sent_of[i];
        size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
        if (i + 2 >= hi || !word_among(d, i + 1, preps, FW_COUNT(preps)))
            continue;
        /* back over its modifiers: "the overwhelming", "48%", "even
         * stronger", "strong - and largely unwavering -" */
        size_t j = i;
        while (j > lo && i - j < 6 &&
               (d->toks[j - 1].kind == FW_TOKEN_NUMBER ||
                word_ci(d, j - 1, "percent") || punct(d, j - 1, '%') ||
                (is_word(d, j - 1) && !lexw(d, j - 1)->func &&
                 !(d->toks[j - 1].flags & FW_TOKEN_CAPITALIZED) &&
                 !word_among(d, j - 1, having, FW_COUNT(having))) ||
                tok_eq(d, j - 1, "the") || tok_eq(d, j - 1, "a")))
            j--;
        if (j == lo)
            continue;
        size_t a, b, cue_start;
        bool of = tok_eq(d, i + 1, "of"); /* ("her support of policies":
                                              what she supports) */
        if ((lexw(d, j - 1)->pron & FW_PRON_POSS) && is_word(d, j - 1)) {
            if (of)
                continue;
            a = j - 1, b = j, cue_start = j; /* "his support among" */
        } else if (possessive_mark(q, j - 1) && q->ment_end[j - 1] >= 0) {
            if (of)
                continue;
            const fw_ment *m = &d->ments[q->ment_end[j - 1]];
            a = m->tok, b = m->tok_end, cue_start = j; /* "Clinton's" */
        } else if (word_among(d, j - 1, having, FW_COUNT(having))) {
            size_t v = j - 1;
            while (v > lo && (adverb_or_aux(d, v - 1) ||
                              (tok_eq(d, v - 1, "to") && v >= lo + 2 &&
                               is_word(d, v - 2) && !lexw(d, v - 2)->func)))
                v -= tok_eq(d, v - 1, "to") ? 2 : 1; /* "continues to draw" */
            cue_start = v;
            int32_t m = v > lo ? q->ment_end[v] : -1;
            if (m >= 0 && d->ments[m].tok_end == v) {
                a = d->ments[m].tok, b = v;
            } else if (v > lo &&
                       (subject_pronoun(d, v - 1) || tok_eq(d, v - 1, "who"))) {
                a = v - 1, b = v;
            } else { /* "The bill has the backing of" */
                for (a = v; a > lo && v - a < 5 && is_word(d, a - 1) &&
                            (!lexw(d, a - 1)->func ||
                             lexw(d, a - 1)->func == FW_FUNC_DET);
                     a--)
                    ;
                b = v;
                if (a == v || lexw(d, v - 1)->func)
                    continue;
            }
        } else {
            continue;
        }
        size_t e = i + 2;
        while (e < hi && e - i < 24 && !clause_stop(d, e) &&
               !punct(d, e, ',') && !is_quote_mark(d, e) &&
               !(q->used[e] & USED_CUE) &&
               !(e > i + 2 && is_word(d, e) &&
                 (lexw(d, e)->func == FW_FUNC_AUX || past_verb(d, e) ||
                  (lexw(d, e)->feats & FW_LEX_PAST))))
            e++; /* (to its verb: "his support among women | fell") */
        if (e == i + 2)
            continue;
        cue c = {.start = cue_start,
                 .end = i + 1,
                 .verb = i,
                 .cls = FW_CUE_INTENT,
                 .nominal = true};
        source src = {i + 2, e, head_mention(q, i + 2, e)};
        fw_quot *x = new_quot(q, FW_QUOTE_INDIRECT, sn);
        if (!x)
            return FW_ENOMEM;
        st = add_part(q, x, d->toks[a].start, d->toks[b - 1].end);
        if (st == FW_OK)
            attribute(q, x, &c, &src);
    }
    return st;
}

/* "CLAUSE in a new Washington Post-ABC News poll.": a poll named at the
 * sentence's end, with an article (not "X leads in the polls"). */
static fw_status find_poll_after(qctx *q, uint32_t sn)
{
    fw_doc *d = q->d;
    size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
    size_t e = hi;
    while (e > lo && d->toks[e - 1].kind == FW_TOKEN_PUNCT)
        e--;
    if (e < lo + 6 || !names_poll(d, e - 1, e))
        return FW_OK;
    for (size_t k = e - 2; k > lo + 3 && e - k < 12; k--) {
        if (clause_stop(d, k) || punct(d, k, ',') || is_quote_mark(d, k) ||
            (q->used[k] & (USED_DIRECT | USED_CUE)))
            return FW_OK;
        if (tok_eq(d, k, "in") &&
            (tok_eq(d, k + 1, "a") || tok_eq(d, k + 1, "an"))) {
            for (size_t x = lo; x < k; x++)
                if (q->used[x] & (USED_DIRECT | USED_CUE))
                    return FW_OK; /* the clause has its own attribution */
            cue c = {.start = k, .end = k + 1, .verb = k};
            source s = {k + 1, e, head_mention(q, k + 1, e)};
            return add_reported(q, sn, &c, &s, lo, k);
        }
    }
    return FW_OK;
}

/* The question after "asked" at token a ("Asked whether she would run,
 * Clinton smiled", "..., he said when asked how ties would fare"),
 * reported by someone the sentence need not name; past a few words of
 * when or by whom ("asked Tuesday", "asked by a host"). Returns the end
 * of the question, or 0 when none follows. */
/* The comma that closes an aside opening at token a, within its clause
 * and a few dozen tokens; SIZE_MAX when there is none. */
static size_t aside_comma(const fw_doc *d, size_t a, size_t hi)
{
    for (size_t e = a; e < hi && e < a + 23 && !clause_stop(d, e); e++)
        if (punct(d, e, ','))
            return e;
    return SIZE_MAX;
}

/* Is "asked" at token a an aside on the person named before its comma,
 * whose verb follows the aside's own comma ("X, asked about Y, said";
 * not "X, an editor at Y, asked if ...")? */
static bool asked_aside(const qctx *q, size_t a, size_t hi)
{
    const fw_doc *d = q->d;
    if (a < 2 || !punct(d, a - 1, ',') || q->ment_end[a - 1] < 0)
        return false;
    size_t e = aside_comma(d, a + 1, hi);
    return e != SIZE_MAX && e + 1 < hi && is_word(d, e + 1) &&
           ((lexw(d, e + 1)->feats & FW_LEX_CUE) || clause_verb_at(d, e + 1));
}

static size_t asked_question(qctx *q, uint32_t sn, size_t a, fw_status *st)
{
    fw_doc *d = q->d;
    size_t hi = sent_hi(d, sn);
    static const word_form openers[] = {
        WF("if"),    WF("whether"), WF("what"),  WF("which"),
        WF("how"),   WF("why"),     WF("who"),   WF("whom"),
        WF("about"), WF("when"),    WF("where"), WF("specifically")};
    size_t o = a + 1;
    bool opens = false;
    for (; o < hi && o < a + 6 && !opens; o++) {
        if (clause_stop(d, o) || punct(d, o, ',') || in_quote(d, o))
            break;
        opens = form_among(d, o, openers, FW_COUNT(openers), false);
    }
    if (!opens)
        return 0;
    o--;
    /* to the comma that ends it, over words it quotes ('how she would
     * define the "establishment,"') */
    size_t e = o + 1;
    bool closed = false;
    while (e < hi && !clause_stop(d, e) && !closed) {
        if (punct(d, e, ',') && e + 1 < hi && closing_mark(d, e + 1)) {
            e += 2;
            closed = true;
        } else if (punct(d, e, ',') && !in_quote(d, e)) {
            break;
        } else if (is_quote_mark(d, e) && !(q->used[e] & USED_PAIRED)) {
            return 0; /* a stray mark */
        } else {
            e++;
        }
    }
    if (!closed && e < hi && !punct(d, e, ',') && !clause_stop(d, e))
        return 0;
    cue c = {.start = a, .end = a + 1, .verb = a};
    *st = add_reported(q, sn, &c, NULL, o, e);
    return e;
}

/* "Asked whether she would run, Clinton smiled". */
static fw_status find_asked(qctx *q, uint32_t sn)
{
    fw_doc *d = q->d;
    size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
    fw_status st = FW_OK;
    if (lo + 3 < hi && tok_eq(d, lo, "Asked") &&
        !(q->used[lo] & (USED_DIRECT | USED_CUE)))
        asked_question(q, sn, lo, &st);
    return st;
}

/* A headline's "Source: what was said" ("Lynch: No outside influence
 * on probe", "Poll: Trump leads"), or a transcript's "TAPPER: ...": the
 * colon is the cue, the words before it (a name, or a poll, a report,
 * officials; a speaker's name in capitals) the source. A headline is a
 * headline block, or a first paragraph of one short sentence. */
static fw_status find_colon_headline(qctx *q, uint32_t sn)
{
    fw_doc *d = q->d;
    size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
    size_t colon = lo + 1;
    while (colon < hi && colon < lo + 6 && !punct(d, colon, ':'))
        colon++;
    if (colon >= hi || colon + 2 >= hi || !punct(d, colon, ':') ||
        (q->used[colon] & (USED_DIRECT | USED_CUE)) ||
        (q->used[colon + 1] & USED_DIRECT))
        return FW_OK; /* 'X: "..."' is direct; 'X: "A" B' is mixed */
    source s;
    if (!colon_source(q, lo, colon, &s))
        return FW_OK;
    cue c = {.start = colon, .end = colon + 1, .verb = colon};
    /* A transcript's "NAME:" or "Matthews:" speaks to the end of its
     * paragraph. */
    if (!headline_at(d, lo) &&
        ((d->toks[lo].flags & FW_TOKEN_ALL_CAPS) || person_label(q, lo, colon)))
        hi = d->block_tok[block_of(d, d->toks[lo].start) + 1];
    return add_reported(q, sn, &c, &s, colon + 1, hi);
}

/* A headline's "What was said - sources", "... - report", "... -
 * Kremlin", as wires write it: the dash is the cue, the one to three
 * words after it, that end the headline, the source (a person or a
 * body named, or a noun of sources or of someone's office). */
static fw_status find_dash_headline(qctx *q, uint32_t sn)
{
    fw_doc *d = q->d;
    size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
    while (hi > lo && d->toks[hi - 1].kind == FW_TOKEN_PUNCT)
        hi--;
    size_t dash = hi;
    while (dash > lo && hi - dash < 4 && is_word(d, dash - 1))
        dash--;
    if (dash == hi || dash < lo + 4 ||
        d->toks[dash - 1].kind != FW_TOKEN_DASH || !headline_at(d, lo))
        return FW_OK;
    dash--;
    for (size_t k = lo; k < hi; k++)
        if (q->used[k] & (USED_CUE | USED_DIRECT))
            return FW_OK; /* reported already */
    int32_t m = q->ment_at[dash + 1];
    bool named = m >= 0 && d->ments[m].tok_end == hi &&
                 d->ments[m].kind == FW_MENTION_NAME &&
                 (d->ments[m].type == FW_ENTITY_PERSON ||
                  d->ments[m].type == FW_ENTITY_ORGANIZATION);
    if (!named && !source_noun(d, hi - 1) &&
        !(lexw(d, hi - 1)->feats & FW_LEX_TITLE) &&
        !fw_plural_title(d, &d->toks[hi - 1]))
        return FW_OK;
    source src = {dash + 1, hi, head_mention(q, dash + 1, hi)};
    cue c = {.start = dash, .end = dash + 1, .verb = dash};
    return add_reported(q, sn, &c, &src, lo, dash);
}

/* The first punctuation from token k, or e. */
static size_t punct_after(const fw_doc *d, size_t k, size_t e)
{
    while (k < e && d->toks[k].kind != FW_TOKEN_PUNCT)
        k++;
    return k;
}

/* Where a clause [lo, hi) goes on past the attribution in it: after
 * ", and" or ", but" where the last quotation's content, cue or source
 * ends ("X said A, and B", "A, X said, and B"), when its cue is in the
 * clause; else lo. */
static size_t after_content(const qctx *q, size_t lo, size_t hi)
{
    const fw_doc *d = q->d;
    if (d->n_quots == 0)
        return lo;
    const fw_quot *o = &d->quots[d->n_quots - 1];
    uint32_t end = d->qparts[o->first_part + o->n_parts - 1].end;
    end = end > o->cue_end ? end : o->cue_end;
    end = end > o->src_end ? end : o->src_end; /* ("A, X said, and B") */
    if (o->cue_start < d->toks[lo].start)
        return lo;
    for (size_t y = hi; y-- > lo + 1;)
        if (d->toks[y - 1].end == end && punct(d, y, ',') && y + 2 < hi &&
            (tok_eq(d, y + 1, "and") || tok_eq(d, y + 1, "but")))
            return y + 2;
    return lo;
}

/* Is the rest of the sentence from token k just a hearer and when
 * ("CLAUSE, an aide told The Huffington Post on Sunday.")? A hearer
 * that names no one ("told the court") only when 'phrase_ok': after
 * "CLAUSE, X told"; alone, "X told a different tale" tells the tale. */
static bool hearer_ends(const qctx *q, size_t k, size_t hi, bool phrase_ok)
{
    const fw_doc *d = q->d;
    if (k + 1 < hi && (tok_eq(d, k, "the") || tok_eq(d, k, "The")))
        k++; /* the article before a name */
    if (k >= hi)
        return false;
    size_t e = k;
    /* ("told her", but "told her aides": the aides are told) */
    bool noun_after_poss = (lexw(d, k)->pron & FW_PRON_POSS) && k + 1 < hi &&
                           is_word(d, k + 1) && !lexw(d, k + 1)->func;
    if (q->ment_at[k] >= 0 && !noun_after_poss) {
        e = d->ments[q->ment_at[k]].tok_end;
    } else if (!phrase_ok) {
        return false;
    } else {
        /* "told the court", "told his closest advisers", "told a Senate
         * panel": a noun phrase of a few words, no clause in it */
        if (is_word(d, e) && (lexw(d, e)->func == FW_FUNC_DET ||
                              (lexw(d, e)->pron & FW_PRON_POSS)))
            e++;
        size_t n0 = e;
        while (e < hi && e < n0 + 4 && is_word(d, e) && !lexw(d, e)->func &&
               !(lexw(d, e)->feats &
                 (FW_LEX_CUE | FW_LEX_WEEKDAY | FW_LEX_MONTH)) &&
               !fw_ing_form(d, e) && !past_verb(d, e))
            e++;
        if (e == n0)
            return false;
    }
    /* "told POLITICO earlier this week", "told CNN on Sunday" */
    static const word_form when[] = {
        WF("on"),    WF("earlier"),   WF("later"),   WF("last"),
        WF("this"),  WF("week"),      WF("month"),   WF("year"),
        WF("today"), WF("yesterday"), WF("recently")};
    for (size_t n = 0; e < hi && n < 6; e++, n++) {
        bool time = d->toks[e].kind == FW_TOKEN_NUMBER ||
                    (lexw(d, e)->feats & (FW_LEX_WEEKDAY | FW_LEX_MONTH));
        time = time || form_among(d, e, when, FW_COUNT(when), false);
        if (!time)
            break;
    }
    size_t f = e; /* "told AFP in an interview." */
    while (f < hi && f < e + 8 && d->toks[f].kind != FW_TOKEN_PUNCT)
        f++;
    if (f > e && circumstance(d, e, f))
        e = f;
    /* "told his advisers as he left": the time of the act */
    if (e + 2 < hi &&
        (tok_eq(d, e, "as") || tok_eq(d, e, "while") || tok_eq(d, e, "when")) &&
        subject_pronoun(d, e + 1))
        e = hi;
    while (e < hi && d->toks[e].kind == FW_TOKEN_PUNCT)
        e++;
    return e >= hi;
}

/* What "CLAUSE, according to X" reports: the sentence up to the cue,
 * commas and all ("Mr. Obama won, by 20 points, according to ..."), when
 * no quotation or other attribution stands in it; else the clause from
 * 'clause_lo'. */
static size_t sentence_clause(const qctx *q, size_t lo, size_t clause_lo,
                              size_t at)
{
    for (size_t k = lo; k < at; k++)
        if (q->used[k] & (USED_DIRECT | USED_CUE) ||
            (clause_stop(q->d, k) && q->d->toks[k].kind != FW_TOKEN_DASH))
            return clause_lo; /* (dashes set off a phrase inside it) */
    return lo;
}

/* Where a source that ends its clause ends, from token k: over an
 * apposition or relative clause ("according to X, a Y website",
 * "according to officials who worked with him"), up to the clause's end;
 * not when a cue or a clause of its own follows (", but ..."). */
static bool summing_np(const fw_doc *d, size_t a, size_t e);

/* Does the comma at token e set off a noun phrase that sums up the
 * clause, after words that are no name ("people familiar with it, a
 * shift that ..."; a name's is its apposition: "X, a start-up that")? */
static bool summing_after(const qctx *q, size_t e, size_t hi)
{
    return punct(q->d, e, ',') && q->ment_end[e] < 0 &&
           summing_np(q->d, e + 1, hi);
}

static size_t source_tail(const qctx *q, size_t k, size_t hi)
{
    const fw_doc *d = q->d;
    size_t e = k, end = k;
    while (e < hi && e - k < NEAR && !clause_stop(d, e) &&
           !is_quote_mark(d, e) && !summing_after(q, e, hi) &&
           !(is_word(d, e) && (lexw(d, e)->feats & FW_LEX_CUE) &&
             !(d->toks[e].flags & FW_TOKEN_CAPITALIZED)) &&
           !(subordinator(d, e) &&
             (punct(d, e - 1, ',') ||
              !(tok_eq(d, e, "and") || tok_eq(d, e, "who") ||
                tok_eq(d, e, "which") || tok_eq(d, e, "that"))))) {
        e++;
        if (!punct(d, e - 1, ','))
            end = e;
    }
    if (e < hi && summing_after(q, e, hi))
        return end; /* "according to people familiar, a shift that ...":
                       the writer's */
    return e < hi && !clause_stop(d, e) ? k : end;
}

/* Are the words [lo, at) that open a clause its subject, a noun phrase
 * of words alone with no verb among them ("The front-runner and former
 * secretary of state said")? */
static bool clause_subject(const qctx *q, size_t lo, size_t at, source *s)
{
    const fw_doc *d = q->d;
    if (at <= lo || at - lo > 12)
        return false;
    bool noun = false;
    for (size_t k = lo; k < at; k++) {
        const fw_lex_word *w = lexw(d, k);
        if (!is_word(d, k) || in_quote(d, k) || past_verb(d, k) ||
            w->func == FW_FUNC_AUX || w->func == FW_FUNC_PRON ||
            (w->ctx & FW_CTX_SUBORD && !tok_eq(d, k, "and")))
            return false;
        cue c;
        if ((w->feats & FW_LEX_CUE) &&
            !(d->toks[k].flags & FW_TOKEN_CAPITALIZED) &&
            cue_at(q, k, lo, at, &c))
            return false;
        noun |= !w->func;
    }
    if (!noun)
        return false;
    at = name_before_to(q, lo, at);
    *s = (source){lo, at, head_mention(q, lo, at)};
    return true;
}

/* The subject of a clause that opens at token lo with common nouns, up
 * to its verb: "Protesters gathered, chanting ...", "Some voters
 * stood, saying ...". */
static bool subject_words(const qctx *q, size_t lo, size_t hi, source *s)
{
    const fw_doc *d = q->d;
    size_t k = lo;
    bool noun = false;
    while (k < hi && k < lo + 5 && is_word(d, k) && !past_verb(d, k) &&
           !(lexw(d, k)->feats & FW_LEX_CUE) &&
           lexw(d, k)->func != FW_FUNC_AUX &&
           lexw(d, k)->func != FW_FUNC_PREP) {
        noun |= !lexw(d, k)->func;
        k++;
    }
    /* "One operative inside Trump Tower tried": a short phrase after
     * the noun, to the verb */
    if (noun && k < hi && k > lo && is_word(d, k) &&
        lexw(d, k)->func == FW_FUNC_PREP) {
        size_t v = k + 1;
        while (v < hi && v < k + 8 && is_word(d, v) && !past_verb(d, v) &&
               lexw(d, v)->func != FW_FUNC_AUX &&
               !((lexw(d, v)->feats & FW_LEX_CUE) &&
                 !(d->toks[v].flags & FW_TOKEN_CAPITALIZED)))
            v++;
        if (v < hi && v > k + 1 && is_word(d, v))
            k = v;
    }
    if (!noun || k >= hi || k == lo ||
        !(past_verb(d, k) || lexw(d, k)->func == FW_FUNC_AUX ||
          ((lexw(d, k)->feats & FW_LEX_CUE) &&
           !(d->toks[k].flags & FW_TOKEN_CAPITALIZED))))
        return false; /* "Protesters gathered", "the members wrote", "the
                         paper has been": a noun, then its verb */
    /* "A federal judge on Friday temporarily blocked": the act's manner
     * and time are not the subject's */
    while (k > lo + 1 && adverb_or_aux(d, k - 1))
        k--;
    k = act_time_start(d, lo, k);
    *s = (source){lo, k, -1};
    return true;
}

/* Does "as" or "that" follow in the clause from token k: "sees the vote
 * as a test", "saw that"? */
static bool views_as(const fw_doc *d, size_t k, size_t hi)
{
    for (size_t x = k; x < hi && x < k + 12; x++) {
        if (clause_stop(d, x) || punct(d, x, ','))
            return false;
        if (tok_eq(d, x, "as") || tok_eq(d, x, "that"))
            return true;
    }
    return false;
}

/* "After X announced his bid, he left", "But while X appears to ...,
 * Y": a content [a, e) inside a subordinate clause that opens the clause
 * at 'lo' ends at that clause's comma; but not when that clause has
 * closed before the speaker, whose words start at token 'subj' ("If all
 * goes well, X hopes to ..."). */
static size_t opening_clause_end(const qctx *q, size_t lo, size_t subj,
                                 size_t a, size_t e)
{
    const fw_doc *d = q->d;
    size_t f = lo;
    if (tok_eq(d, f, "And") || tok_eq(d, f, "But") || tok_eq(d, f, "Or"))
        f++;
    if (f >= a || !subordinator(d, f) || tok_eq(d, f, "and") ||
        tok_eq(d, f, "but") || tok_eq(d, f, "or") ||
        !(f > lo || (d->toks[f].flags & FW_TOKEN_CAPITALIZED)))
        return e;
    for (size_t x = f; x < subj; x++)
        if (punct(d, x, ',') && !in_quote(d, x))
            return e;
    for (size_t x = a; x < e; x++)
        if (punct(d, x, ',') && !in_quote(d, x))
            return x;
    return e;
}

/* "Mr. Trump seemed to overstay his welcome", "it appears that X": the
 * writer's own evidence, reported with no source. The clause from its
 * subject (after the last comma before the cue, unless a relative
 * clause follows it) when "to", an adjective or a noun phrase follows
 * the cue; the that-clause for "it appears that". Not "appeared on
 * Fox News". */
static fw_status report_seeming(qctx *q, uint32_t sn, const cue *c, size_t hi)
{
    const fw_doc *d = q->d;
    size_t k = c->end;
    if (k >= hi || !is_word(d, k) || (d->toks[k].flags & FW_TOKEN_CAPITALIZED))
        return FW_OK;
    const fw_lex_word *w = lexw(d, k);
    if (tok_eq(d, k, "that"))
        return add_reported(q, sn, c, NULL, k, content_end(q, k + 1, hi));
    if (w->func == FW_FUNC_PREP && !tok_eq(d, k, "to"))
        return FW_OK; /* "appeared on Fox News" */
    size_t lo = sent_lo(d, sn), a = c->start;
    while (a > lo && !clause_stop(d, a - 1) && !is_quote_mark(d, a - 1) &&
           !(q->used[a - 1] & (USED_DIRECT | USED_CUE))) {
        if (punct(d, a - 1, ',') && !tok_eq(d, a, "which") &&
            !tok_eq(d, a, "who"))
            break;
        a--;
    }
    if (a >= c->start || tok_eq(d, a, "it") || tok_eq(d, a, "It"))
        return FW_OK; /* "it seemed": no clause of its own */
    return add_reported(
        q, sn, c, NULL, a,
        opening_clause_end(q, lo, a, c->end, content_end(q, k, hi)));
}

/* A noun cue reports the clause after its "that"; its source is the
 * possessive before it ("his claim", "Trump's warning"), or none ("the
 * allegation that"). */
/* Where the clause [a, e) that a noun in the sentence's subject opens
 * ends: at the sentence's own verb, an auxiliary or a verb in the past
 * after the clause's verb and a word of its own ("His warning that prices
 * would rise | was ignored", "The claim that he lied | is false", "Her
 * hint that she was ready | angered him"; not "would have been", nor
 * after "and", nor a verb in the past after a comma: ", as X
 * suggested"). */
static size_t subject_clause_end(const fw_doc *d, size_t a, size_t e)
{
    bool verb = false, comma = false;
    for (size_t x = a; x < e; x++) {
        comma |= punct(d, x, ',');
        if (!is_word(d, x))
            continue;
        bool aux = lexw(d, x)->func == FW_FUNC_AUX;
        if ((aux || (past_verb(d, x) && !comma)) && verb && is_word(d, x - 1) &&
            !lexw(d, x - 1)->func)
            return x;
        verb |= aux || past_verb(d, x);
    }
    return e;
}

static fw_status report_nominal(qctx *q, uint32_t sn, const cue *c, size_t hi,
                                size_t *end)
{
    const fw_doc *d = q->d;
    size_t a = c->end;
    while (a < hi && a < c->end + 8 && is_word(d, a) && !tok_eq(d, a, "that") &&
           !(tok_eq(d, a, "of") && a == c->end))
        a++; /* "her assertion during the debate that" */
    if (a >= hi || !(tok_eq(d, a, "that") || tok_eq(d, a, "of")))
        return FW_OK;
    /* the mention that ends at the noun or its "'s", before the noun's
     * adjectives ("Obama's patronizing suggestion") */
    size_t noun = c->verb;
    if (noun > 1 && is_word(d, noun - 1) && !lexw(d, noun - 1)->func &&
        !(d->toks[noun - 1].flags &
          (FW_TOKEN_CAPITALIZED | FW_TF_POSSESSIVE)) &&
        (d->toks[noun - 2].flags & FW_TF_POSSESSIVE))
        noun--;
    int32_t m = -1;
    for (size_t k = noun; m < 0 && k-- > 0 && noun - k <= 4;)
        for (int32_t x = q->ment_at[k];
             x >= 0 && (size_t)x < d->n_ments && d->ments[x].tok == k; x++)
            if (d->ments[x].tok_end + 1 >= noun &&
                d->ments[x].tok_end <= noun && speaker_mention(&d->ments[x]))
                m = x;
    source s;
    if (m >= 0)
        s = (source){d->ments[m].tok, d->ments[m].tok_end, m};
    *end = opening_clause_end(q, sent_lo(d, sn), m >= 0 ? s.start : c->start,
                              a + 1, content_end(q, a + 1, hi));
    if (tok_eq(d, a, "that") && !finite_verb_in(d, sent_lo(d, sn), c->start))
        *end = subject_clause_end(d, a + 1, *end);
    if (tok_eq(d, a, "of")) /* "chants of \"...\"": the words quoted */
        for (size_t x = a + 2; x < *end; x++)
            if (closing_mark(d, x)) {
                *end = x + 1;
                break;
            }
    return add_reported(q, sn, c, m >= 0 ? &s : NULL, a + 1, *end);
}

/* Do the words [a, b) after a cue hold an auxiliary, so that they begin
 * the reported clause rather than name the speaker ("said the absentee
 * program is")? */
static bool clause_after(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++) {
        if (is_word(d, k) && lexw(d, k)->func == FW_FUNC_AUX)
            return true;
        /* "said Trump aides plan to win": a verb and its infinitive */
        if (k > a + 1 && k + 1 < b && tok_eq(d, k, "to") && is_word(d, k + 1) &&
            !lexw(d, k + 1)->func &&
            !(d->toks[k + 1].flags & FW_TOKEN_CAPITALIZED) &&
            is_word(d, k - 1) && !(d->toks[k - 1].flags & FW_TOKEN_CAPITALIZED))
            return true;
    }
    return false;
}

/* Does word i, after "a", tell a quantity ("a lot of", "a few", "a
 * number of"), so that the phrase is an object, not an apposition? */
static bool quantity_word(const fw_doc *d, size_t i)
{
    static const word_form amounts[] = {
        WF("lot"),     WF("few"),    WF("little"),   WF("bit"),
        WF("number"),  WF("couple"), WF("majority"), WF("third"),
        WF("quarter"), WF("half"),   WF("host"),     WF("great")};
    return i < d->n_toks && word_among(d, i, amounts, FW_COUNT(amounts));
}

/* Does a noun phrase that "a" opens and a relative word ends begin at
 * token a ("a policy that could ...", "an idea which ..."), or one that
 * ranks the event ("the latest attempt to ..."), summing up the clause
 * before it? */
static bool summing_np(const fw_doc *d, size_t a, size_t e)
{
    /* ("..., mediators said, the latest attempt to halt a war") */
    static const word_form rank[] = {WF("latest"), WF("first"),  WF("second"),
                                     WF("third"),  WF("newest"), WF("biggest"),
                                     WF("largest")};
    if (tok_eq(d, a, "the") && a + 2 < e &&
        word_among(d, a + 1, rank, FW_COUNT(rank)) && is_word(d, a + 2) &&
        !lexw(d, a + 2)->func)
        return true;
    if (!(tok_eq(d, a, "a") || tok_eq(d, a, "an")))
        return false;
    for (size_t k = a + 1; k < e && k < a + 6; k++) {
        if (tok_eq(d, k, "that") || tok_eq(d, k, "which"))
            return k > a + 1;
        if (!is_word(d, k) || lexw(d, k)->func)
            return false;
    }
    return false;
}

/* A verb that tags a quotation or a clause after it: "..., X said",
 * "..., said X", "..., X added". */
static bool tag_verb(const fw_doc *d, size_t i)
{
    static const word_form verbs[] = {
        WF("said"),      WF("says"),     WF("added"),     WF("adds"),
        WF("wrote"),     WF("writes"),   WF("noted"),     WF("notes"),
        WF("explained"), WF("argued"),   WF("insisted"),  WF("recalled"),
        WF("warned"),    WF("asked"),    WF("continued"), WF("replied"),
        WF("countered"), WF("observed"), WF("cautioned")};
    return word_among(d, i, verbs, FW_COUNT(verbs));
}

/* '..., said Frank Coleman, the group's vice president.': after a comma,
 * a cue of speech followed by a name that ends its clause is inverted,
 * whatever stands before the comma. (The caller takes it as inverted
 * when no source before is found.) */
static bool inverted_source(const qctx *q, const cue *c, size_t lo, size_t hi)
{
    const fw_doc *d = q->d;
    if (!tag_verb(d, c->verb) || c->end != c->verb + 1)
        return false; /* not "..., endorsed Sen. X for president" */
    if (c->participle || c->cls != FW_CUE_SPEECH || c->start <= lo + 2 ||
        !comma_before(d, c->start) || c->end >= hi)
        return false;
    const fw_ment *m =
        q->ment_at[c->end] >= 0 ? &d->ments[q->ment_at[c->end]] : NULL;
    bool named =
        m && (m->kind == FW_MENTION_NAME || m->kind == FW_MENTION_TITLE);
    /* (not a possessor: "..., said Trump's visit to X would ...") */
    if (named && m->tok_end < hi &&
        (d->toks[m->tok_end].flags & FW_TF_POSSESSIVE))
        return false;
    /* '..., said an American official who was briefed ...' */
    if (!named && !(is_word(d, c->end) &&
                    (tok_eq(d, c->end, "a") || tok_eq(d, c->end, "an"))))
        return false;
    source t;
    if (!source_after(q, c->end, hi, &t) || t.start != c->end ||
        clause_after(d, t.start, t.end))
        return false;
    if (!named && !titled_in(d, t.start, t.end))
        return false;
    if (t.end < hi && !punct(d, t.end, ',') && !clause_stop(d, t.end) &&
        !(tok_eq(d, t.end, "who") && !named))
        return false; /* "..., said Smith was wrong" */
    return true;
}

/* Is a word among tokens [a, b) a title or a noun for a person ("an
 * American official", "a member of the board"; not "a host of new
 * songs": a quantity)? */
static bool titled_in(const fw_doc *d, size_t a, size_t b)
{
    for (size_t k = a; k < b; k++)
        if (is_word(d, k) &&
            ((lexw(d, k)->feats & FW_LEX_TITLE) ||
             (lexw(d, k)->ctx & FW_CTX_HUMAN)) &&
            !(k + 2 < b && tok_eq(d, k + 1, "of") && is_word(d, k + 2) &&
              !(d->toks[k + 2].flags & FW_TOKEN_CAPITALIZED) &&
              !lexw(d, k + 2)->func))
            return true;
    return false;
}

/* A source after a cue that opens with "by" ("..., supported by X") is
 * the passive's agent: the name after "by" ("supported by Democrats",
 * "backed by the United States"), or none ("supported by the first
 * fall in drilling"). Moves 's' past "by"; false when no one is named.
 * Any other source is left as it is. */
static bool agent_by(const qctx *q, source *s)
{
    const fw_doc *d = q->d;
    if (!tok_eq(d, s->start, "by"))
        return true;
    size_t a = s->start + 1;
    if (a + 1 < s->end && tok_eq(d, a, "the"))
        a++;
    int32_t m = a < s->end ? q->ment_at[a] : -1;
    if (m < 0 || d->ments[m].kind != FW_MENTION_NAME)
        return false;
    s->start++;
    return true;
}

/* The agent after "by" at token k - 1: a noun phrase of at most eight
 * tokens, "of" inside it ("some of his rivals", "59.6 percent of
 * voters"), up to punctuation, another preposition, a verb or a
 * clause. */
static bool by_agent(const qctx *q, size_t k, size_t hi, source *s)
{
    const fw_doc *d = q->d;
    size_t e = k;
    while (e < hi && e < k + 8 && !in_quote(d, e) &&
           (d->toks[e].kind == FW_TOKEN_NUMBER ||
            (is_word(d, e) && !subordinator(d, e) &&
             lexw(d, e)->func != FW_FUNC_AUX &&
             (lexw(d, e)->func != FW_FUNC_PREP || tok_eq(d, e, "of")) &&
             !(past_verb(d, e) && e > k) &&
             !((lexw(d, e)->feats & FW_LEX_CUE) && e > k &&
               !(d->toks[e].flags & FW_TOKEN_CAPITALIZED)))))
        e++;
    while (e > k && tok_eq(d, e - 1, "of"))
        e--;
    if (e == k)
        return false;
    *s = (source){k, e, head_mention(q, k, e)};
    return true;
}

/* The subject of a cue in the passive that ends before token j: the
 * words back to punctuation, a clause's opening word or a verb, at most
 * ten ("Both attacks were claimed": a noun that could be a cue is none
 * before "were"). */
static bool passive_subject(const qctx *q, size_t lo, size_t j, source *s)
{
    const fw_doc *d = q->d;
    size_t k = j;
    while (k > lo && j - k < 10 && !in_quote(d, k - 1) &&
           (d->toks[k - 1].kind == FW_TOKEN_NUMBER ||
            (is_word(d, k - 1) && !subordinator(d, k - 1) &&
             lexw(d, k - 1)->func != FW_FUNC_AUX &&
             lexw(d, k - 1)->func != FW_FUNC_WH)))
        k--;
    if (k == j)
        return false;
    *s = (source){k, j, head_mention(q, k, j)};
    return true;
}

/* Does an inverted attribution start at token y: a verb of speech and
 * a name that ends the clause or its apposition's comma opens (", said
 * Ella Moss." , ", said X, the ..."; not ", laments X's legacy")? */
static bool inverted_tag(const qctx *q, size_t y, size_t hi)
{
    const fw_doc *d = q->d;
    if (y + 1 >= hi || !is_word(d, y) || lexw(d, y)->cue != FW_CUE_SPEECH ||
        q->ment_at[y + 1] < 0)
        return false;
    const fw_ment *m = &d->ments[q->ment_at[y + 1]];
    return !(m->flags & FW_MF_POSSESSIVE) &&
           (m->tok_end >= hi || punct(d, m->tok_end, ',') ||
            (d->toks[m->tok_end].flags & FW_TF_TERMINAL));
}

/* Does an attribution that ends the clause start at token y, in either
 * order (", officials said.", ", said Ella Moss, the ...")? */
static bool tag_follows(const qctx *q, size_t y, size_t hi)
{
    return closing_tag(q, y, hi) || inverted_tag(q, y, hi);
}

/* Do a few words and a verb of speech, then the clause's end, start at
 * token y ("prosecutors said.", "federal officials say", "two diplomats
 * told Reuters, a move ...")? */
static bool closing_tag(const qctx *q, size_t y, size_t e)
{
    const fw_doc *d = q->d;
    /* (a title and a name may run long: "Chinese Foreign Ministry
     * spokesperson Lin Jian said Monday."; and so may a noun and its
     * phrase: "three people familiar with the company's plans told
     * Reuters") */
    size_t most = 8;
    for (size_t k = y; k < e && k < y + most; k++) {
        cue c;
        if (k > y && (d->toks[k].aux & FW_WA_CUE) && cue_at(q, k, y, e, &c) &&
            c.cls == FW_CUE_SPEECH && !c.participle &&
            (c.end >= e || d->toks[c.end].kind == FW_TOKEN_PUNCT ||
             (time_phrase(d, c.end, e) < e &&
              d->toks[time_phrase(d, c.end, e)].kind == FW_TOKEN_PUNCT) ||
             (c.object &&
              hearer_ends(q, c.end, punct_after(d, c.end, e), true))))
            return true; /* ("said.", "said Monday.", "told Reuters.") */
        if (k > y && is_word(d, k) && lexw(d, k)->func == FW_FUNC_PREP &&
            is_word(d, k - 1) && !lexw(d, k - 1)->func) {
            most = 11;
            continue;
        }
        /* ("one of the people said", "two of the officials said") */
        if (k == y && k + 2 < e && tok_eq(d, k + 1, "of") &&
            (d->toks[k].kind == FW_TOKEN_NUMBER || is_word(d, k))) {
            k++;
            continue;
        }
        if (!is_word(d, k) ||
            (lexw(d, k)->func && lexw(d, k)->func != FW_FUNC_DET))
            return false;
    }
    return false;
}

/* "Both incidents were claimed by the Islamic State", "Sanders is
 * expected to win", "Trump was told that ...": a cue in the passive
 * reports its subject 'subj' (what was claimed or expected) and what
 * follows the cue and its agent ("to win", "as a threat"; not when or
 * where); the source is the agent after "by", or none. A subject told or
 * asked is the hearer, not what was said: then the content is what
 * follows the cue, as after an active one. '*next' receives the token to
 * go on from. */
static fw_status report_passive(qctx *q, uint32_t sn, const cue *c,
                                const source *subj, size_t hi, size_t *next)
{
    fw_doc *d = q->d;
    size_t k = c->end;
    source agent = {0, 0, -1};
    bool by =
        k + 1 < hi && tok_eq(d, k, "by") && by_agent(q, k + 1, hi, &agent);
    if (by) {
        name_in_apposition(q, &agent, hi); /* "by his lawyer, X," */
        k = agent.end;
    }
    /* (what a comma sets off after the agent tells of it: "was welcomed
     * by X, the state's largest network, which had sued"; the content
     * may go on after it: "was accused by X, who worked for Y, of ...") */
    bool aside = by && k < hi && punct(d, k, ',');
    if (aside) {
        size_t y = aside_comma(d, k + 1, hi);
        if (y != SIZE_MAX && y + 1 < hi && is_word(d, y + 1) &&
            lexw(d, y + 1)->func == FW_FUNC_PREP) {
            k = y + 1;
            aside = false;
        }
    }
    size_t a = c->object ? content_start(q, c, k, hi) : k;
    size_t e =
        k < hi && !clause_stop(d, k) && !aside ? content_end(q, a, hi) : a;
    /* "... was charged with fraud, prosecutors said.": the tag is the
     * clause's attribution, looked at next */
    for (size_t y = a; y + 2 < e; y++)
        if (punct(d, y, ',') && closing_tag(q, y + 1, e)) {
            e = y;
            break;
        }
    while (e > a && d->toks[e - 1].kind == FW_TOKEN_PUNCT &&
           !punct(d, e - 1, ')'))
        e--;
    if (e > a && circumstance(d, a, e) && !holds_quote(q, a, e))
        e = a; /* "were claimed by X on Monday" */
    /* "was called a liar by his rival", "has been called 'strategic
     * ambiguity' by X, a professor at Y": the agent after what the cue
     * reports, up to a comma or the content's end */
    for (size_t y = a + 1; !by && y + 1 < e; y++) {
        if (!tok_eq(d, y, "by") || in_quote(d, y) || past_verb(d, y - 1))
            continue; /* (not another participle's: "written by X") */
        source ag;
        if (by_agent(q, y + 1, e, &ag) &&
            (ag.ment >= 0 ? ag.end == e || punct(d, ag.end, ',')
                          : ag.end == e && ag.end - ag.start <= 4 &&
                                plural_looking(d, ag.end - 1))) {
            agent = ag;
            by = true;
            e = y;
        }
    }
    /* the subject right before the cue, or before an aside and its
     * comma; not "it" ("it was reported that"), which stands for the
     * clause after */
    bool whole = !c->object && subj && subj->end > subj->start &&
                 (subj->end == c->start ||
                  (subj->end < c->start && punct(d, c->start - 1, ','))) &&
                 !tok_eq(d, subj->start, "it") && !tok_eq(d, subj->start, "It");
    *next = (e > c->end ? e : c->end) - 1;
    if (!whole && e <= a + 1)
        return FW_OK; /* "it was reported": nothing to tell */
    if (!whole && !by && a == c->end && punct(d, a, ',') &&
        !(c->start >= 2 && punct(d, c->start - 2, ',')))
        return FW_OK; /* "A year after it was announced, no one had
                         come": the clause after the comma is not it
                         (but "where, it is said, X fired") */
    if (a + 1 < e && punct(d, a, ','))
        a++;
    bool quoted = holds_quote(q, a, e) ||
                  (whole && holds_quote(q, subj->start, subj->end));
    fw_quot *x = new_quot(q, quoted ? FW_QUOTE_MIXED : FW_QUOTE_INDIRECT, sn);
    if (!x)
        return FW_ENOMEM;
    fw_status st = FW_OK;
    if (whole)
        st = add_part(q, x, d->toks[subj->start].start,
                      d->toks[subj->end - 1].end);
    if (st == FW_OK && e > a + 1)
        st = add_part(q, x, d->toks[a].start, d->toks[e - 1].end);
    if (st != FW_OK)
        return st;
    attribute(q, x, c, by ? &agent : NULL);
    return FW_OK;
}

/* The subject of the clause before token 'at', after phrases that open
 * the sentence: the last person or organisation named in [lo, at) that
 * a verb follows ("The day before, at a rally in Beaumont, Mr. Trump was
 * just as blunt, claiming ..."). */
static bool clause_subject_mention(const qctx *q, size_t lo, size_t at,
                                   source *s)
{
    const fw_doc *d = q->d;
    for (size_t k = at; k-- > lo;) {
        int32_t m = q->ment_end[k];
        if (m < 0 || (d->ments[m].type != FW_ENTITY_PERSON &&
                      d->ments[m].type != FW_ENTITY_ORGANIZATION))
            continue;
        if (!is_word(d, k) ||
            !(lexw(d, k)->func == FW_FUNC_AUX || past_verb(d, k)) ||
            (d->toks[k].flags & FW_TOKEN_CAPITALIZED))
            continue;
        *s = (source){d->ments[m].tok, d->ments[m].tok_end, m};
        return true;
    }
    return false;
}

/* Is [a, e) a clause of time or reason that "as" opens, with no comma
 * (so no main clause after it): "said as Obama spoke", "lifts forecast
 * as demand surges"? Not "said as much", "spoke as if", nor "sees X as
 * Y". Its verb is a past or an auxiliary, or an -s form ending it. */
static bool as_clause(const fw_doc *d, const cue *c, size_t a, size_t e)
{
    static const word_form as_what[] = {WF("much"), WF("if"), WF("though"),
                                        WF("well"), WF("many")};
    if (!tok_eq(d, a, "as") || c->cls == FW_CUE_VIEWING || e < a + 3 ||
        word_among(d, a + 1, as_what, FW_COUNT(as_what)) || comma_in(d, a, e))
        return false;
    /* its subject is short, and no article's noun: "as a bully who
     * made", "as the first monument dedicated" describe; "as president
     * he would" is a role */
    size_t v = first_verb(d, a + 2, e);
    if (v < e) {
        if (v > a + 4 || tok_eq(d, a + 1, "a") || tok_eq(d, a + 1, "an"))
            return false;
        for (size_t k = a + 2; k < v; k++)
            if (subject_pronoun(d, k))
                return false;
        return true;
    }
    v = e - 1; /* "as demand surges" */
    const fw_tok *t = &d->toks[v];
    return is_word(d, v) && !(t->flags & FW_TOKEN_CAPITALIZED) &&
           d->text[t->end - 1] == 's' && !lexw(d, v)->func &&
           is_word(d, v - 1) && !lexw(d, v - 1)->func &&
           !(d->toks[v - 1].flags & FW_TF_POSSESSIVE);
}

/* Does content [a, e) after cue c hold nothing reported: a preposition
 * whose object stands before the cue ("plenty to think about in 2015"),
 * a clause of time or reason ("lifts forecast as demand surges"), a
 * motion, or the next attribution alone ("as many
 * people expected, according to X", whose cue is looked at next)? */
static bool reports_nothing(const fw_doc *d, const cue *c, size_t a, size_t e)
{
    if (e <= a + 1 || !is_word(d, a))
        return false;
    /* "the storm slammed into the coast": a motion (but "ripped into
     * X" is a criticism) */
    static const word_form slam[] = {WF("slam"), WF("slams"), WF("slammed"),
                                     WF("slamming")};
    if (as_clause(d, c, a, e) ||
        (tok_eq(d, a, "into") && word_among(d, c->verb, slam, FW_COUNT(slam))))
        return true;
    /* "requiring doctors to notify parents before performing ...": a
     * hearer, then when; nothing told */
    static const word_form when[] = {WF("before"), WF("after"), WF("until"),
                                     WF("while"),  WF("when"),  WF("during")};
    if (c->object && a == c->end) {
        size_t x = a + (lexw(d, a)->func == FW_FUNC_DET ||
                        (lexw(d, a)->pron & FW_PRON_POSS));
        while (x < e && x < a + 4 && is_word(d, x) && !lexw(d, x)->func)
            x++;
        if (x > a && x < e && word_among(d, x, when, FW_COUNT(when)) &&
            !punct(d, e, ':')) /* ('told Congress when asked: "..."') */
            return true;
    }
    if (lexw(d, a)->func == FW_FUNC_PREP)
        return d->toks[a + 1].kind == FW_TOKEN_PUNCT ||
               (is_word(d, a + 1) && lexw(d, a + 1)->func == FW_FUNC_PREP);
    return word_ci(d, a, "according") && tok_eq(d, a + 1, "to") &&
           c->end + 1 == a && punct(d, c->end, ',') && !comma_in(d, a + 2, e);
}

/* Reported speech in one sentence. */
/* Does the latest quotation, of sentence sn, end at byte 'end'? */
static bool ends_at(const qctx *q, uint32_t sn, uint32_t end)
{
    const fw_doc *d = q->d;
    if (d->n_quots == 0)
        return false;
    const fw_quot *x = &d->quots[d->n_quots - 1];
    return x->sent == sn && x->n_parts &&
           d->qparts[x->first_part + x->n_parts - 1].end == end;
}

/* The clause after a participle c that opens sentence sn ("Noting that
 * A, X said B", 'Conceding a deal was "down the line," he said'),
 * reported when a mention and its verb follow the clause's comma, the
 * mention its source; '*i' is moved past the clause. */
static fw_status report_opening_participle(qctx *q, uint32_t sn, const cue *c,
                                           size_t hi, size_t *i)
{
    const fw_doc *d = q->d;
    size_t a = content_start(q, c, c->end, hi);
    size_t e = content_end(q, a, hi);
    size_t x = e;
    while (x < hi && x < e + 2 && (punct(d, x, ',') || closing_mark(d, x)))
        x++;
    bool comma = x > e || (e >= a + 2 && closing_mark(d, e - 1) &&
                           punct(d, e - 2, ',')); /* ('"...," he said') */
    if (e <= a + 1 || !comma || x >= hi || q->ment_at[x] < 0)
        return FW_OK;
    const fw_ment *m = &d->ments[q->ment_at[x]];
    size_t v = m->tok_end;
    if (v >= hi || !is_word(d, v) ||
        !(clause_verb_at(d, v) || ((d->toks[v].aux & FW_WA_CUE) &&
                                   !(d->toks[v].flags & FW_TOKEN_CAPITALIZED))))
        return FW_OK;
    source s = {m->tok, m->tok_end, q->ment_at[x]};
    *i = x - 1;
    return add_reported(q, sn, c, &s, a, e);
}

static fw_status find_reported(qctx *q, uint32_t sn)
{
    fw_doc *d = q->d;
    size_t lo = sent_lo(d, sn), hi = sent_hi(d, sn);
    source last_src; /* the subject of the latest attribution */
    bool have_last = false;
    bool last_object = false; /* its cue an infinitive's whose subject
                                 is an object ("required X to") */
    /* where the sentence's verb comes back after a relative clause in its
     * subject that reports ("others who want A | said B"), and that
     * subject */
    size_t main_back = SIZE_MAX;
    source main_src = {0, 0, -1};
    for (size_t i = lo;; i++) {
        /* on to the next word where a cue may start (the others would
         * fail cue_at()'s first test) */
        while (q->next_cue < d->n_cue_toks && d->cue_toks[q->next_cue] < i)
            q->next_cue++;
        if (q->next_cue == d->n_cue_toks || d->cue_toks[q->next_cue] >= hi)
            break;
        i = d->cue_toks[q->next_cue];
        cue c;
        if (!cue_at(q, i, lo, hi, &c))
            continue;
        if (cue_taken(q, &c) || setting_of_cue(q, &c, lo) ||
            aside_participle(q, &c, hi)) {
            i = c.end - 1;
            continue;
        }
        /* "..., he said when asked how ...", "X, asked about Y, said":
         * a question, no source (in the aside, X was asked). */
        if (c.verb > lo && word_ci(d, c.verb, "asked") &&
            (word_ci(d, c.verb - 1, "when") || word_ci(d, c.verb - 1, "if") ||
             word_ci(d, c.verb - 1, "being") ||
             word_ci(d, c.verb - 1, "once") || asked_aside(q, c.verb, hi))) {
            fw_status st = FW_OK;
            size_t e = asked_question(q, sn, c.verb, &st);
            if (st != FW_OK)
                return st;
            if (e) {
                i = e - 1;
                continue;
            }
        }
        if (c.cls == FW_CUE_QUOTING && !holds_quote(q, c.end, hi) &&
            !text_reads(q, &c, hi))
            continue; /* "thanked the mayors": no words to report */
        if (quoting_verb(d, c.verb) && as_saying_within(d, c.end, hi))
            continue; /* "quoted X as saying": X speaks, below */
        if (product_recall(d, &c, hi))
            continue; /* "Tesla recalls 2 million vehicles" */
        if (c.cls == FW_CUE_VIEWING && !views_as(d, c.end, hi))
            continue; /* "saw the film": no view reported */
        if (c.cls == FW_CUE_SEEMING || c.nominal) {
            size_t e = 0; /* past the noun's clause, as for any content */
            fw_status st = c.nominal ? report_nominal(q, sn, &c, hi, &e)
                                     : report_seeming(q, sn, &c, hi);
            if (st != FW_OK)
                return st;
            if (e > i)
                i = e - 1;
            continue;
        }
        source s;
        bool have_src = false;
        /* The clause: back to punctuation that ends one, or a quotation
         * mark, at most 4 * NEAR tokens. */
        size_t clause_lo = c.start > lo + 4 * NEAR ? c.start - 4 * NEAR : lo;
        for (size_t k = c.start; k > clause_lo; k--) {
            size_t open = aside_open(d, clause_lo, k - 1);
            if (open == SIZE_MAX)
                open = paren_open(d, clause_lo, k - 1);
            if (open != SIZE_MAX) {
                k = open + 1; /* over "(D-Md.)", "(43.5 million euros)" */
                continue;
            }
            /* (a dash inside quoted words ends no clause of the
             * writer's: 'A rule "would help - or even worse," X wrote') */
            if ((clause_stop(d, k - 1) && !in_quote(d, k - 1)) ||
                (q->used[k - 1] & USED_DIRECT)) {
                clause_lo = k;
                break;
            }
        }
        if (c.cls == FW_CUE_ACCORDING) {
            have_src = source_after(q, c.end, hi, &s);
            /* "the model, according to which X": a relative clause */
            if (!have_src || tok_eq(d, s.start, "which") ||
                tok_eq(d, s.start, "whom"))
                continue;
            /* "according to exclusive reports from X,": a noun of report
             * after its adjective is the source's own */
            if (s.end + 1 < hi && s.end > s.start && is_word(d, s.end) &&
                (lexw(d, s.end)->cue_flags & (FW_CUEF_PLURAL | FW_CUEF_NOUN)) &&
                !(d->toks[s.end].flags & FW_TOKEN_CAPITALIZED) &&
                !lexw(d, s.end - 1)->func) {
                source more;
                if (source_after(q, s.end + 1, hi, &more) &&
                    more.start == s.end + 1)
                    s.end = more.end;
                else
                    s.end++;
                s.ment = head_mention(q, s.start, s.end);
            }
            /* "CLAUSE, according to X, a Y." (the source runs to the
             * clause's end) or "According to X, CLAUSE." ("In 2012,
             * according to X, CLAUSE": too short to be the content). */
            bool trailing = c.start > clause_lo + 3 &&
                            (punct(d, c.start - 1, ',') ||
                             d->toks[c.start - 1].kind == FW_TOKEN_DASH ||
                             (closing_mark(d, c.start - 1) &&
                              punct(d, c.start - 2, ','))); /* ('"...,"') */
            /* "Other cleavages, according to the poll, include ...": a
             * short subject, not a setting ("In 2012,"), whose verb comes
             * after the source */
            if (!trailing && c.start >= clause_lo + 3 &&
                punct(d, c.start - 1, ',') && is_word(d, clause_lo) &&
                !lexw(d, clause_lo)->func && !adverb_or_aux(d, clause_lo) &&
                time_phrase(d, clause_lo, c.start) == clause_lo &&
                s.end + 1 < hi && punct(d, s.end, ',') &&
                is_word(d, s.end + 1) &&
                !(d->toks[s.end + 1].flags & FW_TOKEN_CAPITALIZED) &&
                (lexw(d, s.end + 1)->func == FW_FUNC_AUX ||
                 (!lexw(d, s.end + 1)->func && !fw_ing_form(d, s.end + 1))))
                trailing = true;
            /* '"...," X said, according to CNN': it tells where the
             * attribution before it comes from, and reports nothing */
            bool attributed = false;
            for (size_t x = clause_lo; x < c.start && !attributed; x++)
                attributed = (q->used[x] & USED_CUE) != 0;
            if (attributed && punct(d, c.start - 1, ',') &&
                c.start <= clause_lo + 12 && clause_lo > lo &&
                (q->used[clause_lo - 1] & USED_DIRECT)) {
                i = s.end - 1;
                continue;
            }
            /* "According to officials and witnesses, CLAUSE" */
            if (!trailing && s.end + 1 < hi &&
                (tok_eq(d, s.end, "and") || tok_eq(d, s.end, "or"))) {
                size_t k = s.end + 1;
                while (k < hi && k < s.end + 6 && is_word(d, k))
                    k++;
                if (k < hi && k > s.end + 1 && punct(d, k, ','))
                    s.end = k;
            }
            size_t after = s.end;
            if (after < hi && punct(d, after, ','))
                after++;
            size_t e = trailing ? after : content_end(q, after, hi);
            fw_status st;
            if (e > after + 1) {
                st = add_reported(q, sn, &c, &s, after, e);
            } else {
                /* "He left after, according to him, the network censured
                 * his report": the clause before opens what follows */
                size_t t = s.end, more = 0;
                if (trailing && t + 2 < hi && punct(d, t, ',') &&
                    subordinator(d, c.start - 2) &&
                    !tok_eq(d, c.start - 2, "and") &&
                    !tok_eq(d, c.start - 2, "or")) {
                    size_t e2 = content_end(q, t + 1, hi);
                    st = e2 > t + 2 ? add_reported(q, sn, &c, &s, t + 1, e2)
                                    : FW_OK;
                    if (st != FW_OK)
                        return st;
                    i = e2 > i ? e2 - 1 : i;
                    continue;
                }
                /* "A, according to X, a Y, B": the clause goes on after
                 * the source and what describes it */
                bool phrase_first = trailing && t + 2 < hi &&
                                    punct(d, t, ',') &&
                                    only_phrase(d, clause_lo, c.start - 1) &&
                                    !describes_source(d, t + 1, hi);
                if (trailing && !phrase_first && t + 2 < hi &&
                    punct(d, t, ',') && !clause_part(d, t + 1)) {
                    size_t u = t + 1;
                    while (u < hi && u < t + NEAR && !punct(d, u, ',') &&
                           !clause_stop(d, u))
                        u++;
                    if (u + 1 < hi && punct(d, u, ','))
                        t = u;
                }
                if (trailing && t + 2 < hi && punct(d, t, ',') &&
                    (clause_part(d, t + 1) || phrase_first)) {
                    more = content_end(q, t + 1, hi);
                    s.end = t;
                } else if (trailing) {
                    s.end = source_tail(q, s.end, hi);
                }
                size_t n0 = d->n_quots;
                st = add_reported(q, sn, &c, &s,
                                  sentence_clause(q, lo, clause_lo, c.start),
                                  c.start);
                if (st == FW_OK && more > t + 2 && d->n_quots > n0) {
                    fw_quot *x = &d->quots[d->n_quots - 1];
                    st = add_part(q, x, d->toks[t + 1].start,
                                  d->toks[more - 1].end);
                    if (holds_quote(q, t + 1, more))
                        x->kind = FW_QUOTE_MIXED;
                }
            }
            if (st != FW_OK)
                return st;
            i = s.end - 1;
            continue;
        }
        /* "Barkley, who said he ...,", "businesses that warn it ...":
         * the relative pronoun is the source, its antecedent the
         * speaker, and the content ends with the relative clause. */
        bool quoted = as_saying(d, &c);
        if (quoted && !quoted_as_saying(q, clause_lo, &c, &s))
            continue;
        bool relative = !quoted && relative_source(q, lo, c.start, &s);
        bool deferred = false;
        source before = {0, 0, -1};
        have_src = relative || quoted;
        if (have_src) {
            /* the source is set */
        } else if (c.start == main_back) {
            s = main_src;
            have_src = true;
        } else if (have_last && c.start > lo &&
                   ((c.participle && comma_before(d, c.start) &&
                     !last_object) ||
                    tok_eq(d, c.start - 1, "and") ||
                    tok_eq(d, c.start - 1, "but"))) {
            s = last_src; /* "..., adding that", "but said" (not after
                             "required companies to disclose Y, saying":
                             the sentence subject's act) */
            have_src = true;

        } else if (label_before(q, lo, &c, &s)) {
            have_src = true; /* '* Senator X: Told reporters that' */
        } else if (!inverted_source(q, &c, lo, hi)) {
            have_src = source_before(q, clause_lo, c.start, &s);
            /* "X praised the plan, called it "bold" and left": one
             * subject, a series of verbs, right after the content of the
             * one before (but '..., said the bureau's director, X, on
             * Monday': a verb of speech with no clause after it is
             * inverted) */
            if (!have_src && have_last && !c.participle && c.start > lo + 2 &&
                comma_before(d, c.start) &&
                ends_at(q, sn, d->toks[c.start - 2].end) &&
                !(c.cls == FW_CUE_SPEECH && !finite_verb_in(d, c.end, hi) &&
                  !quote_opens_near(q, c.end, hi))) {
                s = last_src;
                have_src = true;
            }
            /* (a participle after a comma, whose source found holds a
             * verb of its own: the sentence's subject, below: "X, the
             * president, went further, calling for") */
            deferred = have_src && c.participle && c.start > lo + 2 &&
                       comma_before(d, c.start) &&
                       own_verb_in(d, s.start, s.end);

            if (deferred) {
                before = s;
                have_src = false;
            }
        }
        /* "Rubio thanked Miami and said ...", "Clinton attacked Trump,
         * saying ...": the subject of the clause's first verb (of the
         * sentence's, for a participle after a comma). */
        size_t subj_lo = SIZE_MAX;
        if (c.start > clause_lo + 1 &&
            (tok_eq(d, c.start - 1, "and") || tok_eq(d, c.start - 1, "but")))
            subj_lo = clause_lo;
        else if (c.participle && c.start > lo + 2 &&
                 (comma_before(d, c.start) ||
                  d->toks[c.start - 1].kind == FW_TOKEN_DASH ||
                  tok_eq(d, c.start - 1, "while") ||
                  tok_eq(d, c.start - 1, "before") ||
                  tok_eq(d, c.start - 1, "after")))
            subj_lo = lo;
        /* past a quotation that opens the sentence: '"A," he said,
         * adding ...' */
        while (subj_lo < c.start &&
               (in_quote(d, subj_lo) || d->toks[subj_lo].kind != FW_TOKEN_WORD))
            subj_lo++;
        /* "As results came in, he gave a speech, saying": for a
         * participle, past an opening clause to the subject (below) */
        bool opening_clause =
            deferred && subj_lo != SIZE_MAX && subj_lo < c.start &&
            subordinator(d, subj_lo) && !tok_eq(d, subj_lo, "and") &&
            !tok_eq(d, subj_lo, "but") && !tok_eq(d, subj_lo, "or");
        /* "But the court overruled and said": past a conjunction */
        while (!opening_clause && subj_lo != SIZE_MAX &&
               subj_lo + 1 < c.start && is_word(d, subj_lo) &&
               (lexw(d, subj_lo)->func == FW_FUNC_CONJ ||
                lexw(d, subj_lo)->func == FW_FUNC_ADV))
            subj_lo++;
        /* "In a statement, X blasted Congress and said", "Walking to
         * the door, X smiled and said": past an opening phrase to the
         * subject */
        if (subj_lo != SIZE_MAX && subj_lo < c.start && is_word(d, subj_lo) &&
            (lexw(d, subj_lo)->func == FW_FUNC_PREP || opening_clause ||
             (fw_ing_form(d, subj_lo) && !lexw(d, subj_lo)->func)))
            for (size_t x = subj_lo + 1;
                 x < c.start && x < subj_lo + (opening_clause ? 16 : 10); x++)
                if (punct(d, x, ',')) {
                    subj_lo = x + 1;
                    break;
                }
        /* '"...," said Vice President X, urging ...': the source after
         * an inverted cue, past its titles */
        size_t reach = 1 + (subj_lo < c.start && tok_eq(d, subj_lo, "the"));
        /* (or a body a name's possessive names: "Kenya's High Court") */
        int32_t owner = subj_lo < c.start ? q->ment_at[subj_lo] : -1;
        if (owner >= 0 && d->ments[owner].tok_end < c.start &&
            possessive_mark(q, d->ments[owner].tok_end))
            reach = d->ments[owner].tok_end + 2 - subj_lo;
        cue inv;
        if (subj_lo != SIZE_MAX && subj_lo < c.start &&
            cue_at(q, subj_lo, lo, hi, &inv) && inv.end < c.start) {
            subj_lo = inv.end;
            reach = 4;
        }
        if (!have_src && subj_lo != SIZE_MAX && subj_lo + 1 < c.start) {
            int32_t m = head_mention(q, subj_lo, c.start - 1);
            int32_t t0 = q->ment_at[subj_lo]; /* "Florida Gov. X" */
            bool titled = t0 >= 0 && d->ments[t0].kind == FW_MENTION_TITLE;
            /* ("Former President X": the title after its modifier) */
            int32_t tl = m >= 0 ? d->ments[m].link : -1;
            titled |= tl >= 0 && d->ments[tl].kind == FW_MENTION_TITLE &&
                      d->ments[tl].tok <= subj_lo + 2 &&
                      d->ments[tl].tok_end == d->ments[m].tok;
            /* (or further, a person's name after words with no verb:
             * "Quarnia's president, X, went further, calling") */
            if (m >= 0 && (d->ments[m].tok <= subj_lo + reach || titled ||
                           (deferred && person_name(&d->ments[m]) &&
                            !own_verb_in(d, subj_lo, d->ments[m].tok)))) {
                s = (source){d->ments[m].tok, d->ments[m].tok_end, m};
                have_src = true;
            } else {
                have_src = subject_words(q, subj_lo, c.start - 1, &s) ||
                           clause_subject_mention(q, subj_lo, c.start, &s);
            }
        }
        /* (a participle alone is no source: "..., complicating plans.";
         * but "..., raising fears the violence will ...": what is feared
         * follows) */
        if (have_src && !deferred && s.ment < 0 && s.end == s.start + 1 &&
            (c.end >= hi || d->toks[c.end].kind == FW_TOKEN_PUNCT) &&
            s.start == c.start - 1 && comma_before(d, s.start) &&
            fw_ing_form(d, s.start) && !lexw(d, s.start)->func &&
            !(d->toks[s.start].flags & FW_TOKEN_CAPITALIZED))
            continue;
        /* (unless that names no person: "France's far-right leader,
         * Marine Le Pen, voiced ...", "In Iowa, X tried ...") */
        if (deferred && (!have_src || !person_source(d, &s))) {
            s = before;
            have_src = true;
            deferred = false;
        }
        /* (a source after a comma may end "CLAUSE, X said"; not the
         * sentence's subject a participle was given: "On Tuesday, X took
         * a softer line, urging") */
        bool after_comma =
            have_src && s.start > lo && comma_before(d, s.start) && !deferred;
        size_t k = past_dash_aside(d, c.end, hi);
        bool at_end = k >= hi || clause_stop(d, k) ||
                      (punct(d, k, ',') && k + 1 < hi &&
                       d->toks[k + 1].kind == FW_TOKEN_QUOTE &&
                       starts_direct(q, k + 1)) ||
                      (c.object && hearer_ends(q, k, hi, after_comma)) ||
                      only_circumstance(q, &c, k, hi, 6);
        /* "CLAUSE, two diplomats told Reuters, a move ...": the hearer,
         * then the writer's words after a comma */
        if (!at_end && after_comma && c.object && c.cls == FW_CUE_SPEECH &&
            !c.participle && finite_verb_in(d, clause_lo, s.start)) {
            size_t p = punct_after(d, k, hi);
            if (p > k && p + 1 < hi && punct(d, p, ',') && is_word(d, p + 1) &&
                !tok_eq(d, p + 1, "who") && !tok_eq(d, p + 1, "which") &&
                hearer_ends(q, k, p, true))
                k = p;
        }
        /* "CLAUSE, X said during his speech to the delegates.": after
         * a clause and its comma, a longer one too */
        if (!at_end && after_comma && s.start > clause_lo + 2)
            at_end = only_circumstance(q, &c, k, hi, 13);
        /* 'A "b," as X said on the radio, only magnifies C': "as X said"
         * after quoted words is an aside, up to its comma, on them */
        bool as_aside = have_src && s.start > clause_lo + 2 &&
                        tok_eq(d, s.start - 1, "as") &&
                        comma_before(d, s.start - 1) && c.start <= s.end + 1;
        bool as_quoted = as_aside && closing_mark(d, s.start - 2);
        if (!at_end && as_quoted) {
            size_t x = k;
            while (x < hi && x < k + 12 && !punct(d, x, ',') &&
                   !clause_stop(d, x) && !is_quote_mark(d, x))
                x++;
            at_end = x < hi && x < k + 12 && punct(d, x, ',');
        }
        /* 'X added: we should have seen it coming.': the clause after a
         * colon (a quotation there is direct, and taken) */
        if (have_src && k + 2 < hi && punct(d, k, ':') &&
            !(q->used[k + 1] & USED_DIRECT) &&
            (is_word(d, k + 1) || is_quote_mark(d, k + 1))) {
            at_end = false;
            k++;
        }
        /* "The fix, the partner told them, was simple": a pronoun
         * hearer before the comma that closes the parenthesis */
        if (!at_end && after_comma && c.object && k + 1 < hi) {
            if (is_word(d, k) && (lexw(d, k)->pron & FW_PRON_OBJ) &&
                punct(d, k + 1, ','))
                k++;
        }
        /* (but "CLAUSE, it was reported.": the clause before) */
        if (c.passive && !relative &&
            !(at_end && after_comma && word_ci(d, s.start, "it"))) {
            if (!have_src)
                have_src = clause_subject(q, clause_lo, c.start, &s) ||
                           passive_subject(q, clause_lo, c.start, &s);
            fw_status st =
                report_passive(q, sn, &c, have_src ? &s : NULL, hi, &i);
            if (st != FW_OK)
                return st;
            continue;
        }
        /* "Noting that A, X said B": a participle that opens the
         * sentence; its source is the subject after its clause */
        if (!have_src && c.participle && (d->toks[c.start].aux & FW_WA_OPENS)) {
            fw_status st = report_opening_participle(q, sn, &c, hi, &i);
            if (st != FW_OK)
                return st;
            continue;
        }
        bool inverted = false;
        if (!have_src && !at_end)
            have_src = clause_subject(q, clause_lo, c.start, &s);
        if (!have_src) {
            /* "..., said the minister.", "the bill, opposed by X," (a
             * verb of speech or an agent: not "..., once thought dead
             * even by its supporters,") */
            if (c.participle ||
                (c.cls != FW_CUE_SPEECH && !tok_eq(d, c.end, "by")) ||
                !source_after(q, c.end, hi, &s) || c.start <= lo ||
                subordinator(d, s.start) ||
                past_verb(d, s.start) || /* "in a statement released" */
                (lexw(d, s.start)->func == FW_FUNC_PREP &&
                 !tok_eq(d, s.start, "by")) || /* "respond to requests" */
                clause_after(d, s.start, s.end) ||
                object_pronoun(d, &s) || !agent_by(q, &s) ||
                !names_speaker(q, &s) ||
                !(punct(d, c.start - 1, ',') ||
                  (c.start >= lo + 2 && closing_mark(d, c.start - 1) &&
                   punct(d, c.start - 2, ','))))
                continue; /* '..., said X', '..."cautionary tale," said X' */
            name_in_apposition(q, &s, hi);
            have_src = true;
            inverted = true;
            k = s.end;
            /* "A reading of X, said Y, an expert, would see ...": the
             * clause goes on after the source and its apposition */
            size_t y = k + 1;
            while (y < hi && y < k + 16 && !punct(d, y, ',') &&
                   !clause_stop(d, y) && !is_quote_mark(d, y) &&
                   !clause_verb_at(d, y))
                y++;
            if (k < hi && punct(d, k, ',') && y + 1 < hi && punct(d, y, ',') &&
                main_verb_back(d, y + 1, hi))
                k = y;
            at_end = !(k + 1 < hi && punct(d, k, ',') &&
                       main_verb_back(d, k + 1, hi));
        }
        fw_status st = FW_OK;
        if (at_end ||
            (k < hi && punct(d, k, ',') && (after_comma || inverted))) {
            /* "CLAUSE, X said.", "CLAUSE, said X." or "CLAUSE, X said,
             * CLAUSE." */
            /* ("CLAUSE, campaign and corporate records show": the source's
             * modifiers that "and" joins are its own) */
            if (!inverted && s.start >= clause_lo + 3 &&
                (tok_eq(d, s.start - 1, "and") ||
                 tok_eq(d, s.start - 1, "or")) &&
                is_word(d, s.start - 2) && !lexw(d, s.start - 2)->func &&
                !(d->toks[s.start - 2].flags & FW_TOKEN_CAPITALIZED) &&
                punct(d, s.start - 3, ','))
                s.start -= 2;
            size_t cl_end = inverted ? c.start : s.start;
            /* "CLAUSE, as X said.": "as" is the writer's */
            if (!inverted && cl_end > clause_lo + 2 &&
                tok_eq(d, cl_end - 1, "as") && comma_before(d, cl_end - 1))
                cl_end--;
            if (cl_end > clause_lo && punct(d, cl_end - 1, ','))
                cl_end--;
            size_t e = !at_end && k + 1 < hi ? content_end(q, k + 1, hi) : 0;
            /* "A, police said, and B, the agency added.": B has an
             * attribution of its own */
            if (e && e + 1 < hi && punct(d, e, ',') &&
                tag_follows(q, e + 1, hi))
                e = 0;
            /* but "..., X said, citing ...", "..., X said, on condition
             * of anonymity": the act's manner, not more of the content */
            if (e && is_word(d, k + 1) &&
                ((fw_ing_form(d, k + 1) && !lexw(d, k + 1)->func &&
                  !gerund_subject(d, k + 1, e)) ||
                 (circumstance(d, k + 1, e) &&
                  !(tok_eq(d, k + 1, "by") &&
                    passive_ends(d, clause_lo, cl_end))) ||
                 (tok_eq(d, k + 1, "on") && tok_eq(d, k + 2, "condition")) ||
                 summing_np(d, k + 1, e) ||
                 /* "..., X told Reuters, a move likely to ..." (but
                  * "are reflecting, the polls tell us, a lot of ...") */
                 ((tok_eq(d, k + 1, "a") || tok_eq(d, k + 1, "an")) &&
                  !quantity_word(d, k + 2) && !finite_verb_in(d, k + 1, e) &&
                  !holds_quote(q, k + 1, e)) ||
                 /* "..., X said, in the latest of a series of tests";
                  * "..., X announced, in what he called a move to ..." */
                 ((tok_eq(d, k + 1, "in") || tok_eq(d, k + 1, "amid")) &&
                  ((!finite_verb_in(d, k + 1, e) &&
                    !holds_quote(q, k + 1, e)) ||
                   (k + 2 < e && tok_eq(d, k + 2, "what")))) ||
                 /* "..., X said, days after Y vowed to ...", "..., a
                  * week before the vote" */
                 period_before_event(d, k + 1, e) ||
                 /* "..., X said, as Spain sweltered through ...": the
                  * time the writer gives */
                 ((tok_eq(d, k + 1, "as") || tok_eq(d, k + 1, "while")) &&
                  !holds_quote(q, k + 1, e))))
                e = 0; /* (or ", a policy that ...": the writer's
                          apposition to the clause) */
            /* but "When asked why, Tyler said, ...": a subordinate
             * clause is the setting, not what was said (unless a clause
             * follows it: "When she saw him, her eyes widened, he
             * said") */
            bool lead = cl_end > clause_lo &&
                        !(q->used[cl_end - 1] & USED_DIRECT) &&
                        !(tok_eq(d, clause_lo, "Asked") ||
                          (tok_eq(d, clause_lo, "When") &&
                           (word_ci(d, clause_lo + 1, "asked") ||
                            !comma_in(d, clause_lo, cl_end))));
            /* nor "As X spoke, the crowd chanted, "..."": a clause of
             * time alone before an act whose words follow it */
            static const word_form times[] = {WF("As"), WF("While"),
                                              WF("After"), WF("Before")};
            if (lead && e && is_quote_mark(d, k + 1) &&
                word_among(d, clause_lo, times, FW_COUNT(times)) &&
                !comma_in(d, clause_lo, cl_end))
                lead = false;
            /* nor a time alone: "Then, last week, X called." */
            if (lead && e == 0 && time_only(d, clause_lo, cl_end))
                lead = false;
            /* nor a clause the source's own opens as subordinate: "Gold
             * rises as investors worry" */
            /* nor a sentence's link to the one before: "But, X said, ..." */
            if (lead && conjunctions_only(d, clause_lo, cl_end))
                lead = false;
            if (lead && !inverted && s.start > clause_lo + 1 &&
                subordinator(d, s.start - 1) && !as_aside)
                lead = false; /* (but "CLAUSE, as X noted"; not ", as X
                                 continued to interject": the time) */
            /* nor the clause a free relative ends: "voters are unsure of
             * what he is saying" (what he says is the object) */
            if (lead && !inverted && s.start > clause_lo + 1 &&
                word_ci(d, s.start - 1, "what"))
                lead = false;
            /* nor, with no comma before the source (or before "as"),
             * what a verb that is no tag leaves behind: "a fine for each
             * migrant they reject" (the relative clause's object) */
            size_t tag_at = s.start > clause_lo + 1 &&
                                    tok_eq(d, s.start - 1, "as")
                                ? s.start - 1
                                : s.start;
            if (lead && !inverted && tag_at > clause_lo &&
                !comma_before(d, tag_at) &&
                d->toks[tag_at - 1].kind == FW_TOKEN_WORD &&
                !tag_verb(d, c.verb))
                lead = false;
            /* "X said A, and B, Y warned": B, after the content of
             * the attribution before it, is Y's alone */
            if (lead)
                clause_lo = after_content(q, clause_lo, cl_end);
            /* nor one that holds an attribution of its own: 'X said
             * that A "b," he said' is reported once (but a verb that
             * acts on quoted words, 'read the "fringes,"', reports just
             * them) */
            for (size_t x = clause_lo; lead && x < cl_end; x++)
                if ((q->used[x] & USED_CUE) &&
                    (lexw(d, x)->cue == FW_CUE_SPEECH || as_quoted) &&
                    !sourceless_cue(d, x) && !other_speaker(q, x, &s))
                    lead = false; /* ('pledges to "b," as X put it': any
                                     cue) */
            if (lead && cl_end == clause_lo + 1 && e > k + 2 &&
                is_word(d, clause_lo)) {
                /* "Trump, Sexton said, has created ...": a subject alone
                 * before the parenthesis starts the content. */
                fw_quot *x = new_quot(q, FW_QUOTE_INDIRECT, sn);
                if (!x)
                    return FW_ENOMEM;
                st = add_part(q, x, d->toks[clause_lo].start,
                              d->toks[clause_lo].end);
                set_cue(q, x, &c);
                set_source(q, x, &s);
            } else if (lead && (cl_end > clause_lo + 1 ||
                                (cl_end == clause_lo + 1 &&
                                 short_answer(d, clause_lo)))) {
                st = add_reported(q, sn, &c, &s, clause_lo, cl_end);
            }
            if (st == FW_OK && e) {
                if (e > k + 2 && d->n_quots &&
                    d->quots[d->n_quots - 1].cue_start ==
                        d->toks[c.start].start) {
                    /* the same quotation goes on after the parenthesis */
                    fw_quot *x = &d->quots[d->n_quots - 1];
                    st = add_part(q, x, d->toks[k + 1].start,
                                  d->toks[e - 1].end);
                    if (holds_quote(q, k + 1, e))
                        x->kind = FW_QUOTE_MIXED;
                } else if (!lead && e > k + 2) {
                    st = add_reported(q, sn, &c, &s, k + 1, e);
                }
            }
        } else {
            /* "No fraud was found, X said": the clause is X's report;
             * the cue takes no content past the comma */
            if (c.end + 2 < hi && punct(d, c.end, ',') &&
                tag_follows(q, c.end + 1, hi))
                continue;
            size_t a = content_start(q, &c, k, hi);
            /* "Target, which reports on Wednesday, has warned": a
             * relative clause ends at its comma */
            if (relative && a > k && punct(d, a - 1, ','))
                continue;
            /* "what Obama says and promises is": a second verb, no
             * content; "weak data added to concerns": "add to" makes
             * more of something */
            static const word_form add[] = {WF("add"), WF("adds"), WF("added"),
                                            WF("adding")};
            if (a < hi && (tok_eq(d, a, "and") || tok_eq(d, a, "or") ||
                           (tok_eq(d, a, "to") && a == c.end &&
                            word_among(d, c.verb, add, FW_COUNT(add)))))
                continue;
            size_t e = content_end(q, a, hi);
            e = opening_clause_end(q, clause_lo, have_src ? s.start : c.start,
                                   a, e);
            /* "said so", "said yes": the word is the content. */
            if (a + 1 < e && short_answer(d, a) &&
                (d->toks[a + 1].kind == FW_TOKEN_PUNCT ||
                 (is_word(d, a + 1) && lexw(d, a + 1)->func == FW_FUNC_PREP)))
                e = a + 1;
            /* (a clause a dash opened ends at a dash: "X - which has
             * endorsed Y - said") */
            bool dashed = relative && s.start > lo &&
                          d->toks[s.start - 1].kind == FW_TOKEN_DASH;
            for (size_t x = a; relative && x < e; x++) {
                if ((punct(d, x, ',') ||
                     (dashed && d->toks[x].kind == FW_TOKEN_DASH)) &&
                    !in_quote(d, x))
                    e = x;
                else if (x > a && closing_mark(d, x) && punct(d, x - 1, ','))
                    e = x + 1; /* 'who called it "a sham," left' */
            }
            if (relative && restrictive_relative(d, lo, c.start)) {
                size_t back = main_verb_back_in(q, &c, a, e);
                if (back < e) {
                    main_back = back; /* "others who want A | said B" */
                    main_src = s;
                    e = back;
                }
            }
            /* "X said A, and that B": one content. */
            while (e + 2 < hi && punct(d, e, ',') && tok_eq(d, e + 1, "and") &&
                   tok_eq(d, e + 2, "that"))
                e = content_end(q, e + 3, hi);
            /* 'shouted "You lie!" at the president', 'chanted, "Lock her
             * up!" as they had before': a sentence quoted whole, then the
             * act's circumstances */
            size_t close = quote_closing(q, a, e);
            if (close != SIZE_MAX && close + 2 < e &&
                (d->toks[close - 1].flags & FW_TF_TERMINAL) &&
                is_word(d, close + 1))
                e = close + 1;
            e = stance_object_end(q, &c, a, e);
            e = short_object_end(q, &c, a, e);
            size_t passed = e; /* the setting too */
            e = setting_end(d, a, e);
            if (reports_nothing(d, &c, a, e) || act_partner(q, &c, a, e))
                passed = a;
            else if (!circumstance(d, a, e) || holds_quote(q, a, e))
                st = add_reported(q, sn, &c, &s, a, e);
            /* "X said A, but that B": B a second one. */
            while (st == FW_OK && e + 2 < hi) {
                size_t a2;
                if (punct(d, e, ',') && tok_eq(d, e + 1, "but") &&
                    tok_eq(d, e + 2, "that") && e + 3 < hi &&
                    !(is_word(d, e + 3) &&
                      (lexw(d, e + 3)->func == FW_FUNC_AUX ||
                       past_verb(d, e + 3))))
                    a2 = e + 3; /* (not ", but that has begun": a subject) */
                else
                    break;
                size_t e2 = content_end(q, a2, hi);
                st = add_reported(q, sn, &c, &s, a2, e2);
                e = passed = e2;
            }
            i = passed > i ? passed - 1 : i;
        }
        if (st != FW_OK)
            return st;
        last_src = s;
        have_last = true;
        last_object = c.start > lo && tok_eq(d, c.start - 1, "to") &&
                      s.end > s.start && finite_verb_in(d, lo, s.start);
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Nested quotations, subheads, first persons                          */

/* Is the quoted span set off as words spoken: after a comma, a colon or
 * "like", and three words or more? */
static bool set_off_speech(const qctx *q, const fw_qspan *qs)
{
    const fw_doc *d = q->d;
    if (qs->open == 0 ||
        !(punct(d, qs->open - 1, ',') || punct(d, qs->open - 1, ':') ||
          tok_eq(d, qs->open - 1, "like")))
        return false;
    size_t words = 0;
    for (size_t k = qs->open + 1; k < qs->close && words < 3; k++)
        words += is_word(d, k);
    return words >= 3;
}

static fw_status find_nested(qctx *q)
{
    fw_doc *d = q->d;
    size_t top = SIZE_MAX; /* the latest outermost span */
    for (size_t i = 0; i < d->n_qspans; i++) {
        const fw_qspan *qs = &d->qspans[i];
        if (qs->level == 0) {
            top = i;
            continue;
        }
        if (qs->close == UINT32_MAX || top == SIZE_MAX ||
            d->blocks[qs->block].kind == FW_BLOCK_SUBHEAD)
            continue;
        /* The quotation it sits in. */
        const fw_qspan *o = &d->qspans[top];
        int32_t outer = -1;
        if (o->block == qs->block && o->open < qs->open &&
            (o->close == UINT32_MAX || o->close > qs->close))
            outer = q->qspan_quot[top];
        if (outer < 0)
            continue;
        /* Its cue inside the outer quotation: "I said, '...'". */
        uint32_t sn = q->sent_of[qs->open];
        size_t lo = sn != UINT32_MAX ? sent_lo(d, sn) : qs->open;
        size_t p = SIZE_MAX;
        for (size_t k = qs->open; k > lo && qs->open - k < 4; k--)
            if (is_word(d, k - 1) && (lexw(d, k - 1)->feats & FW_LEX_CUE)) {
                p = k - 1;
                break;
            }
        /* Without one, a term or a title ("the 'Never Trump' camp") is
         * no speech; words set off as speech are ("I was like, 'Don't
         * hit me'"). */
        if (p == SIZE_MAX && !set_off_speech(q, qs))
            continue;
        fw_quot *x = new_quot(q, FW_QUOTE_NESTED, sn);
        if (!x)
            return FW_ENOMEM;
        fw_status st = add_part(q, x, qs->start, qs->end);
        if (st != FW_OK)
            return st;
        if (x->n_parts == 0) {
            d->n_quots--;
            continue;
        }
        x->qspan = (int32_t)i;
        if (p != SIZE_MAX) {
            cue c = {.start = p, .end = p + 1, .verb = p};
            set_cue(q, x, &c);
            /* its subject: a mention, or an article's noun ("I hear a
             * European leader say, '...'") */
            if (p > lo && q->ment_end[p] >= 0) {
                source s = {d->ments[q->ment_end[p]].tok, p, q->ment_end[p]};
                set_source(q, x, &s);
            } else {
                size_t a = p;
                while (
                    a > lo && is_word(d, a - 1) && !lexw(d, a - 1)->func &&
                    !(lexw(d, a - 1)->feats & (FW_LEX_CUE | FW_LEX_PRONOUN)) &&
                    p - a < 4)
                    a--;
                if (a < p && a > lo && is_word(d, a - 1) &&
                    lexw(d, a - 1)->func == FW_FUNC_DET) {
                    source s = {a - 1, p, -1};
                    set_source(q, x, &s);
                }
            }
        }
        const fw_ment *sm = x->src_ment >= 0 ? &d->ments[x->src_ment] : NULL;
        if ((!sm && x->src_start == x->src_end) ||
            (sm && (sm->flags & FW_MF_FIRST_PERSON)))
            x->speaker = d->quots[outer].speaker; /* "I said" */
    }
    return FW_OK;
}

/* Lower-cased words of a span, joined by single spaces, into 'out'. */
static size_t normalize(const fw_doc *d, uint32_t a, uint32_t b, char *out,
                        size_t cap)
{
    size_t n = 0;
    bool space = false;
    for (uint32_t i = a; i < b && n + 4 < cap; i++) {
        unsigned char ch = (unsigned char)d->text[i];
        bool word = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch >= 0x80;
        if (!word) {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = false;
        out[n++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    out[n] = '\0';
    return n;
}

/* Subheads matched against the body at most: a story has a handful;
 * a document of thousands is no story, and would cost their square. */
#define MAX_SUBHEADS 64

static fw_status find_subheads(qctx *q)
{
    fw_doc *d = q->d;
    size_t n_body = d->n_quots;
    size_t seen = 0;
    size_t qi = 0; /* quoted spans come in block order */
    for (size_t b = 0; b < d->n_blocks && seen < MAX_SUBHEADS; b++) {
        while (qi < d->n_qspans && d->qspans[qi].block < b)
            qi++;
        if (d->blocks[b].kind != FW_BLOCK_SUBHEAD)
            continue;
        seen++;
        /* The words inside its quotation marks; an unquoted subhead
         * quotes no one. */
        if (qi >= d->n_qspans || d->qspans[qi].block != b ||
            d->qspans[qi].level != 0)
            continue;
        uint32_t a = d->qspans[qi].start;
        uint32_t e = d->qspans[qi].end;
        char want[512], have[4096];
        size_t wn = normalize(d, a, e, want, sizeof want);
        if (wn < 3)
            continue;
        fw_quot *x =
            new_quot(q, FW_QUOTE_SUBHEAD, q->sent_of[d->qspans[qi].open]);
        if (!x)
            return FW_ENOMEM;
        fw_status st = add_part(q, x, a, e);
        if (st != FW_OK)
            return st;
        if (x->n_parts == 0) {
            d->n_quots--;
            continue;
        }
        x->qspan = (int32_t)qi;
        /* The body quotation it repeats: the speaker's own words. */
        for (size_t k = 0; k < n_body; k++) {
            const fw_quot *o = &d->quots[k];
            if (o->kind != FW_QUOTE_DIRECT && o->kind != FW_QUOTE_MIXED)
                continue;
            for (uint32_t p = 0; p < o->n_parts; p++) {
                const fw_span *sp = &d->qparts[o->first_part + p];
                normalize(d, (uint32_t)sp->start, (uint32_t)sp->end, have,
                          sizeof have);
                if (strstr(have, want)) {
                    x = &d->quots[d->n_quots - 1];
                    x->speaker = o->speaker;
                    k = n_body;
                    break;
                }
            }
        }
    }
    return FW_OK;
}

/* The first mention that starts at or after byte 'at' (n_ments if none):
 * a binary search by conditional moves, as in block_of(). */
static size_t first_ment_at(const fw_doc *d, uint32_t at)
{
    size_t lo = 0, n = d->n_ments;
    if (n == 0)
        return 0;
    while (n > 1) {
        size_t half = n / 2;
        lo = d->ments[lo + half - 1].start < at ? lo + half : lo;
        n -= half;
    }
    return lo + (d->ments[lo].start < at);
}

/* The person a pronoun (mention m) inside a quotation of 'speaker' most
 * likely names: the last one of its gender, or of none known, named
 * before it within a few dozen mentions, not the speaker; or -1. */
static int32_t other_person_before(const fw_doc *d, size_t m, int32_t speaker)
{
    const fw_ment *p = &d->ments[m];
    for (size_t k = m; k-- > 0 && m - k <= 48;) {
        const fw_ment *o = &d->ments[k];
        if (o->entity < 0 || o->entity == speaker ||
            (o->kind != FW_MENTION_NAME && o->kind != FW_MENTION_NOMINAL))
            continue;
        const fw_ent *e = &d->ents[o->entity];
        if (e->type == FW_ENTITY_PERSON &&
            (e->gender == p->gender || e->gender == FW_GENDER_NONE ||
             e->gender == FW_GENDER_U))
            return o->entity;
    }
    return -1;
}

/* "I", "we" inside a quotation are its speaker; "he", "she" there are
 * someone else ('"The manager said, 'This is it,'" Hale said': the
 * manager said it, not Hale), and so is the speaker of a quotation
 * nested in it that such a pronoun attributes. */
static void persons_in_quotes(qctx *q)
{
    fw_doc *d = q->d;
    for (size_t i = 0; i < d->n_quots; i++) {
        const fw_quot *x = &d->quots[i];
        if (x->speaker < 0 || x->kind != FW_QUOTE_DIRECT)
            continue;
        for (uint32_t p = 0; p < x->n_parts; p++) {
            const fw_span *sp = &d->qparts[x->first_part + p];
            for (size_t m = first_ment_at(d, sp->start); m < d->n_ments; m++) {
                fw_ment *mm = &d->ments[m];
                if (mm->start >= sp->end)
                    break;
                if (mm->flags & FW_MF_FIRST_PERSON)
                    mm->entity = x->speaker;
                else if (mm->kind == FW_MENTION_PRONOUN &&
                         mm->entity == x->speaker &&
                         (mm->gender == FW_GENDER_M ||
                          mm->gender == FW_GENDER_F))
                    mm->entity = other_person_before(d, m, x->speaker);
            }
        }
    }
    for (size_t i = 0; i < d->n_quots; i++) {
        fw_quot *x = &d->quots[i];
        if (x->kind == FW_QUOTE_NESTED && x->src_ment >= 0 &&
            d->ments[x->src_ment].kind == FW_MENTION_PRONOUN)
            x->speaker = d->ments[x->src_ment].entity;
    }
}

/* ------------------------------------------------------------------ */
/* Interviews                                                          */

/* Does paragraph b open with the mark 'letter' and a colon or period,
 * "Q:" or "A."? Returns the token after the mark, or 0. */
static size_t interview_mark(const fw_doc *d, size_t b, char letter)
{
    if (d->blocks[b].kind != FW_BLOCK_PARAGRAPH)
        return 0;
    size_t a = d->block_tok[b], e = d->block_tok[b + 1];
    if (a + 2 >= e || d->toks[a].end != d->toks[a].start + 1 ||
        d->text[d->toks[a].start] != letter ||
        !(punct(d, a + 1, ':') || punct(d, a + 1, '.')))
        return 0;
    return a + 2;
}

/* The one interviewed, before token 'at' (the first question): the
 * person who spoke last before it ("In an interview, X discussed
 * ..."), else the first person named; or -1. */
static int32_t interviewee(const qctx *q, size_t at)
{
    const fw_doc *d = q->d;
    uint32_t before = d->toks[at].start, last = 0;
    int32_t who = -1;
    for (size_t i = 0; i < d->n_quots; i++) {
        const fw_quot *x = &d->quots[i];
        if (x->speaker >= 0 && d->ents[x->speaker].type == FW_ENTITY_PERSON &&
            x->cue_end <= before && x->cue_end >= last)
            who = x->speaker, last = x->cue_end;
    }
    for (size_t m = 0; who < 0 && m < d->n_ments && d->ments[m].tok < at; m++)
        if (d->ments[m].kind == FW_MENTION_NAME && d->ments[m].entity >= 0 &&
            d->ments[m].type == FW_ENTITY_PERSON)
            who = d->ments[m].entity;
    return who;
}

/* An interview in questions and answers ("Q: ...", "A: ..."), as a
 * transcript writes "TAPPER: ...": from the first question on, each
 * question and answer is a direct quotation, its mark the source and
 * the colon or period the cue; an answer is the interviewee's, a
 * question the interviewer's, whom the text does not name (the reports
 * inside them stay). */
static fw_status find_answers(qctx *q)
{
    fw_doc *d = q->d;
    int32_t who = -1;
    bool asked = false;
    for (size_t b = 0; b < d->n_blocks; b++) {
        size_t qa = interview_mark(d, b, 'Q');
        if (qa && !asked)
            who = interviewee(q, qa - 2);
        asked |= qa != 0;
        size_t a = qa ? qa : asked ? interview_mark(d, b, 'A') : 0;
        if (!a)
            continue;
        size_t e = d->block_tok[b + 1];
        fw_quot *x = new_quot(q, FW_QUOTE_DIRECT, q->sent_of[a]);
        if (!x)
            return FW_ENOMEM;
        fw_status st = add_part(q, x, d->toks[a].start, d->toks[e - 1].end);
        if (st != FW_OK)
            return st;
        cue c = {.start = a - 1, .end = a, .verb = a - 1};
        source s = {a - 2, a - 1, -1};
        attribute(q, x, &c, &s);
        if (x == &d->quots[d->n_quots - 1])
            x->speaker = qa ? -1 : who;
    }
    return FW_OK;
}

fw_status fw_find_quotes(fw_doc *d)
{
    qctx q;
    memset(&q, 0, sizeof q);
    q.d = d;
    size_t n = d->n_toks + 1;
    q.sent_of = fw_arena_alloc_raw(&d->arena, n * sizeof *q.sent_of);
    q.ment_at = fw_arena_alloc_raw(&d->arena, n * sizeof *q.ment_at);
    q.ment_end = fw_arena_alloc_raw(&d->arena, n * sizeof *q.ment_end);
    q.used = fw_arena_alloc(&d->arena, n);
    q.qspan_quot =
        fw_arena_alloc_raw(&d->arena, (d->n_qspans + 1) * sizeof *q.qspan_quot);
    if (!q.sent_of || !q.ment_at || !q.ment_end || !q.used || !q.qspan_quot)
        return FW_ENOMEM;
    /* All bits set: UINT32_MAX and -1. */
    memset(q.sent_of, 0xFF, n * sizeof *q.sent_of);
    memset(q.ment_at, 0xFF, n * sizeof *q.ment_at);
    memset(q.ment_end, 0xFF, n * sizeof *q.ment_end);
    uint32_t *opens =
        fw_arena_alloc_raw(&d->arena, (d->n_qspans + 1) * sizeof *opens);
    if (!opens)
        return FW_ENOMEM;
    for (size_t i = 0; i < d->n_qspans; i++)
        opens[i] = d->qspans[i].open;
    q.by_open = fw_sort_by_key(&d->arena, opens, d->n_qspans);
    if (!q.by_open)
        return FW_ENOMEM;
    for (size_t i = 0; i < d->n_qspans; i++) {
        q.qspan_quot[i] = -1;
        q.used[d->qspans[i].open] |= USED_PAIRED;
        if (d->qspans[i].close != UINT32_MAX)
            q.used[d->qspans[i].close] |= USED_PAIRED;
    }
    q.first_word =
        fw_arena_alloc_raw(&d->arena, (d->n_sents + 1) * sizeof *q.first_word);
    q.last_word =
        fw_arena_alloc_raw(&d->arena, (d->n_sents + 1) * sizeof *q.last_word);
    if (!q.first_word || !q.last_word)
        return FW_ENOMEM;
    for (size_t s = 0; s < d->n_sents; s++) {
        size_t a = d->sents[s].first_token;
        size_t b = a + d->sents[s].token_count;
        for (size_t k = a; k < b; k++)
            q.sent_of[k] = (uint32_t)s;
        size_t f = a, l = b;
        while (f < b && d->toks[f].kind != FW_TOKEN_WORD)
            f++;
        while (l > f && d->toks[l - 1].kind != FW_TOKEN_WORD)
            l--;
        q.first_word[s] = f < b ? (uint32_t)f : UINT32_MAX;
        q.last_word[s] = f < b ? (uint32_t)l : 0;
    }
    for (size_t m = d->n_ments; m-- > 0;) {
        const fw_ment *x = &d->ments[m];
        q.ment_at[x->tok] = (int32_t)m;
        int32_t *end = &q.ment_end[x->tok_end]; /* a name, if one ends there */
        *end = ((*end < 0) | (x->kind == FW_MENTION_NAME)) ? (int32_t)m : *end;
    }
    fw_status st = find_direct(&q);
    size_t n_sents = d->foreign ? 0 : d->n_sents; /* no English to read */
    for (size_t s = 0; st == FW_OK && s < n_sents; s++)
        st = find_reported(&q, (uint32_t)s);
    if (st == FW_OK && !d->foreign)
        st = find_answers(&q);
    if (st == FW_OK && !d->foreign)
        st = find_support(&q);
    for (size_t s = 0; st == FW_OK && s < n_sents; s++) {
        st = find_colon_headline(&q, (uint32_t)s);
        if (st == FW_OK)
            st = find_dash_headline(&q, (uint32_t)s);
        if (st == FW_OK)
            st = find_poll(&q, (uint32_t)s);
        if (st == FW_OK)
            st = find_poll_after(&q, (uint32_t)s);
        if (st == FW_OK)
            st = find_asked(&q, (uint32_t)s);
    }
    if (st == FW_OK)
        st = drop_nested_reports(&q);
    if (st != FW_OK)
        return st;
    uint32_t *order = text_order(d);
    if (!order)
        return FW_ENOMEM;
    size_t before = d->n_quots;
    st = join_after_mixed(&q, order, d->n_quots);
    if (st == FW_OK && d->n_quots != before)
        order = text_order(d);
    if (st != FW_OK || !order)
        return st != FW_OK ? st : FW_ENOMEM;
    prefer_last_speakers(&q, order, d->n_quots);
    continue_speakers(&q, order, d->n_quots);
    st = join_quoted_sentences(&q, order, d->n_quots);
    if (st == FW_OK)
        st = find_nested(&q);
    if (st == FW_OK)
        st = find_subheads(&q);
    if (st != FW_OK)
        return st;
    persons_in_quotes(&q);
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* The public view                                                     */

fw_status fw_export_quotes(fw_doc *d)
{
    uint32_t *order = text_order(d);
    d->pub_quotes =
        fw_arena_alloc(&d->arena, (d->n_quots + 1) * sizeof *d->pub_quotes);
    if (!order || !d->pub_quotes)
        return FW_ENOMEM;
    size_t kept = d->n_quots;
    for (size_t k = 0; k < kept; k++) {
        const fw_quot *x = &d->quots[order[k]];
        fw_quote *p = &d->pub_quotes[k];
        p->id = fw_arena_id(&d->arena, 'Q', k + 1);
        if (!p->id)
            return FW_ENOMEM;
        p->kind = (fw_quote_kind)x->kind;
        p->parts = &d->qparts[x->first_part];
        p->n_parts = x->n_parts;
        p->content.start = p->parts[0].start;
        p->content.end = p->parts[x->n_parts - 1].end;
        p->cue.start = x->cue_start;
        p->cue.end = x->cue_end;
        p->source.start = x->src_start;
        p->source.end = x->src_end;
        p->speaker = FW_NONE;
        if (x->speaker >= 0 && d->pub_of_ent && d->pub_of_ent[x->speaker] >= 0)
            p->speaker = (size_t)d->pub_of_ent[x->speaker];
    }
    d->n_pub_quotes = kept;
    return FW_OK;
}
