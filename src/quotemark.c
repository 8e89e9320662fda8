/*
 * quotemark.c - the text stage, last part: which quotation marks pair.
 *
 * Input: tokens (quote marks carry their family and whether they can open
 * or close) and blocks. Output: d->qspans, the quoted spans of the prose
 * blocks, and FW_TF_IN_QUOTE on the tokens inside a double-quoted span.
 *
 * Approach: a stack per paragraph. A mark that can close closes the
 * nearest open mark of its family (a double mark any open double one, so
 * that “…" typos pair); otherwise a mark that can open opens. A single
 * mark that may be an apostrophe ("the players' union") closes only an
 * open single quote. An unclosed double quote ends with its paragraph,
 * unless the next paragraph reopens it: the news convention for a
 * quotation over several paragraphs, whose parts are linked; one that
 * does not run on and ends its paragraph with the writer's tag ('"A, he
 * said.') lacks its closing mark before the tag's comma. Unpaired
 * single marks are apostrophes. Stack depth is bounded, so 100,000 open
 * marks cost no more than 100,000 others.
 */
#include <string.h>

#include "internal.h"

#define MAX_DEPTH 8

static bool is_double(uint8_t family)
{
    return family == FW_QM_ASCII_DOUBLE || family == FW_QM_CURLY_DOUBLE ||
           family == FW_QM_GUILLEMET || family == FW_QM_BACKTICK;
}

static bool is_prose(fw_block_kind k)
{
    return k == FW_BLOCK_HEADLINE || k == FW_BLOCK_PARAGRAPH ||
           k == FW_BLOCK_SUBHEAD;
}

/* Can an open mark of 'open' be closed by one of 'close'? */
static bool pairs(uint8_t open, uint8_t close)
{
    if (is_double(open) || is_double(close))
        return is_double(open) && is_double(close);
    if (open == FW_QM_GUILLEMET_SINGLE || close == FW_QM_GUILLEMET_SINGLE)
        return open == close;
    return true; /* ' and ‘’ pair with each other */
}

static fw_status add_span(fw_doc *d, size_t open, size_t close, size_t block,
                          uint8_t level, int32_t prev)
{
    fw_qspan *q = FW_PUSH(&d->arena, d->qspans, d->n_qspans, d->cap_qspans);
    if (!q)
        return FW_ENOMEM;
    q->open = (uint32_t)open;
    q->close = (uint32_t)close;
    q->start = d->toks[open].end;
    q->end = close < d->n_toks ? d->toks[close].start
                               : (uint32_t)d->blocks[block].span.end;
    q->block = (uint32_t)block;
    q->level = level;
    q->single = !is_double(d->toks[open].aux);
    q->next = -1;
    q->prev = prev;
    if (prev >= 0)
        d->qspans[prev].next = (int32_t)(d->n_qspans - 1);
    return FW_OK;
}

/* Does prose block b start with a mark that opens a quote of the double
 * family, or of the single one ('single': British copy quotes with single
 * marks)? */
static bool reopens(const fw_doc *d, size_t b, bool single)
{
    if (b >= d->n_blocks || !is_prose(d->blocks[b].kind) ||
        d->block_tok[b] == d->block_tok[b + 1])
        return false;
    const fw_tok *t = &d->toks[d->block_tok[b]];
    return t->kind == FW_TOKEN_QUOTE && (t->flags & FW_TOKEN_OPENS) &&
           !(t->flags & FW_TF_APOS_END) && is_double(t->aux) != single;
}

/* May the unclosed quotation opening at token 'open' (paragraph from
 * 'lo') run on into the next paragraph? It must open as someone's words
 * do: at the paragraph's or a sentence's start (after a quoted title
 * too), after a colon, comma or dash, or after a verb of saying ('said "...').
 * One opened mid-clause ('his plan is "really amorphous.') lacks its closing
 * mark instead. */
