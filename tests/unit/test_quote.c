/* Quotations, on sentences written for these tests: each pattern of
 * attribution, each kind, and speakers. */
#include "../check.h"
#include "../testdoc.h"
#include "internal.h"

static const char *text_of;

static const fw_doc *run(const char *text)
{
    text_of = text;
    return analyze_text(text);
}

static bool spells(fw_span s, const char *want)
{
    return s.end - s.start == strlen(want) &&
           memcmp(text_of + s.start, want, s.end - s.start) == 0;
}

/* The quotation whose content (or first part) spells 'content'. */
static const fw_quote *quote_of(const fw_doc *d, const char *content)
{
    size_t n;
    const fw_quote *q = d ? fw_doc_quotes(d, &n) : NULL;
    for (size_t i = 0; q && i < n; i++)
        if (spells(q[i].content, content) || spells(q[i].parts[0], content))
            return &q[i];
    return NULL;
}

/* Does any quotation have the cue 'cue'? */
static bool has_cue(const fw_doc *d, const char *cue)
{
    size_t n;
    const fw_quote *q = d ? fw_doc_quotes(d, &n) : NULL;
    for (size_t i = 0; q && i < n; i++)
        if (spells(q[i].cue, cue))
            return true;
    return false;
}

static bool speaker_is(const fw_doc *d, const fw_quote *q, const char *name)
{
    if (!q || q->speaker == FW_NONE)
        return name == NULL;
    size_t n;
    const fw_entity *e = fw_doc_entities(d, &n);
    return name && e[q->speaker].name.len == strlen(name) &&
           memcmp(e[q->speaker].name.ptr, name, e[q->speaker].name.len) == 0;
}

