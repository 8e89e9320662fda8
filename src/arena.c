/*
 * arena.c - per-document bump allocator and a growable output buffer.
 *
 * Input: allocation requests. Output: zeroed, 16-byte aligned memory that
 * lives until fw_arena_free(). Chunks grow geometrically, so a document
 * makes O(log n) calls to malloc however many tokens it has; and a freed
 * document's chunks wait, a few per thread, for the thread's next
 * document, which then costs no malloc and touches no fresh pages.
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

#define ALIGN 16
#define MIN_CHUNK ((size_t)16 << 10)
#define MAX_CHUNK ((size_t)4 << 20)
#define CACHE_CHUNKS 8
#define CACHE_BYTES ((size_t)8 << 20)

struct fw_chunk {
    fw_chunk *next; /* older chunk */
    size_t size;    /* usable bytes in 'data' */
    size_t used;    /* bytes handed out */
    size_t last;    /* offset of the latest allocation, for in-place grow */
    _Alignas(ALIGN) unsigned char data[];
};

static size_t round_up(size_t n)
{
    return (n + ALIGN - 1) & ~(size_t)(ALIGN - 1);
}

/* A thread's freed chunks, kept for its next documents; freed when the
 * thread ends. */
typedef struct chunk_cache {
    fw_chunk *chunks[CACHE_CHUNKS];
    size_t n;     /* chunks kept */
    size_t bytes; /* their sizes together */
} chunk_cache;

static pthread_key_t cache_key;
static pthread_once_t cache_once = PTHREAD_ONCE_INIT;
static bool cache_ready;

static void cache_destroy(void *p)
{
    chunk_cache *cc = p;
    for (size_t i = 0; i < cc->n; i++)
        free(cc->chunks[i]);
    free(cc);
}

static void cache_init(void)
{
    cache_ready = pthread_key_create(&cache_key, cache_destroy) == 0;
}

/* This thread's cache, made on first use ('make'), or NULL. */
static chunk_cache *thread_cache(bool make)
{
    pthread_once(&cache_once, cache_init);
    if (!cache_ready)
        return NULL;
    chunk_cache *cc = pthread_getspecific(cache_key);
    if (!cc && make) {
        cc = calloc(1, sizeof *cc);
        if (cc && pthread_setspecific(cache_key, cc) != 0) {
            free(cc);
            cc = NULL;
        }
    }
    return cc;
}

/* A kept chunk of at least 'size' bytes and not much more, or NULL. */
static fw_chunk *cache_take(size_t size)
{
    chunk_cache *cc = thread_cache(false);
    for (size_t i = 0; cc && i < cc->n; i++) {
        fw_chunk *c = cc->chunks[i];
        if (c->size >= size && c->size / 4 <= size) {
            cc->chunks[i] = cc->chunks[--cc->n];
            cc->bytes -= c->size;
            return c;
        }
    }
    return NULL;
}

/* Keeps chunk c for later, or frees it when the cache is full. */
static void cache_give(fw_chunk *c)
{
    chunk_cache *cc = thread_cache(true);
    if (cc && cc->n < CACHE_CHUNKS && cc->bytes + c->size <= CACHE_BYTES) {
        cc->chunks[cc->n++] = c;
        cc->bytes += c->size;
        return;
    }
    free(c);
}

static fw_chunk *add_chunk(fw_arena *a, size_t need)
{
    size_t size = a->head ? a->head->size * 2 : MIN_CHUNK;
    if (size > MAX_CHUNK)
        size = MAX_CHUNK;
    if (size < need)
        size = need;
    if (size > SIZE_MAX - sizeof(fw_chunk))
        return NULL;
    fw_chunk *c = cache_take(size);
    if (c)
        size = c->size;
    else if (!(c = malloc(sizeof(fw_chunk) + size)))
        return NULL;
    c->next = a->head;
    c->size = size;
    c->used = 0;
    c->last = 0;
    a->head = c;
    a->total += size;
    return c;
}

void *fw_arena_alloc_raw(fw_arena *a, size_t size)
{
    if (size > SIZE_MAX / 2)
        return NULL;
    size_t n = round_up(size ? size : 1);
    fw_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        c = add_chunk(a, n);
        if (!c)
            return NULL;
    }
    void *p = c->data + c->used;
    c->last = c->used;
    c->used += n;
    return p;
}

void *fw_arena_alloc(fw_arena *a, size_t size)
{
    void *p = fw_arena_alloc_raw(a, size);
    if (p)
        memset(p, 0, round_up(size ? size : 1));
    return p;
}

