/* Tokenizer edge cases, on sentences written for these tests. */
#include "../check.h"
#include "../testdoc.h"
#include "internal.h"

/* Checks that 'text' tokenizes into exactly the space-separated 'want'
 * (a token holding a space cannot be written this way). */
static void check_tokens(const char *text, const char *want)
{
    const fw_doc *d = analyze_text(text);
    if (!d)
        return;
    char got[1024];
    size_t n = 0;
    for (size_t i = 0; i < d->n_toks && n < sizeof got - 1; i++) {
        const fw_tok *t = &d->toks[i];
        if (i)
            got[n++] = ' ';
        size_t len = fw_tok_len(t);
        if (len > sizeof got - 1 - n)
            len = sizeof got - 1 - n;
        memcpy(got + n, text + t->start, len);
        n += len;
    }
    got[n] = '\0';
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  tokens of \"%s\":\n   got  %s\n   want %s\n", text,
                got, want);
        check_failed++;
    } else {
        check_passed++;
    }
}

/* The token of 'text' that spells 'word' (first one). */
static const fw_tok *find_tok(const fw_doc *d, const char *word)
{
    for (size_t i = 0; d && i < d->n_toks; i++)
        if (fw_tok_is(d, &d->toks[i], word))
            return &d->toks[i];
    return NULL;
}

static void test_words(void)
{
    check_tokens("The talks ended.", "The talks ended .");
    check_tokens("son-in-law Jared", "son-in-law Jared");
    check_tokens("Trump's envoy", "Trump 's envoy");
    check_tokens("Trump\xE2\x80\x99s envoy", "Trump \xE2\x80\x99s envoy");
    /* A Lotus Notes name is a word; an e-mail address is not. */
    check_tokens("Sent by: Ann Vell@ZELTRIX on Monday",
                 "Sent by : Ann Vell@ZELTRIX on Monday");
    {
        const fw_doc *d = analyze_text("Ann Vell@ZELTRIX and ann@zeltrix.com");
        const fw_tok *n = d ? find_tok(d, "Vell@ZELTRIX") : NULL;
        const fw_tok *m = d ? find_tok(d, "ann@zeltrix.com") : NULL;
        CHECK(n && n->kind == FW_TOKEN_WORD);
        CHECK(m && m->kind == FW_TOKEN_URL);
    }
    /* Text already split into words: "Picasso 's", but "'s'" quoted. */
    check_tokens("Picasso 's cubism", "Picasso 's cubism");
    check_tokens("the letter 's' here", "the letter ' s ' here");
    check_tokens("I can't, he'd, O'Brien", "I can't , he'd , O'Brien");
    check_tokens("the U.S. team", "the U.S. team");
    check_tokens("Mr. Smith and Dr. Jones", "Mr. Smith and Dr. Jones");
    check_tokens("on Dec. 3 in Gen. Lee's camp",
                 "on Dec. 3 in Gen. Lee 's camp");
    check_tokens("George W. Bush", "George W. Bush");
    check_tokens("AT&T and S&P rose", "AT&T and S&P rose");
    check_tokens("Zelensky\xE2\x80\x99s", "Zelensky \xE2\x80\x99s");
    check_tokens("Ren\xC3\xA9\x65 D\xC3\xBCrr", "Ren\xC3\xA9\x65 D\xC3\xBCrr");
    check_tokens("US-Russia talks", "US-Russia talks");
    check_tokens("e.g. this", "e.g. this");
    check_tokens("Ph.D. student", "Ph.D. student");
    /* An abbreviation after a hyphen keeps its period: a party and
     * state, a former title; a state's only after a comma. */
    check_tokens("Sen. Ann Vell, R-Ky., said", "Sen. Ann Vell , R-Ky. , said");
    check_tokens("the ex-Gov. Smith", "the ex-Gov. Smith");
    check_tokens("went pro-Ky. Then", "went pro-Ky . Then");
}

static void test_numbers(void)
{
    check_tokens("3.5 percent of 1,000,000", "3.5 percent of 1,000,000");
    check_tokens("at 10:30 on 2025-12-03", "at 10:30 on 2025-12-03");
    check_tokens("the 2nd time in the 1990s", "the 2nd time in the 1990s");
    check_tokens("a four-year-old 4-year-old war",
                 "a four-year-old 4-year-old war");
    check_tokens("in the '90s", "in the '90s");
    check_tokens("$5 and 20%", "$ 5 and 20 %");
}

static void test_punctuation(void)
{
    check_tokens("Wait... what?!", "Wait ... what ?!");
    check_tokens("war\xE2\x80\x94"
                 "and peace",
                 "war \xE2\x80\x94 and peace");
    check_tokens("1990\xE2\x80\x93"
                 "2000",
                 "1990 \xE2\x80\x93 2000");
    check_tokens("- 'Subhead' -", "- ' Subhead ' -");
    check_tokens("a -- b", "a -- b");
    check_tokens("(in brackets)", "( in brackets )");
    check_tokens("see https://example.org/a?b=1, then",
                 "see https://example.org/a?b=1 , then");
    check_tokens("mail news@example.org.", "mail news@example.org .");
    check_tokens("said @realUser #tag", "said @realUser #tag");
}

