/*
 * events.c - the events stage: who did what to whom, coded in CAMEO.
 *
 * Input: a document with sentences, mentions and entities; the
 * analyzer's event dictionaries (fivew's own, from data/events, and the
 * user's). Output: d->events, each with its CAMEO code, root, quad class,
 * Goldstein value, source and target (actor code, entity, span), the
 * verb that codes it and its sentence.
 *
 * Actors come first from fivew's entities: an entity with a country gets
 * the country's code and, from its title or kind, an agent ("Kremlin
 * spokesman Dmitry Peskov" RUSGOV, "the White House" USAGOV, "Russian"
 * in "Russian troops" RUS, which the agent dictionary makes RUSMIL), and
 * every mention of it in a sentence, pronouns included, is that actor.
 * What entities leave (international organisations, regions) the actor
 * dictionaries find. Each sentence then goes through the coder (coder.c)
 * as TABARI would code it, the previous sentence's subject forwarded.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "coder.h"
#include "events_data.inc"
#include "lexicon.h"

/* ------------------------------------------------------------------ */
/* Dictionaries                                                        */

static void warn_to(void *ctx, const char *path, size_t line, const char *msg)
{
    const fw_config *c = ctx;
    if (c && c->warn)
        c->warn(c->warn_ctx, path, line, msg);
}

static fw_status read_dictionary(fw_dict *d, fw_dict_kind kind,
                                 const char *data, size_t len, const char *path,
                                 fw_dict_warn *w)
{
    switch (kind) {
    case FW_DICT_ACTORS:
        return fw_dict_read_actors(d, data, len, path, w);
    case FW_DICT_AGENTS:
        return fw_dict_read_agents(d, data, len, path, w);
    case FW_DICT_VERBS:
        return fw_dict_read_verbs(d, data, len, path, w);
    case FW_DICT_DISCARDS:
        return fw_dict_read_discards(d, data, len, path, w);
    case FW_DICT_OPTIONS:
        return fw_dict_read_options(d, data, len, path, w);
    case FW_DICT_ISSUES:
        return fw_dict_read_issues(d, data, len, path, w);
    }
    return FW_OK;
}

fw_status fw_events_dict(const fw_config *config, fw_dict **out)
{
    *out = NULL;
    fw_dict *d = fw_dict_new();
    if (!d)
        return FW_ENOMEM;
    /* News sentences, not TABARI records: short ones count, and a
     * pronoun may stand for the previous sentence's subject. */
    d->opts.min_words = 3;
    d->opts.forward = true;
    d->opts.strict = true;
    fw_dict_warn w = {warn_to, (void *)config, 0};
    fw_status st = fw_dict_add_builtins(d);
    if (st == FW_OK && !(config && config->no_default_dictionaries)) {
        st = fw_dict_read_actors(d, events_actors, events_actors_LEN,
                                 "(fivew actors)", &w);
        if (st == FW_OK)
            st = fw_dict_read_agents(d, events_agents, events_agents_LEN,
                                     "(fivew agents)", &w);
        if (st == FW_OK)
            st = fw_dict_read_verbs(d, events_verbs, events_verbs_LEN,
                                    "(fivew verbs)", &w);
    }
    for (size_t i = 0; config && i < config->n_dictionaries && st == FW_OK;
         i++) {
        const fw_dictionary *f = &config->dictionaries[i];
        st = read_dictionary(d, f->kind, f->data ? f->data : "",
                             f->data ? f->len : 0,
                             f->path ? f->path : "(dictionary)", &w);
    }
    if (st == FW_OK)
        st = fw_dict_freeze(d);
    if (st != FW_OK) {
        fw_dict_free(d);
        return st;
    }
    *out = d;
    return FW_OK;
}

void fw_events_dict_free(fw_dict *d)
{
    fw_dict_free(d);
}

/* ------------------------------------------------------------------ */
/* CAMEO codes                                                         */

/* The value of code[0..n) in data/events/cameo.tsv, or NAN-like -99
 * when it is not listed. */