static void test_direct(void)
{
    /* After: '," X said' and '," said X, the ...'. */
    const fw_doc *d = run("Headline text\n\"We are ready,\" Anna Berglund "
                          "said.\n\"It is late,\" said Tom Hale, the "
                          "mayor.\n");
    const fw_quote *q = quote_of(d, "We are ready,");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && spells(q->cue, "said") &&
          spells(q->source, "Anna Berglund") &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "It is late,");
    CHECK(q && spells(q->source, "Tom Hale") && speaker_is(d, q, "Tom Hale"));

    /* A title the mentions begin inside the body's name still goes
     * with its person ("CenterPoint Energy spokesperson X"); "knocked
     * out" is no criticism. */
    d = run("Headline text\nA storm knocked out power to 200,000 homes, "
            "officials said. Acme Energy spokesperson Anna Berglund said "
            "crews were at work.\n");
    CHECK(!has_cue(d, "knocked"));
    q = quote_of(d, "crews were at work");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* "posted" a result it records is no publishing ("posted a 5% rise
     * in profit", "posted bail"); "posted a photo" is. */
    d = run("Acme posts record profit\nAcme posted a 5% rise in quarterly "
            "profit on Monday. Its founder posted bail. Tom Hale posted a "
            "photo of the plant.\n");
    CHECK(!quote_of(d, "record profit") && !quote_of(d, "bail"));
    CHECK(!quote_of(d, "a 5% rise in quarterly profit on Monday"));
    CHECK(quote_of(d, "a photo of the plant") != NULL);
    /* A plural after a participle's or a preposition's noun ends the
     * clause as a noun ("beating analyst forecasts"); "the agency
     * estimates." is a verb. */
    d = run("Headline text\nSales rose 5%, beating analyst forecasts. Costs "
            "fell, above Street estimates. The plan will cost $2 billion, "
            "the agency estimates.\n");
    CHECK(!quote_of(d, "Sales rose 5%") && !quote_of(d, "Costs fell, above"));
    q = quote_of(d, "The plan will cost $2 billion");
    CHECK(q && spells(q->source, "the agency"));
    /* A plural that a verb in the past takes is its object: the verb's
     * subject is the source, not the verb ("dashed hopes that") */
    d = run("Headline text\nWeak data dashed hopes that the bank would cut "
            "rates. Tom Hale scrapped plans to run.\n");
    q = quote_of(d, "the bank would cut rates");
    CHECK(q && spells(q->source, "Weak data"));
    q = quote_of(d, "to run");
    CHECK(q && spells(q->source, "Tom Hale") && speaker_is(d, q, "Tom Hale"));

    /* '..., said an official who was briefed ...': the source after an
     * inverted cue is a person a title names, whatever name stands in
     * the clause before; "a host of new songs" is no person. */
    d = run("Headline text\nTom Hale urged the mayor, Anna Berglund, during "
            "their meeting to drop the plan, said an official who was briefed "
            "on the talks. Ella Moss said the band, Comet Park, wrote a host "
            "of new songs for the album.\n");
    CHECK(quote_of(d, "an official who was briefed on the talks") == NULL);
    q = quote_of(d, "Tom Hale urged the mayor, Anna Berglund, during their "
                    "meeting to drop the plan");
    CHECK(q && spells(q->source, "an official"));
    CHECK(quote_of(d, "a host of new songs for the album") != NULL);

    /* A surname alone is its entity's, a person's: '"...," Varnik
     * started.' names him. A short section head on a person, whose
     * next paragraph begins with them, quotes no one; a transcript's
     * label does. */
    d = run("Headline text\nTom Varnik met the press.\n\n\"We talked in "
            "January,\" Varnik started.\n\nVarnik: Now or never.\n\n"
            "Varnik, who once ran the port, wants a second term.\n\n"
            "Varnik: We will see about that.\n\nAnna Berglund: I think "
            "so.\n");
    q = quote_of(d, "We talked in January,");
    CHECK(q && speaker_is(d, q, "Tom Varnik"));
    CHECK(quote_of(d, "Now or never") == NULL);
    q = quote_of(d, "We will see about that");
    CHECK(q && speaker_is(d, q, "Tom Varnik"));

    /* 'X said in an interview: "..."': the verb of speech before a
     * setting that is a cue of its own; 'X gave it a try in an
     * interview: "..."': the setting's source is the clause's subject. */
    d = run("Headline text\nTom Hale said in an interview: \"We will "
            "win.\" Anna Berglund gave the idea a try in an interview on "
            "Tuesday: \"It could work.\"\n");
    q = quote_of(d, "We will win.");
    CHECK(q && spells(q->cue, "said in an interview") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "It could work.");
    CHECK(q && spells(q->source, "Anna Berglund"));
    d = run("Headline text\nAnna Berglund issued a statement Tuesday saying, "
            "\"We are ready.\"\n");
    q = quote_of(d, "We are ready.");
    CHECK(q && spells(q->source, "Anna Berglund"));
    d = run("Headline text\nTom Hale told reporters in an interview: \"We "
            "will win.\"\n");
    q = quote_of(d, "We will win.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A setting with an occasion's noun and its hearers, then the
     * content with or without "that": "said in a note to clients
     * (that) they ...", "wrote in a letter to lawmakers the city
     * could ..."; "to clients" is no infinitive. */
    d = run("Headline text\nAnalysts at Zeltrix said in a note to clients "
            "that they expected a deal. Tom Hale wrote in a letter to "
            "lawmakers the city could run out of cash. Anna Berglund said "
            "in remarks to reporters they had won.\n");
    CHECK(quote_of(d, "they expected a deal") != NULL);
    q = quote_of(d, "the city could run out of cash");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "they had won") != NULL);
    /* (an adjective or participle before the noun: "in an emailed
     * statement that") */
    d = run("Headline text\nA spokesperson for Zeltrix said in an emailed "
            "statement that talks had resumed. Tom Hale said in a speech "
            "reported by state radio that the war was over.\n");
    CHECK(quote_of(d, "talks had resumed") != NULL);
    CHECK(quote_of(d, "the war was over") != NULL);
    d = run("Headline text\nAnn Vell said on a radio show Wednesday that "
            "she had not decided.\n");
    CHECK(quote_of(d, "she had not decided") != NULL);
    /* (but "comment on the ruling" is its topic) */
    d = run("Headline text\nThe firm declined to comment on the ruling.\n");
    CHECK(quote_of(d, "to comment on the ruling") != NULL);
    /* (a court's document, its length as a number) */
    d = run("Headline text\nJudge Tom Hale wrote in a 38-page ruling that "
            "the law was void. The state argued in its motion that the law "
            "was valid.\n");
    CHECK(quote_of(d, "the law was void") != NULL);
    CHECK(quote_of(d, "the law was valid") != NULL);

    /* 'X responded to Y's post by saying, "..."': the clause's subject
     * speaks, not the phrase before "by". */
    d = run("Headline text\nOn Tuesday, Anna Berglund responded to one of "
            "Tom Hale's posts by saying, \"Just stop.\"\n");
    q = quote_of(d, "Just stop.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* A plural head that opens the sentence, then a phrase, is the
     * subject of a bare verb that may be a noun. */
    d = run("Headline text\nEconomists at Vorsk State University estimate "
            "that incomes will fall.\n");
    q = quote_of(d, "incomes will fall");
    CHECK(q && spells(q->source, "Economists at Vorsk State University"));

    /* In a headline, a name after a comma opens a clause of its own. */
    d = run("Hale says Vorsk ready for talks, Berglund cool\n\nTom Hale "
            "spoke on Sunday.\n");
    CHECK(quote_of(d, "Vorsk ready for talks") != NULL);

    /* After a content with a verb of its own, a comma and a name with
     * its verb open the writer's clause; a subordinate clause that
     * opens the content after "that" ends nothing at its comma. */
    d = run("Headline text\nTom Hale declared that the era of big plans was "
            "over, Anna Berglund won the vote by promising more. Ella Moss "
            "said that as voters learned more, Hale would lose ground.\n");
    CHECK(quote_of(d, "the era of big plans was over") != NULL);
    CHECK(quote_of(d, "as voters learned more, Hale would lose ground") !=
          NULL);

    /* A stance's object, then the margin or the span of time of the
     * act, or "while" and another clause: the object is the content. */
    d = run("Headline text\nTom Hale spoke. Black voters backed him by a "
            "wide 40 point margin. Most women preferred Hale while many men "
            "backed Anna Berglund.\n");
    CHECK(quote_of(d, "him") != NULL);
    CHECK(quote_of(d, "Hale") != NULL);
    CHECK(quote_of(d, "Anna Berglund") != NULL);

    /* ... and where it was done: "mocked Hale on Twitter", "assailed
     * him on Capitol Hill on Thursday"; but "attacks on Hale" and "his
     * views on the Vorsk deal" are the content. */
    d = run("Headline text\nAnna Berglund mocked Tom Hale on Twitter. Ella "
            "Moss assailed him on Capitol Hill on Thursday. Hale defended his "
            "ban on Vorskian imports.\n");
    CHECK(quote_of(d, "Tom Hale") != NULL);
    CHECK(quote_of(d, "him") != NULL);
    CHECK(quote_of(d, "his ban on Vorskian imports") != NULL);

    /* "according to" is no part of the antecedent of a relative
     * clause's source: '"...," according to an aide, who declined ...'. */
    d = run("Headline text\n\"The economy is strong,\" according to an "
            "aide, who declined to comment on the talks.\n");
    q = quote_of(d, "to comment on the talks");
    CHECK(q && spells(q->source, "an aide"));

    /* A reduced relative clause: "a plan critics said was rushed", whose
     * content's subject is the plan, names only the critics; not "House
     * ethics investigators", whose words before the plural are its own. */
    d = run("Headline text\nThe council passed a plan critics said was "
            "rushed. It was a deal Tom Hale says is unfair. It was a trip "
            "that House ethics investigators said was improper.\n");
    q = quote_of(d, "was rushed");
    CHECK(q && spells(q->source, "critics"));
    q = quote_of(d, "is unfair");
    CHECK(q && spells(q->source, "Tom Hale"));
    q = quote_of(d, "was improper");
    CHECK(q && spells(q->source, "House ethics investigators"));

    /* A relative clause set off by commas ends where the sentence's
     * verb comes back. */
    d = run("Headline text\nThe bill, which Tom Hale said would raise "
            "taxes, passed on Tuesday. The plan, which critics say is "
            "rushed, faces a vote.\n");
    CHECK(quote_of(d, "would raise taxes") != NULL);
    CHECK(quote_of(d, "is rushed") != NULL);

    /* "that" before a comma and a participle is a pronoun, the object,
     * and the participle's clause is reported on its own. */
    d = run("Headline text\nTom Hale rejected that, saying workers had no "
            "choice.\n");
    q = quote_of(d, "workers had no choice");
    CHECK(q && spells(q->cue, "saying") && spells(q->source, "Tom Hale"));

    /* A hearer no one names, then the clause's subject pronoun: "tells
     * reporters he wants", "told the crowd they would". */
    d = run("Headline text\nTom Hale tells reporters he wants a vote. Anna "
            "Berglund told the crowd they would win.\n");
    CHECK(quote_of(d, "he wants a vote") != NULL);
    CHECK(quote_of(d, "they would win") != NULL);

    /* The hearer of "told" with the kind of medium it is: "told Vorsk
     * Inter radio she would ...". */
    d = run("Headline text\nAnna Berglund told Vorsk Inter radio she would "
            "never accept the deal.\n");
    q = quote_of(d, "she would never accept the deal");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* A known place after a preposition of place says where the speaker
     * is, and is no speaker: '"...," said a driver near Paris'. */
    d = run("Headline text\n\"I have to get to work,\" said a driver near "
            "Paris.\n");
    q = quote_of(d, "I have to get to work,");
    CHECK(q && spells(q->source, "a driver near Paris") &&
          q->speaker == FW_NONE);

    /* Adverbs of time between the auxiliary and the verb belong to the
     * cue, not the source: "has not yet said", "have so far said",
     * "has long said". */
    d = run("Headline text\nThe firm has not yet said whether it will "
            "appeal. Local officials have so far said little. Tom Hale has "
            "long said the port should close.\n");
    q = quote_of(d, "whether it will appeal");
    CHECK(q && spells(q->source, "The firm") &&
          spells(q->cue, "has not yet said"));
    q = quote_of(d, "the port should close");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* 'As for X, "...," said Y': quoted words set off by a comma of
     * their own are no part of a source before the cue (but "X, who
     * calls Y a "fraud," said" is one source). */
    d = run("Headline text\nAs for his critics, \"I write them off,\" said "
            "Mr. Varnik, who sold a bakery. Anna Berglund, who calls him a "
            "\"fraud,\" said he was wrong.\n");
    q = quote_of(d, "As for his critics, \"I write them off,\"");
    CHECK(q && spells(q->source, "Mr. Varnik"));
    q = quote_of(d, "he was wrong");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* '("...," X wrote last week) and ...': the bracket that closes the
     * aside ends the attribution's setting; what follows is the
     * writer's. */
    d = run("Headline text\nThe debate pits those who favor softness (\"This "
            "is an occupation,\" Tom Hale wrote last week) against those who "
            "fear it.\n");
    q = quote_of(d, "\"This is an occupation,\"");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "against those who fear it") == NULL);

    /* '"...," the sign reads': an -s form that may be a plural noun is
     * a verb in a quotation's tag. */
    d = run("Headline text\n\"Welcome home,\" the sign reads.\n");
    q = quote_of(d, "Welcome home,");
    CHECK(q && spells(q->cue, "reads") && spells(q->source, "the sign"));

    /* "One tweet said:", '"...," the two write': a noun after a
     * quantifier and a number after "the" are subjects. */
    d = run("Headline text\nOne tweet said: \"This is very sad.\" \"We "
            "do not agree,\" the two write.\n");
    q = quote_of(d, "This is very sad.");
    CHECK(q && spells(q->source, "One tweet"));
    q = quote_of(d, "We do not agree,");
    CHECK(q && spells(q->source, "the two"));

    /* "spoke anonymously to discuss", "not authorized to discuss": the
     * source's anonymity reports nothing, and the source of the cue
     * after it runs over it. */
    d = run("Headline text\nAn aide who spoke anonymously to discuss the "
            "talks said Wednesday, \"There are talks.\" An official not "
            "authorized to discuss the plan said it would pass.\n");
    CHECK(!has_cue(d, "discuss"));
    q = quote_of(d, "There are talks.");
    CHECK(q && spells(q->source, "An aide who spoke anonymously to discuss the "
                                 "talks"));

    /* "added to her lead", "too close to call", "argued with X": no
     * words reported. */
    d = run("Headline text\nAnna Berglund added to her lead on Tuesday. The "
            "race was too close to call. Tom Hale argued with the mayor at "
            "the meeting.\n");
    CHECK(!has_cue(d, "added") && !has_cue(d, "call") && !has_cue(d, "argued"));

    /* "contend for" is to compete; "..., as X continued to interject"
     * is the time of the quotation before it, not what X said. */
    d = run("Headline text\nTom Hale is rising to contend for the "
            "nomination. \"Quiet,\" Anna Berglund demanded, as Tom Hale "
            "continued to interject.\n");
    CHECK(!has_cue(d, "contend"));
    CHECK(quote_of(d, "Anna Berglund demanded") == NULL);
    q = quote_of(d, "Quiet,");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* A person a place's or a body's possessive qualifies speaks
     * ("Hungary's Viktor Orban"); so does the name in apposition to a
     * title with its domain ("A spokeswoman for the Commission, X,"). */
    d = run("Headline text\nNorway's Tom Hale threatened to block the "
            "deal. A spokeswoman for the Acme Commission, Anna Berglund, "
            "declined to say when it might end.\n");
    q = quote_of(d, "to block the deal");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "to say when it might end");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* A verb in the past after the name that opens the source is the
     * clause's: "X issued a statement saying ..." has the source X. */
    d = run("Headline text\nTom Hale issued a statement saying the vote "
            "was fair.\n");
    q = quote_of(d, "the vote was fair");
    CHECK(q && spells(q->source, "Tom Hale"));
    /* So is an auxiliary whose clause has a phrase of its own; not the
     * cue's ("has rarely said"), nor after "it". The object of "by" or
     * "with" right before a cue in -ing is its subject, and so is a
     * pronoun right before the cue. */
    d = run("Headline text\nTom Hale is vocal in opposing the toll. Ella "
            "Moss was met by a crowd of protesters urging her to quit. Anna "
            "Berglund has rarely admitted that the plan failed. Tom Hale was "
            "angry the day he learned that the mill would close.\n");
    q = quote_of(d, "the toll");
    CHECK(q && spells(q->source, "Tom Hale"));
    q = quote_of(d, "her to quit");
    CHECK(q && spells(q->source, "a crowd of protesters"));
    q = quote_of(d, "the plan failed");
    CHECK(q && spells(q->source, "Anna Berglund"));
    q = quote_of(d, "the mill would close");
    CHECK(q && spells(q->source, "he") && speaker_is(d, q, "Tom Hale"));
    /* A series of verbs after one subject: a cue right after the comma
     * that ends the content before has that content's source; not a verb
     * of speech with no clause after it, which is inverted. */
    d = run("Headline text\nTom Hale praised the plan, called it “bold” "
            "and boycotted the vote. Ella Moss criticized the deal and did not "
            "find \"any "
            "merit,\" said the mayor's aide, Anna Berglund, on Monday.\n");
    q = quote_of(d, "it “bold”");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "the mayor's aide, Anna Berglund, on Monday") == NULL);
    /* so when the clause ends after the quoted words and a second verb;
     * "it" or an object pronoun after the cue is no inverted source */
    d = run("Headline text\nTom Hale praised the plan, called it \"bold\" "
            "and left.\n");
    q = quote_of(d, "it \"bold\"");
    CHECK(q && spells(q->cue, "called") && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "Tom Hale praised the plan") == NULL);
    d = run("Headline text\nFor instance: That Anna Berglund also misjudged "
            "Tom Hale, having referred to him as a \"reformer.\"\n");
    CHECK(quote_of(d, "That Anna Berglund also misjudged Tom Hale") == NULL);
    /* An aside of the writer's between a relative pronoun and its cue:
     * the pronoun is still the source, not the aside. */
    d = run("Headline text\nThe deal pleased Velmor Group, which -- like "
            "most of its rivals at home -- expects prices to fall.\n");
    q = quote_of(d, "prices to fall");
    CHECK(q && spells(q->source, "which") && speaker_is(d, q, "Velmor Group"));
    /* A word for people right after a noun opens a relative clause with
     * no "that" too: it is the source. */
    d = run("Headline text\nThe Lions won a final game many are calling "
            "\"a classic.\"\n");
    q = quote_of(d, "a classic.");
    CHECK(q && spells(q->source, "many"));
    /* (not an adverb after a verb: "mattered most backed") */
    d = run("Headline text\nVoters who said the economy mattered most backed "
            "Tom Hale.\n");
    q = quote_of(d, "Tom Hale");
    CHECK(q && !spells(q->source, "most"));
    CHECK(quote_of(d, "the economy mattered most") != NULL);
    /* A relative clause in the sentence's subject, whose antecedent may
     * be one word, reports up to where the sentence's verb comes back;
     * that verb's source is the subject. */
    d = run("Headline text\nDemocrats who say the law is unfair have sued. "
            "Half of the voters who support Tom Hale are young. Ann Vell and "
            "others who want to ban the drug said the ruling was wrong.\n");
    q = quote_of(d, "the law is unfair");
    CHECK(q && spells(q->source, "who"));
    CHECK(quote_of(d, "Tom Hale") != NULL);
    CHECK(quote_of(d, "to ban the drug") != NULL);
    q = quote_of(d, "the ruling was wrong");
    CHECK(q && spells(q->source, "others"));
    d = run("Headline text\nA reporter who has been asking about the tax "
            "returns was told to leave.\n");
    CHECK(quote_of(d, "about the tax returns") != NULL);
    /* but a clause's own subject and verb go on: "who say Tom Hale lied
     * | are" */
    d = run("Headline text\nVoters who say Tom Hale lied are angry.\n");
    CHECK(quote_of(d, "Tom Hale lied") != NULL);
    /* A weekday before a possessive is no time of the act: "said
     * Monday's decision". */
    d = run("Headline text\nTom Hale said Monday's decision was wrong.\n");
    CHECK(quote_of(d, "Monday's decision was wrong") != NULL);
    /* A participle cue that opens a sentence reports its clause, whose
     * source is the subject after its comma; not in a headline. A time
     * before a possessive is no time of the act ("last week's"). */
    d = run("Citing Costs, Firm Drops Plan\n\nNoting that the vote was "
            "close, Tom Hale said he would wait. Conceding that a deal was "
            "\"down the line,\" he said the talks would resume. Tom Hale "
            "said last week's vote was a mistake.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && spells(q->cue, "Noting") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "a deal was \"down the line,\"");
    CHECK(q && spells(q->cue, "Conceding") && spells(q->source, "he"));
    CHECK(!has_cue(d, "Citing"));
    CHECK(quote_of(d, "last week's vote was a mistake") != NULL);
    /* An -s form that is a plural noun too is a verb after an article
     * and a noun, before quoted words. */
    d = run("Headline text\nThe ad claims \"Hale is the mayor you can "
            "trust.\"\n");
    q = quote_of(d, "\"Hale is the mayor you can trust.\"");
    if (!q)
        q = quote_of(d, "Hale is the mayor you can trust.");
    CHECK(q && spells(q->cue, "claims") && spells(q->source, "The ad"));
    /* A bare form after a noun, before "that" and a clause's subject,
     * is a verb; after an article it is a noun. */
    d = run("Headline text\nData show that the average wage is higher. The "
            "show that the network aired was bad.\n");
    q = quote_of(d, "the average wage is higher");
    CHECK(q && spells(q->source, "Data"));
    CHECK(quote_of(d, "the network aired was bad") == NULL);
    /* ... and after a plural and an adverb ("Polls now show"); a source's
     * modifiers that "and" joins are its own ("campaign and corporate
     * records show") */
    d = run("Headline text\nPolls now show Tom Hale is trailing. The money "
            "came from shell firms, campaign and corporate records show.\n");
    CHECK(quote_of(d, "Tom Hale is trailing") != NULL);
    q = quote_of(d, "The money came from shell firms");
    CHECK(q && spells(q->source, "campaign and corporate records"));
    /* A name or pronoun a cue of stance takes is its whole content; why
     * follows it ("support him because ...") */
    d = run("Headline text\nTom Hale backed Anna Berglund because he trusts "
            "her.\n");
    CHECK(quote_of(d, "Anna Berglund") != NULL);
    /* "according to X" after a comma inside a closing mark trails the
     * clause before it */
    d = run("Headline text\nThe tax cut emissions with \"negligible "
            "effects,\" according to a study by economists at Kelso "
            "University and the University of Ottawa.\n");
    q = quote_of(d, "The tax cut emissions with \"negligible effects,\"");
    CHECK(q && spells(q->source, "a study by economists at Kelso University "
                                 "and the University of Ottawa"));
    /* A demonstrative that ends the clause is what was said. */
    d = run("Headline text\nTom Hale said that.\n");
    q = quote_of(d, "that");
    CHECK(q && spells(q->cue, "said"));
    /* "favors" takes a stance; "knew" reports a belief, as "knows" */
    d = run("Headline text\nTom Hale favors a tax on carbon. Anna Berglund "
            "knew the plan would fail.\n");
    CHECK(quote_of(d, "a tax on carbon") != NULL);
    CHECK(quote_of(d, "the plan would fail") != NULL);
    /* "requiring X to disclose": X acts, not the subject before. */
    d = run("Headline text\nTom Hale on Monday signed a law requiring large "
            "firms to disclose their emissions.\n");
    q = quote_of(d, "their emissions");
    CHECK(q && spells(q->source, "large firms"));
    /* After "that", a name and its relative clause open the content's
     * clause, which goes on ("argued that X, who won, was right"); a
     * stance's object alone ends at ", who" ("countered X, who ..."). */
    d = run("Headline text\nTom Hale argued that Anna Berglund, who won, "
            "was right. Hale countered Ola Nord, who stands apart.\n");
    CHECK(quote_of(d, "Anna Berglund, who won, was right") != NULL);
    CHECK(quote_of(d, "Ola Nord") != NULL);
    /* "that" before a verb is a subject, not a complementizer. */
    d = run("Headline text\nCritics say that is far from enough.\n");
    CHECK(quote_of(d, "that is far from enough") != NULL);
    /* A modal of one word is no part of its subject ("X cannot say"). */
    d = run("Headline text\nTom Hale cannot say whether the vote was "
            "fair.\n");
    q = quote_of(d, "whether the vote was fair");
    CHECK(q && spells(q->source, "Tom Hale"));
    /* (and a person whose title a place's body qualifies: "Norway's
     * Vorsk League leader X") */
    d = run("Headline text\n\"We agree,\" Norway's Vorsk League leader Tom "
            "Hale wrote.\n");
    q = quote_of(d, "We agree,");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "according to documents seen by Reuters": the documents speak,
     * not who saw them; "the Reuters report" is a noun ("The Teamsters
     * want" a verb). */
    d = run("Headline text\nVorsk Bank hid losses, according to documents "
            "seen by Reuters. Shares fell after the Reuters report, their "
            "worst day. The Teamsters want a deal.\n");
    q = quote_of(d, "Vorsk Bank hid losses");
    CHECK(q && !speaker_is(d, q, "Reuters"));
    CHECK(!quote_of(d, "their worst day"));
    CHECK(quote_of(d, "a deal") != NULL);

    /* "claimed, without evidence, that": a phrase set off by commas
     * before "that" is no content. */
    d = run("Headline text\nTom Hale claimed, without evidence, that funds "
            "had been diverted.\n");
    q = quote_of(d, "funds had been diverted");
    CHECK(q && spells(q->cue, "claimed"));

    /* "CLAUSE, X said in a statement posted on its website.": the
     * text's participle and where it was put are no content. */
    d = run("Headline text\nTom Hale resigned on Thursday, the ministry "
            "said in a statement posted on its website.\n");
    q = quote_of(d, "Tom Hale resigned on Thursday");
    CHECK(q && spells(q->source, "the ministry"));
    CHECK(!quote_of(d, "posted on its website"));

    /* A participle's colon after a possessor's noun: the one the noun
     * names speaks, not the possessor ("Hale's spokesman ..., telling
     * reporters: '...'"). */
    d = run("Headline text\nTom Hale's spokesman insisted the plan was "
            "sound, telling reporters: \"The system is broken.\"\n");
    q = quote_of(d, "The system is broken.");
    CHECK(q && spells(q->source, "Tom Hale's spokesman") &&
          !speaker_is(d, q, "Tom Hale"));

    /* "told X CLAUSE" without "that": the hearer is no part of the
     * content. */
    d = run("Headline text\nThree sources told Reuters the group could "
            "raise output. Anna Berglund told Tom Hale he would win.\n");
    CHECK(quote_of(d, "the group could raise output") != NULL);
    q = quote_of(d, "he would win");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* (a named hearer with its article) */
    d = run("Headline text\nTom Hale told the Vorsk Herald the budget was "
            "a raid.\n");
    CHECK(quote_of(d, "the budget was a raid") != NULL);

    /* "CLAUSE, X said, adding that ...": the participle's clause is a
     * report of its own, not more of the first. */
    d = run("Headline text\nThe suspect was held, Tom Hale said, adding that "
            "he would appear in court.\n");
    q = quote_of(d, "he would appear in court");
    CHECK(q && spells(q->cue, "adding") && speaker_is(d, q, "Tom Hale"));

    /* "ruled out a deal": the particle is no content. */
    d = run("Headline text\nTom Hale ruled out a deal.\n");
    CHECK(quote_of(d, "a deal") != NULL);

    /* The source's anonymity is no report: "who asked not to be
     * named", "requested anonymity to discuss ...". */
    d = run("Headline text\nA diplomat, who asked not to be named, said the "
            "gap was wide. An aide, who requested anonymity to discuss "
            "internal matters, said so too.\n");
    CHECK(!has_cue(d, "asked") && !has_cue(d, "discuss"));
    q = quote_of(d, "the gap was wide");
    CHECK(q != NULL);

    /* An aside with a city and its state between the source and the
     * cue ("X, speaking at a rally in Wilmington, N.C., warned"). */
    d = run("Headline text\nTom Hale, speaking at a rally in Wilmington, "
            "N.C., warned that the plan would fail.\n");
    q = quote_of(d, "the plan would fail");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* '..., X said, adding, "..."': X speaks, not the clause's subject;
     * a gerund before a title is no cue ("policy planning director"). */
    d = run("Headline text\nTom Hale left early, Anna Berglund said, "
            "adding, \"He was not very religious.\" \"I am proud,\" "
            "policy planning director Emma Stone wrote.\n");
    q = quote_of(d, "He was not very religious.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "I am proud,");
    CHECK(q && speaker_is(d, q, "Emma Stone"));

    /* Before, in the passive: 'X was told by aides, "..."' is the
     * aides' words; 'X was asked, "..."' someone's not named, not X's. */
    d = run("Headline text\nTom Hale was told by aides, \"You will lose.\" "
            "Anna Berglund was asked, \"Where have you been?\"\n");
    q = quote_of(d, "You will lose.");
    CHECK(q && spells(q->source, "aides") && speaker_is(d, q, NULL));
    q = quote_of(d, "Where have you been?");
    CHECK(q && speaker_is(d, q, NULL));

    /* After: a source with an aside in brackets, an age and an
     * apposition set off by commas, or adjectives a comma joins. */
    d = run("Headline text\n\"It is late,\" Sen. Tom Hale (R-Fla.) said. "
            "\"It is early,\" Anna Berglund, 67, a retired nurse in "
            "Allentown, Pa., said. \"It is noon,\" the tall, old diplomat "
            "said.\n");
    q = quote_of(d, "It is late,");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "It is early,");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "It is noon,");
    CHECK(q && spells(q->source, "the tall, old diplomat"));
    d = run("Headline text\n\"It is late,\" the Florida senator and "
            "presidential candidate said in a statement.\n");
    q = quote_of(d, "It is late,");
    CHECK(q && spells(q->source, "the Florida senator and presidential "
                                 "candidate"));
    /* ... but not a phrase that goes on with the sentence. */
    d = run("Headline text\nTom Hale spoke. \"We are alive,\" at the "
            "convention, he said.\n");
    q = quote_of(d, "We are alive,");
    CHECK(q && !spells(q->source, "at the convention, he"));

    /* Before: 'X replied: "..."', 'X told reporters, "..."'. */
    d = run("Headline text\nPressed on the plan, Tom Hale replied: \"It "
            "will work. Trust me.\"\nAnna Berglund told reporters, \"No.\"\n");
    q = quote_of(d, "It will work. Trust me.");
    CHECK(q && spells(q->cue, "replied") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "No.");
    CHECK(q && spells(q->cue, "told reporters") &&
          speaker_is(d, q, "Anna Berglund"));

    /* A sentence that opens with its cue and source, and what describes
     * the source. */
    d = run("Headline text\nSaid Anna Berglund, who grew up on the same "
            "street as the singer, \"We were all proud of him.\"\n");
    q = quote_of(d, "We were all proud of him.");
    CHECK(q && spells(q->cue, "Said") && speaker_is(d, q, "Anna Berglund"));

    /* A quotation with no attribution right after a sentence of the
     * writer's in its paragraph is that sentence's subject's */
    d = run("Headline text\n\"It is nice,\" Anna Berglund said.\nAsked "
            "whether the town would recover, Tom Hale shrugged. \"Ask me in "
            "ten years.\"\n");
    q = quote_of(d, "Ask me in ten years.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A split quotation is one, in parts. */
    d = run("Headline text\n\"We tried,\" Tom Hale said. \"It failed.\"\n");
    q = quote_of(d, "We tried,");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "It failed."));

    /* A quotation alone goes on with the last speaker; "he" after a
     * quotation is the last speaker. */
    d = run("Headline text\n\"We won,\" Anna Berglund said.\n\"Now we "
            "rest.\"\nTom Hale disagreed with the plan.\n\"It was our "
            "best year,\" she added.\n");
    q = quote_of(d, "Now we rest.");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->cue.end == q->cue.start &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "It was our best year,");
    CHECK(q && spells(q->source, "she") && speaker_is(d, q, "Anna Berglund"));
    /* so in reported speech, when "she" finds no one nearer */
    d = run("Headline text\nAnna Berglund said the fund was small. Tom Hale "
            "spoke next. He said it was too late. \"We must act,\" he said. "
            "\"Now.\" She added that the city would pay.\n");
    q = quote_of(d, "the city would pay");
    CHECK(q && spells(q->source, "She") && speaker_is(d, q, "Anna Berglund"));
    /* but not when the sentence before brought in another person of
     * that gender as its subject */
    d = run("Headline text\n\"We won,\" Tom Hale said.\nDefense Minister "
            "Piet Varnik struck a more cautious tone. He said: \"Nothing is "
            "over.\"\n");
    q = quote_of(d, "Nothing is over.");
    CHECK(q && spells(q->source, "He") && speaker_is(d, q, "Piet Varnik"));
    /* One pronoun naming the speakers of two quotations names one
     * person for both. */
    d = run("Headline text\n\"It is over,\" Tom Hale said.\nCampaign "
            "chairman Piet Varnik said the vote was close. \"We think Ivan "
            "Dorov will win,\" he said, and then predicted: \"We will do "
            "better.\"\n");
    q = quote_of(d, "We think Ivan Dorov will win,");
    CHECK(q && speaker_is(d, q, "Piet Varnik"));
    q = quote_of(d, "We will do better.");
    CHECK(q && spells(q->source, "he") && speaker_is(d, q, "Piet Varnik"));
    /* "he" inside a quotation is not its speaker, nor the speaker of a
     * quotation nested in it that "he" attributes. */
    d = run("Headline text\nIvan Dorov ran the plant. Tom Hale worked "
            "there.\n\"He called us in. He said, 'This is it,'\" Hale "
            "said.\n");
    q = quote_of(d, "This is it,");
    CHECK(q && q->kind == FW_QUOTE_NESTED && speaker_is(d, q, "Ivan Dorov"));
    /* A pronoun's speaker is not one the quotation itself names first. */
    d = run("Headline text\nThe vote was close.\n\"I would say Tom Hale "
            "for the party,\" he added.\n");
    q = quote_of(d, "I would say Tom Hale for the party,");
    CHECK(q && spells(q->source, "he") && speaker_is(d, q, NULL));
    /* (and the report of a participle after the cue) */
    d = run("Headline text\nAnna Berglund said Ivan Dorov was wrong.\n"
            "\"I prefer Ella Moss,\" she said, noting she had backed her "
            "before.\n");
    q = quote_of(d, "she had backed her before");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* A pronoun after a source no name gives is that person's, not an
     * earlier speaker's. */
    d = run("Headline text\n\"It is over,\" Tom Hale said.\nIn the town, "
            "a soldier who declined to give his name said the shelling had "
            "stopped.\n\"We sleep at last,\" he said.\n");
    q = quote_of(d, "the shelling had stopped");
    CHECK(q && spells(q->source, "a soldier who declined to give his name") &&
          speaker_is(d, q, NULL));
    q = quote_of(d, "We sleep at last,");
    CHECK(q && spells(q->source, "he") && speaker_is(d, q, NULL));
    /* "CLAUSE, according to people familiar with it, a shift that
     * ...": the noun phrase that sums the clause up is the writer's; a
     * name's is its own ("according to Zeltrix, a start-up that"). */
    d = run("Headline text\nVorskia may raise output, according to people "
            "familiar with its thinking, a shift that could cut prices. Sales "
            "of phones rose last year, according to Zeltrix, a start-up that "
            "tracks sales.\n");
    q = quote_of(d, "Vorskia may raise output");
    CHECK(q && spells(q->source, "people familiar with its thinking"));
    q = quote_of(d, "Sales of phones rose last year");
    CHECK(q && spells(q->source, "Zeltrix, a start-up that tracks sales"));
    /* "X, asked about Y, said": the question is put to X, who speaks
     * after it; "X, an editor at Y, asked if ..." asks. */
    d = run("Headline text\nTom Hale, asked whether he would run, said he "
            "had not decided. Anna Berglund, an editor at the Vorsk Herald, "
            "asked if the policy would continue.\n");
    q = quote_of(d, "he had not decided");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "if the policy would continue");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* A list of names before the cue is all of the source. */
    d = run("Headline text\nThe foreign ministers of Egypt, Jordan and "
            "Qatar said the attack was illegal. Tom Hale, Anna Berglund and "
            "Ivan Dorov said they would stay.\n");
    q = quote_of(d, "the attack was illegal");
    CHECK(q && spells(q->source,
                      "The foreign ministers of Egypt, Jordan and Qatar"));
    q = quote_of(d, "they would stay");
    CHECK(q && spells(q->source, "Tom Hale, Anna Berglund and Ivan Dorov"));
    /* Names and titles joined by "and" after an inverted cue are all
     * the source; joined titles, then a name: the name speaks. */
    d = run("Headline text\nIvan Dorov spoke.\nThe firm lobbied on gaming, "
            "said Tom Hale and Anna Berglund. \"It is over,\" said former "
            "Vorsk Gov. and party chairman Ella Moss.\n");
    q = quote_of(d, "The firm lobbied on gaming");
    CHECK(q && spells(q->source, "Tom Hale and Anna Berglund"));
    q = quote_of(d, "It is over,");
    CHECK(q && speaker_is(d, q, "Ella Moss"));
    /* Nor does a person's name before a title ("a Trump adviser"). */
    d = run("Headline text\nTom Hale arrived.\nA senior Hale adviser said "
            "he was tired.\n");
    q = quote_of(d, "he was tired");
    CHECK(q && speaker_is(d, q, NULL));
    /* A body's possessive apostrophe before a person's name. */
    d = run("Headline text\nVorsk News\u2019 Ivan Dorov said the vote was "
            "close.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));
    /* "X renewed calls for Y": the verb that makes the noun is part of
     * the cue, and no part of the source. */
    d = run("Headline text\nHousing advocates renewed calls for more "
            "funding.\n");
    q = quote_of(d, "more funding");
    CHECK(q && spells(q->source, "Housing advocates") &&
          spells(q->cue, "renewed calls for"));
    /* An inverted cue's source names someone who may speak: not
     * "X, known as Y, welcomed the agreement in a post on Z". */
    d = run("Headline text\nCommander Tom Vell, known as Hemedti, welcomed "
            "the agreement in a post on Vorskbook, saying his forces were "
            "ready. The plan will fail, said the company's chief "
            "executive.\n");
    q = quote_of(d, "Commander Tom Vell, known as Hemedti");
    CHECK(q == NULL);
    q = quote_of(d, "the agreement");
    CHECK(q && speaker_is(d, q, "Tom Vell"));
    q = quote_of(d, "The plan will fail");
    CHECK(q && spells(q->source, "the company's chief executive"));
    /* "X, 61, of Brelsk, Vorsk, said": where X is from is an aside. */
    d = run("Headline text\nTom Vell, 61, of Brelsk, Vorsk, said he was "
            "shocked.\n");
    q = quote_of(d, "he was shocked");
    CHECK(q && speaker_is(d, q, "Tom Vell"));
    /* "The chain, X, said": the organisation named in apposition after
     * a noun for one speaks, a name no lexicon knows too. */
    d = run(
        "Headline text\nZeltrix Corp. said yes. The chain, Hypermarch\u00e9 "
        "Vorsk, said in an email that it had changed its plans. The "
        "airline, Vorskair, said no.\n");
    q = quote_of(d, "it had changed its plans");
    CHECK(q && speaker_is(d, q, "Hypermarch\u00e9 Vorsk"));
    q = quote_of(d, "no");
    CHECK(q && speaker_is(d, q, "Vorskair"));
    /* A bare form after a preposition or an -ing form is a noun:
     * "against demand worries", "signs of weakening demand". */
    d = run("Headline text\nTraders weighed output cuts against demand "
            "worries and signs of weakening demand in Vorsk.\n");
    CHECK(!has_cue(d, "demand"));
    /* "X has strong support among Y": Y's stance, X its content; not
     * "her support of the plan" (what she supports). */
    d = run("Headline text\nTom Hale has strong support among older voters. "
            "Anna Berglund drew support from union members. Her support of "
            "the tax plan is old.\n");
    q = quote_of(d, "Tom Hale");
    CHECK(q && spells(q->source, "older voters") &&
          spells(q->cue, "has strong support"));
    q = quote_of(d, "Anna Berglund");
    CHECK(q && spells(q->source, "union members"));
    CHECK(quote_of(d, "Her") == NULL);
    /* A bare form after an adverb in -ly and its subject is a verb; a
     * share before "than" is all of the source. */
    d = run("Headline text\nOlder voters, who strongly support Tom Hale, "
            "stayed home. Fewer than half of the voters surveyed support "
            "Anna Berglund.\n");
    q = quote_of(d, "Tom Hale");
    CHECK(q && spells(q->cue, "strongly support"));
    q = quote_of(d, "Anna Berglund");
    CHECK(q && spells(q->source, "Fewer than half of the voters surveyed"));
    /* Who says it follows "than"; a source no name heads loses the
     * function words a broken clause left at its end. */
    d = run("Headline text\nTom Hale has gotten less credit than aides say "
            "he deserves.\n");
    q = quote_of(d, "he deserves");
    CHECK(q && spells(q->source, "aides") && speaker_is(d, q, NULL));
    /* Only a verb of speech or an agent in "by" takes its source after
     * it: not "..., once thought dead even by its supporters,". */
    d = run("Headline text\nWidely derided by politicians on the left and "
            "the right, once thought dead even by its supporters, the plan is "
            "back. The bill, opposed by Senate Republicans, never became "
            "law.\n");
    CHECK(!has_cue(d, "once thought") && !has_cue(d, "thought"));
    q = quote_of(d, "The bill");
    CHECK(q && spells(q->source, "Senate Republicans"));
    /* "The Knoxville, Tennessee-based company said": the city, its
     * comma and the state's compound are one nominal, the company's. */
    d = run("Headline text\nZeltrix Inc. reported a profit. The Vorsk City, "
            "Tennessee-based company said sales grew. The Brelsk, "
            "Maryland-based real estate investment trust said rents rose.\n");
    q = quote_of(d, "sales grew");
    CHECK(q && spells(q->source, "The Vorsk City, Tennessee-based company") &&
          speaker_is(d, q, "Zeltrix Inc."));
    q = quote_of(d, "rents rose");
    CHECK(q && speaker_is(d, q, "Zeltrix Inc."));
    /* "A firm set up after the collapse said": a phrase of time in
     * which no one may speak qualifies the subject before it; one with
     * a speaker opens a clause ("Prices rose after the central bank
     * said"). */
    d = run("Headline text\nA firm set up to buy the assets after the "
            "carmaker's collapse said it had won. Prices rose after the "
            "central bank said it would act.\n");
    q = quote_of(d, "it had won");
    CHECK(q && spells(q->source, "A firm set up to buy the assets after the "
                                 "carmaker's collapse"));
    q = quote_of(d, "it would act");
    CHECK(q && spells(q->source, "the central bank"));
    /* "hopes of a cure for a disease that kills thousands": a verb in
     * -s and its object after "that" make a relative clause, and what
     * is hoped for runs from the cue. */
    d = run("Headline text\nThe result raised hopes of a cure for a "
            "disease that kills more than 600,000 people a year.\n");
    q = quote_of(d, "of a cure for a disease that kills more than 600,000 "
                    "people a year");
    CHECK(q != NULL);
    /* Nor is a participle alone: "..., raising | hopes of ...". */
    d = run("Headline text\nThe trial succeeded, researchers said on "
            "Monday, raising hopes of a cure for a disease that kills "
            "thousands.\n");
    size_t n_raising;
    const fw_quote *raising = fw_doc_quotes(d, &n_raising);
    for (size_t k = 0; raising && k < n_raising; k++)
        CHECK(!spells(raising[k].source, "raising"));
    /* A clause is no source: "X were wasted on calls | opposing". */
    d = run("Headline text\nMillions of dollars were wasted on phone calls "
            "opposing the plan.\n");
    q = quote_of(d, "the plan");
    CHECK(!q || q->source.start == q->source.end);
    /* A titled possessor's spokesman is the name after the possessive. */
    d = run("Headline text\nSecretary-General Tom Hale's spokesman Ivan "
            "Dorov said the talks would resume.\n");
    q = quote_of(d, "the talks would resume");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));
    /* A hearer told nothing, only when; an -s form that is a plural
     * noun after an adjective reports nothing. */
    d = run("Headline text\nA law requires doctors to notify parents before "
            "treating them. The council passed the plan, drawing sharp "
            "rebukes from the mayor.\n");
    CHECK(!has_cue(d, "notify") && !has_cue(d, "rebukes"));
    /* A rubric before a headline's colon, a name of no person and its
     * noun, names no speaker. */
    d = run("Monsoon session: Opposition stages walkout\nText here.\n");
    CHECK(!has_cue(d, ":"));
    /* A title's infinitive in a headline reports nothing. */
    d = run("10 Things to Know for Today\nHere are the stories.\n");
    CHECK(!has_cue(d, "Know"));
    /* "Economists polled by X": X asked them, and does not speak; but
     * "polls compiled by X" are X's. */
    d = run("Headline text\nEconomists polled by Vorsk News expected a "
            "cut. An average of polls compiled by Vorsk News showed a tie.\n");
    q = quote_of(d, "a cut");
    CHECK(q && speaker_is(d, q, NULL));
    q = quote_of(d, "a tie");
    CHECK(q && speaker_is(d, q, "Vorsk News"));
    /* "an ally of X", "the wife of Y": someone of the person speaks;
     * "X ally Z": the name after the noun. */
    d = run("Headline text\nTom Hale arrived.\nA senior ally of Tom Hale "
            "said he was tired. Hale ally Ivan Dorov said it was over.\n");
    q = quote_of(d, "he was tired");
    CHECK(q && speaker_is(d, q, NULL));
    q = quote_of(d, "it was over");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));
    /* An organisation's acronym in brackets between its name and the
     * title of the one who speaks. */
    d = run("Headline text\nVorsk Workers Party (VWP) parliamentary group "
            "leader Ivan Dorov said the vote was close.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));
    /* A body named after a place's possessive and its modifiers speaks,
     * not the place: "Vorsk's state-run Zeltrix News reported". */
    d = run("Headline text\nEgypt's state-run Zeltrix News reported that "
            "talks had ended. Japan's public broadcaster ZTV said the "
            "same.\n");
    q = quote_of(d, "talks had ended");
    CHECK(q && speaker_is(d, q, "Zeltrix News"));
    q = quote_of(d, "the same");
    CHECK(q && speaker_is(d, q, "ZTV"));
    /* Brackets inside a relative clause in apposition; a name with an
     * aside in brackets after it speaks, not the aside's name. */
    d = run("Headline text\nTom Hale, whose party (VWP) has long opposed "
            "the plan, said he was confident of a deal. Dorov (NATO) said "
            "it was over.\n");
    q = quote_of(d, "he was confident of a deal");
    CHECK(q &&
          spells(q->source,
                 "Tom Hale, whose party (VWP) has long opposed the plan") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "it was over");
    CHECK(q && !speaker_is(d, q, "NATO"));
    /* A reduced relative clause: "a punishment the judge said was
     * meant to ...": the judge speaks. */
    d = run("Headline text\nHe got seven years, a punishment the judge said "
            "was meant to send a message.\n");
    q = quote_of(d, "was meant to send a message");
    CHECK(q && spells(q->source, "the judge"));
    /* A tag with its hearer closes the clause before: "..., the campaign
     * told the Vorsk Herald.", "..., two officials told Reuters, a move
     * likely to ..." (the writer's words after it report nothing). */
    d = run("Headline text\nTom Hale plans to call for more spending on "
            "roads, the campaign told the Vorsk Herald. The union will strike "
            "on Monday, two officials told Reuters, a move likely to close "
            "ports.\n");
    q = quote_of(d, "Tom Hale plans to call for more spending on roads");
    CHECK(q && spells(q->source, "the campaign"));
    q = quote_of(d, "The union will strike on Monday");
    CHECK(q && spells(q->source, "two officials"));
    CHECK(quote_of(d, "Reuters, a move likely to close ports") == NULL);
    /* A bare form that is a noun too is a verb after a plural and its
     * relative clause set off by commas. */
    d = run("Headline text\nVorsk carmakers, which sell many cars abroad, "
            "fear tariffs will rise.\n");
    q = quote_of(d, "tariffs will rise");
    CHECK(q && spells(q->cue, "fear") &&
          spells(q->source, "Vorsk carmakers, which sell many cars abroad"));
    /* A name of a body in -s before a bare form is no plural subject
     * ("a United Nations report said"); a participle's phrase set off by
     * commas may hold brackets ("The study, compiled by ... (WFP),"). */
    d = run("Headline text\nHunger rose in 2024, a United Nations report "
            "said on Wednesday. The study, compiled by the World Food "
            "Programme (WFP), found that prices rose.\n");
    q = quote_of(d, "Hunger rose in 2024");
    CHECK(q && spells(q->cue, "said") &&
          spells(q->source, "a United Nations report"));
    q = quote_of(d, "prices rose");
    CHECK(q && spells(q->source, "The study, compiled by the World Food "
                                 "Programme (WFP)"));
    /* A pollster's poll speaks for the pollster. */
    d = run("Headline text\nA new Forsa poll found that support fell. The "
            "Levada Center said the same.\n");
    q = quote_of(d, "support fell");
    CHECK(q && speaker_is(d, q, "Forsa"));
    q = quote_of(d, "the same");
    CHECK(q && speaker_is(d, q, "Levada Center"));
    /* A company's first word alone names it after its full name; those
     * it surveyed speak for no one, and "the company", "it" after them
     * are not the pollster; an employee speaks for no company. */
    d = run(
        "Headline text\nZeltrix Corp. reported earnings. The average "
        "estimate of four analysts surveyed by Morvane Investment "
        "Research was lower. It takes sales and adds fees. Three analysts "
        "surveyed by Morvane expected $5 million. The company said it would "
        "pay a dividend. A former Zeltrix employee said the fees were "
        "high.\n");
    q = quote_of(d, "$5 million");
    CHECK(q && speaker_is(d, q, NULL));
    q = quote_of(d, "it would pay a dividend");
    CHECK(q && speaker_is(d, q, "Zeltrix Corp."));
    q = quote_of(d, "the fees were high");
    CHECK(q && speaker_is(d, q, NULL));
    /* A cue in -s before "for" after a name that is no subject is a
     * noun, the name its owner: "include VWP demands for ...". */
    d = run("Headline text\nSticking points include VWP demands for a "
            "minimum wage. It could blunt Republicans' generalized demands "
            "for change.\n");
    q = quote_of(d, "for a minimum wage");
    CHECK(q && spells(q->source, "VWP"));
    q = quote_of(d, "for change");
    CHECK(q && spells(q->source, "Republicans'"));
    /* "she" past the last two sentences: the one woman named in the few
     * before, when no one else there may be her. */
    d = run("Headline text\nAnna Berglund won in Vorsk. The vote was close. "
            "Turnout was low. Rain fell all day. She said the result was "
            "fair.\n");
    q = quote_of(d, "the result was fair");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* "the group" is any body but a school, a company or a government,
     * its own sentence's subject first. */
    d = run("Headline text\nZeltrix Group analysts raised their forecast. "
            "NATO is expected to meet next week, five sources from the group "
            "told Reuters.\n");
    q = quote_of(d, "NATO is expected to meet next week");
    CHECK(q && speaker_is(d, q, "NATO"));
    /* ", in what she called ..." after a tag is the writer's framing,
     * with a cue of its own. */
    d = run("Headline text\nVorsk will ban phones in schools, Anna Berglund "
            "said, in what she called a \"bold\" move. Vorsk will tax sugar, "
            "Tom Hale announced Thursday, in what he called a \"fair\" "
            "step.\n");
    q = quote_of(d, "Vorsk will ban phones in schools");
    CHECK(q && q->n_parts == 1);
    q = quote_of(d, "Vorsk will tax sugar");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "a \"fair\" step");
    CHECK(q && spells(q->cue, "called"));
    /* A closing tag with a long title and name, and its day: "...,
     * Vorsk Foreign Ministry spokesperson Ann Velk said Monday." */
    d = run("Headline text\nVorsk is willing to work with Brelsk, Vorsk "
            "Foreign Ministry spokesperson Ann Velk said Monday.\n");
    q = quote_of(d, "Vorsk is willing to work with Brelsk");
    CHECK(q && spells(q->cue, "said") && speaker_is(d, q, "Ann Velk"));
    /* (and a noun with its phrase, or "one of" people, after a clause
     * with a cue of its own: the tag is the clause's attribution) */
    d = run("Headline text\nVorsk Motors is considering closing two plants, "
            "three people familiar with the company's plans told Reuters, "
            "as demand falls. The board is expected to meet next week, one "
            "of the people said.\n");
    q = quote_of(d, "Vorsk Motors is considering closing two plants");
    CHECK(q && spells(q->cue, "told") &&
          spells(q->source, "three people familiar with the company's plans"));
    q = quote_of(d, "The board is expected to meet next week");
    CHECK(q && spells(q->cue, "said") &&
          spells(q->source, "one of the people"));
    /* A cue in -ing set off by commas with only its manner or place is
     * an aside of the source ("Justice X, writing separately, said");
     * with an object it reports ("X, citing internal documents,
     * reported"). */
    d = run("Headline text\nJustice Ann Velk, writing separately, said the "
            "court erred. The Vorsk Herald, citing internal documents, "
            "reported that the plan failed.\n");
    q = quote_of(d, "the court erred");
    CHECK(q && spells(q->cue, "said") &&
          spells(q->source, "Justice Ann Velk, writing separately"));
    q = quote_of(d, "internal documents");
    CHECK(q && spells(q->cue, "citing"));
    /* ", without providing evidence" is the writer's remark; ", without
     * raising taxes" may be the speaker's. */
    d = run("Headline text\nTom Hale said the vote was rigged, without "
            "providing evidence. Anna Berglund said she would pay for it, "
            "without raising taxes.\n");
    CHECK(quote_of(d, "the vote was rigged") != NULL);
    CHECK(quote_of(d, "she would pay for it, without raising taxes") != NULL);
    /* A closing tag after a comma inside the closing mark ends the
     * content before it; the tag's speaker's own act is reported once,
     * another's (state media's) holds the act as what it reports. */
    d = run("Headline text\nTom Hale rejected any talks with Vorsk \"under "
            "pressure,\" he said. Anna Berglund rejected the plan \"in "
            "full,\" state media reported.\n");
    q = quote_of(d, "any talks with Vorsk \"under pressure,\"");
    CHECK(q && spells(q->cue, "rejected"));
    q = quote_of(d, "Anna Berglund rejected the plan \"in full,\"");
    CHECK(q && spells(q->cue, "reported"));
    size_t nr, rejected = 0;
    const fw_quote *qs = d ? fw_doc_quotes(d, &nr) : NULL;
    for (size_t i = 0; qs && i < nr; i++)
        rejected += spells(qs[i].cue, "rejected");
    CHECK(rejected == 1); /* (Tom Hale's only) */
    /* "..., X said, days after Y vowed ...": the writer's time. */
    d = run("Headline text\nVorsk fired a missile on Monday, the army said, "
            "days after Brelsk vowed to respond.\n");
    q = quote_of(d, "Vorsk fired a missile on Monday");
    CHECK(q && q->n_parts == 1 && spells(q->source, "the army"));
    /* "basis points", "percentage points" are no cue. */
    d = run("Headline text\nThe bank raised its rate by 100 basis points to "
            "13.25% and signaled another hike.\n");
    CHECK(!has_cue(d, "points to"));
    q = quote_of(d, "another hike");
    CHECK(q && spells(q->source, "The bank"));
    /* "he and X introduced": two subjects of one verb, not a second
     * attribution after "and". */
    d = run("Headline text\nTom Hale told the Vorsk Herald that he and Ivan "
            "Dorov introduced the firms to the charity.\n");
    CHECK(
        quote_of(d, "he and Ivan Dorov introduced the firms to the charity") !=
        NULL);
    /* A relative clause between dashes may run long: "X - which was
     * founded ... and which has ... - said". */
    d = run("Headline text\nThe Vorsk Fund - which was founded by Tom Hale "
            "after his second campaign for the governor's office in Brelsk "
            "and which has endorsed Anna Berglund - said the race was "
            "open.\n");
    q = quote_of(d, "the race was open");
    CHECK(q && speaker_is(d, q, "Vorsk Fund"));
    /* Evidence with only its day after it reports the clause before;
     * a participle alone before a noun that may be a cue is no source. */
    d = run("Headline text\nPrices rose last month, data showed on Monday. "
            "Sales fell, figures showed on Tuesday, complicating plans.\n");
    CHECK(quote_of(d, "Prices rose last month") != NULL);
    q = quote_of(d, "Sales fell");
    CHECK(q && spells(q->source, "figures") && !has_cue(d, "plans"));
    /* "CLAUSE, X said, in the latest of ...": the phrase is the
     * writer's. */
    d = run("Headline text\nThe north fired a missile on Sunday, the army "
            "said, in the latest in a series of tests.\n");
    q = quote_of(d, "The north fired a missile on Sunday");
    CHECK(q && q->n_parts == 1);
    /* ... but "by" after a passive is its agent, the clause's own. */
    d = run("Headline text\nThe plan would be helped, officials said, by "
            "the new budget. The vote was held, she said, in the hall.\n");
    q = quote_of(d, "The plan would be helped");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "by the new budget"));
    q = quote_of(d, "The vote was held");
    CHECK(q && q->n_parts == 1);
    /* "X welcomed the ruling, as did Y": the comparison is the
     * writer's; "consumer group BEUC" is an organisation. */
    d = run("Headline text\nThe Vorsk Cartel Office welcomed the ruling, as "
            "did consumer group VCU.\n");
    q = quote_of(d, "the ruling");
    CHECK(q && q->n_parts == 1);
    /* "CLAUSE, X said, the latest attempt to ...": the writer's. */
    d = run("Headline text\nThe two sides agreed to a truce, mediators "
            "said, the latest attempt to halt the war.\n");
    q = quote_of(d, "The two sides agreed to a truce");
    CHECK(q && q->n_parts == 1);
    /* "CLAUSE, X said, as CLAUSE": the time the writer gives. */
    d = run("Headline text\nA fire forced thousands to flee, officials said, "
            "as Vorsk sweltered through a heatwave.\n");
    q = quote_of(d, "A fire forced thousands to flee");
    CHECK(q && q->n_parts == 1);
    /* A relative clause in a source names no speaker. */
    d = run("Headline text\nTom Hale arrived.\nAides who have worked with "
            "Tom Hale say he is tired.\n");
    q = quote_of(d, "he is tired");
    CHECK(q && speaker_is(d, q, NULL));
    /* An honorific's gender picks among people of one family name. */
    d = run("Headline text\nTom Hale and his wife, Anna Hale, voted. "
            "\"We are hopeful,\" Mrs. Hale said. \"It was close,\" Mr. Hale "
            "said.\n");
    q = quote_of(d, "We are hopeful,");
    CHECK(q && speaker_is(d, q, "Anna Hale"));
    q = quote_of(d, "It was close,");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    /* Asking to stay unnamed reports nothing. */
    d = run("Headline text\nA resident who refused to be identified said the "
            "water was gone. A guard, who did not want to be quoted by name, "
            "said the gates were shut.\n");
    CHECK(!has_cue(d, "refused") && !has_cue(d, "want") &&
          !has_cue(d, "quoted"));
    q = quote_of(d, "the water was gone");
    CHECK(q && spells(q->source, "A resident who refused to be identified"));

    /* A quotation after a mixed or reported one attributed at its end,
     * in its paragraph, is its next part. */
    d = run("Headline text\nThe plan is \"a good start,\" Tom Hale said. "
            "\"We will build on it.\" The mood was calm, Anna Berglund said. "
            "\"Nobody panicked.\"\n");
    q = quote_of(d, "The plan is \"a good start,\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && q->n_parts == 2 &&
          spells(q->parts[1], "We will build on it.") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "The mood was calm");
    CHECK(q && q->kind == FW_QUOTE_MIXED && q->n_parts == 2 &&
          spells(q->parts[1], "Nobody panicked.") &&
          speaker_is(d, q, "Anna Berglund"));
    CHECK(quote_of(d, "We will build on it.") == NULL);
    /* so is a quote-only paragraph right after it */
    d = run("Headline text\nThe plan is \"a good start,\" Tom Hale "
            "said.\n\"We will build on it.\"\n");
    q = quote_of(d, "The plan is \"a good start,\"");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "We will build on it."));

    /* A quote-only paragraph signed in the next, a line that a dash
     * opens, is the signer's; not a subhead between dashes. */
    d = run("Headline text\n\"We will win,\" Tom Hale said.\n\n\"Taxes "
            "are too high.\"\n\n- Anna Berglund, speaking at the fair.\n\n"
            "\"Roads come first.\"\n\n- Tom Hale's long road -\n");
    q = quote_of(d, "Taxes are too high.");
    CHECK(q && speaker_is(d, q, "Anna Berglund") && spells(q->cue, "-") &&
          spells(q->source, "Anna Berglund"));
    q = quote_of(d, "Roads come first.");
    CHECK(q && !spells(q->cue, "-"));

    /* A sentence that quotes words without an attribution of its own,
     * after a direct quotation in its paragraph, goes on with it; a
     * quoted term does not, nor does a sentence with its own cue. */
    d = run("Headline text\n\"The vote was close,\" said Tom Hale, the "
            "mayor. The council \"will have to listen. It has no "
            "choice.\"\n\"We are tired,\" Anna Berglund said. The "
            "\"at-large\" seats are open.\n\"It rained,\" Tom Hale said. "
            "The roads were \"a total mess,\" a driver said.\n");
    q = quote_of(d, "The vote was close,");
    CHECK(q && q->kind == FW_QUOTE_MIXED && q->n_parts == 2 &&
          spells(q->parts[1], "The council \"will have to listen. It has "
                              "no choice.\"") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "We are tired,");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->n_parts == 1);
    q = quote_of(d, "It rained,");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->n_parts == 1);
    /* so after reported words attributed at their end, and after an
     * attribution that reports more ('after she called X to say Y') */
    d = run("Headline text\nThe plan \"has failed,\" Tom Hale said. The "
            "town needs \"a new start, and soon.\"\n\"We lost,\" Anna "
            "Berglund said after she called Tom Hale to say the vote was "
            "over. \"What now? That is the question\" for the town.\n");
    q = quote_of(d, "The plan \"has failed,\"");
    CHECK(q && q->n_parts == 2 && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "We lost,");
    CHECK(q && q->n_parts == 2 && speaker_is(d, q, "Anna Berglund"));

    /* A second verb after "and" goes on with the content, but a second
     * verb of saying is the speaker's act. */
    d = run("Headline text\nTom Hale said he was impressed by the mayor and "
            "liked the way she spoke. Anna Berglund said the vote was fair "
            "and added that it was close.\n");
    CHECK(quote_of(d, "he was impressed by the mayor and liked the way she "
                      "spoke") != NULL);
    CHECK(quote_of(d, "the vote was fair") != NULL);

    /* A clause that holds an attribution of its own is not reported
     * again by a cue after it. */
    d = run("Headline text\nAnna Berglund, a spokeswoman, said that the town "
            "would grow and have \"new homes for all families,\" she "
            "said.\n");
    size_t nq = 0;
    const fw_quote *all = d ? fw_doc_quotes(d, &nq) : NULL;
    CHECK(nq == 1 && all && speaker_is(d, &all[0], "Anna Berglund"));

    /* A sentence quoted whole after the cue is all that was said, not
     * what follows it. */
    d = run("Headline text\nThe crowd chanted, \"Four more years!\" as the "
            "mayor walked in.\n");
    q = quote_of(d, "\"Four more years!\"");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && spells(q->cue, "chanted"));

    /* 'X added: CLAUSE' reports the clause; one that quotes words is
     * mixed. */
    d = run("Headline text\nTom Hale added: the vote was fair. Anna "
            "Berglund said: \"we should have known\" it was coming.\n");
    q = quote_of(d, "the vote was fair");
    CHECK(q && spells(q->cue, "added") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "\"we should have known\" it was coming");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Anna Berglund"));

    /* 'X agreed.' just before a quotation introduces it; a sentence
     * that says something does not. */
    d = run("Headline text\n\"We won,\" Anna Berglund said. Tom Hale "
            "agreed. \"It was a fair vote.\"\nTom Hale said the count was "
            "slow. \"We waited all night.\"\n");
    q = quote_of(d, "It was a fair vote.");
    CHECK(q && spells(q->cue, "agreed") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "We waited all night.");
    CHECK(q && !spells(q->cue, "said"));

    /* A quotation over two paragraphs leaves the first one's closing
     * mark off; a fragment opened mid-clause that lacks its closing mark
     * does not run on. */
    d = run("Headline text\nTom Hale said: \"We will build the road.\n\"It "
            "will take a year,\" he added.\nAnna Berglund said the plan is "
            "\"really a dream.\n\"We have no money,\" she said.\n");
    q = quote_of(d, "We will build the road.");
    CHECK(q && q->n_parts == 2 && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "We have no money,");
    CHECK(q && q->n_parts == 1 && spells(q->source, "she"));
    /* A quotation whose closing mark was left off before the writer's
     * tag ends at the tag's comma, and the tag attributes it; words of
     * the quotation's own that look like a tag stay in it. */
    d = run("Headline text\nThe council met.\n\"The road is late. If it "
            "rains, work stops, Tom Hale said on Friday.\nThe vote is "
            "Monday.\n\"We left, the mayor told reporters in Ely.\nIt "
            "rained.\n\"When I came, he said nothing.\nThe vote is "
            "Monday.\n");
    q = quote_of(d, "The road is late. If it rains, work stops");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && spells(q->cue, "said") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "We left");
    CHECK(q && spells(q->source, "the mayor"));
    q = quote_of(d, "When I came, he said nothing.");
    CHECK(q && q->cue.end == 0);
    /* so with single marks, as British copy quotes, when the next
     * paragraph reopens the quotation; an apostrophe that ends a
     * paragraph opens nothing */
    d = run("Headline text\nTom Hale said: 'We will build the road by "
            "June.\n'It will take a year.'\nThe players' union met.\n'A "
            "good day,' Anna Berglund said.\n");
    q = quote_of(d, "We will build the road by June.");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->n_parts == 2 &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "A good day,");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* (a plural's apostrophe inside a single-quoted quotation closes it
     * not, when a plain closing mark follows) */
    d = run("Headline text\nA spokesman said: 'We understand residents' "
            "anger. Work starts in spring.'\n");
    q = quote_of(d, "We understand residents' anger. Work starts in spring.");
    CHECK(q && q->kind == FW_QUOTE_DIRECT);
    /* (a quoted title may end the sentence before the paragraph's last
     * quotation opens) */
    d = run("Headline text\n\"We will win,\" Tom Hale told CNN's \"State of "
            "the Union.\" \"The bill is bad.\n\"And we say so.\"\n");
    q = quote_of(d, "We will win,");
    CHECK(q && q->n_parts == 3 && spells(q->parts[2], "And we say so."));
    /* '"A" -- an aside of the writer's -- "B," he says': one quotation,
     * A and B its parts */
    d = run("Headline text\n\"The plan\" -- which the council approved "
            "-- \"will fail,\" Tom Hale said.\n");
    q = quote_of(d, "The plan");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->n_parts == 2 &&
          spells(q->parts[1], "will fail,") && speaker_is(d, q, "Tom Hale"));
    /* '"A," he said. "B ¶ "C," he said ...': B goes with A's
     * attribution, C with its own. */
    d = run("Headline text\n\"The road is too narrow,\" Tom Hale said. "
            "\"Trucks cannot pass each other.\n\"And the bridge is old,\" he "
            "said with a sigh. \"It was built in 1900.\"\n");
    q = quote_of(d, "The road is too narrow,");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "Trucks cannot pass "
                              "each other."));
    q = quote_of(d, "And the bridge is old,");
    CHECK(q && q->n_parts == 2 && spells(q->cue, "said"));
    /* '"A," X says. She says B. "C."': a sentence that reports on its
     * own comes between, so C is a quotation of its own, still X's */
    d = run("Headline text\n\"The road is too narrow,\" says Ann Vell, "
            "a nurse. She says trucks should go around. \"It is their "
            "town; they should not be hurt.\"\n");
    q = quote_of(d, "The road is too narrow,");
    CHECK(q && q->n_parts == 1);
    q = quote_of(d, "It is their town; they should not be hurt.");
    CHECK(q && q->n_parts == 1 && speaker_is(d, q, "Ann Vell"));

    /* Verbs that report a clause, never an object. */
    d = run("Headline text\nTom Hale maintained his lead in the polls. Anna "
            "Berglund maintained that the vote was fair. The aide advised "
            "the mayor on taxes.\n");
    CHECK(quote_of(d, "his lead in the polls") == NULL);
    CHECK(quote_of(d, "the vote was fair") != NULL);
    CHECK(!has_cue(d, "advised"));
    /* A short quoted name in what describes a source after a quotation
     * does not end its tag. */
    d = run("Headline text\n\"We will win,\" Tom Hale, wearing a hat and "
            "\"Vote Velmor\" pins, said on Monday.\n");
    q = quote_of(d, "We will win,");
    CHECK(q && spells(q->cue, "said") && speaker_is(d, q, "Tom Hale"));
    /* As a quotation's tag they take their source after them. */
    d = run("Headline text\n\"It was a mistake,\" remembered Tom Hale, a "
            "former aide.\n");
    q = quote_of(d, "It was a mistake,");
    CHECK(q && spells(q->cue, "remembered") && speaker_is(d, q, "Tom Hale"));
    /* "to" after an object opens a clause only for a verb that takes a
     * hearer ("advised travellers to avoid"; not "add changes to") */
    d = run("Headline text\nThe senators failed to add changes to the "
            "bill. The aide advised travellers to avoid the area.\n");
    CHECK(!has_cue(d, "add"));
    CHECK(has_cue(d, "advised"));
    /* A plural after a possessive and words in lower case, then a
     * preposition, is a noun; before an object it is a verb. */
    d = run("Headline text\nTom Hale is putting his campaign pledges into "
            "action. Anna Berglund's lawsuit seeks her reinstatement.\n");
    CHECK(!has_cue(d, "pledges"));
    CHECK(has_cue(d, "seeks"));
    /* A participle after an occasion's noun in a setting qualifies it:
     * the participle after it goes on with the speaker. */
    d = run("Headline text\n\"We face an emergency,\" Anna Berglund said in "
            "a video posted on social media, urging people to stay "
            "indoors.\n");
    CHECK(!has_cue(d, "posted"));
    q = quote_of(d, "people to stay indoors");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* A word in -ly after an article or a possessive is a noun, the
     * source's, not the cue's adverb. */
    d = run("Headline text\nIt was a verdict the victim's family called "
            "\"a step toward justice.\" Tom Hale publicly said the plan "
            "failed.\n");
    CHECK(has_cue(d, "called") && has_cue(d, "publicly said"));

    /* Verbs that report only as a quotation's tag. */
    d = run("Headline text\n\"The way I see it,\" she elaborated, \"no one "
            "is to blame.\" Anna Berglund pressed the button.\n");
    q = quote_of(d, "The way I see it,");
    CHECK(q && spells(q->cue, "elaborated") && q->n_parts == 2);
    CHECK(!has_cue(d, "pressed"));

    /* 'X continued:' ending a paragraph introduces the next one. */
    d = run("Headline text\nThe hall went quiet.\nAnna Berglund "
            "continued:\n\"The vote is ours to lose.\"\n");
    q = quote_of(d, "The vote is ours to lose.");
    CHECK(q && spells(q->cue, "continued") &&
          spells(q->source, "Anna Berglund"));

    /* A cue before its source at a clause's start: 'But, said X,
     * "..."'; not a participle's object ('saying that in X, "..."'). */
    d = run("Headline text\nBut, said Anna Berglund, \"The vote is ours "
            "to lose.\" Later, telling Tom Hale, \"We will win.\"\n");
    q = quote_of(d, "The vote is ours to lose.");
    CHECK(q && spells(q->cue, "said") && spells(q->source, "Anna Berglund"));
    q = quote_of(d, "We will win.");
    CHECK(!q || !spells(q->source, "Tom Hale"));

    /* A cue whose subject is further back: a second verb's ('X started
     * ... and later said, "..."'), the name before "who". */
    d = run("Headline text\nAnna Berglund opened the debate when she spoke "
            "of the budget and later said, \"The vote is ours to lose.\"\n\n"
            "The post came from Tom Hale who wrote, \"We will win.\"\n");
    q = quote_of(d, "The vote is ours to lose.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "We will win.");
    CHECK(q && spells(q->source, "Tom Hale"));
    /* ... or a relative pronoun after a comma, its antecedent speaking */
    d = run("Headline text\nThe bill was backed by Tom Hale, who declared "
            "in the debate room, \"We need it now.\"\n");
    q = quote_of(d, "We need it now.");
    CHECK(q && spells(q->source, "who") && speaker_is(d, q, "Tom Hale"));

    /* A reporting noun after its article and capitalised modifiers is
     * the source, not a cue. */
    d = run("Headline text\nA 2019 Senate Ethics Committee report said "
            "\"no rule was broken.\"\n");
    q = quote_of(d, "no rule was broken.");
    CHECK(q && spells(q->cue, "said") &&
          spells(q->source, "A 2019 Senate Ethics Committee report"));

    /* Verbs of manner report speech: "mused", "retorted", "exclaimed". */
    d = run("Headline text\n\"Taxes must fall,\" mused Tom Hale. \"Never,\" "
            "Anna Berglund retorted.\n");
    q = quote_of(d, "Taxes must fall,");
    CHECK(q && spells(q->cue, "mused") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "Never,");
    CHECK(q && spells(q->cue, "retorted") && speaker_is(d, q, "Anna Berglund"));
    d = run("Headline text\nTom Hale stood up, chanting \"No more "
            "cuts\" outside the hall.\n");
    q = quote_of(d, "\"No more cuts\" outside the hall");
    CHECK(q && spells(q->cue, "chanting"));
    d = run("Headline text\nProtesters gathered, chanting \"No more "
            "cuts\" outside the hall.\n");
    q = quote_of(d, "\"No more cuts\" outside the hall");
    CHECK(q && spells(q->source, "Protesters"));
    /* (the act's time and manner are not the subject's) */
    d = run("Headline text\nA county judge on Friday temporarily halted "
            "the sale, saying the notice was too short.\n");
    q = quote_of(d, "the notice was too short");
    CHECK(q && spells(q->source, "A county judge"));

    /* Words of the writer's own before a colon introduce a quotation of
     * its own, not a part of the one before. */
    d = run("Headline text\n\"We will win,\" Tom Hale said. Later he went "
            "further: \"The vote is ours.\"\n");
    q = quote_of(d, "We will win,");
    CHECK(q && q->n_parts == 1);
    q = quote_of(d, "The vote is ours.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A sentence may open with the cue: 'Said Hale, "..."'. */
    d = run("Headline text\nSaid Tom Hale, \"We will win.\"\n");
    q = quote_of(d, "We will win.");
    CHECK(q && spells(q->cue, "Said") && speaker_is(d, q, "Tom Hale"));

    /* The longest cue before a quotation ("said in a statement"); a
     * relative clause in the source; a participle or "to say" after the
     * subject's own verb. */
    d = run("Headline text\nThe chairman, Tom Hale, said in a statement: "
            "\"The vote is ours.\"\n\nAn aide who works for the mayor said, "
            "\"We will win.\"\n\nAnna Berglund took to the stage, "
            "shouting: \"Taxes must fall.\"\n\nTom Hale went so far as "
            "to say: \"Ports will close.\"\n");
    q = quote_of(d, "The vote is ours.");
    CHECK(q && spells(q->cue, "said in a statement") &&
          spells(q->source, "The chairman, Tom Hale"));
    q = quote_of(d, "We will win.");
    CHECK(q && spells(q->source, "An aide who works for the mayor"));
    q = quote_of(d, "Taxes must fall.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "Ports will close.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A quotation resumes after its attribution and what describes the
     * source: '"A," said X, director of Y, "but B."'. */
    d = run("Headline text\n\"The vote is ours,\" said Anna Berglund, "
            "director of the Coastal Forecast in Oslo, \"but we must "
            "work.\"\n");
    q = quote_of(d, "The vote is ours,");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "but we must work.") &&
          spells(q->source, "Anna Berglund"));

    /* A one-line paragraph that a name and a colon open, as a related
     * story's title. */
    d = run("Headline text\nThe vote is on Monday.\n\nTom Hale: Taxes Will "
            "Not Rise This Year.\n");
    q = quote_of(d, "Taxes Will Not Rise This Year");
    CHECK(q && spells(q->cue, ":") && spells(q->source, "Tom Hale"));

    /* A headline's 'X: "..."'. */
    d = run("Hale: \"We will not back down from this fight\"\n\nTom Hale "
            "spoke in the city on Monday.\n");
    q = quote_of(d, "We will not back down from this fight");
    CHECK(q && spells(q->cue, ":") && speaker_is(d, q, "Tom Hale"));
    /* 'X: "A" B' in a headline is mixed, its quoted words no title. */
    d = run(
        "Hale: \xE2\x80\x98Of Course\xE2\x80\x99 The Deal Is Good\n\nTom Hale "
        "spoke in the city on Monday.\n");
    q = quote_of(d, "\xE2\x80\x98Of Course\xE2\x80\x99 The Deal Is Good");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Tom Hale"));

    /* "X interjected to say:", "X ended by saying:": the subject of the
     * verb before. */
    d = run("Headline text\nTom Hale, who chairs the board, interjected to "
            "say: \"We are not done.\"\n");
    q = quote_of(d, "We are not done.");
    CHECK(q && spells(q->cue, "say") && speaker_is(d, q, "Tom Hale"));
    /* an irregular past too: "took to Twitter to deny" */
    d = run("Headline text\nAnna Berglund took to Twitter to deny the "
            "report. The mayor held a news conference to announce that "
            "taxes would rise.\n");
    q = quote_of(d, "the report");
    CHECK(q && spells(q->source, "Anna Berglund"));
    q = quote_of(d, "taxes would rise");
    CHECK(q && spells(q->source, "The mayor"));
    /* a present tense or an auxiliary too; not an expletive "it" */
    d = run("Headline text\nThe report goes on to claim that costs fell. "
            "Anna Berglund would have to admit that she lost. It is hard to "
            "say that anyone won.\n");
    q = quote_of(d, "costs fell");
    CHECK(q && spells(q->source, "The report"));
    q = quote_of(d, "she lost");
    CHECK(q && spells(q->source, "Anna Berglund"));
    q = quote_of(d, "anyone won");
    CHECK(!q || q->speaker == FW_NONE);
    /* the verb may be a long phrase back: "opened a summit of river
     * nations on Tuesday by pledging" */
    d = run("Headline text\nTom Hale opened a summit of river nations on "
            "Tuesday by pledging to end logging.\n");
    q = quote_of(d, "to end logging");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* A participle after a comma, whose words before hold a verb of
     * their own, is the sentence subject's act; but in a relative
     * clause, the clause's. */
    d = run("Headline text\nQuarnia's president, Tom Hale, went further, "
            "calling for a ban on oil. On Tuesday, Anna Berglund took a "
            "softer line, urging new talks. As the results came in on "
            "Tuesday night, he gave a speech, predicting a win. The senator "
            "was rallying for Ella Moss, who worked the crowd, praising the "
            "plan.\n");
    q = quote_of(d, "a ban on oil");
    CHECK(q && spells(q->source, "Tom Hale"));
    q = quote_of(d, "a win");
    CHECK(q && spells(q->source, "he"));
    q = quote_of(d, "new talks");
    CHECK(q && spells(q->source, "Anna Berglund"));
    q = quote_of(d, "the plan");
    CHECK(q && !spells(q->source, "The senator"));

    /* A report speaks: '," the report said'. */
    d = run("Headline text\n\"Costs will rise,\" the annual report "
            "stated.\n");
    q = quote_of(d, "Costs will rise,");
    CHECK(q && spells(q->cue, "stated") &&
          spells(q->source, "the annual report"));

    /* '"Why?" Hale asked.' stays one sentence. */
    d = run("Headline text\n\"Why now?\" Tom Hale asked.\n");
    q = quote_of(d, "Why now?");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* NYT marks and guillemets. */
    d = run("Headline text\n''Not today,'' Tom Hale said.\n");
    CHECK(quote_of(d, "Not today,") != NULL);
    d = run("Headline text\n\xC2\xAB"
            "Nous verrons\xC2\xBB, a dit Tom Hale, "
            "said Anna Berglund.\n");
    CHECK(quote_of(d, "Nous verrons") != NULL);
    d = run("Headline text\n\xC2\xAB Nous verrons \xC2\xBB, Tom Hale told "
            "reporters.\n");
    q = quote_of(d, "Nous verrons");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* An organisation speaks; so does a place. */
    d = run("Headline text\n\"The talks failed,\" the Kremlin said.\n");
    q = quote_of(d, "The talks failed,");
    CHECK(q && speaker_is(d, q, "Kremlin"));
}

