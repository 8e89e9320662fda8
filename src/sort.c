/*
 * sort.c - stable ordering of items by a 32-bit key, in the arena.
 *
 * Entities and quotations are listed in text order. They come nearly in
 * that order already, so an insertion sort with a budget of moves is
 * tried first; past it, a bottom-up merge sort gives n log n in the
 * worst case, no recursion and no malloc.
 */
#include "internal.h"

/* Insertion sort, for the usual input that is nearly in order already;
 * false, leaving 'order' to be set again, when it moves more than a few
 * items per item. */
static bool sort_nearly_ordered(const uint32_t *key, uint32_t *order, size_t n)
{
    size_t budget = 4 * n + 64;
    for (size_t i = 0; i < n; i++) {
        uint32_t v = (uint32_t)i;
        size_t j = i;
        while (j > 0 && key[order[j - 1]] > key[v]) {
            if (budget-- == 0)
                return false;
            order[j] = order[j - 1];
            j--;
        }
        order[j] = v;
    }
    return true;
}

uint32_t *fw_sort_by_key(fw_arena *a, const uint32_t *key, size_t n)
{
    uint32_t *order = fw_arena_alloc_raw(a, (n + 1) * sizeof *order);
    if (!order)
        return NULL;
    if (sort_nearly_ordered(key, order, n))
        return order;
    uint32_t *tmp = fw_arena_alloc_raw(a, (n + 1) * sizeof *tmp);
    if (!tmp)
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
