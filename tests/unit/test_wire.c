/* The wire readers: every item of ../shared/corpus/wire against what the
 * project read in it by hand (format, headline, body, metadata); the AFP
 * NewsML and plain-text forms of examples/dispatch giving the same
 * analysis; and malformed or hostile input for each reader. */
#include <stdbool.h>
#include <stdlib.h>

#include "../check.h"
#include "../testdoc.h"
#include "internal.h"

static const char *shared;

/* ------------------------------------------------------------------ */
/* Helpers                                                             */

static bool str_is(fw_str s, const char *want)
{
    if (!want)
        return s.ptr == NULL;
    return s.ptr && s.len == strlen(want) && memcmp(s.ptr, want, s.len) == 0;
}

#define CHECK_STR(s, want)                                                     \
    do {                                                                       \
        fw_str s_ = (s);                                                       \
        const char *w_ = (want);                                               \
        if (str_is(s_, w_)) {                                                  \
            check_passed++;                                                    \
        } else {                                                               \
            check_failed++;                                                    \
            fprintf(stderr, "%s:%d: %s is '%.*s', want '%s'\n", __FILE__,      \
                    __LINE__, #s, s_.ptr ? (int)s_.len : 6,                    \
                    s_.ptr ? s_.ptr : "(null)", w_ ? w_ : "(null)");           \
        }                                                                      \
    } while (0)

static fw_batch *analyze_bytes(const char *data, size_t len, fw_format format,
                               const char *path, fw_error *err)
{
    if (!test_az && fw_analyzer_new(NULL, &test_az, NULL) != FW_OK)
        return NULL;
    fw_input in = {.format = format, .path = path};
    fw_batch *b = NULL;
    fw_status st = fw_analyze(test_az, data, len, &in, &b, err);
    return st == FW_OK ? b : NULL;
}

static fw_batch *analyze_string(const char *s, fw_format format, fw_error *err)
{
    return analyze_bytes(s, strlen(s), format, "test", err);
}

/* Block kinds as letters: H headline, D dateline, B byline, P paragraph,
 * S subhead, T trailer. */
static void kinds(const fw_doc *d, char *out, size_t cap)
{
    static const char letters[] = "HDBPST";
    size_t n = 0, count = 0;
    const fw_block *b = fw_doc_blocks(d, &count);
    for (size_t i = 0; i < count && n + 1 < cap; i++)
        out[n++] = letters[b[i].kind];
    out[n] = '\0';
}

/* The text of the first block of 'kind'. */
static fw_str block_text(const fw_doc *d, fw_block_kind kind)
{
    size_t count = 0, len;
    const char *text = fw_doc_text(d, &len);
    const fw_block *b = fw_doc_blocks(d, &count);
    for (size_t i = 0; i < count; i++)
        if (b[i].kind == kind)
            return (fw_str){text + b[i].span.start,
                            b[i].span.end - b[i].span.start};
    return (fw_str){NULL, 0};
}

static bool starts_with(fw_str s, const char *prefix)
{
    return s.ptr && s.len >= strlen(prefix) &&
           memcmp(s.ptr, prefix, strlen(prefix)) == 0;
}

/* ------------------------------------------------------------------ */
/* The corpus                                                          */

/* What reading one item by hand found in it; NULL: absent. */
typedef struct expect {
    const char *file;
    size_t item; /* its index in the file's batch */
    fw_format format;
    const char *id;
    const char *kinds; /* block kinds, as letters */
    const char *headline;
    const char *body; /* the first body paragraph starts so */
    const char *status;
    const char *version;                                   /* number */
    const char *label;                                     /* version label */
    int urgency, priority;                                 /* 0: absent */
    const char *first_created, *version_created, *embargo; /* UTC */
    const char *byline;
    const char *place, *agency; /* the dateline */
    const char *language;
    const char *provider;
    const char *slugline;
    size_t keywords, ednotes;
} expect;