static void test_reported(void)
{
    /* Indirect: "X said (that) CLAUSE", time words skipped. */
    const fw_doc *d = run("Headline text\nTom Hale said on Monday that the "
                          "plan would fail.\n");
    const fw_quote *q = quote_of(d, "the plan would fail");
    CHECK(q && q->kind == FW_QUOTE_INDIRECT && spells(q->cue, "said") &&
          speaker_is(d, q, "Tom Hale"));

    /* ... and the occasion set off by a comma ("noted in an op-ed
     * Thursday, CLAUSE"). */
    d = run("Headline text\nTom Hale noted in an op-ed Thursday, the plan "
            "\"will fail.\"\n");
    q = quote_of(d, "the plan \"will fail.\"");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* Auxiliaries belong to the cue; a clause is not skipped. */
    d = run("Headline text\nTom Hale has said it was wrong to wait.\n");
    q = quote_of(d, "it was wrong to wait");
    CHECK(q && spells(q->cue, "has said"));

    /* At the end: "CLAUSE, X said." and "CLAUSE, said X." */
    d = run("Headline text\nThe economy will grow, the minister said. Prices "
            "will fall, said Tom Hale.\n");
    q = quote_of(d, "The economy will grow");
    CHECK(q && spells(q->source, "the minister") && spells(q->cue, "said"));
    q = quote_of(d, "Prices will fall");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* According to. */
    d = run("Headline text\nAccording to Anna Berglund, the deal is off.\n");
    q = quote_of(d, "the deal is off");
    CHECK(q && spells(q->cue, "According to") &&
          speaker_is(d, q, "Anna Berglund"));
    d = run("Headline text\nAccording to officials and witnesses, the army "
            "fired first.\n");
    q = quote_of(d, "the army fired first");
    CHECK(q && spells(q->source, "officials and witnesses"));

    /* Mixed: a quoted fragment in reported speech. */
    d = run("Headline text\nTom Hale said the plan was \"pretty good\" on "
            "the whole.\n");
    q = quote_of(d, "the plan was \"pretty good\" on the whole");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Tom Hale"));

    /* "..., adding that ..." and "but said ...": the same speaker. */
    d = run("Headline text\nThe ministry said prices rose, adding that wages "
            "fell. Tom Hale said talks were over, but said a deal was "
            "near.\n");
    q = quote_of(d, "wages fell");
    CHECK(q && spells(q->cue, "adding") && q->source.end > q->source.start);
    q = quote_of(d, "a deal was near");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A parenthetical attribution splits the content. */
    d = run("Headline text\nThe vote, Tom Hale said, was a disaster.\n");
    q = quote_of(d, "The vote");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "was a disaster"));
    /* so does an inverted one, past the source's apposition */
    d = run("Headline text\nAny reading of the deal, said Tom Hale, an "
            "expert on trade, would see a retreat. The plan is bad, said "
            "Anna Berglund, a lawyer, who has seen it.\n");
    q = quote_of(d, "Any reading of the deal");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "would see a retreat") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "The plan is bad");
    CHECK(q && q->n_parts == 1);

    /* A relative clause: "who" is the source, its antecedent the
     * speaker, and the content ends with the clause. */
    d = run("Headline text\nTom Hale, who said the plan would fail, left "
            "early.\n");
    q = quote_of(d, "the plan would fail");
    CHECK(q && spells(q->source, "who") && spells(q->cue, "said") &&
          speaker_is(d, q, "Tom Hale"));
    /* (a dash that opened it ends it) */
    d = run("Headline text\nThe group - which has endorsed Tom Hale - said "
            "he would win.\n");
    q = quote_of(d, "he would win");
    CHECK(q && spells(q->source, "The group - which has endorsed Tom Hale"));
    CHECK(quote_of(d, "Tom Hale") != NULL);
    /* (a comma after the cue's time ends it: "which reports on
     * Wednesday, has warned") */
    d = run("Headline text\nZeltrix, which reports on Wednesday, has warned "
            "of weak demand.\n");
    CHECK(!has_cue(d, "reports"));
    /* ... set off by dashes too. */
    d = run("Headline text\nTom Hale - who said the plan would fail - left "
            "early.\n");
    q = quote_of(d, "the plan would fail");
    CHECK(q && spells(q->source, "who") && speaker_is(d, q, "Tom Hale"));
    /* The comma inside a closing mark ends the relative clause too. */
    d = run("Headline text\nTom Hale, who has called the plan \"a sham,\" "
            "left early.\n");
    CHECK(quote_of(d, "the plan \"a sham,\"") != NULL);
    /* So with a time between them. */
    d = run("Headline text\nTom Hale, who on Monday endorsed the plan, left "
            "early.\n");
    q = quote_of(d, "the plan");
    CHECK(q && spells(q->source, "who") && speaker_is(d, q, "Tom Hale"));

    /* The subject of a clause's first verb reports after "and"; "said
     * so" reports one word; ", however" ends a content. */
    d = run("Headline text\nTom Hale thanked the crowd and said it was "
            "great to be home. Nearly half said so in May. Most voters said "
            "taxes were too high, however the rest disagreed.\n");
    q = quote_of(d, "it was great to be home");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "so");
    CHECK(q && spells(q->cue, "said"));
    CHECK(quote_of(d, "taxes were too high") != NULL);

    /* ... past a conjunction that opens the sentence, and past a
     * participle's phrase before the subject */
    d = run("Headline text\nBut the Court of Appeals for the 6th Circuit "
            "overruled and said the state had done enough. Walking to the "
            "door, Tom Hale smiled and said the war changed them.\n");
    q = quote_of(d, "the state had done enough");
    CHECK(q && spells(q->source, "Court of Appeals"));
    q = quote_of(d, "the war changed them");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* An aside of the writer's between the source and its cue is not
     * the source's: "X, for example, said", "X, however, said"; an
     * apposition is */
    d = run("Headline text\nTom Hale, for his part, said the plan was "
            "dead. The mayor, however, said the vote was close. The mayor "
            "of the town, Ann Vell, said the bridge was safe.\n");
    q = quote_of(d, "the plan was dead");
    CHECK(q && spells(q->source, "Tom Hale"));
    q = quote_of(d, "the vote was close");
    CHECK(q && spells(q->source, "The mayor"));
    q = quote_of(d, "the bridge was safe");
    CHECK(q && spells(q->source, "The mayor of the town, Ann Vell"));

    /* The act's time between the source and its cue is not the
     * source's ("X on Sunday said", "X, who ..., last week defended");
     * a time a participle or preposition takes is ("a report published
     * Friday said", "voters of March said") */
    d = run("Headline text\nTom Hale, who leads the team, on Sunday said "
            "the plan was dead. Ann Vell last week said the vote was close. "
            "A report published Friday said the bridge was safe. The "
            "voters of March said the race was over.\n");
    q = quote_of(d, "the plan was dead");
    CHECK(q && spells(q->source, "Tom Hale, who leads the team") &&
          speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the vote was close");
    CHECK(q && spells(q->source, "Ann Vell"));
    q = quote_of(d, "the bridge was safe");
    CHECK(q && spells(q->source, "A report published Friday"));
    q = quote_of(d, "the race was over");
    CHECK(q && spells(q->source, "The voters of March"));

    /* "CLAUSE, X says.": a clause that holds a will or belief of its own
     * is still what X says; one that holds a speech act is not said
     * twice */
    d = run("Headline text\nTom Hale spoke first. The union plans to "
            "watch the case closely, Hale says. Ann Vell said that the "
            "board would resign, she said.\n");
    q = quote_of(d, "The union plans to watch the case closely");
    CHECK(q && spells(q->source, "Hale") && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "Ann Vell said that the board would resign") == NULL);

    /* A preposition whose object stands before the cue reports nothing
     * ("plenty to think about in 2015"); ", but that" before a verb opens
     * no second content ("without mentioning X, but that has begun") */
    d = run("Headline text\nVoters gave us plenty to think about in May. "
            "Tom Hale campaigned without mentioning Ann Vell, but that has "
            "begun to change.\n");
    CHECK(quote_of(d, "about in May") == NULL);
    CHECK(quote_of(d, "has begun to change") == NULL);
    /* A participle after a cue of setting describes the setting, and
     * names no one: "X, in a statement released Monday, denied" */
    d = run("Headline text\nThe town council, in a statement released on "
            "Monday, denied the report.\n");
    CHECK(quote_of(d, "The town council") == NULL);
    q = quote_of(d, "the report");
    CHECK(q && spells(q->cue, "denied"));
    /* "recall" of goods is no memory; a participle after its noun,
     * its time and its agent, qualifies the noun ("documents posted
     * Wednesday by regulators say") */
    d = run("Headline text\nZeltrix is recalling nearly all of its 500,000 "
            "cars. Tom Hale recalled the day in 2001 when the mill shut. "
            "Documents posted Wednesday by regulators say the brakes "
            "failed.\n");
    CHECK(!has_cue(d, "is recalling"));
    CHECK(quote_of(d, "the day in 2001 when the mill shut") != NULL);
    q = quote_of(d, "the brakes failed");
    CHECK(q && spells(q->cue, "say") &&
          spells(q->source, "Documents posted Wednesday by regulators"));
    /* "slammed into" is a motion; "ripped into" a criticism */
    d = run("Headline text\nA truck slammed into the wall on Monday. Tom "
            "Hale ripped into his rival.\n");
    CHECK(!has_cue(d, "slammed") && has_cue(d, "ripped"));
    /* "add to" makes more of something; "added to reporters that"
     * reports */
    d = run("Headline text\nWeak sales added to concerns about the plant. "
            "Tom Hale added to reporters that he would stay.\n");
    CHECK(quote_of(d, "to concerns about the plant") == NULL);
    CHECK(quote_of(d, "he would stay") != NULL);

    /* nor does a clause of time that "as" opens ("as Hale spoke", "as
     * demand surges"); "said as much" and "as the deadline neared, X
     * would" still do */
    d = run("Headline text\nProtesters chanted as Tom Hale spoke. Grainco "
            "lifts forecast as demand surges. Ann Vell said as much. Tom "
            "Hale said as the deadline neared, the union would strike.\n");
    CHECK(!has_cue(d, "chanted") && !has_cue(d, "forecast"));
    CHECK(quote_of(d, "as much") != NULL);
    CHECK(quote_of(d, "as the deadline neared, the union would strike") !=
          NULL);

    /* Words before the cue that end in a preposition and name no one
     * are no source: the subject further back speaks */
    d = run("Headline text\nTom Hale joked that the town was his answer, "
            "but went on to say, \"The budget is too small.\"\n");
    q = quote_of(d, "The budget is too small.");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* A participle after a comma takes the subject of the clause before
     * it, past the phrases that open the sentence */
    d = run("Headline text\nThe day before, at a rally in Beaumont, Tom "
            "Hale was just as blunt, claiming without evidence that the "
            "mayor had lied.\n");
    q = quote_of(d, "the mayor had lied");
    CHECK(q && spells(q->cue, "claiming") && speaker_is(d, q, "Tom Hale"));

    /* "according to X" after a clause that a subordinator leaves open
     * reports what follows the source ("after, according to him,
     * CLAUSE"); after "as expected," it reports the whole sentence, and
     * "expected" nothing */
    d = run("Headline text\nHe left the town after, according to him, the "
            "mayor censured his report. The prize won't be given next week "
            "as many people expected, according to an email from the "
            "union.\n");
    q = quote_of(d, "the mayor censured his report");
    CHECK(q && spells(q->source, "him"));
    q = quote_of(d, "The prize won't be given next week as many people "
                    "expected");
    CHECK(q && spells(q->cue, "according to"));
    CHECK(!has_cue(d, "expected"));

    /* "called it A and said B": two contents, one speaker. */
    d = run("Headline text\nTom Hale called the plan \"a mess\" and said "
            "the council would vote again.\n");
    q = quote_of(d, "the plan \"a mess\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the council would vote again");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "X, Y said, has done Z": the subject before the parenthesis and
     * the rest after it, one content in two parts. */
    d = run("Headline text\nHale, Anna Berglund said, has broken every "
            "promise.\n");
    {
        size_t nq = 0;
        const fw_quote *all = fw_doc_quotes(d, &nq);
        CHECK(nq == 1 && all[0].n_parts == 2 &&
              spells(all[0].parts[1], "has broken every promise") &&
              speaker_is(d, &all[0], "Anna Berglund"));
    }

    /* After a quotation ending in a comma, "!" or "?" inside its marks,
     * a verb in the past that no lexicon lists, beside a person, is its
     * attribution ('"...!" beamed X', '"...," he surmised.'); not after
     * a full stop */
    d = run("Headline text\n\"This is fantastic!\" beamed Tom Hale of "
            "Madison. \"People are afraid,\" he surmised. \"It is done.\" "
            "He smiled.\n");
    q = quote_of(d, "This is fantastic!");
    CHECK(q && spells(q->cue, "beamed") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "People are afraid,");
    CHECK(q && spells(q->cue, "surmised") && spells(q->source, "he"));
    CHECK(!has_cue(d, "smiled"));
    /* A verb listed only as a tag ("barked"), or none listed, is one
     * before a phrase or a second verb too; not before "to" ("continued
     * to"). */
    d = run("Headline text\n\"Go back to your seat,\" Tom Hale barked in "
            "anger. \"Sit down,\" Anna Berglund snapped and left. "
            "\"Quiet,\" she demanded, as Ann Vell continued to speak.\n");
    q = quote_of(d, "Go back to your seat,");
    CHECK(q && spells(q->cue, "barked") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "Sit down,");
    CHECK(q && spells(q->cue, "snapped") && speaker_is(d, q, "Anna Berglund"));
    CHECK(!has_cue(d, "continued"));
    /* "X said A but added, "..."": the second verb's source is the
     * first's, past an opening phrase that names another; not a cue in
     * an opening clause before a comma */
    d = run("Headline text\nSpeaking at the Kelso Club headquarters, Anna "
            "Berglund said it was too early to celebrate but added, \"I "
            "think you all know the results.\" As the crowd began to chant, "
            "Tom Hale was joined on stage by Ann Vell and joked, \"You are "
            "being ridiculous.\"\n");
    q = quote_of(d, "I think you all know the results.");
    CHECK(q && spells(q->cue, "added") && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "You are being ridiculous.");
    CHECK(q && spells(q->cue, "joked") && speaker_is(d, q, "Tom Hale"));
    d = run("Headline text\n\"Enough,\" Tom Hale harrumphed and left.\n");
    q = quote_of(d, "Enough,");
    CHECK(q && spells(q->cue, "harrumphed") && speaker_is(d, q, "Tom Hale"));

    /* A person's act that a colon ends introduces their words. */
    d = run("Headline text\nTom Hale arrived late.\nHe then addressed the "
            "crowd: \"We will not move.\"\n");
    q = quote_of(d, "We will not move.");
    CHECK(q && spells(q->source, "He") && speaker_is(d, q, "Tom Hale"));
    /* ... the person's title and an apposition before the act too */
    d = run("Headline text\nSenate Majority Leader Tom Hale, R-Ky., "
            "delivered a blunt message: \"It is time to quit.\"\n");
    q = quote_of(d, "It is time to quit.");
    CHECK(q && spells(q->source, "Senate Majority Leader Tom Hale") &&
          speaker_is(d, q, "Tom Hale"));

    /* A text speaks by what it reads: '"...," the sign read.'; reading a
     * book reports nothing. */
    d = run("Headline text\n\"Keep out,\" the sign read. Tom Hale read "
            "the book.\n");
    q = quote_of(d, "Keep out,");
    CHECK(q && spells(q->cue, "read") && spells(q->source, "the sign"));
    CHECK(quote_of(d, "the book") == NULL);
    /* what a text reads is reported however capitalised; a title a
     * person reads is not */
    d = run("Headline text\nOne sign read \"Farmers 4 Hale.\" Tom Hale read "
            "\"War and Peace\" twice.\n");
    q = quote_of(d, "Farmers 4 Hale.");
    if (!q)
        q = quote_of(d, "\"Farmers 4 Hale.\"");
    CHECK(q && spells(q->cue, "read") && spells(q->source, "One sign"));
    CHECK(!has_cue(d, "read") ||
          quote_of(d, "\"War and Peace\" twice") == NULL);

    /* "that," opening a phrase before its clause goes on over it; a
     * possessive apostrophe stays in a source; an adjective in -ing is
     * no cue. */
    d = run("Headline text\nPeople with knowledge of the Hales' firm said "
            "that, during the years when the firm was small, Tom Hale ran "
            "it alone. The delays are worrying, Anna Berglund said.\n");
    q = quote_of(d, "during the years when the firm was small, Tom Hale ran "
                    "it alone");
    CHECK(q && spells(q->source, "People with knowledge of the Hales' firm"));
    q = quote_of(d, "The delays are worrying");
    CHECK(q && spells(q->cue, "said") && speaker_is(d, q, "Anna Berglund"));

    /* "when asked which ..." reports the question. */
    d = run("Headline text\n\"Not him,\" Anna Berglund said when asked "
            "which candidate she would back.\n");
    CHECK(quote_of(d, "which candidate she would back") != NULL);

    /* An unpaired dash ends a content, but not before "and that". */
    d = run("Headline text\nTom Hale said the town must act -- and that he "
            "would lead it.\n");
    CHECK(quote_of(d, "the town must act -- and that he would lead it") !=
          NULL);

    /* A noun that a name follows is named, not spoken of; a subject
     * that calls someone something speaks. */
    d = run("Headline text\nA new group called Harbor Votes Matter is "
            "raising money. Tom Hale called the plan \"a disaster.\"\n");
    CHECK(quote_of(d, "the plan \"a disaster.\"") != NULL);
    size_t n_called = 0;
    fw_doc_quotes(d, &n_called);
    CHECK(n_called == 1);

    /* ", after ..." and a short content's ", a NP" are the writer's. */
    d = run("Headline text\nSix in 10 say he is decisive, after half said so "
            "in May. Nearly a third say they are unsure, a high share.\n");
    CHECK(quote_of(d, "he is decisive") != NULL);
    CHECK(quote_of(d, "they are unsure") != NULL);

    /* After a parenthetical attribution, a gerund subject goes on with
     * the content; a participle is the speaker's act. */
    d = run("Headline text\nWhile some clerks could get a warning, Anna "
            "Berglund added, revoking their licences would be harsh.\n");
    q = quote_of(d, "While some clerks could get a warning");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "revoking their licences would be harsh"));

    /* A participle after a number modifies its noun. */
    d = run("Headline text\nTom Hale leads by 271 pledged delegates in the "
            "count.\n");
    CHECK(!has_cue(d, "pledged"));

    /* A relative "that" after a noun speaks for it. */
    d = run("Headline text\nThe rule met opposition from local businesses "
            "that warn it could harm trade.\n");
    q = quote_of(d, "it could harm trade");
    CHECK(q && spells(q->cue, "warn"));

    /* A verb of criticism reports its object. */
    d = run("Headline text\nAnna Berglund slammed the plan to close the "
            "school.\n");
    q = quote_of(d, "the plan to close the school");
    CHECK(q && q->kind == FW_QUOTE_INDIRECT &&
          speaker_is(d, q, "Anna Berglund"));

    /* An act on quoted words reports them; without any, nothing. */
    d = run("Headline text\nTom Hale branded the plan \"a fairy tale\". "
            "Anna Berglund branded the plan.\n");
    q = quote_of(d, "the plan \"a fairy tale\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Tom Hale"));
    size_t n_quotes = 0;
    fw_doc_quotes(d, &n_quotes);
    CHECK(n_quotes == 1);
    /* "..., and he reiterated ...": the writer's clause, not the
     * content. */
    d = run("Headline text\nTom Hale said he was \"the right man,\" and "
            "he repeated his plan.\n");
    q = quote_of(d, "he was \"the right man,\"");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    /* but in a content that quotes words, a clause after ", and" is the
     * speaker's; without quoted words, it is the writer's */
    d = run("Headline text\nTom Hale said the vote was \"a big step,\" and "
            "the town would need to \"keep going\" for years. Anna Berglund "
            "said the vote was close, and the town went home.\n");
    CHECK(quote_of(d, "the vote was \"a big step,\" and the town would need "
                      "to \"keep going\" for years") != NULL);
    CHECK(quote_of(d, "the vote was close") != NULL);
    d = run("Headline text\nTom Hale says the plan is \"negotiable,\" but "
            "only its smallest details.\n");
    CHECK(quote_of(d, "the plan is \"negotiable,\" but only its smallest "
                      "details") != NULL);

    /* '"A," adding, "B"': the participle's subject is the sentence's. */
    d = run("Headline text\nAnna Berglund said she thought, \"This is "
            "odd,\" adding, \"We will see.\"\n");
    q = quote_of(d, "We will see.");
    CHECK(q && spells(q->cue, "adding") && speaker_is(d, q, "Anna Berglund"));

    /* An -s form that may be a plural noun reports only as a verb: after
     * its subject, before "that" or a colon. */
    d = run("Headline text\nShe read news reports from large cities. Tom "
            "Hale reports that the vote was fair.\n");
    q = quote_of(d, "the vote was fair");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    fw_doc_quotes(d, &n_quotes);
    CHECK(n_quotes == 1);

    /* "As X put it, '...'"; "put it on the table" reports nothing. */
    d = run("Headline text\nAs Anna Berglund put it, \"The budget is a "
            "mess.\" Tom Hale put it on the table.\n");
    q = quote_of(d, "The budget is a mess.");
    CHECK(q && spells(q->cue, "put it") && speaker_is(d, q, "Anna Berglund"));
    fw_doc_quotes(d, &n_quotes);
    CHECK(n_quotes == 1);

    /* A quoted title is no one's words. */
    d = run("Headline text\nAnna Berglund thanked \"Silent Harbor\" and "
            "\"The Long Night.\"\n");
    fw_doc_quotes(d, &n_quotes);
    CHECK(n_quotes == 0);
    d = run("Headline text\nAnna Berglund decried the \"dealers in "
            "spin.\" Tom Hale attacked the budget.\n");
    q = quote_of(d, "the \"dealers in spin.\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Anna Berglund"));
    fw_doc_quotes(d, &n_quotes);
    CHECK(n_quotes == 1);

    /* '... a "fair deal," said X': the comma inside the closing mark. */
    d = run("Headline text\nThe accord was a \"fair deal,\" said Tom "
            "Hale, the mayor.\n");
    q = quote_of(d, "The accord was a \"fair deal,\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && speaker_is(d, q, "Tom Hale"));

    /* A quoted fragment that runs on past the sentence's end takes the
     * content with it. */
    d = run("Headline text\nTom Hale told reporters that the rules \"are "
            "fixed. We will leave them so.\" Then he left.\n");
    CHECK(quote_of(d, "the rules \"are fixed. We will leave them so.\"") !=
          NULL);

    /* "said A and that B" and "said A, and that B" are one content;
     * ", but that B" is a second one. */
    d = run("Headline text\nTom Hale said taxes would rise and that wages "
            "would fall. Anna Berglund said the talks were useful, but that "
            "a deal was far off. Tom Hale said prices were high, and that "
            "they would rise.\n");
    CHECK(quote_of(d, "taxes would rise and that wages would fall") != NULL);
    CHECK(quote_of(d, "prices were high, and that they would rise") != NULL);
    CHECK(quote_of(d, "the talks were useful") != NULL);
    q = quote_of(d, "a deal was far off");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* A headline's "Source: words" and a transcript's "NAME: words";
     * a label is no source. */
    d = run("Hale: No deal on taxes this year.\n\nThe talks ended.\n\nHALE: "
            "We will try again in May. It is not over.\n");
    q = quote_of(d, "No deal on taxes this year");
    CHECK(q && spells(q->cue, ":") && spells(q->source, "Hale"));
    /* (a transcript's speaker, to the end of the paragraph) */
    q = quote_of(d, "We will try again in May. It is not over");
    CHECK(q && spells(q->source, "HALE"));
    d = run("Poll: Hale leads in the north\n\nUpdate: the storm moves "
            "north.\n");
    q = quote_of(d, "Hale leads in the north");
    CHECK(q && spells(q->source, "Poll"));
    CHECK(quote_of(d, "the storm moves north") == NULL);
    d = run("The Latest: Hale leads in the north\n\nBYLINE: Anna Berglund\n\n"
            "The polls closed.\n");
    CHECK(quote_of(d, "Hale leads in the north") == NULL);
    CHECK(quote_of(d, "Anna Berglund") == NULL);
    /* A headline in title case inside the body ("Hale Says ..."), not
     * one in capitals */
    d = run("Headline text\nThe debate went on.\n\nTom Hale Says The Vote "
            "Was Rigged\n\nIVAN DOROV SAYS NO\n\nThe debate ended.\n");
    q = quote_of(d, "The Vote Was Rigged");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(!quote_of(d, "NO"));
    /* A wire's headline "... - sources", "... - Kremlin": the words
     * after the dash that ends it are its source (not "Live updates -
     * Vorsk", a place). */
    d = run("Vorsk Motors weighs plant closures as demand stalls - sources\n\n"
            "The text begins here.\n");
    q = quote_of(d, "Vorsk Motors weighs plant closures as demand stalls");
    CHECK(q && spells(q->source, "sources") && spells(q->cue, "-"));
    CHECK(!has_cue(d, "demand"));
    d = run("Vorsk ready for talks on the border - Anna Berglund\n\nThe "
            "text begins here.\n");
    q = quote_of(d, "Vorsk ready for talks on the border");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    d = run("Live updates on the storm - Brelsk, Vorsk\n\nThe text begins "
            "here.\n");
    CHECK(quote_of(d, "Live updates on the storm") == NULL);
    d = run("Q&A: The mayor on the budget\n\nThe polls closed.\n");
    CHECK(quote_of(d, "The mayor on the budget") == NULL);
    /* A headline's participle before "with" or "of" is a passive's. */
    d = run("Former aide charged with lying to police\n\nThe trial opens "
            "soon.\n");
    CHECK(!has_cue(d, "charged"));

    /* An auxiliary with "not" joined to it makes a bare form a verb and
     * belongs to the cue, not to the source. */
    d = run("Headline text\nBut I don't think the plan is the only one. "
            "Tom Hale didn't say the road would close.\n");
    q = quote_of(d, "the plan is the only one");
    CHECK(q && spells(q->cue, "don't think"));
    q = quote_of(d, "the road would close");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* A plural subject with a phrase after it makes a bare cue a verb;
     * a verb's object does not. */
    d = run("Headline text\nAbout 4 in 10 voters in each state want the "
            "tax repealed. The mayor repudiated decades of public support "
            "for the port.\n");
    q = quote_of(d, "the tax repealed");
    CHECK(q && spells(q->cue, "want"));
    CHECK(d && !has_cue(d, "support"));
    d = run("Headline text\nBut few on either side of the debate think the "
            "tax will go.\n");
    q = quote_of(d, "the tax will go");
    CHECK(q && spells(q->cue, "think"));

    /* "denouncing" reports what it denounces. */
    d = run("Headline text\nTom Hale started his campaign by denouncing the "
            "new tax.\n");
    q = quote_of(d, "the new tax");
    CHECK(q && spells(q->cue, "denouncing"));

    /* A participle after a comma reports for the sentence's subject. */
    d = run("Headline text\nTom Hale attacked the plan, saying it would "
            "raise taxes.\n");
    q = quote_of(d, "it would raise taxes");
    CHECK(q && spells(q->cue, "saying") && speaker_is(d, q, "Tom Hale"));

    /* "In a poll ..., CLAUSE": the poll is the source. */
    d = run("Headline text\nIn a Gallup poll released Monday, most voters "
            "chose the plan.\n");
    q = quote_of(d, "most voters chose the plan");
    CHECK(q && spells(q->cue, "In") &&
          spells(q->source, "a Gallup poll released Monday"));
    /* its participle's phrase, set off by commas, is the poll's */
    d = run("Headline text\nIn the latest Gallup poll, conducted in May, "
            "Tom Hale led Anna Berglund by ten points.\n");
    q = quote_of(d, "Tom Hale led Anna Berglund by ten points");
    CHECK(q && spells(q->source, "the latest Gallup poll, conducted in May"));

    /* '"A," X said, "and b."': one quotation in two parts. */
    d = run("Headline text\n\"Prices are high,\" Tom Hale said, \"and wages "
            "are not.\"\n");
    q = quote_of(d, "Prices are high,");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "and wages are not.") &&
          speaker_is(d, q, "Tom Hale"));

    /* '"A," X said, adding that B': B is X's too. */
    d = run("Headline text\n\"Prices are high,\" Tom Hale said, adding that "
            "wages were low.\n");
    q = quote_of(d, "wages were low");
    CHECK(q && spells(q->cue, "adding") && speaker_is(d, q, "Tom Hale"));

    /* "Asked whether ..., X ...": the question, with no source. */
    d = run("Headline text\nAsked whether taxes would rise, Tom Hale "
            "smiled.\n");
    q = quote_of(d, "whether taxes would rise");
    CHECK(q && spells(q->cue, "Asked") && q->source.start == q->source.end);
    d = run("Headline text\nTom Hale smiled when asked on Monday how the "
            "talks went.\n");
    q = quote_of(d, "how the talks went");
    CHECK(q && spells(q->cue, "asked"));

    /* ", referring to ..." ends the content; ", including ..." does not. */
    d = run("Headline text\nTom Hale said taxes would rise, referring to the "
            "budget. Anna Berglund said prices rose, including rents.\n");
    CHECK(quote_of(d, "taxes would rise") != NULL);
    CHECK(quote_of(d, "prices rose, including rents") != NULL);

    /* A parenthetical attribution before a quoted fragment: one mixed
     * quotation in two parts. */
    d = run("Headline text\nThe vote, Tom Hale said, \"was a disaster\" for "
            "all of them.\n");
    q = quote_of(d, "The vote");
    CHECK(q && q->kind == FW_QUOTE_MIXED && q->n_parts == 2 &&
          speaker_is(d, q, "Tom Hale"));

    /* Stances report too: "X supports Y"; "their support" is a noun. */
    d = run("Headline text\nTom Hale supports the new tax. Their support "
            "for the plan grew.\n");
    q = quote_of(d, "the new tax");
    CHECK(q && spells(q->cue, "supports") && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "for the plan grew") == NULL);
    /* A gerund with nothing after it, or its giver, is a noun. */
    d = run("Headline text\nMayors will need solid backing from the "
            "voters, analysts say. Farmers need broad backing, economists "
            "said.\n");
    q = quote_of(d, "Mayors will need solid backing from the voters");
    CHECK(q && spells(q->cue, "say"));
    q = quote_of(d, "Farmers need broad backing");
    CHECK(q && spells(q->cue, "said"));
    d = run("Headline text\nTom Hale ended his tour last week after a "
            "poor showing in the north and will instead focus on the south. "
            "Anna Berglund is hoping for a recount.\n");
    CHECK(d && !has_cue(d, "showing"));
    CHECK(quote_of(d, "for a recount") != NULL);

    /* "CLAUSE, with commas, according to X/Y": the whole clause. */
    d = run("Headline text\nTom Hale won the north, and the south, by ten "
            "points, according to a Times/CBS poll.\n");
    q = quote_of(d, "Tom Hale won the north, and the south, by ten points");
    CHECK(q && spells(q->source, "a Times/CBS poll"));

    /* "CLAUSE, according to X, a Y": the clause is the content; the
     * source runs over its apposition, not over a clause of its own. */
    d = run("Headline text\nForty percent came from women, according to an "
            "analysis by Velora, a fundraising website. Hale still leads, "
            "according "
            "to a tally, but his lead is narrowing.\n");
    q = quote_of(d, "Forty percent came from women");
    CHECK(q &&
          spells(q->source, "an analysis by Velora, a fundraising website"));
    q = quote_of(d, "Hale still leads");
    CHECK(q && spells(q->source, "a tally"));
    /* "A, according to X, B": a short subject, not a setting, goes with
     * its verb after the source */
    d = run("Headline text\nOther concerns, according to the poll, include "
            "age and education.\n");
    q = quote_of(d, "Other concerns");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "include age and education") &&
          spells(q->source, "the poll"));
    /* "A, according to X, another Y, B": the apposition is the
     * source's, the clause goes on after it */
    d = run("Headline text\nAt the heart of the trouble, according to Tom "
            "Hale, another former envoy, was a decision by the mayor.\n");
    q = quote_of(d, "At the heart of the trouble");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "was a decision by the mayor") &&
          spells(q->source, "Tom Hale, another former envoy"));

    /* A bare form that is only a verb is one after any subject ("One in
     * five say"); one that may be a noun is not ("the war plan"). */
    d = run("Headline text\nOne in five say the vote failed. Sources close "
            "to the campaign believe taxes will rise. The war plan was "
            "dropped.\n");
    q = quote_of(d, "the vote failed");
    CHECK(q && spells(q->source, "One in five"));
    q = quote_of(d, "taxes will rise");
    CHECK(q && spells(q->source, "Sources close to the campaign"));
    CHECK(quote_of(d, "was dropped") == NULL);

    /* The hearer may be a name with a cue's spelling ("The Post") and a
     * time after it; an infinitive before "that" is the content. */
    d = run("Headline text\nTom Hale told The Post on Monday that the vote "
            "failed. Taxes will rise, Anna Berglund told CNN earlier this "
            "week. Tom Hale urged the mayors to review the laws that govern "
            "ports.\n");
    q = quote_of(d, "the vote failed");
    CHECK(q && spells(q->source, "Tom Hale"));
    q = quote_of(d, "Taxes will rise");
    CHECK(q && spells(q->source, "Anna Berglund"));
    q = quote_of(d, "the mayors to review the laws that govern ports");
    CHECK(q && spells(q->cue, "urged"));

    /* A content inside an aside ends where the sentence's own verb comes
     * back: "X, after a poll showing A, told Y that B". */
    d = run("Headline text\nTom Hale, after a poll showing his lead had "
            "shrunk, told reporters that he would win.\n");
    q = quote_of(d, "his lead had shrunk");
    CHECK(q && spells(q->cue, "showing"));
    q = quote_of(d, "he would win");
    CHECK(q && spells(q->cue, "told reporters"));

    /* After a quoting cue, "that" is a determiner, not a complementizer:
     * "branded that plan 'a costly mistake'". */
    d = run("Headline text\nTom Hale branded that plan \"a costly "
            "mistake.\"\n");
    q = quote_of(d, "that plan \"a costly mistake.\"");
    CHECK(q && spells(q->cue, "branded"));

    /* A poll named with its article at the sentence's end reports the
     * clause; "in the polls" does not. A content goes on over ",
     * largely because": the reason is the speaker's too. */
    d = run("Headline text\nJust 18 percent of voters back the plan in a new "
            "Velora News poll. Tom Hale leads in the polls. Anna Berglund said "
            "she won, largely because turnout was high.\n");
    q = quote_of(d, "Just 18 percent of voters back the plan");
    CHECK(q && spells(q->source, "a new Velora News poll"));
    CHECK(quote_of(d, "Tom Hale leads") == NULL);
    CHECK(quote_of(d, "she won, largely because turnout was high") != NULL);

    /* "X seemed to Y", "it appears that Z": the writer's own evidence,
     * the clause reported with no source; not "appeared on TV". */
    d = run("Headline text\nAfter the vote, Tom Hale seemed ready to quit. It "
            "appears that the talks failed. Anna Berglund appeared on "
            "television.\n");
    q = quote_of(d, "Tom Hale seemed ready to quit");
    CHECK(q && spells(q->cue, "seemed") && q->source.start == q->source.end);
    q = quote_of(d, "that the talks failed");
    CHECK(q && spells(q->cue, "appears"));
    CHECK(quote_of(d, "television") == NULL &&
          quote_of(d, "Anna Berglund appeared on television") == NULL);

    /* A cue of view reports only "X as Y" or a that-clause. */
    d = run("Headline text\nTom Hale sees the vote as a test of the "
            "government. Anna Berglund saw the film on Monday.\n");
    q = quote_of(d, "the vote as a test of the government");
    CHECK(q && spells(q->cue, "sees") && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "the film on Monday") == NULL);

    /* A cue of stance may take one name or pronoun as its content. */
    d = run("Headline text\nTom Hale endorsed Berglund, but told reporters "
            "that he would not campaign.\n");
    q = quote_of(d, "Berglund");
    CHECK(q && spells(q->cue, "endorsed"));

    /* Quantifiers stand for people: "Some said", "Many say". */
    d = run("Headline text\nSome said the vote failed. Many say taxes will "
            "rise.\n");
    q = quote_of(d, "the vote failed");
    CHECK(q && spells(q->source, "Some"));
    q = quote_of(d, "taxes will rise");
    CHECK(q && spells(q->source, "Many"));

    /* A short aside after a name, "(D-Md.)", belongs to the source. */
    d = run("Headline text\nSen. Tom Hale (D-Md.), chair of the panel, said "
            "the vote failed. Rep. Anna Berglund (R-Ga.) said taxes would "
            "rise.\n");
    q = quote_of(d, "the vote failed");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "taxes would rise");
    CHECK(q && spells(q->source, "Rep. Anna Berglund (R-Ga.)"));

    /* An -s cue that is a plural noun too: after a number, or before a
     * comma with nothing quoted before it. */
    d = run("Headline text\nRebels hold towns, by four local reports, "
            "according to the army. The governor reports that the budget is "
            "balanced.\n");
    q = quote_of(d, "Rebels hold towns, by four local reports");
    CHECK(q && spells(q->source, "the army"));
    q = quote_of(d, "the budget is balanced");
    CHECK(q && spells(q->cue, "reports"));

    /* ... but not before a relative "that", nor after a preposition or a
     * quantifier. */
    d = run("Headline text\nLocal reports that have come in count first. "
            "The polls in reports that voters read were wrong. Many reports "
            "allow early ballots.\n");
    CHECK(d && !has_cue(d, "reports"));

    /* ... nor before an auxiliary, whose subject it is ("the tax plans
     * would"), unless a relative word opens its clause ("which the
     * agency estimates will"). */
    d = run("Headline text\nThe new tax plans would cost a fortune. Such "
            "claims have been made before. The levy, which the agency "
            "estimates will raise $5 billion, passed.\n");
    CHECK(d && !has_cue(d, "plans") && !has_cue(d, "claims"));
    CHECK(has_cue(d, "estimates"));

    /* After a comma, a count and its verb of saying are an attribution
     * of their own ("..., 39 have said B"). */
    d = run("Headline text\nOf the members, 120 senators have said they back "
            "the plan, 39 have said they oppose it.\n");
    CHECK(quote_of(d, "they back the plan") != NULL);
    /* A source opens with no preposition ("with three in 10 saying");
     * "about half of voters" and "at least 40" keep their words. */
    d = run("Headline text\nMost voters backed the plan, with three in 10 "
            "saying taxes were too high. About half of voters said the "
            "plan was fair. At least 40 senators said they would vote no.\n");
    q = quote_of(d, "taxes were too high");
    CHECK(q && spells(q->source, "three in 10"));
    q = quote_of(d, "the plan was fair");
    CHECK(q && spells(q->source, "About half of voters"));
    q = quote_of(d, "they would vote no");
    CHECK(q && spells(q->source, "At least 40 senators"));

    /* ", and" after a list's short items goes on to its last one. */
    d = run("Headline text\nTom Hale said the plan would fund roads, "
            "schools, and new bridges.\n");
    CHECK(quote_of(d, "the plan would fund roads, schools, and new bridges") !=
          NULL);

    /* The setting of the act that closes a content is not said: "in a
     * tweet", "at a press conference", "..., at a rally"; but the time
     * of what a reported clause tells is ("had treated her badly during
     * a phone call"), as is a rally that is not set off ("would not be
     * hurt at his rally"). */
    d = run("Headline text\nTom Hale praised the budget in a tweet on "
            "Sunday. Anna Berglund said the plan was \"a disgrace,\" at a "
            "rally in Ohio. Mark Doyle said the mayor had treated her badly "
            "during a phone call. Rita Lowe said the boy would not be hurt "
            "at his rally.\n");
    CHECK(quote_of(d, "the budget") != NULL);
    CHECK(quote_of(d, "the plan was \"a disgrace,\"") != NULL);
    CHECK(quote_of(d, "the mayor had treated her badly during a phone call") !=
          NULL);
    CHECK(quote_of(d, "the boy would not be hurt at his rally") != NULL);

    /* "A, X said on Saturday, and ...": the time of the act, then the
     * writer's next clause; A is reported. "have claims" is a noun. */
    d = run("Headline text\nThe tool was useful, a spokeswoman said on "
            "Saturday, and it has been used five times. Victory is vital, "
            "Tom Hale said after the vote, because the party was split. "
            "China and Vietnam have claims that the court will hear. Many "
            "firms have plans to grow.\n");
    q = quote_of(d, "The tool was useful");
    CHECK(q && spells(q->source, "a spokeswoman"));
    q = quote_of(d, "Victory is vital");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(!has_cue(d, "claims") && !has_cue(d, "have claims"));
    q = quote_of(d, "to grow");
    CHECK(q && spells(q->source, "Many firms"));

    /* An aside between dashes after the cue is passed over. */
    d = run("Headline text\nTom Hale said -- on the radio, as it happens -- "
            "that the budget was balanced.\n");
    q = quote_of(d, "the budget was balanced");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* The name in apposition to a possessive's noun speaks ("his
     * campaign manager, Jeff Weaver"), not the possessor. */
    d = run("Headline text\nTom Hale spoke first. His campaign manager, "
            "Anna Berglund, said the vote was close.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* A body a person's pronoun names speaks for itself. */
    d = run("Headline text\nTom Hale spoke first. His Vorsk Party said it "
            "would win.\n");
    q = quote_of(d, "it would win");
    CHECK(q && speaker_is(d, q, "Vorsk Party"));

    /* ... and the name in apposition to a source's noun phrase ("The
     * White House spokesman, Josh Earnest, said"), not one in apposition
     * to a phrase's object ("remarks about his rival, X"). */
    d = run("Headline text\nThe White House spokesman, Mark Doyle, said the "
            "vote was close. Tom Hale spoke of his remarks about his rival, "
            "Anna Berglund, who said the plan failed.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && speaker_is(d, q, "Mark Doyle"));

    /* A name of no known entity before a title and a name qualifies
     * them ("DFA spokesman Neil Sroka"); the person speaks. */
    d = run("Headline text\nXQZ spokesman Mark Doyle said the vote was "
            "close.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && speaker_is(d, q, "Mark Doyle"));

    /* So does any name, of a known entity too, before words in lower
     * case and a title with its name ("Reuters technical analyst X",
     * "Sanders senior adviser Y"). */
    d = run("Headline text\nTom Hale spoke first. Prices may rise, "
            "according to Hale senior adviser Anna Berglund. Prices may fall, "
            "said the Acme Bank chief commodity analyst Mark Doyle.\n");
    q = quote_of(d, "Prices may rise");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "Prices may fall");
    CHECK(q && speaker_is(d, q, "Mark Doyle"));
    d = run("Headline text\nIdaho Republican Sen. Anna Berglund said the "
            "plan failed.\n");
    q = quote_of(d, "the plan failed");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* After "X, Y, said", a name that opens a clause with an infinitive
     * is the content's subject, not an inverted source. */
    d = run("Headline text\nTom Hale, a Berglund supporter, said Berglund "
            "aides plan to win the vote.\n");
    q = quote_of(d, "Berglund aides plan to win the vote");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "CLAUSE, X said, a policy that ...": the noun phrase sums the
     * clause up; it is the writer's, not more of what was said. */
    d = run("Headline text\nThe families should be a protected group, Tom "
            "Hale said, a policy that could help them stay.\n");
    q = quote_of(d, "The families should be a protected group");
    CHECK(q && q->n_parts == 1);

    /* "twice" after a cue tells how often, like "again". */
    d = run("Headline text\nTom Hale praised the old rulers - \"He would "
            "have loved it,\" Anna Berglund said twice - and left. He said "
            "twice that the plan was fair.\n");
    CHECK(d && quote_of(d, "twice - and left") == NULL);
    CHECK(quote_of(d, "the plan was fair") != NULL);

    /* A time "over" a span after a cue is the act's, not a content. */
    d = run("Headline text\nTom Hale lost among voters who decided over the "
            "last week.\n");
    CHECK(d && quote_of(d, "over the last week") == NULL);

    /* After a fronted phrase, a subject pronoun is the whole source. */
    d = run("Headline text\nTom Hale spoke first. In New Hampshire he said "
            "the plan was fair.\n");
    q = quote_of(d, "the plan was fair");
    CHECK(q && spells(q->source, "he") && speaker_is(d, q, "Tom Hale"));

    /* ", and," before a participle is no apposition of a source: the
     * clause's subject is. */
    d = run("Headline text\nOn Sunday, Pastor Tom Hale stood in Burlington, "
            "Iowa, and, citing \"the old rule,\" endorsed Anna Berglund.\n");
    q = quote_of(d, "\"the old rule,\"");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A person named after the source's comma speaks: '," said his best
     * friend at Lehigh, X, who ...', "..., said a former spokesman for
     * the ministry, X." */
    d = run("Headline text\nTom Hale spoke. \"It was his first stand,\" said "
            "his best friend at Lehigh, Mark Doyle, who knew him well. The "
            "vote was close, said a former spokesman for the ministry, Anna "
            "Berglund.\n");
    q = quote_of(d, "It was his first stand,");
    CHECK(q && speaker_is(d, q, "Mark Doyle"));
    q = quote_of(d, "The vote was close");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* An aside between dashes that quotes words and holds no cue goes
     * with the content when its clause's verb follows it. */
    d = run("Headline text\nTom Hale said that her safe messages - like \"I "
            "get results\" - were far less compelling.\n");
    CHECK(quote_of(d, "her safe messages - like \"I get results\" - were far "
                      "less compelling") != NULL);
    /* ... or when a preposition follows it: the clause goes on. */
    d = run("Headline text\nTom Hale said that the council might delay the "
            "levy - as well as the \"pause\" in the fare rise - in that "
            "budget.\n");
    CHECK(quote_of(d, "the council might delay the levy - as well as the "
                      "\"pause\" in the fare rise - in that budget") != NULL);

    /* "according to ADJ reports from X": the report noun is the
     * source's own, not a cue. */
    d = run("Headline text\nAccording to exclusive reports from the "
            "convention, delegates were still angry.\n");
    q = quote_of(d, "delegates were still angry");
    CHECK(q && spells(q->source, "exclusive reports from the convention"));

    /* "add back", "add up": a sum, not a remark. */
    d = run("Headline text\nThe firm adds back items such as rent. The "
            "figures do not add up. \"No,\" Tom Hale added.\n");
    CHECK(d && !has_cue(d, "adds") && has_cue(d, "added"));

    /* A vote is an act, not a report of words or thought. */
    d = run("Headline text\nThe council voted to build new lanes. Tom Hale "
            "votes against the budget.\n");
    CHECK(d && !has_cue(d, "voted") && !has_cue(d, "votes"));

    /* "continued" reports only as a quotation's tag or before a colon,
     * not with an object or an infinitive. */
    d = run("Headline text\nAnna Berglund continued her tour of the north. "
            "Tom Hale continues to lead in the polls.\n");
    CHECK(d && !has_cue(d, "continued") && !has_cue(d, "continues"));
    /* So "went on"; and "known" reports only a clause ("it is known
     * that"), not a name or a reputation ("known as", "known for"). */
    d = run("Headline text\nThe mayor went on to win the race. The vote "
            "known as the Big Count ended. Tom Hale is known for his "
            "temper. \"We will win,\" Anna Berglund went on.\n");
    CHECK(d && !has_cue(d, "known") && !quote_of(d, "to win the race"));
    q = quote_of(d, "We will win,");
    CHECK(q && spells(q->cue, "went on"));
    /* "projects" reports only a clause: the noun does not. */
    d = run("Headline text\nIn addition to buying permits from cleaner "
            "firms, plants could buy permits from \"offsets\" around the "
            "world, projects capturing methane from farms, for instance.\n");
    CHECK(d && !has_cue(d, "projects"));

    /* A comma inside a closing mark ends the clause as a bare one does,
     * and the participle after it has the first verb's subject. */
    d = run("Headline text\nTom Hale said the plan was \"dead,\" adding that "
            "the vote would wait.\n");
    q = quote_of(d, "the plan was \"dead,\"");
    CHECK(q && spells(q->cue, "said"));
    q = quote_of(d, "the vote would wait");
    CHECK(q && spells(q->cue, "adding") && speaker_is(d, q, "Tom Hale"));

    /* An auxiliary after a comma is the sentence's verb coming back,
     * unless the aside opened inside the content. */
    d = run("Headline text\nThe Hale Fund, a group backing Anna Berglund, "
            "has been spending heavily. Tom Hale said the plan, which was "
            "drafted in May, has failed.\n");
    q = quote_of(d, "Anna Berglund");
    CHECK(q && spells(q->cue, "backing"));
    CHECK(quote_of(d, "the plan, which was drafted in May, has failed") !=
          NULL);

    /* "that" after a setting that opens with a preposition. */
    d = run("Headline text\nTom Hale was cautious, stating in an interview on "
            "the evening news with Anna Berglund that the economy was "
            "fragile.\n");
    q = quote_of(d, "the economy was fragile");
    CHECK(q && spells(q->cue, "stating"));

    /* A cue word that is no verb where it stands does not cut a source
     * short, and a subject of words alone is a source. */
    d = run("Headline text\nThe party's nominee and former secretary of "
            "state said the treaty was fair.\n");
    q = quote_of(d, "the treaty was fair");
    CHECK(q && q->source.end > q->source.start && spells(q->cue, "said"));
    /* and one with a short phrase before its verb */
    d = run("Headline text\nOne aide inside the campaign tried to play it "
            "down, saying it was \"not a big deal.\"\n");
    q = quote_of(d, "it was \"not a big deal.\"");
    CHECK(q && spells(q->source, "One aide inside the campaign"));
    /* so is one before an auxiliary, for a participle after a comma */
    d = run("Headline text\nThe magazine has been firm in its opposition to "
            "the plan, arguing it is \"a costly mistake.\"\n");
    q = quote_of(d, "it is \"a costly mistake.\"");
    CHECK(q && spells(q->source, "The magazine") && spells(q->cue, "arguing"));

    /* A preposition in -ing is no participle of the speaker's act; a
     * relative clause after quoted words and "when it comes to" go on. */
    d = run("Headline text\nTom Hale said he blamed the board, during its "
            "long tenure, for the losses. Anna Berglund said the firm was a "
            "\"good citizen,\" which gave back to charities. Tom Hale said "
            "the board had not done its \"homework\" when it comes to "
            "taxes.\n");
    CHECK(quote_of(d, "he blamed the board, during its long tenure, for the "
                      "losses") != NULL);
    CHECK(quote_of(d, "the firm was a \"good citizen,\" which gave back to "
                      "charities") != NULL);
    CHECK(quote_of(d, "the board had not done its \"homework\" when it "
                      "comes to taxes") != NULL);

    /* A clause in "when" is the content's, unless it tells when the one
     * person did something ("when he met her", "when asked"). */
    d = run("Headline text\nTom Hale said the board erred at a time when "
            "sales were falling. Anna Berglund said many staff feel torn "
            "when they go back to work. Tom Hale said the firm should have "
            "signed the deal when he met its owner.\n");
    CHECK(quote_of(d, "the board erred at a time when sales were falling") !=
          NULL);
    CHECK(quote_of(d, "many staff feel torn when they go back to work") !=
          NULL);
    CHECK(quote_of(d, "the firm should have signed the deal") != NULL);
    d = run("Headline text\nTom Hale called the plan a relic when I asked "
            "him about it.\n");
    CHECK(quote_of(d, "the plan a relic") != NULL);

    /* "CLAUSE, X said <when and where>.": a longer setting after a
     * clause and its comma, "Wednesday morning" too. */
    d = run("Headline text\nThe firm has shifted its stance, Tom Hale said "
            "during his speech to the delegates in the city hall. Its sales "
            "fell, Anna Berglund said Wednesday morning on the radio.\n");
    CHECK(quote_of(d, "The firm has shifted its stance") != NULL);
    CHECK(quote_of(d, "Its sales fell") != NULL);

    /* A dash that opens the content's own elaboration goes on ("--
     * particularly X"), as does a suspended hyphen ("second- or
     * third-tier"). */
    d = run("Headline text\nTom Hale said the board should resign - "
            "particularly its chairman. Anna Berglund said tax is a second- "
            "or third-tier issue for voters.\n");
    CHECK(quote_of(d, "the board should resign - particularly its "
                      "chairman") != NULL);
    CHECK(quote_of(d, "tax is a second- or third-tier issue for voters") !=
          NULL);

    /* "as he ..." after a content tells when the act was. */
    d = run("Headline text\nTom Hale urged voters to stay calm as he left "
            "the hall.\n");
    CHECK(quote_of(d, "voters to stay calm") != NULL);
    /* so is a hearer a mention names: "urged him to", "urged the
     * judge to" */
    d = run("Headline text\nTom Hale urged the judge to act. Anna Berglund "
            "urged him to resign.\n");
    CHECK(quote_of(d, "the judge to act") != NULL);
    CHECK(quote_of(d, "him to resign") != NULL);

    /* After "and", a verb of will in the present is the content's own;
     * one in the past is the speaker's next act. */
    d = run("Headline text\nTom Hale said the firm is sound and wants to "
            "grow. Anna Berglund said the plan failed and vowed to fight "
            "on.\n");
    CHECK(quote_of(d, "the firm is sound and wants to grow") != NULL);
    CHECK(quote_of(d, "the plan failed") != NULL);

    /* A colon inside a content goes on to what it introduces. */
    d = run("Headline text\nTom Hale said he knew two men in the firm: Ann "
            "Vell and her brother.\n");
    CHECK(quote_of(d, "he knew two men in the firm: Ann Vell and her "
                      "brother") != NULL);

    /* A parenthesis with a pronoun hearer: "the partner told them,". */
    d = run("Headline text\nThe fix, the partner told them, was simple.\n");
    q = quote_of(d, "The fix");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "was simple"));

    /* "who said" after a noun phrase that names no one we know: that
     * phrase, after the verb before it, is the source. */
    d = run("Headline text\nThe last question was from a young child, who "
            "said his father drove him to the event.\n");
    q = quote_of(d, "his father drove him to the event");
    CHECK(q && spells(q->source, "a young child"));

    /* A participle before its noun qualifies it: no cue. */
    d = run("Headline text\nThe state has the most pledged delegates in the "
            "race. Anna Berglund made a politically charged visit to "
            "the town.\n");
    CHECK(d && !has_cue(d, "pledged") && !has_cue(d, "charged"));
    /* after a preposition too */
    d = run("Headline text\nThe senator trails in pledged delegates by a "
            "wide margin. The fund paid for reported repairs to the "
            "school.\n");
    CHECK(d && !has_cue(d, "pledged") && !has_cue(d, "reported"));

    /* "found" after "to" or "helped" is to set up, not to find. */
    d = run("Headline text\nAnna Berglund helped found the group that "
            "runs the shelter.\n");
    CHECK(d && !has_cue(d, "found"));

    /* A comparison reports nothing. */
    d = run("Headline text\nThat the night was calmer than expected can "
            "be credited to the police.\n");
    CHECK(d && !has_cue(d, "expected"));

    /* A verb of change before an amount reports nothing. */
    d = run("Headline text\nShares of the firm added 6 cents. Exports "
            "declined 4 percent in May, and the mayor added that the plan "
            "was sound.\n");
    CHECK(d && !quote_of(d, "6 cents") && !quote_of(d, "4 percent in May"));
    q = quote_of(d, "the plan was sound");
    CHECK(q && spells(q->cue, "added"));
    /* (nor a score: "added a second from the penalty spot", "added
     * another"; but '"...," added another official' is a tag) */
    d = run("Headline text\nTom Hale added a second from the penalty spot. "
            "Anna Berglund added another in stoppage time. \"It is over,\" "
            "added another official.\n");
    CHECK(d && !has_cue(d, "added a second") &&
          !quote_of(d, "a second from the penalty spot") &&
          !quote_of(d, "another in stoppage time"));
    q = quote_of(d, "It is over,");
    CHECK(q && spells(q->source, "another official"));

    /* '"...," X said, according to Y': where the attribution comes from,
     * no report of its own. */
    d = run("Headline text\n\"We will not protest,\" Tom Hale said, "
            "according to the Velora Times.\n");
    CHECK(quote_of(d, "Tom Hale said") == NULL);
    q = quote_of(d, "We will not protest,");
    CHECK(q && spells(q->cue, "said"));
    /* A name's possessive after "said" opens the content's subject; the
     * source is before the cue, past a longer phrase after its noun. */
    d = run("Headline text\nThe county's chairman, Tom Hale, for example, "
            "said Ella Moss's visit to Boston -- a big city -- would help. "
            "Officers with no direct knowledge of the case objected and said "
            "the plan was right.\n");
    q = quote_of(d, "Ella Moss's visit to Boston -- a big city -- would help");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the plan was right");
    CHECK(q &&
          spells(q->source, "Officers with no direct knowledge of the case"));
    /* so with the act's circumstances after the cue */
    d = run("Headline text\n\"We will not protest,\" Tom Hale said at a "
            "news conference on Monday, according to the Velora Times.\n");
    CHECK(quote_of(d, "Tom Hale said at a news conference on Monday") == NULL);

    /* "As reported by X, CLAUSE"; an aside in parentheses after the
     * source's name, up to ten tokens. */
    d = run("Headline text\nAs reported by the Velora Times, the mayor was "
            "warned twice. Tom Hale (who has led the firm since 2010) said "
            "the deal was sound.\n");
    q = quote_of(d, "the mayor was warned twice");
    CHECK(q && spells(q->source, "the Velora Times"));
    q = quote_of(d, "the deal was sound");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A name that a cue of stance takes is its whole content; when or
     * where follows ("endorsed X in early June"), but a reason does not
     * ("criticized X for Y"). */
    d = run("Headline text\nAnna Berglund endorsed Tom Hale in early June, "
            "after a long debate. Ann Vell criticized Tom Hale for his "
            "votes.\n");
    q = quote_of(d, "Tom Hale");
    CHECK(q && spells(q->cue, "endorsed"));
    CHECK(quote_of(d, "Tom Hale for his votes") != NULL);
    d = run("Headline text\nAnna Berglund has not endorsed Tom Hale or "
            "conceded the race.\n");
    CHECK(quote_of(d, "Tom Hale") != NULL);

    /* "said yes, ...": the answer is the content. */
    d = run("Headline text\nAsked if the plan was legal, most voters said "
            "yes, compared with a third a year ago.\n");
    q = quote_of(d, "yes");
    CHECK(q && spells(q->cue, "said"));

    /* A question asked may quote words. */
    d = run("Headline text\nAsked if the mayor is \"fit to serve,\" most "
            "voters said no.\n");
    q = quote_of(d, "if the mayor is \"fit to serve,\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && spells(q->cue, "Asked"));

    /* Shares and one of several speak: "4 in 10 said", "One says". */
    d = run("Headline text\nMore than 4 in 10 said the law was unfair. One "
            "says the tax is too high.\n");
    q = quote_of(d, "the law was unfair");
    CHECK(q && spells(q->source, "More than 4 in 10"));
    q = quote_of(d, "the tax is too high");
    CHECK(q && spells(q->source, "One"));

    /* An adverb set off by commas before "that" is no content. */
    d = run("Headline text\nAides told the paper, however, that the talks "
            "had failed.\n");
    CHECK(quote_of(d, "the talks had failed") != NULL);

    /* A source may hold an aside set off by dashes. */
    d = run("Headline text\nMayors - and some governors - say the law "
            "costs too much.\n");
    q = quote_of(d, "the law costs too much");
    CHECK(q && spells(q->source, "Mayors - and some governors"));

    /* A content inside a subordinate clause that opens the sentence ends
     * at that clause's comma, after "But" too. */
    d = run("Headline text\nBut while Tom Hale insisted the firm was "
            "sound, its shares kept falling.\n");
    CHECK(quote_of(d, "the firm was sound") != NULL);

    /* An apposition that describes the name ending the content is the
     * writer's ("..., the former governor"). */
    d = run("Headline text\nTom Hale said he would back Ann Vell, the "
            "former mayor of the town.\n");
    CHECK(quote_of(d, "he would back Ann Vell") != NULL);
    /* so is one after any noun phrase, whose own clause qualifies it
     * ("the firm the party hired", "the deal that ..."); but a noun
     * phrase with a verb of its own after its head is the subject of a
     * clause, and one with "and" after it an item of a list */
    d = run("Headline text\nTom Hale said the warning came from "
            "analysts at Brightwater, the firm the party has hired to "
            "audit the vote. Ann Vell said she opposed the treaty, the "
            "1994 deal that opened the border. Tom Hale said that when "
            "it ended, the rate at the bank would rise. Ann Vell said "
            "the mayor spoke of the river, the bridge and the old mill.\n");
    CHECK(quote_of(d, "the warning came from analysts at Brightwater") != NULL);
    CHECK(quote_of(d, "she opposed the treaty") != NULL);
    CHECK(quote_of(d, "when it ended, the rate at the bank would rise") !=
          NULL);
    CHECK(quote_of(d, "the mayor spoke of the river, the bridge and the "
                      "old mill") != NULL);
    /* ", and" before a modal goes on with the same subject's predicate */
    d = run("Headline text\nAnn Vell said she hoped to win the seat, and "
            "then would fight for the mill.\n");
    CHECK(quote_of(d, "she hoped to win the seat, and then would fight for "
                      "the mill") != NULL);
    /* a relative clause set off by commas, after which the content's
     * own predicate goes on, is the content's ("..., who won ..., would
     * ...") */
    d = run("Headline text\nAnn Vell said that the youngest member of "
            "the board, who won the county last week, would likely carry "
            "the state.\n");
    CHECK(quote_of(d, "the youngest member of the board, who won the county "
                      "last week, would likely carry the state") != NULL);
    /* ", but" goes on after a negation the content opened ("not X, but
     * Y"), before a negated auxiliary, and between two "that" clauses;
     * not before a clause with a subject pronoun of its own */
    d = run("Headline text\nAnn Vell said the threat is not the river, but "
            "rather the old dam. Tom Hale said that he had seen the "
            "letter, but couldn't show it. Ann Vell said that the mill was "
            "closing, but that the jobs would stay. Tom Hale said he "
            "would not run, but he has kept his office open.\n");
    CHECK(quote_of(d, "the threat is not the river, but rather the old dam") !=
          NULL);
    CHECK(quote_of(d, "he had seen the letter, but couldn't show it") != NULL);
    CHECK(quote_of(d, "the mill was closing, but that the jobs would stay") !=
          NULL);
    CHECK(quote_of(d, "he would not run") != NULL);
    /* ", while" sets figures against figures in one finding; elsewhere
     * it opens the writer's clause */
    d = run("Headline text\nThe poll found 28 percent backed Tom Hale, "
            "while 23 percent favored Ann Vell. Tom Hale said the mill "
            "would close, while his aides kept quiet.\n");
    CHECK(quote_of(d, "28 percent backed Tom Hale, while 23 percent favored "
                      "Ann Vell") != NULL);
    CHECK(quote_of(d, "the mill would close") != NULL);
    /* a name after the comma names the thing ("his signature law, the
     * Clean Water Act"), and a list of noun phrases goes on */
    d = run("Headline text\nTom Hale said he supports the mayor's "
            "signature law, the Clean Water Act. Ann Vell said the town "
            "faces the decay of its roads, the lack of jobs, the flight "
            "of the young.\n");
    CHECK(quote_of(d, "he supports the mayor's signature law, the Clean "
                      "Water Act") != NULL);
    CHECK(quote_of(d, "the town faces the decay of its roads, the lack of "
                      "jobs, the flight of the young") != NULL);

    /* A quotation that ends a reported clause opened before it ("that
     * if ...,") is part of that clause's content. */
    d = run("Headline text\nTom Hale warned that if the board wants his "
            "seat, \"come and take it.\"\n");
    q = quote_of(d, "if the board wants his seat, \"come and take it.\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && spells(q->cue, "warned"));

    /* A report inside what another reports is part of it, not one of
     * its own; but inside what only seems so, it is the report. */
    d = run("Headline text\nLater, Tom Hale said, he realized that the "
            "board had lied. Anna Berglund seemed to mock the plan as "
            "\"a fantasy.\"\n");
    CHECK(quote_of(d, "Later") != NULL);
    CHECK(quote_of(d, "the board had lied") == NULL);
    CHECK(quote_of(d, "the plan as \"a fantasy.\"") != NULL);
    /* an outer one found later (a transcript's "NAME:") holds it too */
    d = run("Headline text\nHALE: Well, I think the whole town needs to "
            "work together, and I know people are scared.\n");
    CHECK(quote_of(d, "people are scared") == NULL);
    CHECK(quote_of(d, "Anna Berglund seemed to mock the plan as \"a "
                      "fantasy.\"") == NULL);

    /* A noun cue reports the clause after its "that", its possessive
     * the source; not a relative clause ("the claim that he made"). */
    d = run("Headline text\nTom Hale’s warning that the deal would fail "
            "was ignored. Critics ignored her assertion during the debate that "
            "the plan was working. The claim that he made was false. There "
            "were allegations that the vote had been rigged.\n");
    q = quote_of(d, "the deal would fail");
    CHECK(q && spells(q->cue, "warning") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the plan was working");
    CHECK(q && spells(q->cue, "assertion") && spells(q->source, "her"));
    q = quote_of(d, "the vote had been rigged");
    CHECK(q && spells(q->cue, "allegations") &&
          q->source.end == q->source.start);
    CHECK(!has_cue(d, "claim"));
    /* An adjective may stand between the possessive and the noun; a
     * verb in the past after the clause's own verb is the sentence's. */
    d = run("Headline text\nTom Hale’s bold suggestion that the mill was "
            "safe angered workers.\n");
    q = quote_of(d, "the mill was safe");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* Verbs of restating and topic: "reiterated", "pointed to",
     * "talked about". */
    d = run("Headline text\nTom Hale reiterated that the budget was "
            "balanced. Anna Berglund pointed to the rising cost of housing. "
            "Tom Hale talked about the closing of the mill.\n");
    q = quote_of(d, "the budget was balanced");
    CHECK(q && spells(q->cue, "reiterated"));
    q = quote_of(d, "the rising cost of housing");
    CHECK(q && spells(q->cue, "pointed to") &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "the closing of the mill");
    CHECK(q && spells(q->cue, "talked about"));

    /* A short phrase of place, time or means after a cue is the act's
     * circumstance, not what was said; a lead before the parenthesis
     * still starts the content. */
    d = run("Headline text\nTom Hale argued during a rally. Anna Berglund "
            "wrote on her blog. In Boston, Tom Hale said, the mood was "
            "grim.\n");
    CHECK(quote_of(d, "during a rally") == NULL);
    CHECK(quote_of(d, "on her blog") == NULL);
    q = quote_of(d, "In Boston");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "the mood was grim"));

    /* A dash that no second one closes ends a content; a pair of them
     * sets off an aside inside it. */
    d = run("Headline text\nTom Hale said the city would cut the budget -- "
            "a move that angered unions. Anna Berglund said the plan -- "
            "drafted in May -- had failed.\n");
    CHECK(quote_of(d, "the city would cut the budget") != NULL);
    CHECK(quote_of(d, "the plan -- drafted in May -- had failed") != NULL);

    /* A quantifier floated before the verb: "will all support". */
    d = run("Headline text\nThe senators will all support the party's "
            "effort to ban the weapons.\n");
    q = quote_of(d, "the party's effort to ban the weapons");
    CHECK(q && spells(q->cue, "will all support"));

    /* A noun phrase after a comma that sums the clause up ends it; the
     * speaker's next act after a subordinator does too. */
    d = run("Headline text\nTom Hale said the rally would be calm, a swipe "
            "at his rivals. Anna Berglund said the deal was dead before "
            "claiming that taxes would rise. Tom Hale said the mayor, a "
            "Democrat, would veto it.\n");
    CHECK(quote_of(d, "the rally would be calm") != NULL);
    CHECK(quote_of(d, "the deal was dead") != NULL);
    q = quote_of(d, "taxes would rise");
    CHECK(q && spells(q->cue, "claiming"));
    CHECK(quote_of(d, "the mayor, a Democrat, would veto it") != NULL);
    d = run("Headline text\nTom Hale wrote that his rival was a \"loser,\" a "
            "\"liar\" and a \"whiner.\"\n");
    CHECK(quote_of(d, "his rival was a \"loser,\" a \"liar\" and a "
                      "\"whiner.\"") != NULL);

    /* A hearer named with a place in commas: "told diners at a Salem,
     * Oregon, cafe that". */
    d = run("Headline text\nAnna Berglund told diners at a Salem, Oregon, "
            "cafe that the vote was close.\n");
    q = quote_of(d, "the vote was close");
    CHECK(q && spells(q->cue, "told"));

    /* "CLAUSE, X said Tuesday.": when or where it was said, after the
     * cue, leaves the clause before it reported; a setting after a cue
     * is no cue of its own. */
    d = run("Headline text\nThe talks will resume next week, officials "
            "said Tuesday. The plant will close, Tom Hale said at a rally. "
            "Anna Berglund told reporters in an interview.\n");
    q = quote_of(d, "The talks will resume next week");
    CHECK(q && spells(q->source, "officials"));
    q = quote_of(d, "The plant will close");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(!has_cue(d, "in an interview"));

    /* Time phrases after the cue ("late Monday", "earlier this week");
     * "..., X said, citing ..." is no second part; "to find" without its
     * clause reports nothing. */
    d = run("Headline text\nThe border will reopen, the ministry said late "
            "Monday. The rebels took the town, a spokesman said earlier this "
            "week. The deal was off, the ministry said, citing security "
            "concerns. Tom Hale was unable to find a buyer.\n");
    CHECK(quote_of(d, "The border will reopen") != NULL);
    CHECK(quote_of(d, "The rebels took the town") != NULL);
    q = quote_of(d, "The deal was off");
    CHECK(q && q->n_parts == 1);
    CHECK(!has_cue(d, "find"));

    /* 'LEAD "A," she says, "B."': one mixed quotation in two parts; a
     * dash inside quoted words ends no clause. */
    d = run("Headline text\nHis lead means \"he is doing something right,\" "
            "Anna Berglund says, \"but I will not vote for him.\" A ban "
            "\"would deter theft - or worse, fraud,\" Tom Hale wrote.\n");
    q = quote_of(d, "His lead means \"he is doing something right,");
    CHECK(q && q->kind == FW_QUOTE_MIXED && q->n_parts == 2 &&
          spells(q->parts[1], "but I will not vote for him.") &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "A ban \"would deter theft - or worse, fraud,\"");
    CHECK(q && spells(q->cue, "wrote"));
    /* 'LEAD, she said, "b."': a quotation that opens in lower case goes
     * on with the sentence the tag interrupts; one in capitals is a
     * sentence of its own, and "But," or a time leads nothing. */
    d = run("Headline text\nA long drought, Anna Berglund said, \"could "
            "ruin the harvest.\" At the market, Tom Hale said, \"Prices will "
            "rise.\" But, Hale said, \"the rain may come.\"\n");
    q = quote_of(d, "A long drought");
    CHECK(q && q->kind == FW_QUOTE_MIXED && q->n_parts == 2 &&
          spells(q->parts[1], "could ruin the harvest.") &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "Prices will rise.");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->n_parts == 1);
    q = quote_of(d, "the rain may come.");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->n_parts == 1);

    /* "CLAUSE "A," he said, CLAUSE": the lead ends with a quoted
     * fragment; an -s form before "and" is a plural noun. */
    d = run("Headline text\nThose who watch cable shows and read the "
            "\"fringes of the internet,\" he said, end up in a debate that "
            "is \"divorced from reality.\"\n");
    q = quote_of(d, "Those who watch cable shows and read the \"fringes of "
                    "the internet,\"");
    CHECK(q && q->n_parts == 2 && spells(q->cue, "said"));
    CHECK(!has_cue(d, "shows"));

    /* Quoted words, then ", and" and an attribution of its own: the
     * content ends at the words. */
    d = run("Headline text\nTom Hale called it \"a budget for the few,\" and "
            "his party vowed to fight it in court.\n");
    q = quote_of(d, "it \"a budget for the few,\"");
    CHECK(q && spells(q->cue, "called"));
    q = quote_of(d, "to fight it in court");
    CHECK(q && spells(q->cue, "vowed"));

    /* After a quotation's attribution: ", adding that ..." with the
     * attribution's subject, and ", that ..." as a part of its own. */
    d = run("Headline text\n\"We are worried,\" the members wrote, adding "
            "that the agency had acted too fast. \"We are ready,\" the "
            "members wrote in a letter to the mayor, that the city \"must "
            "act now.\"\n");
    q = quote_of(d, "the agency had acted too fast");
    CHECK(q && spells(q->cue, "adding") && spells(q->source, "the members"));
    q = quote_of(d, "We are ready,");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "the city \"must act now.\""));

    /* An -s cue right after a name is a verb ("Tom Hale calls X a
     * \"liar\""); a participle after an inverted attribution takes its
     * source ('"...," said Mayor X, urging ...'), never the words after it. */
    d = run("Headline text\nLast year, Tom Hale calls his rival a "
            "\"fraud\" and a \"liar.\" \"Let him decide,\" said Mayor Anna "
            "Berglund, urging voters to \"give him time.\"\n");
    q = quote_of(d, "his rival a \"fraud\" and a \"liar.\"");
    CHECK(q && spells(q->cue, "calls") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "voters to \"give him time.\"");
    CHECK(q && spells(q->cue, "urging") && speaker_is(d, q, "Anna Berglund"));

    /* A noun cue's clause may hold quoted words right after its verb. */
    d = run("Headline text\nShe won because of his suggestion at the debate "
            "that she was \"likable enough.\"\n");
    q = quote_of(d, "she was \"likable enough.\"");
    CHECK(q && spells(q->cue, "suggestion"));

    /* "... and 14 percent said" ends a content; a plural noun ("his
     * recent reads") is no cue of quoting. */
    d = run("Headline text\nAsked about the plan, 21 percent said \"not "
            "likely\" and 14 percent said \"never.\" One of his recent "
            "reads, \"This Kind of War,\" drove the point home.\n");
    q = quote_of(d, "\"not likely\"");
    CHECK(q && spells(q->source, "21 percent"));
    CHECK(!has_cue(d, "reads"));

    /* A quotation right after a cue of intent is its object, not speech;
     * "and unsettled weather could" is no second verb phrase; a long
     * apposition with a relative clause is part of the source, and "said
     * the plan is" never names a speaker. */
    d = run("Headline text\nTom Hale said he wanted \"real solutions to the "
            "problem.\" Anna Berglund said the heat and unsettled weather "
            "could last. Tom Hale, an aide who ran the campaign in 2008 and "
            "is now running the early vote in the northern counties, said the "
            "program is working.\n");
    q = quote_of(d, "he wanted \"real solutions to the problem.\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED && spells(q->cue, "said"));
    CHECK(quote_of(d, "the heat and unsettled weather could last") != NULL);
    q = quote_of(d, "the program is working");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "and Trump calling it" starts a second attribution; a clause
     * opening with "When" is the setting of "X said, ..."; a question
     * word is no part of a source. */
    d = run("Headline text\nBoth men spoke, Tom Hale saying he was \"very "
            "encouraged\" and Anna Berglund calling it a \"great meeting.\" "
            "When asked why the mayor left early, Tom Hale said, \"We have a "
            "week to go\" until the vote.\n");
    q = quote_of(d, "he was \"very encouraged\"");
    CHECK(q && spells(q->cue, "saying"));
    q = quote_of(d, "it a \"great meeting.\"");
    CHECK(q && spells(q->cue, "calling") && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "\"We have a week to go\" until the vote");
    CHECK(q && spells(q->cue, "said") && speaker_is(d, q, "Tom Hale"));

    /* A title in quotation marks with no attribution is no one's words. */
    d = run("Headline text\nThe show did well. \"Night Court,\" on the "
            "network since May, is back.\n");
    CHECK(quote_of(d, "Night Court,") == NULL);

    /* "once said"; a relative "that" before a verb that is only a verb
     * ("a video that said, ..."), not a determiner before a noun. */
    d = run("Headline text\nAnna Berglund, a lawyer, once said, \"It "
            "happened many times.\" The firm released a video that said, "
            "\"We will hire the best.\"\n");
    q = quote_of(d, "It happened many times.");
    CHECK(q && spells(q->cue, "once said") &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "We will hire the best.");
    CHECK(q && spells(q->cue, "said"));

    /* A person's act that names a text introduces a quotation after a
     * comma, the subject maybe after an opening phrase. */
    d = run("Headline text\nAfter the vote, Tom Hale issued a statement, "
            "\"The people have spoken.\"\n");
    q = quote_of(d, "The people have spoken.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* Subjects: a "whose" clause in the source; "and said" after an
     * opening phrase and a titled name; a stray comma after an aside. */
    d = run("Headline text\nTom Hale, whose finish was seen as a loss, said "
            "that he would stay. In a statement, Boston Mayor Anna Berglund "
            "(D) thanked the crews and said the roads were clear. Sen. Tom "
            "Hale (D-R.I.), said that he had not read the plan.\n");
    q = quote_of(d, "he would stay");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the roads were clear");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "he had not read the plan");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "PHRASE, according to X, CLAUSE": a phrase with no verb only sets
     * the clause after the source; both are the content. */
    d = run("Headline text\nBut the next day, according to Tom Hale, the "
            "board sold the whole firm.\n");
    q = quote_of(d, "But the next day");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "the board sold the whole firm") &&
          spells(q->source, "Tom Hale"));

    /* "A, according to X, a Y, B": the clause goes on after the source
     * and what describes it. */
    d = run("Headline text\nAt the heart of the dispute, according to Tom "
            "Hale, a former envoy, was a decision to leave early.\n");
    q = quote_of(d, "At the heart of the dispute");
    CHECK(q && q->n_parts == 2 &&
          spells(q->parts[1], "was a decision to leave early") &&
          spells(q->source, "Tom Hale, a former envoy"));

    /* A share of respondents speaks ("47% say"); so do the people a
     * restrictive "who" names ("voters who say"). */
    d = run("Headline text\nBy now, 47% say the war will end soon. The "
            "plan angered Tom Hale and voters who say the law is unfair.\n");
    q = quote_of(d, "the war will end soon");
    CHECK(q && spells(q->source, "47%"));
    q = quote_of(d, "the law is unfair");
    CHECK(q && spells(q->cue, "say"));

    /* ", another says" starts an attribution of its own. */
    d = run("Headline text\nOne study says the tax will raise $2 billion, "
            "another says it will raise less.\n");
    CHECK(quote_of(d, "the tax will raise $2 billion") != NULL);
    q = quote_of(d, "it will raise less");
    CHECK(q && spells(q->source, "another"));

    /* A clause of time, then a clause, then "he said": both are what
     * he said. */
    d = run("Headline text\nWhen she saw him, her eyes widened, Tom Hale "
            "said.\n");
    q = quote_of(d, "When she saw him, her eyes widened");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* "When asked whether ..., X said" reports the question too. */
    d = run("Headline text\nWhen asked whether the plan would pass, Tom Hale "
            "said, \"You tell me.\"\n");
    q = quote_of(d, "whether the plan would pass");
    CHECK(q && spells(q->cue, "asked"));
    CHECK(quote_of(d, "You tell me.") != NULL);

    /* A person's name alone before a colon at a paragraph's start speaks
     * to the paragraph's end, as in a transcript. */
    d = run("Headline text\nThe debate went on.\nTom Hale: Well, taxes are "
            "too high. We all know it.\n");
    q = quote_of(d, "Well, taxes are too high. We all know it");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A content that opens with a subordinate clause goes on past the
     * comma that closes it; a dash before a quotation goes on; a list
     * with "and her work ..." is no second attribution. */
    d = run("Headline text\nTom Hale added that if his son, who left last "
            "year, were still there, he would advise him to leave. The board "
            "agreed that a court should decide -- \"once and for all.\" Anna "
            "Berglund noted the storm, her support for the crews and her work "
            "trying to bring in aid.\n");
    CHECK(quote_of(d, "if his son, who left last year, were still there, he "
                      "would advise him to leave") != NULL);
    CHECK(quote_of(d, "a court should decide -- \"once and for all.\"") !=
          NULL);
    CHECK(quote_of(d, "the storm, her support for the crews and her work "
                      "trying to bring in aid") != NULL);

    /* "and Y wants" starts a second attribution; ", he looked" ends an
     * embedded question; ", the same number who said" starts another. */
    d = run("Headline text\nTom Hale wants the votes and Anna Berglund wants "
            "a win. When I asked Tom Hale if he would run, he looked away. "
            "Some said the plan was fair, about the same number who said it "
            "was not.\n");
    CHECK(quote_of(d, "the votes") != NULL);
    q = quote_of(d, "a win");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    CHECK(quote_of(d, "if he would run") != NULL);
    CHECK(quote_of(d, "the plan was fair") != NULL);
    CHECK(quote_of(d, "it was not") != NULL);

    /* A noun of speech before 'of "..."' reports the words quoted. */
    d = run("Headline text\nThe crowd broke into loud chants of \"Four more "
            "years!\" as he spoke.\n");
    q = quote_of(d, "\"Four more years!\"");
    CHECK(q && spells(q->cue, "chants"));

    /* A noun cue's clause may open with a quotation; "and calls her" is a
     * second verb; "portrayed X as Y" is a view. */
    d = run("Headline text\nShe faced criticism over her assertion that \"we "
            "are where we need to be\" on the war. Tom Hale says he likes the "
            "mayor and calls her \"a fine leader.\" Anna Berglund portrayed "
            "him as a \"fighter.\"\n");
    q = quote_of(d, "\"we are where we need to be\" on the war");
    CHECK(q && spells(q->cue, "assertion"));
    q = quote_of(d, "her \"a fine leader.\"");
    CHECK(q && spells(q->cue, "calls") && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "him as a \"fighter.\"");
    CHECK(q && spells(q->cue, "portrayed"));
    /* an -s cue after an apposition that a name opens is a verb */
    d = run("Headline text\nTom Hale, an early supporter, calls the plan \"a "
            "priority\" for the town. Delays, costs and calls are up.\n");
    q = quote_of(d, "the plan \"a priority\" for the town");
    CHECK(q && spells(q->cue, "calls") && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "are up") == NULL);

    /* Verbs of complaint; a bare form after "and" with its object next
     * is a verb. */
    d = run("Headline text\nTom Hale groused that the press \"does not treat "
            "me fairly.\" Anna Berglund made a joke and called Tom Hale \"very "
            "flexible.\" She will smile and call him \"a friend.\"\n");
    q = quote_of(d, "the press \"does not treat me fairly.\"");
    CHECK(q && spells(q->cue, "groused"));
    q = quote_of(d, "him \"a friend.\"");
    CHECK(q && spells(q->cue, "call"));

    /* "CLAUSE, said NAME, a Y.": inverted whatever stands before the
     * comma, a participle or a quotation; not "..., endorsed X for". */
    d = run("Headline text\nThat would create a \"summer of agony\" for the "
            "party, forcing it to fight on two fronts, said Tom Hale, a "
            "pollster. The union, which had backed him before, endorsed Anna "
            "Berglund for mayor.\n");
    q = quote_of(d, "That would create a \"summer of agony\" for the party, "
                    "forcing it to fight on two fronts");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "Tom Hale, a pollster") == NULL);

    /* A part with a verb of saying is a clause, not what describes a
     * source: the participle after it takes the clause's subject. */
    d = run("Headline text\nIn an interview Monday, Tom Hale said crafting "
            "the platform could be \"messy,\" adding: \"Democracy is "
            "messy.\"\n");
    q = quote_of(d, "Democracy is messy.");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* "show up" and "found himself" are no evidence. */
    d = run("Headline text\nAbout 30 people would show up to each event. "
            "Tom Hale found himself back on the street.\n");
    CHECK(!has_cue(d, "show") && !has_cue(d, "found"));

    /* ", but also" goes on with the predicate. */
    d = run("Headline text\nTom Hale says voters are angry, but also hungry "
            "for answers.\n");
    CHECK(quote_of(d, "voters are angry, but also hungry for answers") != NULL);

    /* An embedded question is reported whole, from "whether" or "if". */
    d = run("Headline text\nTom Hale asked reporters whether the plan would "
            "work. Anna Berglund asked if the vote meant that taxes would "
            "rise.\n");
    CHECK(quote_of(d, "whether the plan would work") != NULL);
    CHECK(quote_of(d, "if the vote meant that taxes would rise") != NULL);

    /* A relative clause after the content's own subject goes on ("said
     * the bomber, who ..., had ..."); "and then tweeted" ends it. */
    d = run("Headline text\nTom Hale said the driver, who fled on foot, had "
            "\"no licence.\" Anna Berglund called him \"reckless\" and "
            "then tweeted that he was gone.\n");
    CHECK(quote_of(d, "the driver, who fled on foot, had \"no licence.\"") !=
          NULL);
    CHECK(quote_of(d, "him \"reckless\"") != NULL);

    /* A relative clause that quotes the speaker's words is theirs; one
     * with another speaker's verb on the content is not, however short
     * the content before it. */
    d = run("Headline text\nTom Hale said he hoped for a big crowd, which "
            "\"will help the mayor.\" Anna Berglund said he lied, which he "
            "has denied. Ella Moss said he would build a wall, which Tom "
            "Hale called \"cruel.\"\n");
    CHECK(quote_of(d, "he hoped for a big crowd, which \"will help the "
                      "mayor.\"") != NULL);
    CHECK(quote_of(d, "he lied") != NULL);
    CHECK(quote_of(d, "he would build a wall") != NULL);

    /* ", even as ...," set off between a subject and its verb is an
     * aside of the content's, not the writer's concession. */
    d = run("Headline text\nTom Hale warned that Anna Berglund, even as a "
            "candidate, had raised the stakes.\n");
    CHECK(quote_of(d, "Anna Berglund, even as a candidate, had raised the "
                      "stakes") != NULL);

    /* An aside right after a "that" inside the content opens its
     * clause: "it is fitting that, after all this, she ...". */
    d = run("Headline text\nTom Hale said it is fitting that, after so "
            "many years, the port now has a new owner.\n");
    CHECK(quote_of(d, "it is fitting that, after so many years, the port now "
                      "has a new owner") != NULL);

    /* "that A, and that B": both clauses are reported, when the first
     * ends in quoted words too. */
    d = run("Headline text\nTom Hale said that the mayor was \"too slow,\" "
            "and that the council had failed.\n");
    CHECK(quote_of(d, "the mayor was \"too slow,\" and that the council had "
                      "failed") != NULL);

    /* After a content with no verb of its own, "and" with a verb in the
     * past, or a subject and a verb, is the speaker's next act; an
     * adjective in -ed before a noun is not. */
    d = run(
        "Headline text\nTom Hale called the deal \"a disaster\" and "
        "made a plea for calm. Anna Berglund praised the mayor and he did not "
        "object. Ella Moss said the heat and unsettled weather would "
        "last.\n");
    CHECK(quote_of(d, "the deal \"a disaster\"") != NULL);
    CHECK(quote_of(d, "the mayor") != NULL);
    CHECK(quote_of(d, "the heat and unsettled weather would last") != NULL);

    /* 'After X said that A "b," Y said: "C."': the quoted words before
     * Y's attribution are X's, not the first part of Y's quotation. */
    d = run("Headline text\nAfter Tom Hale said that voters might do better "
            "at \"smaller polling places,\" Anna Berglund said: \"I do not "
            "agree.\"\n");
    q = quote_of(d, "I do not agree.");
    CHECK(q && q->n_parts == 1 && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "voters might do better at \"smaller polling places,\"");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "... while Y suggests ...": another's view set against the
     * content ends it; "while wages fell" does not. */
    d = run("Headline text\nTom Hale accuses Anna Berglund of a smear while "
            "Anna Berglund suggests the mayor is a captive of his party. Ella "
            "Moss said prices rose while wages fell.\n");
    q = quote_of(d, "Anna Berglund of a smear");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the mayor is a captive of his party");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    CHECK(quote_of(d, "prices rose while wages fell") != NULL);
    d = run("Headline text\nThe parties accused each other of delay while "
            "doctors and nurses warned of an outbreak. The firm cut jobs and "
            "analysts said it was wise.\n");
    CHECK(quote_of(d, "each other of delay") != NULL);
    /* Two plurals joined by "and" at a clause's start are one source. */
    q = quote_of(d, "an outbreak");
    CHECK(q && spells(q->source, "doctors and nurses"));
    q = quote_of(d, "it was wise");
    CHECK(q && spells(q->source, "analysts"));

    /* "the talks scheduled to conclude Friday": a schedule reports
     * nothing; the sentence's own verb still may. */
    d = run("Headline text\nTom Hale, who spoke at the talks scheduled to "
            "conclude Friday, has been touting his plan.\n");
    CHECK(!has_cue(d, "conclude"));
    q = quote_of(d, "his plan");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* 'A "b," as X said on the radio, only C': "as X said" after quoted
     * words is an aside on them, up to its comma; what follows is the
     * writer's. After a clause with a cue of its own it reports nothing
     * more ('pledges to "b," as she put it'). */
    d = run("Headline text\nThe fact that the vote \"is very close,\" as "
            "Tom Hale said on the radio on Monday, only raises the stakes. "
            "Anna Berglund pledges to \"fix the port,\" as she put it on "
            "Friday.\n");
    q = quote_of(d, "The fact that the vote \"is very close,\"");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "on the radio on Monday, only raises the stakes") ==
          NULL);
    q = quote_of(d, "to \"fix the port,\"");
    CHECK(q && spells(q->cue, "pledges"));

    /* "He's predicting he will ...": the clitic is "is", the -ing form
     * a verb, and the source the pronoun alone. */
    d = run("Headline text\nTom Hale spoke. He's predicting he will win in "
            "Nevada.\n");
    q = quote_of(d, "he will win in Nevada");
    CHECK(q && spells(q->source, "He") && speaker_is(d, q, "Tom Hale"));

    /* "a New Hampshire Republican said", "Iowa voters say": the place
     * qualifies who speaks; "the United States said" is the place's. */
    d = run("Headline text\n\"He will lose,\" said a New Hampshire "
            "Republican. Iowa voters say the race is open. The United States "
            "said it would help.\n");
    q = quote_of(d, "He will lose,");
    CHECK(q && q->speaker == FW_NONE);
    q = quote_of(d, "the race is open");
    CHECK(q && q->speaker == FW_NONE);
    q = quote_of(d, "it would help");
    CHECK(q && speaker_is(d, q, "United States"));

    /* "his aide said", "her liberal friends say": someone other than
     * the possessor speaks; "his campaign said" speaks for him. */
    d = run("Headline text\nTom Hale left early. \"Good night,\" his chief "
            "aide said. His liberal friends said he was tired. His campaign "
            "said he would be back. His family said he was safe.\n");
    q = quote_of(d, "Good night,");
    CHECK(q && q->speaker == FW_NONE);
    q = quote_of(d, "he was tired");
    CHECK(q && q->speaker == FW_NONE);
    q = quote_of(d, "he would be back");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "he was safe");
    CHECK(q && q->speaker == FW_NONE);
    /* So with a name's possessive: "Hale's lawyers said"; a person
     * named after the possessor's noun speaks ("Acme's chief executive,
     * X,"); "Hale's analysis" is no people. */
    d = run("Headline text\nTom Hale left early. Hale's lawyers said he was "
            "tired. Zeltrix's chief human resources officer, Ilse Varnyk, "
            "said hiring would slow. Hale's campaign said he would be "
            "back.\n");
    q = quote_of(d, "he was tired");
    CHECK(q && q->speaker == FW_NONE);
    q = quote_of(d, "hiring would slow");
    CHECK(q && speaker_is(d, q, "Ilse Varnyk"));
    q = quote_of(d, "he would be back");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    /* A country's possessive and a title in lower case: that
     * country's office, its holder the speaker. */
    d = run("Headline text\nJapanese Prime Minister Ilse Varnyk spoke on "
            "Monday. Japan's prime minister said on Friday that wages would "
            "rise.\n");
    q = quote_of(d, "wages would rise");
    CHECK(q && speaker_is(d, q, "Ilse Varnyk"));
    /* with an honorific before the name too */
    d = run("Headline text\nZeltrix's medical director, Professor Ilse "
            "Varnyk, urged people to stay home.\n");
    q = quote_of(d, "people to stay home");
    CHECK(q && speaker_is(d, q, "Ilse Varnyk"));
    /* ", as" and a clause of the writer's with its own subject and verb
     * end a content; an amount of time "later" or "ago" after a cue is
     * when it was said ('", as X reported a few days later'). */
    d = run("Headline text\nTom Hale said prices would rise, as the bank "
            "raised rates. Anna Berglund said two weeks ago that she would "
            "go. Ella Moss said she had quit, as the paper reported a few "
            "days later.\n");
    CHECK(quote_of(d, "prices would rise") != NULL);
    CHECK(quote_of(d, "she would go") != NULL);
    CHECK(quote_of(d, "a few days later") == NULL);

    /* "WHO", the organisation, is no relative pronoun in a source. */
    d = run("Headline text\nThe WHO said the risk remained low. The WHO's "
            "chief scientist, Ilse Varnyk, said tests would follow.\n");
    q = quote_of(d, "the risk remained low");
    CHECK(q && spells(q->source, "The WHO"));
    q = quote_of(d, "tests would follow");
    CHECK(q && speaker_is(d, q, "Ilse Varnyk"));
    /* nor when it qualifies a title */
    d = run("Headline text\n\"Cases are rising,\" WHO Europe director Ilse "
            "Varnyk told a news conference.\n");
    q = quote_of(d, "Cases are rising,");
    CHECK(q && speaker_is(d, q, "Ilse Varnyk"));

    /* A share of people opening a clause is the subject of a bare verb
     * that may be a noun: "4 in 10 want", "64 percent call him"; not a
     * share after a verb ("garners 41 percent support"). */
    d = run("Headline text\nHalf say they are tired, while about 4 in 10 want "
            "a change. And 64 percent call him honest. Tom Hale garners 41 "
            "percent support in the poll.\n");
    CHECK(quote_of(d, "a change") != NULL);
    CHECK(quote_of(d, "him honest") != NULL);
    CHECK(quote_of(d, "in the poll") == NULL);

    /* "first" between a passive's auxiliary and verb: "was first
     * reported by X" reports its subject, X the source. */
    d = run("Headline text\nTom Hale has since apologized for what "
            "happened: \"I was wrong.\"\n");
    q = quote_of(d, "I was wrong.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    /* A passive's content stops before the clause's closing tag. */
    d = run("Headline text\nThe plan was criticized by Democrats as too "
            "costly, they said.\n");
    q = quote_of(d, "The plan");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "as too costly") &&
          spells(q->source, "Democrats"));
    /* After a comma, a passive's subject is what was reported, no
     * source of the clause before; only "it" is ("..., it was
     * reported"), and it names no one. An acronym that spells a
     * relative word is a name ("according to the WHO"). */
    d = run("Headline text\nThe WHO said cases rose. According to the WHO, "
            "more than 900 cases were reported in the region. The plan "
            "failed, it was reported.\n");
    q = quote_of(d, "more than 900 cases were reported in the region");
    CHECK(q && spells(q->source, "the WHO"));
    CHECK(!quote_of(d, "According to the WHO"));
    q = quote_of(d, "The plan failed");
    CHECK(q && spells(q->source, "it") && speaker_is(d, q, NULL));
    /* "after it was announced, no one came": the clause after the
     * comma is not what was announced; but "where, it is said, X" */
    d = run("Headline text\nA year after it was announced, no one had come "
            "under the plan. The road ran past a tunnel where, it is said, "
            "bandits once hid.\n");
    CHECK(!has_cue(d, "was announced"));
    CHECK(quote_of(d, "bandits once hid") != NULL);
    /* What a comma sets off after the agent tells of the agent; the
     * content may go on after it. */
    d = run("Headline text\nThe ruling was welcomed by Vorsk Health, the "
            "largest network, which had sued. The mayor was accused by Tom "
            "Hale, who worked for him, of lying.\n");
    q = quote_of(d, "The ruling");
    CHECK(q && q->n_parts == 1 && spells(q->source, "Vorsk Health"));
    q = quote_of(d, "of lying");
    CHECK(q && spells(q->source, "Tom Hale"));
    /* A passive no one is named to have spoken gives way to the
     * closing tag: "The case will be argued in May, officials said". */
    d = run("Headline text\nThe appeal will be argued in May, court "
            "officials said. The plan was announced Monday, aides said.\n");
    q = quote_of(d, "The appeal will be argued in May");
    CHECK(q && spells(q->source, "court officials"));
    q = quote_of(d, "The plan was announced Monday");
    CHECK(q && spells(q->source, "aides"));
    d = run("Headline text\nThe meeting was first reported by the Vorsk "
            "Herald.\n");
    q = quote_of(d, "The meeting");
    CHECK(q && spells(q->source, "the Vorsk Herald"));

    /* "at least" after a cue opens its content, no circumstance. */
    d = run("Headline text\nFriday morning, the paper reported at least six "
            "planes flew over the stadium.\n");
    CHECK(quote_of(d, "at least six planes flew over the stadium") != NULL);

    /* Quoted words, then the day they were said, end a content; not a
     * quoted title's day ('on "Meet the Press" on Sunday that'). */
    d = run("Headline text\nTom Hale called the plan \"a costly mistake\" "
            "Tuesday, hours after the vote. Anna Berglund said on \"Meet "
            "the Press\" on Sunday that the plan had failed.\n");
    CHECK(quote_of(d, "the plan \"a costly mistake\"") != NULL);
    CHECK(quote_of(d, "the plan had failed") != NULL);

    /* An -s form that may be a plural noun is a verb before "that"
     * after an apposition a name opens: "X, a consultant, notes that". */
    d = run("Headline text\nTom Hale, a GOP consultant, notes that turnout "
            "is low. The lawsuit, filed by residents, claims the fees were "
            "too high.\n");
    q = quote_of(d, "turnout is low");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the fees were too high");
    CHECK(q && spells(q->source, "The lawsuit, filed by residents"));

    /* After an inverted cue and its time, a comma and "after", "amid"
     * or "as" open the writer's clause: the cue reports the clause
     * before it. */
    d = run("Headline text\nPrices rose, officials said Tuesday, after a "
            "long decline. Rents fell, the agency said, amid fears of a "
            "downturn.\n");
    CHECK(quote_of(d, "Prices rose") != NULL);
    CHECK(quote_of(d, "Rents fell") != NULL);

    /* A titled name in apposition speaks: "His aide, Sen. X, said"; a
     * form of "be" and how the person spoke before a colon introduces
     * their words ('Her colleague, Sen. X of Ohio, was more cautious:
     * "..."'). */
    d = run("Headline text\nHis aide, Sen. Tom Hale, said no. Her colleague, "
            "Sen. Anna Berglund of Ohio, was more cautious: \"I want to read "
            "the text.\"\n");
    q = quote_of(d, "no");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "I want to read the text.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* A relative "that" after the object of a cue opens no content: the
     * object with its clause is the content ("defended a tax law that
     * sparked protests"); "told reporters that voters were ..." still
     * opens one. */
    d = run("Headline text\nTom Hale defended a tax law that sparked "
            "protests. Anna Berglund told reporters that voters were "
            "tired.\n");
    CHECK(quote_of(d, "a tax law that sparked protests") != NULL);
    CHECK(quote_of(d, "voters were tired") != NULL);

    /* A plural of people before "of" speaks for itself, not for the
     * place or person after it: "Residents of the town of X",
     * "Supporters of Y". */
    d = run("Headline text\nTom Hale spoke. Supporters of Hale said they "
            "were angry. Residents of the town of Vorsk described a long "
            "night.\n");
    q = quote_of(d, "they were angry");
    CHECK(q && q->speaker == FW_NONE);
    q = quote_of(d, "a long night");
    CHECK(q && q->speaker == FW_NONE);

    /* A tag verb before quoted words reports them when it is said, not
     * willed: 'would continue "as long as necessary"'. */
    d = run("Headline text\nThe army said the operation would continue "
            "\"as long as necessary.\" Tom Hale continued \"We will "
            "win.\"\n");
    q = quote_of(d, "as long as necessary.");
    CHECK(q == NULL);
    q = quote_of(d, "the operation would continue \"as long as "
                    "necessary.\"");
    CHECK(q && q->kind == FW_QUOTE_MIXED);
    q = quote_of(d, "We will win.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A possessive apostrophe after -s is part of an inverted source:
     * '"...," said Hayes' wife, X,'. */
    d = run("Headline text\nTom Hayes left. \"It's a sad day,\" said Hayes' "
            "wife, Ilse Varnyk, who was in court.\n");
    q = quote_of(d, "It's a sad day,");
    CHECK(q && spells(q->source, "Hayes' wife, Ilse Varnyk") &&
          speaker_is(d, q, "Ilse Varnyk"));

    /* The title before the name in apposition may hold a possessor,
     * modifiers and a phrase after "for". */
    d = run("Headline text\nThe Zeltrix board's vice chair for supervision, "
            "Ilse Varnyk, said the banks were sound.\n");
    q = quote_of(d, "the banks were sound");
    CHECK(q && speaker_is(d, q, "Ilse Varnyk"));

    /* Songs and jeers are said too: 'X sings, "..."', 'jeered, "..."'. */
    d = run("Headline text\nAnna Berglund sings, \"Do not go changing.\" "
            "The crowd jeered, \"Go home!\"\n");
    q = quote_of(d, "Do not go changing.");
    CHECK(q && spells(q->cue, "sings") && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "Go home!");
    CHECK(q && spells(q->source, "The crowd"));

    /* "CLAUSE, supported by X": the agent after "by" is the source when
     * it is named, without the "by"; "supported by the first fall in
     * prices" names no one. */
    d = run("Headline text\nThe plan passed on Monday, supported by Tom Hale "
            "and his party. Oil prices rose, supported by the first fall in "
            "drilling in months.\n");
    q = quote_of(d, "The plan passed on Monday");
    CHECK(q && spells(q->source, "Tom Hale"));
    CHECK(quote_of(d, "Oil prices rose") == NULL);

    /* 'chanted "no deal" after the talks failed': quoted words, then
     * the writer's time of the act. */
    d = run("Headline text\nThe workers chanted \"no deal, no peace\" after "
            "the talks failed on Friday.\n");
    CHECK(quote_of(d, "\"no deal, no peace\"") != NULL);

    /* 'As X spoke, the crowd chanted, "..." as before': the clause of
     * time is the act's setting, not part of what was chanted. */
    d = run("Headline text\nAs Tom Hale attacked the mayor, the crowd "
            "chanted, \"Vote him out!\" as they had all night.\n");
    q = quote_of(d, "\"Vote him out!\"");
    CHECK(q && q->n_parts == 1 && spells(q->source, "the crowd"));

    /* ", and she jokingly tells ...": a clause of the writer's, past
     * an adverb; "he'd sit X down and tell him ...": a bare verb after
     * a modal goes on with the content. */
    d = run("Headline text\nAnna Berglund often speaks of \"a fair deal\" "
            "for the port, and she jokingly tells crowds that it is \"time.\" "
            "Tom Hale says he'd sit the mayor down and tell him \"no more "
            "delays.\"\n");
    CHECK(quote_of(d, "\"a fair deal\" for the port") != NULL);
    CHECK(quote_of(d, "he'd sit the mayor down and tell him \"no more "
                      "delays.\"") != NULL);

    /* "X, whose town is projected to ..., argues that ...": the main
     * verb of speech after a comma ends the relative clause's content. */
    d = run("Headline text\nTom Hale, whose town is projected to be under "
            "water soon, argues that the plan will fail.\n");
    q = quote_of(d, "the plan will fail");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* "introduced her as ...": a view with "as". */
    d = run("Headline text\nTom Hale introduced the mayor as \"a fighter for "
            "families.\"\n");
    CHECK(quote_of(d, "the mayor as \"a fighter for families.\"") != NULL);

    /* Views with "as": "characterizes herself as ...", "casts X as
     * ..."; "exhorting voters to ..." urges. */
    d = run("Headline text\nAnna Berglund characterizes herself as a "
            "\"reformer.\" Tom Hale casts the mayor as a man who would "
            "\"sell the port.\" Ella Moss spoke, exhorting voters to back the "
            "plan.\n");
    CHECK(quote_of(d, "herself as a \"reformer.\"") != NULL);
    CHECK(quote_of(d, "the mayor as a man who would \"sell the port.\"") !=
          NULL);
    q = quote_of(d, "voters to back the plan");
    CHECK(q && spells(q->cue, "exhorting"));

    /* 'backs "pay raises," opposes "pay freezes"': the next verb of
     * stance after a comma ends what the first takes; "swears" reports
     * a clause. */
    d = run("Headline text\nTom Hale backs \"modest pay raises,\" opposes "
            "\"pay freezes\" and wants a vote. Anna Berglund swears the "
            "vote was fair.\n");
    CHECK(quote_of(d, "\"modest pay raises,\"") != NULL);
    CHECK(quote_of(d, "the vote was fair") != NULL);

    /* The commas of a place in the setting before "that" are passed:
     * "said Sunday in Madison, Wisconsin, that ...". */
    d = run("Headline text\nTom Hale said Sunday in Dover, Delaware, that the "
            "vote was fair.\n");
    q = quote_of(d, "the vote was fair");
    CHECK(q && spells(q->cue, "said"));

    /* ", compared with ..." ends a content. */
    d = run("Headline text\nSome 45 percent said Tom Hale would do better, "
            "compared with 41 percent for Anna Berglund.\n");
    CHECK(quote_of(d, "Tom Hale would do better") != NULL);

    /* A clause that a subordinator opens ends at its comma: "After X
     * announced A, B". */
    d = run("Headline text\nAfter Tom Hale announced his bid for mayor, "
            "the party split.\n");
    q = quote_of(d, "his bid for mayor");
    CHECK(q && spells(q->cue, "announced"));
    /* But one that closed before the speaker ends no content of his. */
    d = run("Headline text\nIf all goes well, Tom Hale hopes to buy farms "
            "that, left idle, would go to waste.\n");
    CHECK(quote_of(d, "to buy farms that, left idle, would go to waste") !=
          NULL);

    /* A source's part may hold a title in quotes, the comma inside its
     * closing mark. */
    d = run("Headline text\nTom Hale, host of the show \"Good Day,\" said "
            "taxes would rise.\n");
    q = quote_of(d, "taxes would rise");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* An aside of a word or two does not end a content: "a crucial,
     * although brief, chance". */
    d = run("Headline text\nTom Hale said it was a crucial, although brief, "
            "chance to speak.\n");
    CHECK(quote_of(d, "it was a crucial, although brief, chance to speak") !=
          NULL);

    /* A part with a verb of its own is a clause, not a source's part:
     * "If A, B would follow, said X". */
    d = run("Headline text\nIf the plan failed, taxes would rise, said Tom "
            "Hale.\n");
    q = quote_of(d, "If the plan failed, taxes would rise");
    CHECK(q && spells(q->source, "Tom Hale"));

    /* A source in parts set off by commas: "X, 21, a student, said". */
    d = run("Headline text\nTom Hale, 21, a student from Leeds, said he "
            "would vote.\n");
    q = quote_of(d, "he would vote");
    CHECK(q && speaker_is(d, q, "Tom Hale") &&
          spells(q->source, "Tom Hale, 21, a student from Leeds"));

    /* Dashes set off a phrase inside the clause; "the report" after
     * "according to" is a source, not a cue. */
    d = run("Headline text\nThe town had 40 fires - most of them in "
            "August - according to the annual report.\n");
    q = quote_of(d, "The town had 40 fires - most of them in August -");
    CHECK(q && spells(q->source, "the annual report"));

    /* A bare "say" after two names joined by "and", or after "who". */
    d = run("Headline text\nTom Hale and Anna Berglund say the talks failed. "
            "They met the mayors, who say the roads are safe.\n");
    q = quote_of(d, "the talks failed");
    CHECK(q && spells(q->cue, "say"));
    q = quote_of(d, "the roads are safe");
    CHECK(q && spells(q->source, "who"));

    /* "told" with a long hearer before "that"; "CLAUSE, X told Y." */
    d = run("Headline text\nTom Hale told a crowded hall in the old town on "
            "Monday that he would stay. Taxes will rise, an aide told The "
            "Daily Planet.\n");
    CHECK(quote_of(d, "he would stay") != NULL);
    q = quote_of(d, "Taxes will rise");
    CHECK(q && spells(q->cue, "told") && spells(q->source, "an aide"));

    /* In a title-case headline, a capitalised cue reports. */
    d = run("Hale Says Taxes Will Rise Next Year\n\nThe minister spoke on "
            "Monday.\n");
    q = quote_of(d, "Taxes Will Rise Next Year");
    CHECK(q && spells(q->cue, "Says") && spells(q->source, "Hale"));

    /* Beliefs and intentions; a noun is no cue ("a US plan"). */
    d = run("Headline text\nTom Hale believes the war will end. Envoys "
            "brought a new plan to end the war.\n");
    CHECK(quote_of(d, "the war will end") != NULL);
    CHECK(quote_of(d, "to end the war") == NULL);
}

/* Where a reported clause ends, and a clitic that is "has". */
static void test_reported_bounds(void)
{
    /* "He's said": the clitic is "has", the content what follows; "he's
     * expected to" is a passive, and "reported from" reports nothing. */
    const fw_doc *d = run("Headline text\nHe's said the roads are safe. "
                          "She's reported from the front for years.\n");
    const fw_quote *q = quote_of(d, "the roads are safe");
    CHECK(q && spells(q->cue, "said"));
    CHECK(quote_of(d, "from the front for years") == NULL);

    /* "find" reports a finding, a clause, not what is found; nor does a
     * clause cue with a comma and no quotation before it */
    d = run("Headline text\nBorder agents find the tunnels at night. "
            "Polls find the race is tied. The parts are hard to find, "
            "according to the report.\n");
    CHECK(quote_of(d, "the tunnels at night") == NULL);
    CHECK(quote_of(d, "the race is tied") != NULL);
    CHECK(quote_of(d, "according to the report") == NULL);
    /* a clause cue's clause may open with its subject's words and an
     * auxiliary, not with a preposition or "and" */
    d = run("Headline text\nTom Hale maintained the old plan was sound. "
            "Ann Vell maintained her lead and was calm.\n");
    CHECK(quote_of(d, "the old plan was sound") != NULL);
    CHECK(quote_of(d, "her lead and was calm") == NULL);
    d = run("Headline text\nWhen Tom Hale assumed office in 2007, he "
            "assumed the town would grow.\n");
    CHECK(quote_of(d, "office in 2007") == NULL);
    CHECK(quote_of(d, "the town would grow") != NULL);

    /* ", as X said": "as" is the writer's. */
    d = run("Headline text\nThe race is close, as Tom Hale said on "
            "Monday.\n");
    q = quote_of(d, "The race is close");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A transcript's label: a title and an aside in brackets may go with
     * the name; a title before a word that is no full name is no
     * label. */
    d = run("Headline text\n\nSome text here.\n\nRep. Tom Hale (R-S.C.):"
            "\"I have not heard that figure.\"\n\nDelegate Update: The "
            "latest count in the race.\n");
    q = quote_of(d, "I have not heard that figure.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "The latest count in the race") == NULL);

    /* A source's name may hold "and" ("the Organization for Economic
     * Cooperation and Development says"). */
    d = run("Headline text\nWages are high in France, which the "
            "Organization for Economic Cooperation and Development says "
            "had the highest wage floors.\n");
    q = quote_of(d, "had the highest wage floors");
    CHECK(q && speaker_is(d, q,
                          "Organization for Economic Cooperation and "
                          "Development"));

    /* A roundup's item: a headline, a dash, the name and a colon. */
    d = run("Headline text\n\nSome text here.\n\nTURNOUT ROSE IN THE NORTH - "
            "Anna Berglund: \"At long last the count has started.\"\n");
    q = quote_of(d, "At long last the count has started.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    d = run("Headline text\n\nSome text here.\n\nONLINE POLLS MISS - Zorvan "
            "Research: \"The samples are biased.\"\n");
    q = quote_of(d, "The samples are biased.");
    CHECK(q && spells(q->source, "Zorvan Research"));
    /* A list's item: a bullet, the name and a colon, then the words or
     * a cue in capitals that opens what the person said. */
    d = run("Headline text\n\nHere is what they said:\n\n* Governor Tom "
            "Hale: \"A floor, not a ceiling.\"\n\n* Senator Anna Berglund: "
            "Told a town hall that she backs the plan.\n\n* Businessman "
            "Ivan Dorov: Has said the wage should go.\n");
    q = quote_of(d, "A floor, not a ceiling.");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "she backs the plan");
    CHECK(q && spells(q->source, "Senator Anna Berglund"));
    q = quote_of(d, "the wage should go");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));

    /* A paragraph of one short line that a person's name and a colon
     * open is their words, as a related story's title; a team's line in
     * a schedule is not. */
    d = run("Headline text\n\nThe Miami Sharks beat the Hawks on Friday "
            "night.\n\nSharks: Host Milwaukee on Saturday night.\n\nAnna "
            "Berglund: I would run again.\n");
    CHECK(quote_of(d, "Host Milwaukee on Saturday night") == NULL);
    q = quote_of(d, "I would run again");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* A quantifier is a subject before a bare cue only where it opens
     * its clause ("Some hope ..."), not as an object ("to find some
     * hope"). */
    d = run("Headline text\nIt is a chance for farmers to share, for "
            "people to find some hope. Some hope the war ends soon.\n");
    CHECK(quote_of(d, "the war ends soon") != NULL);
    CHECK(quote_of(d, "It is a chance for farmers to share, for") == NULL);

    /* "It is common to feel ...": an expletive "it" names no one; the
     * quotation has no speaker, not the entity "it" last stood for ("It's
     * hard to say ..." is the writer's hedge, no quotation at all). */
    d = run("Headline text\nAnna Berglund runs Acme Bank. It is common to "
            "feel that the bank is safe. It's hard to say that it is not.\n");
    q = quote_of(d, "the bank is safe");
    CHECK(q && q->speaker == FW_NONE);
    CHECK(quote_of(d, "it is not") == NULL);

    /* A participle right after its noun, its agent after it, qualifies
     * the noun ("curbs ordered by the mayor"): nothing after it is
     * reported. After a comma it is the agent's stance ("The bill,
     * opposed by X, died"). */
    d = run("Headline text\nCurbs on travel ordered by Tom Hale told "
            "investors that he is serious. The bill, opposed by Anna "
            "Berglund, died.\n");
    CHECK(!has_cue(d, "ordered"));
    q = quote_of(d, "The bill");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    d = run("Headline text\nWidely derided by critics on the left, the idea "
            "of trading \"rights\" is back. \"It is nonsense,\" Tom Hale "
            "said by telephone.\n");
    CHECK(!has_cue(d, "derided"));
    q = quote_of(d, "It is nonsense,");
    CHECK(q && speaker_is(d, q, "Tom Hale"));

    /* A clause that ends in the subordinator opening the source's own
     * ("Shares fell as traders worried") is not what they said; nor
     * is a conjunction that links the sentence to the one before ("But,
     * X said, CLAUSE"). */
    d = run("Headline text\nShares fell as traders worried. But, "
            "Tom Hale said, the vote was close.\n");
    CHECK(quote_of(d, "Shares fell as") == NULL);
    q = quote_of(d, "the vote was close");
    CHECK(q && q->n_parts <= 1 && speaker_is(d, q, "Tom Hale"));

    /* "even as ..." and "and NAME VERBED ..." are clauses of the writer's;
     * "even if ..." and two names joined as subjects are the speaker's. */
    d = run("Headline text\nTom Hale said the talks would go on even as "
            "the army advanced. Anna Berglund said prices rose and Tom Hale "
            "resigned. Anna Berglund said the mayor would win even if the "
            "vote was close. Anna Berglund said Tom Hale and Emma Stone "
            "stole the car.\n");
    CHECK(quote_of(d, "the talks would go on") != NULL);
    CHECK(quote_of(d, "prices rose") != NULL);
    CHECK(quote_of(d, "the mayor would win even if the vote was close") !=
          NULL);
    CHECK(quote_of(d, "Tom Hale and Emma Stone stole the car") != NULL);

    /* ", but VERBED" with no subject goes on with the predicate; not
     * after an infinitive, whose subject is the speaker's. */
    d = run("Headline text\nTom Hale said the vote was fair, but required "
            "a recount. Anna Berglund pledged to back the mayor, but "
            "sounded unsure.\n");
    CHECK(quote_of(d, "the vote was fair, but required a recount") != NULL);
    CHECK(quote_of(d, "to back the mayor") != NULL);
    /* so does a verb of finding after a content whose subject is a
     * pronoun; a verb of speech there is the speaker's next act */
    d = run("Headline text\nAnna Berglund said she wanted a change, but "
            "found the plan too costly. Tom Hale said he liked the plan, "
            "but added a warning.\n");
    CHECK(quote_of(d, "she wanted a change, but found the plan too "
                      "costly") != NULL);
    CHECK(!has_cue(d, "found"));
    CHECK(quote_of(d, "he liked the plan") != NULL);
    /* and an auxiliary after a comma that repeats the content's own lists
     * its predicates; another is the sentence's verb coming back */
    d = run("Headline text\nA spokesman for Tom Hale said the inquiry had "
            "nothing to do with the council, had started in May and been "
            "closed in June.\n");
    CHECK(quote_of(d, "the inquiry had nothing to do with the council, had "
                      "started in May and been closed in June") != NULL);
    d = run("Headline text\nA group backing Tom Hale, which said the vote "
            "was rigged, has asked for a recount.\n");
    CHECK(quote_of(d, "the vote was rigged") != NULL);

    /* A setting after the cue, set off by commas, before "that": the
     * content starts after "that". */
    d = run("Headline text\nTom Hale said during a visit to a plant in "
            "Dayton, Ohio, that the tariffs would stay. Anna Berglund "
            "said on Monday, in an interview with the BBC, that talks had "
            "failed. Ann Vell agreed to meet the unions, despite the "
            "strike, that month.\n");
    CHECK(quote_of(d, "the tariffs would stay") != NULL);
    CHECK(quote_of(d, "talks had failed") != NULL);
    CHECK(quote_of(d, "month") == NULL);

    /* A content ends before ", the prime minister's spokesman said": a
     * source whose last word is a title. */
    d = run("Headline text\nTom Hale wants to keep the treaty, the prime "
            "minister's spokesman said.\n");
    q = quote_of(d, "Tom Hale wants to keep the treaty");
    CHECK(q && spells(q->source, "the prime minister's spokesman"));

    /* A dash aside of some length goes on with the clause; one that holds
     * quotation marks is no aside of the content. */
    d = run("Headline text\nTom Hale said the council - which met on "
            "Monday for the third time this month after the flood - had "
            "agreed.\n");
    CHECK(quote_of(d, "the council - which met on Monday for the third time "
                      "this month after the flood - had agreed") != NULL);
}

