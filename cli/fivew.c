/*
 * fivew.c - the command-line tool: arguments, files and directories,
 * worker threads, output order, exit codes. It sees only fivew.h.
 *
 * Inputs are expanded first (directories recursively, in byte order of
 * names), then analysed by N workers; a worker may run at most WINDOW
 * inputs ahead of the writer, which prints results strictly in input
 * order, so output is the same for any -j.
 */
#define _POSIX_C_SOURCE 200809L
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "fivew.h"

#define EXIT_REJECTED 1
#define FW_COUNT_ARGS(a) (sizeof(a) / sizeof((a)[0]))
#define EXIT_USAGE 2

static const char usage_text[] =
    "usage: fivew [OPTIONS] [FILE|DIR|-]...\n"
    "       fivew validate PROJECT\n"
    "Reads news and writes its facts as JSON Lines, one object a document.\n"
    "With no FILE, or FILE '-', reads standard input. Directories are read\n"
    "recursively, in sorted order, skipping names that start with '.'.\n"
    "\n"
    "  -o FILE          write to FILE instead of standard output\n"
    "  --format FORMAT  auto (default: told by the content), text, newsml\n"
    "                   (NewsML 1.2), nitf, g2 (NewsML-G2), ninjs, anpa\n"
    "                   (ANPA-1312), iptc7901, jsonl (JSON Lines)\n"
    "  --no-text        leave the \"text\" key out\n"
    "  --sentences      include sentence spans\n"
    "  --pretty         indented JSON\n"
    "  -j N             worker threads (default: all cores)\n"
    "  --actors FILE    event actor dictionary (TABARI/PETRARCH format);\n"
    "                   likewise --agents, --verbs (TABARI verbs or\n"
    "                   PETRARCH2's CAMEO.2.0), --discards, and\n"
    "                   --event-options (a TABARI .options file), and\n"
    "                   --issues (PETRARCH's issue list); each may be\n"
    "                   given several times, read after fivew's own\n"
    "  --no-default-dictionaries  only the dictionaries given\n"
    "  -h, --help       this help\n"
    "  --version        the version\n"
    "\n"
    "'fivew validate PROJECT' runs a TABARI validation project (.project\n"
    "file): prints each record coded otherwise than expected and a line\n"
    "'N passed, N failed'. (Read a file named 'validate' as ./validate.)\n"
    "\n"
    "Exit status: 0 every document written (validate: every test passed);\n"
    "1 some input rejected (validate: some test failed, or a file could\n"
    "not be read); 2 usage error.\n";

/* A list of strings that owns them. */
typedef struct strlist {
    char **items;
    size_t count, cap;
} strlist;

static int strlist_add(strlist *l, const char *s)
{
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        char **items = realloc(l->items, cap * sizeof *items);
        if (!items)
            return -1;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->count] = strdup(s);
    if (!l->items[l->count])
        return -1;
    l->count++;
    return 0;
}

static void strlist_free(strlist *l)
{
    for (size_t i = 0; i < l->count; i++)
        free(l->items[i]);
    free(l->items);
}

/* Appends "fivew: PATH: byte N: what\n" and the like to a message list. */
typedef struct messages {
    char *text;
    size_t len;
} messages;