static const expect corpus[] = {
    {.file = "afp.xml",
     .format = FW_FORMAT_NEWSML,
     .id = "urn:newsml:afp.com:20140829T135002Z:TX-PAR-FXW86:1",
     .kinds = "HDPPPPPPPPPT",
     .headline = "Sweden court accepts receivership for Saab carmaker",
     .body = "A Chinese-owned company set up",
     .status = "usable",
     .version = "1",
     .urgency = 4,
     .priority = 4,
     .first_created = "2014-08-29T13:49:51Z",
     .version_created = "2014-08-29T13:49:51Z",
     .place = "STOCKHOLM",
     .agency = "AFP",
     .language = "en",
     .provider = "afp.com",
     .slugline = "Sweden-SAAB",
     .keywords = 6},
    {.file = "ap-nitf.xml",
     .format = FW_FORMAT_NITF,
     .id = "ap-nitf",
     .kinds = "HBDPPPPPPPPPPPPPPPPPPPPPPPPPPTT",
     .headline = "Can trading pollution like stocks help fight climate "
                 "change?",
     .body = "The gas produced by hog manure",
     .status = "usable",
     .version_created = "2015-12-10T19:10:44Z",
     .byline = "BERNARD CONDON",
     .place = "NEW YORK",
     .agency = "AP",
     .provider = "AP",
     .ednotes = 1},
    {.file = "ap.xml",
     .item = 0,
     .format = FW_FORMAT_G2,
     .id = "tag:ap.org,2011:5e565888b587889c5c8bd62b6164118c-text",
     .kinds = "HDPPPPPPPPTT",
     .headline = "Nutrisystem beats 4Q earnings and revenue expectations",
     .body = "Nutrisystem Inc. (NTRI) on Monday reported",
     .status = "usable",
     .version = "2",
     .label = "1st Ld-Writethru",
     .urgency = 4,
     .first_created = "2018-02-26T21:20:36Z",
     .version_created = "2018-02-26T21:20:34Z",
     .place = "FORT WASHINGTON, Pa.",
     .agency = "AP",
     .language = "en",
     .provider = "Automated Insights",
     .slugline = "BC-US--Earns-Nutrisystem",
     .keywords = 3,
     .ednotes = 1},
    {.file = "ap.xml",
     .item = 1,
     .format = FW_FORMAT_G2,
     .id = "tag:ap.org,2011:b6d5d4eb781939b5fe8722f3fba28ee2-text",
     .kinds = "HDPPPPPPPPPTT",
     .headline = "DiamondRock Hospitality posts 4Q FFO of $50.7 million, "
                 "results top expectations",
     .first_created = "2018-02-26T21:22:18Z",
     .slugline = "BC-US--Earns-DiamondRock Hospitality",
     .status = "usable",
     .version = "2",
     .label = "1st Ld-Writethru",
     .urgency = 4,
     .place = "BETHESDA, Md.",
     .agency = "AP",
     .language = "en",
     .keywords = 3,
     .ednotes = 1},
    {.file = "ap.xml",
     .item = 2,
     .format = FW_FORMAT_G2,
     .id = "tag:ap.org,2011:4db5f9c37aac8924db872ba5a7e287e6-text",
     .kinds = "HDPPPPPTT",
     .headline = "Scripps Networks tops 4Q profit and revenue expectations",
     .first_created = "2018-02-26T21:27:10Z",
     .slugline = "BC-US--Earns-Scripps Networks",
     .status = "usable",
     .version = "1",
     .urgency = 4,
     .place = "KNOXVILLE, Tenn.",
     .agency = "AP",
     .language = "en",
     .keywords = 3},
    {.file = "stt_newsml_test.xml",
     .format = FW_FORMAT_G2,
     .id = "urn:newsml:stt.fi:20171219:101801633",
     .headline = "Parliament passed the Alcohol Act and the government "
                 "gained confidence*** TRANSLATED ***",
     .body = "*** DISCLAIMER: THIS IS AN AUTOMATED TRANSLATION",
     .status = "usable",
     .version = "4",
     .urgency = 3,
     .first_created = "2017-12-19T08:33:04Z",
     .version_created = "2017-10-18T09:16:43Z",
     .place = "Helsinki",
     .language = "fi-FI",
     .provider = "STT",
     .ednotes = 1},
    {.file = "tag_reuters.com,0000_newsml_L4N1FL0N0_1132689232",
     .format = FW_FORMAT_G2,
     .id = "tag:reuters.com,0000:newsml_L4N1FL0N0",
     .kinds = "HPPPPBDPPPPPPPPPPPPT",
     .headline = "PRECIOUS-Gold rises as Trump policy fuels safe haven "
                 "demand",
     .body = "(Adds comments, detail)",
     .status = "usable",
     .version = "1132689232",
     .label = "UPDATE 1",
     .urgency = 3,
     .priority = 3,
     .first_created = "2017-01-31T03:47:29Z",
     .byline = "Arpan Varghese",
     .agency = "Reuters",
     .language = "en",
     .provider = "reuters.com",
     .slugline = "GLOBAL-PRECIOUS/"},
    {.file = "efe_nitf.xml",
     .format = FW_FORMAT_NITF,
     .id = "22751909",
     .kinds = "HBDP",
     .headline = "Honduran president announces Cabinet changes",
     .body = "Test body.",
     .status = "usable",
     .urgency = 5,
     .version_created = "2017-01-02T22:28:00Z",
     .byline = "gr/bp",
     .place = "Tegucigalpa",
     .agency = "EFE",
     .language = "en-US",
     .provider = "Agencia EFE",
     .keywords = 1},
    {.file = "nitf-fishing.xml",
     .format = FW_FORMAT_NITF,
     .id = "iptc.321656141.b",
     .kinds = "HBPPSPPSPPPPPT",
     .headline = "Weather and Tide Updates for Norfolk",
     .body = "The weather was superb today in Norfolk, Virginia.",
     .status = "canceled",
     .version = "1",
     .urgency = 3,
     .version_created = "2002-02-25T19:30:00Z",
     .embargo = "2002-02-26T14:30:00Z",
     .byline = "Alan Karben",
     .place = "Newport News, VA",
     .provider = "International Press Telecommunications Council",
     .slugline = "ongoing-winter-tide-updates",
     .keywords = 3,
     .ednotes = 1},
    {.file = "ninjs1.json",
     .format = FW_FORMAT_NINJS,
     .id = "urn:newsml:localhost:2017-08-24T14:37:19.783611:"
           "c044162e-7f40-4d04-b700-49b6a66e652c",
     .kinds = "HBP",
     .headline = "headline",
     .body = "The story so far.",
     .status = "usable",
     .version = "2",
     .urgency = 3,
     .priority = 6,
     .first_created = "2017-08-24T04:37:19Z",
     .version_created = "2017-08-24T04:38:34Z",
     .byline = "Peter and Jane",
     .place = "Milton Keynes",
     .language = "fr",
     .provider = "AAP",
     .slugline = "slugline",
     .ednotes = 1},
    {.file = "ninjs2.json",
     .format = FW_FORMAT_NINJS,
     .id = "tag:localhost:2017:7ca07622-3b19-4d61-8daf-18500412d46b",
     .kinds = "HBPPPPPPPPT",
     .headline = "Oil prices edge up on first drop in US drilling in "
                 "months",
     .body = "Oil prices edged up on Monday, supported by",
     .status = "usable",
     .version = "4",
     .urgency = 3,
     .priority = 3,
     .first_created = "2017-07-03T01:38:13Z",
     .version_created = "2017-08-24T01:58:40Z",
     .byline = "Henning Gloystein",
     .place = "Singapore",
     .provider = "Reuters",
     .slugline = "GLOBAL-OIL"},
    {.file = "ninjsExSimpleText1.json",
     .format = FW_FORMAT_NINJS,
     .id = "http://ninjs.example.com/newsitems/20130709simp123",
     .kinds = "HBDPPPP",
     .headline = "Captain of wrecked cruise ship on trial in Italy",
     .body = "The trial of the captain of the shipwrecked",
     .status = "usable",
     .version_created = "2013-07-09T10:37:00Z",
     .byline = "Paulo Santalucia and Frances d'Emilio",
     .place = "GROSSETO, Italy",
     .agency = "AP"},
    {.file = "ninjs-2.1-ntb_text.json",
     .format = FW_FORMAT_NINJS,
     .id = "urn:8d19cf88-b3ab-4972-8fec-1207599f2872",
     .kinds = "HB",
     .headline = "Google har kj\xC3\xB8pt giganttomt i Skien",
     .status = "usable",
     .version = "6",
     .urgency = 5,
     .first_created = "2019-08-09T09:30:04Z",
     .byline = "NTB",
     .language = "nb-NO",
     .provider = "NTB",
     .slugline = "skien-google",
     .ednotes = 1},
    {.file = "ninjs-2.2-005_complex_text_article.json",
     .format = FW_FORMAT_NINJS,
     .id = "http://ninjs.example.com/newsitems/20130709med123",
     .kinds = "HBDPPPP",
     .headline = "Captain of wrecked cruise ship on trial in Italy",
     .body = "The trial of the captain",
     .status = "usable",
     .byline = "Paulo Santalucia and Frances d'Emilio",
     .version_created = "2013-07-09T10:37:00Z",
     .place = "GROSSETO, Italy",
     .agency = "AP",
     .language = "en"},
    {.file = "ninjs-3.0-dpa_text.json",
     .format = FW_FORMAT_NINJS,
     .id = "urn:newsml:dpa.com:20090101:190510-99-167362",
     .kinds = "HBPPPPPPPPP",
     .headline = "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer "
                 "recht?",
     .body = "F\xC3\xBCr Lucien Favre war es",
     .status = "usable",
     .version = "2",
     .urgency = 4,
     .version_created = "2019-05-10T14:02:28Z",
     .byline = "Christian Hollmann, dpa",
     .language = "de",
     .provider = "dpa"},
    {.file = "ninjs-3.1-005_complex_text_article.json",
     .format = FW_FORMAT_NINJS,
     .id = "http://ninjs.example.com/newsitems/20130709med123",
     .kinds = "HBDPPPP",
     .headline = "Captain of wrecked cruise ship on trial in Italy",
     .status = "usable",
     .version_created = "2013-07-09T10:37:00Z",
     .byline = "Paulo Santalucia and Frances d'Emilio",
     .place = "GROSSETO, Italy",
     .agency = "AP",
     .language = "en"},
    {.file = "anpa-1.tst",
     .format = FW_FORMAT_ANPA,
     .id = "anpa-1",
     .kinds = "HBDPPPPPPPPPPPPPTT",
     .headline = "For Argentine chemo patients, mirrors can hurt",
     .body = "For cancer patients dealing with",
     .status = "usable",
     .priority = 1,
     .first_created = "2013-11-13T15:09:00Z",
     .byline = "PAUL BYRNE and ALMUDENA CALATRAVA",
     .place = "BUENOS AIRES, Argentina",
     .agency = "AP",
     .provider = "AP",
     .slugline = "BC-LT--Argentina-Cancer Beauty",
     .ednotes = 2},
    {.file = "ap_anpa-1.tst",
     .format = FW_FORMAT_ANPA,
     .id = "ap_anpa-1",
     .headline = "Deng has 30 points, short-handed Heat beat Hawks 115-111",
     .body = "Luol Deng scored 30 points",
     .status = "usable",
     .label = "1st Ld-Writethru",
     .priority = 4,
     .first_created = "2016-02-20T03:37:00Z",
     .byline = "CHARLES ODUM",
     .place = "ATLANTA",
     .agency = "AP",
     .provider = "AP",
     .slugline = "BC-BKN--Heat-Hawks",
     .ednotes = 2},
    /* An alert: no headline, one paragraph; read, not rejected. */
    {.file = "ap_anpa-5.tst",
     .format = FW_FORMAT_ANPA,
     .id = "ap_anpa-5",
     .kinds = "DP",
     .body = "Hawaii files court challenge",
     .status = "usable",
     .priority = 2,
     .first_created = "2017-06-29T23:50:00Z",
     .place = "HONOLULU",
     .agency = "AP",
     .provider = "AP",
     .slugline = "BC-US--APNewsAlert"},
    {.file = "IPTC7901.txt",
     .format = FW_FORMAT_IPTC7901,
     .id = "IPTC7901",
     .kinds = "HDPPPPP",
     .headline = "Germany Social Democrats: Coalition talks with Merkel "
                 "could fail",
     .body = "Negotiations between German conservatives",
     .status = "usable",
     .priority = 4,
     .first_created = "2013-11-13T11:37:00Z",
     .place = "Berlin",
     .agency = "dpa",
     .provider = "dpa",
     .slugline = "Germany-politics",
     .ednotes = 1},
};

