/*
 * lexhash.h - the hash of lexicon keys, shared by the build-time table
 * generator (tools/gen_lexicon.c) and the runtime lookup, so both agree.
 *
 * Keys are hashed eight bytes at a time: the tokenizer hashes ASCII
 * words straight from the text, lower-casing a whole chunk with one OR
 * (letters, digits and the - . ' & inside words are all unchanged by
 * 0x20 or already lower case), so a lookup costs no copy.
 */
#ifndef FW_LEXHASH_H
#define FW_LEXHASH_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Index slots hold an id in the low bits and a tag of the hash above. */
#define FW_LEX_ID_BITS 20
#define FW_LEX_ID_MASK ((1u << FW_LEX_ID_BITS) - 1)

static inline uint64_t fw_hash_load(const char *s, size_t n)
{
    uint64_t v = 0;
    memcpy(&v, s, n < 8 ? n : 8);
    return v;
}

static inline uint64_t fw_hash_mix(uint64_t h, uint64_t chunk)
{
    h = (h ^ chunk) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
}

static inline uint32_t fw_hash_final(uint64_t h)
{
    return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

/* The hash of the lower-case key s[0..len). */
static inline uint32_t fw_hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0x243F6A8885A308D3ull ^ len;
    for (size_t i = 0; i < len; i += 8)
        h = fw_hash_mix(h, fw_hash_load(s + i, len - i));
    return fw_hash_final(h);
}

/* The same hash for an ASCII word of any case: the hash of its lower-case
 * form, provided it holds only letters, digits and - . ' &. 'avail' >=
 * 'len' bytes may be read from 's': with eight of them past the word,
 * chunks are read whole and masked rather than copied. */
static inline uint32_t fw_hash_ascii_word(const char *s, size_t len,
                                          size_t avail)
{
    uint64_t h = 0x243F6A8885A308D3ull ^ len;
    if (len - 1 < 8 && avail >= 8) { /* most words: one chunk */
        uint64_t c;
        memcpy(&c, s, 8);
        uint64_t keep = ~0ull >> (8 * (8 - len));
        return fw_hash_final(
            fw_hash_mix(h, (c | 0x2020202020202020ull) & keep));
    }
    for (size_t i = 0; i < len; i += 8) {
        size_t n = len - i < 8 ? len - i : 8;
        uint64_t keep = n == 8 ? ~0ull : ((1ull << (8 * n)) - 1);
        uint64_t c;
        if (avail - i >= 8)
            memcpy(&c, s + i, 8);
        else
            c = fw_hash_load(s + i, n);
        h = fw_hash_mix(h, (c | 0x2020202020202020ull) & keep);
    }
    return fw_hash_final(h);
}

/* The hash of a phrase from the hashes of its tokens' lower-case forms,
 * so that a phrase is looked up without building its text. */
#define FW_PHRASE_SEED 0x452821E638D01377ull

static inline uint64_t fw_phrase_step(uint64_t h, uint32_t token_hash)
{
    return fw_hash_mix(h, token_hash);
}

#endif
