/*
 * test_events.c - the event dictionaries (readers and their warnings),
 * the coder's rules on sentences the project writes with a dictionary it
 * writes, the events stage through the public API, and validation runs.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../check.h"
#include "coder.h"

/* ------------------------------------------------------------------ */
/* A small world, written for these tests                              */

static const char actors[] =
    "# actors\n"
    "GONDORIA [GDR]\n"
    "ELBONIA [ELB]\n"
    "FREEDONIA [FRE]\n"
    "SYLVANIA [SYL]\n"
    "OLD_KINGDOM [OKG <991231] [NKG]\n" /* renamed in 2000 */
    "KING_ARNOLD [OKGGOV 950101-051231] [OKGELI]\n"
    "THE_ISLES [---]\n"
    "CARTEL_OF_THREE [GDR/ELB/FRE]\n";

static const char agents[] = "TROOP [~MIL]\n"
                             "SOLDIER [~MIL]\n"
                             "GOVERNMENT [~GOV]\n"
                             "FOREIGN_MINISTER [~GOV]\n"
                             "AID_GROUP [NGO~]\n"
                             "!role! = POLICE, BORDER\n"
                             "!role!_OFFICER [~COP]\n";

static const char verbs[] = "<SYNSETS>\n"
                            "&ARMAMENT\n"
                            "+GUNS_\n"
                            "+TANKS_\n"
                            "+HEAVY_WEAPONS\n"
                            "</SYNSETS>\n"
                            "<TIME>\n"
                            "YESTERDAY_ [-1]\n"
                            "NEXT_WEEK [+7]\n"
                            "</TIME>\n"
                            "ATTACK [190]\n"
                            "CONDEMN [111]\n"
                            "SAID_ [010?]\n"
                            "MET_ [040:040]\n"
                            "SEND [---]\n"
                            "- * &ARMAMENT TO + [072]\n"
                            "- * { FOOD | MEDICINE } TO + [073]\n"
                            "PROMIS [030]\n"
                            "- * TO_NEGOTIATE [036]\n"
                            "RESTOR [---]\n"
                            "- % * TIES [064]\n"
                            "CRITICIZ [111!]\n";

typedef struct warnings {
    size_t n;
    size_t lines[16];
    char last[200]; /* the last message */
} warnings;

static void on_warn(void *ctx, const char *path, size_t line, const char *msg)
{
    (void)path;
    warnings *w = ctx;
    if (w->n < 16)
        w->lines[w->n] = line;
    w->n++;
    snprintf(w->last, sizeof w->last, "%s", msg);
}

static fw_dict *world(void)
{
    fw_dict *d = fw_dict_new();
    CHECK(d != NULL);
    CHECK(fw_dict_add_builtins(d) == FW_OK);
    CHECK(fw_dict_read_actors(d, actors, sizeof actors - 1, "a", NULL) ==
          FW_OK);
    CHECK(fw_dict_read_agents(d, agents, sizeof agents - 1, "g", NULL) ==
          FW_OK);
    CHECK(fw_dict_read_verbs(d, verbs, sizeof verbs - 1, "v", NULL) == FW_OK);
    d->opts.min_words = 3;
    CHECK(fw_dict_freeze(d) == FW_OK);
    return d;
}

/* The sentence's events as "SRC/TGT/CODE;..." in order. */
static void code(const fw_dict *d, const fw_coder_opts *o, const char *text,
                 int32_t date, fw_forward *fwd, char *out, size_t cap,
                 fw_coded *result)
{
    fw_arena a = {0};
    fw_coding c;
    out[0] = '\0';
    CHECK(fw_code_sentence(d, o, text, strlen(text), date, NULL, 0, fwd, &a,
                           &c) == FW_OK);
    if (result)
        *result = c.result;
    size_t n = 0;
    for (size_t i = 0; i < c.n_events && n + 1 < cap; i++)
        n += (size_t)snprintf(out + n, cap - n, "%s%s/%s/%s", i ? ";" : "",
                              c.events[i].source, c.events[i].target,
                              c.events[i].code);
    fw_arena_free(&a);
}

