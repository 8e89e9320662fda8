/*
 * validate.c - running a TABARI validation project: dictionaries from
 * the .project file, then every record of its text file coded and
 * compared with the codings its comment expects.
 *
 * A record is a line "DATE ID" followed by its text up to a blank line;
 * the sentence ends where its comment (slash-star) starts, and the
 * expectations follow:
 *
 *   { ARN / GON / 064 } 950103   an event (the date is not compared)
 *   {---}  or  {}                no event
 *   {+++}                        too complex to code
 *   {###}                        discarded
 *   -{ ... }                     deactivated: nothing checked
 *   { OPTION: SET: ... }         an option command, applied at once
 *
 * As in TABARI, a record passes when every expected event is coded
 * (more may be: a record may list only the events it is about). A
 * record whose expectations are all deactivated passes, as it does in
 * TABARI (the suite's "currently doesn't work -- deactivated"), and is
 * counted apart too.
 * Records without expectations are coded too (they carry the subject
 * forward) but are no tests; a record without any brace at all ends the
 * run, as TABARI's "FINAL" record does.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder.h"

/* A dictionary or text file must be smaller than this. */
#define MAX_FILE ((size_t)512 << 20)

#define MAX_EXPECT 32

typedef struct expect {
    char source[40], target[40], code[8];
} expect;

typedef enum verdict {
    V_NONE,   /* no test in the record */
    V_EVENTS, /* the events listed (none when n_events == 0) */
    V_COMPLEX,
    V_DISCARD
} verdict;

typedef struct record {
    const char *date, *id;
    size_t date_len, id_len;
    size_t line;
    const char *text; /* from the line after the header */
    size_t len;
    size_t sentence; /* its first bytes up to the comment: what is coded */
    bool has_brace;  /* any '{' after the sentence */
    bool inactive;   /* a deactivated expectation "-{ ... }" */
    verdict want;
    expect ev[MAX_EXPECT];
    size_t n_ev;
} record;

typedef struct run {
    const fw_validate_hooks *hooks;
    fw_dict_warn warn;
    fw_error *err;
    char dir[4096];
} run;

static void set_io_error(fw_error *err, const char *path, const char *why)
{
    if (!err)
        return;
    memset(err, 0, sizeof *err);
    err->status = FW_EIO;
    snprintf(err->detail, sizeof err->detail, "%s: %s", path, why);
}

/* The whole file, malloc'd and NUL-terminated. */
static fw_status slurp(const char *path, char **data, size_t *len,
                       fw_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        set_io_error(err, path, strerror(errno));
        return FW_EIO;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    fw_status st = buf ? FW_OK : FW_ENOMEM;
    while (st == FW_OK) {
        if (n + 1 >= cap) {
            if (cap >= MAX_FILE) {
                set_io_error(err, path, "file too large");
                st = FW_EIO;
                break;
            }
            char *bigger = realloc(buf, cap * 2);
            if (!bigger) {
                st = FW_ENOMEM;
                break;
            }
            buf = bigger;
            cap *= 2;
        }
        size_t got = fread(buf + n, 1, cap - 1 - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f)) {
                set_io_error(err, path, strerror(errno));
                st = FW_EIO;
            }
            break;
        }
    }
    fclose(f);
    if (st != FW_OK) {
        free(buf);
        return st;
    }
    buf[n] = '\0';
    *data = buf;
    *len = n;
    return FW_OK;
}

static bool blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

static bool digit(char c)
{
    return c >= '0' && c <= '9';
}

/* ------------------------------------------------------------------ */
/* The project file                                                    */

typedef fw_status (*dict_reader)(fw_dict *, const char *, size_t, const char *,
                                 fw_dict_warn *);

static const struct {
    const char *tag;
    dict_reader read;
} project_files[] = {
    {"<actorsfile>", fw_dict_read_actors},
    {"<agentsfile>", fw_dict_read_agents},
    {"<verbsfile>", fw_dict_read_verbs},
    {"<discardfile>", fw_dict_read_discards},
    {"<optionsfile>", fw_dict_read_options},
};

/* 'name' relative to the project's directory, into 'out'. */
static void project_path(const run *r, const char *name, size_t n, char *out,
                         size_t cap)
{
    size_t dl = n && name[0] == '/' ? 0 : strlen(r->dir);
    if (dl + n >= cap)
        dl = n = 0; /* too long: an empty name, reported as unreadable */
    memcpy(out, r->dir, dl);
    memcpy(out + dl, name, n);
    out[dl + n] = '\0';
}

static fw_status read_dictionary(run *r, fw_dict *d, dict_reader read,
                                 const char *path)
{
    char *data;
    size_t len;
    fw_status st = slurp(path, &data, &len, r->err);
    if (st != FW_OK)
        return st;
    st = read(d, data, len, path, &r->warn);
    free(data);
    return st;
}

