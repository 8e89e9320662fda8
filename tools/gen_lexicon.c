/*
 * gen_lexicon.c - compiles the project's lexicons (the data/ TSV files)
 * and the countries of Debian's iso-codes into C tables, at build time,
 * so the fivew binary needs no data files.
 *
 * Input: the TSV files named in 'files' below, from DATA_DIR; each line
 * is a lower-case form and its columns, tab-separated; '#' starts a
 * comment line. From ISO_DIR, iso_3166-1.json (countries, their alpha-3
 * codes and names) and iso_3166-2.json (states, provinces and regions).
 * Output: lexicon.inc, included by src/lexicon.c: a string pool, one
 * fw_lex_word per distinct form with the features of every file that
 * lists it, an open-addressing hash index keyed by fw_hash_bytes() of
 * the form, and the country table.
 *
 * Usage: gen_lexicon DATA_DIR ISO_DIR OUTPUT
 */
#include <cjson/cJSON.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "../src/lexhash.h"
#include "../src/lexicon.h"

/* Which fw_lex_word field a column sets. */
typedef enum field {
    F_NONE,
    F_ABBREV,   /* abbreviation class */
    F_FUNC,     /* function word class */
    F_CALENDAR, /* month, weekday or period */
    F_NUMBER,   /* a number */
    F_GENDER,   /* m f n u */
    F_TITLE,    /* title class */
    F_ORG,      /* organisation kind */
    F_COUNTRY,  /* an alpha-3 code, or "-" */
    F_CANON,    /* a canonical name */
    F_CAPS,     /* "caps" or empty */
    F_CNAME,    /* "name": the form is the country's short name */
    F_PLACE,    /* place kind */
    F_PLURAL,   /* s or p */
    F_PERSON,   /* 1 2 3 */
    F_PCASE,    /* subj obj poss refl */
    F_POSITION, /* before after both */
    F_CONTEXT,  /* a context class */
    F_CUE,      /* a cue class */
    F_OBJECT,   /* "obj" or "-" */
    F_BASE      /* "base", "plural", "tag", "noun", "clause", "state", "amount"
                   or "-" */
} field;

typedef struct column {
    field field;       /* what the column sets */
    const char *names; /* "a|b|c": a -> 1, b -> 2 ...; NULL: free text */
    bool optional;     /* may be missing */
} column;

typedef struct lexfile {
    const char *name; /* file in DATA_DIR */
    uint32_t feature; /* FW_LEX_* every form of the file gets */
    uint8_t place;    /* FW_PLACE_* for place files, else 0 */
    column cols[4];   /* columns after the form */
    uint8_t flags;    /* FW_LEXF_* every form of the file gets */
} lexfile;

static const char titles_names[] =
    "head|minister|legislator|official|spokesperson|diplomat|military|"
    "judicial|religious|royal|family|business|academic|media|political|"
    "police|sport|culture|other";
static const char org_names[] =
    "government|party|military|company|education|media|ngo|sport|"
    "religious|police|legislature|court|intl|armed-group|seat";

/* In order: country_names.tsv must come before the files that name
 * country codes only for the codes it adds (Kosovo). */
