/*
 * layout.c - the conventions of news copy that every reader recognises:
 * bylines, datelines, AFP subheads, trailers.
 *
 * Input: one paragraph as bytes. Output: a yes or no, and for bylines and
 * datelines their parts as spans into the paragraph. The tests are
 * written against the agencies' style rules (AFP, AP, Reuters, dpa) rather
 * than against any one story, and every one of them is bounded in length,
 * so a paragraph is never scanned past its first couple hundred bytes.
 */
#include <string.h>

#include "internal.h"

static bool is_upper_ascii(char c)
{
    return c >= 'A' && c <= 'Z';
}

static bool is_lower_ascii(char c)
{
    return c >= 'a' && c <= 'z';
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

/* First code point of s[0..len) is an upper-case letter. */
static bool starts_upper(const char *s, size_t len)
{
    int32_t cp;
    if (len == 0)
        return false;
    fw_utf8_decode(s, len, &cp);
    return fw_char_class_of(cp) == FW_CC_UPPER;
}

static bool starts_lower(const char *s, size_t len)
{
    int32_t cp;
    if (len == 0)
        return false;
    fw_utf8_decode(s, len, &cp);
    return fw_char_class_of(cp) == FW_CC_LOWER;
}

/* Is the lower-cased s[0..len) a lexicon word with 'feature'? */
static bool has_feature(const char *s, size_t len, uint32_t feature)
{
    char buf[64];
    size_t n = fw_lower(s, len, buf, sizeof buf);
    return n && (fw_lex_get(fw_lex_lookup(buf, n))->feats & feature);
}

static size_t trim_left(const char *s, size_t i, size_t end)
{
    while (i < end && is_space(s[i]))
        i++;
    return i;
}

static size_t trim_right(const char *s, size_t start, size_t end)
{
    while (end > start && is_space(s[end - 1]))
        end--;
    return end;
}

fw_layout_words fw_layout_count_words(const char *s, size_t len)
{
    fw_layout_words wc = {0, 0, 0};
    size_t i = 0;
    while (i < len) {
        i = trim_left(s, i, len);
        if (i >= len)
            break;
        size_t j = i;
        size_t letters = 0;
        while (j < len && !is_space(s[j])) {
            letters += is_upper_ascii(s[j]) || is_lower_ascii(s[j]) ||
                       (unsigned char)s[j] >= 0xC0;
            j++;
        }
        wc.words++;
        if (letters >= 4) {
            wc.long_words++;
            size_t k = i;
            while (k < j && !starts_upper(s + k, j - k) &&
                   !starts_lower(s + k, j - k))
                k++; /* skip a leading quote mark */
            wc.capitalized += starts_upper(s + k, j - k);
        }
        i = j;
    }
    return wc;
}

/* Words a name may hold in lower case: "and" between names, particles
 * ("de", "van"). */
static bool name_particle(const char *s, size_t len)
{
    char buf[16];
    size_t n = fw_lower(s, len, buf, sizeof buf);
    if (n == 3 && memcmp(buf, "and", 3) == 0)
        return true;
    return n && (fw_lex_get(fw_lex_lookup(buf, n))->ctx & FW_CTX_PARTICLE);
}

bool fw_layout_byline(const char *s, size_t len, fw_span *name)
{
    if (len < 5 || len > 160 || (s[0] != 'B') || (s[1] != 'y' && s[1] != 'Y') ||
        s[2] != ' ')
        return false;
    size_t i = trim_left(s, 3, len);
    if (!starts_upper(s + i, len - i))
        return false;
    /* The names, up to a comma: capitalised words and particles. */
    size_t j = i;
    while (j < len && s[j] != ',') {
        size_t k = j;
        while (k < len && !is_space(s[k]) && s[k] != ',')
            k++;
        if (!starts_upper(s + j, k - j) && !name_particle(s + j, k - j) &&
            !(k - j == 1 && s[j] == '&'))
            return false;
        j = trim_left(s, k, len);
    }
    char last = s[len - 1];
    if (last == '.' && !(len >= 2 && is_upper_ascii(s[len - 2])))
        return false; /* prose; "By Reuters Staff." is rare, "Jr." caught */
    name->start = i;
    name->end = len;
    return true;
}

static bool contains_ci(const char *s, size_t len, const char *needle);

bool fw_layout_byline_title(const char *s, size_t len)
{
    static const char *const words[] = {
        "press", "writer", "correspondent", "reporter", "editor",
        "staff", "news",   "agency",        "bureau",   "columnist"};
    if (len == 0 || len > 60 || s[len - 1] == '.' || !starts_upper(s, len))
        return false;
    if (has_feature(s, len, FW_LEX_AGENCY))
        return true;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && !is_space(s[j]))
            j++;
        if (!starts_upper(s + i, j - i) && !name_particle(s + i, j - i))
            return false;
        i = trim_left(s, j, len);
    }
    for (size_t k = 0; k < FW_COUNT(words); k++)
        if (contains_ci(s, len, words[k]))
            return true;
    return false;
}