#define CHECK_CODES(d, text, want)                                             \
    do {                                                                       \
        char got_[512];                                                        \
        code((d), &(d)->opts, (text), fw_dict_date("950101", 6), NULL, got_,   \
             sizeof got_, NULL);                                               \
        if (strcmp(got_, (want)) == 0) {                                       \
            check_passed++;                                                    \
        } else {                                                               \
            check_failed++;                                                    \
            fprintf(stderr, "%s:%d: '%s' coded '%s', want '%s'\n", __FILE__,   \
                    __LINE__, (text), got_, (want));                           \
        }                                                                      \
    } while (0)

/* ------------------------------------------------------------------ */

static void test_readers(void)
{
    fw_dict *d = fw_dict_new();
    CHECK(fw_dict_add_builtins(d) == FW_OK);
    warnings w = {0};
    fw_dict_warn dw = {on_warn, &w, 0};
    static const char bad_actors[] = "GOOD [GOD]\n"
                                     "NO_CODE\n"           /* line 2 */
                                     "BAD_DATE [XYZ 99]\n" /* line 3 */
                                     "[ONLY_CODE]\n"       /* line 4 */
                                     "UNCLOSED [ABC\n"     /* line 5 */
                                     "ALSO_GOOD [AGD]\n"
                                     "MULTI_LINE\n"
                                     "    [MLT]\n";
    CHECK(fw_dict_read_actors(d, bad_actors, sizeof bad_actors - 1, "x", &dw) ==
          FW_OK);
    CHECK(w.n == 4);
    CHECK(w.lines[0] == 2 && w.lines[1] == 3 && w.lines[2] == 4 &&
          w.lines[3] == 5);
    w.n = 0;
    static const char bad_verbs[] = "FINE [010]\n"
                                    "- * WITHOUT CODE\n"   /* line 2 */
                                    "- NO STAR [010]\n"    /* line 3 */
                                    "- * &NOSUCH [010]\n"; /* line 4 */
    CHECK(fw_dict_read_verbs(d, bad_verbs, sizeof bad_verbs - 1, "v", &dw) ==
          FW_OK);
    CHECK(w.n == 3 && w.lines[0] == 2 && w.lines[1] == 3 && w.lines[2] == 4);
    w.n = 0;
    /* Eight groups of twenty alternatives: 20^8 patterns written out. The
     * first 256 are kept, with one warning, and the reader stops there
     * (the alarm fails the test if it walks on through them all). */
    char many[1024] = "STRIKE [190]\n- *";
    for (int g = 0; g < 8; g++) {
        strcat(many, " {A");
        for (int a = 1; a < 20; a++)
            snprintf(many + strlen(many), sizeof many - strlen(many), " | %c",
                     'A' + a);
        strcat(many, "}");
    }
    strcat(many, " [190]\n");
    size_t pats = d->n_pats;
    alarm(10);
    CHECK(fw_dict_read_verbs(d, many, strlen(many), "v", &dw) == FW_OK);
    alarm(0);
    CHECK(w.n == 1 && w.lines[0] == 2 && d->n_pats - pats == 256);
    w.n = 0;
    static const char bad_options[] = "SET: MINIMUM WORDS = 5\n"
                                      "WHATEVER: X\n"; /* line 2 */
    CHECK(fw_dict_read_options(d, bad_options, sizeof bad_options - 1, "o",
                               &dw) == FW_OK);
    CHECK(w.n == 1 && w.lines[0] == 2 && d->opts.min_words == 5);
    w.n = 0;
    /* A set whose items name the set again: its 20 items, substituted
     * five deep, would make 3.2 million phrases from line 3. The line's
     * budget stops it with one warning; the next line is still read. */
    static const char looping_agents[] =
        "!x! = A!x!, B!x!, C!x!, D!x!, E!x!, F!x!, G!x!, H!x!, I!x!, J!x!, "
        "K!x!, L!x!, M!x!, N!x!, O!x!, P!x!, Q!x!, R!x!, S!x!, T!x!\n"
        "!y! = BORDER, COAST\n"
        "!x!_!x!_!x!_!x!_!x! [~GOV]\n" /* line 3 */
        "!y!_GUARD [~MIL]\n";          /* line 4: fine */
    size_t roots = d->n_roots;
    CHECK(fw_dict_read_agents(d, looping_agents, sizeof looping_agents - 1, "g",
                              &dw) == FW_OK);
    CHECK(w.n == 1 && w.lines[0] == 3);
    CHECK(d->n_agent_phrases == 2);
    CHECK(d->n_roots - roots < 2 * 256);
    fw_dict_free(d);

    /* Dates: YYMMDD (00-30 are 20YY), YYYYMMDD, before 1970 too. */
    CHECK(fw_dict_date("950101", 6) == 9131);
    CHECK(fw_dict_date("19700101", 8) == 0);
    CHECK(fw_dict_date("691231", 6) == -1);
    CHECK(fw_dict_date("250101", 6) == fw_dict_date("20250101", 8));
    CHECK(fw_dict_date("991340", 6) == FW_NO_DATE);
    CHECK(fw_dict_date("12", 2) == FW_NO_DATE);

    /* PETRARCH2's verb blocks: forms listed, regular forms made. */
    d = fw_dict_new();
    CHECK(fw_dict_add_builtins(d) == FW_OK);
    static const char petrarch[] = "--- ASSAIL [190] ---\n"
                                   "ASSAIL\n"
                                   "STORM {STORMED , STORMS}\n";
    CHECK(fw_dict_read_verbs(d, petrarch, sizeof petrarch - 1, "p", NULL) ==
          FW_OK);
    static const char acts[] = "GONDORIA [GDR]\nELBONIA [ELB]\n";
    CHECK(fw_dict_read_actors(d, acts, sizeof acts - 1, "a", NULL) == FW_OK);
    d->opts.min_words = 3;
    CHECK(fw_dict_freeze(d) == FW_OK);
    CHECK_CODES(d, "Gondoria assailed Elbonia on Monday.", "GDR/ELB/190");
    CHECK_CODES(d, "Gondoria stormed Elbonia on Monday.", "GDR/ELB/190");
    fw_dict_free(d);
}

