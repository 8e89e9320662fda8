/*
 * dict.c - reading event dictionaries: TABARI and PETRARCH actors,
 * agents, verbs (TABARI's verb lists and PETRARCH's "--- NAME [code] ---"
 * blocks), synonym sets, discards, and TABARI .options files.
 *
 * Input: a dictionary file's text. Output: roots, literals and patterns
 * in the fw_dict (see dict.h). A line that cannot be used is skipped with
 * a warning naming its line; nothing a file holds can make a reader fail
 * but running out of memory.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "dict.h"
#include "lexhash.h"

/* ------------------------------------------------------------------ */
/* Growing tables                                                      */

#define GROW(d, arr, n, cap) FW_PUSH(&(d)->arena, arr, n, cap)

fw_dict *fw_dict_new(void)
{
    fw_arena arena = {0};
    fw_dict *d = fw_arena_alloc(&arena, sizeof *d);
    if (!d) {
        fw_arena_free(&arena);
        return NULL;
    }
    d->arena = arena;
    d->lit_mask = 1023;
    d->lit_index = fw_arena_alloc(&d->arena, 1024 * sizeof *d->lit_index);
    /* TABARI's defaults, which a .options file may change. */
    fw_coder_opts *o = &d->opts;
    o->min_words = 8;
    o->comma_min = 2, o->comma_max = 10;
    o->comma_emin = 2, o->comma_emax = 10;
    o->comma_bmin = 255, o->comma_bmax = 0;
    if (!d->lit_index) {
        fw_dict_free(d);
        return NULL;
    }
    /* String offset 0 is the empty string. */
    char *s = GROW(d, d->strings, d->n_strings, d->cap_strings);
    if (!s) {
        fw_dict_free(d);
        return NULL;
    }
    *s = '\0';
    return d;
}

void fw_dict_free(fw_dict *d)
{
    if (d) {
        fw_arena arena = d->arena;
        fw_arena_free(&arena);
    }
}

static uint32_t add_string(fw_dict *d, const char *s, size_t len)
{
    size_t at = d->n_strings;
    for (size_t i = 0; i <= len; i++) {
        char *c = GROW(d, d->strings, d->n_strings, d->cap_strings);
        if (!c)
            return UINT32_MAX;
        *c = i < len ? s[i] : '\0';
    }
    return (uint32_t)at;
}

/* ------------------------------------------------------------------ */
/* Literals                                                            */

static uint32_t lit_hash(const char *s, size_t len)
{
    uint32_t h = FW_LIT_HASH_INIT;
    for (size_t i = 0; i < len; i++)
        h = fw_lit_hash_step(h, (unsigned char)s[i]);
    return h;
}

uint32_t fw_dict_literal(const fw_dict *d, const char *s, size_t len)
{
    return fw_dict_literal_h(d, s, len, lit_hash(s, len));
}

uint32_t fw_dict_literal_h(const fw_dict *d, const char *s, size_t len,
                           uint32_t h)
{
    for (size_t i = h & d->lit_mask;; i = (i + 1) & d->lit_mask) {
        uint32_t v = d->lit_index[i];
        if (!v)
            return UINT32_MAX;
        const fw_literal *l = &d->lits[v - 1];
        if (l->len == len && memcmp(d->strings + l->str, s, len) == 0)
            return v - 1;
    }
}

static fw_status lit_rehash(fw_dict *d)
{
    size_t slots = (d->lit_mask + 1) * 2;
    uint32_t *index = fw_arena_alloc(&d->arena, slots * sizeof *index);
    if (!index)
        return FW_ENOMEM;
    for (size_t k = 0; k < d->n_lits; k++) {
        const fw_literal *l = &d->lits[k];
        uint32_t h = lit_hash(d->strings + l->str, l->len);
        size_t i = h & (slots - 1);
        while (index[i])
            i = (i + 1) & (slots - 1);
        index[i] = (uint32_t)k + 1;
    }
    d->lit_index = index;
    d->lit_mask = slots - 1;
    return FW_OK;
}

/* The literal spelt s[0..len), added if new; UINT32_MAX when out of
 * memory. */
static uint32_t intern(fw_dict *d, const char *s, size_t len)
{
    uint32_t id = fw_dict_literal(d, s, len);
    if (id != UINT32_MAX)
        return id;
    if ((d->n_lits + 1) * 2 > d->lit_mask + 1 && lit_rehash(d) != FW_OK)
        return UINT32_MAX;
    uint32_t str = add_string(d, s, len);
    fw_literal *l = GROW(d, d->lits, d->n_lits, d->cap_lits);
    if (!l || str == UINT32_MAX)
        return UINT32_MAX;
    l->str = str;
    l->len = (uint16_t)len;
    l->roots = l->n_roots = 0;
    id = (uint32_t)(d->n_lits - 1);
    uint32_t h = lit_hash(s, len);
    size_t i = h & d->lit_mask;
    while (d->lit_index[i])
        i = (i + 1) & d->lit_mask;
    d->lit_index[i] = id + 1;
    if (len > d->lit_maxlen)
        d->lit_maxlen = len;
    return id;
}

/* ------------------------------------------------------------------ */
/* Lines                                                               */

typedef struct reader {
    fw_dict *d;
    const char *text;
    size_t len, pos;
    const char *path;
    size_t lineno;
    fw_dict_warn *w;
    fw_status st;
    size_t expand_left; /* calls of expand_agent() the line has left */
} reader;

/* The next line, without its line break; false at the end. */
static bool next_line(reader *r, const char **line, size_t *n)
{
    if (r->pos >= r->len)
        return false;
    const char *s = r->text + r->pos;
    const char *nl = memchr(s, '\n', r->len - r->pos);
    size_t k = nl ? (size_t)(nl - s) : r->len - r->pos;
    r->pos += k + (nl != NULL);
    r->lineno++;
    while (k && (s[k - 1] == '\r' || s[k - 1] == ' ' || s[k - 1] == '\t'))
        k--;
    *line = s;
    *n = k;
    return true;
}

/* Counts a warning about line 'line' and hands it on. */
static void warn_line(fw_dict_warn *w, const char *path, size_t line,
                      const char *msg)
{
    if (w) {
        w->count++;
        if (w->fn)
            w->fn(w->ctx, path, line, msg);
    }
}

/* Reports "what: 'detail'" for the current line. */
static void warn(reader *r, const char *what, const char *detail, size_t n)
{
    char msg[200];
    snprintf(msg, sizeof msg, "%s: '%.*s'", what, (int)(n < 60 ? n : 60),
             detail);
    warn_line(r->w, r->path, r->lineno, msg);
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t';
}

/* The line without a comment: TABARI's ';', and '#' at the start or
 * after white space (PETRARCH's), "//" in .options files. */
static size_t strip_comment(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ';' || (s[i] == '#' && (i == 0 || is_blank(s[i - 1])))) {
            n = i;
            break;
        }
    }
    while (n && is_blank(s[n - 1]))
        n--;
    return n;
}

static size_t skip_blanks(const char *s, size_t i, size_t n)
{
    while (i < n && is_blank(s[i]))
        i++;
    return i;
}

/* Does s[0..n) start with 'word', in any case? (Dictionary text is not
 * NUL-terminated, so no str* function may run past n.) */
static bool starts_ci(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    return n >= wl && strncasecmp(s, word, wl) == 0;
}

/* The integer s[0..n) starts with (an optional sign, then digits), held
 * within +-1,000,000 so that no line can overflow it. */
static long bounded_int(const char *s, size_t n)
{
    size_t i = 0;
    bool neg = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        neg = s[i++] == '-';
    long v = 0;
    for (; i < n && s[i] >= '0' && s[i] <= '9'; i++)
        if (v < 1000000)
            v = v * 10 + (s[i] - '0');
    return neg ? -v : v;
}

/* ------------------------------------------------------------------ */
/* Phrases                                                             */

static char upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

/* Characters a literal may hold. */
static bool lit_char(char c)
{
    unsigned char u = (unsigned char)c;
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
           (u >= '0' && u <= '9') || c == '\'' || c == '.' || c == '$' ||
           u >= 0x80;
}

#define MAX_PHRASE 64

/* A phrase's elements are gathered here and stored in one run at the
 * end: the alternatives inside it are stored (as runs of their own)
 * while it is being read. */
typedef struct phrase_builder {
    fw_dict *d;
    fw_elem elems[MAX_PHRASE];
    uint16_t len, chars;
    bool markers; /* patterns: $ + % ^ & { } allowed */
    bool bad;
} phrase_builder;

static fw_elem *add_elem(phrase_builder *pb, fw_ekind kind, uint32_t value)
{
    if (pb->len == MAX_PHRASE) {
        pb->bad = true;
        return NULL;
    }
    fw_elem *e = &pb->elems[pb->len];
    e->kind = (uint8_t)kind;
    e->value = value;
    e->conn = FW_C_PARTIAL | FW_C_SKIP;
    pb->len++;
    return e;
}

static uint32_t find_synset(const fw_dict *d, const char *s, size_t n)
{
    for (size_t i = 0; i < d->n_synsets; i++) {
        const char *name = d->strings + d->synsets[i].name;
        if (strlen(name) == n && memcmp(name, s, n) == 0)
            return (uint32_t)i;
    }
    return UINT32_MAX;
}

/* Where the synset name at s[k] ('&') ends, or 0 when none is defined.
 * Names may hold '_' ("&TIETYPES_MEMOS" is &TIETYPES then MEMOS): the
 * longest defined name wins. */