/* Reads the dictionaries the project names, options last so that they
 * see every dictionary; '*text' gets the text file's path. */
static fw_status read_project(run *r, fw_dict *d, const char *proj, size_t len,
                              char *text, size_t text_cap)
{
    text[0] = '\0';
    for (size_t pass = 0; pass < FW_COUNT(project_files); pass++) {
        const char *tag = project_files[pass].tag;
        size_t tl = strlen(tag);
        const char *s = proj, *end = proj + len;
        while (s < end) {
            const char *nl = memchr(s, '\n', (size_t)(end - s));
            const char *e = nl ? nl : end;
            const char *p = s;
            while (p < e && blank(*p))
                p++;
            bool is_text = pass == 0 && (size_t)(e - p) > 10 &&
                           strncasecmp(p, "<textfile>", 10) == 0;
            if (is_text ||
                ((size_t)(e - p) > tl && strncasecmp(p, tag, tl) == 0)) {
                p += is_text ? 10 : tl;
                while (p < e && blank(*p))
                    p++;
                const char *q = e;
                while (q > p && blank(q[-1]))
                    q--;
                char path[4096];
                project_path(r, p, (size_t)(q - p), path, sizeof path);
                fw_status st = FW_OK;
                if (is_text)
                    snprintf(text, text_cap, "%s", path);
                else if (q > p)
                    st = read_dictionary(r, d, project_files[pass].read, path);
                if (st != FW_OK)
                    return st;
            }
            s = e + 1;
        }
    }
    return FW_OK;
}

/* ------------------------------------------------------------------ */
/* Records                                                             */

/* "ARN / GON / 064" into *e; false when it is no event triple. */
static bool parse_triple(const char *s, size_t n, expect *e)
{
    char *fields[3] = {e->source, e->target, e->code};
    size_t caps[3] = {sizeof e->source, sizeof e->target, sizeof e->code};
    size_t f = 0, i = 0;
    while (f < 3) {
        while (i < n && blank(s[i]))
            i++;
        size_t a = i;
        while (i < n && s[i] != '/')
            i++;
        size_t b = i;
        while (b > a && blank(s[b - 1]))
            b--;
        if (b - a == 0 || b - a >= caps[f])
            return false;
        memcpy(fields[f], s + a, b - a);
        fields[f][b - a] = '\0';
        f++;
        if (f < 3) {
            if (i >= n)
                return false;
            i++; /* the slash */
        }
    }
    return i >= n;
}

static bool only(const char *s, size_t n, char c)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (blank(s[i]))
            continue;
        if (s[i] != c)
            return false;
        k++;
    }
    return k == 3 || k == 0;
}

/* One "{...}" after the sentence. A date may follow it; as in TABARI,
 * dates are not compared. */
static void add_expectation(run *r, fw_dict *d, record *rec, const char *s,
                            size_t n, bool inactive, size_t lineno,
                            const char *text_path)
{
    size_t i = 0;
    while (i < n && blank(s[i]))
        i++;
    if (n - i >= 7 && strncasecmp(s + i, "OPTION:", 7) == 0) {
        if (!inactive)
            fw_dict_apply_option(d, s + i + 7, n - i - 7, text_path, lineno,
                                 &r->warn);
        return;
    }
    if (inactive) {
        rec->inactive = true;
        return;
    }
    if (only(s, n, '-')) {
        if (rec->want == V_NONE)
            rec->want = V_EVENTS;
        return;
    }
    if (only(s, n, '+')) {
        rec->want = V_COMPLEX;
        return;
    }
    if (only(s, n, '#')) {
        rec->want = V_DISCARD;
        return;
    }
    expect e;
    if (!parse_triple(s + i, n - i, &e)) {
        r->warn.count++;
        if (r->warn.fn)
            r->warn.fn(r->warn.ctx, text_path, lineno,
                       "cannot read the expected coding");
        return;
    }
    if (rec->want == V_NONE)
        rec->want = V_EVENTS;
    if (rec->want == V_EVENTS && rec->n_ev < MAX_EXPECT)
        rec->ev[rec->n_ev++] = e;
}

/* Finds the braces after the sentence: in its comment, or after it
 * (TABARI reads both). */
static void read_expectations(run *r, fw_dict *d, record *rec,
                              const char *text_path)
{
    const char *s = rec->text, *end = rec->text + rec->len;
    size_t lineno = rec->line + 1;
    for (const char *p = s; p < end; p++) {
        if (*p == '\n')
            lineno++;
        if (p < s + rec->sentence || *p != '{')
            continue;
        rec->has_brace = true;
        const char *q = p - 1;
        while (q >= s && blank(*q))
            q--;
        bool inactive = q >= s && *q == '-';
        /* The brace closes on its line, or the comment ends first. */
        const char *close = p + 1;
        while (close < end && *close != '}' && *close != '\n' &&
               !(*close == '*' && close + 1 < end && close[1] == '/'))
            close++;
        add_expectation(r, d, rec, p + 1, (size_t)(close - p - 1), inactive,
                        lineno, text_path);
        p = close < end && *close == '}' ? close : close - 1;
    }
}

