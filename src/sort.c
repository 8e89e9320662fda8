/*
 * sort.c - stable ordering of items by a 32-bit key, in the arena.
 *
 * Entities and quotations are listed in text order; a bottom-up merge
 * sort gives n log n in the worst case, no recursion and no malloc.
 */
#include "internal.h"

uint32_t *fw_sort_by_key(fw_arena *a, const uint32_t *key, size_t n)
{
    uint32_t *order = fw_arena_alloc_raw(a, (n + 1) * sizeof *order);
    uint32_t *tmp = fw_arena_alloc_raw(a, (n + 1) * sizeof *tmp);
    if (!order || !tmp)
        return NULL;
    for (size_t i = 0; i < n; i++)
        order[i] = (uint32_t)i;
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n;
            size_t hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t x = lo, y = mid, o = lo;
            while (x < mid && y < hi)
                tmp[o++] =
                    key[order[x]] <= key[order[y]] ? order[x++] : order[y++];
            while (x < mid)
                tmp[o++] = order[x++];
            while (y < hi)
                tmp[o++] = order[y++];
        }
        uint32_t *t = order;
        order = tmp;
        tmp = t;
    }
    return order;
}