/* Is s[0..len) a plausible agency name inside a dateline's brackets? */
static bool agency_name(const char *s, size_t len)
{
    if (len == 0 || len > 30)
        return false;
    if (has_feature(s, len, FW_LEX_AGENCY))
        return true;
    /* Unlisted agencies: two to six capitals ("UPI", "KUNA"). */
    if (len < 2 || len > 6)
        return false;
    for (size_t i = 0; i < len; i++)
        if (!is_upper_ascii(s[i]))
            return false;
    return true;
}

/* Does a date start at s[0..len): a month, a weekday, or a day number
 * followed by a month ("3 December")? */
static bool date_start(const char *s, size_t len)
{
    size_t k = 0;
    while (k < len && !is_space(s[k]) && s[k] != ',')
        k++;
    if (k && has_feature(s, k, FW_LEX_MONTH | FW_LEX_WEEKDAY))
        return true;
    if (k == 0 || k > 2 || s[0] < '0' || s[0] > '9')
        return false;
    size_t m = trim_left(s, k, len);
    size_t e = m;
    while (e < len && !is_space(s[e]) && s[e] != ',')
        e++;
    return e > m && has_feature(s + m, e - m, FW_LEX_MONTH);
}

/* Checks a place such as "MOSCOW", "KANSAS CITY, Mo.", "Berlin/Frankfurt"
 * or "São Paulo": capitalised words and particles, no sentence words. */
static bool place_name(const char *s, size_t len, bool need_caps)
{
    if (len == 0 || len > 60 || !starts_upper(s, len))
        return false;
    size_t words = 0;
    for (size_t i = 0; i < len;) {
        i = trim_left(s, i, len);
        if (i >= len)
            break;
        size_t j = i;
        while (j < len && !is_space(s[j]))
            j++;
        words++;
        size_t k = i;
        while (k < j && (s[k] == ',' || s[k] == '/' || s[k] == '('))
            k++;
        if (k < j && !starts_upper(s + k, j - k) &&
            !name_particle(s + k, j - k))
            return false;
        if (need_caps && words == 1) {
            /* The first word in capitals: "WASHINGTON —". */
            for (size_t c = k; c < j && s[c] != ','; c++)
                if (is_lower_ascii(s[c]))
                    return false;
        }
        i = j;
    }
    return words <= 6;
}

/* After the place and date: the dash that closes a dateline. Returns the
 * offset past it, or 0. */
static size_t dateline_dash(const char *s, size_t i, size_t len)
{
    i = trim_left(s, i, len);
    size_t n = 0;
    if (len - i >= 2 && s[i] == '.' && s[i + 1] == '-')
        i++; /* EFE: "Tegucigalpa, Jan 2 (EFE).- " */
    if (i < len && (s[i] == '-' || s[i] == '_' || s[i] == ':')) {
        n = 1;
        while (i + n < len && s[i + n] == '-')
            n++;
    } else if (len - i >= 3 && (unsigned char)s[i] == 0xE2 &&
               (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0x94 ||
                (unsigned char)s[i + 2] == 0x93)) {
        n = 3; /* — – */
    }
    if (n == 0)
        return 0;
    if (i + n < len && !is_space(s[i + n]))
        return 0;
    return i + n;
}

/* Indian and some Asian agencies put no dash after their name: "NEW
 * DELHI, Nov 28 (PTI) India and ...". Past the bracket at 'i': the end
 * of such a dateline, when the agency is a listed one and a sentence
 * opens after it with a capital or a quote mark; else 0. */
static size_t dashless_end(const char *s, size_t i, size_t len,
                           const char *agency, size_t agency_len)
{
    if (i >= len || !is_space(s[i]) ||
        !has_feature(agency, agency_len, FW_LEX_AGENCY))
        return 0;
    size_t j = trim_left(s, i, len);
    if (j >= len ||
        !(starts_upper(s + j, len - j) || s[j] == '"' ||
          (len - j >= 3 && (unsigned char)s[j] == 0xE2 &&
           (unsigned char)s[j + 1] == 0x80 && (unsigned char)s[j + 2] == 0x9C)))
        return 0;
    return i;
}