static void check_time(fw_time t, const char *want, const char *file,
                       const char *what)
{
    if (str_is(t.utc, want)) {
        check_passed++;
        return;
    }
    check_failed++;
    fprintf(stderr, "  %s: %s is '%.*s', want '%s'\n", file, what,
            t.utc.ptr ? (int)t.utc.len : 6, t.utc.ptr ? t.utc.ptr : "(null)",
            want ? want : "(null)");
}

static void check_item(const expect *e, const fw_doc *d)
{
    const fw_meta *m = fw_doc_meta(d);
    CHECK(fw_doc_format(d) == e->format);
    if (strcmp(fw_doc_id(d), e->id) != 0) {
        check_failed++;
        fprintf(stderr, "  %s: id '%s', want '%s'\n", e->file, fw_doc_id(d),
                e->id);
    }
    if (e->kinds) {
        char got[128];
        kinds(d, got, sizeof got);
        if (strcmp(got, e->kinds) == 0) {
            check_passed++;
        } else {
            check_failed++;
            fprintf(stderr, "  %s: blocks %s, want %s\n", e->file, got,
                    e->kinds);
        }
    }
    CHECK_STR(m->headline, e->headline);
    if (e->headline)
        CHECK_STR(block_text(d, FW_BLOCK_HEADLINE), e->headline);
    if (e->body) {
        fw_str p = block_text(d, FW_BLOCK_PARAGRAPH);
        if (starts_with(p, e->body)) {
            check_passed++;
        } else {
            check_failed++;
            fprintf(stderr, "  %s: body starts '%.40s', want '%s'\n", e->file,
                    p.ptr ? p.ptr : "", e->body);
        }
    }
    /* Markup is resolved: no tag is left in the text. */
    size_t len;
    const char *text = fw_doc_text(d, &len);
    bool tags = false;
    for (size_t i = 0; i + 1 < len; i++)
        tags |= text[i] == '<' && (text[i + 1] == 'p' || text[i + 1] == '/');
    CHECK(!tags);
    CHECK_STR(m->status, e->status);
    CHECK_STR(m->version, e->version);
    CHECK_STR(m->version_label, e->label);
    CHECK(m->urgency == e->urgency);
    CHECK(m->priority == e->priority);
    check_time(m->first_created, e->first_created, e->file, "first_created");
    if (e->version_created)
        check_time(m->version_created, e->version_created, e->file,
                   "version_created");
    check_time(m->embargo, e->embargo, e->file, "embargo");
    if (e->byline || m->byline.ptr)
        CHECK_STR(m->byline, e->byline);
    CHECK((m->dateline != NULL) == (e->place || e->agency));
    if (m->dateline) {
        CHECK_STR(m->dateline->place, e->place);
        CHECK_STR(m->dateline->agency, e->agency);
    }
    CHECK_STR(m->language, e->language);
    if (e->provider)
        CHECK_STR(m->provider, e->provider);
    CHECK_STR(m->slugline, e->slugline);
    CHECK(m->n_keywords == e->keywords);
    CHECK(m->n_ednotes == e->ednotes);
    /* A killed item is read, not analysed. */
    size_t n_ents = 0, n_quotes = 0;
    fw_doc_entities(d, &n_ents);
    fw_doc_quotes(d, &n_quotes);
    if (str_is(m->status, "canceled"))
        CHECK(n_ents == 0 && n_quotes == 0 && fw_doc_token_count(d) == 0);
    else if (m->headline.ptr || block_text(d, FW_BLOCK_PARAGRAPH).ptr)
        CHECK(fw_doc_token_count(d) > 0);
}