/* Sources and hearers around a clause reported before its cue. */
static void test_reported_around(void)
{
    /* "Former President X ..., telling": the title after its modifier
     * names the participle's subject */
    const fw_doc *fp = run("Headline text\nFormer President Tom Hale "
                           "returned home on Saturday, telling a crowd "
                           "that the party could win.\n");
    const fw_quote *fq = quote_of(fp, "the party could win");
    CHECK(fq && speaker_is(fp, fq, "Tom Hale"));
    /* "A Reuters/Ipsos poll found": names joined by a slash */
    const fw_doc *sl = run("Headline text\nA Velora/Harbor poll released "
                           "on Monday found Tom Hale leading.\n");
    const fw_quote *sq = quote_of(sl, "Tom Hale leading");
    CHECK(sq && spells(sq->source, "A Velora/Harbor poll released on Monday"));
    /* a bare form after those a poll asked is a verb */
    const fw_doc *pv = run("Headline text\nOnly 19 percent of the students "
                           "polled support the plan.\n");
    CHECK(quote_of(pv, "the plan") != NULL);
    /* one noun a cue of will asks for: "called for calm" (not "urged
     * again") */
    const fw_doc *cf = run("Headline text\nTom Hale called for calm. Anna "
                           "Berglund urged again. Ivan Dorov urged caution.\n");
    CHECK(quote_of(cf, "calm") != NULL && quote_of(cf, "again") == NULL);
    CHECK(quote_of(cf, "caution") != NULL);
    /* "X and the Y said": both speak (not "is investigating the police
     * and the Y is considering ...") */
    const fw_doc *cj = run("Headline text\nThe Velora Board and the Harbor "
                           "Authority said the port was safe. The Velora "
                           "Office is investigating the Harbor Police and "
                           "the Velora Board is considering a request.\n");
    const fw_quote *cq = quote_of(cj, "the port was safe");
    CHECK(cq && spells(cq->source, "The Velora Board and the Harbor "
                                   "Authority"));
    cq = quote_of(cj, "a request");
    CHECK(cq && spells(cq->source, "the Velora Board"));
    /* "CLAUSE, X said Tuesday, urging ...": the participle after the
     * cue's time is the writer's, the clause what was said */
    const fw_doc *ut = run("Headline text\nCases rose tenfold last year, "
                           "the Velora Health Board said Tuesday, urging "
                           "parents to act.\n");
    CHECK(quote_of(ut, "Cases rose tenfold last year") != NULL);
    /* A number between a name and a title ("District 751 President X");
     * a name in apposition after a possessive's noun ("Acme's largest
     * customer, Beta Air, said") */
    const fw_doc *nb = run("Headline text\nVelora Union District 751 "
                           "President Tom Hale told reporters the vote was "
                           "fair. Acme's largest customer, Beta Air, said it "
                           "was frustrated.\n");
    const fw_quote *nq = quote_of(nb, "the vote was fair");
    CHECK(nq && speaker_is(nb, nq, "Tom Hale"));
    nq = quote_of(nb, "it was frustrated");
    CHECK(nq && speaker_is(nb, nq, "Beta Air"));
    /* (after a possessive pronoun too: "Its owner, Beta Air, said") */
    nb = run("Headline text\nThe plant closed. Its owner, Beta Air, said it "
             "was moving.\n");
    nq = quote_of(nb, "it was moving");
    CHECK(nq && speaker_is(nb, nq, "Beta Air"));
    /* "Rep. X, R-Ala., chairman of ..., said": past the party and state
     * to the name */
    const fw_doc *pl = run("Headline text\nRep. Tom Hale, R-Ala., chairman "
                           "of the House Armed Services Committee, said the "
                           "plan was good.\n");
    const fw_quote *pq = quote_of(pl, "the plan was good");
    CHECK(pq && speaker_is(pl, pq, "Tom Hale"));
    /* a weekday's short form as the clause's subject is part of it */
    const fw_doc *w = run("Headline text\nLinda Sun was arrested. "
                          "Officials said Sun was fired in May.\n");
    CHECK(quote_of(w, "Sun was fired in May") != NULL);
    /* "signaled": a cue; "a signal" is none */
    const fw_doc *g = run("Headline text\nThe Velora Reserve held rates but "
                          "signaled it would cut them in May. The move sent "
                          "a signal to markets.\n");
    const fw_quote *gq = quote_of(g, "it would cut them in May");
    CHECK(gq && spells(gq->cue, "signaled"));
    CHECK(!has_cue(g, "signal"));
    /* "Velora to propose tariffs": "to" after a name is no part of the
     * source; "..., sources say" reports the clause before it, Tom Hale's
     * plan with it */
    const fw_doc *h = run("Velora to propose tariffs on steel\n\nTom "
                          "Hale will propose new tariffs on steel, sources "
                          "said.\n");
    const fw_quote *hq = quote_of(h, "tariffs on steel");
    CHECK(hq && spells(hq->source, "Velora"));
    hq = quote_of(h, "Tom Hale will propose new tariffs on steel");
    CHECK(hq && spells(hq->source, "sources"));
    /* "..., did not respond to requests": no source after a cue opens
     * with a preposition */
    const fw_doc *r = run("Headline text\nThe aides declined to comment, "
                          "did not respond to requests for comment or left "
                          "early.\n");
    size_t nr;
    const fw_quote *rq = r ? fw_doc_quotes(r, &nr) : NULL;
    for (size_t k = 0; rq && k < nr; k++)
        CHECK(!spells(rq[k].source, "to requests for"));
    /* "The president's son X said": the one the nominal's possessive
     * qualifies speaks; "the president's spokesman": someone else. */
    const fw_doc *p = run("Headline text\nTom Hale spoke first. The "
                          "president's son Ivan said the talks would go on. "
                          "The president's spokesman said the talks had "
                          "ended.\n");
    const fw_quote *o = quote_of(p, "the talks would go on");
    CHECK(o && speaker_is(p, o, "Ivan"));
    o = quote_of(p, "the talks had ended");
    CHECK(o && speaker_is(p, o, NULL));
    /* The subject of a clause whose verb is an irregular past, before a
     * participle after a comma; a body a place's possessive names is
     * the one that speaks. */
    const fw_doc *v = run("Headline text\nChile's High Court struck down "
                          "the levy, ruling that it was unfair. Chile's "
                          "Supreme Court said the vote was valid.\n");
    const fw_quote *u = quote_of(v, "it was unfair");
    CHECK(u && spells(u->source, "High Court") &&
          speaker_is(v, u, "High Court"));
    u = quote_of(v, "the vote was valid");
    CHECK(u && speaker_is(v, u, "Supreme Court"));
    /* The subject of an infinitive's verb ends before its auxiliaries;
     * the object of a verb that makes it act speaks ("led X to say"). */
    v = run("Headline text\nTom Hale has wasted the week trying to argue "
            "that the port is safe. The defeat led Anna Berglund to declare "
            "that the "
            "race was over.\n");
    u = quote_of(v, "the port is safe");
    CHECK(u && spells(u->source, "Tom Hale"));
    u = quote_of(v, "the race was over");
    CHECK(u && spells(u->source, "Anna Berglund") &&
          speaker_is(v, u, "Anna Berglund"));

    /* "CLAUSE, X told HEARER ...": the clause is reported, whoever the
     * hearer; alone, "X told a tale" tells the tale. */
    const fw_doc *d = run("Headline text\nThe bridge is safe, Tom Hale told "
                          "the council on Monday. The roads are open, Anna "
                          "Berglund told her advisers as she left.\n");
    const fw_quote *q = quote_of(d, "The bridge is safe");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "The roads are open");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    d = run("Headline text\nTom Hale told a different tale.\n");
    CHECK(quote_of(d, "a different tale") != NULL);
    /* a hearer no one names, then the clause, its subject an article's
     * noun: "told the crowd the district had ..." */
    d = run("Headline text\nAnna Berglund told the crowd the district had "
            "money.\n");
    q = quote_of(d, "the district had money");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* (a participle with its object and a "that" clause after the
     * cue is the writer's: "..., the ministry said, raising hopes that
     * more would be freed") */
    d = run("Headline text\nThe two sides agreed to a truce, the ministry "
            "said, raising hopes that more hostages would be freed.\n");
    q = quote_of(d, "The two sides agreed to a truce");
    CHECK(q && q->n_parts == 1);
    /* so with a participle of manner after the cue's time: "...,
     * the paper reported on Tuesday, citing sources" */
    d = run("Headline text\nThe mill will close in May, the Daily Planet "
            "reported on Tuesday, citing people close to the owners.\n");
    q = quote_of(d, "The mill will close in May");
    CHECK(q && spells(q->cue, "reported"));

    /* A source described by "whose ..."; ", which said" is a source; an
     * -ing aside after the content's subject goes on to its verb. */
    d = run("Headline text\nTom Hale, a lawyer whose firm was hired by the "
            "city, said the deal was fair. The Daily Planet, which once said "
            "it would close, said it would stay. The council says farmers, "
            "numbering 300, harvested less.\n");
    q = quote_of(d, "the deal was fair");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "it would close");
    CHECK(q && spells(q->source, "which"));
    CHECK(quote_of(d, "farmers, numbering 300, harvested less") != NULL);

    /* A short object of stance, then the time of the act; but a view
     * after the time ("as ...") goes with it. */
    d = run("Headline text\nTom Hale defended his position during a summit "
            "in March. Anna Berglund described the council during an "
            "interview as a failure.\n");
    q = quote_of(d, "his position");
    CHECK(q && spells(q->cue, "defended"));
    CHECK(quote_of(d, "the council during an interview as a failure") != NULL);

    /* "X, an apposition, calls NAME \"...\"": a verb, a name its object. */
    d = run("Headline text\nAnna Berglund, director of the harbour board, "
            "calls Westport \"a ghost town\" because few ships dock there.\n");
    q = quote_of(d, "Westport \"a ghost town\" because few ships dock there");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));

    /* "said in its filing it owed": a setting, then the clause; but
     * "disagreed over how far it should go" asks a question. */
    d = run("Headline text\nThe firm said in its filing to the court it "
            "owed $5 million. Tom Hale said in interviews he was tired.\n");
    CHECK(quote_of(d, "it owed $5 million") != NULL);
    CHECK(quote_of(d, "he was tired") != NULL);

    /* A parenthesis inside the clause before ", according to X" ends
     * nothing. */
    d = run("Headline text\nThe firm owed 40 million kroner (4 million "
            "euros, $5 million) to suppliers, according to the news agency "
            "NT.\n");
    q = quote_of(d, "The firm owed 40 million kroner (4 million euros, $5 "
                    "million) to suppliers");
    CHECK(q && spells(q->cue, "according to"));

    /* "according to which" opens a relative clause; "sought out" is
     * to look for. */
    d = run("Headline text\nThe council passed the model, according to "
            "which rents rise. Then she sought out one of the classes.\n");
    CHECK(d && !has_cue(d, "according to") && !has_cue(d, "sought"));
    d = run("Headline text\nIn a memo, Tom Hale, the executive in charge "
            "of \"Today,\" warned the staff.\n");
    CHECK(d && !has_cue(d, "charge"));
    d = run("Headline text\nThe party has written off the votes of the "
            "north. The union called off the strike.\n");
    CHECK(d && !has_cue(d, "written") && !has_cue(d, "called"));
    d = run("Headline text\nUnions are backing up their endorsements with "
            "money. With 98 percent of precincts reporting, the race was "
            "tight. It is the highest calling of the trade.\n");
    CHECK(d && !has_cue(d, "are backing") && !has_cue(d, "reporting") &&
          !has_cue(d, "calling"));
    d = run("Headline text\nTom Hale backed away from the deal. The speech "
            "called to mind the old days.\n");
    CHECK(d && !has_cue(d, "backed") && !has_cue(d, "called"));
    /* A time alone before "X called." is no content; "news" is no
     * plural subject ("political news show guests"). */
    d = run("Headline text\nThen, last week, Tom Hale called. On cable, "
            "political news show guests were mostly men.\n");
    CHECK(d && !has_cue(d, "called") && !has_cue(d, "show"));
    /* "added around 292,000 jobs": an amount; "Other shows": a plural
     * noun; "what X says and promises is": no content. */
    d = run("Headline text\nWhile the state added around 29,000 jobs, the "
            "city lost some. Other shows did a bit better. At the paper, what "
            "Tom Hale says and promises is the rule.\n");
    CHECK(d && !has_cue(d, "added") && !has_cue(d, "shows") &&
          !has_cue(d, "says"));
    d = run("Headline text\nViews of the plan have also declined, by nine "
            "points since May. Sales declined by 4 percent.\n");
    CHECK(d && !has_cue(d, "declined") && !has_cue(d, "have also declined"));

    /* "a group called NAME" names the group; "called NAME \"...\"" and
     * "called NAME's report a ..." call something. */
    d = run("Headline text\nA group called Farmers First met. The campaign "
            "called Westport \"a ghost town.\" The campaign called AP's "
            "report a \"fantasy.\"\n");
    CHECK(quote_of(d, "Farmers First") == NULL);
    q = quote_of(d, "Westport \"a ghost town.\"");
    CHECK(q && spells(q->source, "The campaign"));
    q = quote_of(d, "AP's report a \"fantasy.\"");
    CHECK(q && spells(q->source, "The campaign"));
    /* A participle's phrase in dashes after the source names no speaker
     * ("X -- mentioned by Y as ... -- told"). */
    d = run("Headline text\nOn Monday, Vrendal -- mentioned by Ella Moss as "
            "a likely pick -- told reporters that he would run.\n");
    q = quote_of(d, "he would run");
    CHECK(q && !speaker_is(d, q, "Ella Moss"));
    /* A second subject set off by commas after "and", then the content's
     * verb: one content (not after a preposition). */
    d = run("Headline text\nCritics say the account, and hundreds like it, "
            "show how the rules failed.\n");
    CHECK(quote_of(d, "the account, and hundreds like it, show how the rules "
                      "failed") != NULL);
    /* "too soon to say", "hard to tell": the writer's hedge */
    d = run("Headline text\nIt is too soon to say whether the plan will "
            "work. It is hard to tell how voters will react.\n");
    CHECK(!has_cue(d, "say") && !has_cue(d, "tell"));
    /* So with a name before "called" after the clause's verb, and a name
     * that "the" opens. */
    d = run("Headline text\nThe ads were paid for by a PAC called Velmor "
            "First. Tom Hale joined a movement called the People's Front.\n");
    CHECK(quote_of(d, "Velmor First") == NULL);
    CHECK(quote_of(d, "the People's Front") == NULL);

    /* "According to X:" introduces a quotation. */
    d = run("Headline text\nThe budget passed.\nAccording to the Daily "
            "Planet: \"The vote was close.\"\n");
    q = quote_of(d, "The vote was close.");
    CHECK(q && spells(q->source, "the Daily Planet"));

    /* A word said alone before its attribution; not a capitalised
     * "No" inside a headline's clause. */
    d = run("Headline text\nSorry, Tom Hale said. Yes, Anna Berglund said. "
            "\nMayor Says No To Bridge Plan\n");
    q = quote_of(d, "Sorry");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "Yes");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    CHECK(quote_of(d, "No") == NULL);

    /* ", how they want it": a clause of the content's, not another
     * attribution. */
    d = run("Headline text\nTom Hale says the paper must give readers what "
            "they want, how they want it.\n");
    q = quote_of(d, "the paper must give readers what they want, how they "
                    "want it");
    CHECK(q && spells(q->cue, "says"));

    /* A concession that opens the content ends at its comma, not the
     * content. */
    d = run("Headline text\nAnna Berglund says despite the rain, she "
            "plans to open the fair.\n");
    q = quote_of(d, "despite the rain, she plans to open the fair");
    CHECK(q && spells(q->cue, "says"));

    /* A long relative clause between dashes describes the source, whose
     * name comes before it; the dashes of an aside before the source do
     * not make what precedes them part of it. */
    d = run("Headline text\nAnna Berglund -- who has been locked in a "
            "dispute with the harbour commissioner over the last several "
            "weeks -- said she regretted her words. The bridge would be "
            "finished by the end of the year -- a month late -- he said.\n");
    q = quote_of(d, "she regretted her words");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "The bridge would be finished by the end of the year -- a "
                    "month late --");
    CHECK(q && spells(q->source, "he"));

    /* After "A, X said," a clause with its own attribution is not X's:
     * ", and forecasters warned B", ", and B, the agency added." */
    d = run("Headline text\nHundreds of homes were evacuated, police said, "
            "but forecasters warned more rain was on the way. The bridge was "
            "closed, police said, and more rain would fall, the agency "
            "added. Officials said the roads were shut, and the river would "
            "rise, engineers warned.\n");
    q = quote_of(d, "Hundreds of homes were evacuated");
    CHECK(q && q->n_parts == 1 && spells(q->source, "police"));
    q = quote_of(d, "more rain was on the way");
    CHECK(q && spells(q->source, "forecasters"));
    q = quote_of(d, "The bridge was closed");
    CHECK(q && q->n_parts == 1);
    q = quote_of(d, "more rain would fall");
    CHECK(q && spells(q->source, "the agency"));
    q = quote_of(d, "the river would rise");
    CHECK(q && spells(q->source, "engineers"));
    /* (the later attribution inverted too: ", said the agency.") */
    d = run("Headline text\nThe bridge was closed, police said, and more "
            "rain would fall, said the agency.\n");
    q = quote_of(d, "more rain would fall");
    CHECK(q && spells(q->source, "the agency"));
    /* "what X is saying" is an object: the clause before it is no
     * content */
    d = run("Headline text\nVoters are unfamiliar with what he is saying.\n");
    CHECK(quote_of(d, "Voters are unfamiliar with what") == NULL);
    /* with no comma before the source, a verb that tags no quotation
     * ends a relative clause: its object is no content ("each person
     * they refuse"); a tag verb still reports the clause, as does one
     * after ", as" */
    d = run("Headline text\nCountries would pay a fine for each person "
            "they refuse. The economy is strong he said. Prices will "
            "rise, as analysts predict.\n");
    CHECK(quote_of(d, "Countries would pay a fine for each person") == NULL);
    q = quote_of(d, "The economy is strong");
    CHECK(q && spells(q->source, "he"));
    q = quote_of(d, "Prices will rise");
    CHECK(q && spells(q->source, "analysts"));
}