/* Splits "PLACE[, DATE]" into its parts; false if it is not one. */
static bool place_and_date(const char *s, size_t len, bool need_caps,
                           fw_dateline *dl)
{
    if (len == 0 || len > 100)
        return false;
    /* The date begins at the first comma-separated part that reads as
     * one; a Reuters dateline may be a date alone. */
    size_t date = len;
    for (size_t i = 0; i < len;) {
        size_t p = trim_left(s, i, len);
        if (date_start(s + p, len - p)) {
            date = p;
            break;
        }
        const char *comma = memchr(s + i, ',', len - i);
        if (!comma)
            break;
        i = (size_t)(comma - s) + 1;
    }
    size_t place_end = date;
    while (place_end > 0 &&
           (is_space(s[place_end - 1]) || s[place_end - 1] == ','))
        place_end--;
    if (place_end > 0 && !place_name(s, place_end, need_caps))
        return false;
    if (place_end == 0 && date == len)
        return false;
    dl->place.ptr = place_end ? s : NULL;
    dl->place.len = place_end;
    if (date < len) {
        size_t e = trim_right(s, date, len);
        while (e > date && s[e - 1] == ',')
            e--;
        dl->date.ptr = s + date;
        dl->date.len = e - date;
    }
    return true;
}

bool fw_layout_dateline(const char *s, size_t len, fw_dateline *out)
{
    fw_dateline dl;
    memset(&dl, 0, sizeof dl);
    size_t limit = len < 140 ? len : 140;
    const char *open = memchr(s, '(', limit);
    if (open) {
        size_t p = (size_t)(open - s);
        const char *close = memchr(open, ')', len - p);
        if (close && close - open <= 32) {
            size_t q = (size_t)(close - s);
            size_t a = trim_left(s, p + 1, q), b = trim_right(s, a, q);
            size_t end = dateline_dash(s, q + 1, len);
            size_t pe = trim_right(s, 0, p);
            if (!end && pe > 0)
                end = dashless_end(s, q + 1, len, s + a, b - a);
            if (end && agency_name(s + a, b - a) &&
                (pe == 0 || place_and_date(s, pe, false, &dl))) {
                dl.agency.ptr = s + a;
                dl.agency.len = b - a;
                dl.span.start = 0;
                dl.span.end = end;
                if (out)
                    *out = dl;
                return true;
            }
        }
    }
    /* Without an agency, newspaper style: "WASHINGTON —". The place must
     * be in capitals so that "Smith - who" is not a dateline. */
    for (size_t i = 0; i < limit; i++) {
        size_t end;
        if (!is_space(s[i]) || !(end = dateline_dash(s, i, len)))
            continue;
        if (s[trim_left(s, i, len)] == ':')
            continue;
        if (place_and_date(s, trim_right(s, 0, i), true, &dl) &&
            dl.place.len >= 3) {
            dl.span.start = 0;
            dl.span.end = end;
            if (out)
                *out = dl;
            return true;
        }
        break;
    }
    return false;
}

/* Reuters' headline labels: what kind of story a headline heads, and
 * which version of it ("UPDATE 2-", "REFILE-"). */
static const char *const story_labels[] = {
    "EXCLUSIVE",     "FACTBOX",  "ANALYSIS",       "INSIGHT",
    "BREAKINGVIEWS", "TIMELINE", "EXPLAINER",      "INTERVIEW",
    "COLUMN",        "FEATURE",  "GRAPHIC",        "PREVIEW",
    "SNAPSHOT",      "POLL",     "SPECIAL REPORT", "BUZZ"};
static const char *const version_labels[] = {"UPDATE",    "WRAPUP", "REFILE",
                                             "CORRECTED", "RPT",    "REPEAT"};

/* The length of the label among 'labels' that s[i..len) starts with. */
static size_t label_at(const char *s, size_t i, size_t len,
                       const char *const *labels, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        size_t m = strlen(labels[k]);
        if (len - i > m && memcmp(s + i, labels[k], m) == 0)
            return m;
    }
    return 0;
}

size_t fw_layout_headline_prefix(const char *s, size_t len, size_t *label,
                                 size_t *version)
{
    size_t i = 0, found = 0;
    if (version)
        *version = 0;
    for (int rounds = 0; rounds < 3; rounds++) {
        size_t v =
            label_at(s, i, len, version_labels, FW_COUNT(version_labels));
        size_t n =
            v ? v : label_at(s, i, len, story_labels, FW_COUNT(story_labels));
        if (!n)
            break;
        size_t j = i + n;
        if (j + 1 < len && s[j] == ' ' && s[j + 1] >= '1' && s[j + 1] <= '9') {
            j += 2; /* "UPDATE 2", "WRAPUP 1" */
            while (j < len && s[j] >= '0' && s[j] <= '9')
                j++;
        }
        if (j + 1 >= len || s[j] != '-' || s[j + 1] == ' ' || s[j + 1] == '-')
            break;
        if (v && version) {
            *label = i;
            *version = j - i;
        }
        found = i = j + 1;
    }
    /* a headline after it, not "UPDATE-ready" */
    if (found && found < len && !is_lower_ascii(s[found]))
        return found;
    if (version)
        *version = 0;
    return 0;
}