static double goldstein_listed(const char *code, size_t n)
{
    const char *p = events_cameo;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t ll = nl ? (size_t)(nl - p) : strlen(p);
        if (*p != '#' && ll > n && !memcmp(p, code, n) && p[n] == '\t')
            return strtod(p + n + 1, NULL);
        p += ll + (nl != NULL);
    }
    return -99.0;
}

/* The Goldstein value of 'code': its own, else that of the code it
 * refines (0332 -> 033), else its root's ("03" is listed as 030). */
static double goldstein(const char *code)
{
    for (size_t n = strlen(code); n >= 3; n--) {
        double v = goldstein_listed(code, n);
        if (v > -99.0)
            return v;
    }
    char root[4] = {code[0], code[1] ? code[1] : '0', '0', '\0'};
    double v = goldstein_listed(root, 3);
    return v > -99.0 ? v : 0.0;
}

/* Verbal or material, cooperation or conflict, by root (as the Phoenix
 * data set divides them). */
static const char *quad(const char *root)
{
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    if (r >= 1 && r <= 5)
        return "VC";
    if (r >= 6 && r <= 8)
        return "MC";
    if ((r >= 9 && r <= 13) || r == 16)
        return "VK";
    return "MK";
}

/* ------------------------------------------------------------------ */
/* Actors from entities                                                */

/* The agent a title gives its holder. */
static const char *title_agent(uint8_t title)
{
    switch (title) {
    case FW_TITLE_HEAD:
    case FW_TITLE_MINISTER:
    case FW_TITLE_OFFICIAL:
    case FW_TITLE_SPOKESPERSON:
    case FW_TITLE_DIPLOMAT:
    case FW_TITLE_ROYAL:
        return "GOV";
    case FW_TITLE_LEGISLATOR:
        return "LEG";
    case FW_TITLE_MILITARY:
        return "MIL";
    case FW_TITLE_POLICE:
        return "COP";
    case FW_TITLE_JUDICIAL:
        return "JUD";
    case FW_TITLE_RELIGIOUS:
        return "REL";
    case FW_TITLE_BUSINESS:
        return "BUS";
    case FW_TITLE_MEDIA:
        return "MED";
    case FW_TITLE_ACADEMIC:
        return "EDU";
    default:
        return "";
    }
}

/* The agent an organisation's kind gives it; NULL: no actor. */
static const char *org_agent(uint8_t org)
{
    switch (org) {
    case FW_ORG_GOVERNMENT:
    case FW_ORG_SEAT:
        return "GOV";
    case FW_ORG_MILITARY:
        return "MIL";
    case FW_ORG_POLICE:
        return "COP";
    case FW_ORG_LEGISLATURE:
        return "LEG";
    case FW_ORG_COURT:
        return "JUD";
    case FW_ORG_PARTY:
        return "PTY";
    case FW_ORG_MEDIA:
        return "MED";
    case FW_ORG_COMPANY:
        return "BUS";
    case FW_ORG_EDUCATION:
        return "EDU";
    case FW_ORG_RELIGIOUS:
        return "REL";
    case FW_ORG_NGO:
        return "NGO";
    case FW_ORG_ARMED_GROUP:
        return "REB";
    default:
        return NULL; /* international bodies: the dictionaries know them */
    }
}

/* The CAMEO code of entity e, or NULL when it has none (no country). */
static const char *entity_code(fw_doc *d, int32_t e)
{
    const fw_ent *ent = &d->ents[e];
    if (!ent->country || ent->type == FW_TYPE_UNKNOWN)
        return NULL;
    const char *agent = "";
    if (ent->type == FW_ENTITY_PERSON)
        agent = title_agent(ent->title);
    else if (ent->type == FW_ENTITY_ORGANIZATION &&
             !(agent = org_agent(ent->org)))
        return NULL;
    const char *country = fw_country_code(ent->country);
    if (!country)
        return NULL;
    size_t cl = strlen(country), al = strlen(agent);
    char *code = fw_arena_alloc_raw(&d->arena, cl + al + 1);
    if (!code)
        return NULL;
    memcpy(code, country, cl);
    memcpy(code + cl, agent, al + 1);
    return code;
}