static const lexfile files[] = {
    {.name = "abbreviations.tsv",
     .feature = FW_LEX_ABBREV,
     .cols = {{F_ABBREV, "other|title|month|suffix|state|numeral", false}}},
    {.name = "function_words.tsv",
     .feature = FW_LEX_FUNCTION,
     .cols = {{F_FUNC, "det|pron|prep|conj|aux|adv|wh", false}}},
    {.name = "calendar.tsv",
     .cols = {{F_CALENDAR, "month|weekday|period", false},
              {F_NUMBER, NULL, false}}},
    {.name = "agencies.tsv", .feature = FW_LEX_AGENCY},
    {.name = "given_names.tsv",
     .feature = FW_LEX_GIVEN,
     .cols = {{F_GENDER, "m|f|n|u", false}}},
    {.name = "surnames.tsv", .feature = FW_LEX_SURNAME},
    {.name = "honorifics.tsv",
     .feature = FW_LEX_HONORIFIC,
     .cols = {{F_GENDER, "m|f|n|u", false}}},
    {.name = "titles.tsv",
     .feature = FW_LEX_TITLE,
     .cols = {{F_TITLE, titles_names, false},
              {F_GENDER, "m|f|n|u", false},
              {F_CANON, NULL, true}}},
    {.name = "title_modifiers.tsv", .feature = FW_LEX_TITLE_MOD},
    {.name = "org_words.tsv",
     .feature = FW_LEX_ORG_WORD,
     .cols = {{F_ORG, org_names, false}}},
    {.name = "organizations.tsv",
     .feature = FW_LEX_ORG,
     .cols = {{F_CANON, NULL, false},
              {F_ORG, org_names, false},
              {F_COUNTRY, NULL, false},
              {F_CAPS, "caps", true}}},
    {.name = "country_names.tsv",
     .feature = FW_LEX_PLACE,
     .place = FW_PLACE_COUNTRY,
     .cols = {{F_COUNTRY, NULL, false}, {F_CNAME, "name", true}}},
    {.name = "cities.tsv",
     .feature = FW_LEX_PLACE,
     .cols = {{F_COUNTRY, NULL, false}, {F_PLACE, "capital|city", false}}},
    {.name = "regions.tsv",
     .feature = FW_LEX_PLACE,
     .place = FW_PLACE_REGION,
     .cols = {{F_COUNTRY, NULL, false}}},
    {.name = "place_abbreviations.tsv",
     .feature = FW_LEX_PLACE,
     .place = FW_PLACE_SUBDIVISION,
     .cols = {{F_COUNTRY, NULL, false}},
     .flags = FW_LEXF_CAPS},
    {.name = "demonyms.tsv",
     .feature = FW_LEX_DEMONYM,
     .cols = {{F_COUNTRY, NULL, false}, {F_PLURAL, "s|p", false}}},
    {.name = "pronouns.tsv",
     .feature = FW_LEX_PRONOUN,
     .cols = {{F_PERSON, "1|2|3", false},
              {F_PLURAL, "s|p", false},
              {F_GENDER, "m|f|n|u", false},
              {F_PCASE, "subj|obj|poss|refl", false}}},
    {.name = "common_words.tsv", .feature = FW_LEX_COMMON},
    {.name = "place_nouns.tsv",
     .feature = FW_LEX_PLACE_NOUN,
     .cols = {{F_POSITION, "before|after|both|part", false}}},
    {.name = "misc_names.tsv", .feature = FW_LEX_MISC},
    {.name = "past_forms.tsv", .feature = FW_LEX_PAST},
    {.name = "cues.tsv",
     .feature = FW_LEX_CUE,
     .cols =
         {{F_CUE,
           "speech|thought|intent|evidence|according|quoting|viewing|seeming",
           false},
          {F_OBJECT, "obj|-", false},
          {F_BASE, "base|plural|tag|noun|clause|state|amount|-", false}}},
    {.name = "context_words.tsv",
     .feature = FW_LEX_CONTEXT,
     .cols = {{F_CONTEXT,
               "speech|person|led|greeting|closing|locative|particle|subord|"
               "personal|orgnoun|corporate|human|team|prize|occasion|"
               "gathering",
               false}}},
};

/* iso_3166-2 subdivision types that name places people write about. */
static const char *const subdivision_types[] = {
    "State",
    "Province",
    "Prefecture",
    "Land",
    "Autonomous community",
    "Autonomous region",
    "Governorate",
    "Republic",
    "Emirate",
    "Territory",
    "Federal district",
    "Capital district",
    "Country",
    "Nation",
    "Autonomous republic",
    "Autonomous province",
    "Region",
    "Oblast",
    "Canton",
    "Federal territory",
    "Capital territory",
};

typedef struct entry {
    char *form;
    char *canon;       /* canonical name, or NULL */
    uint32_t canon_at; /* its offset in the string pool + 1, or 0 */
    fw_lex_word w;
} entry;

typedef struct country {
    char code[4];
    char *name;
} country;

static entry *entries;
static size_t n_entries, cap_entries;
static country *countries;
static size_t n_countries, cap_countries;
static const char *cur_file;
static size_t cur_line;

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "gen_lexicon: ");
    if (cur_file)
        fprintf(stderr, "%s:%zu: ", cur_file, cur_line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    char *p = strdup(s);
    if (!p)
        die("out of memory");
    return p;
}

/* Entries by form while reading: open addressing over entry index + 1. */
static uint32_t *by_form;
static size_t by_form_slots;

static void index_entry(size_t i)
{
    size_t s = fw_hash_bytes(entries[i].form, strlen(entries[i].form)) &
               (by_form_slots - 1);
    while (by_form[s])
        s = (s + 1) & (by_form_slots - 1);
    by_form[s] = (uint32_t)i + 1;
}

