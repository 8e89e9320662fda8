/*
 * bench.c - throughput on one core, as MB/s over a directory of texts
 * (default: ../shared/eval/polnear/train), median of several runs.
 *
 * Reports each stage alone (from documents prepared by the stages before
 * it), the whole pipeline through the public fw_analyze(), and the time
 * of each step of the pipeline without events. Times are the thread's
 * CPU time (the steps' excepted: see wall_now()): on a shared virtual
 * machine, time stolen by other guests would otherwise count against the
 * code.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "coder.h"

#define RUNS 9

typedef struct text {
    char *data;
    size_t len;
} text;

static text *texts;
static size_t n_texts, total_bytes;

static double seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void)
{
    return seconds(CLOCK_THREAD_CPUTIME_ID);
}

/* The monotonic clock, for the steps: read without a system call, unlike
 * the thread's CPU clock, whose cost would weigh on the short steps. */
static double wall_now(void)
{
    return seconds(CLOCK_MONOTONIC);
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static int load(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return -1;
    struct dirent *e;
    size_t cap = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        if (size <= 0) {
            fclose(f);
            continue;
        }
        if (n_texts == cap) {
            cap = cap ? cap * 2 : 256;
            texts = realloc(texts, cap * sizeof *texts);
        }
        text *t = &texts[n_texts];
        t->data = malloc((size_t)size);
        t->len = fread(t->data, 1, (size_t)size, f);
        fclose(f);
        total_bytes += t->len;
        n_texts++;
    }
    closedir(d);
    return n_texts ? 0 : -1;
}

/* Seconds for one pass of the text stage over all texts. */
static double run_text_stage(const fw_analyzer *az)
{
    double spent = 0;
    for (size_t i = 0; i < n_texts; i++) {
        fw_doc *d = fw_doc_new(az, texts[i].data, texts[i].len);
        if (!d || fw_read_text(d) != FW_OK)
            exit(1);
        double t0 = now();
        if (fw_tokenize(d) != FW_OK || fw_segment(d) != FW_OK)
            exit(1);
        spent += now() - t0;
        fw_arena arena = d->arena;
        fw_arena_free(&arena);
    }
    return spent;
}

/* Seconds for one pass of the whole pipeline (public API). */
static double run_pipeline(const fw_analyzer *az)
{
    double t0 = now();
    for (size_t i = 0; i < n_texts; i++) {
        fw_batch *b = NULL;
        if (fw_analyze(az, texts[i].data, texts[i].len, NULL, &b, NULL) !=
            FW_OK)
            exit(1);
        fw_batch_free(b);
    }
    return now() - t0;
}

/* The quotations pipeline's steps in fw_analyze()'s order, each timed
 * alone, so that `make bench` says where the time goes. */
static const struct {
    const char *name;
    fw_status (*run)(fw_doc *d);
} steps[] = {
    {"read", fw_read_text},
    {"tokens", fw_tokenize},
    {"sentences", fw_segment},
    {"quote marks", fw_pair_quotes},
    {"mentions", fw_find_mentions},
    {"entities", fw_find_entities},
    {"quotations", fw_find_quotes},
    {"export entities", fw_export_entities},
    {"export quotations", fw_export_quotes},
};

/* Adds to secs[k] the time of step k in one pass over all texts. */
static void run_steps(const fw_analyzer *az, double *secs)
{
    for (size_t i = 0; i < n_texts; i++) {
        fw_doc *d = fw_doc_new(az, texts[i].data, texts[i].len);
        if (!d)
            exit(1);
        for (size_t k = 0; k < FW_COUNT(steps); k++) {
            double t0 = wall_now();
            if (steps[k].run(d) != FW_OK)
                exit(1);
            secs[k] += wall_now() - t0;
        }
        fw_arena arena = d->arena;
        fw_arena_free(&arena);
    }
}