/* The next record from *pos; false at the end of the text. */
static bool next_record(const char *text, size_t len, size_t *pos,
                        size_t *lineno, record *rec)
{
    memset(rec, 0, sizeof *rec);
    size_t i = *pos;
    while (i < len) {
        size_t e = i;
        while (e < len && text[e] != '\n')
            e++;
        size_t line = ++*lineno;
        size_t d = i;
        while (d < e && digit(text[d]))
            d++;
        size_t id = d;
        while (id < e && blank(text[id]))
            id++;
        if (d - i >= 6 && id > d && id < e) {
            rec->date = text + i;
            rec->date_len = d - i;
            rec->id = text + id;
            size_t ie = id;
            while (ie < e && !blank(text[ie]))
                ie++;
            rec->id_len = ie - id;
            rec->line = line;
            /* The text runs to the first blank line. */
            size_t t = e < len ? e + 1 : len, k = t;
            bool line_blank = true;
            while (k < len) {
                char c = text[k];
                if (c == '\n') {
                    ++*lineno;
                    if (line_blank)
                        break;
                    line_blank = true;
                } else if (!blank(c)) {
                    line_blank = false;
                }
                k++;
            }
            rec->text = text + t;
            rec->len = k - t;
            rec->sentence = 0;
            while (rec->sentence < rec->len &&
                   !(rec->text[rec->sentence] == '/' &&
                     rec->sentence + 1 < rec->len &&
                     rec->text[rec->sentence + 1] == '*'))
                rec->sentence++;
            *pos = k < len ? k + 1 : len;
            return true;
        }
        i = e < len ? e + 1 : len;
    }
    *pos = len;
    return false;
}

/* ------------------------------------------------------------------ */
/* Comparing                                                           */

static void describe_event(fw_buf *b, const char *source, const char *target,
                           const char *code)
{
    if (b->len)
        fw_buf_puts(b, "; ");
    fw_buf_printf(b, "%s / %s / %s", source, target, code);
}

static void describe_expected(fw_buf *b, const record *rec)
{
    if (rec->want == V_COMPLEX)
        fw_buf_puts(b, "complex");
    else if (rec->want == V_DISCARD)
        fw_buf_puts(b, "discard");
    else if (!rec->n_ev)
        fw_buf_puts(b, "no event");
    for (size_t i = 0; i < rec->n_ev && rec->want == V_EVENTS; i++)
        describe_event(b, rec->ev[i].source, rec->ev[i].target,
                       rec->ev[i].code);
}

static void describe_got(fw_buf *b, const fw_coding *c)
{
    if (c->result == FW_CODED_COMPLEX)
        fw_buf_puts(b, "complex");
    else if (c->result == FW_CODED_DISCARD)
        fw_buf_puts(b, "discard");
    else if (c->result == FW_CODED_SHORT)
        fw_buf_puts(b, "too short");
    else if (!c->n_events)
        fw_buf_puts(b, "no event");
    for (size_t i = 0; i < c->n_events; i++)
        describe_event(b, c->events[i].source, c->events[i].target,
                       c->events[i].code);
}

/* Does the coding give the expected events? As in TABARI, every
 * expected event must be coded; more may be (a record may list only
 * the events it is about). {---} wants none at all. */
static bool matches(const record *rec, const fw_coding *c)
{
    if (rec->want == V_COMPLEX)
        return c->result == FW_CODED_COMPLEX;
    if (rec->want == V_DISCARD)
        return c->result == FW_CODED_DISCARD;
    if (c->result == FW_CODED_COMPLEX || c->result == FW_CODED_DISCARD)
        return false;
    if (rec->n_ev == 0)
        return c->n_events == 0;
    for (size_t i = 0; i < rec->n_ev; i++) {
        const expect *x = &rec->ev[i];
        bool found = false;
        for (size_t k = 0; k < c->n_events && !found; k++) {
            const fw_cevent *e = &c->events[k];
            found = !strcmp(x->source, e->source) &&
                    !strcmp(x->target, e->target) && !strcmp(x->code, e->code);
        }
        if (!found)
            return false;
    }
    return true;
}