static size_t synset_end(const fw_dict *d, const char *s, size_t k, size_t n)
{
    size_t e = k + 1;
    while (e < n && (lit_char(s[e]) || s[e] == '_'))
        e++;
    size_t best = 0;
    for (size_t t = k + 1; t <= e; t++)
        if ((t == e || s[t] == '_') &&
            find_synset(d, s + k, t - k) != UINT32_MAX)
            best = t;
    return best;
}

static fw_status parse_phrase(fw_dict *d, const char *s, size_t n, bool markers,
                              fw_phrase *out, size_t *used);

/* Connector characters between elements: blanks allow skipped words and
 * a stem match; '_' and '-' join words (whole words, consecutive);
 * "~_" joins consecutive words with a stem match; '=' forbids even the
 * regular endings. */
static bool conn_char(char c)
{
    return is_blank(c) || c == '_' || c == '-' || c == '~' || c == '=';
}

static uint8_t conn_of(const char *s, size_t a, size_t b)
{
    bool blank = false, join = false, tilde = false, equal = false;
    for (size_t k = a; k < b; k++) {
        blank |= is_blank(s[k]);
        join |= s[k] == '_' || s[k] == '-';
        tilde |= s[k] == '~';
        equal |= s[k] == '=';
    }
    if (equal)
        return FW_C_EXACT;
    uint8_t c = 0;
    if (!join || tilde)
        c |= FW_C_PARTIAL;
    if (blank)
        c |= FW_C_SKIP;
    return c;
}

/* Parses s[*i..n) up to the end or a stop character (for alternatives:
 * '|' or '}'), adding elements to 'pb'. The connector after the last
 * element is what follows it in the text (the caller decides what an
 * empty one means). */
static void parse_elems(phrase_builder *pb, const char *s, size_t n, size_t *i,
                        const char *stops)
{
    fw_dict *d = pb->d;
    fw_elem *last = NULL;
    size_t k = *i;
    while (k < n) {
        char c = s[k];
        if (c && strchr(stops, c))
            break;
        if (conn_char(c)) {
            size_t e = k;
            while (e < n && conn_char(s[e]))
                e++;
            if (last)
                last->conn = conn_of(s, k, e);
            k = e;
            continue;
        }
        if (pb->markers && (c == '$' || c == '+' || c == '%' || c == '^')) {
            static const char marks[] = "$+%^";
            static const fw_ekind kinds[] = {FW_E_SOURCE, FW_E_TARGET,
                                             FW_E_CMPD, FW_E_SKIPACT};
            last = add_elem(pb, kinds[strchr(marks, c) - marks], 0);
            k++;
            continue;
        }
        if (c == '(' || c == ')' || c == '}' || c == '{') {
            k++; /* PETRARCH's phrase brackets: the words inside count */
            continue;
        }
        if (c == '&' && pb->markers) {
            size_t best = synset_end(d, s, k, n);
            if (!best) {
                pb->bad = true;
                return;
            }
            last = add_elem(pb, FW_E_SYNSET, find_synset(d, s + k, best - k));
            k = best;
            continue;
        }
        if (!lit_char(c)) {
            k++; /* stray punctuation */
            continue;
        }
        char buf[128];
        size_t m = 0;
        while (k < n && lit_char(s[k]) && m < sizeof buf)
            buf[m++] = upper(s[k++]);
        while (k < n && lit_char(s[k]))
            k++;
        uint32_t id = intern(d, buf, m);
        if (id == UINT32_MAX) {
            pb->bad = true;
            return;
        }
        last = add_elem(pb, FW_E_LIT, id);
        if (last)
            last->conn = FW_C_PARTIAL; /* open until a connector says */
        pb->chars = (uint16_t)(pb->chars + m);
    }
    *i = k;
}

static fw_status parse_phrase(fw_dict *d, const char *s, size_t n, bool markers,
                              fw_phrase *out, size_t *used)
{
    phrase_builder pb = {.d = d, .markers = markers};
    size_t i = 0;
    parse_elems(&pb, s, n, &i, "");
    *used = i;
    if (pb.bad)
        return FW_EINVAL;
    out->first = (uint32_t)d->n_elems;
    out->len = pb.len;
    out->chars = pb.chars;
    for (uint16_t k = 0; k < pb.len; k++) {
        fw_elem *e = GROW(d, d->elems, d->n_elems, d->cap_elems);
        if (!e)
            return FW_ENOMEM;
        *e = pb.elems[k];
    }
    return FW_OK;
}

/* The connector after the last literal of 'p': how its word may end. */
static uint8_t phrase_end(const fw_dict *d, fw_phrase p)
{
    return p.len ? d->elems[p.first + p.len - 1].conn : FW_C_PARTIAL;
}

/* Fixes the last element's connector from the raw text: a phrase that
 * ends on a letter is open (stem match); "_" closes it, "=" closes it to
 * endings too. */
static void close_phrase(fw_dict *d, fw_phrase p, const char *s, size_t n)
{
    if (!p.len)
        return;
    fw_elem *e = &d->elems[p.first + p.len - 1];
    while (n && is_blank(s[n - 1]))
        n--;
    if (n && s[n - 1] == '=')
        e->conn = FW_C_EXACT;
    else if (n && s[n - 1] == '_')
        e->conn = 0;
    else
        e->conn = FW_C_PARTIAL;
}

static fw_status add_root(fw_dict *d, fw_phrase p, fw_wtype type,
                          uint32_t value, uint16_t n_values)
{
    if (!p.len || d->elems[p.first].kind != FW_E_LIT)
        return FW_EINVAL;
    fw_root *r = GROW(d, d->roots, d->n_roots, d->cap_roots);
    if (!r)
        return FW_ENOMEM;
    r->phrase = p;
    r->wtype = (uint8_t)type;
    r->end = phrase_end(d, p);
    r->value = value;
    r->n_values = n_values;
    r->order = (uint32_t)(d->n_roots - 1);
    return FW_OK;
}