static void test_corpus(void)
{
    for (size_t i = 0; i < FW_COUNT(corpus); i++) {
        const expect *e = &corpus[i];
        char path[1024];
        snprintf(path, sizeof path, "%s/corpus/wire/%s", shared, e->file);
        size_t len;
        char *data = read_file(path, &len);
        CHECK(data != NULL);
        if (!data) {
            fprintf(stderr, "  cannot read %s\n", path);
            continue;
        }
        fw_error err;
        fw_batch *b = analyze_bytes(data, len, FW_FORMAT_AUTO, path, &err);
        CHECK(b != NULL);
        if (!b) {
            fprintf(stderr, "  %s: %s: %s\n", e->file, fw_strerror(err.status),
                    err.detail);
        }
        const fw_doc *d = b ? fw_batch_doc(b, e->item) : NULL;
        CHECK(d != NULL);
        if (d)
            check_item(e, d);
        /* The same with the format named. */
        fw_batch *named = analyze_bytes(data, len, e->format, path, &err);
        CHECK(named && fw_batch_count(named) == fw_batch_count(b));
        fw_batch_free(named);
        fw_batch_free(b);
        free(data);
    }
}

/* A message of three text items is three documents. */
static void test_multi_item(void)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/corpus/wire/ap.xml", shared);
    size_t len;
    char *data = read_file(path, &len);
    fw_batch *b =
        data ? analyze_bytes(data, len, FW_FORMAT_AUTO, path, NULL) : NULL;
    CHECK(b && fw_batch_count(b) == 3);
    for (size_t i = 0; b && i < fw_batch_count(b); i++)
        CHECK(fw_batch_doc(b, i) != NULL);
    fw_batch_free(b);
    free(data);
}