static void test_quotes(void)
{
    const char *text = "\"We are ready,\" he said. 'No,' she said.";
    const fw_doc *d = analyze_text(text);
    CHECK(d && d->toks[0].kind == FW_TOKEN_QUOTE);
    CHECK(d && (d->toks[0].flags & FW_TOKEN_OPENS) &&
          !(d->toks[0].flags & FW_TOKEN_CLOSES));
    CHECK(d && d->toks[0].aux == FW_QM_ASCII_DOUBLE);
    const fw_tok *close = d ? &d->toks[5] : NULL;
    CHECK(close && close->kind == FW_TOKEN_QUOTE &&
          (close->flags & FW_TOKEN_CLOSES) && !(close->flags & FW_TOKEN_OPENS));

    /* Typographic marks have a direction; guillemets and low quotes too. */
    d = analyze_text("\xE2\x80\x9CYes,\xE2\x80\x9D he said, \xC2\xAB"
                     "bien\xC2\xBB "
                     "and \xE2\x80\x9E"
                     "gut\xE2\x80\x9C.");
    CHECK(d && d->toks[0].aux == FW_QM_CURLY_DOUBLE &&
          (d->toks[0].flags & FW_TOKEN_OPENS));
    CHECK(d && (d->toks[3].flags & FW_TOKEN_CLOSES));
    const fw_tok *g = d ? find_tok(d, "\xC2\xAB") : NULL;
    CHECK(g && g->aux == FW_QM_GUILLEMET && (g->flags & FW_TOKEN_OPENS));
    const fw_tok *low = d ? find_tok(d, "\xE2\x80\x9E") : NULL;
    CHECK(low && (low->flags & FW_TOKEN_OPENS));
    /* German „gut“: the “ after a word closes. */
    const fw_tok *ger = d ? &d->toks[d->n_toks - 2] : NULL;
    CHECK(ger && ger->kind == FW_TOKEN_QUOTE && (ger->flags & FW_TOKEN_CLOSES));

    /* French guillemets inside spaces (« Oui », dit-il): the » after a
     * space closes; German and Danish ones face the other way
     * (»Ja!«). */
    d = analyze_text("\xC2\xAB Oui \xC2\xBB, dit-il. Er sagte: \xC2\xBB"
                     "Ja!\xC2\xAB Gut.");
    CHECK(d && d->n_toks > 12 && (d->toks[0].flags & FW_TOKEN_OPENS) &&
          (d->toks[2].flags & FW_TOKEN_CLOSES) &&
          !(d->toks[2].flags & FW_TOKEN_OPENS));
    CHECK(d && d->toks[9].kind == FW_TOKEN_QUOTE &&
          (d->toks[9].flags & FW_TOKEN_OPENS) &&
          !(d->toks[9].flags & FW_TOKEN_CLOSES) &&
          d->toks[12].kind == FW_TOKEN_QUOTE &&
          (d->toks[12].flags & FW_TOKEN_CLOSES) &&
          !(d->toks[12].flags & FW_TOKEN_OPENS));

    /* ” after punctuation closes even with no space after it
     * ("voters!”After"); after a space it may open (Swedish ”Ja”). */
    d = analyze_text("\xE2\x80\x9CSo do voters!\xE2\x80\x9D"
                     "After the rally, \xE2\x80\x9DJa\xE2\x80\x9D she said.");
    const fw_tok *shut = d ? &d->toks[5] : NULL;
    CHECK(shut && shut->kind == FW_TOKEN_QUOTE &&
          (shut->flags & FW_TOKEN_CLOSES) && !(shut->flags & FW_TOKEN_OPENS));
    const fw_tok *sv = d ? &d->toks[10] : NULL;
    CHECK(sv && sv->kind == FW_TOKEN_QUOTE && (sv->flags & FW_TOKEN_OPENS));

    /* A nested single quote, told apart from apostrophes. */
    text = "\"I said, 'you have no cards,' that was it,\" he added.";
    d = analyze_text(text);
    size_t singles = 0;
    for (size_t i = 0; d && i < d->n_toks; i++)
        singles += d->toks[i].kind == FW_TOKEN_QUOTE &&
                   (d->toks[i].flags & FW_TOKEN_SINGLE);
    CHECK(singles == 2);

    /* Plural possessive: may be an apostrophe. */
    d = analyze_text("the players' union");
    const fw_tok *ap = d ? find_tok(d, "'") : NULL;
    CHECK(ap && (ap->flags & FW_TF_APOS_END));

    /* 7-bit wire copy: ``quote'' */
    d = analyze_text("``Never,'' he said.");
    CHECK(d && d->toks[0].aux == FW_QM_BACKTICK &&
          (d->toks[0].flags & FW_TOKEN_OPENS));
    const fw_tok *bt = d ? find_tok(d, "''") : NULL;
    CHECK(bt && (bt->flags & FW_TOKEN_CLOSES));
    check_tokens("rock 'n' roll", "rock 'n' roll");
    /* Three apostrophes that close: the single mark inside, then the
     * double one. */
    check_tokens("''the word 'old,''' he said",
                 "'' the word ' old , ' '' he said");
}

