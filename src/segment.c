/*
 * segment.c - the text stage, second half: sentences.
 *
 * Input: tokens and blocks. Output: d->sents, the sentences of the prose
 * blocks (headline, paragraphs, subheads), each within one block, and the
 * FW_TOKEN_SENT_START flag on their first tokens.
 *
 * Approach: a sentence may end after terminal punctuation (. ! ? ...) or
 * an abbreviation's period, together with the closing quote marks and
 * brackets that hug it. Whether it does depends on the next token: a
 * lower-case word or more punctuation continues the sentence ("Why?" he
 * asked); after an abbreviation only a word that typically starts a
 * sentence (The, He, But) begins a new one, so "U.S. President" stays
 * whole while "in the U.S. The" splits.
 */
#include "internal.h"

static bool is_prose(fw_block_kind k)
{
    return k == FW_BLOCK_HEADLINE || k == FW_BLOCK_PARAGRAPH ||
           k == FW_BLOCK_SUBHEAD;
}

/* Can token 't' start a sentence after an abbreviation? */
static bool starts_sentence_strongly(const fw_doc *d, const fw_tok *t)
{
    if (t->kind == FW_TOKEN_QUOTE) {
        /* but 'the U.S. "clearly" needed': a lower-case word inside */
        const fw_tok *in = t + 1;
        return (t->flags & FW_TOKEN_OPENS) &&
               !(in < d->toks + d->n_toks && in->kind == FW_TOKEN_WORD &&
                 !(in->flags & FW_TOKEN_CAPITALIZED));
    }
    if (t->kind != FW_TOKEN_WORD || !(t->flags & FW_TOKEN_CAPITALIZED))
        return false;
    return fw_lex_get(t->word)->func != 0;
}

/* Is tok[i] a reporting verb in lower case? */
static bool speech_verb(const fw_doc *d, size_t i)
{
    const fw_tok *t = &d->toks[i];
    return t->kind == FW_TOKEN_WORD && !(t->flags & FW_TOKEN_CAPITALIZED) &&
           fw_lex_get(t->word)->cue == FW_CUE_SPEECH;
}

/* After '?"' or '!"', does an attribution follow: '"Why me?" Trump
 * said.', '"Why?" she asked.', '"Why?" Miller, a retired nurse, asked.'?
 * Then the quotation and its attribution are one sentence. The speaker is
 * a pronoun in lower case or up to five capitalised words (a title and a
 * name: "US Senator Jeff Sessions"), maybe with an aside set off by
 * commas, then a reporting verb. */
static bool attribution_follows(const fw_doc *d, size_t k, size_t hi)
{
    for (size_t i = k; i < hi && i < k + 6; i++) {
        const fw_tok *t = &d->toks[i];
        if (i > k && fw_tok_punct(t, ',')) {
            size_t j = i + 1; /* over the aside to its comma */
            while (j < hi && j < i + 16 && !fw_tok_punct(&d->toks[j], ',') &&
                   d->toks[j].kind != FW_TOKEN_QUOTE &&
                   !fw_tok_punct(&d->toks[j], '.'))
                j++;
            return j + 1 < hi && fw_tok_punct(&d->toks[j], ',') &&
                   speech_verb(d, j + 1);
        }
        if (t->kind != FW_TOKEN_WORD)
            return false;
        const fw_lex_word *w = fw_lex_get(t->word);
        if (i > k && !(t->flags & FW_TOKEN_CAPITALIZED))
            return w->cue == FW_CUE_SPEECH;
        /* "Her critics ..."; '"Go!" She replied ...': a capital opens a
         * sentence ('"Go!" she said' is a tag; "US" is no pronoun) */
        if (i == k && (w->feats & FW_LEX_PRONOUN) && !fw_tok_is(d, t, "I") &&
            !(t->flags & FW_TOKEN_ALL_CAPS))
            return false;
        if (!(t->flags & FW_TOKEN_CAPITALIZED))
            return false;
    }
    return false;
}

/* Does a sentence end between tok[k-1] (after its closers) and tok[k]?
 * 'quoted' when a closing quotation mark hugs the terminal. */