/* ------------------------------------------------------------------ */
/* The same story in AFP NewsML and in plain text                      */

/* Words of a block, without AFP's subhead dashes and quote marks. */
static void block_words(const fw_doc *d, const fw_block *b, char *out,
                        size_t cap)
{
    size_t len;
    const char *t = fw_doc_text(d, &len);
    size_t a = b->span.start, e = b->span.end;
    while (a < e && strchr("-' ", t[a]))
        a++;
    while (e > a && strchr("-' ", t[e - 1]))
        e--;
    size_t n = e - a < cap - 1 ? e - a : cap - 1;
    memcpy(out, t + a, n);
    out[n] = '\0';
}

static bool same_span_text(const fw_doc *x, fw_span a, const fw_doc *y,
                           fw_span b)
{
    size_t lx, ly;
    const char *tx = fw_doc_text(x, &lx), *ty = fw_doc_text(y, &ly);
    return a.end - a.start == b.end - b.start &&
           memcmp(tx + a.start, ty + b.start, a.end - a.start) == 0;
}

static void test_newsml_pair(void)
{
    size_t tl, xl;
    char *text = read_file("examples/dispatch.txt", &tl);
    char *xml = read_file("examples/dispatch.newsml.xml", &xl);
    CHECK(text && xml);
    fw_batch *bt = text ? analyze_bytes(text, tl, FW_FORMAT_AUTO,
                                        "examples/dispatch.txt", NULL)
                        : NULL;
    fw_batch *bx = xml ? analyze_bytes(xml, xl, FW_FORMAT_AUTO,
                                       "examples/dispatch.newsml.xml", NULL)
                       : NULL;
    const fw_doc *t = fw_batch_doc(bt, 0), *x = fw_batch_doc(bx, 0);
    CHECK(t && x);
    if (!t || !x)
        goto done;
    CHECK(fw_doc_format(x) == FW_FORMAT_NEWSML);
    size_t nt, nx;
    const fw_block *btk = fw_doc_blocks(t, &nt), *bxk = fw_doc_blocks(x, &nx);
    CHECK(nt == nx);
    for (size_t i = 0; i < nt && i < nx; i++) {
        char wt[512], wx[512];
        block_words(t, &btk[i], wt, sizeof wt);
        block_words(x, &bxk[i], wx, sizeof wx);
        CHECK(btk[i].kind == bxk[i].kind);
        if (strcmp(wt, wx) != 0) {
            check_failed++;
            fprintf(stderr, "  block %zu: '%s' / '%s'\n", i, wt, wx);
        }
    }
    const fw_dateline *dt = fw_doc_meta(t)->dateline,
                      *dx = fw_doc_meta(x)->dateline;
    CHECK(dt && dx && same_span_text(t, dt->span, x, dx->span));

    size_t et, ex;
    const fw_entity *ent = fw_doc_entities(t, &et);
    const fw_entity *enx = fw_doc_entities(x, &ex);
    CHECK(et == ex && et > 0);
    for (size_t i = 0; i < et && i < ex; i++) {
        CHECK(ent[i].type == enx[i].type &&
              ent[i].n_mentions == enx[i].n_mentions &&
              ent[i].name.len == enx[i].name.len &&
              memcmp(ent[i].name.ptr, enx[i].name.ptr, ent[i].name.len) == 0);
    }
    size_t qt, qx;
    const fw_quote *qut = fw_doc_quotes(t, &qt), *qux = fw_doc_quotes(x, &qx);
    CHECK(qt == qx && qt > 0);
    for (size_t i = 0; i < qt && i < qx; i++) {
        CHECK(qut[i].kind == qux[i].kind);
        CHECK(same_span_text(t, qut[i].content, x, qux[i].content));
        CHECK(same_span_text(t, qut[i].source, x, qux[i].source));
        CHECK((qut[i].speaker == FW_NONE) == (qux[i].speaker == FW_NONE));
    }
    size_t vt, vx;
    const fw_event *evt = fw_doc_events(t, &vt), *evx = fw_doc_events(x, &vx);
    CHECK(vt == vx && vt > 0);
    for (size_t i = 0; i < vt && i < vx; i++) {
        CHECK(strcmp(evt[i].code, evx[i].code) == 0 &&
              strcmp(evt[i].source.code, evx[i].source.code) == 0 &&
              strcmp(evt[i].target.code, evx[i].target.code) == 0);
        CHECK(same_span_text(t, evt[i].cue, x, evx[i].cue));
    }
done:
    fw_batch_free(bt);
    fw_batch_free(bx);
    free(text);
    free(xml);
}