/* Does the text between two mentions say "X's <title> <name>"? The
 * possessor then qualifies the person ("Trump's envoy Steve Witkoff")
 * and is no actor of its own. */
static bool qualifies_next(const fw_doc *d, size_t i)
{
    const fw_ment *m = &d->ments[i];
    if (!(m->flags & FW_MF_POSSESSIVE) || m->kind != FW_MENTION_NAME ||
        i + 1 >= d->n_ments)
        return false;
    const fw_ment *next = &d->ments[i + 1];
    if (next->sent != m->sent || next->start > m->end + 4)
        return false;
    return (next->kind == FW_MENTION_TITLE && next->link >= 0) ||
           (next->kind == FW_MENTION_NAME && next->type == FW_ENTITY_PERSON);
}

/* "in the Oval Office", "at a hospital in Kyiv": a place other than a
 * country after "in", "at", "near" says where, not who. */
static bool locative(const fw_doc *d, const fw_ment *m)
{
    if (m->entity < 0 || d->ents[m->entity].type != FW_ENTITY_PLACE)
        return false;
    const fw_ent *ent = &d->ents[m->entity];
    if (ent->country && ent->canon == fw_country_name(ent->country))
        return false; /* a country acts: "talks in Russia" */
    static const char *const before[] = {"in",     "at",      "near",
                                         "inside", "outside", "from"};
    size_t e = m->start;
    for (int words = 0; words < 2; words++) {
        while (e > 0 && d->text[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 &&
               ((d->text[b - 1] | 32) >= 'a' && (d->text[b - 1] | 32) <= 'z'))
            b--;
        size_t n = e - b;
        if (words == 0 && n == 3 && !strncasecmp(d->text + b, "the", 3)) {
            e = b; /* "in the Oval Office" */
            continue;
        }
        for (size_t k = 0; k < FW_COUNT(before); k++)
            if (strlen(before[k]) == n &&
                !strncasecmp(d->text + b, before[k], n))
                return true;
        return false;
    }
    return false;
}

typedef struct sentence_actors {
    fw_ext_actor *ext;
    size_t n, cap;
} sentence_actors;

/* The mentions of sentence s that name actors, as spans relative to the
 * sentence: a title joins the name it belongs to; nested mentions go
 * with the one around them. '*next' walks d->ments. */
static fw_status actors_of(fw_doc *d, const char **codes, uint32_t s,
                           size_t start, size_t *next, sentence_actors *out)
{
    out->n = 0;
    size_t i = *next;
    while (i < d->n_ments && d->ments[i].sent < s)
        i++;
    *next = i;
    size_t covered = 0;
    for (; i < d->n_ments && d->ments[i].sent == s; i++) {
        const fw_ment *m = &d->ments[i];
        if (m->start < covered || m->start < start || m->entity < 0 ||
            (m->flags & FW_MF_NESTED))
            continue;
        uint32_t first = m->start, last = m->end;
        const fw_ment *named = m;
        if (m->kind == FW_MENTION_TITLE) {
            /* "Kremlin spokesman" + "Dmitry Peskov": one actor. */
            if (m->link < 0 || d->ments[m->link].start < m->end)
                continue;
            named = &d->ments[m->link];
            if (named->start > m->end + 2)
                continue;
            last = named->end;
        }
        if (qualifies_next(d, i) || locative(d, m))
            continue;
        const char *code = named->entity >= 0 ? codes[named->entity] : NULL;
        if (!code)
            continue;
        fw_ext_actor *a = FW_PUSH(&d->arena, out->ext, out->n, out->cap);
        if (!a)
            return FW_ENOMEM;
        a->span.start = first - start;
        a->span.end = last - start;
        a->code = code;
        a->keep = 3; /* the country */
        covered = last;
    }
    return FW_OK;
}

/* The entity whose mention covers byte 'at' of the text, or -1. */
static int32_t entity_at(const fw_doc *d, size_t at)
{
    size_t lo = 0, hi = d->n_ments;
    while (lo < hi) { /* the last mention starting at or before 'at' */
        size_t mid = (lo + hi) / 2;
        if (d->ments[mid].start <= at)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k-- > 0;) {
        const fw_ment *m = &d->ments[k];
        if (m->end > at) {
            int32_t e = m->entity;
            if (m->kind == FW_MENTION_TITLE && m->link >= 0)
                e = d->ments[m->link].entity;
            if (e >= 0)
                return e;
        }
        if (at - m->start > 256)
            break;
    }
    return -1;
}

/* ------------------------------------------------------------------ */
/* The document's date                                                 */

static int month_of(const char *s, size_t n)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
    if (n < 3)
        return 0;
    for (int m = 0; m < 12; m++)
        if ((s[0] | 32) == names[m][0] && (s[1] | 32) == names[m][1] &&
            (s[2] | 32) == names[m][2])
            return m + 1;
    return 0;
}

