/* The plain-text reader: layouts and agency conventions, on copy written
 * for these tests. */
#include "../check.h"
#include "../testdoc.h"
#include "internal.h"

/* Checks the block kinds: 'want' is a string of letters, one a block:
 * H headline, D dateline, B byline, P paragraph, S subhead, T trailer. */
static void check_kinds(const fw_doc *d, const char *want)
{
    static const char letters[] = "HDBPST";
    char got[256];
    size_t n = 0;
    for (size_t i = 0; d && i < d->n_blocks && n < sizeof got - 1; i++)
        got[n++] = letters[d->blocks[i].kind];
    got[n] = '\0';
    if (strcmp(got, want) != 0) {
        fprintf(stderr, "  blocks: got %s, want %s\n", got, want);
        check_failed++;
    } else {
        check_passed++;
    }
}

static bool str_is(fw_str s, const char *want)
{
    return s.ptr && s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

static void test_datelines(void)
{
    const char *text = "Talks end without a deal\n"
                       "MOSCOW, Dec 3, 2025 (AFP) - Russia said on Wednesday "
                       "the talks had ended.\n"
                       "It gave no details.\n";
    const fw_doc *d = analyze_text(text);
    check_kinds(d, "HDPP");
    const fw_dateline *dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "MOSCOW"));
    CHECK(dl && str_is(dl->date, "Dec 3, 2025"));
    CHECK(dl && str_is(dl->agency, "AFP"));
    if (dl)
        CHECK_SPAN(text, dl->span, "MOSCOW, Dec 3, 2025 (AFP) -");
    if (d)
        CHECK_SPAN(text, d->blocks[2].span,
                   "Russia said on Wednesday the talks had ended.");

    d = analyze_text("WASHINGTON (AP) \xE2\x80\x94 The Senate voted on "
                     "Tuesday.\n\nIt was close.\n");
    check_kinds(d, "DPP");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "WASHINGTON") && !dl->date.ptr &&
          str_is(dl->agency, "AP"));

    d = analyze_text("Oil falls\n\nJan 30 (Reuters) - Oil prices fell on "
                     "Thursday.\n\nTraders were wary.\n");
    check_kinds(d, "HDPP");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && !dl->place.ptr && str_is(dl->date, "Jan 30") &&
          str_is(dl->agency, "Reuters"));

    d = analyze_text("LONDON, Jan 30 (Reuters) - Shares rose.\n\nMore.\n");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "LONDON") && str_is(dl->date, "Jan 30"));

    d = analyze_text("Berlin (dpa) - Die Regierung hat entschieden.\n\n"
                     "Mehr folgt.\n");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "Berlin") && str_is(dl->agency, "dpa"));

    d = analyze_text("KANSAS CITY, Mo. (AP) _ Storms hit the city.\n\n"
                     "Power was out.\n");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "KANSAS CITY, Mo."));

    d = analyze_text("PARIS, 3 December 2025 (AFP) - A strike began.\n\n"
                     "Trains stopped.\n");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "PARIS") &&
          str_is(dl->date, "3 December 2025"));

    d = analyze_text("WASHINGTON \xE2\x80\x94 The vote was delayed.\n\n"
                     "Again.\n");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "WASHINGTON") && !dl->agency.ptr);

    /* Indian agencies put no dash after their name. */
    text = "CHENNAI, Dec 4 (PTI) Heavy rain shut schools on Thursday.\n\n"
           "More is due.\n";
    d = analyze_text(text);
    check_kinds(d, "DPP");
    dl = d ? d->meta.dateline : NULL;
    CHECK(dl && str_is(dl->place, "CHENNAI") && str_is(dl->date, "Dec 4") &&
          str_is(dl->agency, "PTI"));
    if (d)
        CHECK_SPAN(text, d->blocks[1].span,
                   "Heavy rain shut schools on Thursday.");

    /* Not datelines. */
    d = analyze_text("Senator Jane Roe (D-Ore.) - who chairs the panel - "
                     "objected.\n\nShe left.\n");
    CHECK(d && !d->meta.dateline);
    d = analyze_text("Kumar, Dec 4 (PTI) said more.\n\nHe left.\n");
    CHECK(d && !d->meta.dateline);
    d = analyze_text("The firm (ABC) Ltd merged.\n\nIt did.\n");
    CHECK(d && !d->meta.dateline);
    d = analyze_text("Smith - a farmer - said so.\n\nHe left.\n");
    CHECK(d && !d->meta.dateline);
    d = analyze_text("The plan (first reported by the Times) - a draft - "
                     "failed.\n\nIt did.\n");
    CHECK(d && !d->meta.dateline);
}

static void test_headline_labels(void)
{
    /* Reuters' labels before a headline: the version, the story's kind */
    const char *text = "REFILE-UPDATE 2-Oil falls as stocks rise\n\n"
                       "LONDON (Reuters) - Oil fell on Monday.\n";
    const fw_doc *d = analyze_text(text);
    CHECK(d && str_is(d->meta.headline, "Oil falls as stocks rise") &&
          str_is(d->meta.version_label, "UPDATE 2"));
    if (d)
        CHECK_SPAN(text, d->blocks[0].span, "Oil falls as stocks rise");
    d = analyze_text("EXCLUSIVE-Vorsk plans bond sale\n\nLONDON (Reuters) - "
                     "Vorsk plans a sale.\n");
    CHECK(d && str_is(d->meta.headline, "Vorsk plans bond sale") &&
          !d->meta.version_label.ptr);
    /* not a name's hyphen */
    d = analyze_text("NATO-Russia talks stall\n\nLONDON (Reuters) - Talks "
                     "stalled.\n");
    CHECK(d && str_is(d->meta.headline, "NATO-Russia talks stall"));
}