static void test_coder(void)
{
    fw_dict *d = world();
    /* A verb and its two actors; stems and endings. */
    CHECK_CODES(d, "Gondoria attacked Elbonia on Monday.", "GDR/ELB/190");
    CHECK_CODES(d, "Gondorian forces are attacking Elbonians.", "GDR/ELB/190");
    /* Agents: after the actor, before it, with a preposition. */
    CHECK_CODES(d, "Gondorian troops attacked Elbonia.", "GDRMIL/ELB/190");
    CHECK_CODES(d, "The foreign minister of Gondoria condemned Elbonia.",
                "GDRGOV/ELB/111");
    CHECK_CODES(d, "Police officers of Gondoria attacked Elbonia.",
                "GDRCOP/ELB/190");
    /* A paired code: an event each way. */
    CHECK_CODES(d, "Gondoria met Elbonia in a border town.",
                "GDR/ELB/040;ELB/GDR/040");
    /* Compounds: one event per member. */
    CHECK_CODES(d, "Gondoria and Elbonia attacked Freedonia.",
                "GDR/FRE/190;ELB/FRE/190");
    CHECK_CODES(d, "Gondoria attacked Elbonia, Sylvania and Freedonia.",
                "GDR/ELB/190;GDR/SYL/190;GDR/FRE/190");
    /* '%': a compound's members act on each other. */
    CHECK_CODES(d, "Gondoria and Elbonia restored diplomatic ties.",
                "GDR/ELB/064;ELB/GDR/064");
    /* Passive voice with BY. */
    CHECK_CODES(d, "Elbonia was attacked by Gondoria on Monday.",
                "GDR/ELB/190");
    /* Patterns: a synset, alternatives, '+'. */
    CHECK_CODES(d, "Gondoria will send heavy weapons to Elbonia.",
                "GDR/ELB/072");
    CHECK_CODES(d, "Gondoria will send medicine to Elbonia.", "GDR/ELB/073");
    CHECK_CODES(d, "Gondoria promised to negotiate with Elbonia.",
                "GDR/ELB/036");
    /* A verb that codes nothing by itself. */
    CHECK_CODES(d, "Gondoria will send a letter to Elbonia.", "");
    /* Subordinate clauses between commas are set aside. */
    CHECK_CODES(d,
                "Gondoria, which Sylvania condemned last year, attacked "
                "Elbonia.",
                "GDR/ELB/190");
    /* '?' codes count only alone; '!' wins over the rest. */
    CHECK_CODES(d, "Gondoria said Elbonia was ready.", "GDR/ELB/010");
    CHECK_CODES(d, "Gondoria said it attacked Elbonia.", "GDR/ELB/190");
    CHECK_CODES(d,
                "Gondoria attacked Elbonia and also strongly "
                "criticized Freedonia.",
                "GDR/FRE/111");
    /* Pronouns: "it" is the first actor before it. */
    CHECK_CODES(d, "After Gondoria met Sylvania it attacked Elbonia.",
                "GDR/SYL/040;SYL/GDR/040");
    /* Multiple codes in one actor; null actors are nouns. */
    CHECK_CODES(d, "The Cartel of Three attacked Sylvania.",
                "GDR/SYL/190;ELB/SYL/190;FRE/SYL/190");
    CHECK_CODES(d, "The Isles attacked Sylvania.", "");
    /* Nouns: a verb after a determiner is none. */
    CHECK_CODES(d, "The attack on Elbonia by Gondoria shocked Sylvania.", "");

    /* Dates: codes by period, time phrases shift the event's date. */
    char got[256];
    code(d, &d->opts, "The Old Kingdom attacked Elbonia.",
         fw_dict_date("980101", 6), NULL, got, sizeof got, NULL);
    CHECK(strcmp(got, "OKG/ELB/190") == 0);
    code(d, &d->opts, "The Old Kingdom attacked Elbonia.",
         fw_dict_date("010101", 6), NULL, got, sizeof got, NULL);
    CHECK(strcmp(got, "NKG/ELB/190") == 0);
    code(d, &d->opts, "King Arnold attacked Elbonia.",
         fw_dict_date("990101", 6), NULL, got, sizeof got, NULL);
    CHECK(strcmp(got, "OKGGOV/ELB/190") == 0);
    code(d, &d->opts, "King Arnold attacked Elbonia.",
         fw_dict_date("100101", 6), NULL, got, sizeof got, NULL);
    CHECK(strcmp(got, "OKGELI/ELB/190") == 0);
    fw_coder_opts o = d->opts;
    o.time_shift = true;
    fw_arena a = {0};
    fw_coding c;
    const char *s = "Gondoria attacked Elbonia yesterday.";
    CHECK(fw_code_sentence(d, &o, s, strlen(s), 100, NULL, 0, NULL, &a, &c) ==
          FW_OK);
    CHECK(c.n_events == 1 && c.events[0].date == 99);
    fw_arena_free(&a);

    /* Forwarding: "He" in the next sentence is the previous subject. */
    o = d->opts;
    o.forward = true;
    fw_forward fwd = {0};
    code(d, &o, "Gondoria met officials in the capital on Monday.", 9000, &fwd,
         got, sizeof got, NULL);
    code(d, &o, "He attacked Elbonia the next day.", 9000, &fwd, got,
         sizeof got, NULL);
    CHECK(strcmp(got, "GDR/ELB/190") == 0);

    /* Complexity and minimum length. */
    o = d->opts;
    o.cplx_noactprior = true;
    fw_coded result;
    code(d, &o, "Attacked on Monday, Elbonia said nothing.", 9000, NULL, got,
         sizeof got, &result);
    CHECK(result == FW_CODED_COMPLEX);
    o = d->opts;
    o.min_words = 10;
    code(d, &o, "Gondoria attacked Elbonia.", 9000, NULL, got, sizeof got,
         &result);
    CHECK(result == FW_CODED_SHORT);

    /* Actors the caller found take their words first. */
    fw_ext_actor ext[] = {{{0, 5}, "AAAGOV", 3}, {{15, 20}, "BBB", 3}};
    s = "Smith attacked Jones on Monday.";
    CHECK(fw_code_sentence(d, &d->opts, s, strlen(s), 9000, ext, 2, NULL, &a,
                           &c) == FW_OK);
    CHECK(c.n_events == 1 && !strcmp(c.events[0].source, "AAAGOV") &&
          !strcmp(c.events[0].target, "BBB"));
    CHECK(c.n_events == 1 && c.events[0].source_span.start == 0 &&
          c.events[0].source_span.end == 5 &&
          c.events[0].verb_span.start == 6 && c.events[0].verb_span.end == 14);
    /* An agent next to one replaces its role: "Smith's soldiers". */
    s = "Smith soldiers attacked Jones on Monday.";
    CHECK(fw_code_sentence(d, &d->opts, s, strlen(s), 9000, ext, 1, NULL, &a,
                           &c) == FW_OK);
    CHECK(c.n_events == 0 || !strcmp(c.events[0].source, "AAAMIL"));
    fw_arena_free(&a);
    fw_dict_free(d);
}