/* Parses and adds the root spelt s[0..n). */
static fw_status root_from_text(reader *r, const char *s, size_t n,
                                fw_wtype type, uint32_t value,
                                uint16_t n_values)
{
    fw_phrase p;
    size_t used;
    fw_status st = parse_phrase(r->d, s, n, false, &p, &used);
    if (st == FW_ENOMEM)
        return st;
    if (st != FW_OK || !p.len) {
        warn(r, "cannot read the phrase", s, n);
        return FW_OK;
    }
    close_phrase(r->d, p, s, n);
    st = add_root(r->d, p, type, value, n_values);
    if (st == FW_EINVAL) {
        warn(r, "a phrase must start with a word", s, n);
        return FW_OK;
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* Dates and codes                                                     */

static long days_from_civil(long y, int m, int day)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int32_t fw_dict_date(const char *s, size_t len)
{
    size_t n = 0;
    while (n < len && s[n] >= '0' && s[n] <= '9')
        n++;
    int y, m, day;
    if (n >= 8) {
        y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
            (s[3] - '0');
        s += 4;
    } else if (n >= 6) {
        y = (s[0] - '0') * 10 + (s[1] - '0');
        y += y <= 30 ? 2000 : 1900;
        s += 2;
    } else {
        return FW_NO_DATE;
    }
    m = (s[0] - '0') * 10 + (s[1] - '0');
    day = (s[2] - '0') * 10 + (s[3] - '0');
    if (m < 1 || m > 12 || day < 1 || day > 31)
        return FW_NO_DATE;
    return (int32_t)days_from_civil(y, m, day);
}

/* Parses "CODE", "CODE <date", "CODE >date", "CODE date-date" (the
 * inside of one [...]). */
static bool parse_actor_code(reader *r, const char *s, size_t n,
                             fw_actor_code *c)
{
    memset(c, 0, sizeof *c);
    size_t i = skip_blanks(s, 0, n);
    size_t e = i;
    while (e < n && !is_blank(s[e]) && s[e] != '<' && s[e] != '>')
        e++;
    /* A date where the code should be: "[991201-010114]". */
    bool digits = false;
    for (size_t k = i; k < e; k++)
        digits |= s[k] >= '0' && s[k] <= '9';
    for (size_t k = i; k < e && digits; k++)
        digits = (s[k] >= '0' && s[k] <= '9') || s[k] == '-';
    if (e == i || digits || e - i >= sizeof c->code) {
        warn(r, "no code in brackets", s, n);
        return false;
    }
    memcpy(c->code, s + i, e - i);
    i = skip_blanks(s, e, n);
    if (i == n)
        return true;
    if (s[i] == '<' || s[i] == '>') {
        c->when = (uint8_t)s[i];
        i = skip_blanks(s, i + 1, n);
        c->from = c->to = fw_dict_date(s + i, n - i);
    } else {
        c->when = '-';
        c->from = fw_dict_date(s + i, n - i);
        const char *dash = memchr(s + i, '-', n - i);
        size_t j = dash ? skip_blanks(s, (size_t)(dash - s) + 1, n) : n;
        c->to = j < n ? fw_dict_date(s + j, n - j) : FW_NO_DATE;
    }
    if (c->from == FW_NO_DATE || c->to == FW_NO_DATE) {
        warn(r, "cannot read the date in brackets", s, n);
        return false;
    }
    return true;
}

static bool parse_code(const char *s, size_t n, fw_code *c)
{
    memset(c, 0, sizeof *c);
    size_t i = 0;
    while (i < n && is_blank(s[i]))
        i++;
    while (n > i && is_blank(s[n - 1]))
        n--;
    if (i == n)
        return false;
    if (s[n - 1] == '!')
        c->dominant = true, n--;
    if (n > i && s[n - 1] == '?')
        c->weak = true, n--;
    const char *colon = memchr(s + i, ':', n - i);
    size_t a = colon ? (size_t)(colon - s) : n;
    if (a - i >= sizeof c->main)
        return false;
    memcpy(c->main, s + i, a - i);
    if (colon) {
        size_t b = n - (a + 1);
        if (b >= sizeof c->pair)
            return false;
        memcpy(c->pair, s + a + 1, b);
    }
    return true;
}

/* The bracketed groups of a line: [ ... ] [ ... ]. Returns the end of the
 * text before the first '['. */
static size_t before_brackets(const char *s, size_t n)
{
    const char *b = memchr(s, '[', n);
    size_t e = b ? (size_t)(b - s) : n;
    while (e && is_blank(s[e - 1]))
        e--;
    return e;
}

/* ------------------------------------------------------------------ */
/* Actors                                                              */

typedef struct actor_entry {
    size_t first_root; /* roots added for this entry (primary, synonyms) */
    size_t first_code;
    size_t n_codes;
    size_t line;      /* of its phrase */
    const char *text; /* its phrase, for a warning */
    size_t len;
    bool bracketed; /* it had codes, readable or not */
} actor_entry;

static fw_status add_code_groups(reader *r, const char *s, size_t n)
{
    fw_dict *d = r->d;
    size_t i = 0;
    while (i < n) {
        const char *open = memchr(s + i, '[', n - i);
        if (!open)
            break;
        size_t a = (size_t)(open - s) + 1;
        const char *close = memchr(s + a, ']', n - a);
        if (!close) {
            warn(r, "unclosed '['", s, n);
            break;
        }
        size_t b = (size_t)(close - s);
        fw_actor_code c;
        if (parse_actor_code(r, s + a, b - a, &c)) {
            fw_actor_code *slot =
                GROW(d, d->acodes, d->n_acodes, d->cap_acodes);
            if (!slot)
                return FW_ENOMEM;
            *slot = c;
        }
        i = b + 1;
    }
    return FW_OK;
}

/* Gives the roots of an entry their codes, once all are read. */
static void finish_actor(reader *r, actor_entry *e)
{
    fw_dict *d = r->d;
    if (e->first_root == SIZE_MAX)
        return;
    e->n_codes = d->n_acodes - e->first_code;
    if (!e->n_codes && !e->bracketed) { /* none on its line or after */
        size_t now = r->lineno;
        r->lineno = e->line;
        warn(r, "an actor without a [code]", e->text, e->len);
        r->lineno = now;
    }
    for (size_t k = e->first_root; k < d->n_roots; k++) {
        d->roots[k].value = (uint32_t)e->first_code;
        d->roots[k].n_values = (uint16_t)e->n_codes;
    }
    e->first_root = SIZE_MAX;
}

static fw_status read_section(reader *r, const char *end_tag, fw_wtype type)
{
    const char *line;
    size_t n;
    while (next_line(r, &line, &n)) {
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n)
            continue;
        if (starts_ci(line + i, n - i, end_tag))
            return FW_OK;
        size_t e = before_brackets(line + i, n - i);
        fw_status st = root_from_text(r, line + i, e, type, 0, 0);
        if (st != FW_OK)
            return st;
    }
    warn(r, "missing the end marker", end_tag, strlen(end_tag));
    return FW_OK;
}

fw_status fw_dict_read_actors(fw_dict *d, const char *text, size_t len,
                              const char *path, fw_dict_warn *w)
{
    reader r = {.d = d, .text = text, .len = len, .path = path, .w = w};
    actor_entry e = {.first_root = SIZE_MAX};
    const char *line;
    size_t n;
    fw_status st = FW_OK;
    while (st == FW_OK && next_line(&r, &line, &n)) {
        if (n >= 2 && line[0] == '~' && line[1] == '~')
            break; /* TABARI's end marker */
        if (n >= 10 && memcmp(line, "---STOP---", 10) == 0)
            break;
        bool indented = n && is_blank(line[0]);
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n)
            continue;
        const char *s = line + i;
        size_t m = n - i;
        if (s[0] == '<') {
            if (starts_ci(s, m, "<NOUN>"))
                st = read_section(&r, "</NOUN>", FW_W_NOUN);
            else if (starts_ci(s, m, "<ADJECTIVE>"))
                st = read_section(&r, "</ADJECTIVE>", FW_W_ADJ);
            continue; /* other tags and <!-- comments --> */
        }
        if (indented && s[0] == '[') { /* a code line of the entry */
            if (e.first_root == SIZE_MAX)
                warn(&r, "a code with no actor", s, m);
            else
                st = add_code_groups(&r, s, m);
            e.bracketed = true;
            continue;
        }
        if (s[0] == '+') { /* a synonym */
            if (e.first_root == SIZE_MAX) {
                warn(&r, "a synonym with no actor", s, m);
                continue;
            }
            size_t pe = before_brackets(s + 1, m - 1);
            st = root_from_text(&r, s + 1, pe, FW_W_ACTOR, 0, 0);
            if (st == FW_OK && pe < m - 1)
                st = add_code_groups(&r, s + 1 + pe, m - 1 - pe);
            if (st == FW_OK)
                d->n_actor_phrases++;
            continue;
        }
        finish_actor(&r, &e);
        size_t pe = before_brackets(s, m);
        if (pe == 0) {
            warn(&r, "a code with no phrase", s, m);
            continue;
        }
        e.first_root = d->n_roots;
        e.first_code = d->n_acodes;
        e.line = r.lineno;
        e.text = s;
        e.len = m;
        e.bracketed = pe < m;
        st = root_from_text(&r, s, pe, FW_W_ACTOR, 0, 0);
        if (st == FW_OK && e.first_root == d->n_roots)
            e.first_root = SIZE_MAX; /* the phrase was unusable */
        if (st == FW_OK && pe < m)
            st = add_code_groups(&r, s + pe, m - pe);
        if (st == FW_OK)
            d->n_actor_phrases++;
    }
    finish_actor(&r, &e);
    return st;
}

/* ------------------------------------------------------------------ */
/* Agents                                                              */

typedef struct subst {
    const char *name; /* "!PERSON!" */
    size_t name_len;
    const char *list; /* "MAN, MEN, WOMAN" */
    size_t list_len;
} subst;

static fw_status add_agent(reader *r, const char *s, size_t n, uint32_t code)
{
    return root_from_text(r, s, n, FW_W_AGENT, code, 1);
}

/* Phrases or patterns one line may make: agents' sets (whose items may
 * name sets again), verbs' alternatives and issues' forms multiply.
 * Real dictionaries need a few dozen. */
#define MAX_EXPANSIONS 256

/* Adds the agent phrase s[0..n) with every substitution of the first
 * "!SET!" it holds, within the line's budget of calls (r->expand_left). */
static fw_status expand_agent(reader *r, const char *s, size_t n, uint32_t code,
                              const subst *subs, size_t n_subs, int depth)
{
    if (r->expand_left == 0)
        return FW_OK;
    if (--r->expand_left == 0) {
        warn(r, "too many substitutions; the rest of the line is skipped", s,
             n);
        return FW_OK;
    }
    const char *bang = memchr(s, '!', n);
    const char *bang2 =
        bang ? memchr(bang + 1, '!', (size_t)(s + n - bang - 1)) : NULL;
    if (!bang || !bang2 || depth > 4)
        return add_agent(r, s, n, code);
    size_t nl = (size_t)(bang2 - bang) + 1;
    for (size_t k = 0; k < n_subs; k++) {
        if (subs[k].name_len != nl || memcmp(subs[k].name, bang, nl) != 0)
            continue;
        const char *l = subs[k].list;
        size_t ll = subs[k].list_len;
        for (size_t i = 0; i < ll;) {
            const char *comma = memchr(l + i, ',', ll - i);
            size_t e = comma ? (size_t)(comma - l) : ll;
            size_t a = skip_blanks(l, i, e), b = e;
            while (b > a && is_blank(l[b - 1]))
                b--;
            char buf[256];
            size_t pre = (size_t)(bang - s), post = n - pre - nl;
            if (pre + (b - a) + post < sizeof buf) {
                memcpy(buf, s, pre);
                memcpy(buf + pre, l + a, b - a);
                memcpy(buf + pre + (b - a), bang2 + 1, post);
                fw_status st = expand_agent(r, buf, pre + (b - a) + post, code,
                                            subs, n_subs, depth + 1);
                if (st != FW_OK)
                    return st;
            }
            i = e + 1;
        }
        return FW_OK;
    }
    warn(r, "undefined substitution", s, n);
    return FW_OK;
}