static bool boundary_before(const fw_doc *d, size_t terminal, size_t k,
                            size_t hi, bool quoted)
{
    const fw_tok *t = &d->toks[terminal];
    const fw_tok *next = &d->toks[k];
    if (next->flags & FW_TOKEN_LINE_START)
        return true;
    if (quoted && t->kind == FW_TOKEN_PUNCT &&
        (d->text[t->end - 1] == '?' || d->text[t->end - 1] == '!') &&
        attribution_follows(d, k, hi))
        return false;
    if (t->kind == FW_TOKEN_WORD) {
        /* An abbreviation's period. */
        const fw_lex_word *w = fw_lex_get(t->word);
        if (w->abbrev == FW_ABBR_TITLE || w->abbrev == FW_ABBR_MONTH)
            return false;
        /* "wrote on X. Von der Leyen said", 'wrote on X. "We ...': the
         * platform, no initial */
        if ((t->flags & FW_TF_INITIAL) && d->text[t->start] == 'X' &&
            terminal > 0 && fw_tok_is(d, t - 1, "on"))
            return (next->flags & FW_TOKEN_CAPITALIZED) ||
                   (next->kind == FW_TOKEN_QUOTE &&
                    (next->flags & FW_TOKEN_OPENS));
        return starts_sentence_strongly(d, next);
    }
    /* Terminal punctuation. */
    if (!(next->flags & FW_TOKEN_SPACE_BEFORE) && next->kind != FW_TOKEN_QUOTE)
        return false; /* 3.5, "...and", typos aside: no space, no break */
    switch (next->kind) {
    case FW_TOKEN_WORD:
        if (!(next->flags & FW_TOKEN_CAPITALIZED)) {
            /* "Why?" he asked. / etc. and more: lower case continues,
             * except "iPhone"-style names after a period. */
            return false;
        }
        return true;
    case FW_TOKEN_NUMBER:
    case FW_TOKEN_QUOTE:
    case FW_TOKEN_URL:
    case FW_TOKEN_SYMBOL:
    case FW_TOKEN_DASH:
        return true;
    case FW_TOKEN_PUNCT:
        /* An opening bracket starts one; , ; : ) continue. */
        return d->text[next->start] == '(' || d->text[next->start] == '[';
    }
    return true;
}

/* Is tok[k] a closer that stays with the sentence before it? */
static bool hugs_terminal(const fw_tok *t)
{
    if (t->flags & (FW_TOKEN_SPACE_BEFORE | FW_TOKEN_LINE_START))
        return false;
    if (t->kind == FW_TOKEN_QUOTE)
        return (t->flags & FW_TOKEN_CLOSES) != 0;
    return fw_tok_punct(t, ')') || fw_tok_punct(t, ']');
}

static fw_status add_sentence(fw_doc *d, size_t first, size_t end)
{
    fw_sentence *s = FW_PUSH(&d->arena, d->sents, d->n_sents, d->cap_sents);
    if (!s)
        return FW_ENOMEM;
    s->first_token = first;
    s->token_count = end - first;
    s->span.start = d->toks[first].start;
    s->span.end = d->toks[end - 1].end;
    d->toks[first].flags |= FW_TOKEN_SENT_START;
    return FW_OK;
}

static fw_status segment_block(fw_doc *d, size_t lo, size_t hi)
{
    size_t start = lo;
    for (size_t i = lo; i < hi; i++) {
        const fw_tok *t = &d->toks[i];
        /* terminal punctuation (only punctuation has the flag), or an
         * abbreviation's period; one branch: see fw_tok_is */
        bool ends =
            ((t->flags & FW_TF_TERMINAL) != 0) |
            ((t->kind == FW_TOKEN_WORD) & ((t->flags & FW_TOKEN_ABBREV) != 0));
        if (!ends)
            continue;
        size_t k = i + 1;
        while (k < hi && (hugs_terminal(&d->toks[k]) ||
                          (d->toks[k].kind == FW_TOKEN_PUNCT &&
                           (d->toks[k].flags & FW_TF_TERMINAL) &&
                           !(d->toks[k].flags & FW_TOKEN_SPACE_BEFORE))))
            k++;
        if (k >= hi)
            break;
        bool quoted = k > i + 1 && d->toks[k - 1].kind == FW_TOKEN_QUOTE;
        if (!boundary_before(d, i, k, hi, quoted)) {
            i = k - 1;
            continue;
        }
        fw_status st = add_sentence(d, start, k);
        if (st != FW_OK)
            return st;
        start = k;
        i = k - 1;
    }
    if (start < hi)
        return add_sentence(d, start, hi);
    return FW_OK;
}

fw_status fw_segment(fw_doc *d)
{
    for (size_t b = 0; b < d->n_blocks; b++) {
        if (!is_prose(d->blocks[b].kind))
            continue;
        fw_status st = segment_block(d, d->block_tok[b], d->block_tok[b + 1]);
        if (st != FW_OK)
            return st;
    }
    return FW_OK;
}
