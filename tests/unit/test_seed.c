/* The seed dispatch (../shared/corpus/seed/afp-putin-talks.txt) against
 * its hand-made gold: document structure. Reads both from $SHARED. */
#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stdlib.h>

#include "../check.h"
#include "../testdoc.h"

/* The words of a subhead block: without its dashes and quote marks. */
static void subhead_words(const char *text, fw_span s, char *out, size_t cap)
{
    size_t a = s.start, b = s.end;
    const char *strip = "-' \"";
    while (a < b && strchr(strip, text[a]))
        a++;
    while (b > a && strchr(strip, text[b - 1]))
        b--;
    size_t n = b - a < cap - 1 ? b - a : cap - 1;
    memcpy(out, text + a, n);
    out[n] = '\0';
}

static bool span_is(const char *text, fw_span s, const char *want)
{
    return s.end - s.start == strlen(want) &&
           memcmp(text + s.start, want, s.end - s.start) == 0;
}

int main(void)
{
    const char *shared = getenv("SHARED") ? getenv("SHARED") : "../shared";
    char path[1024];
    size_t len, gold_len;
    snprintf(path, sizeof path, "%s/corpus/seed/afp-putin-talks.txt", shared);
    char *text = read_file(path, &len);
    snprintf(path, sizeof path, "%s/corpus/seed/afp-putin-talks.gold.json",
             shared);
    char *gold_text = read_file(path, &gold_len);
    CHECK(text && gold_text);
    if (!text || !gold_text) {
        fprintf(stderr, "cannot read the seed under %s\n", shared);
        return CHECK_DONE();
    }
    cJSON *gold = cJSON_Parse(gold_text);
    cJSON *docg = cJSON_GetObjectItem(gold, "document");
    CHECK(docg != NULL);

    fw_analyzer *az = NULL;
    fw_batch *batch = NULL;
    CHECK(fw_analyzer_new(NULL, &az, NULL) == FW_OK);
    fw_input in = {.format = FW_FORMAT_AUTO, .path = "afp-putin-talks.txt"};
    CHECK(fw_analyze(az, text, len, &in, &batch, NULL) == FW_OK);
    const fw_doc *doc = fw_batch_doc(batch, 0);
    CHECK(doc != NULL);
    if (doc && docg) {
        CHECK(strcmp(fw_doc_id(doc), "afp-putin-talks") == 0);
        size_t n;
        const fw_block *blocks = fw_doc_blocks(doc, &n);
        size_t paragraphs = 0, subheads = 0, trailers = 0, headlines = 0;
        cJSON *gsub = cJSON_GetObjectItem(docg, "subheads");
        cJSON *gtrail = cJSON_GetObjectItem(docg, "trailer");
        const char *ghead =
            cJSON_GetStringValue(cJSON_GetObjectItem(docg, "headline"));
        for (size_t i = 0; i < n; i++) {
            const fw_block *b = &blocks[i];
            switch (b->kind) {
            case FW_BLOCK_HEADLINE:
                headlines++;
                CHECK(ghead && span_is(text, b->span, ghead));
                break;
            case FW_BLOCK_PARAGRAPH:
                paragraphs++;
                break;
            case FW_BLOCK_SUBHEAD: {
                char words[256];
                subhead_words(text, b->span, words, sizeof words);
                cJSON *want = cJSON_GetArrayItem(gsub, (int)subheads++);
                CHECK(want && strcmp(words, cJSON_GetStringValue(want)) == 0);
                break;
            }
            case FW_BLOCK_TRAILER: {
                cJSON *want = cJSON_GetArrayItem(gtrail, (int)trailers++);
                CHECK(want &&
                      span_is(text, b->span, cJSON_GetStringValue(want)));
                break;
            }
            default:
                CHECK(!"unexpected block kind");
            }
        }
        CHECK(headlines == 1);
        CHECK((int)paragraphs ==
              cJSON_GetObjectItem(docg, "body_paragraphs")->valueint);
        CHECK((int)subheads == cJSON_GetArraySize(gsub));
        CHECK((int)trailers == cJSON_GetArraySize(gtrail));
        const fw_meta *m = fw_doc_meta(doc);
        CHECK(m->headline.ptr && !m->dateline && !m->byline.ptr);
    }
    fw_batch_free(batch);
    fw_analyzer_free(az);
    cJSON_Delete(gold);
    free(text);
    free(gold_text);
    return CHECK_DONE();
}