static void add_message(messages *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void add_message(messages *m, const char *fmt, ...)
{
    char line[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(line, sizeof line, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    size_t k = (size_t)n < sizeof line ? (size_t)n : sizeof line - 1;
    char *t = realloc(m->text, m->len + k + 1);
    if (!t)
        return;
    memcpy(t + m->len, line, k);
    m->len += k;
    t[m->len] = '\0';
    m->text = t;
}

/* One input: a path and, once done, its output and diagnostics. */
typedef struct job {
    const char *path;  /* "-" for standard input */
    const char *error; /* set while expanding: cannot be read at all */
    char *out;         /* JSON lines */
    size_t out_len;
    messages msgs; /* lines for standard error */
    bool rejected; /* something was rejected */
    bool done;
} job;

typedef struct run {
    const fw_analyzer *az;
    fw_format format;
    unsigned json_flags;
    job *jobs;
    size_t n_jobs;
    size_t next;    /* next job to take */
    size_t written; /* jobs written so far */
    size_t window;  /* how far workers may run ahead of the writer */
    pthread_mutex_t lock;
    pthread_cond_t changed;
} run;

/* ------------------------------------------------------------------ */
/* Expanding the arguments into jobs                                   */

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_job(job **jobs, size_t *n, size_t *cap, const char *path,
                   const char *error)
{
    if (*n == *cap) {
        size_t c = *cap ? *cap * 2 : 64;
        job *j = realloc(*jobs, c * sizeof *j);
        if (!j)
            return -1;
        *jobs = j;
        *cap = c;
    }
    job *j = &(*jobs)[(*n)++];
    memset(j, 0, sizeof *j);
    j->path = path;
    j->error = error;
    return 0;
}

/* Adds 'path' (a file or a directory) to the job list; paths are kept in
 * 'names' so that jobs can point at them. */
static int expand(const char *path, bool top, strlist *names, job **jobs,
                  size_t *n, size_t *cap)
{
    struct stat st;
    if (strcmp(path, "-") == 0)
        return add_job(jobs, n, cap, "-", NULL);
    if (strlist_add(names, path) != 0)
        return -1;
    const char *p = names->items[names->count - 1];
    if ((top ? stat(p, &st) : lstat(p, &st)) != 0)
        return add_job(jobs, n, cap, p, strerror(errno));
    if (S_ISLNK(st.st_mode)) {
        /* Inside a directory, follow links to files, never to
         * directories: no cycles. */
        if (stat(p, &st) != 0)
            return add_job(jobs, n, cap, p, strerror(errno));
        if (S_ISDIR(st.st_mode))
            return 0;
    }
    /* A pipe or device named on the command line is read ("fivew
     * <(zcat wire.gz)"); one met in a directory is not: a FIFO would
     * block the batch for good. */
    if (!top && !S_ISDIR(st.st_mode) && !S_ISREG(st.st_mode))
        return add_job(jobs, n, cap, p, "not a regular file; skipped");
    if (!S_ISDIR(st.st_mode))
        return add_job(jobs, n, cap, p, NULL);
    DIR *dir = opendir(p);
    if (!dir)
        return add_job(jobs, n, cap, p, strerror(errno));
    strlist entries = {0};
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        rc = strlist_add(&entries, e->d_name);
    }
    closedir(dir);
    if (rc == 0 && entries.count)
        qsort(entries.items, entries.count, sizeof *entries.items, cmp_names);
    size_t plen = strlen(p);
    bool slash = plen && p[plen - 1] == '/';
    for (size_t i = 0; rc == 0 && i < entries.count; i++) {
        size_t len = plen + 1 + strlen(entries.items[i]) + 1;
        char *child = malloc(len);
        if (!child) {
            rc = -1;
            break;
        }
        snprintf(child, len, "%s%s%s", p, slash ? "" : "/", entries.items[i]);
        rc = expand(child, false, names, jobs, n, cap);
        free(child);
    }
    strlist_free(&entries);
    return rc;
}

/* ------------------------------------------------------------------ */
/* Reading and analysing one input                                     */

/* Reads a whole file, up to one byte past the cap, into '*data'. */
static int read_input(const char *path, char **data, size_t *len,
                      const char **why)
{
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0) {
        *why = strerror(errno);
        return -1;
    }
    struct stat st;
    size_t cap = 1 << 16;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if ((unsigned long long)st.st_size > FW_MAX_INPUT) {
            *len = FW_MAX_INPUT + 1;
            *data = NULL;
            if (fd != STDIN_FILENO)
                close(fd);
            return 0;
        }
        cap = (size_t)st.st_size + 1;
    }
    char *buf = malloc(cap);
    size_t n = 0;
    int rc = 0;
    while (buf) {
        if (n == cap) {
            if (cap > FW_MAX_INPUT)
                break; /* enough to know it is too big */
            char *b = realloc(buf, cap * 2);
            if (!b) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = b;
            cap *= 2;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            *why = strerror(errno);
            rc = -1;
            break;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    if (fd != STDIN_FILENO)
        close(fd);
    if (!buf) {
        *why = "out of memory";
        return -1;
    }
    if (rc != 0) {
        free(buf);
        return -1;
    }
    *data = buf;
    *len = n;
    return 0;
}

static const char *display(const char *path)
{
    return strcmp(path, "-") == 0 ? "<stdin>" : path;
}

static void report(job *j, const fw_error *e)
{
    const char *what = fw_strerror(e->status);
    const char *sep = e->detail[0] ? ": " : "";
    if (e->status == FW_ESKIPPED) { /* a picture or package: a note */
        add_message(&j->msgs, "fivew: %s: note: %s%s%s\n", display(j->path),
                    what, sep, e->detail);
        return;
    }
    if (e->line)
        add_message(&j->msgs, "fivew: %s: line %zu, column %zu: %s%s%s\n",
                    display(j->path), e->line, e->column, what, sep, e->detail);
    else
        add_message(&j->msgs, "fivew: %s: byte %zu: %s%s%s\n", display(j->path),
                    e->byte, what, sep, e->detail);
    j->rejected = true;
}

static void process(const run *r, job *j)
{
    if (j->error) {
        add_message(&j->msgs, "fivew: %s: byte 0: cannot read: %s\n",
                    display(j->path), j->error);
        j->rejected = true;
        return;
    }
    char *data = NULL;
    size_t len = 0;
    const char *why = NULL;
    if (read_input(j->path, &data, &len, &why) != 0) {
        add_message(&j->msgs, "fivew: %s: byte 0: cannot read: %s\n",
                    display(j->path), why);
        j->rejected = true;
        return;
    }
    if (!data) { /* a regular file over the cap, not read */
        fw_error e = {.status = FW_ETOOBIG, .byte = FW_MAX_INPUT};
        report(j, &e);
        return;
    }
    fw_input in = {.format = r->format, .path = j->path};
    if (strcmp(j->path, "-") == 0)
        in.path = NULL;
    fw_batch *batch = NULL;
    fw_error err;
    fw_status st = fw_analyze(r->az, data, len, &in, &batch, &err);
    if (st != FW_OK) {
        report(j, &err);
        free(data);
        return;
    }
    size_t cap = 0;
    for (size_t i = 0; i < fw_batch_count(batch); i++) {
        const fw_doc *doc = fw_batch_doc(batch, i);
        if (!doc) {
            report(j, fw_batch_error(batch, i));
            continue;
        }
        char *json = NULL;
        size_t n = 0;
        st = fw_doc_to_json(doc, r->json_flags, &json, &n);
        if (st != FW_OK) {
            fw_error e = {.status = st};
            report(j, &e);
            continue;
        }
        if (j->out_len + n > cap) {
            size_t c = cap ? cap : 4096;
            while (c < j->out_len + n)
                c *= 2;
            char *o = realloc(j->out, c);
            if (!o) {
                free(json);
                fw_error e = {.status = FW_ENOMEM};
                report(j, &e);
                continue;
            }
            j->out = o;
            cap = c;
        }
        memcpy(j->out + j->out_len, json, n);
        j->out_len += n;
        free(json);
    }
    fw_batch_free(batch);
    free(data);
}

static void *worker(void *arg)
{
    run *r = arg;
    for (;;) {
        pthread_mutex_lock(&r->lock);
        while (r->next < r->n_jobs && r->next >= r->written + r->window)
            pthread_cond_wait(&r->changed, &r->lock);
        if (r->next >= r->n_jobs) {
            pthread_mutex_unlock(&r->lock);
            return NULL;
        }
        job *j = &r->jobs[r->next++];
        pthread_mutex_unlock(&r->lock);

        process(r, j);

        pthread_mutex_lock(&r->lock);
        j->done = true;
        pthread_cond_broadcast(&r->changed);
        pthread_mutex_unlock(&r->lock);
    }
}

/* Writes the jobs' results in order; returns true when all went well. */
static bool write_results(run *r, FILE *out, bool *write_failed)
{
    bool ok = true;
    for (size_t i = 0; i < r->n_jobs; i++) {
        job *j = &r->jobs[i];
        pthread_mutex_lock(&r->lock);
        while (!j->done)
            pthread_cond_wait(&r->changed, &r->lock);
        pthread_mutex_unlock(&r->lock);

        if (j->out_len && fwrite(j->out, 1, j->out_len, out) != j->out_len)
            *write_failed = true;
        if (j->msgs.len)
            fputs(j->msgs.text, stderr);
        ok &= !j->rejected;
        free(j->out);
        free(j->msgs.text);
        j->out = NULL;
        j->msgs.text = NULL;

        pthread_mutex_lock(&r->lock);
        r->written = i + 1;
        pthread_cond_broadcast(&r->changed);
        pthread_mutex_unlock(&r->lock);
    }
    return ok;
}

static int usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "fivew: %s '%s'\nTry 'fivew --help'.\n", what, arg);
    return EXIT_USAGE;
}