/* ------------------------------------------------------------------ */
/* The events stage, through the public API                            */

static const fw_doc *analyse(fw_analyzer *az, const char *text,
                             fw_batch **batch)
{
    fw_input in = {.format = FW_FORMAT_TEXT, .id = "t"};
    CHECK(fw_analyze(az, text, strlen(text), &in, batch, NULL) == FW_OK);
    return *batch ? fw_batch_doc(*batch, 0) : NULL;
}

static const fw_event *find_event(const fw_doc *doc, const char *root,
                                  const char *source, const char *target)
{
    size_t n;
    const fw_event *ev = fw_doc_events(doc, &n);
    for (size_t i = 0; i < n; i++)
        if (!strcmp(ev[i].root, root) && !strcmp(ev[i].source.code, source) &&
            !strcmp(ev[i].target.code, target))
            return &ev[i];
    return NULL;
}

static void test_stage(void)
{
    fw_analyzer *az = NULL;
    CHECK(fw_analyzer_new(NULL, &az, NULL) == FW_OK);
    fw_batch *b = NULL;
    const char *text =
        "Border clashes\n\n"
        "Russian troops attacked Ukrainian positions near the border on "
        "Tuesday, the defence ministry in Kyiv said.\n\n"
        "French President Emmanuel Macron condemned the attack. He met "
        "German Chancellor Friedrich Merz in Berlin on Wednesday.\n";
    const fw_doc *doc = analyse(az, text, &b);
    CHECK(doc != NULL);
    if (doc) {
        const fw_event *e = find_event(doc, "19", "RUSMIL", "UKR");
        CHECK(e != NULL);
        if (e) {
            CHECK_SPAN(text, e->cue, "attacked");
            CHECK_SPAN(text, e->source.span, "Russian");
            CHECK(strcmp(e->quad, "MK") == 0 && e->goldstein == -10.0);
            CHECK(e->source.entity != FW_NONE);
            CHECK(e->date == NULL); /* no date in this text */
        }
        /* "He" is Macron through fivew's coreference; "met" codes both
         * ways. */
        CHECK(find_event(doc, "04", "FRAGOV", "DEUGOV") != NULL);
        CHECK(find_event(doc, "04", "DEUGOV", "FRAGOV") != NULL);
        size_t n;
        const fw_event *ev = fw_doc_events(doc, &n);
        for (size_t i = 0; i < n; i++) {
            CHECK(ev[i].id[0] == 'V');
            CHECK(ev[i].sentence.start <= ev[i].cue.start &&
                  ev[i].cue.end <= ev[i].sentence.end);
        }
    }
    fw_batch_free(b);

    /* What was said is coded on its own: the speaker is no actor of it. */
    b = NULL;
    text = "Moscow, May 4 (AFP) - The Kremlin said on Monday that Ukrainian "
           "forces had attacked Russian villages.\n";
    doc = analyse(az, text, &b);
    CHECK(doc && find_event(doc, "19", "UKRMIL", "RUS") != NULL);
    CHECK(doc && find_event(doc, "19", "RUSGOV", "RUS") == NULL);
    fw_batch_free(b);

    /* A possessive actor's agent after a word no dictionary knows; a
     * plural noun that is also a verb ("states") codes nothing. */
    b = NULL;
    text = "Iceland's fisheries minister accused the European Union of "
           "ignoring smaller member states.\n";
    doc = analyse(az, text, &b);
    CHECK(doc && find_event(doc, "11", "ISLGOV", "IGOEUREEC") != NULL);
    size_t n_ev = 0;
    if (doc)
        fw_doc_events(doc, &n_ev);
    CHECK(n_ev == 1);
    fw_batch_free(b);

    /* After a possessive that names no actor, a quantifier or a
     * number, a verb is a noun; after an actor's possessive it is the
     * actor's act. */
    b = NULL;
    text = "Poland welcomed their support for Ukraine. Several attacks on "
           "Ukraine failed. Russia's attacks on Ukraine went on.\n";
    doc = analyse(az, text, &b);
    CHECK(doc && find_event(doc, "05", "POL", "UKR") == NULL);
    CHECK(doc && find_event(doc, "19", "RUS", "UKR") != NULL);
    n_ev = 0;
    if (doc)
        fw_doc_events(doc, &n_ev);
    CHECK(n_ev == 1);
    fw_batch_free(b);

    /* A dated dateline dates the events. */
    b = NULL;
    text = "PARIS, Dec 3, 2025 (AFP) - France condemned Iran on Wednesday.\n";
    doc = analyse(az, text, &b);
    const fw_event *e = doc ? find_event(doc, "11", "FRA", "IRN") : NULL;
    CHECK(e && e->date && strcmp(e->date, "2025-12-03") == 0);
    fw_batch_free(b);
    fw_analyzer_free(az);

    /* The user's dictionaries, alone: warnings name file and line. */
    warnings w = {0};
    static const char my_verbs[] = "BLORP [190]\nBROKEN LINE\n";
    static const char my_actors[] = "GONDORIA [GDR]\nELBONIA [ELB]\n";
    fw_dictionary dicts[] = {
        {FW_DICT_VERBS, "my.verbs", my_verbs, sizeof my_verbs - 1},
        {FW_DICT_ACTORS, "my.actors", my_actors, sizeof my_actors - 1},
    };
    fw_config cfg = {.dictionaries = dicts,
                     .n_dictionaries = 2,
                     .no_default_dictionaries = true,
                     .warn = on_warn,
                     .warn_ctx = &w};
    CHECK(fw_analyzer_new(&cfg, &az, NULL) == FW_OK);
    CHECK(w.n == 1 && w.lines[0] == 2);
    b = NULL;
    text = "Gondoria blorped Elbonia on Monday while Russia attacked "
           "Ukraine.\n";
    doc = analyse(az, text, &b);
    CHECK(doc && find_event(doc, "19", "GDR", "ELB") != NULL);
    size_t n = 0;
    if (doc)
        fw_doc_events(doc, &n);
    CHECK(n == 1); /* "attacked" is no verb without fivew's dictionary */
    fw_batch_free(b);
    fw_analyzer_free(az);

    /* Without the events stage there are no events. */
    fw_config text_only = {.stages = FW_STAGE_TEXT | FW_STAGE_ENTITIES |
                                     FW_STAGE_QUOTES};
    CHECK(fw_analyzer_new(&text_only, &az, NULL) == FW_OK);
    b = NULL;
    doc = analyse(az, "Russia attacked Ukraine on Monday.\n", &b);
    n = 1;
    if (doc)
        fw_doc_events(doc, &n);
    CHECK(n == 0);
    fw_batch_free(b);
    fw_analyzer_free(az);
}