static entry *find(const char *form)
{
    if (!by_form_slots)
        return NULL;
    size_t s = fw_hash_bytes(form, strlen(form)) & (by_form_slots - 1);
    for (; by_form[s]; s = (s + 1) & (by_form_slots - 1))
        if (strcmp(entries[by_form[s] - 1].form, form) == 0)
            return &entries[by_form[s] - 1];
    return NULL;
}

static entry *find_or_add(const char *form)
{
    entry *e = find(form);
    if (e)
        return e;
    if (n_entries == cap_entries) {
        cap_entries = cap_entries ? cap_entries * 2 : 4096;
        entries = xrealloc(entries, cap_entries * sizeof *entries);
        free(by_form);
        by_form_slots = cap_entries * 2;
        by_form = calloc(by_form_slots, sizeof *by_form);
        if (!by_form)
            die("out of memory");
        for (size_t i = 0; i < n_entries; i++)
            index_entry(i);
    }
    e = &entries[n_entries++];
    memset(e, 0, sizeof *e);
    e->form = xstrdup(form);
    index_entry(n_entries - 1);
    return e;
}

/* Lower-cases UTF-8 and writes the form as the tokenizer will see it:
 * single spaces between tokens, the possessive 's a token of its own. */
static char *normalize_form(const char *s)
{
    utf8proc_uint8_t *lower = NULL;
    if (utf8proc_map((const utf8proc_uint8_t *)s, 0, &lower,
                     UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                         UTF8PROC_CASEFOLD) < 0)
        die("'%s' is not UTF-8", s);
    size_t n = strlen((char *)lower);
    char *out = malloc(n * 2 + 1);
    if (!out)
        die("out of memory");
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = (char)lower[i];
        if (c == ' ' || c == '\t') {
            if (o && out[o - 1] != ' ')
                out[o++] = ' ';
            continue;
        }
        /* "mcdonald's" -> "mcdonald 's" */
        if (c == '\'' && i + 1 < n && lower[i + 1] == 's' &&
            (i + 2 == n || lower[i + 2] == ' ') && o && out[o - 1] != ' ')
            out[o++] = ' ';
        out[o++] = c;
    }
    while (o && out[o - 1] == ' ')
        o--;
    out[o] = '\0';
    free(lower);
    return out;
}

static unsigned country_add(const char *code, const char *name)
{
    for (size_t i = 0; i < n_countries; i++)
        if (strcmp(countries[i].code, code) == 0)
            return (unsigned)i + 1;
    if (strlen(code) != 3)
        die("'%s' is not an alpha-3 code", code);
    if (n_countries == cap_countries) {
        cap_countries = cap_countries ? cap_countries * 2 : 256;
        countries = xrealloc(countries, cap_countries * sizeof *countries);
    }
    country *c = &countries[n_countries++];
    memcpy(c->code, code, 4);
    c->name = xstrdup(name);
    return (unsigned)n_countries;
}

static unsigned country_find(const char *code)
{
    if (strcmp(code, "-") == 0)
        return 0;
    for (size_t i = 0; i < n_countries; i++)
        if (strcmp(countries[i].code, code) == 0)
            return (unsigned)i + 1;
    die("unknown country code '%s'", code);
    return 0;
}

/* "north macedonia" -> "North Macedonia" */
static char *title_case(const char *s)
{
    char *t = xstrdup(s);
    bool start = true;
    for (char *p = t; *p; p++) {
        if (start && *p >= 'a' && *p <= 'z') {
            bool small = strncmp(p, "of ", 3) == 0 ||
                         strncmp(p, "and ", 4) == 0 ||
                         strncmp(p, "the ", 4) == 0;
            if (!small || p == t)
                *p = (char)(*p - 32);
        }
        start = *p == ' ' || *p == '-';
    }
    return t;
}

static unsigned name_index(const char *names, const char *value)
{
    unsigned i = 1;
    size_t vlen = strlen(value);
    for (const char *p = names; *p; i++) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (n == vlen && strncmp(p, value, n) == 0)
            return i;
        if (!bar)
            break;
        p = bar + 1;
    }
    die("'%s' is not one of %s", value, names);
    return 0;
}

static const uint8_t genders[] = {0, FW_GENDER_M, FW_GENDER_F, FW_GENDER_N,
                                  FW_GENDER_U};