/* ------------------------------------------------------------------ */
/* Bad input                                                           */

static void expect_error(const char *input, fw_format format, fw_status status,
                         size_t line, size_t column, const char *detail)
{
    fw_error err;
    memset(&err, 0, sizeof err);
    fw_batch *b = analyze_string(input, format, &err);
    CHECK(b == NULL);
    fw_batch_free(b);
    if (err.status != status || err.line != line ||
        (column && err.column != column) ||
        (detail && !strstr(err.detail, detail))) {
        check_failed++;
        fprintf(stderr,
                "  '%.40s': got %s line %zu column %zu '%s'; want %s line "
                "%zu column %zu '%s'\n",
                input, fw_strerror(err.status), err.line, err.column,
                err.detail, fw_strerror(status), line, column,
                detail ? detail : "");
    } else {
        check_passed++;
    }
}

static void test_malformed_xml(void)
{
    expect_error("<nitf>\n<body><p>Text</body>\n</nitf>", FW_FORMAT_AUTO,
                 FW_EFORMAT, 2, 0, "XML");
    expect_error("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n"
                 " <!ENTITY lol \"lol\">\n"
                 " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
                 "<nitf><body><body.content><p>&lol2;</p></body.content>"
                 "</body></nitf>",
                 FW_FORMAT_AUTO, FW_EFORMAT, 3, 2, "declares entities");
    expect_error("<!DOCTYPE nitf [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">"
                 "]><nitf><body><p>&xxe;</p></body></nitf>",
                 FW_FORMAT_AUTO, FW_EFORMAT, 1, 17, "declares entities");
    expect_error("<rss><channel/></rss>", FW_FORMAT_AUTO, FW_EUNKNOWN, 0, 0,
                 "formats:");
    expect_error("<rss><channel/></rss>", FW_FORMAT_NITF, FW_EFORMAT, 0, 0,
                 "root element");
    expect_error("not xml at all", FW_FORMAT_G2, FW_EFORMAT, 1, 1, "XML");
    /* A DOCTYPE naming an external DTD is read without fetching it, and
     * an entity it would define resolves as HTML's does. */
    fw_batch *b = analyze_string(
        "<!DOCTYPE nitf SYSTEM \"http://example.invalid/nitf.dtd\">"
        "<nitf><body><body.head><hedline><hl1>Title</hl1></hedline>"
        "</body.head><body.content><p>Prices rose&nbsp;5% &mdash; the "
        "most in years.</p>"
        "</body.content></body></nitf>",
        FW_FORMAT_AUTO, NULL);
    const fw_doc *d = fw_batch_doc(b, 0);
    CHECK(d && str_is(block_text(d, FW_BLOCK_PARAGRAPH),
                      "Prices rose 5% \xE2\x80\x94 the most in years."));
    fw_batch_free(b);
}

static void test_items(void)
{
    /* A picture among text items: skipped with a note, the rest read. */
    fw_batch *b = analyze_string(
        "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">"
        "<itemSet>"
        "<newsItem guid=\"a\"><itemMeta><itemClass qcode=\"ninat:picture\"/>"
        "</itemMeta></newsItem>"
        "<g2:newsItem xmlns:g2=\"http://iptc.org/std/nar/2006-10-01/\" "
        "guid=\"b\"><g2:itemMeta><g2:itemClass qcode=\"ninat:text\"/>"
        "<g2:pubStatus qcode=\"stat:withheld\"/></g2:itemMeta>"
        "<g2:contentMeta><g2:headline>Held</g2:headline></g2:contentMeta>"
        "<g2:contentSet><g2:inlineXML><html><body><p>Held back.</p></body>"
        "</html></g2:inlineXML></g2:contentSet></g2:newsItem>"
        "<packageItem guid=\"c\"/>"
        "</itemSet></newsMessage>",
        FW_FORMAT_AUTO, NULL);
    CHECK(b && fw_batch_count(b) == 3);
    const fw_error *e = fw_batch_error(b, 0);
    CHECK(e && e->status == FW_ESKIPPED && strstr(e->detail, "picture"));
    const fw_doc *d = fw_batch_doc(b, 1);
    CHECK(d && strcmp(fw_doc_id(d), "b") == 0 &&
          str_is(fw_doc_meta(d)->status, "withheld") &&
          fw_doc_token_count(d) == 0);
    e = fw_batch_error(b, 2);
    CHECK(e && e->status == FW_ESKIPPED);
    fw_batch_free(b);

    /* A text item without its optional contentMeta: read, no headline. */
    b = analyze_string(
        "<newsItem xmlns=\"http://iptc.org/std/nar/2006-10-01/\" guid=\"d\">"
        "<itemMeta><itemClass qcode=\"ninat:text\"/></itemMeta>"
        "<contentSet><inlineXML><html><body><p>Talks resumed on Monday.</p>"
        "</body></html></inlineXML></contentSet></newsItem>",
        FW_FORMAT_AUTO, NULL);
    d = fw_batch_doc(b, 0);
    CHECK(
        d && strcmp(fw_doc_id(d), "d") == 0 &&
        !block_text(d, FW_BLOCK_HEADLINE).ptr &&
        str_is(block_text(d, FW_BLOCK_PARAGRAPH), "Talks resumed on Monday."));
    fw_batch_free(b);

    b = analyze_string("{\"type\": \"picture\", \"headline\": \"A photo\"}",
                       FW_FORMAT_AUTO, NULL);
    e = fw_batch_error(b, 0);
    CHECK(e && e->status == FW_ESKIPPED);
    fw_batch_free(b);
}