/* ------------------------------------------------------------------ */
/* Issues                                                              */

static const char issue_list[] =
    "# issues, written for these tests\n"
    "<ISSUE CATEGORY=\"FARMING\" TYPE=\"ALL\">\n"
    "n:farm [FARMS]\n"
    "n:crop n:subsidy [SUBSIDIES]\n"
    "v:irrigate [IRRIGATION]\n"
    "v:harvest [HARVEST]\n"
    "n:tractor [MACHINES]\n"
    "e.u. farm n:policy [EU_POLICY]\n"
    "ant+n:farm [ANT_FARMS]\n"
    "grain n:silo\n"      /* no code: skipped, reported once */
    "~farm n:animal\n"    /* cancels the sentence's issues */
    "~~computer n:game\n" /* cancels the story's */
    "bad [ ]\n"           /* an empty code */
    "n:barn [FARMS]\n"    /* a code listed again: the same code */
    "</ISSUE>\n";

/* The issues of 'text' as "CODE:count CODE:count". */
static void issues_of(const fw_dict *d, const char *text, char *out, size_t cap,
                      bool *story)
{
    fw_arena a = {0};
    fw_issue_count *c;
    size_t n;
    *story = false;
    CHECK(fw_code_issues(d, text, strlen(text), &a, &c, &n, story) == FW_OK);
    out[0] = '\0';
    for (size_t k = 0; k < n; k++) {
        size_t used = strlen(out);
        snprintf(out + used, cap - used, "%s%s:%u", k ? " " : "",
                 fw_dict_str(d, d->issue_codes[c[k].code].code), c[k].count);
    }
    fw_arena_free(&a);
}