fw_status fw_dict_read_agents(fw_dict *d, const char *text, size_t len,
                              const char *path, fw_dict_warn *w)
{
    reader r = {.d = d, .text = text, .len = len, .path = path, .w = w};
    subst subs[32];
    size_t n_subs = 0;
    const char *line;
    size_t n;
    fw_status st = FW_OK;
    while (st == FW_OK && next_line(&r, &line, &n)) {
        if (n >= 2 && line[0] == '~' && line[1] == '~')
            break;
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n || line[i] == '<')
            continue;
        const char *s = line + i;
        size_t m = n - i;
        const char *eq = memchr(s, '=', m);
        if (s[0] == '!' && eq) { /* "!PERSON! = MAN, MEN, ..." */
            size_t ne = (size_t)(eq - s);
            while (ne && is_blank(s[ne - 1]))
                ne--;
            if (n_subs < FW_COUNT(subs)) {
                subs[n_subs].name = s;
                subs[n_subs].name_len = ne;
                subs[n_subs].list = eq + 1;
                subs[n_subs].list_len = (size_t)(s + m - eq - 1);
                n_subs++;
            }
            continue;
        }
        const char *open = memchr(s, '[', m);
        const char *close =
            open ? memchr(open, ']', (size_t)(s + m - open)) : NULL;
        if (!open || !close) {
            warn(&r, "no [code]", s, m);
            continue;
        }
        size_t a = skip_blanks(open + 1, 0, (size_t)(close - open - 1));
        const char *cs = open + 1 + a;
        size_t cn = (size_t)(close - cs);
        while (cn && is_blank(cs[cn - 1]))
            cn--;
        fw_agent_code ac = {{0}, false};
        if (cn && cs[0] == '~') {
            cs++, cn--;
        } else if (cn && cs[cn - 1] == '~') {
            ac.prefix = true;
            cn--;
        } else {
            warn(&r, "an agent code without its '~'", s, m);
            continue;
        }
        if (cn == 0 || cn >= sizeof ac.code) {
            warn(&r, "cannot read the agent code", s, m);
            continue;
        }
        memcpy(ac.code, cs, cn);
        fw_agent_code *slot = GROW(d, d->agcodes, d->n_agcodes, d->cap_agcodes);
        if (!slot)
            return FW_ENOMEM;
        *slot = ac;
        uint32_t code = (uint32_t)(d->n_agcodes - 1);
        /* "PHRASE {PLURAL}" or "PHRASE {}" */
        size_t pe = (size_t)(open - s);
        const char *brace = memchr(s, '{', pe);
        size_t phrase_end = brace ? (size_t)(brace - s) : pe;
        while (phrase_end && is_blank(s[phrase_end - 1]))
            phrase_end--;
        r.expand_left = MAX_EXPANSIONS;
        st = expand_agent(&r, s, phrase_end, code, subs, n_subs, 0);
        if (st == FW_OK && brace) {
            const char *rb = memchr(brace, '}', (size_t)(s + pe - brace));
            size_t pa = (size_t)(brace - s) + 1;
            size_t pb = rb ? (size_t)(rb - s) : pe;
            pa = skip_blanks(s, pa, pb);
            if (pb > pa)
                st = expand_agent(&r, s + pa, pb - pa, code, subs, n_subs, 0);
        }
        if (st == FW_OK)
            d->n_agent_phrases++;
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* Verbs                                                               */

static fw_status new_synset(reader *r, const char *s, size_t n, uint32_t *out)
{
    fw_dict *d = r->d;
    while (n && (s[n - 1] == '_' || is_blank(s[n - 1])))
        n--;
    char buf[96];
    size_t m = 0;
    for (size_t i = 0; i < n && m < sizeof buf; i++)
        buf[m++] = upper(s[i]);
    uint32_t name = add_string(d, buf, m);
    struct fw_synset *syn = GROW(d, d->synsets, d->n_synsets, d->cap_synsets);
    if (!syn || name == UINT32_MAX)
        return FW_ENOMEM;
    syn->name = name;
    syn->first = (uint32_t)d->n_syn_members;
    syn->n = 0;
    *out = (uint32_t)(d->n_synsets - 1);
    return FW_OK;
}

static fw_status add_member(reader *r, uint32_t syn, const char *s, size_t n)
{
    fw_dict *d = r->d;
    fw_phrase p;
    size_t used;
    fw_status st = parse_phrase(d, s, n, true, &p, &used);
    if (st == FW_ENOMEM)
        return st;
    if (st != FW_OK || !p.len) {
        warn(r, "cannot read the synonym", s, n);
        return FW_OK;
    }
    for (uint16_t e = 0; e < p.len; e++)
        if (d->elems[p.first + e].kind == FW_E_SYNSET &&
            d->elems[p.first + e].value == syn) {
            warn(r, "a synonym that holds its own synset", s, n);
            return FW_OK;
        }
    close_phrase(d, p, s, n);
    /* Members are stored together: a synset's are contiguous only while
     * it is being read, which the readers guarantee. */
    fw_phrase *slot =
        GROW(d, d->syn_members, d->n_syn_members, d->cap_syn_members);
    if (!slot)
        return FW_ENOMEM;
    *slot = p;
    d->synsets[syn].n++;
    return FW_OK;
}

/* Reads "&NAME" and its "+MEMBER" lines. 'line' is the &NAME line. */
static fw_status read_synset(reader *r, const char *s, size_t n)
{
    uint32_t syn;
    fw_status st = new_synset(r, s, n, &syn);
    const char *line;
    size_t m;
    while (st == FW_OK) {
        size_t save_pos = r->pos, save_line = r->lineno;
        if (!next_line(r, &line, &m))
            break;
        m = strip_comment(line, m);
        size_t i = skip_blanks(line, 0, m);
        if (i < m && line[i] == '+') {
            st = add_member(r, syn, line + i + 1, m - i - 1);
            continue;
        }
        if (i == m && r->pos < r->len) {
            /* a blank line ends a PETRARCH synset only before a new
             * entry; keep going over blank lines */
            const char *peek = r->text + r->pos;
            size_t k = 0;
            while (r->pos + k < r->len && is_blank(peek[k]))
                k++;
            if (r->pos + k < r->len && peek[k] == '+')
                continue;
        }
        r->pos = save_pos;
        r->lineno = save_line;
        break;
    }
    return st;
}

/* One pattern "UPPER * LOWER [code]" without alternatives. */
static fw_status read_one_pattern(reader *r, uint32_t verb, const char *s,
                                  size_t n)
{
    fw_dict *d = r->d;
    size_t cb = before_brackets(s, n);
    const char *open = memchr(s, '[', n);
    const char *close = open ? memchr(open, ']', (size_t)(s + n - open)) : NULL;
    fw_code code;
    if (!open || !close ||
        !parse_code(open + 1, (size_t)(close - open - 1), &code)) {
        warn(r, "a pattern without a [code]", s, n);
        return FW_OK;
    }
    const char *star = memchr(s, '*', cb);
    if (!star) {
        warn(r, "a pattern without '*'", s, n);
        return FW_OK;
    }
    size_t up_end = (size_t)(star - s), lo_start = up_end + 1;
    fw_phrase upper_p = {0, 0, 0}, lower_p = {0, 0, 0};
    size_t used;
    fw_status st = FW_OK;
    if (up_end) {
        st = parse_phrase(d, s, up_end, true, &upper_p, &used);
        /* The connector touching '*' says whether the verb follows at
         * once ("PLAN_TO_*"); parse_elems left it as written. */
        size_t k = up_end;
        size_t a = k;
        while (a > 0 && conn_char(s[a - 1]))
            a--;
        if (st == FW_OK && upper_p.len)
            d->elems[upper_p.first + upper_p.len - 1].conn =
                a < k ? conn_of(s, a, k) : 0;
    }
    bool lo_adjacent =
        lo_start < cb && (s[lo_start] == '_' || s[lo_start] == '-');
    if (st == FW_OK && lo_start < cb) {
        st =
            parse_phrase(d, s + lo_start, cb - lo_start, true, &lower_p, &used);
        if (st == FW_OK)
            close_phrase(d, lower_p, s + lo_start, cb - lo_start);
    }
    if (st == FW_ENOMEM)
        return st;
    if (st != FW_OK) {
        warn(r, "cannot read the pattern (an undefined synset?)", s, n);
        return FW_OK;
    }
    fw_pattern *pat = GROW(d, d->pats, d->n_pats, d->cap_pats);
    if (!pat)
        return FW_ENOMEM;
    pat->upper = upper_p;
    pat->lower = lower_p;
    pat->adjacent = lo_adjacent;
    pat->code = code;
    /* Length in characters other than blanks: longer patterns are
     * tried first. */
    size_t len = 0;
    for (size_t k = 0; k < cb; k++) {
        len += !is_blank(s[k]);
        size_t e = s[k] == '&' ? synset_end(d, s, k, cb) : 0;
        if (e) /* a synset counts as one character */
            k = e - 1;
    }
    pat->length = (uint16_t)(len + (lo_adjacent ? 1 : 0));
    pat->line = (uint32_t)r->lineno;
    pat->verb = verb;
    d->verbs[verb].n_pats++;
    return FW_OK;
}

/* A pattern line "- UPPER * LOWER [code]". Alternatives "{ A | B }"
 * make one pattern each, as if written out: each competes by its own
 * length ("RESISTANCE TO THE INVADING" is tried before "RESIST { TO THE
 * END | ... }" matches "resistance to the end"). */
static fw_status expand_pattern(reader *r, uint32_t verb, const char *s,
                                size_t n, size_t *made)
{
    if (*made > MAX_EXPANSIONS)
        return FW_OK; /* (the alternatives multiply: stop walking them) */
    size_t cb = before_brackets(s, n);
    const char *open = NULL, *close = NULL;
    for (const char *p = memchr(s, '{', cb); p && !close;
         p = memchr(p + 1, '{', (size_t)(s + cb - p - 1))) {
        const char *c = memchr(p, '}', (size_t)(s + cb - p));
        if (c && memchr(p, '|', (size_t)(c - p)))
            open = p, close = c;
        if (!c)
            break;
    }
    if (!open) {
        if (++*made > MAX_EXPANSIONS)
            return FW_OK;
        return read_one_pattern(r, verb, s, n);
    }
    size_t head = (size_t)(open - s), tail = n - (size_t)(close + 1 - s);
    char *buf = malloc(n + 1);
    if (!buf)
        return FW_ENOMEM;
    fw_status st = FW_OK;
    for (const char *a = open + 1; a <= close && st == FW_OK;) {
        const char *bar = a;
        while (bar < close && *bar != '|')
            bar++;
        /* "APPLY_{ GENEVA | INTERNATIONAL } CONVENTIONS" is
         * "APPLY_GENEVA CONVENTIONS" or ...: the blanks inside the
         * braces are padding, the connectors are outside them. */
        const char *next = bar + 1, *e = bar;
        while (a < e && is_blank(*a))
            a++;
        while (e > a && is_blank(e[-1]))
            e--;
        size_t al = (size_t)(e - a);
        memcpy(buf, s, head);
        memcpy(buf + head, a, al);
        memcpy(buf + head + al, close + 1, tail);
        st = expand_pattern(r, verb, buf, head + al + tail, made);
        a = next;
    }
    free(buf);
    return st;
}

static fw_status read_pattern(reader *r, uint32_t verb, const char *s, size_t n)
{
    size_t made = 0;
    fw_status st = expand_pattern(r, verb, s, n, &made);
    if (made > MAX_EXPANSIONS)
        warn(r, "too many alternatives: the first 256 patterns kept", s, n);
    if (made)
        r->d->n_patterns++;
    return st;
}

static fw_status new_verb(reader *r, const fw_code *code, uint32_t *out)
{
    fw_dict *d = r->d;
    fw_verb *v = GROW(d, d->verbs, d->n_verbs, d->cap_verbs);
    if (!v)
        return FW_ENOMEM;
    v->code = *code;
    v->first_pat = 0;
    v->n_pats = 0;
    *out = (uint32_t)(d->n_verbs - 1);
    return FW_OK;
}

/* "FORM1 FORM2 ..." (the inside of "{ ... }"): more roots of the verb. */
static fw_status add_forms(reader *r, const char *s, size_t n, uint32_t verb)
{
    size_t i = 0;
    fw_status st = FW_OK;
    while (st == FW_OK && i < n) {
        while (i < n && (is_blank(s[i]) || s[i] == ','))
            i++; /* forms are listed with blanks or commas */
        size_t e = i;
        while (e < n && !is_blank(s[e]) && s[e] != ',')
            e++;
        if (e > i) {
            st = root_from_text(r, s + i, e - i, FW_W_VERB, verb, 1);
            if (st == FW_OK)
                r->d->n_verb_phrases++;
        }
        i = e;
    }
    return st;
}

/* Regular forms of a PETRARCH verb (no stems there): -S, -ED, -ING. */
static fw_status add_regular_forms(reader *r, const char *s, size_t n,
                                   uint32_t verb)
{
    char buf[128];
    if (n + 4 >= sizeof buf || n == 0)
        return FW_OK;
    static const char *const ends[] = {"S", "ED", "ING", "ES"};
    bool e_final = upper(s[n - 1]) == 'E';
    for (size_t k = 0; k < FW_COUNT(ends); k++) {
        size_t m = n;
        if (e_final && (k == 1 || k == 2))
            m--; /* decide-d, decid-ing */
        if (k == 3 && !(upper(s[n - 1]) == 'S' || upper(s[n - 1]) == 'X' ||
                        upper(s[n - 1]) == 'H' || upper(s[n - 1]) == 'Z'))
            continue;
        memcpy(buf, s, m);
        size_t el = strlen(ends[k]);
        memcpy(buf + m, ends[k], el);
        buf[m + el] = '_';
        fw_status st = root_from_text(r, buf, m + el + 1, FW_W_VERB, verb, 1);
        if (st != FW_OK)
            return st;
    }
    return FW_OK;
}

/* A verb line: "VERB [code]", "VERB {FORMS} [code]", PETRARCH's
 * "+MULTI_WORD {}" (the '+' marks the verb word; here the phrase is the
 * root). */
static fw_status read_verb_line(reader *r, const char *s, size_t n,
                                bool petrarch, const fw_code *block_code,
                                uint32_t *verb)
{
    size_t pe = before_brackets(s, n);
    fw_code code = *block_code;
    const char *open = memchr(s, '[', n);
    if (open) {
        const char *close = memchr(open, ']', (size_t)(s + n - open));
        if (!close ||
            !parse_code(open + 1, (size_t)(close - open - 1), &code)) {
            warn(r, "cannot read the code", s, n);
            return FW_OK;
        }
    } else if (!petrarch) {
        warn(r, "a verb without a [code]", s, n);
        return FW_OK;
    }
    const char *brace = memchr(s, '{', pe);
    size_t we = brace ? (size_t)(brace - s) : pe;
    while (we && is_blank(s[we - 1]))
        we--;
    const char *w = s;
    if (we && w[0] == '+')
        w++, we--;
    if (!we) {
        warn(r, "no verb", s, n);
        return FW_OK;
    }
    /* In a PETRARCH block all verbs share the block's patterns. */
    fw_status st = FW_OK;
    if (!petrarch || *verb == UINT32_MAX) {
        st = new_verb(r, &code, verb);
        if (st != FW_OK)
            return st;
    }
    uint32_t target = *verb;
    if (petrarch && open && *verb != UINT32_MAX &&
        strcmp(code.main, block_code->main) != 0) {
        /* Its own code: a verb record of its own sharing nothing. */
        st = new_verb(r, &code, &target);
        if (st != FW_OK)
            return st;
    }
    bool multi = memchr(w, '_', we) || memchr(w, ' ', we);
    if (petrarch && !multi && !brace) {
        char buf[128];
        if (we + 1 < sizeof buf) {
            memcpy(buf, w, we);
            buf[we] = '_';
            st = root_from_text(r, buf, we + 1, FW_W_VERB, target, 1);
            if (st == FW_OK)
                st = add_regular_forms(r, w, we, target);
        }
    } else {
        st = root_from_text(r, w, we, FW_W_VERB, target, 1);
    }
    if (st == FW_OK)
        r->d->n_verb_phrases++;
    if (st == FW_OK && brace) {
        const char *rb = memchr(brace, '}', (size_t)(s + pe - brace));
        size_t a = (size_t)(brace - s) + 1;
        size_t b = rb ? (size_t)(rb - s) : pe;
        st = add_forms(r, s + a, b - a, target);
    }
    return st;
}

/* TABARI's <TIME> section: "PHRASE [shift]". */
static fw_status read_time(reader *r)
{
    const char *line;
    size_t n;
    while (next_line(r, &line, &n)) {
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n)
            continue;
        if (starts_ci(line + i, n - i, "</TIME>"))
            return FW_OK;
        if (line[i] == '-')
            continue; /* time patterns are not supported; see below */
        size_t pe = before_brackets(line + i, n - i);
        const char *open = memchr(line + i, '[', n - i);
        const char *close =
            open ? memchr(open, ']', (size_t)(line + n - open)) : NULL;
        if (!open || !close) {
            warn(r, "a time phrase without [shift]", line + i, n - i);
            continue;
        }
        /* [+7] [-1]; [###] discards, [+++] complex, [- - -] nothing */
        int32_t shift = 0;
        const char *v = open + 1;
        size_t vn = (size_t)(close - v);
        if (vn == 3 && memcmp(v, "###", 3) == 0)
            shift = INT32_MIN;
        else if (vn == 3 && memcmp(v, "+++", 3) == 0)
            shift = INT32_MAX;
        else if (vn >= 2 && (v[0] == '+' || v[0] == '-') && v[1] >= '0' &&
                 v[1] <= '9')
            shift = (int32_t)bounded_int(v, vn);
        fw_status st =
            root_from_text(r, line + i, pe, FW_W_TIME, (uint32_t)shift, 1);
        if (st != FW_OK)
            return st;
    }
    return FW_OK;
}