/* A cue in the passive reports its subject; the source is the agent
 * after "by", or there is none. */
static void test_passive(void)
{
    const fw_doc *d = run("Headline text\nBoth attacks were claimed by "
                          "the Velora Front. Tom Hale is expected to resign "
                          "next week. Revenue was reported as $12 million.\n");
    const fw_quote *q = quote_of(d, "Both attacks");
    CHECK(q && q->n_parts == 1 && spells(q->cue, "were claimed") &&
          spells(q->source, "the Velora Front"));
    q = quote_of(d, "Tom Hale");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "to resign next week") &&
          spells(q->cue, "is expected") && q->source.start == q->source.end &&
          speaker_is(d, q, NULL));
    q = quote_of(d, "Revenue");
    CHECK(q && spells(q->parts[1], "as $12 million") &&
          q->source.start == q->source.end);
    /* a name set off after the agent is the speaker: "by his lawyer,
     * X," */
    d = run("Headline text\nThe deal was confirmed by his lawyer, Tom "
            "Hale, who declined to comment further.\n");
    q = quote_of(d, "The deal");
    CHECK(q && spells(q->source, "his lawyer, Tom Hale") &&
          speaker_is(d, q, "Tom Hale"));

    /* One told is the hearer: the content is what follows. */
    d = run("Headline text\nAnna Berglund was told by aides that the vote "
            "had failed.\n");
    q = quote_of(d, "the vote had failed");
    CHECK(q && q->n_parts == 1 && spells(q->source, "aides"));

    /* Not passives: a state of mind ("is worried"), and one reported to
     * have spoken. */
    d = run("Headline text\nThe mayor is worried that the bridge will "
            "close. Tom Hale is reported to have called the plan "
            "\"a disaster.\"\n");
    q = quote_of(d, "the bridge will close");
    CHECK(q && spells(q->source, "The mayor"));
    CHECK(d && !quote_of(d, "Tom Hale"));

    /* One quoted "as saying" speaks, not who quoted them; without a
     * verb that quotes, "as saying" reports nothing. */
    d = run("Headline text\nTom Hale was quoted as saying the port was "
            "closed. State radio quoted Anna Berglund as saying that the "
            "dam held. The agency cited Ivan Dorov, the mayor, as saying "
            "the roads were open. Tom Hale arrived late. A paper quoted him "
            "as saying: \"We are ready.\" That is not the same as saying "
            "the judge erred.\n");
    q = quote_of(d, "the port was closed");
    CHECK(q && spells(q->source, "Tom Hale"));
    q = quote_of(d, "the dam held");
    CHECK(q && spells(q->cue, "as saying") &&
          speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "the roads were open");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));
    CHECK(!quote_of(d, "Ivan Dorov, the mayor,"));
    q = quote_of(d, "We are ready.");
    CHECK(q && spells(q->source, "him") && speaker_is(d, q, "Tom Hale"));
    CHECK(!quote_of(d, "the judge erred"));
    /* (in the passive with its agent, the subject: "X was quoted by
     * Interfax as saying") */
    d = run("Headline text\nDeputy Minister Ivan Dorov was quoted by the "
            "Vorsk news agency as saying growth would slow.\n");
    q = quote_of(d, "growth would slow");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));

    /* the agent after what a cue in the passive reports: "was called a
     * liar by X" (not "in an affidavit written by Y") */
    d = run("Headline text\nThe plan has been called \"a disaster\" by Tom "
            "Hale, a professor at the college.\n");
    q = quote_of(d, "The plan");
    CHECK(q && q->n_parts == 2 && spells(q->parts[1], "\"a disaster\"") &&
          speaker_is(d, q, "Tom Hale"));
    d = run("Headline text\nThe levy was described as reckless by "
            "critics.\n");
    q = quote_of(d, "The levy");
    CHECK(q && spells(q->source, "critics"));

    /* "called" with a particle of motion summons; it reports nothing */
    d = run("Headline text\nOfficers were called to the dock after a "
            "fight. Troops were called in. Tom Hale was called a liar.\n");
    CHECK(!quote_of(d, "Officers") && !quote_of(d, "Troops"));
    CHECK(quote_of(d, "Tom Hale") != NULL);
}