static int32_t civil_days(long y, int m, int day)
{
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || day < 1 || day > 31)
        return FW_NO_DATE;
    char buf[9] = {(char)('0' + y / 1000),
                   (char)('0' + y / 100 % 10),
                   (char)('0' + y / 10 % 10),
                   (char)('0' + y % 10),
                   (char)('0' + m / 10),
                   (char)('0' + m % 10),
                   (char)('0' + day / 10),
                   (char)('0' + day % 10),
                   0};
    return fw_dict_date(buf, 8);
}

/* Days since 1970 of the document's date: its metadata's creation time,
 * else a dateline with a year ("Dec 3, 2025", "3 December 2025");
 * FW_NO_DATE when there is none. */
static int32_t doc_date(const fw_doc *d)
{
    const fw_time *times[] = {&d->meta.first_created, &d->meta.version_created};
    for (size_t i = 0; i < FW_COUNT(times); i++) {
        fw_str u = times[i]->utc;
        if (u.ptr && u.len >= 10) {
            char buf[9] = {u.ptr[0], u.ptr[1], u.ptr[2], u.ptr[3], u.ptr[5],
                           u.ptr[6], u.ptr[8], u.ptr[9], 0};
            int32_t v = fw_dict_date(buf, 8);
            if (v != FW_NO_DATE)
                return v;
        }
    }
    if (!d->meta.dateline || !d->meta.dateline->date.ptr)
        return FW_NO_DATE;
    fw_str t = d->meta.dateline->date;
    int month = 0, day = 0;
    long year = 0;
    for (size_t i = 0; i < t.len;) {
        size_t j = i;
        if (t.ptr[i] >= '0' && t.ptr[i] <= '9') {
            long v = 0; /* (a year or a day: longer runs are neither) */
            for (; j < t.len && t.ptr[j] >= '0' && t.ptr[j] <= '9'; j++)
                if (j - i < 4)
                    v = v * 10 + (t.ptr[j] - '0');
            if (j - i == 4)
                year = v;
            else if (j - i <= 2 && !day)
                day = (int)v;
        } else if ((t.ptr[i] | 32) >= 'a' && (t.ptr[i] | 32) <= 'z') {
            while (j < t.len && (t.ptr[j] | 32) >= 'a' &&
                   (t.ptr[j] | 32) <= 'z')
                j++;
            if (!month)
                month = month_of(t.ptr + i, j - i);
        } else {
            j++;
        }
        i = j;
    }
    if (!year || !month || !day)
        return FW_NO_DATE;
    return civil_days(year, month, day);
}

static const char *date_text(fw_doc *d, int32_t days)
{
    if (days == FW_NO_DATE)
        return NULL;
    long z = (long)days + 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = (long)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    unsigned day = doy - (153 * mp + 2) / 5 + 1;
    unsigned m = mp < 10 ? mp + 3 : mp - 9;
    char buf[24];
    int n = snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y + (m <= 2), m, day);
    return fw_arena_strndup(&d->arena, buf, (size_t)n);
}

/* ------------------------------------------------------------------ */
/* The stage                                                           */