/* Is the code point at s[i] a dash: - – —? Returns its length or 0. */
static size_t dash_at(const char *s, size_t i, size_t len)
{
    if (i < len && s[i] == '-')
        return 1;
    if (len - i >= 3 && (unsigned char)s[i] == 0xE2 &&
        (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x93 || (unsigned char)s[i + 2] == 0x94))
        return 3;
    return 0;
}

bool fw_layout_subhead(const char *s, size_t len)
{
    if (len < 5 || len > 200)
        return false;
    size_t a = dash_at(s, 0, len);
    if (!a || !is_space(s[a]))
        return false;
    size_t b = 0;
    for (size_t k = 1; k <= 3 && k < len && !b; k++)
        if (dash_at(s, len - k, len) == k && is_space(s[len - k - 1]))
            b = k;
    if (!b)
        return false;
    size_t i = trim_left(s, a, len), j = trim_right(s, i, len - b);
    return j > i && s[j - 1] != '.';
}

static bool has_prefix(const char *s, size_t len, const char *prefix)
{
    size_t n = strlen(prefix);
    return len >= n && memcmp(s, prefix, n) == 0;
}

static bool contains_ci(const char *s, size_t len, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; i + n <= len; i++) {
        size_t k = 0;
        while (k < n && (s[i + k] | 0x20) == needle[k])
            k++;
        if (k == n)
            return true;
    }
    return false;
}

bool fw_layout_trailer(const char *s, size_t len)
{
    if (len == 0)
        return false;
    /* AFP desk credits: "burs-dk/md", "hh/ph/ts/hd". */
    if (len <= 60 && is_lower_ascii(s[0]) && memchr(s, '/', len)) {
        size_t piece = 0;
        bool ok = true;
        for (size_t i = 0; i < len && ok; i++) {
            char c = s[i];
            if (c == '/' || c == '-')
                ok = piece > 0, piece = 0;
            else if (is_lower_ascii(c) || is_upper_ascii(c))
                ok = ++piece <= 8;
            else
                ok = false;
        }
        if (ok && piece > 0)
            return true;
    }
    /* A desk signature: "E.Goossens--JdB". */
    if (len <= 48 && (is_upper_ascii(s[0]) || is_lower_ascii(s[0]))) {
        const char *dd = NULL;
        bool ok = true;
        for (size_t i = 0; i < len && ok; i++) {
            if (is_space(s[i]))
                ok = false;
            else if (s[i] == '-' && i + 1 < len && s[i + 1] == '-' && !dd)
                dd = s + i;
        }
        if (ok && dd && dd > s && dd + 2 < s + len)
            return true;
    }
    /* Reuters: "(Reporting by ...; Editing by ...)". */
    if (len <= 600 && s[0] == '(' && s[len - 1] == ')' &&
        (contains_ci(s, len, "reporting by") ||
         contains_ci(s, len, "writing by") ||
         contains_ci(s, len, "editing by") ||
         contains_ci(s, len, "compiled by")))
        return true;
    /* Copyright lines. */
    if (len <= 300 &&
        (has_prefix(s, len, "Copyright") || has_prefix(s, len, "\xC2\xA9") ||
         has_prefix(s, len, "(c) ")))
        return true;
    /* AP: "Associated Press writer X contributed to this report." */
    if (len <= 300 && contains_ci(s, len, "contributed to this report"))
        return true;
    return false;
}

bool fw_layout_rule(const char *s, size_t len)
{
    if (len < 3)
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] != '_')
            return false;
    return true;
}

bool fw_layout_timestamp(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && i < 2 && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0 || i + 3 > len || s[i] != ':' || s[i + 1] < '0' ||
        s[i + 1] > '9' || s[i + 2] < '0' || s[i + 2] > '9')
        return false;
    i += 3;
    if (i < len && s[i] == ' ')
        i++;
    if (i + 4 > len || !(s[i] == 'a' || s[i] == 'p') ||
        memcmp(s + i + 1, ".m.", 3) != 0)
        return false;
    i += 4;
    /* and a time zone at most: "EST", "GMT" */
    if (i < len && s[i] == ' ')
        i++;
    size_t zone = i;
    while (i < len && is_upper_ascii(s[i]))
        i++;
    return i == len && i - zone <= 4;
}

bool fw_layout_top_matter(const char *s, size_t len)
{
    if (len >= 2 && s[0] == '*' && s[1] == ' ')
        return true; /* a summary bullet */
    if (len >= 4 && (unsigned char)s[0] == 0xE2 &&
        (unsigned char)s[1] == 0x80 && (unsigned char)s[2] == 0xA2)
        return true; /* • */
    /* "(Adds comments, detail)", "(Updates with ...)" */
    if (len < 3 || len > 160 || s[0] != '(' || s[len - 1] != ')')
        return false;
    return memchr(s + 1, ')', len - 2) == NULL;
}