static void print_mismatch(void *ctx, const char *path, size_t line,
                           const char *id, const char *expected,
                           const char *got)
{
    (void)ctx;
    printf("%s:%zu: %s: expected %s, got %s\n", path, line, id, expected, got);
}

static void print_warning(void *ctx, const char *path, size_t line,
                          const char *msg)
{
    (void)ctx;
    fprintf(stderr, "fivew: %s:%zu: %s\n", path, line, msg);
}

/* fivew validate PROJECT */
static int validate_main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "fivew: validate wants a .project file\n"
                        "Try 'fivew --help'.\n");
        return EXIT_USAGE;
    }
    if (argc > 2)
        return usage_error("validate wants one .project file; extra argument",
                           argv[2]);
    fw_validate_hooks hooks = {.mismatch = print_mismatch,
                               .warn = print_warning};
    fw_validation v;
    fw_error err;
    fw_status st = fw_validate(argv[1], &hooks, &v, &err);
    if (st != FW_OK) {
        fprintf(stderr, "fivew: %s\n",
                err.detail[0] ? err.detail : fw_strerror(st));
        return EXIT_REJECTED;
    }
    if (v.deactivated)
        printf("deactivated records (passed, nothing checked): %zu\n",
               v.deactivated);
    printf("%zu passed, %zu failed\n", v.passed, v.failed);
    return v.failed ? EXIT_REJECTED : 0;
}