static void test_interview(void)
{
    /* From the first question on, each question and answer is a direct
     * quotation, its mark the source and its colon the cue; an answer is
     * the interviewee's, the one who spoke before the first question, a
     * question no one's the text names */
    const fw_doc *d = run("Q&A: The mayor on the budget\n\nIn an interview, "
                          "Mayor Anna Berglund discussed the budget.\n\nQ: "
                          "Will taxes rise?\n\nA: Not this year. We have "
                          "savings.\n\nQ: And next year?\n\nA: We will "
                          "see.\n");
    const fw_quote *q = quote_of(d, "Not this year. We have savings.");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && spells(q->cue, ":") &&
          spells(q->source, "A") && speaker_is(d, q, "Anna Berglund"));
    q = quote_of(d, "Will taxes rise?");
    CHECK(q && spells(q->source, "Q") && speaker_is(d, q, NULL));
    q = quote_of(d, "We will see.");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
    /* no question, no answer */
    d = run("Headline text\nA. Smith left.\n\nA: list of items.\n");
    CHECK(!quote_of(d, "list of items."));
}

static void test_nested_subhead(void)
{
    const fw_doc *d =
        run("Talks resume\nTom Hale said there was hope.\n\"I told him, 'you "
            "have no choice,' and he agreed,\" Tom Hale said.\n- 'No choice "
            "left' -\nAnna Berglund said, \"There is no choice left for "
            "us.\"\n");
    const fw_quote *q = quote_of(d, "you have no choice,");
    CHECK(q && q->kind == FW_QUOTE_NESTED && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "No choice left");
    CHECK(q && q->kind == FW_QUOTE_SUBHEAD &&
          speaker_is(d, q, "Anna Berglund"));
    /* A subhead of two words, one of them a verb's -s form, reports
     * no marks as a content. */
    d = run("Talks resume\nPrices rose.\n- 'Demand worries' -\nPrices "
            "fell.\n");
    q = quote_of(d, "Demand worries");
    CHECK(q && q->kind == FW_QUOTE_SUBHEAD);
    CHECK(d && !has_cue(d, "worries"));

    /* Words set off as speech are nested quotations; a term in quotes
     * is not. */
    d = run("Talks resume\n\"I was like, 'this cannot be right,' and the "
            "'fair deal' crowd laughed,\" Tom Hale said.\n");
    q = quote_of(d, "this cannot be right,");
    CHECK(q && q->kind == FW_QUOTE_NESTED && speaker_is(d, q, "Tom Hale"));
    CHECK(quote_of(d, "fair deal") == NULL);
    /* Another's words in the quotation are theirs: "when I hear a
     * leader say, '...'" */
    d = run("Talks resume\n\"When I hear a European leader say, 'we will "
            "help,' I want to see it,\" Tom Hale said.\n");
    q = quote_of(d, "we will help,");
    CHECK(q && q->kind == FW_QUOTE_NESTED &&
          spells(q->source, "a European leader") && speaker_is(d, q, NULL));
}