fw_status fw_dict_read_verbs(fw_dict *d, const char *text, size_t len,
                             const char *path, fw_dict_warn *w)
{
    reader r = {.d = d, .text = text, .len = len, .path = path, .w = w};
    const char *line;
    size_t n;
    fw_status st = FW_OK;
    uint32_t verb = UINT32_MAX; /* the verb patterns attach to */
    bool petrarch = false;
    fw_code block = {"---", "", false, false};
    while (st == FW_OK && next_line(&r, &line, &n)) {
        if (n >= 2 && line[0] == '~' && line[1] == '~')
            break;
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n)
            continue;
        const char *s = line + i;
        size_t m = n - i;
        if (s[0] == '<') {
            if (starts_ci(s, m, "<TIME>"))
                st = read_time(&r);
            continue; /* <SYNSETS>, </SYNSETS>, comments */
        }
        if (s[0] == '&') {
            st = read_synset(&r, s, m);
            continue;
        }
        if (m >= 3 && memcmp(s, "---", 3) == 0) {
            /* "--- NAME [code] ---": a PETRARCH block */
            petrarch = true;
            const char *open = memchr(s, '[', m);
            const char *close =
                open ? memchr(open, ']', (size_t)(s + m - open)) : NULL;
            fw_code c = {"---", "", false, false};
            if (open && close)
                parse_code(open + 1, (size_t)(close - open - 1), &c);
            block = c;
            verb = UINT32_MAX;
            st = new_verb(&r, &block, &verb);
            continue;
        }
        if (s[0] == '-') {
            if (verb == UINT32_MAX)
                warn(&r, "a pattern with no verb", s, m);
            else
                st = read_pattern(&r, verb, s + 1, m - 1);
            continue;
        }
        if (s[0] == '{') { /* TABARI: the forms of the verb above */
            const char *rb = memchr(s, '}', m);
            if (verb == UINT32_MAX)
                warn(&r, "verb forms with no verb", s, m);
            else
                st =
                    add_forms(&r, s + 1, (rb ? (size_t)(rb - s) : m) - 1, verb);
            continue;
        }
        if (!petrarch)
            verb = UINT32_MAX;
        st = read_verb_line(&r, s, m, petrarch, &block, &verb);
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* Discards                                                            */

fw_status fw_dict_read_discards(fw_dict *d, const char *text, size_t len,
                                const char *path, fw_dict_warn *w)
{
    reader r = {.d = d, .text = text, .len = len, .path = path, .w = w};
    const char *line;
    size_t n;
    fw_status st = FW_OK;
    while (st == FW_OK && next_line(&r, &line, &n)) {
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n || line[i] == '<')
            continue;
        if (line[i] == '+')
            i++; /* story-level discards count as sentence ones here */
        st = root_from_text(&r, line + i, n - i, FW_W_DISCARD, 0, 0);
        if (st == FW_OK)
            d->n_discards++;
    }
    return st;
}