static void test_issues(void)
{
    fw_dict *d = fw_dict_new();
    CHECK(d != NULL);
    warnings w = {0};
    fw_dict_warn fw = {on_warn, &w, 0};
    CHECK(fw_dict_read_issues(d, issue_list, sizeof issue_list - 1, "i", &fw) ==
          FW_OK);
    CHECK(fw_dict_freeze(d) == FW_OK);
    /* the empty code (line 13), then the uncoded phrases (first: 10) */
    CHECK(w.n == 2 && w.lines[0] == 13 && w.lines[1] == 10);
    CHECK(d->n_issue_codes == 7);
    CHECK(strcmp(fw_dict_str(d, d->issue_codes[0].category), "FARMING") == 0);
    char got[200];
    bool story;
    /* Plurals ("subsidies"), verb forms, counts, first occurrence order. */
    issues_of(d,
              "Farmers irrigated their farms and harvesting began; the "
              "farm got crop subsidies.",
              got, sizeof got, &story);
    CHECK_CSTR(got, "IRRIGATION:1 FARMS:2 HARVEST:1 SUBSIDIES:1");
    CHECK(!story);
    /* The longest phrase wins; periods and hyphens do not matter. */
    issues_of(d,
              "The E.U. farm policies and the EU farm policy irk ant-farm "
              "owners.",
              got, sizeof got, &story);
    CHECK_CSTR(got, "EU_POLICY:2 ANT_FARMS:1");
    /* A phrase does not run across a comma. */
    issues_of(d, "They bought a crop, subsidies came later.", got, sizeof got,
              &story);
    CHECK_CSTR(got, "");
    /* "~": the sentence has no issues; "~~": nor has the story. */
    issues_of(d, "Farm animals and tractors.", got, sizeof got, &story);
    CHECK_CSTR(got, "");
    CHECK(!story);
    issues_of(d, "Tractors in computer games.", got, sizeof got, &story);
    CHECK_CSTR(got, "");
    CHECK(story);
    fw_dict_free(d);

    /* Twelve verbs of four forms each: 4^12 phrases written out; the
     * first 256 are kept, with one warning. */
    static const char many_forms[] =
        "<ISSUE CATEGORY=\"X\">\n"
        "v:ask v:bid v:cut v:dig v:eat v:fix v:get v:hit v:jog v:let v:mix "
        "v:nod [MANY]\n"
        "</ISSUE>\n";
    d = fw_dict_new();
    CHECK(d != NULL);
    w.n = 0;
    CHECK(fw_dict_read_issues(d, many_forms, sizeof many_forms - 1, "i", &fw) ==
          FW_OK);
    CHECK(w.n == 1 && w.lines[0] == 2 && d->n_issue_phrases == 256);
    fw_dict_free(d);

    /* A last line of a lone "~" (no newline after it) is warned about
     * with the line itself: nothing is read past the end of the list
     * (here a heap copy of exactly its length). */
    static const char tilde_last[] = "<ISSUE CATEGORY=\"X\">\nFARM [FARMS]\n~";
    char *copy = malloc(sizeof tilde_last - 1);
    CHECK(copy != NULL);
    if (copy) {
        memcpy(copy, tilde_last, sizeof tilde_last - 1);
        d = fw_dict_new();
        CHECK(d != NULL);
        w.n = 0;
        CHECK(fw_dict_read_issues(d, copy, sizeof tilde_last - 1, "i", &fw) ==
              FW_OK);
        CHECK(w.n == 1 && w.lines[0] == 3);
        CHECK(strstr(w.last, "'~'") != NULL); /* the line, not past it */
        fw_dict_free(d);
        free(copy);
    }

    /* Through the public API: the issues of each event's sentence. */
    static const char my_actors[] = "GONDORIA [GDR]\nELBONIA [ELB]\n";
    static const char my_verbs[] = "BLORP [190]\n";
    fw_dictionary dicts[] = {
        {FW_DICT_ACTORS, "a", my_actors, sizeof my_actors - 1},
        {FW_DICT_VERBS, "v", my_verbs, sizeof my_verbs - 1},
        {FW_DICT_ISSUES, "i", issue_list, sizeof issue_list - 1},
    };
    fw_config cfg = {.dictionaries = dicts, .n_dictionaries = 3};
    fw_analyzer *az = NULL;
    CHECK(fw_analyzer_new(&cfg, &az, NULL) == FW_OK);
    fw_batch *b = NULL;
    const fw_doc *doc =
        analyse(az, "Gondoria blorped the farms of Elbonia on Monday.\n", &b);
    const fw_event *e = doc ? find_event(doc, "19", "GDR", "ELB") : NULL;
    CHECK(e && e->n_issues == 1 && strcmp(e->issues[0].code, "FARMS") == 0 &&
          strcmp(e->issues[0].category, "FARMING") == 0 &&
          e->issues[0].count == 1);
    fw_batch_free(b);
    b = NULL;
    doc = analyse(az,
                  "Gondoria blorped the farms of Elbonia on Monday.\n\n"
                  "It was like a computer game.\n",
                  &b);
    e = doc ? find_event(doc, "19", "GDR", "ELB") : NULL;
    CHECK(e && e->n_issues == 0);
    fw_batch_free(b);
    fw_analyzer_free(az);
}