static void test_json(void)
{
    expect_error("{\"headline\": \"x\",\n \"body_text\": }", FW_FORMAT_AUTO,
                 FW_EFORMAT, 2, 15, "JSON");
    expect_error("[{\"x\": 1}]", FW_FORMAT_AUTO, FW_EUNKNOWN, 1, 1, "formats:");
    /* ... but a text that opens with a bracket or a '<' is a text:
     * "[Photo: ...]", "<3" */
    fw_error e2;
    fw_batch *t2 = analyze_string("[Photo: Reuters]\nTom Hale said the vote "
                                  "was fair.\n",
                                  FW_FORMAT_AUTO, &e2);
    CHECK(t2 && fw_batch_count(t2) == 1 &&
          fw_doc_format(fw_batch_doc(t2, 0)) == FW_FORMAT_TEXT);
    fw_batch_free(t2);
    t2 = analyze_string("<3 to all who came.\n", FW_FORMAT_AUTO, &e2);
    CHECK(t2 && fw_batch_count(t2) == 1);
    fw_batch_free(t2);
    expect_error("{\"a\": 1} trailing", FW_FORMAT_NINJS, FW_EFORMAT, 1, 10,
                 "after the JSON");
    expect_error("{\"text\": \"bad \xC3\x28 utf-8\"}", FW_FORMAT_AUTO, FW_EUTF8,
                 0, 0, NULL);

    /* JSON Lines: a bad line is rejected alone; other keys are kept. */
    fw_batch *b = analyze_string(
        "{\"id\": \"one\", \"text\": \"Rain fell in Oslo.\", \"source\": "
        "\"blog\", \"n\": [1, 2]}\n"
        "{\"id\": \"two\", \"text\": }\n"
        "\n"
        "{\"text\": \"\\\"We are ready,\\\" Ann Lee said.\"}\n"
        "{\"id\": 4, \"title\": \"no text\"}\n",
        FW_FORMAT_AUTO, NULL);
    CHECK(b && fw_batch_count(b) == 4);
    const fw_doc *d = fw_batch_doc(b, 0);
    CHECK(d && fw_doc_format(d) == FW_FORMAT_JSONL &&
          strcmp(fw_doc_id(d), "one") == 0);
    const fw_meta *m = d ? fw_doc_meta(d) : NULL;
    CHECK(m && m->n_fields == 2 && str_is(m->fields[0].key, "source") &&
          str_is(m->fields[0].json, "\"blog\"") &&
          str_is(m->fields[1].json, "[1,2]"));
    const fw_error *e = fw_batch_error(b, 1);
    CHECK(e && e->status == FW_EFORMAT && e->line == 2 && e->column == 23);
    d = fw_batch_doc(b, 2);
    CHECK(d && strcmp(fw_doc_id(d), "test:4") == 0);
    size_t nq = 0;
    const fw_quote *q = d ? fw_doc_quotes(d, &nq) : NULL;
    CHECK(nq == 1 && q && q[0].kind == FW_QUOTE_DIRECT);
    e = fw_batch_error(b, 3);
    CHECK(e && e->line == 5 && strstr(e->detail, "text"));
    fw_batch_free(b);

    /* ninjs 3 camelCase; withheld: read, not analysed. */
    b = analyze_string("{\"uri\": \"u1\", \"pubStatus\": \"withheld\", "
                       "\"embargoed\": \"2030-01-02T03:04:05+01:00\", "
                       "\"headlines\": [{\"role\": \"sub\", \"value\": \"S\"}, "
                       "{\"role\": \"main\", \"value\": \"Main\"}], "
                       "\"bodies\": [{\"role\": \"main\", \"contentType\": "
                       "\"text/plain\", \"value\": \"Text.\"}]}",
                       FW_FORMAT_AUTO, NULL);
    d = fw_batch_doc(b, 0);
    m = d ? fw_doc_meta(d) : NULL;
    CHECK(m && str_is(m->headline, "Main") && str_is(m->status, "withheld") &&
          str_is(m->embargo.utc, "2030-01-02T02:04:05Z") &&
          fw_doc_token_count(d) == 0);
    fw_batch_free(b);
}