/* A text in another language: the English rules find no names and no
 * cues in it, only the quotations its marks set off. */
static void test_foreign(void)
{
    const fw_doc *d = run(
        "Verkehrsbetriebe kündigen neuen Warnstreik an\n\nDie Beschäftigten "
        "der städtischen Verkehrsbetriebe wollen am Freitag erneut die Arbeit "
        "niederlegen. Das teilte die Gewerkschaft am Mittwoch in einer "
        "Erklärung mit. \u201EWir haben lange genug gewartet\u201C, sagte "
        "ein Sprecher der Gewerkschaft. Fahrgäste müssen sich auf erhebliche "
        "Einschränkungen im gesamten Netz einstellen. Die Verhandlungen mit "
        "der Geschäftsführung sollen in der kommenden Woche fortgesetzt "
        "werden, hieß es weiter. Beide Seiten zeigten sich zuletzt "
        "gesprächsbereit.\n");
    size_t ne = 9, nq = 9;
    if (d) {
        fw_doc_entities(d, &ne);
        fw_doc_quotes(d, &nq);
    }
    CHECK(d && d->foreign && ne == 0 && nq == 1);
    const fw_quote *q = quote_of(d, "Wir haben lange genug gewartet");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && q->cue.start == q->cue.end &&
          q->speaker == FW_NONE);

    /* English of the same length is read as English. */
    d = run("Headline text\nThe workers of the city's transport company "
            "want to stop work again on Friday. The union said so on "
            "Wednesday in a statement. \"We have waited long enough,\" a "
            "spokesman for the union said. Passengers must expect severe "
            "disruption across the whole network. Talks with the management "
            "are to go on next week, it said.\n");
    CHECK(d && !d->foreign);
}