static fw_status add_event(fw_doc *d, const fw_cevent *ce, size_t start,
                           const fw_sentence *sent)
{
    fw_event *ev = FW_PUSH(&d->arena, d->events, d->n_events, d->cap_events);
    if (!ev)
        return FW_ENOMEM;
    ev->code = fw_arena_strndup(&d->arena, ce->code, strlen(ce->code));
    ev->source.code =
        fw_arena_strndup(&d->arena, ce->source, strlen(ce->source));
    ev->target.code =
        fw_arena_strndup(&d->arena, ce->target, strlen(ce->target));
    ev->id = fw_arena_id(&d->arena, 'V', d->n_events);
    if (!ev->code || !ev->source.code || !ev->target.code || !ev->id)
        return FW_ENOMEM;
    ev->root[0] = ev->code[0];
    ev->root[1] = ev->code[1] ? ev->code[1] : '0';
    ev->root[2] = '\0';
    ev->quad = quad(ev->root);
    ev->goldstein = goldstein(ev->code);
    const fw_span *spans[] = {&ce->source_span, &ce->target_span};
    fw_event_actor *actors[] = {&ev->source, &ev->target};
    for (int i = 0; i < 2; i++) {
        fw_event_actor *a = actors[i];
        a->entity = FW_NONE;
        if (spans[i]->start == spans[i]->end)
            continue; /* a default actor */
        a->span.start = spans[i]->start + start;
        a->span.end = spans[i]->end + start;
        int32_t e = entity_at(d, a->span.start);
        if (e >= 0)
            a->entity = (size_t)e;
    }
    ev->cue.start = ce->verb_span.start + start;
    ev->cue.end = ce->verb_span.end + start;
    ev->sentence = sent->span;
    ev->date = date_text(d, ce->date);
    return FW_OK;
}

/* Is quoted content s[0..n) a clause of its own ("Moscow is ready to
 * fight", "We are ready to meet") rather than the rest of its verb's
 * phrase ("pledges to buy arms")? */
static bool own_clause(const char *s, size_t n)
{
    size_t words = 0;
    for (size_t i = 0; i < n; i++)
        if ((i == 0 || s[i - 1] == ' ') && s[i] != ' ')
            words++;
    return words >= 3 &&
           !(n > 3 && (s[0] | 32) == 't' && (s[1] | 32) == 'o' && s[2] == ' ');
}

/* Quotation contents by start, the outer of two at one start first. */
static int by_start(const void *a, const void *b)
{
    const fw_span *x = a, *y = b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (x->end < y->end) - (x->end > y->end);
}

/* The quoted contents inside sentence [start, end): spans of the text,
 * in order, that are clauses of their own. 'sorted' holds every content
 * by start and '*next' is where the previous sentence left off, so a
 * document's sentences take them in one pass. */
static fw_status contents_in(fw_doc *d, const fw_span *sorted, size_t n_sorted,
                             size_t *next, size_t start, size_t end,
                             fw_span **out, size_t *n, size_t *cap)
{
    *n = 0;
    while (*next < n_sorted && sorted[*next].start < start)
        ++*next;
    for (size_t i = *next; i < n_sorted && sorted[i].start < end; i++) {
        fw_span p = sorted[i];
        if (p.end > end || p.end <= p.start ||
            !own_clause(d->text + p.start, p.end - p.start))
            continue;
        bool inside = false; /* a nested quotation inside one taken */
        for (size_t k = 0; k < *n; k++)
            inside |= p.start >= (*out)[k].start && p.end <= (*out)[k].end;
        if (inside)
            continue;
        fw_span *slot = FW_PUSH(&d->arena, *out, *n, *cap);
        if (!slot)
            return FW_ENOMEM;
        *slot = p;
    }
    return FW_OK;
}

typedef struct coding_run {
    fw_doc *d;
    const fw_dict *dict;
    int32_t date;
    fw_arena scratch;
    fw_forward fwd;
    fw_ext_actor *ext;
    size_t n_ext, cap_ext;
    const fw_sentence *sentence; /* the sentence events are reported in */
} coding_run;

