/*
 * pathological.c - inputs that trap quadratic or worse algorithms: each
 * must be analysed and written in well under the time limit (which is
 * generous: a linear pass takes milliseconds; a quadratic one, hours).
 * Not a speed test: make bench measures speed.
 */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "fivew.h"

#define LIMIT_SECONDS 60
#define SIZE ((size_t)1 << 20)

static const char *current;

static void on_alarm(int sig)
{
    (void)sig;
    static const char msg[] = "pathological: time limit hit in case: ";
    (void)!write(2, msg, sizeof msg - 1);
    (void)!write(2, current, strlen(current));
    (void)!write(2, "\n0 passed, 1 failed\n", 20);
    _exit(1);
}

/* 'n' bytes of 'unit' repeated, with an optional prefix. */
static char *repeat(const char *prefix, const char *unit, size_t n, size_t *len)
{
    char *s = malloc(n + strlen(prefix) + 1);
    if (!s)
        return NULL;
    size_t p = strlen(prefix), u = strlen(unit), i = 0;
    memcpy(s, prefix, p);
    while (i + u <= n) {
        memcpy(s + p + i, unit, u);
        i += u;
    }
    s[p + i] = '\0';
    *len = p + i;
    return s;
}

static void run_text(const fw_analyzer *az, const char *name, char *text,
                     size_t len)
{
    current = name;
    alarm(LIMIT_SECONDS);
    fw_batch *batch = NULL;
    fw_input in = {.format = FW_FORMAT_AUTO, .id = name};
    fw_status st = fw_analyze(az, text, len, &in, &batch, NULL);
    if (st == FW_OK) {
        const fw_doc *doc = fw_batch_doc(batch, 0);
        char *json = NULL;
        size_t n;
        CHECK(doc &&
              fw_doc_to_json(doc, FW_JSON_SENTENCES, &json, &n) == FW_OK);
        free(json);
        json = NULL;
        CHECK(doc && fw_doc_to_json(doc, FW_JSON_PRETTY, &json, &n) == FW_OK);
        free(json);
    }
    alarm(0);
    CHECK(st == FW_OK || st == FW_EEMPTY);
    fw_batch_free(batch);
    free(text);
}

static void run_case(const fw_analyzer *az, const char *name,
                     const char *prefix, const char *unit)
{
    size_t len;
    char *text = repeat(prefix, unit, SIZE, &len);
    CHECK(text != NULL);
    if (text)
        run_text(az, name, text, len);
}

/* Half of SIZE bytes of 'first' repeated after 'prefix', then 'second'
 * repeated: a long run before a long run of another kind ("a a a ...
 * made and made and ..."). */
static void run_halves(const fw_analyzer *az, const char *name,
                       const char *prefix, const char *first,
                       const char *second)
{
    size_t len1, len2;
    char *a = repeat(prefix, first, SIZE / 2, &len1);
    char *b = repeat("", second, SIZE / 2, &len2);
    char *text = a && b ? realloc(a, len1 + len2 + 1) : NULL;
    CHECK(text != NULL);
    if (text) {
        memcpy(text + len1, b, len2 + 1);
        run_text(az, name, text, len1 + len2);
    } else {
        free(a);
    }
    free(b);
}

/* About SIZE bytes of distinct words: "the Baaaa Baaab ...". Each word
 * is 'pattern' with '%' replaced by a fresh five-letter word: "X%" gives
 * capitalised words ("Xbaaa"), "% " lower-case ones, "Mr. X% said. "
 * a new name a sentence. */
static void run_distinct(const fw_analyzer *az, const char *name,
                         const char *pattern)
{
    char *text = malloc(SIZE + 64);
    CHECK(text != NULL);
    if (!text)
        return;
    size_t len = 0;
    for (unsigned long n = 0; len + 64 < SIZE; n++) {
        for (const char *p = pattern; *p; p++) {
            if (*p != '%') {
                text[len++] = *p;
                continue;
            }
            unsigned long v = n;
            for (int k = 0; k < 5; k++, v /= 26)
                text[len++] = (char)('a' + v % 26);
        }
    }
    text[len] = '\0';
    run_text(az, name, text, len);
}