static void test_apposed_speaker(void)
{
    /* The name in apposition speaks, past a modifier in lower case that
     * its title leaves out ("state Sen. X"). */
    const fw_doc *d = run("Headline text\nThe bill's author, state Sen. "
                          "Ivan Dorov, said he would reintroduce it.\n");
    const fw_quote *q = quote_of(d, "he would reintroduce it");
    CHECK(q && speaker_is(d, q, "Ivan Dorov"));
}

static void test_obliged_speaker(void)
{
    /* The object of "require" acts, after auxiliaries too ("would have
     * required companies to disclose"); a passive's subject does
     * ("Clerks would be allowed to deny"). */
    const fw_doc *d = run("Headline text\nTom Hale vetoed a bill that "
                          "would have required large companies to "
                          "disclose their emissions, saying it was costly. "
                          "Clerks would be allowed to deny the licenses.\n");
    const fw_quote *q = quote_of(d, "their emissions");
    CHECK(q && spells(q->source, "large companies"));
    /* (the participle after it is the sentence subject's act) */
    q = quote_of(d, "it was costly");
    CHECK(q && speaker_is(d, q, "Tom Hale"));
    q = quote_of(d, "the licenses");
    CHECK(q && spells(q->source, "Clerks"));
}

static void test_tag_after_cue(void)
{
    /* "A was found, X said": the clause is X's, the cue before the
     * comma takes nothing after it; "in an interview with local radio"
     * reports nothing (but ", laments X's legacy" is no tag). */
    const fw_doc *d = run("Headline text\nNo fraud was found, said Ella "
                          "Moss, the chief election officer, in an "
                          "interview with local radio. No fraud was found, "
                          "officials said.\n");
    size_t n = 0;
    const fw_quote *q = d ? fw_doc_quotes(d, &n) : NULL;
    CHECK(n == 2 && q && spells(q[0].content, "No fraud was found") &&
          speaker_is(d, &q[0], "Ella Moss") &&
          spells(q[1].content, "No fraud was found") &&
          spells(q[1].source, "officials"));
    CHECK(!quote_of(d, "with local radio"));
    d = run("Headline text\n\"No,\" said Ella Moss, the chief election "
            "officer, in an interview with local radio.\n");
    CHECK(d && quote_of(d, "No,") && !quote_of(d, "with local radio"));
}

static void test_headline_quote_colon(void)
{
    /* A headline's "'QUOTE': Speaker verb ...": the one named after the
     * colon said it, the colon the cue. */
    const fw_doc *d = run("'We will rebuild': Mayor Anna Berglund vows to "
                          "restore city\n\nAnna Berglund spoke on Monday.\n");
    const fw_quote *q = quote_of(d, "We will rebuild");
    CHECK(q && q->kind == FW_QUOTE_DIRECT && spells(q->cue, ":") &&
          speaker_is(d, q, "Anna Berglund"));
}

static void test_report_setting(void)
{
    /* "in a report" is where it was said, as "in a statement" is: the
     * content starts after "that", a time between or not. */
    const fw_doc *d = run("Headline text\nAmnesty International said in a "
                          "report last month that it had documented "
                          "attacks.\n");
    const fw_quote *q = quote_of(d, "it had documented attacks");
    CHECK(q && spells(q->cue, "said"));
}

static void test_body_by_noun(void)
{
    /* "A company spokeswoman" speaks for the company the story named
     * last, as "an Acme spokesman" does; a ministry no one named is
     * no one. */
    const fw_doc *d = run("Headline text\nAcme Motors recalled 50,000 cars "
                          "on Tuesday. A company spokeswoman said the "
                          "recall was voluntary. A ministry spokesman said "
                          "it was looking into it.\n");
    const fw_quote *q = quote_of(d, "the recall was voluntary");
    CHECK(q && speaker_is(d, q, "Acme Motors"));
    q = quote_of(d, "it was looking into it");
    CHECK(q && q->speaker == FW_NONE);
}

static void test_unnamed_speaker(void)
{
    /* A pronoun after an unnamed subject that an everyday role names
     * ("A local shopkeeper told Reuters") is that person's, who is no
     * entity, not the woman named before; she speaks again once named
     * again. */
    const fw_doc *d = run("Headline text\nAnna Berglund, the mayor, visited "
                          "the site on Monday.\n\nA local shopkeeper told "
                          "Reuters she had lost everything. \"Nobody has "
                          "helped me,\" she said.\n\nBerglund said she would "
                          "return. \"We will rebuild,\" she said.\n");
    const fw_quote *q = quote_of(d, "Nobody has helped me,");
    CHECK(q && spells(q->source, "she") && q->speaker == FW_NONE);
    q = quote_of(d, "We will rebuild,");
    CHECK(q && speaker_is(d, q, "Anna Berglund"));
}

static void test_first_person(void)
{
    /* "I" inside a quotation is its speaker. */
    const fw_doc *d = run("Headline text\n\"I will stay,\" Anna Berglund "
                          "said.\n");
    size_t n, nm;
    const fw_entity *e = d ? fw_doc_entities(d, &n) : NULL;
    const fw_mention *m = d ? fw_doc_mentions(d, &nm) : NULL;
    bool found = false;
    for (size_t i = 0; m && i < nm; i++)
        if (spells(m[i].span, "I") && m[i].entity != FW_NONE &&
            e[m[i].entity].name.len == strlen("Anna Berglund"))
            found = true;
    CHECK(found);
}

int main(void)
{
    test_direct();
    test_reported();
    test_reported_bounds();
    test_reported_around();
    test_passive();
    test_foreign();
    test_nested_subhead();
    test_interview();
    test_apposed_speaker();
    test_body_by_noun();
    test_report_setting();
    test_headline_quote_colon();
    test_tag_after_cue();
    test_obliged_speaker();
    test_unnamed_speaker();
    test_first_person();
    test_done();
    return CHECK_DONE();
}