static void test_wire7(void)
{
    expect_error("BC-US--Story\nNo framing here.\n", FW_FORMAT_ANPA, FW_EFORMAT,
                 0, 0, "framing");
    expect_error("\x01"
                 "abc001 4 i 100\n\x02Headline\nText, never ended.\n",
                 FW_FORMAT_IPTC7901, FW_EFORMAT, 0, 0, "framing");
    /* Windows-1252 bytes, as 8-bit wires send them. */
    fw_batch *b =
        analyze_string("\x16\x16\x01"
                       "a1234\x1f"
                       "x\n"
                       "r a\x13\x11 BC-Test     01-02 0100\n"
                       "\x02^BC-Test,10<\n"
                       "^Caf\xE9 owners \x93protest\x94<\n"
                       "\t   PARIS (AP) _ Caf\xE9 owners marched on Monday.\n"
                       "\x03"
                       "AP-WF-01-02-24 0915GMT<\n",
                       FW_FORMAT_AUTO, NULL);
    const fw_doc *d = fw_batch_doc(b, 0);
    const fw_meta *m = d ? fw_doc_meta(d) : NULL;
    CHECK(d && fw_doc_format(d) == FW_FORMAT_ANPA);
    CHECK(m && str_is(m->headline, "Caf\xC3\xA9 owners \xE2\x80\x9Cprotest"
                                   "\xE2\x80\x9D"));
    CHECK(m && str_is(m->first_created.utc, "2024-01-02T09:15:00Z"));
    CHECK(m && m->dateline && str_is(m->dateline->place, "PARIS"));
    fw_batch_free(b);
}

/* Times and version labels, as wires write them. */
static void test_meta_helpers(void)
{
    fw_doc *d = fw_doc_new(NULL, "", 0);
    CHECK(d != NULL);
    if (!d)
        return;
    static const struct {
        const char *raw, *utc;
    } times[] = {
        {"20140829T134951+0000", "2014-08-29T13:49:51Z"},
        {"2017-10-18T11:16:43+02:00", "2017-10-18T09:16:43Z"},
        {"2018-03-01T18:34:39.924Z", "2018-03-01T18:34:39Z"},
        {"2017-08-24T04:38:34+0000", "2017-08-24T04:38:34Z"},
        {"20020225T233000-0500", "2002-02-26T04:30:00Z"},
        {"2024-12-31T23:30:00-01:00", "2025-01-01T00:30:00Z"},
        {"2018-02-26T21:20:34", NULL}, /* no zone: instant unknown */
        {"2018-02-26", NULL},
        {"yesterday", NULL},
        {"2018-13-01T00:00:00Z", NULL},
    };
    for (size_t i = 0; i < FW_COUNT(times); i++) {
        fw_time t = {{NULL, 0}, {NULL, 0}};
        CHECK(fw_meta_time(d, &t, times[i].raw, strlen(times[i].raw)) == FW_OK);
        CHECK(str_is(t.raw, times[i].raw));
        check_time(t, times[i].utc, "times", times[i].raw);
    }
    static const struct {
        const char *slug, *want_slug, *label;
    } slugs[] = {
        {"BC-US--Earns-Nutrisystem, 1st Ld-Writethru",
         "BC-US--Earns-Nutrisystem", "1st Ld-Writethru"},
        {"GLOBAL-PRECIOUS/ (UPDATE 1)", "GLOBAL-PRECIOUS/", "UPDATE 1"},
        {"BRITAIN-POLITICS/ (REFILE)", "BRITAIN-POLITICS/", "REFILE"},
        {"Sweden-SAAB", "Sweden-SAAB", NULL},
        {"US-Fed, Rates", "US-Fed, Rates", NULL},
        {"EU-Summit (Brussels)", "EU-Summit (Brussels)", NULL},
    };
    for (size_t i = 0; i < FW_COUNT(slugs); i++) {
        d->meta.slugline.ptr = d->meta.version_label.ptr = NULL;
        fw_meta_slugline(d, slugs[i].slug, strlen(slugs[i].slug));
        CHECK_STR(d->meta.slugline, slugs[i].want_slug);
        CHECK_STR(d->meta.version_label, slugs[i].label);
    }
    static const struct {
        const char *word, *status;
    } statuses[] = {{"Usable", "usable"},
                    {"stat:canceled", "canceled"},
                    {"KILL", "canceled"},
                    {"withheld", "withheld"},
                    {"Embargoed", "embargoed"}};
    for (size_t i = 0; i < FW_COUNT(statuses); i++) {
        fw_meta_status(d, statuses[i].word, strlen(statuses[i].word));
        CHECK_STR(d->meta.status, statuses[i].status);
    }
    fw_doc_free(d);
}

int main(void)
{
    shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    test_corpus();
    test_multi_item();
    test_newsml_pair();
    test_malformed_xml();
    test_items();
    test_json();
    test_wire7();
    test_meta_helpers();
    test_done();
    return CHECK_DONE();
}
