/* The order of items by key (sort.c). */
#include <string.h>

#include "../check.h"
#include "internal.h"

/* The order of items by key: stable, nearly sorted input or not. */
static void test_sort_by_key(void)
{
    fw_arena a = {0};
    const uint32_t near[] = {1, 2, 2, 5, 4, 6, 9, 8};
    uint32_t *o = fw_sort_by_key(&a, near, 8);
    const uint32_t want_near[] = {0, 1, 2, 4, 3, 5, 7, 6};
    CHECK(o && memcmp(o, want_near, sizeof want_near) == 0);
    uint32_t rev[300]; /* reversed, with ties: past the insertion budget */
    for (uint32_t i = 0; i < 300; i++)
        rev[i] = (300 - i) / 2;
    o = fw_sort_by_key(&a, rev, 300);
    bool ok = o != NULL;
    for (size_t i = 1; ok && i < 300; i++)
        ok = rev[o[i - 1]] < rev[o[i]] ||
             (rev[o[i - 1]] == rev[o[i]] && o[i - 1] < o[i]);
    CHECK(ok);
    fw_arena_free(&a);
}

int main(void)
{
    test_sort_by_key();
    return CHECK_DONE();
}