static void set_gender(fw_lex_word *w, uint8_t g)
{
    /* A form listed with two genders (a name and a title) is either. */
    if (w->gender && w->gender != g)
        w->gender = FW_GENDER_U;
    else
        w->gender = g;
}

static void set_field(entry *e, const column *c, const char *value)
{
    fw_lex_word *w = &e->w;
    unsigned v = 0;
    if (c->names && *value)
        v = name_index(c->names, value);
    switch (c->field) {
    case F_ABBREV:
        w->abbrev = (uint8_t)v;
        break;
    case F_FUNC:
        w->func = (uint8_t)v;
        break;
    case F_CALENDAR:
        w->feats |= v == 1   ? FW_LEX_MONTH
                    : v == 2 ? FW_LEX_WEEKDAY
                             : FW_LEX_PERIOD;
        break;
    case F_NUMBER: {
        char *end;
        errno = 0;
        unsigned long n = strtoul(value, &end, 10);
        if (errno || *end || n > 0xFF)
            die("'%s' is not a number below 256", value);
        w->number = (uint8_t)n;
        break;
    }
    case F_GENDER:
        set_gender(w, genders[v]);
        break;
    case F_TITLE:
        w->title = (uint8_t)v;
        break;
    case F_ORG:
        w->org = (uint8_t)v;
        break;
    case F_COUNTRY:
        w->country = (uint8_t)country_find(value);
        break;
    case F_CANON:
        free(e->canon);
        e->canon = xstrdup(value);
        break;
    case F_CAPS:
        if (v)
            w->flags |= FW_LEXF_CAPS;
        break;
    case F_CNAME:
        if (v && w->country) {
            free(countries[w->country - 1].name);
            countries[w->country - 1].name = title_case(e->form);
        }
        break;
    case F_PLACE:
        w->place = v == 1 ? FW_PLACE_CAPITAL : FW_PLACE_CITY;
        break;
    case F_PLURAL:
        if (v == 2) {
            w->flags |= FW_LEXF_PLURAL;
            w->pron |= FW_PRON_PLURAL;
        }
        break;
    case F_PERSON:
        w->pron |= (uint8_t)v;
        break;
    case F_PCASE: {
        static const uint8_t cases[] = {0, FW_PRON_SUBJ, FW_PRON_OBJ,
                                        FW_PRON_POSS, FW_PRON_REFL};
        w->pron |= cases[v];
        break;
    }
    case F_POSITION:
        w->flags |= v == 1   ? FW_LEXF_BEFORE
                    : v == 2 ? FW_LEXF_AFTER
                    : v == 3 ? FW_LEXF_BEFORE | FW_LEXF_AFTER
                             : FW_LEXF_PART;
        break;
    case F_CONTEXT:
        w->ctx |= (uint16_t)(1u << (v - 1));
        break;
    case F_CUE:
        if (!w->cue)
            w->cue = (uint8_t)v;
        break;
    case F_OBJECT:
        if (v == 1)
            w->cue_flags |= FW_CUEF_OBJECT;
        break;
    case F_BASE: {
        /* in the order of the column's values; "-" sets nothing */
        static const uint8_t forms[] = {0,
                                        FW_CUEF_BASE,
                                        FW_CUEF_PLURAL,
                                        FW_CUEF_TAG,
                                        FW_CUEF_NOUN,
                                        FW_CUEF_CLAUSE,
                                        FW_CUEF_STATE,
                                        FW_CUEF_AMOUNT};
        if (v >= 1 && (size_t)v < sizeof forms)
            w->cue_flags |= forms[v];
        break;
    }
    case F_NONE:
        break;
    }
}

/* Registers a form: its entry, and the phrase mark on its first word. */
static entry *add_form(const char *raw)
{
    char *form = normalize_form(raw);
    if (!*form)
        die("empty form");
    if (strlen(form) > FW_LEX_MAX_FORM)
        die("form '%s' is too long", form);
    entry *e = find_or_add(form);
    const char *space = strchr(form, ' ');
    if (space) {
        unsigned tokens = 1;
        for (const char *p = form; *p; p++)
            tokens += *p == ' ';
        char first[FW_LEX_MAX_FORM + 1];
        memcpy(first, form, (size_t)(space - form));
        first[space - form] = '\0';
        entry *f = find_or_add(first);
        e = find(form); /* find_or_add may have moved the entries */
        f->w.feats |= FW_LEX_PHRASE;
        if (tokens > f->w.phrase)
            f->w.phrase = (uint8_t)tokens;
    }
    free(form);
    return e;
}

