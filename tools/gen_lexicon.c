/*
 * gen_lexicon.c - compiles the project's lexicons (data/ TSV files) into C
 * tables, at build time, so the fivew binary needs no data files.
 *
 * Input: the TSV files named in 'files' below, from DATA_DIR. Each line
 * is a lower-case form and its columns, tab-separated; '#' starts a
 * comment line. Output: build/gen/lexicon.inc, included by
 * src/lexicon.c: a string pool, one fw_lex_word per distinct form (with
 * the features of every file that lists it) and an open-addressing hash
 * index keyed by fw_hash_bytes() of the form.
 *
 * Usage: gen_lexicon DATA_DIR OUTPUT
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/lexhash.h"
#include "../src/lexicon.h"

/* Which fw_lex_word field a column sets. */
typedef enum field { F_NONE, F_ABBREV, F_FUNC, F_CAL_KIND, F_NUMBER } field;

typedef struct column {
    field field;       /* what the column sets */
    const char *names; /* "a|b|c": a -> 1, b -> 2 ...; NULL: a number */
} column;

typedef struct lexfile {
    const char *name;  /* file in DATA_DIR */
    uint32_t feature;  /* FW_LEX_* every form of the file gets */
    column cols[3];    /* columns after the form */
} lexfile;

static const lexfile files[] = {
    {"abbreviations.tsv", FW_LEX_ABBREV,
     {{F_ABBREV, "other|title|month|suffix|state|numeral"}}},
    {"function_words.tsv", FW_LEX_FUNCTION,
     {{F_FUNC, "det|pron|prep|conj|aux|adv|wh"}}},
    {"agencies.tsv", FW_LEX_AGENCY, {{F_NONE, NULL}}},
    {"calendar.tsv", 0, {{F_CAL_KIND, "month|weekday"}, {F_NUMBER, NULL}}},
};

typedef struct entry {
    char *form;
    fw_lex_word w;
} entry;

static entry *entries;
static size_t n_entries, cap_entries;
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

static entry *find_or_add(const char *form)
{
    if (by_form_slots) {
        size_t s = fw_hash_bytes(form, strlen(form)) & (by_form_slots - 1);
        for (; by_form[s]; s = (s + 1) & (by_form_slots - 1))
            if (strcmp(entries[by_form[s] - 1].form, form) == 0)
                return &entries[by_form[s] - 1];
    }
    if (n_entries == cap_entries) {
        cap_entries = cap_entries ? cap_entries * 2 : 1024;
        entries = xrealloc(entries, cap_entries * sizeof *entries);
        free(by_form);
        by_form_slots = cap_entries * 2;
        by_form = calloc(by_form_slots, sizeof *by_form);
        if (!by_form)
            die("out of memory");
        for (size_t i = 0; i < n_entries; i++)
            index_entry(i);
    }
    entry *e = &entries[n_entries++];
    memset(e, 0, sizeof *e);
    e->form = strdup(form);
    if (!e->form)
        die("out of memory");
    index_entry(n_entries - 1);
    return e;
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

static void set_field(fw_lex_word *w, const column *c, const char *value)
{
    unsigned v;
    if (c->names) {
        v = name_index(c->names, value);
    } else {
        char *end;
        errno = 0;
        unsigned long n = strtoul(value, &end, 10);
        if (errno || *end || n > 0xFFFF)
            die("'%s' is not a number", value);
        v = (unsigned)n;
    }
    switch (c->field) {
    case F_ABBREV:
        w->abbrev = (uint8_t)v;
        break;
    case F_FUNC:
        w->func = (uint8_t)v;
        break;
    case F_CAL_KIND:
        w->feats |= v == 1 ? FW_LEX_MONTH : FW_LEX_WEEKDAY;
        break;
    case F_NUMBER:
        w->number = (uint16_t)v;
        break;
    case F_NONE:
        break;
    }
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
        if (strlen(cols[0]) > FW_LEX_MAX_FORM)
            die("form '%s' is too long", cols[0]);
        entry *e = find_or_add(cols[0]);
        e->w.feats |= lf->feature;
        for (size_t i = 0; i < sizeof lf->cols / sizeof lf->cols[0] && lf->cols[i].field; i++) {
            if (i + 1 >= nc)
                die("missing column %zu", i + 2);
            set_field(&e->w, &lf->cols[i], cols[i + 1]);
        }
    }
    fclose(f);
    cur_file = NULL;
}

static int cmp_entry(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->form, ((const entry *)b)->form);
}

static void write_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 0x20 || c >= 0x7F)
            fprintf(out, "\\%03o", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: gen_lexicon DATA_DIR OUTPUT\n");
        return 2;
    }
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
        read_file(argv[1], &files[i]);
    /* Sorted, so the output does not depend on file order. */
    qsort(entries, n_entries, sizeof *entries, cmp_entry);

    /* At most a quarter full: misses, the common case, end fast. */
    size_t slots = 64;
    while (slots < n_entries * 4)
        slots *= 2;
    if (n_entries >= FW_LEX_ID_MASK)
        die("too many forms for the index");
    uint32_t *index = calloc(slots, sizeof *index);
    if (!index)
        die("out of memory");
    uint32_t offset = 0;
    for (size_t i = 0; i < n_entries; i++) {
        entry *e = &entries[i];
        size_t len = strlen(e->form);
        e->w.str = offset;
        e->w.len = (uint16_t)len;
        offset += (uint32_t)len + 1;
        uint32_t h = fw_hash_bytes(e->form, len);
        size_t s = h & (slots - 1);
        while (index[s])
            s = (s + 1) & (slots - 1);
        index[s] = ((uint32_t)i + 1) | (h & ~FW_LEX_ID_MASK);
    }

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[2]);
    FILE *out = fopen(tmp, "w");
    if (!out)
        die("cannot write %s: %s", tmp, strerror(errno));
    fprintf(out, "/* Generated by tools/gen_lexicon.c from data/. "
                 "Do not edit. */\n\n");
    fprintf(out, "#define LEX_WORDS %zu\n#define LEX_SLOTS %zu\n\n",
            n_entries, slots);
    fprintf(out, "static const char lex_strings[] =\n");
    for (size_t i = 0; i < n_entries; i++) {
        fputs("    ", out);
        write_string(out, entries[i].form);
        fputs(" \"\\0\"\n", out);
    }
    fputs("    \"\";\n\n", out);
    fprintf(out, "static const fw_lex_word lex_words[LEX_WORDS + 1] = {\n"
                 "    {0},\n");
    for (size_t i = 0; i < n_entries; i++) {
        const fw_lex_word *w = &entries[i].w;
        fprintf(out, "    {%u, %u, %u, 0x%xu, %u, %u, {0}},\n", w->str,
                w->len, w->number, w->feats, w->abbrev, w->func);
    }
    fputs("};\n\n", out);
    fprintf(out, "static const uint32_t lex_index[LEX_SLOTS] = {");
    for (size_t i = 0; i < slots; i++)
        fprintf(out, "%s%u,", i % 16 ? " " : "\n    ", index[i]);
    fputs("\n};\n", out);
    if (fclose(out) != 0 || rename(tmp, argv[2]) != 0)
        die("cannot write %s: %s", argv[2], strerror(errno));
    return 0;
}