/* The dictionaries the command line names, read into memory. */
typedef struct dict_files {
    fw_dictionary *items;
    size_t count, cap;
} dict_files;

static int add_dictionary(dict_files *l, fw_dict_kind kind, const char *path)
{
    char *data = NULL;
    size_t len = 0;
    const char *why = "";
    if (read_input(path, &data, &len, &why) != 0) {
        fprintf(stderr, "fivew: %s: cannot read dictionary: %s\n", path, why);
        return -1;
    }
    if (len > FW_MAX_INPUT) {
        fprintf(stderr, "fivew: %s: cannot read dictionary: too large\n", path);
        free(data);
        return -1;
    }
    if (l->count == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 8;
        fw_dictionary *items = realloc(l->items, cap * sizeof *items);
        if (!items) {
            free(data);
            return -1;
        }
        l->items = items;
        l->cap = cap;
    }
    fw_dictionary *d = &l->items[l->count++];
    d->kind = kind;
    d->path = path;
    d->data = data;
    d->len = len;
    return 0;
}

static void dict_files_free(dict_files *l)
{
    for (size_t i = 0; i < l->count; i++)
        free((char *)l->items[i].data);
    free(l->items);
}

int main(int argc, char **argv)
{
    if (argc > 1 && strcmp(argv[1], "validate") == 0)
        return validate_main(argc - 1, argv + 1);
    enum {
        OPT_FORMAT = 256,
        OPT_NO_TEXT,
        OPT_SENTENCES,
        OPT_PRETTY,
        OPT_VERSION,
        OPT_ACTORS,
        OPT_AGENTS,
        OPT_VERBS,
        OPT_DISCARDS,
        OPT_EVENT_OPTIONS,
        OPT_ISSUES,
        OPT_NO_DEFAULT_DICTS
    };
    static const struct option long_opts[] = {
        {"actors", required_argument, NULL, OPT_ACTORS},
        {"agents", required_argument, NULL, OPT_AGENTS},
        {"verbs", required_argument, NULL, OPT_VERBS},
        {"discards", required_argument, NULL, OPT_DISCARDS},
        {"event-options", required_argument, NULL, OPT_EVENT_OPTIONS},
        {"issues", required_argument, NULL, OPT_ISSUES},
        {"no-default-dictionaries", no_argument, NULL, OPT_NO_DEFAULT_DICTS},
        {"format", required_argument, NULL, OPT_FORMAT},
        {"no-text", no_argument, NULL, OPT_NO_TEXT},
        {"sentences", no_argument, NULL, OPT_SENTENCES},
        {"pretty", no_argument, NULL, OPT_PRETTY},
        {"help", no_argument, NULL, 'h'},
        {"version", no_argument, NULL, OPT_VERSION},
        {NULL, 0, NULL, 0},
    };
    const char *out_path = NULL;
    fw_format format = FW_FORMAT_AUTO;
    unsigned json_flags = 0;
    long threads = sysconf(_SC_NPROCESSORS_ONLN);
    fw_config config = {0};
    dict_files dicts = {0};
    struct {
        fw_dict_kind kind;
        const char *path;
    } dict_args[64];
    size_t n_dict_args = 0;
    int c;
    opterr = 0;
    while ((c = getopt_long(argc, argv, ":o:j:h", long_opts, NULL)) != -1) {
        switch (c) {
        case 'o':
            out_path = optarg;
            break;
        case 'j': {
            char *end;
            errno = 0;
            threads = strtol(optarg, &end, 10);
            if (errno || *end || threads < 1 || threads > 256)
                return usage_error("-j wants a number from 1 to 256, not",
                                   optarg);
            break;
        }
        case OPT_FORMAT:
            if (fw_format_parse(optarg, &format) != FW_OK) {
                char what[160] = "formats:";
                for (int f = 0; f < FW_FORMAT_COUNT; f++) {
                    strcat(what, " ");
                    strcat(what, fw_format_name((fw_format)f));
                }
                strcat(what, "; unknown format");
                return usage_error(what, optarg);
            }
            break;
        case OPT_ACTORS:
        case OPT_AGENTS:
        case OPT_VERBS:
        case OPT_DISCARDS:
        case OPT_EVENT_OPTIONS:
        case OPT_ISSUES: {
            static const fw_dict_kind kinds[] = {
                FW_DICT_ACTORS,   FW_DICT_AGENTS,  FW_DICT_VERBS,
                FW_DICT_DISCARDS, FW_DICT_OPTIONS, FW_DICT_ISSUES};
            if (n_dict_args == FW_COUNT_ARGS(dict_args))
                return usage_error("too many dictionaries; the last is",
                                   optarg);
            dict_args[n_dict_args].kind = kinds[c - OPT_ACTORS];
            dict_args[n_dict_args++].path = optarg;
            break;
        }
        case OPT_NO_DEFAULT_DICTS:
            config.no_default_dictionaries = true;
            break;
        case OPT_NO_TEXT:
            json_flags |= FW_JSON_NO_TEXT;
            break;
        case OPT_SENTENCES:
            json_flags |= FW_JSON_SENTENCES;
            break;
        case OPT_PRETTY:
            json_flags |= FW_JSON_PRETTY;
            break;
        case 'h':
            fputs(usage_text, stdout);
            return 0;
        case OPT_VERSION:
            printf("fivew %s (output %s)\n", FW_VERSION, FW_SCHEMA);
            return 0;
        case ':':
            return usage_error("a value is needed by option", argv[optind - 1]);
        default:
            return usage_error("unknown option", argv[optind - 1]);
        }
    }
    if (threads < 1)
        threads = 1;

    int rc = EXIT_USAGE;
    fw_analyzer *az = NULL;
    strlist names = {0};
    job *jobs = NULL;
    size_t n_jobs = 0, cap_jobs = 0;
    FILE *out = stdout;
    pthread_t *tids = NULL;
    size_t started = 0;
    run r;
    memset(&r, 0, sizeof r);
    bool lock_made = false;

    for (size_t i = 0; i < n_dict_args; i++) {
        if (add_dictionary(&dicts, dict_args[i].kind, dict_args[i].path) != 0) {
            dict_files_free(&dicts);
            return EXIT_REJECTED;
        }
    }
    fw_error err;
    config.dictionaries = dicts.items;
    config.n_dictionaries = dicts.count;
    config.warn = print_warning;
    fw_status made = fw_analyzer_new(&config, &az, &err);
    dict_files_free(&dicts); /* the analyzer keeps what it needs */
    if (made != FW_OK) {
        fprintf(stderr, "fivew: %s\n", fw_strerror(err.status));
        goto out;
    }
    if (optind == argc) {
        if (add_job(&jobs, &n_jobs, &cap_jobs, "-", NULL) != 0)
            goto oom;
    }
    for (int i = optind; i < argc; i++)
        if (expand(argv[i], true, &names, &jobs, &n_jobs, &cap_jobs) != 0)
            goto oom;
    if (out_path && !(out = fopen(out_path, "w"))) {
        fprintf(stderr, "fivew: %s: cannot write: %s\n", out_path,
                strerror(errno));
        out = NULL;
        goto out;
    }

    r.az = az;
    r.format = format;
    r.json_flags = json_flags;
    r.jobs = jobs;
    r.n_jobs = n_jobs;
    r.window = (size_t)threads * 4;
    pthread_mutex_init(&r.lock, NULL);
    pthread_cond_init(&r.changed, NULL);
    lock_made = true;
    if ((size_t)threads > n_jobs)
        threads = n_jobs ? (long)n_jobs : 1;
    tids = calloc((size_t)threads, sizeof *tids);
    if (!tids)
        goto oom;
    for (; started < (size_t)threads; started++)
        if (pthread_create(&tids[started], NULL, worker, &r) != 0)
            break;
    if (started == 0) {
        fprintf(stderr, "fivew: cannot start a thread\n");
        goto out;
    }
    bool write_failed = false;
    bool ok = write_results(&r, out, &write_failed);
    if (fflush(out) != 0 || ferror(out))
        write_failed = true;
    if (write_failed) {
        fprintf(stderr, "fivew: %s: write failed: %s\n",
                out_path ? out_path : "<stdout>", strerror(errno));
        rc = EXIT_REJECTED;
    } else {
        rc = ok ? 0 : EXIT_REJECTED;
    }
    goto out;

oom:
    fprintf(stderr, "fivew: out of memory\n");
out:
    for (size_t i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    if (lock_made) {
        pthread_mutex_destroy(&r.lock);
        pthread_cond_destroy(&r.changed);
    }
    free(tids);
    if (out && out != stdout)
        fclose(out);
    free(jobs);
    strlist_free(&names);
    fw_analyzer_free(az);
    return rc;
}