/* Codes text[from, to) of sentence 'sent' (a quoted clause, or the
 * sentence with its quoted clauses blanked out in 'text'), with the
 * sentence's actors inside it. */
static fw_status code_piece(coding_run *r, const fw_sentence *sent,
                            const char *text, size_t from, size_t to,
                            const sentence_actors *sa, const fw_span *cut,
                            size_t n_cut, fw_forward *fwd)
{
    size_t base = sent->span.start;
    r->n_ext = 0;
    for (size_t i = 0; i < sa->n; i++) {
        fw_span sp = sa->ext[i].span; /* relative to the sentence */
        if (sp.start < from - base || sp.end > to - base)
            continue;
        bool blanked = false;
        for (size_t k = 0; k < n_cut; k++)
            blanked |=
                sp.start + base < cut[k].end && sp.end + base > cut[k].start;
        if (blanked)
            continue;
        fw_ext_actor *a = FW_PUSH(&r->scratch, r->ext, r->n_ext, r->cap_ext);
        if (!a)
            return FW_ENOMEM;
        a->code = sa->ext[i].code;
        a->keep = sa->ext[i].keep;
        a->span.start = sp.start + base - from;
        a->span.end = sp.end + base - from;
    }
    fw_coding coding;
    fw_status st =
        fw_code_sentence(r->dict, &r->dict->opts, text, to - from, r->date,
                         r->ext, r->n_ext, fwd, &r->scratch, &coding);
    for (size_t i = 0; st == FW_OK && i < coding.n_events; i++)
        st = add_event(r->d, &coding.events[i], from, r->sentence);
    return st;
}

/* The issues of the sentence text[start, end), for events
 * [first, d->n_events) coded from it. */
static fw_status add_issues(fw_doc *d, fw_arena *scratch, size_t start,
                            size_t end, size_t first, bool *story_ignore)
{
    const fw_dict *dict = d->az->dict;
    fw_issue_count *counts;
    size_t n;
    fw_status st = fw_code_issues(dict, d->text + start, end - start, scratch,
                                  &counts, &n, story_ignore);
    if (st != FW_OK || !n)
        return st;
    fw_event_issue *issues = fw_arena_alloc(&d->arena, n * sizeof *issues);
    if (!issues)
        return FW_ENOMEM;
    for (size_t k = 0; k < n; k++) {
        const struct fw_issue_code *ic = &dict->issue_codes[counts[k].code];
        issues[k].code = fw_dict_str(dict, ic->code);
        issues[k].category = fw_dict_str(dict, ic->category);
        issues[k].count = counts[k].count;
    }
    for (size_t i = first; i < d->n_events; i++) {
        d->events[i].issues = issues;
        d->events[i].n_issues = n;
    }
    return FW_OK;
}

/* A "~~" issue phrase anywhere in the document cancels its issues
 * (PETRARCH's story-level exclusion). */
static fw_status story_ignores(fw_doc *d, fw_arena *scratch, bool *found)
{
    for (size_t s = 0; s < d->n_sents && !*found; s++) {
        fw_issue_count *counts;
        size_t n;
        fw_status st =
            fw_code_issues(d->az->dict, d->text + d->sents[s].span.start,
                           d->sents[s].span.end - d->sents[s].span.start,
                           scratch, &counts, &n, found);
        fw_arena_reset(scratch);
        if (st != FW_OK)
            return st;
    }
    return FW_OK;
}

