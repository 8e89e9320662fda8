/*
 * coder.h - coding one sentence into CAMEO events with the dictionaries
 * (coder.c), as TABARI does: shallow structure from the words and the
 * dictionaries alone.
 */
#ifndef FW_CODER_H
#define FW_CODER_H

#include "dict.h"

/* What became of a sentence. */
typedef enum fw_coded {
    FW_CODED_EVENTS,  /* zero or more events */
    FW_CODED_DISCARD, /* a discard phrase or code: not coded */
    FW_CODED_COMPLEX, /* too complex to code (TABARI's filter) */
    FW_CODED_SHORT    /* fewer words than the minimum */
} fw_coded;

typedef struct fw_cevent {
    char source[40], target[40]; /* actor codes, agents applied */
    char code[8];
    int32_t date;        /* days since 1970, time shifts applied */
    fw_span source_span; /* the actor's words in the text */
    fw_span target_span;
    fw_span verb_span; /* the verb's words */
} fw_cevent;

/* What a sentence hands to the next one for its pronouns ("He said
 * ..."), as TABARI's FORWARD option does. The coder fills it after each
 * sentence; a caller clears 'valid' where a new story starts. */
typedef struct fw_forward {
    bool valid;
    char actor[40];    /* the first actor that is no pronoun: HE, SHE */
    char compound[40]; /* the first compound's first member, else the
                          actor: THEY */
    fw_span actor_span, compound_span;
} fw_forward;

typedef struct fw_coding {
    fw_coded result;
    fw_cevent *events; /* in the arena */
    size_t n_events;
} fw_coding;

/* An actor the caller has found in the sentence (fivew's entities: a
 * name, a nominal, a resolved pronoun), with its code. Its words are
 * taken before the dictionaries look at them. */
typedef struct fw_ext_actor {
    fw_span span;     /* bytes of the sentence text */
    const char *code; /* "RUSGOV" */
    uint8_t keep;     /* an agent next to it keeps this much of the code
                         and replaces the rest ("its army": RUSGOV ->
                         RUSMIL); 0: agents are added */
} fw_ext_actor;

/* Codes text[0..len) (one sentence, or a TABARI record) dated 'date'
 * (days since 1970, or FW_NO_DATE: date-restricted codes then do not
 * apply). 'ext' (n_ext of them, in text order, may be NULL) are actors
 * the caller found. 'fwd' (may be NULL) carries forwarding between
 * sentences. Memory comes from 'a'. */
fw_status fw_code_sentence(const fw_dict *d, const fw_coder_opts *o,
                           const char *text, size_t len, int32_t date,
                           const fw_ext_actor *ext, size_t n_ext,
                           fw_forward *fwd, fw_arena *a, fw_coding *out);

/* An issue found in a sentence, and how many times. */
typedef struct fw_issue_count {
    int32_t code; /* in the dictionary's issue_codes */
    uint32_t count;
} fw_issue_count;

/* The issues of text[0..len) (PETRARCH's issue lists), by first
 * occurrence, longest phrase first; none when a "~" phrase occurs, and
 * '*story_ignore' set when a "~~" one does. */
fw_status fw_code_issues(const fw_dict *d, const char *text, size_t len,
                         fw_arena *a, fw_issue_count **out, size_t *n,
                         bool *story_ignore);

#endif