static void report_steps(void)
{
    fw_config cfg = {.stages =
                         FW_STAGE_TEXT | FW_STAGE_ENTITIES | FW_STAGE_QUOTES};
    fw_analyzer *az = NULL;
    if (fw_analyzer_new(&cfg, &az, NULL) != FW_OK)
        exit(1);
    double runs[FW_COUNT(steps)][RUNS], warm[FW_COUNT(steps)] = {0};
    run_steps(az, warm);
    for (int r = 0; r < RUNS; r++) {
        double secs[FW_COUNT(steps)] = {0};
        run_steps(az, secs);
        for (size_t k = 0; k < FW_COUNT(steps); k++)
            runs[k][r] = secs[k];
    }
    double median[FW_COUNT(steps)], sum = 0;
    for (size_t k = 0; k < FW_COUNT(steps); k++) {
        qsort(runs[k], RUNS, sizeof runs[k][0], cmp_double);
        median[k] = runs[k][RUNS / 2];
        sum += median[k];
    }
    printf("steps of the pipeline without events, ms a pass (median of "
           "%d):\n",
           RUNS);
    for (size_t k = 0; k < FW_COUNT(steps); k++)
        printf("  %-32s %8.2f ms   %3.0f%%\n", steps[k].name, median[k] * 1e3,
               100 * median[k] / sum);
    fw_analyzer_free(az);
}

/* Phoenix's dictionaries, as users load them. */
static const char *const phoenix_files[][2] = {
    {"a", "Phoenix.Countries.actors.txt"},
    {"a", "Phoenix.International.actors.txt"},
    {"a", "Phoenix.MilNonState.actors.txt"},
    {"g", "Phoenix.agents.txt"},
    {"v", "CAMEO.2.0.txt"},
    {"d", "Phoenix.discards.txt"},
    {"i", "Phoenix.IssueCoding.txt"},
};

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc(size > 0 ? (size_t)size : 1);
    *len = buf ? fread(buf, 1, (size_t)size, f) : 0;
    fclose(f);
    return buf;
}

/* Reads and builds the Phoenix dictionaries (the files already in
 * memory, as the time to read a disk is not the coder's); NULL when they
 * are missing. '*secs' gets the time. */
static fw_dict *load_phoenix(char *const *data, const size_t *lens,
                             double *secs)
{
    double t0 = now();
    fw_dict *d = fw_dict_new();
    if (!d || fw_dict_add_builtins(d) != FW_OK)
        exit(1);
    for (size_t i = 0; i < FW_COUNT(phoenix_files); i++) {
        fw_status st = FW_OK;
        switch (phoenix_files[i][0][0]) {
        case 'a':
            st = fw_dict_read_actors(d, data[i], lens[i], "", NULL);
            break;
        case 'g':
            st = fw_dict_read_agents(d, data[i], lens[i], "", NULL);
            break;
        case 'v':
            st = fw_dict_read_verbs(d, data[i], lens[i], "", NULL);
            break;
        case 'i':
            st = fw_dict_read_issues(d, data[i], lens[i], "", NULL);
            break;
        default:
            st = fw_dict_read_discards(d, data[i], lens[i], "", NULL);
        }
        if (st != FW_OK)
            exit(1);
    }
    if (fw_dict_freeze(d) != FW_OK)
        exit(1);
    *secs = now() - t0;
    return d;
}

/* The corpus's sentences, as byte spans of its texts. */
typedef struct sentence_ref {
    const char *text;
    size_t len;
} sentence_ref;

static sentence_ref *sentences;
static size_t n_sentences;

static void collect_sentences(const fw_analyzer *az)
{
    size_t cap = 0;
    for (size_t i = 0; i < n_texts; i++) {
        fw_doc *d = fw_doc_new(az, texts[i].data, texts[i].len);
        if (!d || fw_read_text(d) != FW_OK || fw_tokenize(d) != FW_OK ||
            fw_segment(d) != FW_OK)
            exit(1);
        for (size_t k = 0; k < d->n_sents; k++) {
            if (n_sentences == cap) {
                cap = cap ? cap * 2 : 4096;
                sentences = realloc(sentences, cap * sizeof *sentences);
                if (!sentences)
                    exit(1);
            }
            sentence_ref *r = &sentences[n_sentences++];
            r->text = texts[i].data + d->sents[k].span.start;
            r->len = d->sents[k].span.end - d->sents[k].span.start;
        }
        fw_arena arena = d->arena;
        fw_arena_free(&arena);
    }
}

/* Seconds for coding every sentence once with dictionary 'dict'. */
static double run_coder(const fw_dict *dict, size_t *events)
{
    fw_arena arena = {0};
    fw_forward fwd = {0};
    *events = 0;
    double t0 = now();
    for (size_t i = 0; i < n_sentences; i++) {
        fw_coding c;
        if (fw_code_sentence(dict, &dict->opts, sentences[i].text,
                             sentences[i].len, FW_NO_DATE, NULL, 0, &fwd,
                             &arena, &c) != FW_OK)
            exit(1);
        *events += c.n_events;
        fw_arena_reset(&arena);
    }
    double spent = now() - t0;
    fw_arena_free(&arena);
    return spent;
}