fw_status fw_find_events(fw_doc *d)
{
    const fw_dict *dict = d->az->dict;
    if (!dict || d->foreign)
        return FW_OK; /* (the dictionaries are English) */
    /* Each entity's code, once. */
    const char **codes = NULL;
    if (d->n_ents) {
        codes = fw_arena_alloc(&d->arena, d->n_ents * sizeof *codes);
        if (!codes)
            return FW_ENOMEM;
        for (size_t e = 0; e < d->n_ents; e++)
            codes[e] = entity_code(d, (int32_t)e);
    }
    fw_span *sorted = NULL;
    if (d->n_qparts) {
        sorted = fw_arena_alloc(&d->arena, d->n_qparts * sizeof *sorted);
        if (!sorted)
            return FW_ENOMEM;
        memcpy(sorted, d->qparts, d->n_qparts * sizeof *sorted);
        qsort(sorted, d->n_qparts, sizeof *sorted, by_start);
    }
    coding_run r = {.d = d, .dict = dict, .date = doc_date(d)};
    sentence_actors sa = {0};
    fw_span *parts = NULL;
    size_t n_parts = 0, cap_parts = 0, next = 0, next_part = 0;
    fw_status st = FW_OK;
    bool story_ignore = false, any_issue = false;
    const fw_dateline *dl = d->meta.dateline;
    for (size_t s = 0; s < d->n_sents && st == FW_OK; s++) {
        fw_sentence clipped = d->sents[s];
        /* "PARIS, Dec 3, 2025 (AFP) - France condemned ...": the
         * dateline is no part of what is coded. */
        if (dl && dl->span.end > clipped.span.start &&
            dl->span.end < clipped.span.end) {
            clipped.span.start = dl->span.end;
            while (clipped.span.start < clipped.span.end &&
                   d->text[clipped.span.start] == ' ')
                clipped.span.start++;
        }
        const fw_sentence *sent = &clipped;
        size_t start = sent->span.start, end = sent->span.end;
        r.sentence = &d->sents[s];
        size_t first_event = d->n_events;
        st = actors_of(d, codes, (uint32_t)s, start, &next, &sa);
        if (st == FW_OK)
            st = contents_in(d, sorted, d->n_qparts, &next_part, start, end,
                             &parts, &n_parts, &cap_parts);
        /* What was said is coded on its own: "Putin said [Moscow is
         * ready to fight]" has Moscow fight, not Putin. Content that codes
         * nothing ("France condemned [Iran on Wednesday]") stays in its
         * sentence. */
        size_t kept = 0;
        for (size_t k = 0; st == FW_OK && k < n_parts; k++) {
            size_t before = d->n_events;
            st = code_piece(&r, sent, d->text + parts[k].start, parts[k].start,
                            parts[k].end, &sa, NULL, 0, NULL);
            if (d->n_events > before)
                parts[kept++] = parts[k];
        }
        n_parts = kept;
        const char *text = d->text + start;
        if (st == FW_OK && n_parts) {
            char *copy = fw_arena_alloc_raw(&r.scratch, end - start);
            if (!copy)
                st = FW_ENOMEM;
            else {
                memcpy(copy, text, end - start);
                for (size_t k = 0; k < n_parts; k++)
                    memset(copy + (parts[k].start - start), ' ',
                           parts[k].end - parts[k].start);
                text = copy;
            }
        }
        if (st == FW_OK)
            st = code_piece(&r, sent, text, start, end, &sa, parts, n_parts,
                            &r.fwd);
        if (st == FW_OK && d->n_events > first_event && dict->n_issue_phrases) {
            st = add_issues(d, &r.scratch, start, end, first_event,
                            &story_ignore);
            any_issue |= d->events[first_event].n_issues > 0;
        }
        fw_arena_reset(&r.scratch);
        r.ext = NULL;
        r.n_ext = r.cap_ext = 0;
    }
    if (st == FW_OK && any_issue && dict->has_story_ignores && !story_ignore)
        st = story_ignores(d, &r.scratch, &story_ignore);
    for (size_t i = 0; story_ignore && i < d->n_events; i++) {
        d->events[i].issues = NULL;
        d->events[i].n_issues = 0;
    }
    fw_arena_free(&r.scratch);
    return st;
}

fw_status fw_export_events(fw_doc *d)
{
    for (size_t i = 0; i < d->n_events; i++) {
        fw_event_actor *actors[] = {&d->events[i].source, &d->events[i].target};
        for (int k = 0; k < 2; k++) {
            size_t e = actors[k]->entity;
            if (e == FW_NONE)
                continue;
            int32_t pub = d->pub_of_ent ? d->pub_of_ent[e] : -1;
            actors[k]->entity = pub >= 0 ? (size_t)pub : FW_NONE;
        }
    }
    return FW_OK;
}