static bool may_run_on(const fw_doc *d, size_t open, size_t lo)
{
    if (open == lo)
        return true;
    const fw_tok *t = &d->toks[open - 1];
    if (t->kind == FW_TOKEN_DASH || (t->flags & FW_TF_TERMINAL) ||
        fw_tok_punct(t, ':') || fw_tok_punct(t, ','))
        return true;
    /* after a sentence that a quoted title ends: 'told CNN's "State of
     * the Union." "This bill ...' */
    if (t->kind == FW_TOKEN_QUOTE && open >= lo + 2 &&
        (d->toks[open - 2].flags & FW_TF_TERMINAL))
        return true;
    return (fw_lex_get(t->word)->feats & FW_LEX_CUE) != 0;
}

/* Is there, within a few sentences after token i (before hi), a single
 * mark that only closes, before any that opens? */
static bool closes_later(const fw_doc *d, size_t i, size_t hi)
{
    for (size_t j = i + 1; j < hi && j < i + 120; j++) {
        const fw_tok *t = &d->toks[j];
        if (t->kind != FW_TOKEN_QUOTE || is_double(t->aux))
            continue;
        if (t->flags & FW_TF_APOS_END)
            continue;
        return (t->flags & FW_TOKEN_CLOSES) && !(t->flags & FW_TOKEN_OPENS);
    }
    return false;
}

/* A quotation opening at token 'open' lacks its closing mark and ends its
 * paragraph [lo, hi) with the writer's tag: '"A. B, Saarikko said on
 * Friday.', '"A, he said.'. The mark was left off before the comma: the
 * comma's token, or SIZE_MAX when the paragraph ends otherwise. The tag is
 * a few words and no more (no quote, no sentence end): a verb of saying
 * with a name or pronoun before it or a name after it, then nothing but a
 * name or a preposition's phrase ("said nothing." is the quotation's). */
static size_t missing_close(const fw_doc *d, size_t open, size_t lo, size_t hi)
{
    size_t end = hi;
    if (end > open && (d->toks[end - 1].flags & FW_TF_TERMINAL))
        end--;
    size_t comma = SIZE_MAX;
    for (size_t m = end; m-- > open + 3 && m + 10 >= end;) {
        const fw_tok *t = &d->toks[m];
        if (fw_tok_punct(t, ',')) {
            comma = m;
            break;
        }
        if (t->kind != FW_TOKEN_WORD && t->kind != FW_TOKEN_NUMBER)
            return SIZE_MAX;
    }
    if (comma == SIZE_MAX || comma + 2 >= end || !may_run_on(d, open, lo))
        return SIZE_MAX;
    bool speaker = false; /* a word or more before the verb */
    for (size_t m = comma + 1; m < end; m++) {
        const fw_tok *t = &d->toks[m];
        const fw_lex_word *w = fw_lex_get(t->word);
        if (t->kind != FW_TOKEN_WORD || !(w->feats & FW_LEX_CUE) ||
            w->cue_flags & FW_CUEF_NOUN) {
            speaker = true;
            continue;
        }
        /* ("told reporters in Helsinki": past the hearer) */
        size_t x = m + 1;
        if ((w->cue_flags & FW_CUEF_OBJECT) && x < end &&
            !fw_lex_get(d->toks[x].word)->func)
            x++;
        bool name = x < end && (d->toks[x].flags & FW_TOKEN_CAPITALIZED);
        if ((speaker || name) &&
            (x == end || name ||
             fw_lex_get(d->toks[x].word)->func == FW_FUNC_PREP))
            return comma;
    }
    return SIZE_MAX;
}

