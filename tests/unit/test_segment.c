/* Sentence segmentation edge cases, on sentences written for these
 * tests. A '|' in the expected string marks each sentence boundary. */
#include "../check.h"
#include "../testdoc.h"
#include "internal.h"

static void check_sentences(const char *text, const char *want)
{
    const fw_doc *d = analyze_text(text);
    if (!d)
        return;
    char got[2048];
    size_t n = 0;
    for (size_t i = 0; i < d->n_sents && n < sizeof got - 4; i++) {
        fw_span s = d->sents[i].span;
        if (i)
            got[n++] = '|';
        size_t len = s.end - s.start;
        if (len > sizeof got - 4 - n)
            len = sizeof got - 4 - n;
        memcpy(got + n, text + s.start, len);
        n += len;
    }
    got[n] = '\0';
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  sentences of \"%s\":\n   got  %s\n   want %s\n",
                text, got, want);
        check_failed++;
    } else {
        check_passed++;
    }
}

int main(void)
{
    check_sentences("The talks ended. Nothing was agreed.",
                    "The talks ended.|Nothing was agreed.");
    /* Abbreviations */
    check_sentences("Mr. Smith met Gen. Lee on Dec. 3 in Washington.",
                    "Mr. Smith met Gen. Lee on Dec. 3 in Washington.");
    check_sentences("The U.S. Senate voted. It passed.",
                    "The U.S. Senate voted.|It passed.");
    check_sentences("He moved to the U.S. The move was hard.",
                    "He moved to the U.S.|The move was hard.");
    /* After an abbreviation, a quotation mark starts a sentence only
     * when a capital follows it. */
    check_sentences("She said the U.S. \"clearly\" erred. He agreed.",
                    "She said the U.S. \"clearly\" erred.|He agreed.");
    check_sentences("He moved to the U.S. \"It was hard,\" he said.",
                    "He moved to the U.S.|\"It was hard,\" he said.");
    check_sentences("George W. Bush spoke. He left.",
                    "George W. Bush spoke.|He left.");
    /* "on X." is the platform, no initial; "said J. Gerald Vell" has
     * one */
    check_sentences("She wrote on X. Anna Vell agreed.",
                    "She wrote on X.|Anna Vell agreed.");
    check_sentences("\"We worked,\" he wrote on X. \"We won.\"",
                    "\"We worked,\" he wrote on X.|\"We won.\"");
    check_sentences("It was said by J. Gerald Vell today.",
                    "It was said by J. Gerald Vell today.");
    check_sentences("Acme Corp. said it would sue.",
                    "Acme Corp. said it would sue.");
    check_sentences("She lives in Springfield, Ill. She works there.",
                    "She lives in Springfield, Ill.|She works there.");
    check_sentences("He said no. Then he left.", "He said no.|Then he left.");
    check_sentences("It was No. 5 on the list.", "It was No. 5 on the list.");
    /* Quotes closing after the period; questions inside quotes. */
    check_sentences("\"We won.\" He smiled.", "\"We won.\"|He smiled.");
    check_sentences("\"Why?\" he asked. \"Because.\"",
                    "\"Why?\" he asked.|\"Because.\"");
    check_sentences("\"Why?\" Miller, a retired nurse, asked. He left.",
                    "\"Why?\" Miller, a retired nurse, asked.|He left.");
    check_sentences("\"Why?\" Miller, a nurse, left. He stayed.",
                    "\"Why?\"|Miller, a nurse, left.|He stayed.");
    /* a capitalised pronoun after '!"' opens a sentence; "I" may tag */
    check_sentences("He wrote, \"Well done!\" She replied to him.",
                    "He wrote, \"Well done!\"|She replied to him.");
    check_sentences("\"Why?\" I asked. He left.", "\"Why?\" I asked.|He left.");
    /* a title and a name, "US" no pronoun */
    check_sentences("\"We won!\" US Senator Ann Vell Roe said. He left.",
                    "\"We won!\" US Senator Ann Vell Roe said.|He left.");
    check_sentences("\xE2\x80\x9CIt is over.\xE2\x80\x9D She agreed.",
                    "\xE2\x80\x9CIt is over.\xE2\x80\x9D|She agreed.");
    check_sentences("He left (for good.) Then silence.",
                    "He left (for good.)|Then silence.");
    /* Decimals, ellipses, exclamations. */
    check_sentences("Growth was 3.5 percent. Prices rose.",
                    "Growth was 3.5 percent.|Prices rose.");
    check_sentences("Well... maybe not. We will see!",
                    "Well... maybe not.|We will see!");
    check_sentences("It rose... Then it fell.", "It rose...|Then it fell.");
    check_sentences("Stop! Now!", "Stop!|Now!");
    /* Lower case after a period continues (e.g. a URL-like or typo). */
    check_sentences("Visit example.com today.", "Visit example.com today.");
    /* Sentences never cross paragraphs, even without punctuation. */
    check_sentences(
        "A headline here\n\nThe body starts. It goes on\n\nNext one",
        "A headline here|The body starts.|It goes on|Next one");
    /* A number may start a sentence. */
    check_sentences("He left. 2025 was hard.", "He left.|2025 was hard.");

    /* The public view. */
    const fw_doc *d = analyze_text("One. Two.");
    size_t n;
    const fw_sentence *s = d ? fw_doc_sentences(d, &n) : NULL;
    CHECK(s && n == 2 && s[1].first_token == 2 && s[1].token_count == 2);
    CHECK(d && (d->toks[2].flags & FW_TOKEN_SENT_START));
    test_done();
    return CHECK_DONE();
}