void *fw_arena_grow(fw_arena *a, void *ptr, size_t old, size_t size)
{
    if (size <= old)
        return ptr;
    fw_chunk *c = a->head;
    if (ptr && c && (unsigned char *)ptr == c->data + c->last &&
        size <= SIZE_MAX / 2 && c->size - c->last >= round_up(size)) {
        c->used = c->last + round_up(size);
        return ptr;
    }
    void *p = fw_arena_alloc_raw(a, size);
    if (p && ptr && old)
        memcpy(p, ptr, old);
    return p;
}

char *fw_arena_strndup(fw_arena *a, const char *s, size_t len)
{
    if (len == SIZE_MAX)
        return NULL;
    char *p = fw_arena_alloc(a, len + 1);
    if (p && len)
        memcpy(p, s, len);
    return p;
}

/* The length of the white space at s[i] (before 'n'): ASCII white space
 * or a no-break space (U+00A0), which names copied from the web hold;
 * 0 for anything else. */
static size_t white_at(const char *s, size_t i, size_t n)
{
    if (s[i] == ' ' || (s[i] >= '\t' && s[i] <= '\r'))
        return 1;
    return i + 1 < n && (unsigned char)s[i] == 0xC2 &&
                   (unsigned char)s[i + 1] == 0xA0
               ? 2
               : 0;
}

const char *fw_arena_one_line(fw_arena *a, const char *s, size_t *len)
{
    size_t n = *len, i = 0;
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c > ' ') & (c != 0xC2))
            continue; /* most bytes: one test */
        if (white_at(s, i, n) &&
            (c != ' ' || (i + 1 < n && white_at(s, i + 1, n))))
            break;
    }
    if (i == n)
        return s;
    char *p = fw_arena_alloc_raw(a, n);
    if (!p)
        return NULL;
    size_t k = 0;
    for (i = 0; i < n;) {
        size_t w = white_at(s, i, n);
        if (!w) {
            p[k++] = s[i++];
            continue;
        }
        if (k && p[k - 1] != ' ')
            p[k++] = ' ';
        i += w;
    }
    *len = k;
    return p;
}

char *fw_arena_id(fw_arena *a, char letter, size_t number)
{
    char digits[24];
    size_t n = 0;
    do {
        digits[n++] = (char)('0' + number % 10);
        number /= 10;
    } while (number);
    char *p = fw_arena_alloc_raw(a, n + 2);
    if (!p)
        return NULL;
    p[0] = letter;
    for (size_t i = 0; i < n; i++)
        p[1 + i] = digits[n - 1 - i];
    p[n + 1] = '\0';
    return p;
}

void fw_arena_reset(fw_arena *a)
{
    fw_chunk *keep = a->head;
    if (!keep)
        return;
    fw_chunk *c = keep->next;
    while (c) {
        fw_chunk *next = c->next;
        cache_give(c);
        c = next;
    }
    keep->next = NULL;
    keep->used = 0;
    keep->last = 0;
    a->total = keep->size;
}

void fw_arena_free(fw_arena *a)
{
    fw_chunk *c = a->head;
    while (c) {
        fw_chunk *next = c->next;
        cache_give(c);
        c = next;
    }
    a->head = NULL;
    a->total = 0;
}

void *fw_arena_push(fw_arena *a, void **items, size_t *count, size_t *cap,
                    size_t elem_size)
{
    if (*count == *cap) {
        size_t n = *cap ? *cap * 2 : 16;
        if (n > SIZE_MAX / elem_size)
            return NULL;
        void *p = fw_arena_grow(a, *items, *cap * elem_size, n * elem_size);
        if (!p)
            return NULL;
        *items = p;
        *cap = n;
    }
    unsigned char *e = (unsigned char *)*items + (*count)++ * elem_size;
    memset(e, 0, elem_size); /* a new element starts zeroed */
    return e;
}

/* ------------------------------------------------------------------ */

static bool buf_reserve(fw_buf *b, size_t more)
{
    if (b->failed)
        return false;
    if (more > SIZE_MAX - b->len - 1) {
        b->failed = true;
        return false;
    }
    size_t need = b->len + more + 1;
    if (need <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap > SIZE_MAX / 2 ? need : cap * 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = true;
        return false;
    }
    b->data = p;
    b->cap = cap;
    return true;
}

void fw_buf_append_slow(fw_buf *b, const void *bytes, size_t len)
{
    if (!buf_reserve(b, len))
        return;
    memcpy(b->data + b->len, bytes, len);
    b->len += len;
    b->data[b->len] = '\0';
}

void fw_buf_printf(fw_buf *b, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = true;
        return;
    }
    if ((size_t)n < sizeof small) {
        fw_buf_append(b, small, (size_t)n);
        return;
    }
    if (!buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void fw_buf_free(fw_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}