static void test_flags(void)
{
    const fw_doc *d = analyze_text("NATO chief Mark Rutte spoke");
    CHECK(d && (d->toks[0].flags & FW_TOKEN_ALL_CAPS));
    CHECK(d && (d->toks[2].flags & FW_TOKEN_CAPITALIZED) &&
          !(d->toks[2].flags & FW_TOKEN_ALL_CAPS));
    CHECK(d && !(d->toks[1].flags & FW_TOKEN_CAPITALIZED));
    CHECK(d && (d->toks[0].flags & FW_TOKEN_LINE_START));
    CHECK(d && (d->toks[1].flags & FW_TOKEN_SPACE_BEFORE));
    d = analyze_text("\xC3\x89mile \xC3\xA9t\xC3\xA9");
    CHECK(d && (d->toks[0].flags & FW_TOKEN_CAPITALIZED));
    CHECK(d && !(d->toks[1].flags & FW_TOKEN_CAPITALIZED));
    /* The lexicon id: "Mr." is a title abbreviation. */
    d = analyze_text("Mr. Smith");
    CHECK(d && fw_lex_get(d->toks[0].word)->abbrev == FW_ABBR_TITLE);
}

/* fw_tok_punct() reads the mark a one-byte punctuation token keeps;
 * runs of marks ("...", "?!") are none of their bytes. */
static void test_punct_marks(void)
{
    const char *text = "Wait... what?! (Yes), he said: no; ok.";
    const fw_doc *d = analyze_text(text);
    if (!d) {
        CHECK(d);
        return;
    }
    const char *marks = ",:;().";
    for (size_t i = 0; i < d->n_toks; i++) {
        const fw_tok *t = &d->toks[i];
        bool one = t->kind == FW_TOKEN_PUNCT && fw_tok_len(t) == 1;
        for (const char *m = marks; *m; m++)
            CHECK(fw_tok_punct(t, *m) == (one && text[t->start] == *m));
    }
    /* The sentinel past the last token is nothing a rule looks for. */
    const fw_tok *end = &d->toks[d->n_toks];
    CHECK(end->kind == FW_TOKEN_SYMBOL && fw_tok_len(end) == 0 &&
          !fw_tok_punct(end, '.') && !fw_tok_is(d, end, "ok"));
}

/* The bit set of abbreviations lets every listed abbreviation through,
 * and the tokenizer keeps the period of one. */
static void test_abbreviation_bits(void)
{
    size_t listed = 0, missed = 0;
    for (uint32_t id = 1; id <= fw_lex.n_words; id++) {
        const fw_lex_word *w = fw_lex_get(id);
        if (!(w->feats & FW_LEX_ABBREV))
            continue;
        listed++;
        missed += !fw_lex_maybe_abbrev(fw_hash_bytes(fw_lex_form(w), w->len));
    }
    CHECK(listed > 50 && missed == 0);
    const fw_doc *d =
        analyze_text("Gen. Lee said so in Fresno, Calif., the aide said.");
    const fw_tok *gen = d ? find_tok(d, "Gen.") : NULL;
    CHECK(gen && (gen->flags & FW_TOKEN_ABBREV));
    CHECK(d && find_tok(d, "Calif.") && !find_tok(d, "said."));
}

/* Lookups in any case: short words against a record's head, an eight-byte
 * prefix of a longer form not taken for it, long forms whole. */
static void test_lexicon_lookups(void)
{
    static const struct {
        const char *text, *form; /* form NULL: not listed */
    } cases[] = {{"Said", "said"},
                 {"SPOKESMAN", "spokesman"},
                 {"spokesma", NULL},
                 {"minister", "minister"},
                 {"ministe", NULL}};
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char buf[32] = {0};
        size_t len = strlen(cases[k].text);
        memcpy(buf, cases[k].text, len);
        uint32_t id = fw_lex_lookup_ascii(
            fw_hash_ascii_word(buf, len, sizeof buf), buf, len, sizeof buf);
        if (cases[k].form)
            CHECK(id &&
                  strcmp(fw_lex_form(fw_lex_get(id)), cases[k].form) == 0);
        else
            CHECK(id == 0);
    }
}

static void test_public_tokens(void)
{
    const char *text = "He said \"no.\"";
    const fw_doc *d = analyze_text(text);
    CHECK(d && fw_doc_token_count(d) == 6);
    fw_token t = fw_doc_token(d, 2);
    CHECK(t.kind == FW_TOKEN_QUOTE && (t.flags & FW_TOKEN_OPENS));
    CHECK_SPAN(text, fw_doc_token(d, 3).span, "no");
    t = fw_doc_token(d, 99);
    CHECK(t.span.start == 0 && t.span.end == 0);
}

int main(void)
{
    test_words();
    test_numbers();
    test_punctuation();
    test_quotes();
    test_flags();
    test_punct_marks();
    test_abbreviation_bits();
    test_lexicon_lookups();
    test_public_tokens();
    test_done();
    return CHECK_DONE();
}