static void test_bylines(void)
{
    const char *text = "Storm hits coast\nBy JANE DOE and JOHN ROE\n"
                       "Rain fell all day.\n";
    const fw_doc *d = analyze_text(text);
    check_kinds(d, "HBP");
    CHECK(d && str_is(d->meta.byline, "JANE DOE and JOHN ROE"));
    d = analyze_text("Storm hits coast\n\nBy Jane Doe, Associated Press\n\n"
                     "Rain fell.\n");
    CHECK(d && str_is(d->meta.byline, "Jane Doe, Associated Press"));
    d = analyze_text("Storm hits coast\n\nBy the time it ended, rain had "
                     "fallen.\n\nMore.\n");
    CHECK(d && !d->meta.byline.ptr);
}

static void test_subheads(void)
{
    const fw_doc *d = analyze_text(
        "Headline\nFirst paragraph.\n- 'A quoted subhead' -\nSecond.\n"
        "- \"Double quotes\" -\nThird.\n"
        "- \xE2\x80\x98"
        "Curly quotes\xE2\x80\x99 -\nFourth.\n"
        "- Sanctions -\nFifth.\n");
    check_kinds(d, "HPSPSPSPSP");
    d = analyze_text("Headline\nFirst paragraph.\n- this is a list item.\n");
    check_kinds(d, "HPP");
}

static void test_trailers(void)
{
    const fw_doc *d = analyze_text("Headline\nBody one.\nBody two.\n"
                                   "burs-dk/md\nE.Goossens--JdB\n");
    check_kinds(d, "HPPTT");
    d = analyze_text("Headline\nBody one.\nBody two.\nhh/ph/ts/hd\n");
    check_kinds(d, "HPPT");
    d = analyze_text("Headline\n\nBody one.\n\nBody two.\n\n___\n\n"
                     "Associated Press writer Jane Doe in Denver contributed "
                     "to this report.\n");
    check_kinds(d, "HPPTT");
    /* In a running story ("The Latest"), a rule before a time stamp
     * parts two entries: what follows is no trailer. */
    d = analyze_text("Headline\n\n9:45 p.m.\n\nBody one.\n\n___\n\n"
                     "8:10 p.m. EST\n\nBody two.\n\nBody three.\n");
    check_kinds(d, "HPPPPPP");
    d = analyze_text("Headline\n\nBody one.\n\nBody two.\n\n(Reporting by Jane "
                     "Doe; Editing by John Roe)\n");
    check_kinds(d, "HPPT");
    d = analyze_text("Headline\n\nBody one.\n\nBody two.\n\nCopyright 2025 "
                     "The Example Press. All rights reserved.\n");
    check_kinds(d, "HPPT");
    /* A lone paragraph is never all trailer. */
    d = analyze_text("and/or\n");
    check_kinds(d, "P");
}

static void test_paragraphs(void)
{
    /* Hard-wrapped, blank-line separated. */
    const char *text =
        "Officials said on Monday that the new rules would take effect\n"
        "next year, after a long consultation with the industry and its\n"
        "critics.\n"
        "\n"
        "The rules cover emissions from power plants and from the largest\n"
        "factories in the country.\n";
    const fw_doc *d = analyze_text(text);
    check_kinds(d, "PP");
    /* Indented paragraphs without blank lines. */
    d = analyze_text("Headline of the story\n"
                     "    The first paragraph begins here and runs on to a\n"
                     "second line of text.\n"
                     "    The second paragraph begins here and ends here.\n");
    check_kinds(d, "HPP");
    /* Lines longer than a wrapper makes them are paragraphs of their
     * own, even when one of them starts with a space. */
    d = analyze_text(
        "Headline\n"
        "A first paragraph on one line, which runs on much longer than any "
        "wrapper would let a line run, past a hundred columns.\n"
        " A second one, after a stray space, also far longer than a wrapped "
        "line of copy would ever be in a wire story.\n"
        "A third paragraph, again on one line of its own, with nothing to "
        "join it to the second one at all.\n");
    check_kinds(d, "HPPP");
    /* One paragraph a line (the AFP layout). */
    d = analyze_text("Headline\nFirst paragraph here.\nSecond one.\n"
                     "Third one.\n");
    check_kinds(d, "HPPP");
    /* CRLF: spans leave the \r out. */
    text = "Headline\r\nFirst paragraph.\r\n\r\nSecond.\r\n";
    d = analyze_text(text);
    check_kinds(d, "HPP");
    if (d && d->n_blocks == 3) {
        CHECK_SPAN(text, d->blocks[0].span, "Headline");
        CHECK_SPAN(text, d->blocks[1].span, "First paragraph.");
    }
    /* A BOM stays in the text but not in a block. */
    text = "\xEF\xBB\xBFHeadline\nBody.\n";
    d = analyze_text(text);
    CHECK(d && d->blocks[0].span.start == 3);
    /* A first line that is prose is not a headline. */
    d = analyze_text("The talks ended on Monday without a deal.\nNo one "
                     "spoke.\n");
    check_kinds(d, "PP");
    /* A title-case headline may end in a period. */
    d = analyze_text("Paper Casually Conflates Two Senators.\n\nBody text "
                     "follows.\n");
    check_kinds(d, "HP");
    CHECK(d && str_is(d->meta.headline, "Paper Casually Conflates Two "
                                        "Senators."));
}

int main(void)
{
    test_datelines();
    test_headline_labels();
    test_bylines();
    test_subheads();
    test_trailers();
    test_paragraphs();
    test_done();
    return CHECK_DONE();
}