static void read_file(const char *dir, const lexfile *lf)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, lf->name);
    FILE *f = fopen(path, "r");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    cur_file = lf->name;
    cur_line = 0;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        cur_line++;
        size_t n = strlen(line);
        if (n && line[n - 1] == '\n')
            line[--n] = '\0';
        if (n && line[n - 1] == '\r')
            line[--n] = '\0';
        if (n == 0 || line[0] == '#')
            continue;
        char *cols[8];
        size_t nc = 0;
        for (char *p = line; nc < 8;) {
            cols[nc++] = p;
            char *tab = strchr(p, '\t');
            if (!tab)
                break;
            *tab = '\0';
            p = tab + 1;
        }
        for (const char *p = cols[0]; *p; p++)
            if (*p >= 'A' && *p <= 'Z')
                die("form '%s' is not lower case", cols[0]);
        entry *e = add_form(cols[0]);
        e->w.feats |= lf->feature;
        e->w.flags |= lf->flags;
        if (lf->place && !e->w.place)
            e->w.place = lf->place;
        for (size_t i = 0; i < sizeof lf->cols / sizeof lf->cols[0] &&
                           lf->cols[i].field != F_NONE;
             i++) {
            if (i + 1 >= nc) {
                if (lf->cols[i].optional)
                    break;
                die("missing column %zu", i + 2);
            }
            set_field(e, &lf->cols[i], cols[i + 1]);
        }
    }
    fclose(f);
    cur_file = NULL;
}

static cJSON *read_json(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open %s: %s", path, strerror(errno));
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    if (size <= 0)
        die("%s is empty", path);
    char *buf = malloc((size_t)size + 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size)
        die("cannot read %s", path);
    buf[size] = '\0';
    fclose(f);
    cJSON *json = cJSON_Parse(buf);
    free(buf);
    if (!json)
        die("%s is not JSON", path);
    return json;
}

/* A name usable as a form: no "Iran, Islamic Republic of". */
static bool plain_name(const char *s)
{
    return s && !strpbrk(s, ",()[]0123456789");
}

static void add_place(const char *name, unsigned country_idx, uint8_t kind)
{
    if (!plain_name(name))
        return;
    char *form = normalize_form(name);
    bool ok = strlen(form) <= FW_LEX_MAX_FORM;
    free(form);
    if (!ok)
        return;
    entry *e = add_form(name);
    e->w.feats |= FW_LEX_PLACE;
    /* A country beats a state of the same name; a listed city keeps its
     * kind. */
    if (!e->w.place || kind == FW_PLACE_COUNTRY) {
        e->w.place = kind;
        e->w.country = (uint8_t)country_idx;
    }
}

static void read_countries(const char *iso_dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/iso_3166-1.json", iso_dir);
    cJSON *json = read_json(path);
    cJSON *list = cJSON_GetObjectItem(json, "3166-1");
    cJSON *c;
    cJSON_ArrayForEach(c, list)
    {
        const char *code =
            cJSON_GetStringValue(cJSON_GetObjectItem(c, "alpha_3"));
        const char *name = cJSON_GetStringValue(cJSON_GetObjectItem(c, "name"));
        const char *common =
            cJSON_GetStringValue(cJSON_GetObjectItem(c, "common_name"));
        if (!code || !name)
            die("%s: a country without alpha_3 or name", path);
        country_add(code, common ? common : name);
    }
    cJSON_Delete(json);
}

static void read_country_names(const char *iso_dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/iso_3166-1.json", iso_dir);
    cJSON *json = read_json(path);
    cJSON *c;
    cJSON_ArrayForEach(c, cJSON_GetObjectItem(json, "3166-1"))
    {
        unsigned idx = country_find(
            cJSON_GetStringValue(cJSON_GetObjectItem(c, "alpha_3")));
        const char *keys[] = {"name", "common_name", "official_name"};
        for (size_t k = 0; k < 3; k++)
            add_place(cJSON_GetStringValue(cJSON_GetObjectItem(c, keys[k])),
                      idx, FW_PLACE_COUNTRY);
    }
    cJSON_Delete(json);
}