/* ------------------------------------------------------------------ */
/* Validation projects                                                 */

typedef struct mismatches {
    size_t n;
    char ids[8][32];
} mismatches;

static void on_mismatch(void *ctx, const char *path, size_t line,
                        const char *id, const char *expected, const char *got)
{
    (void)path;
    (void)line;
    (void)expected;
    (void)got;
    mismatches *m = ctx;
    if (m->n < 8)
        snprintf(m->ids[m->n], sizeof m->ids[0], "%s", id);
    m->n++;
}

static void test_validate(void)
{
    mismatches m = {0};
    fw_validate_hooks hooks = {.mismatch = on_mismatch, .ctx = &m};
    fw_validation v;
    fw_error err;
    CHECK(fw_validate("tests/events/mini/mini.project", &hooks, &v, &err) ==
          FW_OK);
    CHECK(v.passed == 7 && v.failed == 1 && v.deactivated == 1);
    CHECK(m.n == 1 && strcmp(m.ids[0], "WRONG-01") == 0);
    CHECK(v.records == 10); /* the option record too; FINAL ends the run */
    CHECK(fw_validate("tests/events/mini/nosuch.project", &hooks, &v, &err) ==
          FW_EIO);
    CHECK(err.status == FW_EIO && strstr(err.detail, "nosuch.project"));
}

int main(void)
{
    test_readers();
    test_coder();
    test_stage();
    test_issues();
    test_validate();
    return CHECK_DONE();
}