fw_status fw_pair_quotes(fw_doc *d)
{
    int32_t carried = -1; /* quote running on from the last paragraph */
    for (size_t b = 0; b < d->n_blocks; b++) {
        if (!is_prose(d->blocks[b].kind)) {
            carried = -1;
            continue;
        }
        size_t stack[MAX_DEPTH];
        size_t depth = 0;
        size_t lo = d->block_tok[b], hi = d->block_tok[b + 1];
        size_t first_span = d->n_qspans;
        int32_t from = carried; /* the quotation this paragraph continues */
        bool reopened =
            carried >= 0 && reopens(d, b, d->qspans[carried].single);
        for (size_t i = lo; i < hi; i++) {
            fw_tok *t = &d->toks[i];
            if (t->kind != FW_TOKEN_QUOTE)
                continue;
            /* The mark that reopens a carried quotation. */
            if (reopened && i == lo) {
                stack[depth++] = i;
                continue;
            }
            bool closed = false;
            if (t->flags & FW_TOKEN_CLOSES) {
                for (size_t k = depth; k-- > 0;) {
                    uint8_t open = d->toks[stack[k]].aux;
                    if (!pairs(open, t->aux))
                        continue;
                    /* An apostrophe closes nothing but a single quote,
                     * and not one a plain closing mark closes later:
                     * "'We understand residents' anger. More.'" */
                    if ((t->flags & FW_TF_APOS_END) &&
                        (is_double(open) || closes_later(d, i, hi)))
                        break;
                    int32_t prev =
                        k == 0 && reopened && stack[0] == lo ? from : -1;
                    fw_status st =
                        add_span(d, stack[k], i, b, (uint8_t)k, prev);
                    if (st != FW_OK)
                        return st;
                    if (prev >= 0)
                        reopened = false;
                    depth = k;
                    closed = true;
                    break;
                }
            }
            if (!closed && (t->flags & FW_TOKEN_OPENS) &&
                !(t->flags & FW_TF_APOS_END)) {
                if (depth == MAX_DEPTH)
                    memmove(stack, stack + 1, --depth * sizeof *stack);
                stack[depth++] = i;
            }
        }
        /* Unclosed: the outermost double quote ends with the paragraph,
         * and may run on into the next one; a single one only when it
         * does, the next paragraph reopening it (British copy: 'A.
         * / 'B.'), for an unclosed single mark is most often an
         * apostrophe. */
        carried = -1;
        for (size_t k = 0; k < depth; k++) {
            bool single = !is_double(d->toks[stack[k]].aux);
            bool runs_on =
                reopens(d, b + 1, single) && may_run_on(d, stack[k], lo);
            if (single && (k > 0 || !runs_on))
                continue;
            int32_t prev = k == 0 && reopened && stack[0] == lo ? from : -1;
            size_t close = runs_on || single || prev >= 0
                               ? SIZE_MAX
                               : missing_close(d, stack[k], lo, hi);
            fw_status st = add_span(d, stack[k], close, b, (uint8_t)k, prev);
            if (st != FW_OK)
                return st;
            if (runs_on)
                carried = (int32_t)(d->n_qspans - 1);
            break;
        }
        /* Spans end in any order; keep them by opening mark. */
        for (size_t k = first_span + 1; k < d->n_qspans; k++) {
            fw_qspan q = d->qspans[k];
            size_t j = k;
            while (j > first_span && d->qspans[j - 1].open > q.open) {
                d->qspans[j] = d->qspans[j - 1];
                j--;
            }
            d->qspans[j] = q;
        }
        /* Links were set by index before sorting: recompute within the
         * paragraph (only the first span can continue a quote). */
        for (size_t k = first_span; k < d->n_qspans; k++) {
            fw_qspan *q = &d->qspans[k];
            if (q->prev >= 0)
                d->qspans[q->prev].next = (int32_t)k;
            /* Single marks around a word or two ('tense') are more
             * often scare quotes or apostrophes than quotations; an
             * unclosed single one runs on into the next paragraph. */
            bool quoting =
                !q->single || q->close == UINT32_MAX || q->close - q->open >= 4;
            if (q->level == 0 && quoting)
                for (size_t x = q->open + 1; x < q->close && x < hi; x++)
                    d->toks[x].flags |= FW_TF_IN_QUOTE;
        }
        if (carried >= 0) {
            /* Its index after sorting: the one unclosed outer span. */
            for (size_t k = first_span; k < d->n_qspans; k++)
                if (d->qspans[k].close == UINT32_MAX && d->qspans[k].level == 0)
                    carried = (int32_t)k;
        }
    }
    return FW_OK;
}