/* ------------------------------------------------------------------ */
/* Issues                                                              */

/* A character of an issue word (as the coder's words are made, less
 * the periods, which normalising drops: "e.u." is EU). */
static bool issue_char(char c)
{
    unsigned char u = (unsigned char)c;
    return (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') ||
           (u >= '0' && u <= '9') || c == '\'' || c == '$' || u >= 0x80;
}

#define ISSUE_MAX_WORDS 12
#define ISSUE_MAX_FORMS 64
#define ISSUE_WORD_MAX 64

/* One word of an issue phrase and its forms ("n:school": SCHOOL,
 * SCHOOLS). */
typedef struct issue_word {
    char forms[4][ISSUE_WORD_MAX + 4];
    int n;
} issue_word;

static bool ends_with(const char *w, size_t n, const char *end)
{
    size_t e = strlen(end);
    return n >= e && memcmp(w + n - e, end, e) == 0;
}

static bool vowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

/* The regular forms of word w[0..n) (upper case): kind 'n' a noun's
 * plural, 'v' a verb's -S, -ED and -ING forms. */
static void word_forms(issue_word *iw, const char *w, size_t n, char kind)
{
    memcpy(iw->forms[0], w, n);
    iw->forms[0][n] = '\0';
    iw->n = 1;
    if (kind != 'n' && kind != 'v')
        return;
    bool sibilant = ends_with(w, n, "S") || ends_with(w, n, "X") ||
                    ends_with(w, n, "Z") || ends_with(w, n, "CH") ||
                    ends_with(w, n, "SH");
    bool cons_y = n >= 2 && w[n - 1] == 'Y' && !vowel(w[n - 2]);
    char *f = iw->forms[iw->n++];
    if (cons_y)
        snprintf(f, ISSUE_WORD_MAX + 4, "%.*sIES", (int)(n - 1), w);
    else
        snprintf(f, ISSUE_WORD_MAX + 4, "%.*s%s", (int)n, w,
                 sibilant ? "ES" : "S");
    if (kind != 'v')
        return;
    bool final_e = w[n - 1] == 'E';
    f = iw->forms[iw->n++];
    if (cons_y)
        snprintf(f, ISSUE_WORD_MAX + 4, "%.*sIED", (int)(n - 1), w);
    else
        snprintf(f, ISSUE_WORD_MAX + 4, "%.*s%s", (int)n, w,
                 final_e ? "D" : "ED");
    f = iw->forms[iw->n++];
    snprintf(f, ISSUE_WORD_MAX + 4, "%.*sING",
             (int)(final_e && n > 2 ? n - 1 : n), w);
}

/* Splits an issue phrase into words with their forms: blanks, '+',
 * hyphens and other punctuation separate words (the coder splits the
 * text so too); "n:" and "v:" mark the word they start. Returns the
 * number of words, 0 when the phrase has none or too many or too long
 * a word. */
static size_t issue_words(const char *s, size_t n, issue_word *words)
{
    size_t nw = 0, i = 0;
    while (i < n) {
        char kind = 0;
        if (i + 1 < n && s[i + 1] == ':' && (s[i] | 32) >= 'a' &&
            (s[i] | 32) <= 'z' && (i == 0 || !issue_char(s[i - 1]))) {
            kind = (char)(s[i] | 32);
            i += 2;
        }
        char w[ISSUE_WORD_MAX + 1];
        size_t k = 0;
        for (; i < n && (issue_char(s[i]) || s[i] == '.'); i++) {
            if (s[i] == '.')
                continue;
            if (k == ISSUE_WORD_MAX)
                return 0;
            w[k++] = upper(s[i]);
        }
        if (k) {
            if (nw == ISSUE_MAX_WORDS)
                return 0;
            word_forms(&words[nw++], w, k, kind);
        } else if (!kind) {
            i++; /* a separator */
        }
    }
    return nw;
}

/* The slot of issue code code[0..n) in d->issue_code_index: its own, or
 * the empty one where it would go. */
static size_t issue_code_slot(const fw_dict *d, const char *code, size_t n)
{
    size_t i = lit_hash(code, n) & d->issue_code_mask;
    for (;; i = (i + 1) & d->issue_code_mask) {
        uint32_t v = d->issue_code_index[i];
        if (!v)
            return i;
        const char *c = d->strings + d->issue_codes[v - 1].code;
        if (strlen(c) == n && memcmp(c, code, n) == 0)
            return i;
    }
}

/* Doubles the code index (or makes the first), keeping it half empty. */
static fw_status issue_codes_rehash(fw_dict *d)
{
    size_t slots = d->issue_code_index ? (d->issue_code_mask + 1) * 2 : 64;
    uint32_t *index = fw_arena_alloc(&d->arena, slots * sizeof *index);
    if (!index)
        return FW_ENOMEM;
    d->issue_code_index = index;
    d->issue_code_mask = slots - 1;
    for (size_t k = 0; k < d->n_issue_codes; k++) {
        const char *c = d->strings + d->issue_codes[k].code;
        index[issue_code_slot(d, c, strlen(c))] = (uint32_t)k + 1;
    }
    return FW_OK;
}

/* The index of issue code code[0..n), added (with its category) if new;
 * INT32_MIN when out of memory. */
static int32_t issue_code(fw_dict *d, const char *code, size_t n,
                          uint32_t category)
{
    if ((!d->issue_code_index ||
         2 * (d->n_issue_codes + 1) > d->issue_code_mask + 1) &&
        issue_codes_rehash(d) != FW_OK)
        return INT32_MIN;
    size_t slot = issue_code_slot(d, code, n);
    if (d->issue_code_index[slot])
        return (int32_t)d->issue_code_index[slot] - 1;
    struct fw_issue_code *ic =
        GROW(d, d->issue_codes, d->n_issue_codes, d->cap_issue_codes);
    if (!ic)
        return INT32_MIN;
    ic->code = add_string(d, code, n);
    ic->category = category;
    if (ic->code == UINT32_MAX)
        return INT32_MIN;
    d->issue_code_index[slot] = (uint32_t)d->n_issue_codes;
    return (int32_t)(d->n_issue_codes - 1);
}

/* Adds every combination of the words' forms, as a phrase coded 'code':
 * at most MAX_EXPANSIONS of them, as the forms multiply (a line of twelve
 * "v:" words has 4^12); '*cut' tells whether some were left out. */
static fw_status add_issue_forms(fw_dict *d, const issue_word *words, size_t nw,
                                 int32_t code, bool *cut)
{
    size_t total = 1;
    for (size_t k = 0; k < nw; k++)
        total *= (size_t)words[k].n;
    *cut = total > MAX_EXPANSIONS;
    if (*cut)
        total = MAX_EXPANSIONS;
    for (size_t f = 0; f < total; f++) {
        char buf[ISSUE_MAX_WORDS * (ISSUE_WORD_MAX + 5)];
        size_t len = 0, rest = f;
        for (size_t k = 0; k < nw; k++) {
            const char *w = words[k].forms[rest % (size_t)words[k].n];
            rest /= (size_t)words[k].n;
            if (k)
                buf[len++] = ' ';
            size_t wl = strlen(w);
            memcpy(buf + len, w, wl);
            len += wl;
        }
        struct fw_issue_phrase *p =
            GROW(d, d->issue_phrases, d->n_issue_phrases, d->cap_issue_phrases);
        if (!p)
            return FW_ENOMEM;
        p->str = add_string(d, buf, len);
        if (p->str == UINT32_MAX)
            return FW_ENOMEM;
        p->len = (uint32_t)len;
        p->code = code;
        if (nw > d->issue_maxwords)
            d->issue_maxwords = nw;
    }
    return FW_OK;
}

fw_status fw_dict_read_issues(fw_dict *d, const char *text, size_t len,
                              const char *path, fw_dict_warn *w)
{
    reader r = {.d = d, .text = text, .len = len, .path = path, .w = w};
    const char *line;
    size_t n;
    uint32_t category = add_string(d, "", 0);
    size_t uncoded = 0, first_uncoded = 0;
    if (category == UINT32_MAX)
        return FW_ENOMEM;
    while (next_line(&r, &line, &n)) {
        n = strip_comment(line, n);
        size_t i = skip_blanks(line, 0, n);
        if (i == n)
            continue;
        const char *s = line + i;
        size_t m = n - i;
        if (starts_ci(s, m, "<ISSUE")) {
            const char *q = memchr(s, '"', m);
            const char *q2 =
                q ? memchr(q + 1, '"', (size_t)(s + m - q - 1)) : NULL;
            category = q2 ? add_string(d, q + 1, (size_t)(q2 - q - 1))
                          : add_string(d, "", 0);
            if (category == UINT32_MAX)
                return FW_ENOMEM;
            continue;
        }
        if (s[0] == '<')
            continue; /* </ISSUE> */
        int32_t code;
        size_t pe = m;
        if (s[0] == '~') {
            bool story = m > 1 && s[1] == '~';
            code = story ? FW_ISSUE_IGNORE_STORY : FW_ISSUE_IGNORE;
            s += story ? 2 : 1;
            pe = m - (story ? 2 : 1);
            d->has_story_ignores |= story;
        } else {
            const char *open = memchr(s, '[', m);
            const char *close =
                open ? memchr(open, ']', (size_t)(s + m - open)) : NULL;
            if (!open) {
                /* PETRARCH skips these; Phoenix's list has a few
                 * hundred, so they are reported once. */
                if (!uncoded++)
                    first_uncoded = r.lineno;
                continue;
            }
            size_t cs = (size_t)(open - s) + 1;
            size_t ce = close ? (size_t)(close - s) : m;
            while (cs < ce && is_blank(s[cs]))
                cs++;
            while (ce > cs && is_blank(s[ce - 1]))
                ce--;
            if (ce == cs) {
                warn(&r, "an issue phrase with an empty [code]", s, m);
                continue;
            }
            code = issue_code(d, s + cs, ce - cs, category);
            if (code == INT32_MIN)
                return FW_ENOMEM;
            pe = (size_t)(open - s);
        }
        issue_word words[ISSUE_MAX_WORDS];
        size_t nw = issue_words(s, pe, words);
        /* (the warnings quote the whole line: 's' may have moved past
         * a '~') */
        if (!nw) {
            warn(&r, "an issue phrase without words, or too long", line + i,
                 n - i);
            continue;
        }
        bool cut;
        fw_status st = add_issue_forms(d, words, nw, code, &cut);
        if (st != FW_OK)
            return st;
        if (cut)
            warn(&r, "too many forms: the first 256 phrases kept", line + i,
                 n - i);
    }
    if (uncoded) {
        char msg[120];
        snprintf(msg, sizeof msg,
                 "issue phrases without a [code] skipped: %zu, the first here",
                 uncoded);
        warn_line(w, path, first_uncoded, msg);
    }
    return FW_OK;
}

/* The issue phrases by hash (FNV-1a of the normalised phrase). */
static fw_status index_issues(fw_dict *d)
{
    size_t slots = 16;
    while (slots < 2 * d->n_issue_phrases)
        slots *= 2;
    d->issue_index = fw_arena_alloc(&d->arena, slots * sizeof *d->issue_index);
    if (!d->issue_index)
        return FW_ENOMEM;
    d->issue_mask = slots - 1;
    for (size_t k = 0; k < d->n_issue_phrases; k++) {
        const struct fw_issue_phrase *p = &d->issue_phrases[k];
        size_t i = lit_hash(d->strings + p->str, p->len) & d->issue_mask;
        for (;; i = (i + 1) & d->issue_mask) {
            uint32_t v = d->issue_index[i];
            if (!v)
                break;
            const struct fw_issue_phrase *o = &d->issue_phrases[v - 1];
            if (o->len == p->len &&
                !memcmp(d->strings + o->str, d->strings + p->str, p->len))
                break; /* the first listed wins */
        }
        if (!d->issue_index[i])
            d->issue_index[i] = (uint32_t)k + 1;
    }
    return FW_OK;
}

int32_t fw_dict_issue(const fw_dict *d, const char *s, size_t len, uint32_t h)
{
    if (!d->issue_index)
        return INT32_MAX;
    for (size_t i = h & d->issue_mask;; i = (i + 1) & d->issue_mask) {
        uint32_t v = d->issue_index[i];
        if (!v)
            return INT32_MAX;
        const struct fw_issue_phrase *p = &d->issue_phrases[v - 1];
        if (p->len == len && !memcmp(d->strings + p->str, s, len))
            return p->code;
    }
}

/* ------------------------------------------------------------------ */
/* Options                                                             */

static bool has_word(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    for (size_t i = 0; i + wl <= n; i++)
        if (strncasecmp(s + i, word, wl) == 0 &&
            (i == 0 || !lit_char(s[i - 1])) &&
            (i + wl == n || !lit_char(s[i + wl])))
            return true;
    return false;
}

/* The number after "WORD =" or "WORD[": -1 when absent. */
static int number_after(const char *s, size_t n, const char *word)
{
    size_t wl = strlen(word);
    for (size_t i = 0; i + wl <= n; i++) {
        if (strncasecmp(s + i, word, wl) != 0 || (i && lit_char(s[i - 1])) ||
            (i + wl < n && lit_char(s[i + wl])))
            continue;
        size_t k = i + wl;
        while (k < n && (is_blank(s[k]) || s[k] == '=' || s[k] == '['))
            k++;
        if (k < n && s[k] >= '0' && s[k] <= '9')
            return (int)bounded_int(s + k, n - k);
    }
    return -1;
}

static bool set_true(const char *s, size_t n)
{
    const char *eq = memchr(s, '=', n);
    return !eq || has_word(eq, (size_t)(s + n - eq), "TRUE");
}

/* "[CODE]" after 'word', into 'out'. */
static void code_after(const char *s, size_t n, const char *word, char *out,
                       size_t cap)
{
    size_t wl = strlen(word);
    for (size_t i = 0; i + wl <= n; i++) {
        if (strncasecmp(s + i, word, wl) != 0)
            continue;
        const char *open = memchr(s + i, '[', n - i);
        const char *close =
            open ? memchr(open, ']', (size_t)(s + n - open)) : NULL;
        if (open && close && (size_t)(close - open - 1) < cap) {
            memcpy(out, open + 1, (size_t)(close - open - 1));
            out[close - open - 1] = '\0';
        }
        return;
    }
}

void fw_dict_apply_option(fw_dict *d, const char *s, size_t n, const char *path,
                          size_t lineno, fw_dict_warn *w)
{
    fw_coder_opts *o = &d->opts;
    size_t i = skip_blanks(s, 0, n);
    s += i, n -= i;
    if (starts_ci(s, n, "COMPLEX:")) {
        o->cplx_verbs = number_after(s, n, "VERBS");
        o->cplx_conj = number_after(s, n, "CONJ");
        if (o->cplx_verbs < 0)
            o->cplx_verbs = 0;
        if (o->cplx_conj < 0)
            o->cplx_conj = 0;
        o->cplx_noactprior = has_word(s, n, "NOACTPRIOR");
    } else if (starts_ci(s, n, "DEFAULT:")) {
        if (has_word(s, n, "OFF")) {
            o->default_source[0] = o->default_target[0] = '\0';
            o->default_prior = o->default_after = false;
            return;
        }
        code_after(s, n, "SOURCE", o->default_source, sizeof o->default_source);
        code_after(s, n, "TARGET", o->default_target, sizeof o->default_target);
        o->default_prior = has_word(s, n, "PRIOR");
        o->default_after = has_word(s, n, "AFTER");
    } else if (starts_ci(s, n, "COMMA:")) {
        if (has_word(s, n, "OFF")) {
            o->comma_max = o->comma_emax = o->comma_bmax = 0;
            o->comma_min = o->comma_emin = o->comma_bmin = 255;
            return;
        }
        int v;
        if ((v = number_after(s, n, "MIN")) >= 0)
            o->comma_min = v;
        if ((v = number_after(s, n, "MAX")) >= 0)
            o->comma_max = v;
        if ((v = number_after(s, n, "EMIN")) >= 0)
            o->comma_emin = v;
        if ((v = number_after(s, n, "EMAX")) >= 0)
            o->comma_emax = v;
        if ((v = number_after(s, n, "BMIN")) >= 0)
            o->comma_bmin = v;
        if ((v = number_after(s, n, "BMAX")) >= 0)
            o->comma_bmax = v;
    } else if (starts_ci(s, n, "FORWARD:")) {
        o->forward = !has_word(s, n, "OFF");
        size_t a = skip_blanks(s, 8, n), b = a;
        while (b < n && !is_blank(s[b]) && s[b] != '}')
            b++;
        if (o->forward && b - a < sizeof o->forward_id) {
            memcpy(o->forward_id, s + a, b - a);
            o->forward_id[b - a] = '\0';
        }
    } else if (starts_ci(s, n, "SET:")) {
        int v;
        if (has_word(s, n, "CONVERT") && has_word(s, n, "AGENT"))
            o->convert_agents = set_true(s, n);
        else if (has_word(s, n, "TIME") && has_word(s, n, "SHIFT"))
            o->time_shift = set_true(s, n);
        else if (has_word(s, n, "YYYY"))
            o->yyyy = set_true(s, n);
        else if (has_word(s, n, "CODE") && has_word(s, n, "SENTENCE"))
            o->code_by = 1;
        else if (has_word(s, n, "CODE") && has_word(s, n, "ALL"))
            o->code_by = 2;
        else if (has_word(s, n, "CODE") && has_word(s, n, "CLAUSE"))
            o->code_by = 0;
        else if ((v = number_after(s, n, "WORDS")) >= 0)
            o->min_words = v;
        /* Other SET: commands concern TABARI's screens and files. */
    } else if (starts_ci(s, n, "LABEL:") || starts_ci(s, n, "OUTPUT:")) {
        /* labels and output layout: not the coder's business */
    } else {
        char msg[120];
        snprintf(msg, sizeof msg, "unknown option '%.*s'",
                 (int)(n < 60 ? n : 60), s);
        warn_line(w, path, lineno, msg);
    }
}

fw_status fw_dict_read_options(fw_dict *d, const char *text, size_t len,
                               const char *path, fw_dict_warn *w)
{
    reader r = {.d = d, .text = text, .len = len, .path = path, .w = w};
    const char *line;
    size_t n;
    while (next_line(&r, &line, &n)) {
        size_t i = skip_blanks(line, 0, n);
        if (i == n || (n - i >= 2 && line[i] == '/' && line[i + 1] == '/'))
            continue;
        if (line[i] == '~')
            break;
        fw_dict_apply_option(d, line + i, n - i, path, r.lineno, w);
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Built-ins and freezing                                              */

fw_status fw_dict_add_builtins(fw_dict *d)
{
    static const struct {
        const char *phrase;
        fw_wtype type;
        uint32_t value;
    } words[] = {
        {"A_", FW_W_DETERM, 0},      {"AN_", FW_W_DETERM, 0},
        {"THE_", FW_W_DETERM, 0},    {"AND_", FW_W_CONJ, 1},
        {"BUT_", FW_W_CONJ, 0},      {"NOR_", FW_W_CONJ, 1},
        {"OR_", FW_W_CONJ, 0},       {"WAS_", FW_W_AUX, 0},
        {"WERE_", FW_W_AUX, 0},      {"BEEN_", FW_W_AUX, 0},
        {"BEING_", FW_W_AUX, 0},     {"BY_", FW_W_BY, 0},
        {"HE_", FW_W_PRONOUN, 1},    {"SHE_", FW_W_PRONOUN, 1},
        {"IT_", FW_W_PRONOUN, 1},    {"HIM_", FW_W_PRONOUN, 1},
        {"HER_", FW_W_PRONOUN, 1},   {"THEY_", FW_W_PRONOUN, 2},
        {"THEM_", FW_W_PRONOUN, 2},  {"THEIR_", FW_W_PRONOUN, 2},
        {"IN_", FW_W_PREP, 0},       {"OF_", FW_W_PREP, 0},
        {"FOR_", FW_W_PREP, 0},      {"FROM_", FW_W_PREP, 0},
        {"WITH_", FW_W_PREP, 0},     {"AT_", FW_W_PREP, 0},
        {"ON_", FW_W_PREP, 0},       {"TO_", FW_W_PREP, 0},
        {"FORMER_", FW_W_FORMER, 0},
    };
    reader r = {.d = d, .path = "(built in)"};
    for (size_t i = 0; i < FW_COUNT(words); i++) {
        fw_status st =
            root_from_text(&r, words[i].phrase, strlen(words[i].phrase),
                           words[i].type, words[i].value, 1);
        if (st != FW_OK)
            return st;
    }
    /* The root of actors the caller finds (entities): a literal no
     * word can be. */
    uint32_t lit = intern(d, "#ENTITY", 7);
    fw_elem *e =
        lit == UINT32_MAX ? NULL : GROW(d, d->elems, d->n_elems, d->cap_elems);
    if (!e)
        return FW_ENOMEM;
    e->kind = FW_E_LIT;
    e->value = lit;
    e->conn = 0;
    fw_phrase p = {(uint32_t)(d->n_elems - 1), 1, 0};
    d->ext_root = (uint32_t)d->n_roots;
    return add_root(d, p, FW_W_ACTOR, 0, 0);
}

static int cmp_pattern(const void *a, const void *b)
{
    const fw_pattern *x = a, *y = b;
    if (x->verb != y->verb)
        return x->verb < y->verb ? -1 : 1;
    if (x->length != y->length)
        return x->length > y->length ? -1 : 1;
    return x->line < y->line ? -1 : x->line > y->line;
}

/* Sorts a literal's chain by key (insertion sort: chains are short, and
 * equal keys keep dictionary order). */
static void sort_chain(struct fw_chain *c, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++) {
        struct fw_chain t = c[i];
        uint32_t j = i;
        for (; j > 0 && c[j - 1].key > t.key; j--)
            c[j] = c[j - 1];
        c[j] = t;
    }
}

/* Appends the literals of phrase p (from element 'from' on) to d->req;
 * synsets and actor markers need nothing. */
static fw_status add_req(fw_dict *d, fw_phrase p, uint16_t from,
                         uint32_t *first, uint16_t *n)
{
    *first = (uint32_t)d->n_req;
    for (uint16_t e = from; e < p.len; e++) {
        const fw_elem *el = &d->elems[p.first + e];
        if (el->kind != FW_E_LIT)
            continue;
        uint32_t *slot = GROW(d, d->req, d->n_req, d->cap_req);
        if (!slot)
            return FW_ENOMEM;
        *slot = el->value;
        (*n)++;
    }
    return FW_OK;
}

fw_status fw_dict_freeze(fw_dict *d)
{
    if (d->frozen)
        return FW_OK;
    if (d->n_issue_phrases && index_issues(d) != FW_OK)
        return FW_ENOMEM;
    d->n_req = 0;
    for (size_t k = 0; k < d->n_roots; k++) {
        fw_root *r = &d->roots[k];
        r->n_req = 0;
        if (add_req(d, r->phrase, 1, &r->req, &r->n_req) != FW_OK)
            return FW_ENOMEM;
    }
    /* Each verb's patterns in a row, longest first, dictionary order
     * breaking ties. */
    if (d->n_pats > 1)
        qsort(d->pats, d->n_pats, sizeof *d->pats, cmp_pattern);
    for (size_t k = d->n_pats; k-- > 0;)
        d->verbs[d->pats[k].verb].first_pat = (uint32_t)k;
    /* Which hashes are those of a literal's prefix, or of a literal. */
    size_t prefixes = 0;
    for (size_t k = 0; k < d->n_lits; k++)
        prefixes += d->lits[k].len;
    size_t slots = 1u << 12; /* about 8 per prefix, at most 2^20 */
    while (slots < 8 * prefixes && slots < (1u << 20))
        slots *= 2;
    d->prefix_mask = (uint32_t)(slots - 1);
    d->prefix_bits =
        fw_arena_alloc(&d->arena, (2 * slots / 64) * sizeof *d->prefix_bits);
    if (!d->prefix_bits)
        return FW_ENOMEM;
    for (size_t k = 0; k < d->n_lits; k++) {
        const char *str = d->strings + d->lits[k].str;
        uint32_t h = FW_LIT_HASH_INIT;
        for (size_t i = 0; i < d->lits[k].len; i++) {
            h = fw_lit_hash_step(h, (unsigned char)str[i]);
            uint32_t b = (h & d->prefix_mask) * 2;
            unsigned bits = FW_MAYBE_PREFIX;
            if (i + 1 == d->lits[k].len)
                bits |= FW_MAYBE_LITERAL;
            d->prefix_bits[b >> 6] |= (uint64_t)bits << (b & 63);
        }
    }
    d->syn_req =
        fw_arena_alloc(&d->arena, (d->n_syn_members + 1) * sizeof *d->syn_req);
    if (!d->syn_req)
        return FW_ENOMEM;
    for (size_t k = 0; k < d->n_syn_members; k++)
        if (add_req(d, d->syn_members[k], 0, &d->syn_req[k].first,
                    &d->syn_req[k].n) != FW_OK)
            return FW_ENOMEM;
    for (size_t k = 0; k < d->n_pats; k++) {
        fw_pattern *p = &d->pats[k];
        uint32_t lower;
        uint16_t n_lower = 0;
        p->n_req = 0;
        if (add_req(d, p->upper, 0, &p->req, &p->n_req) != FW_OK ||
            add_req(d, p->lower, 0, &lower, &n_lower) != FW_OK)
            return FW_ENOMEM;
        p->n_req = (uint16_t)(p->n_req + n_lower); /* consecutive in req */
    }
    /* Roots by first literal, grouped by the literal each needs next:
     * a sentence without that literal skips the group. */
    d->chain =
        fw_arena_alloc_raw(&d->arena, (d->n_roots + 1) * sizeof *d->chain);
    if (!d->chain)
        return FW_ENOMEM;
    for (size_t k = 0; k < d->n_lits; k++) {
        d->lits[k].roots = d->lits[k].n_roots = 0;
        d->lits[k].starts = 0;
    }
    for (size_t k = 0; k < d->n_roots; k++)
        d->lits[d->elems[d->roots[k].phrase.first].value].n_roots++;
    uint32_t at = 0;
    for (size_t k = 0; k < d->n_lits; k++) {
        d->lits[k].roots = at;
        at += d->lits[k].n_roots;
        d->lits[k].n_roots = 0;
    }
    for (size_t k = 0; k < d->n_roots; k++) {
        const fw_root *r = &d->roots[k];
        fw_literal *l = &d->lits[d->elems[r->phrase.first].value];
        struct fw_chain *c = &d->chain[l->roots + l->n_roots++];
        l->starts |= (uint16_t)(1u << r->wtype);
        c->root = (uint32_t)k;
        c->key = r->n_req ? d->req[r->req] : UINT32_MAX;
    }
    for (size_t k = 0; k < d->n_lits; k++) {
        fw_literal *l = &d->lits[k];
        struct fw_chain *c = d->chain + l->roots;
        sort_chain(c, l->n_roots);
        for (uint32_t i = l->n_roots; i-- > 0;)
            c[i].skip = i + 1 < l->n_roots && c[i + 1].key == c[i].key
                            ? c[i + 1].skip
                            : l->roots + i + 1;
    }
    d->frozen = true;
    return FW_OK;
}