static void read_subdivisions(const char *iso_dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/iso_3166-2.json", iso_dir);
    cJSON *json = read_json(path);
    cJSON *s;
    cJSON_ArrayForEach(s, cJSON_GetObjectItem(json, "3166-2"))
    {
        const char *code = cJSON_GetStringValue(cJSON_GetObjectItem(s, "code"));
        const char *name = cJSON_GetStringValue(cJSON_GetObjectItem(s, "name"));
        const char *type = cJSON_GetStringValue(cJSON_GetObjectItem(s, "type"));
        if (!code || !name || !type || strlen(code) < 2)
            continue;
        bool wanted = false;
        for (size_t i = 0;
             i < sizeof subdivision_types / sizeof subdivision_types[0] &&
             !wanted;
             i++)
            wanted = strcmp(type, subdivision_types[i]) == 0;
        if (!wanted)
            continue;
        char *form = normalize_form(name);
        entry *existing = find(form);
        /* Everyday words ("Centre", "North") are not places by
         * themselves, nor are given names ("Mary", "Nelson"); but a US
         * state is a place in news copy whatever else it names
         * ("Virginia"), its context telling which. */
        bool us_state = strncmp(code, "US-", 3) == 0;
        bool common =
            existing && (existing->w.feats &
                         (FW_LEX_COMMON | FW_LEX_FUNCTION | FW_LEX_TITLE |
                          (us_state ? 0 : FW_LEX_GIVEN)));
        free(form);
        if (common)
            continue;
        add_place(name, 0, FW_PLACE_SUBDIVISION);
    }
    cJSON_Delete(json);
}

/* Countries of subdivisions, from the alpha-2 codes. */
static void subdivision_countries(const char *iso_dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/iso_3166-1.json", iso_dir);
    cJSON *c1 = read_json(path);
    snprintf(path, sizeof path, "%s/iso_3166-2.json", iso_dir);
    cJSON *c2 = read_json(path);
    cJSON *s;
    cJSON_ArrayForEach(s, cJSON_GetObjectItem(c2, "3166-2"))
    {
        const char *code = cJSON_GetStringValue(cJSON_GetObjectItem(s, "code"));
        const char *name = cJSON_GetStringValue(cJSON_GetObjectItem(s, "name"));
        if (!code || !name || !plain_name(name))
            continue;
        char *form = normalize_form(name);
        entry *e = find(form);
        free(form);
        if (!e || e->w.place != FW_PLACE_SUBDIVISION || e->w.country)
            continue;
        cJSON *c;
        cJSON_ArrayForEach(c, cJSON_GetObjectItem(c1, "3166-1"))
        {
            const char *a2 =
                cJSON_GetStringValue(cJSON_GetObjectItem(c, "alpha_2"));
            if (a2 && strncmp(a2, code, 2) == 0) {
                e->w.country = (uint8_t)country_find(
                    cJSON_GetStringValue(cJSON_GetObjectItem(c, "alpha_3")));
                break;
            }
        }
    }
    cJSON_Delete(c1);
    cJSON_Delete(c2);
}

/* How often running text meets a form, roughly: closed-class and
 * everyday words first, so that the records and forms a document touches
 * most sit together in a few cache lines. */
static int hotness(const entry *e)
{
    uint32_t f = e->w.feats;
    if (f & (FW_LEX_FUNCTION | FW_LEX_PRONOUN | FW_LEX_CUE | FW_LEX_CONTEXT |
             FW_LEX_MONTH | FW_LEX_WEEKDAY | FW_LEX_PERIOD))
        return 0;
    if (f & (FW_LEX_COMMON | FW_LEX_TITLE | FW_LEX_HONORIFIC |
             FW_LEX_TITLE_MOD | FW_LEX_ORG_WORD | FW_LEX_DEMONYM))
        return 1;
    return 2;
}

static int cmp_entry(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int hx = hotness(x), hy = hotness(y);
    if (hx != hy)
        return hx - hy;
    return strcmp(x->form, y->form);
}

/* Writes a bit set of 'bits' bits as the array 'name', its size as the
 * macro 'size'. */
static void write_bits(FILE *out, const char *size, const char *name,
                       const uint64_t *set, size_t bits)
{
    fprintf(out, "#define %s %zu\n", size, bits);
    fprintf(out, "static const uint64_t %s[%zu] = {", name, bits / 64);
    for (size_t i = 0; i < bits / 64; i++)
        fprintf(out, "%s0x%llxull,", i % 4 ? " " : "\n    ",
                (unsigned long long)set[i]);
    fputs("\n};\n\n", out);
}