int main(void)
{
    signal(SIGALRM, on_alarm);
    fw_analyzer *az = NULL;
    CHECK(fw_analyzer_new(NULL, &az, NULL) == FW_OK);
    run_case(az, "one long line", "", "word ");
    run_case(az, "one long word", "", "a");
    run_case(az, "double quotes", "", "\"");
    run_case(az, "spaced quotes", "", "\" ");
    run_case(az, "single quotes", "", "'a ");
    run_case(az, "curly quotes", "", "\xE2\x80\x9C");
    run_case(az, "periods", "", ".");
    run_case(az, "spaced periods", "", ". ");
    run_case(az, "abbreviations", "", "U.S. ");
    run_case(az, "initials", "", "A. ");
    run_case(az, "brackets", "", "(");
    run_case(az, "nested brackets", "", "([{");
    run_case(az, "newlines", "Headline\n", "\n");
    run_case(az, "one-word lines", "", "x\n");
    run_case(az, "subhead lines", "Headline\n", "- 'x' -\n");
    run_case(az, "trailer lines", "Headline\nBody.\n", "ab/cd\n");
    run_case(az, "dateline-like lines", "", "A (AP) - b\n");
    run_case(az, "parentheses in a line", "", "A (B) ");
    run_case(az, "dashes", "", "-");
    run_case(az, "apostrophes", "", "'s");
    run_case(az, "hyphens", "a", "-a");
    run_case(az, "long number", "1", ",000");
    run_case(az, "url", "http://", "a/");
    run_case(az, "wrapped lines", "",
             "the quick brown fox jumps over the lazy dog again\n");
    run_case(az, "indented lines", "", "  x\ny\n");
    run_case(az, "non-ASCII letters", "", "\xC3\xA9");
    run_case(az, "json escapes", "", "\"\\\t");
    run_case(az, "one long name", "", "John Smith Director ");
    run_case(az, "honorifics", "", "Mr. ");
    run_case(az, "titles", "", "President ");
    run_case(az, "lower-case titles", "", "spokesman ");
    run_case(az, "nominals", "", "the Russian president ");
    run_case(az, "pronouns", "Anna Berg said. ", "She said he did. ");
    run_case(az, "names and pronouns", "", "Carver said he left. ");
    run_case(az, "org words", "", "Ministry of ");
    run_case(az, "possessives", "", "Ray's ");
    run_case(az, "countries", "", "Russia ");
    run_case(az, "acronyms", "", "NATO (NATO) ");
    run_case(az, "commas before cues", "", ",,,, said A, ");
    run_case(az, "parts set off by commas", "", "Ann Roe, 21, said ");
    run_case(az, "verbs to say", "", "went to say by saying ");
    run_case(az, "noun cues", "", "his claim that the ");
    run_case(az, "attributions and participles", "",
             "\"A,\" he said, adding that the ");
    run_case(az, "dashes in a content", "", "said the plan -- ");
    run_case(az, "fragments before attributions", "",
             "the \"a,\" she says, \"b\" ");
    run_case(az, "names in capitals", "", "ANN SMITH JONES ");
    run_case(az, "verbs in a name", "the text says so. ", "Ann Smith Says ");
    run_case(az, "asides in brackets", "", "\"A,\" Sen. X (R-Fla.) said, ");
    run_case(az, "title domains", "", "Secretary of State for Public ");
    run_case(az, "postal codes", "", "IN OK ID ");
    run_case(az, "particles after a cue", "He ruled ", "out ");
    run_case(az, "party nouns in a name", "", "Democrat ");
    run_halves(az, "a verb far into a content, then many \"and\"s",
               "He said the plan ", "a ", "made and made it ");
    run_halves(az, "a modal far into a content, then many bare verbs",
               "He said the plan ", "a ", "would go and tell him ");
    run_halves(az, "verbs of stance after many commas", "He backs \"a\" ", "a ",
               ", opposes ");
    run_halves(az, "nominals in a long first line, then titled names", "",
               "the president says ", "\nPresident Ann Berg said. ");
    run_case(az, "names and verbs after commas", "He said the plan worked",
             ", Carver won");
    run_case(az, "clauses after \", as\"", "He said prices rose",
             ", as the banks raised rates");
    run_case(az, "pronoun speakers after names of the other gender",
             "Anna Vell spoke. ", "\"Yes,\" she told Tom Hale, and ");
    run_case(az, "participles after clauses with verbs", "",
             "Tom Hale, the president, went further, calling for peace, ");
    run_case(az, "relative clauses set off by commas", "",
             "The bill, which critics said would fail, ");
    run_case(az, "country possessives before titles", "",
             "Japan's prime minister ");
    run_case(az, "single quotes over paragraphs", "", "'Tom said so\n");
    run_case(az, "brackets in relative asides", "",
             "Tom Hale, whose party (VWP) has said so, ");
    run_case(az, "tags with hearers", "It rose",
             ", two officials told Reuters, a move ");
    run_case(az, "reduced relatives", "", "a plan the judge said was ");
    run_case(az, "places and parties after names", "",
             "Sen. Ann Roe met Tom Hale. The Ohio Republican said so. ");
    run_case(az, "possessives before bodies", "",
             "Egypt's state-run Al News said ");
    run_distinct(az, "distinct capitalised words", "X% ");
    run_distinct(az, "distinct lower-case words", "% ");
    run_distinct(az, "distinct names", "Mr. X% Y% said. ");
    run_distinct(az, "distinct quoted speakers", "\"X%,\" said Ann Y%. ");
    fw_analyzer_free(az);
    return CHECK_DONE();
}
