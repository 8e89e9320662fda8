/*
 * bench.c - throughput on one core, as MB/s over a directory of texts
 * (default: ../shared/eval/polnear/train), median of several runs.
 *
 * Reports each stage alone (from documents prepared by the stages before
 * it) and the whole pipeline through the public fw_analyze(). Times are
 * the thread's CPU time: on a shared virtual machine, time stolen by
 * other guests would otherwise count against the code.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define RUNS 9

typedef struct text {
    char *data;
    size_t len;
} text;

static text *texts;
static size_t n_texts, total_bytes;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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
    report("pipeline (fw_analyze)", run_pipeline, az);
    fw_analyzer_free(az);
    for (size_t i = 0; i < n_texts; i++)
        free(texts[i].data);
    free(texts);
    return 0;
}