static void write_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F || c == '?')
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: gen_lexicon DATA_DIR ISO_DIR OUTPUT\n");
        return 2;
    }
    read_countries(argv[2]);
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        if (strcmp(files[i].name, "country_names.tsv") == 0) {
            /* Kosovo and the like: codes iso-codes does not have. */
            country_add("XKX", "Kosovo");
        }
        read_file(argv[1], &files[i]);
    }
    read_subdivisions(argv[2]);
    subdivision_countries(argv[2]);
    read_country_names(argv[2]);

    /* Sorted, so the output does not depend on file order. */
    qsort(entries, n_entries, sizeof *entries, cmp_entry);
    if (n_entries >= FW_LEX_ID_MASK)
        die("too many forms for the index");
    if (n_countries >= 255)
        die("too many countries for fw_lex_word.country");

    /* At most a quarter full: misses, the common case, end fast. */
    size_t slots = 64;
    while (slots < n_entries * 4)
        slots *= 2;
    uint32_t *index = calloc(slots, sizeof *index);
    if (!index)
        die("out of memory");

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[3]);
    FILE *out = fopen(tmp, "w");
    if (!out)
        die("cannot write %s: %s", tmp, strerror(errno));
    fprintf(out, "/* Generated by tools/gen_lexicon.c from data/ and "
                 "iso-codes. Do not edit. */\n\n");
    fprintf(out,
            "#define LEX_WORDS %zu\n#define LEX_SLOTS %zu\n"
            "#define LEX_COUNTRIES %zu\n\n",
            n_entries, slots, n_countries);

    /* The string pool: forms, then canonical names, then countries. */
    fprintf(out, "static const char lex_strings[] =\n");
    uint32_t offset = 0;
    for (size_t i = 0; i < n_entries; i++) {
        entry *e = &entries[i];
        size_t len = strlen(e->form);
        e->w.str = offset;
        e->w.len = (uint8_t)len;
        memcpy(&e->w.head, e->form, len < 8 ? len : 8);
        offset += (uint32_t)len + 1;
        fputs("    ", out);
        write_string(out, e->form);
        fputs(" \"\\0\"\n", out);
        uint32_t h = fw_hash_bytes(e->form, len);
        size_t s = h & (slots - 1);
        while (index[s])
            s = (s + 1) & (slots - 1);
        index[s] = ((uint32_t)i + 1) | (h & ~FW_LEX_ID_MASK);
    }
    for (size_t i = 0; i < n_entries; i++) {
        entry *e = &entries[i];
        if (!e->canon)
            continue;
        e->canon_at = offset + 1;
        e->w.flags |= FW_LEXF_CANON;
        offset += (uint32_t)strlen(e->canon) + 1;
        fputs("    ", out);
        write_string(out, e->canon);
        fputs(" \"\\0\"\n", out);
    }
    uint32_t *country_name_at =
        calloc(n_countries + 1, sizeof *country_name_at);
    if (!country_name_at)
        die("out of memory");
    for (size_t i = 0; i < n_countries; i++) {
        country_name_at[i] = offset;
        offset += (uint32_t)strlen(countries[i].name) + 1;
        fputs("    ", out);
        write_string(out, countries[i].name);
        fputs(" \"\\0\"\n", out);
    }
    /* Eight bytes of padding: a form may be compared eight bytes at a
     * time, its NUL and what follows it included. */
    fputs("    \"\\0\\0\\0\\0\\0\\0\\0\";\n\n", out);

    fprintf(out, "static const fw_lex_word lex_words[LEX_WORDS + 1] = {\n"
                 "    {0},\n");
    for (size_t i = 0; i < n_entries; i++) {
        const fw_lex_word *w = &entries[i].w;
        fprintf(out,
                "    {0x%llxull, %u, 0x%xu, %u, %u, %u, %u, %u, %u, %u, %u, "
                "%u, %u, %u, %u, %u, %u, %u},\n",
                (unsigned long long)w->head, w->str, w->feats, w->ctx, w->len,
                w->number, w->country, w->abbrev, w->func, w->gender, w->title,
                w->org, w->place, w->pron, w->flags, w->phrase, w->cue,
                w->cue_flags);
    }
    fputs("};\n\n", out);
    fprintf(out, "static const uint32_t lex_canon[LEX_WORDS + 1] = {\n    0,");
    for (size_t i = 0; i < n_entries; i++)
        fprintf(out, "%s%u,", (i + 1) % 8 ? " " : "\n    ",
                entries[i].canon_at);
    fputs("\n};\n\n", out);
    fprintf(out, "static const uint32_t lex_index[LEX_SLOTS] = {");
    for (size_t i = 0; i < slots; i++)
        fprintf(out, "%s%u,", i % 8 ? " " : "\n    ", index[i]);
    fputs("\n};\n\n", out);
    /* The phrase index: forms of several tokens by the hash of their
     * tokens' hashes. */
    size_t n_phrases = 0;
    for (size_t i = 0; i < n_entries; i++)
        n_phrases += strchr(entries[i].form, ' ') != NULL;
    size_t pslots = 64;
    while (pslots < n_phrases * 4)
        pslots *= 2;
    uint32_t *pindex = calloc(pslots, sizeof *pindex);
    if (!pindex)
        die("out of memory");
    /* A bit set of the phrases' prefixes, about 1 bit in 8 set. */
    size_t prefix_bits = 4096;
    while (prefix_bits < n_phrases * 4 * 8)
        prefix_bits *= 2;
    uint64_t *prefixes = calloc(prefix_bits / 64, sizeof *prefixes);
    if (!prefixes)
        die("out of memory");
    for (size_t i = 0; i < n_entries; i++) {
        const char *f = entries[i].form;
        if (!strchr(f, ' '))
            continue;
        uint64_t h = FW_PHRASE_SEED;
        size_t tokens = 0;
        for (const char *p = f;;) {
            const char *sp = strchr(p, ' ');
            size_t n = sp ? (size_t)(sp - p) : strlen(p);
            h = fw_phrase_step(h, fw_hash_bytes(p, n));
            if (++tokens >= 2) {
                uint32_t bit = fw_hash_final(h) & (uint32_t)(prefix_bits - 1);
                prefixes[bit / 64] |= 1ull << (bit % 64);
            }
            if (!sp)
                break;
            p = sp + 1;
        }
        uint32_t ph = fw_hash_final(h);
        size_t s = ph & (pslots - 1);
        while (pindex[s])
            s = (s + 1) & (pslots - 1);
        pindex[s] = ((uint32_t)i + 1) | (ph & ~FW_LEX_ID_MASK);
    }
    fprintf(out, "#define LEX_PHRASE_SLOTS %zu\n", pslots);
    fprintf(out, "static const uint32_t lex_phrases[LEX_PHRASE_SLOTS] = {");
    for (size_t i = 0; i < pslots; i++)
        fprintf(out, "%s%u,", i % 8 ? " " : "\n    ", pindex[i]);
    fputs("\n};\n\n", out);

    write_bits(out, "LEX_PREFIX_BITS", "lex_phrase_prefixes", prefixes,
               prefix_bits);

    /* A bit set of the abbreviations' hashes: the tokenizer asks it of
     * every word before a period, and most are none ("said."). */
    size_t n_abbrevs = 0;
    for (size_t i = 0; i < n_entries; i++)
        n_abbrevs += (entries[i].w.feats & FW_LEX_ABBREV) != 0;
    size_t abbrev_bits = 1024;
    while (abbrev_bits < n_abbrevs * 16)
        abbrev_bits *= 2;
    uint64_t *abbrevs = calloc(abbrev_bits / 64, sizeof *abbrevs);
    if (!abbrevs)
        die("out of memory");
    for (size_t i = 0; i < n_entries; i++) {
        if (!(entries[i].w.feats & FW_LEX_ABBREV))
            continue;
        uint32_t bit = fw_hash_bytes(entries[i].form, strlen(entries[i].form)) &
                       (uint32_t)(abbrev_bits - 1);
        abbrevs[bit / 64] |= 1ull << (bit % 64);
    }
    write_bits(out, "LEX_ABBREV_BITS", "lex_abbrevs", abbrevs, abbrev_bits);

    fprintf(out, "static const char lex_country_codes[LEX_COUNTRIES + 1][4] "
                 "= {\n    \"\",");
    for (size_t i = 0; i < n_countries; i++)
        fprintf(out, "%s\"%s\",", i % 8 ? " " : "\n    ", countries[i].code);
    fputs("\n};\n\n", out);
    fprintf(out, "static const uint32_t lex_country_names[LEX_COUNTRIES + 1] "
                 "= {\n    0,");
    for (size_t i = 0; i < n_countries; i++)
        fprintf(out, "%s%u,", i % 8 ? " " : "\n    ", country_name_at[i]);
    fputs("\n};\n", out);
    if (fclose(out) != 0 || rename(tmp, argv[3]) != 0)
        die("cannot write %s: %s", argv[3], strerror(errno));
    return 0;
}