static void report_events(const fw_analyzer *az, const char *phoenix)
{
    char *data[FW_COUNT(phoenix_files)];
    size_t lens[FW_COUNT(phoenix_files)];
    for (size_t i = 0; i < FW_COUNT(phoenix_files); i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", phoenix, phoenix_files[i][1]);
        if (!(data[i] = slurp(path, &lens[i]))) {
            printf("event coder: no Phoenix dictionaries in %s\n", phoenix);
            for (size_t k = 0; k < i; k++)
                free(data[k]);
            return;
        }
    }
    double load[5];
    fw_dict *dict = NULL;
    for (int r = 0; r < 5; r++) {
        fw_dict_free(dict);
        dict = load_phoenix(data, lens, &load[r]);
    }
    qsort(load, 5, sizeof load[0], cmp_double);
    printf("%-34s %8.3f s     (%zu actor, %zu agent, %zu verb phrases, "
           "%zu patterns, %zu issue phrases; median of 5)\n",
           "Phoenix dictionary load", load[2], dict->n_actor_phrases,
           dict->n_agent_phrases, dict->n_verb_phrases, dict->n_patterns,
           dict->n_issue_phrases);
    collect_sentences(az);
    double secs[RUNS];
    size_t events = 0;
    run_coder(dict, &events); /* warm up */
    for (int r = 0; r < RUNS; r++)
        secs[r] = run_coder(dict, &events);
    qsort(secs, RUNS, sizeof secs[0], cmp_double);
    printf("%-34s %8.0f sentences/s  (%zu sentences, %zu events; median "
           "of %d; min %.0f, max %.0f)\n",
           "event coder (Phoenix dictionaries)",
           (double)n_sentences / secs[RUNS / 2], n_sentences, events, RUNS,
           (double)n_sentences / secs[RUNS - 1], (double)n_sentences / secs[0]);
    fw_dict_free(dict);
    for (size_t i = 0; i < FW_COUNT(phoenix_files); i++)
        free(data[i]);
    free(sentences);
}

static void report(const char *name, double (*pass)(const fw_analyzer *),
                   const fw_analyzer *az)
{
    double secs[RUNS];
    pass(az); /* warm up */
    for (int r = 0; r < RUNS; r++)
        secs[r] = pass(az);
    qsort(secs, RUNS, sizeof secs[0], cmp_double);
    double mb = (double)total_bytes / 1e6;
    printf("%-34s %8.1f MB/s  (median of %d; min %.1f, max %.1f)\n", name,
           mb / secs[RUNS / 2], RUNS, mb / secs[RUNS - 1], mb / secs[0]);
}

/* The pipeline through fw_analyze() with just 'stages' on. */
static int report_stages(const char *name, unsigned stages)
{
    fw_config cfg = {.stages = stages};
    fw_analyzer *az = NULL;
    if (fw_analyzer_new(&cfg, &az, NULL) != FW_OK)
        return -1;
    report(name, run_pipeline, az);
    fw_analyzer_free(az);
    return 0;
}

int main(int argc, char **argv)
{
    const char *dir = argc > 1 ? argv[1] : "../shared/eval/polnear/train";
    if (load(dir) != 0) {
        fprintf(stderr, "bench: no texts in %s\n", dir);
        return 1;
    }
    printf("corpus: %zu files, %.2f MB (%s), one core\n", n_texts,
           (double)total_bytes / 1e6, dir);
    fw_analyzer *az = NULL;
    if (fw_analyzer_new(NULL, &az, NULL) != FW_OK)
        return 1;
    report("text stage (tokenize+segment)", run_text_stage, az);
    report("pipeline (fw_analyze, all stages)", run_pipeline, az);
    /* The pipeline as the entities issue measures it (read, text,
     * entities) and as the quotations issue does (and quotes; no
     * events). */
    if (report_stages("pipeline to entities",
                      FW_STAGE_TEXT | FW_STAGE_ENTITIES) != 0 ||
        report_stages("pipeline without events",
                      FW_STAGE_TEXT | FW_STAGE_ENTITIES | FW_STAGE_QUOTES) != 0)
        return 1;
    report_steps();
    report_events(az, argc > 2 ? argv[2] : "../shared/events/phoenix");
    fw_analyzer_free(az);
    for (size_t i = 0; i < n_texts; i++)
        free(texts[i].data);
    free(texts);
    return 0;
}
