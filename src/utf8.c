/*
 * utf8.c - UTF-8 validation, decoding and the character classes the
 * tokenizer needs.
 *
 * Input: bytes. Output: a verdict with the offending offset; code points;
 * classes. ASCII takes a table lookup; other code points ask utf8proc
 * for their Unicode category, with quote marks and dashes named here
 * because their category alone does not say how news uses them.
 */
#include <string.h>
#include <utf8proc.h>

#include "internal.h"

fw_status fw_check_utf8(const char *s, size_t len, size_t *at)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* Fast path: eight ASCII bytes without NUL at a time. */
        while (i + 8 <= len) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            uint64_t has_high = w & 0x8080808080808080ull;
            uint64_t has_zero =
                (w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull;
            if (has_high | has_zero)
                break;
            i += 8;
        }
        if (i >= len)
            break;
        unsigned c = p[i];
        if (c == 0) {
            *at = i;
            return FW_EBINARY;
        }
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t n;
        uint32_t cp, min;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 2, cp = c & 0x1F, min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 3, cp = c & 0x0F, min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 4, cp = c & 0x07, min = 0x10000;
        } else {
            *at = i;
            return FW_EUTF8;
        }
        if (len - i < n) {
            *at = i;
            return FW_EUTF8;
        }
        for (size_t k = 1; k < n; k++) {
            if ((p[i + k] & 0xC0) != 0x80) {
                *at = i;
                return FW_EUTF8;
            }
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *at = i;
            return FW_EUTF8;
        }
        i += n;
    }
    return FW_OK;
}

size_t fw_utf8_decode(const char *s, size_t len, int32_t *cp)
{
    const unsigned char *p = (const unsigned char *)s;
    if (len == 0) {
        *cp = -1;
        return 0;
    }
    if (p[0] < 0x80) {
        *cp = p[0];
        return 1;
    }
    utf8proc_int32_t c;
    utf8proc_ssize_t n =
        utf8proc_iterate(p, len > 4 ? 4 : (utf8proc_ssize_t)len, &c);
    if (n <= 0) {
        *cp = 0xFFFD;
        return 1;
    }
    *cp = c;
    return (size_t)n;
}

int32_t fw_utf8_prev(const char *s, size_t i, size_t *start)
{
    if (i == 0) {
        *start = 0;
        return -1;
    }
    size_t j = i - 1;
    while (j > 0 && i - j < 4 && ((unsigned char)s[j] & 0xC0) == 0x80)
        j--;
    int32_t cp;
    fw_utf8_decode(s + j, i - j, &cp);
    *start = j;
    return cp;
}

/* Classes of the ASCII code points, by table for the tokenizer's inner
 * loop. C0 controls other than the newline count as space. */
#define SP FW_CC_SPACE
#define PU FW_CC_PUNCT
#define OT FW_CC_OTHER
#define QU FW_CC_QUOTE
#define DI FW_CC_DIGIT
#define UP FW_CC_UPPER
#define LO FW_CC_LOWER
/* clang-format off */
const uint8_t fw_ascii_class[128] = {
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, FW_CC_NEWLINE, SP, SP, SP, SP, SP,
    SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP, SP,
    /*   ! " # $ % & ' ( ) * + , - . / */
    SP, PU, QU, OT, OT, OT, OT, QU, PU, PU, OT, OT, PU, FW_CC_DASH, PU, PU,
    DI, DI, DI, DI, DI, DI, DI, DI, DI, DI, PU, PU, OT, OT, OT, PU,
    OT, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP,
    UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, UP, PU, PU, PU, OT, OT,
    QU, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO,
    LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, LO, PU, OT, PU, OT, SP,
};
/* clang-format on */
#undef SP
#undef PU
#undef OT
#undef QU
#undef DI
#undef UP
#undef LO

fw_char_class fw_unicode_class(int32_t cp)
{
    switch (cp) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2039:
    case 0x203A:
        return FW_CC_QUOTE;
    case 0x2028:
    case 0x2029:
    case 0x0085:
        return FW_CC_NEWLINE;
    case 0xFEFF:
    case 0x200B:
        return FW_CC_SPACE;
    case 0x00AD: /* soft hyphen: part of the word it breaks */
        return FW_CC_MARK;
    default:
        break;
    }
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LT:
        return FW_CC_UPPER;
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
        return FW_CC_LOWER;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
        return FW_CC_MARK;
    case UTF8PROC_CATEGORY_ND:
        return FW_CC_DIGIT;
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
        return FW_CC_SPACE;
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
        return FW_CC_NEWLINE;
    case UTF8PROC_CATEGORY_PD:
        return FW_CC_DASH;
    case UTF8PROC_CATEGORY_PS:
    case UTF8PROC_CATEGORY_PE:
    case UTF8PROC_CATEGORY_PO:
    case UTF8PROC_CATEGORY_PC:
    case UTF8PROC_CATEGORY_PI:
    case UTF8PROC_CATEGORY_PF:
        return FW_CC_PUNCT;
    default:
        return FW_CC_OTHER;
    }
}

int32_t fw_char_lower(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
    return utf8proc_tolower(cp);
}

size_t fw_lower(const char *s, size_t len, char *out, size_t cap)
{
    size_t o = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80) {
            if (o >= cap)
                return 0;
            out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
            i++;
            continue;
        }
        int32_t cp;
        i += fw_utf8_decode(s + i, len - i, &cp);
        cp = fw_char_lower(cp);
        if (cap - o < 4)
            return 0;
        utf8proc_ssize_t n =
            utf8proc_encode_char(cp, (utf8proc_uint8_t *)out + o);
        o += (size_t)n;
    }
    return o;
}