static void report_mismatch(run *r, const record *rec, const fw_coding *c,
                            const char *text_path)
{
    if (!r->hooks || !r->hooks->mismatch)
        return;
    fw_buf want = {0}, got = {0};
    describe_expected(&want, rec);
    describe_got(&got, c);
    char id[64];
    snprintf(id, sizeof id, "%.*s", (int)(rec->id_len < 63 ? rec->id_len : 63),
             rec->id);
    r->hooks->mismatch(r->hooks->ctx, text_path, rec->line, id,
                       want.data ? want.data : "", got.data ? got.data : "");
    fw_buf_free(&want);
    fw_buf_free(&got);
}

/* The story and sentence numbers in a record id, by the FORWARD
 * option's layout ("^^*****NNN*SSS": N story, S sentence digits) laid
 * against the end of the id; false when the id does not fit it. */
static bool story_of(const char *fmt, const record *rec, long *story,
                     long *sentence)
{
    size_t fl = strlen(fmt);
    *story = *sentence = 0;
    bool any = false;
    for (size_t j = 0; j < fl; j++) {
        if (fmt[j] != 'N' && fmt[j] != 'S')
            continue;
        if (fl - j > rec->id_len)
            return false;
        char ch = rec->id[rec->id_len - (fl - j)];
        if (!digit(ch))
            return false;
        long *v = fmt[j] == 'N' ? story : sentence;
        if (*v < 100000000) /* (past nine digits, the rest are not read) */
            *v = *v * 10 + (ch - '0');
        any = true;
    }
    return any;
}

static fw_status run_records(run *r, fw_dict *d, const char *text, size_t len,
                             const char *text_path, fw_validation *out)
{
    fw_forward fwd = {0};
    long last_story = -1, last_sentence = -1;
    size_t pos = 0, lineno = 0;
    record rec;
    fw_arena arena = {0};
    fw_status st = FW_OK;
    while (st == FW_OK && next_record(text, len, &pos, &lineno, &rec)) {
        read_expectations(r, d, &rec, text_path);
        if (!rec.has_brace)
            break;
        /* Pronouns take the previous sentence's subject only within a
         * story, sentence after sentence. */
        long story, sentence;
        bool numbered = story_of(d->opts.forward_id, &rec, &story, &sentence);
        if (!numbered || story != last_story || sentence != last_sentence + 1)
            fwd.valid = false;
        last_story = numbered ? story : -1;
        last_sentence = numbered ? sentence : -1;
        int32_t date = fw_dict_date(rec.date, rec.date_len);
        if (date == FW_NO_DATE)
            date = 0;
        fw_coding coding;
        st = fw_code_sentence(d, &d->opts, rec.text, rec.sentence, date, NULL,
                              0, &fwd, &arena, &coding);
        if (st != FW_OK)
            break;
        out->records++;
        if (rec.want == V_NONE && rec.inactive) {
            out->deactivated++;
            out->passed++;
        } else if (rec.want != V_NONE) {
            if (matches(&rec, &coding)) {
                out->passed++;
            } else {
                out->failed++;
                report_mismatch(r, &rec, &coding, text_path);
            }
        }
        fw_arena_reset(&arena);
    }
    fw_arena_free(&arena);
    return st;
}

static void forward_warning(void *ctx, const char *path, size_t line,
                            const char *msg)
{
    const fw_validate_hooks *h = ctx;
    if (h && h->warn)
        h->warn(h->ctx, path, line, msg);
}

fw_status fw_validate(const char *project, const fw_validate_hooks *hooks,
                      fw_validation *out, fw_error *err)
{
    if (!project || !out)
        return FW_EINVAL;
    memset(out, 0, sizeof *out);
    if (err)
        memset(err, 0, sizeof *err);
    run r = {.hooks = hooks, .err = err};
    r.warn.fn = forward_warning;
    r.warn.ctx = (void *)hooks;
    const char *slash = strrchr(project, '/');
    if (slash)
        snprintf(r.dir, sizeof r.dir, "%.*s/", (int)(slash - project), project);
    char *proj = NULL, *text = NULL;
    size_t proj_len, text_len;
    fw_dict *d = NULL;
    char text_path[4096];
    fw_status st = slurp(project, &proj, &proj_len, err);
    if (st == FW_OK) {
        d = fw_dict_new();
        st = d ? fw_dict_add_builtins(d) : FW_ENOMEM;
    }
    if (st == FW_OK)
        st = read_project(&r, d, proj, proj_len, text_path, sizeof text_path);
    if (st == FW_OK)
        st = fw_dict_freeze(d);
    if (st == FW_OK && !text_path[0]) {
        set_io_error(err, project, "no <textfile> in the project");
        st = FW_EIO;
    }
    if (st == FW_OK)
        st = slurp(text_path, &text, &text_len, err);
    if (st == FW_OK)
        st = run_records(&r, d, text, text_len, text_path, out);
    out->warnings = r.warn.count;
    if (st == FW_ENOMEM && err)
        err->status = FW_ENOMEM;
    free(text);
    free(proj);
    fw_dict_free(d);
    return st;
}
