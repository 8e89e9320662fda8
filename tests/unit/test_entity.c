/* Mentions and entities, on sentences written for these tests: each
 * mention pattern and each resolution rule. */
#include "../check.h"
#include "../testdoc.h"
#include "internal.h"

static const char *text_of;

/* The entity that has a name mention spelled 'name', or NULL. */
static const fw_entity *entity_named(const fw_doc *d, const char *name)
{
    size_t n, nm;
    const fw_entity *e = fw_doc_entities(d, &n);
    const fw_mention *m = fw_doc_mentions(d, &nm);
    for (size_t i = 0; i < n; i++) {
        if (e[i].name.len == strlen(name) &&
            memcmp(e[i].name.ptr, name, e[i].name.len) == 0)
            return &e[i];
        for (size_t k = 0; k < e[i].n_mentions; k++) {
            fw_span s = m[e[i].mentions[k]].span;
            if (m[e[i].mentions[k]].kind == FW_MENTION_NAME &&
                s.end - s.start == strlen(name) &&
                memcmp(text_of + s.start, name, s.end - s.start) == 0)
                return &e[i];
        }
    }
    return NULL;
}

/* The type of the entity named 'name', or -1 when there is none. */
static int type_of(const fw_doc *d, const char *name)
{
    const fw_entity *e = d ? entity_named(d, name) : NULL;
    return e ? (int)e->type : -1;
}

/* Does entity 'e' have a mention of 'kind' spelled 'text'? */
static bool has_mention(const fw_doc *d, const fw_entity *e,
                        fw_mention_kind kind, const char *text)
{
    size_t nm;
    const fw_mention *m = fw_doc_mentions(d, &nm);
    for (size_t k = 0; e && k < e->n_mentions; k++) {
        const fw_mention *x = &m[e->mentions[k]];
        if (x->kind == kind && x->span.end - x->span.start == strlen(text) &&
            memcmp(text_of + x->span.start, text,
                   x->span.end - x->span.start) == 0)
            return true;
    }
    return false;
}

static bool has_title(const fw_entity *e, const char *title)
{
    for (size_t k = 0; e && k < e->n_titles; k++)
        if (e->titles[k].len == strlen(title) &&
            memcmp(e->titles[k].ptr, title, e->titles[k].len) == 0)
            return true;
    return false;
}

static bool country_is(const fw_entity *e, const char *code)
{
    return e && e->country && strcmp(e->country, code) == 0;
}

static size_t count_entities(const fw_doc *d)
{
    size_t n;
    fw_doc_entities(d, &n);
    return n;
}

static const fw_doc *run(const char *text)
{
    text_of = text;
    return analyze_text(text);
}

static void test_titles(void)
{
    /* A title before an honorific is the name's ("... Dr. X"). */
    const fw_doc *h = run("Headline text\nFormer Treasury official Dr. Anton "
                          "Weller spoke.\n");
    CHECK(has_title(h ? entity_named(h, "Anton Weller") : NULL,
                    "Former Treasury official"));

    const fw_doc *d = run("Headline text\nUS President Anton Weller spoke on "
                          "Monday.\n");
    const fw_entity *e = d ? entity_named(d, "Anton Weller") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON);
    CHECK(has_title(e, "US President"));
    CHECK(country_is(e, "USA"));
    CHECK(has_mention(d, e, FW_MENTION_TITLE, "US President"));
    CHECK(has_mention(d, e, FW_MENTION_NAME, "Anton Weller"));
    /* The country inside the title is a place of its own. */
    CHECK(d && entity_named(d, "US") &&
          entity_named(d, "US")->type == FW_ENTITY_PLACE);

    d = run("Headline text\nKremlin spokesman Oleg Varin said talks went "
            "well.\n");
    e = d ? entity_named(d, "Oleg Varin") : NULL;
    CHECK(has_title(e, "Kremlin spokesman") && country_is(e, "RUS"));
    CHECK(d && entity_named(d, "Kremlin") &&
          entity_named(d, "Kremlin")->type == FW_ENTITY_ORGANIZATION);

    d = run("Headline text\nThe minister's envoy Rina Castell and son-in-law "
            "Paul Ostrow arrived.\n");
    CHECK(d && has_title(entity_named(d, "Rina Castell"), "envoy"));
    CHECK(d && has_title(entity_named(d, "Paul Ostrow"), "son-in-law"));

    d = run("Headline text\nAnna Berglund, the ministry spokeswoman, said "
            "the plan was ready.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(has_title(e, "ministry spokeswoman"));

    /* A name no lexicon knows before a title in lower case is whom the
     * office is with; the nominal after it finds the person, not it. */
    d = run("Headline text\nVardo boss Anton Weller praised his players. "
            "\"We won,\" the Spaniard said.\n");
    e = d ? entity_named(d, "Anton Weller") : NULL;
    CHECK(has_title(e, "Vardo boss"));
    CHECK(e && has_mention(d, e, FW_MENTION_PRONOUN, "his") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the Spaniard"));

    /* a body's word, "of" and a place before a title: "Bank of Chile
     * Governor X" (not a name of six words) */
    d = run("Headline text\nIn an interview, Bank of Chile Governor Anton "
            "Weller said rates would fall.\n");
    e = d ? entity_named(d, "Anton Weller") : NULL;
    CHECK(has_title(e, "Bank of Chile Governor") && country_is(e, "CHL"));

    /* two words of an unknown body after a place's name: "Los Angeles
     * Fire Chief X", "Marlow County Fire Chief Y" */
    d = run("Headline text\nLos Angeles Fire Chief Anton Weller spoke. "
            "Marlow County Fire Chief Tom Hale agreed.\n");
    CHECK(has_title(entity_named(d, "Anton Weller"), "Los Angeles Fire Chief"));
    CHECK(has_title(entity_named(d, "Tom Hale"), "Marlow County Fire Chief"));

    d = run("Headline text\nMinister of Defense Karel Dvorak resigned.\n");
    CHECK(d &&
          has_title(entity_named(d, "Karel Dvorak"), "Minister of Defense"));
}

static void test_people(void)
{
    /* Honorifics are not part of the name; they give the gender. */
    const fw_doc *d = run("Headline text\nMr. Carver said on Monday that "
                          "he was leaving.\n");
    const fw_entity *e = d ? entity_named(d, "Carver") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON);
    CHECK(has_mention(d, e, FW_MENTION_PRONOUN, "he"));
    d = run("Headline text\nDrs. Velkan work wonders.\n");
    CHECK(d && entity_named(d, "Velkan") &&
          entity_named(d, "Velkan")->type == FW_ENTITY_PERSON);

    /* Unknown words before an aside in dashes and a verb of speech are a
     * person's name; not a name in an aside that a dash closes. */
    d = run("Headline text\nVrendal Omarsky -- a former speaker -- told "
            "reporters that he would run. Asked later - war or not over the "
            "Prandel Shoal - the admiral chuckled.\n");
    CHECK(type_of(d, "Vrendal Omarsky") == FW_ENTITY_PERSON);
    CHECK(type_of(d, "Prandel Shoal") != FW_ENTITY_PERSON);

    /* A name that a wrapper broke over two lines is one name, and the
     * entity's name is on one line. */
    d = run("Headline text\n\n"
            "The coalition talks between the two parties could still fail\n"
            "before Christmas, the party's long-serving deputy leader Milena\n"
            "Korvath told a news agency on Sunday, after the first round.\n");
    CHECK(type_of(d, "Milena Korvath") == FW_ENTITY_PERSON);
    CHECK(d && d->n_blocks == 2);
    /* ... so is one with a no-break space inside. */
    d = run("Headline text\nThe deputy leader Milena\xC2\xA0Korvath spoke.\n");
    CHECK(type_of(d, "Milena Korvath") == FW_ENTITY_PERSON);

    /* A modal in capitals inside a sentence, after a given name or
     * before a past tense, is a surname; opening a question it is not. */
    d = run("Headline text\nThe columnist George Will wrote a column. "
            "In March, Will wrote another. Will it matter?\n");
    e = d ? entity_named(d, "George Will") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON &&
          has_mention(d, e, FW_MENTION_NAME, "Will"));
    CHECK(e && e->n_mentions == 3); /* title, name, name: not the question */
    /* ... and a modal that is a given name, before another name, is the
     * given name ("Chairman Will Rogers"); not in a title-case headline */
    d = run("Trump Will Win Iowa\nThe county chairman Will Rogers said the "
            "vote was close.\n");
    CHECK(type_of(d, "Will Rogers") == FW_ENTITY_PERSON);
    CHECK(entity_named(d, "Will Win Iowa") == NULL);

    /* A name the body writes names the entity, not a longer one that a
     * title-case headline ran into its next words. */
    d = run("Hale Addresses Munich Attack: 'Enough'\nOn Friday, Tom Hale "
            "said the attack was awful. Hale left.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && e->name.len == 8 && memcmp(e->name.ptr, "Tom Hale", 8) == 0);

    /* A title-case headline word the body writes in lower case is no
     * name, even after a title ("His Official Endorsement"). */
    d = run("Tom Hale Announces His Official Endorsement\nTom Hale announced "
            "his endorsement of Anna Berglund on Sunday.\n");
    CHECK(d && entity_named(d, "Endorsement") == NULL &&
          count_entities(d) == 2);

    /* Aliases join: full name, last name, title and last name. */
    d = run("Headline text\nJohn Carver won the vote. Carver thanked his "
            "team. Senator Carver left early.\n");
    e = d ? entity_named(d, "John Carver") : NULL;
    CHECK(e && e->n_mentions >= 4);
    CHECK(has_mention(d, e, FW_MENTION_NAME, "Carver"));
    CHECK(count_entities(d) == 1);

    /* A headline names the person the body introduces. */
    d = run("Carver wins vote\nJohn Carver won the vote on Sunday.\n");
    CHECK(d && count_entities(d) == 1);

    /* A given name that is also an everyday proper word starts a name
     * before a surname ("Christian"); before people of a party, a
     * group's ("Christian Democrats"). */
    d = run("Headline text\nCapt. Christian Vellory met the Christian "
            "Democrats.\n");
    CHECK(d && count_entities(d) == 2 && entity_named(d, "Christian Vellory") &&
          entity_named(d, "Christian Vellory")->type == FW_ENTITY_PERSON &&
          type_of(d, "Christian Democrats") == FW_ENTITY_GROUP);

    /* Two people with one surname: the latest named. */
    d = run("Headline text\nBill Osgood met Ann Osgood in Paris. Osgood was "
            "pleased.\n");
    e = d ? entity_named(d, "Ann Osgood") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NAME, "Osgood"));

    /* Initials, particles, possessive businesses, "the X administration". */
    d = run("Headline text\nJ.R. Ewing met Ursula von Hagen and Omar bin "
            "Talal at Ray's Pizza, a favourite of the Carver "
            "administration.\n");
    CHECK(d && entity_named(d, "J.R. Ewing") &&
          entity_named(d, "J.R. Ewing")->type == FW_ENTITY_PERSON);
    CHECK(d && entity_named(d, "Ursula von Hagen"));
    CHECK(d && entity_named(d, "Ray's Pizza") &&
          entity_named(d, "Ray's Pizza")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Carver") &&
          entity_named(d, "Carver")->type == FW_ENTITY_PERSON);

    /* After a title and a given name, "of" ends the person's name:
     * what follows is where the office is held. A body named after a
     * place or a person is one name. */
    d = run("Headline text\nJudge Ann Vell of the Northfield Court of "
            "Appeals spoke at the Tom Carver School of Government and "
            "at Grace Avenue Baptist Church.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && has_title(e, "Judge"));
    CHECK(type_of(d, "Northfield Court of Appeals") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Tom Carver School of Government") ==
          FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Grace Avenue Baptist Church") == FW_ENTITY_ORGANIZATION);
    d = run("Headline text\nJustice Vell of the Northfield Court of "
            "Appeals spoke.\n");
    e = d ? entity_named(d, "Vell") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && has_title(e, "Justice"));

    /* A name no lexicon knows, set off by commas after a person's noun
     * and what qualifies it, is a person's; after "the company" a name
     * of one word may be the company's. */
    d = run("Headline text\nThe governor of the Vorsk region, Oleh "
            "Varnyk, wrote that crews were out. A spokesman for the "
            "company, Zeltrix, declined to comment.\n");
    CHECK(type_of(d, "Oleh Varnyk") == FW_ENTITY_PERSON);
    e = d ? entity_named(d, "Zeltrix") : NULL;
    CHECK(!e || e->type != FW_ENTITY_PERSON);

    /* A name no lexicon knows, with an apposition that an
     * organisation's word heads, is an organisation's ("Zeltrix, the
     * carmaker,"; not "Tom Varnyk, a district court nominee"); "the
     * carmaker" then finds it. */
    d = run("Headline text\nThe plant belongs to Zeltrix, the carmaker. The "
            "post went to Oleh Varnyk, a district court nominee. Jobs will "
            "go, the carmaker said.\n");
    e = d ? entity_named(d, "Zeltrix") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the carmaker"));
    e = d ? entity_named(d, "Oleh Varnyk") : NULL;
    CHECK(!e || e->type != FW_ENTITY_ORGANIZATION);

    /* A headline's nominal that finds no one before it is the first
     * person the body gives its title to. */
    d = run("The president says talks will go on\n\nVorskian President Tom "
            "Hale said talks would go on. The mayor, Anna Berglund, "
            "agreed.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "The president"));
    /* So is a country's in the lead: "Chile's president said ...", then
     * "President X". */
    d = run("Talks go on\n\nChile's president said on Sunday talks would go "
            "on.\n\n\"We will talk,\" President Tom Hale said.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "president"));
    /* And so is the lead's "a judge", whose name comes a paragraph on;
     * not anyone the headline named before it. */
    d = run("Court deals blow to Tom Hale\n\nA federal judge on Monday halted "
            "the mayor's new toll on bridges into the city.\n\nThe ruling "
            "by District Judge Anna Berglund came after a suit by Tom "
            "Hale.\n\n\"The toll is unlawful,\" the judge wrote.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "A federal judge"));
    CHECK(!has_mention(d, d ? entity_named(d, "Tom Hale") : NULL,
                       FW_MENTION_NOMINAL, "A federal judge"));
    /* (and the lead's "the mayor" who found no one before) */
    d = run("Town floods\n\nResidents cleared mud on Monday from what the "
            "mayor called a scene of ruin.\n\nMayor Anna Berglund said "
            "help would come.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the mayor"));
    /* (so is the source of the lead's closing tag) */
    d = run("Talks may fail\n\nTalks on a new toll may fail, a senior "
            "official warned on Monday.\n\n\"We will see,\" senior official "
            "Anna Berglund said.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "a senior official"));

    /* A known organisation's name of several words may open a sentence
     * with an everyday word ("Bank of England"), and it belongs to the
     * title after it, there or in lower case. */
    d = run("Headline text\nBank of England Governor Tom Hale spoke. Prices "
            "will fall, said Bank of England governor Anna Berglund.\n");
    CHECK(has_title(d ? entity_named(d, "Tom Hale") : NULL,
                    "Bank of England Governor"));
    CHECK(has_title(d ? entity_named(d, "Anna Berglund") : NULL,
                    "Bank of England governor"));
    CHECK(type_of(d, "Bank of England") == FW_ENTITY_ORGANIZATION);
    /* ... and one that ends in the title's first word ("White House",
     * where "House" alone would be a legislature's word) */
    d = run("Headline text\nLater, White House press secretary Tom Hale "
            "spoke.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(has_title(e, "White House press secretary") && country_is(e, "USA"));

    /* Portfolios joined by "and" (and commas) are the title's; a name
     * before "and" is a person of its own. */
    d = run("Headline text\nWork and Pensions Secretary Tom Hale spoke. "
            "Later, Digital, Culture, Media and Sport Secretary Anna "
            "Berglund agreed. Tom Lind and Health Secretary Ola Nord met.\n");
    CHECK(has_title(d ? entity_named(d, "Tom Hale") : NULL,
                    "Work and Pensions Secretary"));
    CHECK(has_title(d ? entity_named(d, "Anna Berglund") : NULL,
                    "Digital, Culture, Media and Sport Secretary"));
    CHECK(
        has_title(d ? entity_named(d, "Ola Nord") : NULL, "Health Secretary"));
    e = d ? entity_named(d, "Tom Lind") : NULL;
    CHECK(e && e->n_titles == 0);

    /* A title word before an organisation's word in capitals is part
     * of its name: "the General Administration of Customs". */
    d = run("Headline text\nExports grew, according to the General "
            "Administration of Tariffs. President Tom Hale spoke.\n");
    CHECK(type_of(d, "General Administration of Tariffs") ==
          FW_ENTITY_ORGANIZATION);
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_title(e, "President"));

    /* "Office" heads a public body's name; a person's possessive before
     * a public body is no part of its name ("Hale's Office of Budget"),
     * as it is of a business named for its owner ("Ray's Pizza"). */
    d = run("Headline text\nThe Vorsk Fraud Office said Tom Hale's Office "
            "of Budget Review had erred. Ray's Pizza closed.\n");
    CHECK(type_of(d, "Vorsk Fraud Office") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Office of Budget Review") == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Tom Hale") && entity_named(d, "Ray's Pizza"));
    /* nor is a known organisation's possessive */
    d = run("Headline text\nThe report came from the European Union's "
            "Seedbank Trust on Monday.\n");
    CHECK(d && entity_named(d, "European Union") &&
          entity_named(d, "Seedbank Trust"));

    /* A name of two words no lexicon knows, before a verb of speech
     * or stance in the past or in -s, is a person's; not one with a
     * capital inside a word ("DiamondRock Hospitality"). */
    d = run("Headline text\nFranziska Varnyk accused the council of delay. "
            "VelloQuist Ardent accused the mayor.\n");
    CHECK(type_of(d, "Franziska Varnyk") == FW_ENTITY_PERSON);
    e = d ? entity_named(d, "VelloQuist Ardent") : NULL;
    CHECK(!e || e->type != FW_ENTITY_PERSON);
    /* So is one after a quotation's "said", with the body it works for
     * after "of". */
    d = run("Headline text\n\"Prices will fall,\" said Tamas Vorlek of "
            "Quarn Oil Associates.\n");
    CHECK(type_of(d, "Tamas Vorlek") == FW_ENTITY_PERSON);

    /* A party noun after a place, before a given name or a title,
     * describes the person; "Sens." is a title. */
    d = run("Headline text\nNevada Democrat Ann Vell spoke. Idaho "
            "Republican Sens. Tom Carver and Emma Stone spoke.\n");
    CHECK(d && entity_named(d, "Ann Vell") && entity_named(d, "Nevada"));
    e = d ? entity_named(d, "Tom Carver") : NULL;
    CHECK(e && has_title(e, "Sens.") && entity_named(d, "Idaho"));
    /* Local offices have their abbreviations too: an alderman's
     * "Ald.", a British councillor's "Cllr". */
    d = run("Headline text\nThe plan fails, said Ald. Ann Vell. Cllr Tom "
            "Carver agreed.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && has_title(e, "Ald."));
    e = d ? entity_named(d, "Tom Carver") : NULL;
    CHECK(e && has_title(e, "Cllr"));
    /* A title in lower case after a comma, with no article, says the
     * name before it is a person's; not a title of the name after it. */
    d = run("Headline text\nWe met Tamsel Vorlek, chief global strategist "
            "at Quarn Partners. He starred in the series Quarn "
            "Hill, veteran comedian Tom Hale recalled.\n");
    CHECK(type_of(d, "Tamsel Vorlek") == FW_ENTITY_PERSON);
    e = d ? entity_named(d, "Quarn Hill") : NULL;
    CHECK(!e || e->type != FW_ENTITY_PERSON);
    /* A title word that is also a surname, after a given name no
     * lexicon knows, is the surname; not after a title's domain. */
    d = run("Headline text\nWe met Tamsel Shah at noon. Saudi King Vorlek "
            "spoke.\n");
    CHECK(type_of(d, "Tamsel Shah") == FW_ENTITY_PERSON);
    e = d ? entity_named(d, "Vorlek") : NULL;
    CHECK(e && has_title(e, "Saudi King"));
    /* Two particles join a name; a sentence may open with them, and
     * the surname with its particles is the same person. */
    d = run("Headline text\nAnna von der Vell spoke first. Von der Vell "
            "said more.\n");
    e = d ? entity_named(d, "Anna von der Vell") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON &&
          has_mention(d, e, FW_MENTION_NAME, "Von der Vell"));
    /* An everyday word opening a sentence before "Ministry" names the
     * ministry with it. */
    d = run("Headline text\nCulture Ministry officials said the site would "
            "close.\n");
    CHECK(type_of(d, "Culture Ministry") == FW_ENTITY_ORGANIZATION);
    /* "and" between capitalised everyday words before an organisation's
     * word joins one name; not two known names. */
    d = run("Headline text\nThe Bread and Grain Federation said prices "
            "rose. The State Department and White House disagreed.\n");
    CHECK(type_of(d, "Bread and Grain Federation") == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "White House") != NULL);
    /* So do a list of such words with commas, and parts of two words
     * each side of "and" ("Public Health" is no name of its own). */
    d = run("Headline text\nThe Senate Bread, Grain, Dairy and Fisheries "
            "Committee met. The Public Health and Rural Affairs Committee "
            "agreed.\n");
    CHECK(type_of(d, "Senate Bread, Grain, Dairy and Fisheries Committee") ==
          FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Public Health and Rural Affairs Committee") ==
          FW_ENTITY_ORGANIZATION);
    /* A title that qualifies another goes on into it. */
    d = run("Headline text\nThe case was argued by Assistant County "
            "Attorney Ann Vell.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && has_title(e, "Assistant County Attorney"));
    /* A title of several words may open the sentence: its first word's
     * capital says nothing there. */
    d = run("Headline text\nPrime Minister Ann Vell spoke. Vice President "
            "Tom Carver agreed.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && has_title(e, "Prime Minister"));
    e = d ? entity_named(d, "Tom Carver") : NULL;
    CHECK(e && has_title(e, "Vice President"));
    /* An everyday noun opening a sentence is no name ("Utility
     * officials say"). */
    d = run("Headline text\nUtility officials say power is out. Investors "
            "sold shares.\n");
    CHECK(d && !entity_named(d, "Utility") && !entity_named(d, "Investors"));
    /* A scientist's field is a title; a given name that is also an
     * everyday proper word is a given name before another name. */
    d = run("Headline text\nVirologist Christian Vorlek of the Quarn "
            "institute said the season started early. Roman Catholics "
            "prayed.\n");
    e = d ? entity_named(d, "Christian Vorlek") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && has_title(e, "Virologist"));
    CHECK(d && !entity_named(d, "Roman Catholics"));

    /* In a related story's title in the body, a reporting verb, or a
     * word the text writes in lower case elsewhere, ends a person's
     * name. */
    d = run("Headline text\n\nThe mayor makes a case for parks.\n\nRead "
            "more: Ann Vell Makes Case For Parks; Tom Carver Says Talks "
            "Failed\n");
    CHECK(d && entity_named(d, "Ann Vell"));
    CHECK(d && entity_named(d, "Tom Carver"));

    /* ... nor "X's administration": the person's name ends at the
     * possessive. */
    d = run("Headline text\nPresident Tom Carver's administration cut "
            "taxes.\n");
    e = d ? entity_named(d, "Tom Carver") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && has_title(e, "President"));
    CHECK(d && count_entities(d) == 1);

    /* Capitalised, what a person leads is no part of a name of known
     * words. */
    d = run("Headline text\nThe Hollis Administration and the Hollis "
            "Campaign met.\n");
    e = d ? entity_named(d, "Hollis") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && e->n_mentions == 2);
    CHECK(d && !entity_named(d, "Hollis Administration"));

    /* A name addressed at a sentence's start is a person's. */
    d = run("Headline text\nAnd Velquin, you come from great people.\n");
    CHECK(d && entity_named(d, "Velquin") &&
          entity_named(d, "Velquin")->type == FW_ENTITY_PERSON);

    /* Speech verbs make an unknown name a person. */
    d = run("Headline text\nIn the end Velasquo said nothing.\n");
    CHECK(d && entity_named(d, "Velasquo") &&
          entity_named(d, "Velasquo")->type == FW_ENTITY_PERSON);

    /* So does the writer beside it: "Orvek and I". */
    d = run("Headline text\nIn fact Orvek and I were there.\n");
    CHECK(d && entity_named(d, "Orvek") &&
          entity_named(d, "Orvek")->type == FW_ENTITY_PERSON);

    /* An everyday word capitalised in a list takes no type from it. */
    d = run("Headline text\nHi all. Ginny, Please see the attached file.\n");
    CHECK(d && count_entities(d) == 1 && entity_named(d, "Ginny"));

    /* ... with an adverb between: "X also said". */
    d = run("Headline text\nIn the end Velasquo also said nothing.\n");
    CHECK(d && entity_named(d, "Velasquo") &&
          entity_named(d, "Velasquo")->type == FW_ENTITY_PERSON);

    /* A name a particle leads is a person's: "bin Laden", "de Gaulle". */
    d = run("Headline text\nThe rebels looked to bin Harrad for guidance.\n");
    CHECK(d && entity_named(d, "bin Harrad") &&
          entity_named(d, "bin Harrad")->type == FW_ENTITY_PERSON);

    /* A place guessed from "to X" yields to a person named before. */
    d = run("Headline text\nPeter Dalquist spoke first. The mayor replied "
            "to Dalquist on Monday.\n");
    CHECK(d && count_entities(d) == 1 && entity_named(d, "Peter Dalquist") &&
          has_mention(d, entity_named(d, "Peter Dalquist"), FW_MENTION_NAME,
                      "Dalquist"));

    /* A storm named like a person is no person, named alone later. */
    d = run("Headline text\nHurricane Maria hit the coast. Later Maria "
            "weakened over land.\n");
    CHECK(d && count_entities(d) == 0);

    /* So do what only people have: "X's funeral". */
    d = run("Headline text\nCrowds came to Ostrander's funeral on Sunday.\n");
    CHECK(d && entity_named(d, "Ostrander") &&
          entity_named(d, "Ostrander")->type == FW_ENTITY_PERSON);
}

static void test_nominals_pronouns(void)
{
    /* A nominal resolves by title and country. */
    const fw_doc *d = run(
        "Headline text\nRussian President Ivan Dorov met envoys. The Russian "
        "president said little.\n");
    const fw_entity *e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "The Russian president"));
    /* an abbreviation is its full form's title: "the senator" is
     * "Sen. X", the headline's "PM" "Prime Minister X" */
    d = run("Quarnia's PM says talks will go on\nPrime Minister Ivan Dorov "
            "met Gov. Ann Vell and Sen. Tom Hale. The senator said little.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "The senator"));
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "PM"));
    /* or by a title of the same class: "the pontiff" after "Pope X" */
    d = run("Headline text\nPope Ivan Dorov spoke on Monday. The pontiff "
            "blessed the crowd.\n");
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "The pontiff"));

    /* Without a title, the person just named takes the role. */
    d = run("Headline text\nTom Hale said Ivan Dorov wanted peace, despite "
            "talks between the Russian president and envoys.\n");
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "the Russian president"));
    CHECK(has_title(e, "Russian president") && country_is(e, "RUS"));

    /* "the health secretary" is not one whose title says the office is
     * not held ("shadow health secretary X", "former UN ambassador Y");
     * "the former ambassador" is. */
    d = run("Headline text\nShadow health secretary Anna Berglund spoke "
            "first. The health secretary said little. Former UN ambassador "
            "Tom Hale spoke next. The former ambassador said more.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The health secretary"));
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "The former ambassador"));

    /* The subject that opens a sentence is not whom a verb after it
     * takes ("X refused to blame the referee"); one in an opening
     * clause may be ("To stop X, rivals caricature the Texas
     * senator"). */
    d = run("Headline text\nTom Hale refused to blame the referee on "
            "Friday. Texas Sen. Ivan Dorov spoke on Monday. To stop Ivan "
            "Dorov, his rivals caricature the Texas senator as a career "
            "politician.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "the referee"));
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "the Texas senator"));

    /* With no title to tell, a nominal is the subject of the sentence
     * before rather than the last one named ("X beat Y. The Spaniard
     * said"). */
    d = run("Headline text\nIvan Dorov beat Tom Hale in straight sets on "
            "Sunday. \"I played well,\" the Spaniard said. \"I am happy,\" "
            "the 37-year-old Spaniard said.\n");
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "the Spaniard"));
    /* (an age and a people's noun: one person) */
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "the 37-year-old Spaniard"));
    /* (nouns in -man: "the Dutchman") */
    d = run("Headline text\nIvan Dorov praised his side. \"Good,\" the "
            "52-year-old Dutchman said.\n");
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "the 52-year-old Dutchman"));

    /* A name in "City", "Town" or "County" is a club where a match's
     * result is told, and stays one in the story; a city elsewhere. */
    d = run("Headline text\nVelora City beat Harbor Town 2-1 on Saturday. "
            "Velora City fans celebrated. Mexico City hosted the summit.\n");
    CHECK(type_of(d, "Velora City") == FW_ENTITY_ORGANIZATION &&
          type_of(d, "Harbor Town") == FW_ENTITY_ORGANIZATION &&
          type_of(d, "Mexico City") == FW_ENTITY_PLACE);
    CHECK(d && count_entities(d) == 3);

    /* "the watchdog" is the authority named before it. */
    d = run("Headline text\nPrices will rise, the Velora Competition "
            "Authority said on Tuesday. The watchdog said it would "
            "investigate.\n");
    e = d ? entity_named(d, "Velora Competition Authority") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "The watchdog"));

    /* "the state senate" is no nation's Senate, but a state's that its
     * name says ("Oregon State Senate") */
    d = run("Headline text\nThe Senate passed the bill. The state senate "
            "will vote next. The Velora State Senate met. The state senate "
            "adjourned.\n");
    e = d ? entity_named(d, "Senate") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The state senate"));
    e = d ? entity_named(d, "Velora State Senate") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "The state senate"));

    /* A body a noun names is of the noun's kind: "the newspaper X" is
     * no ministry */
    d = run("Headline text\nTom Hale told the newspaper Brelsker "
            "Zeitung that taxes would rise. The finance ministry declined "
            "to comment.\n");
    e = d ? entity_named(d, "Brelsker Zeitung") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The finance ministry"));

    /* A body's nominal that its name qualifies is the body, first
     * mention or not, when the two are of one kind: a union's name and
     * "union", not "a Senate committee" (a listed name, as only those
     * type a nominal's body). */
    d = run("Headline text\nThe TUC union said it would strike. A Senate "
            "committee met.\n");
    e = d ? entity_named(d, "TUC") : NULL;
    CHECK(has_mention(d, e, FW_MENTION_NOMINAL, "The TUC union"));
    e = d ? entity_named(d, "Senate") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "A Senate committee"));

    /* A chancellor is no president; the one person titled "chancellor"
     * is "the chancellor" some sentences on, others named between */
    d = run("Headline text\nChancellor Ann Vell and President Tom Hale met. "
            "Vell spoke first. Hale spoke next. He said the talks went well. "
            "He said more was needed. He left early. \"We must act,\" the "
            "chancellor said.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the chancellor"));

    /* "the German said": one person of the country; "the Chinese" and
     * "the German government" are not */
    d = run("Headline text\nDefender Tom Hale said the team was angry. "
            "\"Nobody is happy,\" the German said. The Chinese have left. "
            "The German government agreed.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the German") &&
          country_is(e, "DEU"));
    CHECK(!has_mention(d, e, FW_MENTION_NOMINAL, "The Chinese"));
    /* so is a demonym of two words */
    d = run("Headline text\nDefender Tom Hale said the team was angry. "
            "\"Nobody is happy,\" the South Korean said.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the South Korean"));

    /* A given name of two syllables joined by a hyphen, after a short
     * family name, is the person's ("Moon" and "Son" open a sentence as
     * everyday words; "Kim-led" and "Bush-spent" are no names) */
    d = run("Headline text\nMoon Jae-in met Kim Jong-un. Son Heung-min "
            "scored. The Kim-led state said little. Jeb Bush-spent money "
            "went nowhere.\n");
    CHECK(d && entity_named(d, "Moon Jae-in") &&
          entity_named(d, "Moon Jae-in")->type == FW_ENTITY_PERSON);
    CHECK(d && entity_named(d, "Kim Jong-un") &&
          entity_named(d, "Son Heung-min"));
    CHECK(d && !entity_named(d, "Kim-led") && !entity_named(d, "Bush-spent") &&
          !entity_named(d, "Jeb Bush-spent"));
    /* and so is a family name whose second syllable is in lower case
     * after a given name, its first syllable an everyday word or not
     * ("Bag-ao"); not a compound ("Sarah Long-term", "Lee Well-known") */
    d = run("Headline text\nGovernor Arlene Bag-ao said power was cut. "
            "Mayor Nina Tan-ao agreed. Sarah Long-term said so. Lee "
            "Well-known said more.\n");
    CHECK(d && entity_named(d, "Arlene Bag-ao") &&
          entity_named(d, "Nina Tan-ao"));
    CHECK(d && !entity_named(d, "Sarah Long-term") &&
          !entity_named(d, "Lee Well-known"));

    /* A given name that is an everyday word too ("bill", "mark") opens a
     * sentence as a name before a family name, or before a word the text
     * never writes in lower case; a demonym so read is the name, and
     * alone later too. Not a verb's ("Said Tarrant"), nor a demonym
     * qualifying a noun ("Rich Danish exiles"). */
    d = run("Headline text\nBill Tarrant said the plan failed. Mark "
            "Vorhaus agreed. Mark Danish, the mayor, said so. Rich Danish "
            "exiles said no. Danish said more. Said Tarrant, \"No.\"\n");
    e = d ? entity_named(d, "Bill Tarrant") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && e->n_mentions == 2);
    CHECK(d && entity_named(d, "Mark Vorhaus"));
    e = d ? entity_named(d, "Mark Danish") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON &&
          has_mention(d, e, FW_MENTION_NAME, "Danish"));
    e = d ? entity_named(d, "Denmark") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_DEMONYM, "Danish"));
    CHECK(d && !entity_named(d, "Said Tarrant") &&
          !entity_named(d, "Rich Danish"));

    /* "Chile's army": a body of the state, an entity of its own that
     * "the army" finds again, not the last organisation named; but
     * "Chile's government" is Chile, and "Chile's labor force" no body */
    d = run("Headline text\nThe Velora Front attacked a base. Chile's army "
            "said ten soldiers died. Later the army said the base held. "
            "Chile's government said little. Chile's labor force grew.\n");
    e = d ? entity_named(d, "Chile's army") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && country_is(e, "CHL") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the army"));
    CHECK(d && !entity_named(d, "Chile's government") &&
          !entity_named(d, "Chile's labor force"));
    /* Reuters' legal forms without their period ("Apple Inc said"); an
     * analyst's firm is not "the company" of the story. */
    d = run("Headline text\nZeltrix Inc on Tuesday unveiled a phone. "
            "\"Nothing new,\" said Anna Berglund, an analyst at Vorsk "
            "Partners. The company did not give a price.\n");
    e = d ? entity_named(d, "Zeltrix Inc") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_NOMINAL, "The company"));
    /* "Co" and "Cos" are legal forms too (not "CO", Colorado's code,
     * after a comma); a legal form makes the whole capitalised run one
     * company, its everyday or title word at a sentence's start
     * included */
    d = run("Headline text\nVorsk Motor Co said it would cut jobs. The "
            "Zeltrix Cos said so too. Advanced Velmor Devices Inc agreed. "
            "General Brelsk Mills Inc said nothing. Police in Denver, CO "
            "said the man fled.\n");
    e = d ? entity_named(d, "Vorsk Motor Co") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION);
    e = d ? entity_named(d, "Zeltrix Cos") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION);
    e = d ? entity_named(d, "Advanced Velmor Devices Inc") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION);
    e = d ? entity_named(d, "General Brelsk Mills Inc") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Denver") && !entity_named(d, "Denver,"));
    /* (but a title and its domain before one stay a title: "Senior Vice
     * President of Acme, Inc.", "Senior Counsel Acme Inc.") */
    d = run("Headline text\nOn Monday, Ola Nord, Senior Vice President of "
            "Velmor, Inc. called. I am the Senior Regulatory Counsel at "
            "Brelsk Grid. Reach me at: Ola Nord Senior Regulatory Counsel "
            "Brelsk Grid Inc.\n");
    CHECK(d && entity_named(d, "Velmor, Inc.") &&
          !entity_named(d, "Senior Vice President of Velmor, Inc."));
    CHECK(d && !entity_named(d, "Senior Regulatory Counsel Brelsk Grid Inc."));
    /* A title's owner is not the sentence's subject that "she" takes
     * up ("Hale's spokeswoman, Anna Berglund, said ... She"); a party's
     * word after a title, before its noun, is no one's name ("chief
     * Democratic rival"). */
    d = run("Headline text\n\"No,\" said Hale.\nHale's spokeswoman, Anna "
            "Berglund, said the party would appeal. She declined to say "
            "more. His chief Democratic rival spoke.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_PRONOUN, "She"));
    CHECK(type_of(d, "Democratic") != FW_ENTITY_PERSON);
    /* A seat of power is "the government", not "the ministry". */
    d = run("Headline text\nThe Kremlin said talks would go on. The "
            "ministry said it would reply. The government agreed.\n");
    e = d ? entity_named(d, "Kremlin") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The ministry") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "The government"));
    /* (nor are analysts' firm, plural, since taken up by "their") */
    d = run("Headline text\nZeltrix Inc on Tuesday cut its forecast. "
            "Analysts at Vorsk Partners said the cut was deep and raised "
            "their target. The company will cut 200 jobs.\n");
    e = d ? entity_named(d, "Zeltrix Inc") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "The company"));
    /* "Guterres' spokesman, X": a plural's apostrophe before a title in
     * apposition to a name no lexicon knows */
    d = run("Headline text\nThe Velors' spokesman, Zoltek Varadi, spoke.\n");
    e = d ? entity_named(d, "Zoltek Varadi") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && has_title(e, "spokesman"));
    /* "The mayor, Tom Hale, said": the nominal is the name in
     * apposition, not a person named before; so is the "he" after it. */
    d = run("Headline text\nIvan Dorov, 61, lost his job.\nThe mayor, Tom "
            "Hale, said the city would suffer. He called it a blow.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "The mayor") &&
          has_mention(d, e, FW_MENTION_PRONOUN, "He"));
    /* "Secretary of State and party leader X": two titles, no name
     * "and ..." */
    d = run("Headline text\nFormer Secretary of State and Democratic "
            "presidential candidate Anna Berglund spoke.\n");
    CHECK(has_title(entity_named(d, "Anna Berglund"),
                    "Democratic presidential candidate"));
    CHECK(d && !entity_named(d, "and Democratic"));
    /* A Korean given name's first syllable may be a family name too
     * ("Park Chan-dae"), not when the second is capitalised. */
    d = run("Headline text\nRep. Park Chan-dae spoke. The Hale-Kim talks "
            "ended.\n");
    CHECK(entity_named(d, "Park Chan-dae") && !entity_named(d, "Hale-Kim"));
    /* (a party, and a country of two words) */
    d = run("Headline text\nSouth Africa's ruling party said it would "
            "win.\n");
    e = d ? entity_named(d, "South Africa's ruling party") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && country_is(e, "ZAF"));
    /* (a demonym's too, named without its article: "the Chilean
     * foreign ministry"; but "the Chilean government" is Chile) */
    d = run("Headline text\nThe Chilean foreign ministry said talks would "
            "resume. The Chilean government agreed.\n");
    e = d ? entity_named(d, "Chilean foreign ministry") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && country_is(e, "CHL"));
    CHECK(d && !entity_named(d, "Chilean government"));
    /* (a body of two words: "Chile's central bank") */
    d = run("Headline text\nChile's central bank held rates on Friday.\n");
    e = d ? entity_named(d, "Chile's central bank") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && country_is(e, "CHL"));

    /* A word of the lexicon before a company's legal form is its name,
     * and alone at a sentence's start later on ("Apple Inc.", then
     * "Apple didn't"): a contracted auxiliary is an auxiliary. */
    d = run("Headline text\nCUPERTINO, California (AP) -- Apple Inc. shares "
            "fell.\nApple didn't respond. Apple didn’t comment.\n");
    e = d ? entity_named(d, "Apple Inc.") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && e->n_mentions == 3);

    /* A weekday's short form after a given name is a family name, and
     * alone once so read; not in "airs Sun at 10am" */
    d = run("Headline text\nThe show airs Sun at 10am. Linda Sun was "
            "arrested. Officials said Sun was fired.\n");
    e = d ? entity_named(d, "Linda Sun") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON &&
          has_mention(d, e, FW_MENTION_NAME, "Sun"));
    CHECK(e && e->n_mentions == 2);

    /* A name its acronym closes in brackets is an organisation's, the
     * small word between its capitalised ones included; the acronym
     * finds it again, known or not, in capitals or not */
    d = run("Headline text\nThe Committee to Shield Reporters (CSR) said "
            "no. Doctors Without Borders (MSF) said yes. The CSR and MSF "
            "met. Sen. Tom Hale (R-TX) left.\n");
    e = d ? entity_named(d, "Committee to Shield Reporters") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && e->n_mentions == 3);
    e = d ? entity_named(d, "Doctors Without Borders") : NULL;
    CHECK(e && e->n_mentions == 3);
    CHECK(type_of(d, "Tom Hale") == FW_ENTITY_PERSON);

    /* a part of a place alone after a company it named ("Southwest" of
     * "Southwest Airlines") is the company */
    d = run("Headline text\nSouthwest Airlines was fined. In a statement, "
            "Southwest said it would appeal.\n");
    e = d ? entity_named(d, "Southwest Airlines") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "Southwest"));

    /* "the 82-year-old said", "the Republican told reporters": a person
     * by their age or party, not one named in the words they quote */
    d = run("Headline text\nTom Hale spoke first. \"Ivan Dorov is wrong,\" "
            "the 82-year-old said. \"Ivan Dorov lost,\" the Republican told "
            "reporters.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the 82-year-old") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the Republican"));
    /* both an age and a party: "the 62-year-old Democrat" */
    d = run("Headline text\nAnna Berglund spoke first. \"We will win,\" "
            "the 62-year-old Democrat told supporters. \"We must,\" the "
            "Democrat said.\n");
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the 62-year-old Democrat") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the Democrat"));
    CHECK(d && !entity_named(d, "Democrat"));
    /* a place and a party: someone named near that place before it
     * ("Ohio Sen. X", "X, D-Md.,"), else no one */
    d = run("Headline text\nOhio Sen. Tom Hale met Anna Berglund, D-Md., "
            "and Ivan Dorov. \"We agree,\" the Ohio Republican said. \"We "
            "do,\" the Maryland Democrat said. \"No,\" the Texas "
            "Republican said.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the Ohio Republican"));
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the Maryland Democrat"));
    e = d ? entity_named(d, "Ivan Dorov") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "the Texas Republican"));

    /* nor is a governor a mayor */
    d = run("Headline text\nMayor Tom Hale said he would stay. The governor "
            "said little.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The governor"));

    /* "the bank" prefers an organisation whose name it ends */
    d = run("Headline text\nHarbor Bank lost data. It told the Gray "
            "Exchange in a filing. In the filing, the bank said no funds "
            "were lost.\n");
    e = d ? entity_named(d, "Harbor Bank") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the bank"));

    /* "the company" is the subject of its sentence or an organisation
     * before, not one a verb or preposition took as its object. */
    d = run("Headline text\nVelmor Corp reported results. Velmor will buy "
            "Darrow Industries for $2 billion, the company said.\n");
    e = d ? entity_named(d, "Velmor Corp") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "the company"));

    /* A nominal with "of" and a name holds one office: it takes only
     * an entity known to hold the same title */
    d = run("Headline text\nTom Hale won the vote. The president of the "
            "Acme Workers Union said little. President Ann Vell of the "
            "union spoke. The president of the union said more.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The president"));
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "The president"));

    /* A US state is a place whatever else it names: "Virginia Gov." is
     * a title, "Virginia Foxx" a person */
    d = run("Headline text\nVirginia Gov. Tom Hale said no. Virginia Foxx "
            "said yes.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && has_title(e, "Virginia Gov."));
    CHECK(type_of(d, "Virginia Foxx") == FW_ENTITY_PERSON);

    /* A party noun before a given name or title describes the person,
     * and a place of several words may open a title */
    d = run("Headline text\nDemocrat Ann Vell said yes. Republican South "
            "Carolina Sen. Tom Hale spoke.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && e->name.len == 8);
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && e->name.len == 8 && has_title(e, "South Carolina Sen."));

    /* A title after another's domain goes with it ("Speaker of the
     * House Rep. X") */
    d = run("Headline text\nSpeaker of the House Rep. Tom Hale spoke.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && e->name.len == 8 && has_title(e, "Speaker of the House Rep."));

    /* A name of several words no lexicon types is not its first word's
     * person ("the Hale Taj Mahal" is no one's name for Tom Hale) */
    d = run("Headline text\nTom Hale spoke on Monday. In 1990 an analyst "
            "doubted the Hale Taj Mahal. Hale said the analyst was "
            "wrong.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && e->name.len == 8 &&
          !has_mention(d, e, FW_MENTION_NAME, "Hale Taj Mahal"));

    /* A place of several words inside a title or nominal is one place
     * ("New Jersey", not "Jersey"), and the nominal is the person's */
    d = run("Headline text\nNew Jersey Gov. Tom Hale held a town hall. "
            "Later, the New Jersey governor told reporters it went well.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e &&
          has_mention(d, e, FW_MENTION_NOMINAL, "the New Jersey governor"));
    CHECK(entity_named(d, "New Jersey") != NULL &&
          entity_named(d, "Jersey") == NULL);

    /* "his" is possessive; the clitic of "he's" is "is" or "has". */
    d = run("Headline text\nTom Hale spoke. He's tired and his dog is "
            "old.\n");
    bool he_poss = true, his_poss = false;
    for (size_t k = 0; d && k < d->n_ments; k++) {
        const fw_ment *m = &d->ments[k];
        if (m->kind != FW_MENTION_PRONOUN)
            continue;
        if (text_of[m->start] == 'H')
            he_poss = (m->flags & FW_MF_POSSESSIVE) != 0;
        else
            his_poss = (m->flags & FW_MF_POSSESSIVE) != 0;
    }
    CHECK(!he_poss && his_poss);

    /* Pronouns: gender, then salience. */
    d = run("Headline text\nTom Hale met Mary Ostrow. She said the talks "
            "went well.\n");
    CHECK(d && has_mention(d, entity_named(d, "Mary Ostrow"),
                           FW_MENTION_PRONOUN, "She"));
    d = run("Headline text\nAcme Corp. said its profits rose.\n");
    CHECK(d && has_mention(d, entity_named(d, "Acme Corp."), FW_MENTION_PRONOUN,
                           "its"));
    /* The subject, not the nearest: "Norway, which ..., said it". */
    d = run("Headline text\nNorway, which is not an EU member, said it would "
            "study the text.\n");
    CHECK(d &&
          has_mention(d, entity_named(d, "Norway"), FW_MENTION_PRONOUN, "it"));
    /* An organisation nominal. */
    d = run("Headline text\nNATO met on Monday. The alliance agreed to "
            "spend more.\n");
    CHECK(d && has_mention(d, entity_named(d, "NATO"), FW_MENTION_NOMINAL,
                           "The alliance"));
    /* "The company" of a story on one goes further back than a
     * person's nominal; "the administration" is no legislature. */
    d = run("Headline text\nAcme Foods Inc. reported a profit on Monday. "
            "Sales rose. Costs fell. Shares gained. Analysts were pleased. "
            "Margins grew. The company hired staff. The Senate voted on "
            "Monday. The administration objected.\n");
    e = d ? entity_named(d, "Acme Foods Inc.") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NOMINAL, "The company"));
    e = d ? entity_named(d, "Senate") : NULL;
    CHECK(e && !has_mention(d, e, FW_MENTION_NOMINAL, "The administration"));

    /* Compounds may modify it: "the weight-loss company", "the
     * Delaware-based company" (whose place is named). */
    d = run("Headline text\nAcme Foods Inc. reported a profit. The "
            "weight-loss company said sales rose. The Delaware-based company "
            "said it hired staff.\n");
    e = d ? entity_named(d, "Acme Foods Inc.") : NULL;
    CHECK(e &&
          has_mention(d, e, FW_MENTION_NOMINAL, "The weight-loss company") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "The Delaware-based company"));
    CHECK(entity_named(d, "Delaware") != NULL);

    /* A body's name after its country's is the body's, in either order
     * ("the U.S. Supreme Court", "the Supreme Court"); not after a
     * state's ("the Texas Democratic Party" is not the party). */
    d = run("Headline text\nThe U.S. Supreme Court ruled. The Supreme "
            "Court said more. The Vorsk Council met. The Texas Democratic "
            "Party spoke. The Democratic Party spoke. The French Vorsk "
            "Council met.\n");
    e = d ? entity_named(d, "U.S. Supreme Court") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "Supreme Court"));
    CHECK(entity_named(d, "Texas Democratic Party") &&
          entity_named(d, "Democratic Party"));
    e = entity_named(d, "Vorsk Council");
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "French Vorsk Council"));
}

static void test_places_orgs(void)
{
    /* A known place whose name holds a particle that is a given name too
     * ("del"), and ends in another known place's name, is one place */
    const fw_doc *p = run("Headline text\nThe storm hit Surigao del Norte "
                          "province.\n");
    CHECK(p && entity_named(p, "Surigao del Norte") &&
          !entity_named(p, "Norte"));

    /* Country names, abbreviations and demonyms: one entity. */
    const fw_doc *d = run("Headline text\nThe U.S. and the United States of "
                          "America are one. American troops left.\n");
    const fw_entity *e = d ? entity_named(d, "United States") : NULL;
    CHECK(e && e->type == FW_ENTITY_PLACE && country_is(e, "USA"));
    CHECK(has_mention(d, e, FW_MENTION_NAME, "U.S."));
    CHECK(has_mention(d, e, FW_MENTION_DEMONYM, "American"));

    /* A demonym alone makes its country an entity. */
    d = run("Headline text\nRussian troops advanced.\n");
    e = d ? entity_named(d, "Russia") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_DEMONYM, "Russian"));

    /* Acronyms defined in brackets; a guess from the words around one
     * later yields to the definition ("in NGB" is no place). */
    d = run("Headline text\nThe Northern Grain Board (NGB) met. The NGB "
            "raised prices. Farmers in NGB complained.\n");
    e = d ? entity_named(d, "Northern Grain Board") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_NAME, "NGB"));
    CHECK(e && e->n_mentions == 4);

    /* A company's name without its last word is the company ("Velmor"
     * after "Velmor Financial") */
    d = run("Headline text\nVelmor Financial is selling a unit. Velmor "
            "declined to comment.\n");
    e = d ? entity_named(d, "Velmor Financial") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "Velmor"));

    /* A name in apposition with a noun for an organisation is one, an
     * everyday word too when a second comma closes the apposition
     * ("Unite, the union representing staff, said"; not "Moreover, the
     * company said") */
    d = run("Headline text\nVelmora, a London-based charity, said no. "
            "Unite, the union representing staff, said yes. Moreover, the "
            "union said more.\n");
    CHECK(type_of(d, "Velmora") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Unite") == FW_ENTITY_ORGANIZATION);
    CHECK(d && !entity_named(d, "Moreover"));

    /* An acronym of an organisation's capitalised words, unbracketed,
     * is that organisation, whatever else it may be ("BA" is also
     * Bosnia's code) */
    d = run("Headline text\nBritish Airways cancelled flights. BA said it "
            "was sorry. The Northern Grain Board met. NGB officials "
            "agreed.\n");
    e = d ? entity_named(d, "British Airways") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "BA"));
    e = d ? entity_named(d, "Northern Grain Board") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "NGB"));

    /* Organisation words. */
    d = run("Headline text\nThe Defence Ministry, the Labour Party and the "
            "Bank of England met.\n");
    CHECK(d && entity_named(d, "Defence Ministry") &&
          entity_named(d, "Defence Ministry")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Labour Party"));
    CHECK(d && entity_named(d, "Bank of England"));

    /* The words that end football clubs' names make them clubs, even
     * where the context would make a person ("dismissed manager X"). */
    d = run("Headline text\nMillbeck Rovers dismissed manager Tom Hale. "
            "Castlemoor Wanderers and Tilby Athletic both lost.\n");
    CHECK(type_of(d, "Millbeck Rovers") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Castlemoor Wanderers") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Tilby Athletic") == FW_ENTITY_ORGANIZATION);

    /* A line of the body in title case (a list's item) is read as a
     * headline is: a cue or an everyday word ends a name there */
    d = run("Headline text\nThe list follows.\n\nAnn Vell Explained What It "
            "Means To Be Latino\n\nAnchor Tom Hale Expressed Fear About "
            "Prejudice Against Her Daughter\n\nThe list ends.\n");
    CHECK(d && entity_named(d, "Ann Vell") && entity_named(d, "Tom Hale") &&
          !entity_named(d, "Tom Hale Expressed Fear"));

    /* A word in -ed opening a sentence is a name before an Arabic
     * surname with its article ("Majed al-Ansari", not "Pressed") */
    d = run("Headline text\nMajed al-Vorsi, a spokesman, said no.\n");
    CHECK(d && entity_named(d, "Majed al-Vorsi"));

    /* A plural before a given name says what the person is ("Pastors
     * Tom Hale and ...", "Teammates Ann Vell") and is no part of the
     * name */
    d = run("Headline text\nTeammates Ann Vell and Tom Hale scored. Pastors "
            "Tom Hale and Ivan Dorov prayed.\n");
    CHECK(d && entity_named(d, "Ann Vell") && entity_named(d, "Tom Hale") &&
          !entity_named(d, "Teammates Ann Vell") &&
          !entity_named(d, "Pastors Tom Hale"));

    /* After "Dr." a given name and a place noun are a person's name,
     * and "of" no longer joins ("Dr. Naomi Park of Acme University") */
    d = run("Headline text\nSleep matters, said Dr. Ann Park of Velmor "
            "University. Ann Park is closed.\n");
    CHECK(type_of(d, "Ann Park") == FW_ENTITY_PERSON);
    CHECK(d && entity_named(d, "Velmor University"));

    /* (not a name's own first word: "Cassius Clay Sr.") */
    d = run("Headline text\nA painting by his father, Cassius Clay Sr., "
            "hangs there.\n");
    CHECK(d && entity_named(d, "Cassius Clay Sr."));

    /* The last names of one named in full before are that person
     * ("Lopez Obrador"), not a full name that opens with a given name */
    d = run("Headline text\nPresident Andres Manuel Lopez Obrador spoke. "
            "Lopez Obrador said the wall was an insult.\n");
    e = d ? entity_named(d, "Andres Manuel Lopez Obrador") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "Lopez Obrador"));

    /* A name between a person's first and last may be the one they go
     * by, once no other person has it as a first or last name */
    d = run("Headline text\nPresident Joao Marcos Tavo de Lima arrived. "
            "Tavo said the talks went well.\n");
    e = d ? entity_named(d, "Joao Marcos Tavo de Lima") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_NAME, "Tavo"));

    /* A person named in full is a name at a sentence's start even when
     * the word is an everyday one. */
    d = run("Headline text\nSenator Ann Stone spoke by a stone wall. Stone "
            "nominated two judges.\n");
    e = d ? entity_named(d, "Ann Stone") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON &&
          has_mention(d, e, FW_MENTION_NAME, "Stone"));

    /* "his" after a name makes it a person's. */
    d = run("Headline text\nThen Orvek spoke about his memoirs.\n");
    CHECK(d && entity_named(d, "Orvek") &&
          entity_named(d, "Orvek")->type == FW_ENTITY_PERSON);

    /* The kind of an organisation before its name, and "its" after it. */
    d = run("Headline text\nThey bought the imaging company Zeltrix. "
            "Later Morvane shut its plant.\n");
    CHECK(d && entity_named(d, "Zeltrix") &&
          entity_named(d, "Zeltrix")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Morvane") &&
          entity_named(d, "Morvane")->type == FW_ENTITY_ORGANIZATION);

    /* A country named by an everyday word, at a sentence's start, unless
     * a word follows that makes it everyday English. */
    d = run("Headline text\nTurkey, a NATO member, agreed.\n");
    CHECK(d && entity_named(d, "Turkey") &&
          entity_named(d, "Turkey")->type == FW_ENTITY_PLACE);
    d = run("Headline text\nTurkey sandwiches sold well.\n");
    CHECK(d && !entity_named(d, "Turkey"));

    /* After a preposition of place, a possessive name with no noun after
     * it is a place named for its owner. */
    d = run("Headline text\nWe had dinner at Del Vasco's on Friday. The "
            "call was Carver's.\n");
    CHECK(d && entity_named(d, "Del Vasco's") &&
          entity_named(d, "Del Vasco's")->type == FW_ENTITY_PLACE);
    CHECK(d && !entity_named(d, "Carver's"));
    /* Not a titled person's: "in Sen. X's case". */
    d = run("Headline text\nHe objected, in Sen. Tom Carver's case, to the "
            "plan. It is akin to Prime Minister Ann Vell's against it.\n");
    CHECK(d && entity_named(d, "Tom Carver") &&
          entity_named(d, "Tom Carver")->type == FW_ENTITY_PERSON);
    CHECK(d && entity_named(d, "Ann Vell") &&
          entity_named(d, "Ann Vell")->type == FW_ENTITY_PERSON);

    /* A word that qualifies titles, or a noun for people, is no place
     * after "in" or "among"; people of a party, in the plural, are a
     * group. */
    d = run("Headline text\nThey are important in Democratic primaries, "
            "and popular among Republicans.\n");
    CHECK(d && count_entities(d) == 1);
    CHECK(d && entity_named(d, "Republicans") &&
          entity_named(d, "Republicans")->type == FW_ENTITY_GROUP);
    /* An organisation's last word with "the" is the organisation ("the
     * Gazette" after "The Northfield Gazette"), not a person. */
    d = run("Headline text\nThe Northfield Gazette reported the deal. The "
            "Gazette said the talks failed.\n");
    e = d ? entity_named(d, "Northfield Gazette") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_NAME, "Gazette"));
    CHECK(d && count_entities(d) == 1);

    d = run("Headline text\nSenate Democrats said the plan failed. They "
            "want a vote.\n");
    e = d ? entity_named(d, "Senate Democrats") : NULL;
    CHECK(e && e->type == FW_ENTITY_GROUP &&
          has_mention(d, e, FW_MENTION_PRONOUN, "They"));

    /* A postal code is a place after a place, a comma or a preposition
     * of place, not among words in capitals; a time zone is no place. */
    d = run("Headline text\nTURNOUT IN IOWA DOES NOT RAISE HOPES. He lives "
            "in Boise, ID and moved to NY. The vote ends at 10 p.m. EST "
            "on Tuesday.\n");
    CHECK(d && !entity_named(d, "IN") && !entity_named(d, "EST"));
    CHECK(d && entity_named(d, "ID") &&
          entity_named(d, "ID")->type == FW_ENTITY_PLACE);
    CHECK(d && entity_named(d, "NY"));

    /* In a line in capitals, only listed words are names (and a middle
     * name between them). */
    d = run("Headline text\nANN WASSERVELL SMITH RESIGNS AS PARTY CHAIR. "
            "DEMOGRAPHICS FAVOR HALE IN TEXAS. The story goes on here.\n");
    CHECK(d && entity_named(d, "ANN WASSERVELL SMITH"));
    CHECK(d && !entity_named(d, "DEMOGRAPHICS FAVOR HALE") &&
          !entity_named(d, "DEMOGRAPHICS"));
    CHECK(d && entity_named(d, "TEXAS"));

    /* A plural of people by what they do opening a sentence is no name
     * ("Traders said"); a surname in -ers the text writes mid-sentence
     * is. */
    d = run("Headline text\nOil rose. Traders said prices were strong. "
            "Economists expect more. Landers said no, and Landers left.\n");
    CHECK(d && !entity_named(d, "Traders") && !entity_named(d, "Economists"));
    CHECK(d && entity_named(d, "Landers"));

    /* A title's domain after "for", and before a given name any
     * capitalised words ("Secretary of Homeland Security Jeh X"); an
     * organisation word before "for" makes one name. */
    d = run("Headline text\nUnder Secretary of State for Political Affairs "
            "Ann Vell spoke. Secretary of Homeland Security Jeh Smith "
            "spoke. The Center for Responsive Politics agreed. He had a "
            "word from the Lord for Emma Stone.\n");
    e = d ? entity_named(d, "Ann Vell") : NULL;
    CHECK(e && has_title(e, "Under Secretary of State for Political Affairs"));
    e = d ? entity_named(d, "Jeh Smith") : NULL;
    CHECK(e && has_title(e, "Secretary of Homeland Security"));
    CHECK(type_of(d, "Center for Responsive Politics") ==
          FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Emma Stone"));

    /* A prefix is no particle: "out-Carver" is no part of the name. */
    d = run("Headline text\nHe tried to out-Carver Tom Carver.\n");
    CHECK(d && entity_named(d, "Tom Carver"));
    CHECK(d && count_entities(d) == 1);

    /* A prize is no entity; a realty firm is a company. */
    d = run("Headline text\nShe won the Vellmore Prize and founded Oskan "
            "Realty.\n");
    CHECK(d && !entity_named(d, "Vellmore Prize"));
    CHECK(d && entity_named(d, "Oskan Realty") &&
          entity_named(d, "Oskan Realty")->type == FW_ENTITY_ORGANIZATION);
    /* ... nor is an idea named after a person ("the Bradley Effect") */
    d = run("Headline text\nPollsters feared the Vellmore Effect and "
            "praised the Harlan Plan.\n");
    CHECK(d && !entity_named(d, "Vellmore Effect") &&
          !entity_named(d, "Harlan Plan"));

    /* ... but not one a title in quotes follows; a hyphenated adjective
     * ("Carver-era") is no name; a state after a person's name is no
     * part of it. */
    d = run("Headline text\nThey came on to Tom Carver's \"The Rising.\" "
            "The Carver-era rules stayed. The Hale Iowa spots ran.\n");
    CHECK(d && entity_named(d, "Tom Carver") &&
          entity_named(d, "Tom Carver")->type == FW_ENTITY_PERSON);
    CHECK(d && !entity_named(d, "Carver-era"));
    CHECK(d && entity_named(d, "Iowa") && !entity_named(d, "Hale Iowa"));
    /* (but after a given name alone, or a title and one, a state's or
     * region's name is the family name) */
    d = run("Headline text\nTom Nord spoke. Health Secretary Ola Nord "
            "agreed.\n");
    CHECK(type_of(d, "Tom Nord") == FW_ENTITY_PERSON);
    CHECK(type_of(d, "Ola Nord") == FW_ENTITY_PERSON);

    /* A plural name before what a team has is a team's. */
    d = run("Headline text\nI have a ticket for the Marlocks game.\n");
    CHECK(d && entity_named(d, "Marlocks") &&
          entity_named(d, "Marlocks")->type == FW_ENTITY_ORGANIZATION);

    /* A known name may hold lower-case words, and is no title. */
    d = run("Headline text\nShe visited Bosnia and Herzegovina, then ate "
            "at Burger King. I\xE2\x80\x99m sure, she said.\n");
    CHECK(d && entity_named(d, "Bosnia and Herzegovina") &&
          country_is(entity_named(d, "Bosnia and Herzegovina"), "BIH"));
    CHECK(d && entity_named(d, "Burger King") &&
          entity_named(d, "Burger King")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && count_entities(d) == 2);

    /* A word that qualifies titles is no name alone, and ends a known
     * place's name ("the Florida | Republican primary"). */
    d = run("Headline text\nHe won the Republican nomination and the "
            "Florida Republican primary.\n");
    CHECK(d && !entity_named(d, "Republican"));
    CHECK(d && entity_named(d, "Florida") && count_entities(d) == 1);

    /* So does a party's member, after "the"; a title's organisation is
     * named once by the nominal and its title. */
    d = run("Headline text\nVelk, the South Carolina Republican, and Orvan, "
            "the Senate aide, left.\n");
    CHECK(d && entity_named(d, "Velk") &&
          entity_named(d, "Velk")->type == FW_ENTITY_PERSON);
    CHECK(d && entity_named(d, "South Carolina"));
    CHECK(d && entity_named(d, "Senate") &&
          entity_named(d, "Senate")->n_mentions == 1);

    /* A noun for a person in apposition makes a person. */
    d = run("Headline text\nPolice held Varo Denkel, a local man, and "
            "Ossa Brill, a Chilean national.\n");
    CHECK(d && entity_named(d, "Varo Denkel") &&
          entity_named(d, "Varo Denkel")->type == FW_ENTITY_PERSON);
    CHECK(d && entity_named(d, "Ossa Brill") &&
          entity_named(d, "Ossa Brill")->type == FW_ENTITY_PERSON);

    /* What only an organisation has, after its name or possessive. */
    d = run("Headline text\nZeltrix shareholders met Dravo officials. "
            "Later Morvane's headquarters moved to Vellmore Books.\n");
    CHECK(d && entity_named(d, "Dravo") &&
          entity_named(d, "Dravo")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Vellmore Books") &&
          entity_named(d, "Vellmore Books")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Zeltrix") &&
          entity_named(d, "Zeltrix")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Morvane") &&
          entity_named(d, "Morvane")->type == FW_ENTITY_ORGANIZATION);

    /* A headline's "N. Korea"; a Korean given name of a longer first
     * syllable. */
    d = run("N. Korea fires missile\nSpokesperson Koo Byoung-sam said it "
            "was a provocation.\n");
    CHECK(d && entity_named(d, "North Korea") &&
          country_is(entity_named(d, "North Korea"), "PRK"));
    CHECK(d && entity_named(d, "Koo Byoung-sam") &&
          entity_named(d, "Koo Byoung-sam")->type == FW_ENTITY_PERSON);

    /* A listed place after a title word qualifies the title; a
     * newspaper's word after a given name and a title is a family name,
     * and a listed company's name after a person of that family name is
     * the person. */
    d = run("Headline text\nTom Hale, chief UK economist at Zeltrix, "
            "agreed. Mayor Don Guardian spoke. \"It is fine,\" Guardian "
            "said. Michael Bloomberg arrived, and Bloomberg said no.\n");
    CHECK(d && entity_named(d, "UK") && entity_named(d, "UK")->n_titles == 0);
    CHECK(d && entity_named(d, "Don Guardian") &&
          entity_named(d, "Don Guardian")->type == FW_ENTITY_PERSON &&
          entity_named(d, "Guardian") == entity_named(d, "Don Guardian"));
    CHECK(d &&
          entity_named(d, "Bloomberg") == entity_named(d, "Michael Bloomberg"));

    /* A title after a possessive pronoun in apposition makes a person
     * of a name no lexicon knows. */
    d = run("Headline text\nVarek Ostrin, his chief of staff, spoke.\n");
    CHECK(d && entity_named(d, "Varek Ostrin") &&
          entity_named(d, "Varek Ostrin")->type == FW_ENTITY_PERSON &&
          has_title(entity_named(d, "Varek Ostrin"), "chief of staff"));

    /* After an honorific, a word that is a title no one is addressed
     * by, a demonym or a place is a family name; "Mr. President" is
     * still a title. */
    d = run("Headline text\nAnna Singer and Tom English met Ivan Jordan. "
            "Mr. Singer, Mr. English and Mr. Jordan spoke. \"Thank you, Mr. "
            "President,\" she said.\n");
    CHECK(d && entity_named(d, "Singer") == entity_named(d, "Anna Singer"));
    CHECK(d && entity_named(d, "English") == entity_named(d, "Tom English"));
    CHECK(d && entity_named(d, "Jordan") == entity_named(d, "Ivan Jordan"));
    CHECK(d && !entity_named(d, "President"));

    /* A family name with its particle, capitalised at a sentence's or
     * headline's start, is the person's named in full. */
    d = run("De Vallo: No deal\nMayor Tom de Vallo spoke. De Vallo left.\n");
    CHECK(d && entity_named(d, "De Vallo") &&
          entity_named(d, "De Vallo") == entity_named(d, "Tom de Vallo"));

    /* A word written as brands are is an organisation's name; not a
     * family name's ("McVane") nor a link's code. */
    d = run("Headline text\nThe lobby, FoodDrinkVorsk, met Tom McVane on "
            "PaA39tXPcg.\n");
    CHECK(d && entity_named(d, "FoodDrinkVorsk") &&
          entity_named(d, "FoodDrinkVorsk")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Tom McVane") &&
          entity_named(d, "Tom McVane")->type == FW_ENTITY_PERSON);
    CHECK(d && !entity_named(d, "PaA39tXPcg"));
    /* (so is such a word and one more: "VorskPost Live"; not a given
     * name so written and a family name) */
    d = run("Headline text\nVorskPost Live said so. JaVon Hale spoke.\n");
    CHECK(d && entity_named(d, "VorskPost Live") &&
          entity_named(d, "VorskPost Live")->type == FW_ENTITY_ORGANIZATION);
    CHECK(entity_named(d, "JaVon Hale") &&
          entity_named(d, "JaVon Hale")->type == FW_ENTITY_PERSON);

    /* A given name in capitals before a noun it qualifies is an
     * acronym ("the DAX index"); before a verb, a person's name. */
    d = run("Headline text\nShares rose on the MAX index. THOMAS filed an "
            "opinion.\n");
    CHECK(d && !(entity_named(d, "MAX") &&
                 entity_named(d, "MAX")->type == FW_ENTITY_PERSON));
    CHECK(entity_named(d, "THOMAS") &&
          entity_named(d, "THOMAS")->type == FW_ENTITY_PERSON);

    /* A known place's possessive is no part of the name it owns
     * ("Germany's Vorsk AG"), nor the sentence's subject: "it" is the
     * company's. */
    d = run("Headline text\nGermany's Vorsk AG said it would close a "
            "plant. Vorsk shares fell.\n");
    e = d ? entity_named(d, "Vorsk AG") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_PRONOUN, "it") &&
          has_mention(d, e, FW_MENTION_NAME, "Vorsk"));
    CHECK(entity_named(d, "Germany") && !entity_named(d, "Germany's Vorsk AG"));

    /* A body named by its kind's word alone ("Congress", "the Senate")
     * is of the dateline's country, and so is whoever holds an office
     * in it; without a dateline, of the lexicon's. A body opening a
     * sentence before its act in the past is named ("Congress passed"). */
    d = run("Headline text\n\nMANILA, Dec 1 (Reuters) - Congress passed the "
            "bill. Congress president Tom Hale spoke. The Senate agreed.\n");
    CHECK(d && country_is(entity_named(d, "Congress"), "PHL") &&
          country_is(entity_named(d, "Senate"), "PHL") &&
          country_is(entity_named(d, "Tom Hale"), "PHL"));
    d = run("Headline text\nCongress passed the bill.\n");
    CHECK(d && country_is(entity_named(d, "Congress"), "USA"));
    /* The town a dateline names is a place wherever the body names it,
     * known or not. */
    d = run("Headline text\n\nBRELSK, Dec 1 (Reuters) - The mayor of Brelsk "
            "spoke.\n");
    CHECK(type_of(d, "Brelsk") == FW_ENTITY_PLACE);
    /* "Parliament" with no article is a legislature, of the dateline's
     * country, even where a place might stand ("outside Parliament"). */
    d = run("Headline text\n\nOTTAWA, Dec 1 (Reuters) - Protesters met "
            "outside Parliament. Parliament passed the bill.\n");
    e = d ? entity_named(d, "Parliament") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && country_is(e, "CAN"));

    /* An everyday plural's apostrophe inside a body's name ("the Flood
     * Victims' Association"); not a person's ("Tom Hales' Senate"). */
    d = run("Headline text\nThe Flood Victims' Association spoke. Tom Hales' "
            "Senate campaign ended. The Veterans' Affairs Committee met.\n");
    CHECK(d && entity_named(d, "Flood Victims' Association") &&
          entity_named(d, "Flood Victims' Association")->type ==
              FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Veterans' Affairs Committee"));
    CHECK(!entity_named(d, "Tom Hales' Senate"));

    /* A function word that is a given name, capitalised inside a
     * sentence before another name, opens a person's name. */
    d = run("Headline text\nThe Social Democrat Per Lund spoke. Prices rose "
            "3 per cent.\n");
    CHECK(d && entity_named(d, "Per Lund") &&
          entity_named(d, "Per Lund")->type == FW_ENTITY_PERSON);

    /* A title in capitals takes the modifiers before it, and the
     * country they give. */
    d = run("Headline text\nPhilippine National Security Adviser Ivan "
            "Dorov spoke.\n");
    CHECK(d &&
          has_title(entity_named(d, "Ivan Dorov"),
                    "Philippine National Security Adviser") &&
          country_is(entity_named(d, "Ivan Dorov"), "PHL"));

    /* A region's demonym points at its country. */
    d = run("Headline text\nThe Catalan police said the road was shut.\n");
    CHECK(d && entity_named(d, "Spain") &&
          has_mention(d, entity_named(d, "Spain"), FW_MENTION_DEMONYM,
                      "Catalan"));

    /* "Labour" capitalised inside a sentence is the party; "Labour
     * costs" opening one is not. */
    d = run("Headline text\nLabour costs rose. Union leaders attacked "
            "Labour.\n");
    CHECK(d && entity_named(d, "Labour") &&
          entity_named(d, "Labour")->type == FW_ENTITY_ORGANIZATION &&
          entity_named(d, "Labour")->n_mentions == 1);

    /* An acronym after "The" opening a sentence is an organisation's;
     * a possessive after its comma opens an apposition, no list. */
    d = run("Headline text\nThe VFWU, Vorsk's largest farm union, said it "
            "would strike.\n");
    CHECK(d && entity_named(d, "VFWU") &&
          entity_named(d, "VFWU")->type == FW_ENTITY_ORGANIZATION);

    /* A title word before a noun it qualifies is no nominal ("the
     * official manufacturing index"); a title or a noun for one who
     * does something further on is the head ("the billionaire real
     * estate magnate", "the billionaire developer"). */
    d = run("Headline text\nTom Hale spoke. Vorsk's official manufacturing "
            "index fell. The billionaire real estate magnate said no. The "
            "billionaire developer agreed.\n");
    e = d ? entity_named(d, "Tom Hale") : NULL;
    CHECK(e && !has_title(e, "official") &&
          has_mention(d, e, FW_MENTION_NOMINAL,
                      "The billionaire real estate magnate") &&
          has_mention(d, e, FW_MENTION_NOMINAL, "The billionaire developer"));

    /* Where an analyst's or a manager's office is held is a body, a
     * given name in it or not. */
    d = run("Headline text\nTom Hale, an analyst at Phillip Vorsk, said "
            "prices would fall.\n");
    CHECK(d && entity_named(d, "Phillip Vorsk") &&
          entity_named(d, "Phillip Vorsk")->type == FW_ENTITY_ORGANIZATION);
    /* (analysts too; but "police officers at Harvest Fair" is where they
     * were, and "the Joint Chiefs of Staff" no employer) */
    d = run("Headline text\nAnalysts at Banque Vorsk said prices would fall. "
            "Economists at Credit Morvane agreed. Police officers at Harvest "
            "Fair watched. Analysts at Vorskeries agreed.\n");
    CHECK(d && entity_named(d, "Banque Vorsk") &&
          entity_named(d, "Banque Vorsk")->type == FW_ENTITY_ORGANIZATION);
    CHECK(entity_named(d, "Credit Morvane") &&
          entity_named(d, "Credit Morvane")->type == FW_ENTITY_ORGANIZATION);
    CHECK(!entity_named(d, "Harvest Fair") ||
          entity_named(d, "Harvest Fair")->type != FW_ENTITY_ORGANIZATION);
    CHECK(entity_named(d, "Vorskeries") &&
          entity_named(d, "Vorskeries")->type == FW_ENTITY_ORGANIZATION);

    /* An honorific after a title is no part of the name. */
    d = run("Headline text\nFormer State Senator Dr. Anna Vell spoke.\n");
    CHECK(d && entity_named(d, "Anna Vell") &&
          !entity_named(d, "Dr. Anna Vell"));

    /* An organisation's name in "of" takes the country named after it. */
    d = run("Headline text\nThe Reserve Bank of India held rates.\n");
    CHECK(d && country_is(entity_named(d, "Reserve Bank of India"), "IND"));

    /* An unknown acronym after a noun for an organisation is one. */
    d = run("Headline text\nThe ruling was welcomed by consumer group VCU.\n");
    CHECK(d && entity_named(d, "VCU") &&
          entity_named(d, "VCU")->type == FW_ENTITY_ORGANIZATION);

    /* An office's title owns its body: "the Sheriff's Office". */
    d = run("Headline text\nThe Vorsk County Sheriff's Office said it was "
            "investigating.\n");
    CHECK(d && entity_named(d, "Vorsk County Sheriff's Office") &&
          entity_named(d, "Vorsk County Sheriff's Office")->type ==
              FW_ENTITY_ORGANIZATION);

    /* A title that owns what follows it is part of a name. */
    d = run("Headline text\nTom Hale studied at King's College Vorsk.\n");
    CHECK(d && entity_named(d, "King's College Vorsk") &&
          entity_named(d, "King's College Vorsk")->type ==
              FW_ENTITY_ORGANIZATION);

    /* "Capital X" is no place; "shadow" qualifies a title. */
    d = run("Headline text\nTom Hale, an economist at Capital Zeltrix, "
            "agreed with the shadow chancellor, Anna Berglund.\n");
    CHECK(d && entity_named(d, "Capital Zeltrix") &&
          entity_named(d, "Capital Zeltrix")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d &&
          has_title(entity_named(d, "Anna Berglund"), "shadow chancellor"));

    /* A company named first without its legal form is one with it. */
    d = run("Headline text\nZeltrix shares fell. Zeltrix Corp. said it "
            "would cut jobs.\n");
    CHECK(d && entity_named(d, "Zeltrix Corp.") &&
          entity_named(d, "Zeltrix") == entity_named(d, "Zeltrix Corp."));

    /* A party's, an armed body's or a group's noun after "the NAME";
     * a number word opening a sentence is no name. */
    d = run("Headline text\nThe Wagner group left. Troops fought the "
            "Corvex militia and the Sadrist movement. Thirteen members "
            "voted.\n");
    CHECK(d && entity_named(d, "Wagner") &&
          entity_named(d, "Wagner")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Corvex") &&
          entity_named(d, "Corvex")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Sadrist") &&
          entity_named(d, "Sadrist")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && !entity_named(d, "Thirteen"));
    /* (a union's too; and a body after a country's possessive is of the
     * country) */
    d = run("Headline text\nThe Vorsk Metall union vowed to fight. "
            "Germany's Brelsk AG said it would close a plant.\n");
    CHECK(d && entity_named(d, "Vorsk Metall") &&
          entity_named(d, "Vorsk Metall")->type == FW_ENTITY_ORGANIZATION);
    CHECK(country_is(entity_named(d, "Brelsk AG"), "DEU"));

    /* A medium's noun after a name: "the Zeltrix news agency", "the
     * Morvane newspaper"; a short family name written first and a given
     * name no lexicon knows: "Mao Ning". */
    d = run("Headline text\nThe Zeltrix news agency and the Morvane "
            "newspaper reported it. A spokeswoman for the Foreign Ministry, "
            "Mao Ning, said so.\n");
    CHECK(d && entity_named(d, "Zeltrix") &&
          entity_named(d, "Zeltrix")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Morvane") &&
          entity_named(d, "Morvane")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Mao Ning") &&
          entity_named(d, "Mao Ning")->type == FW_ENTITY_PERSON);

    /* An acronym, a body's noun, then speech: "ZNB bank said"; "All-Star"
     * is a title, no part of a name. */
    d = run("Headline text\nRigs fell, ZNB bank said. The team played "
            "without All-Star Tom Hale.\n");
    CHECK(d && entity_named(d, "ZNB") &&
          entity_named(d, "ZNB")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Tom Hale"));
    /* (a union's or a party's noun says so alone; "the LNG group" may
     * be gas) */
    d = run("Headline text\nThe ZNB union called a strike. The VKP party "
            "won. The LNG group met.\n");
    CHECK(d && entity_named(d, "ZNB") &&
          entity_named(d, "ZNB")->type == FW_ENTITY_ORGANIZATION);
    CHECK(entity_named(d, "VKP") &&
          entity_named(d, "VKP")->type == FW_ENTITY_ORGANIZATION);
    CHECK(!entity_named(d, "LNG") ||
          entity_named(d, "LNG")->type != FW_ENTITY_ORGANIZATION);

    /* An office's title takes no calling after it ("Mayor | Buddy
     * Vell"); a family name that is a given name too may own the title
     * after it ("Carter Chief of Staff Anna Berglund"; but "Howard Dean"
     * is a name); a title's domain is no name ("Professor of
     * Medicine"). */
    d = run("Headline text\nMayor Buddy Vell spoke. Carter Chief of Staff "
            "Anna Berglund spoke. Howard Dean spoke. A Professor of Medicine "
            "at Yale spoke.\n");
    e = d ? entity_named(d, "Buddy Vell") : NULL;
    CHECK(e && has_title(e, "Mayor"));
    e = d ? entity_named(d, "Anna Berglund") : NULL;
    CHECK(e && has_title(e, "Carter Chief of Staff"));
    CHECK(d && entity_named(d, "Howard Dean"));
    CHECK(d && !entity_named(d, "of Medicine"));

    /* No one's name holds an ampersand; a school named after a person
     * is the school's name. */
    d = run("Headline text\nVell & Dorov said so. Pupils of Anna Berglund "
            "Elementary School sang.\n");
    CHECK(d && entity_named(d, "Vell & Dorov") &&
          entity_named(d, "Vell & Dorov")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Anna Berglund Elementary School") &&
          entity_named(d, "Anna Berglund Elementary School")->type ==
              FW_ENTITY_ORGANIZATION);

    /* An office names what it is held in: "chief executive of X",
     * "an analyst at X". */
    d = run("Headline text\nTom Hale, chief executive of Zeltrix, met an "
            "analyst at Morvane.\n");
    CHECK(d && entity_named(d, "Zeltrix") &&
          entity_named(d, "Zeltrix")->type == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "Morvane") &&
          entity_named(d, "Morvane")->type == FW_ENTITY_ORGANIZATION);

    /* A headline in title case is no evidence of how its words are
     * written: "Tells" is no part of the name. */
    d = run("Howard Dean Tells Farmers To Act\nHoward Dean spoke. As "
            "president I'll act, said Tom Velk, Jr., 38.\n");
    CHECK(d && entity_named(d, "Howard Dean") && count_entities(d) == 2);
    CHECK(d && entity_named(d, "Tom Velk, Jr."));
    /* nor a verb in -s between two names ("Anna Berglund Ties Tom
     * Velk"), nor a capitalised particle's family name ("Marine Le
     * Pen") */
    d = run("Poll: Anna Berglund Ties Tom Velk In Vorsk\nAnna Berglund and "
            "Tom Velk are tied.\n");
    CHECK(d && entity_named(d, "Anna Berglund") &&
          entity_named(d, "Tom Velk") &&
          !entity_named(d, "Anna Berglund Ties Tom Velk"));

    /* "Senator X of Place": the person, and the place apart. */
    d = run("Headline text\nSenator Ann Velk of Massachusetts spoke.\n");
    e = d ? entity_named(d, "Ann Velk") : NULL;
    CHECK(e && e->type == FW_ENTITY_PERSON && e->n_titles == 1);
    CHECK(d && entity_named(d, "Massachusetts"));

    /* "and" after "of" goes on in an organisation's name, not into a
     * second person; "Southern" alone and "Can't" are no names. */
    d = run("Headline text\nThey met Sen. Ann Velk of Texas and Sen. Tom "
            "Hale of Ohio in the Southern states.\n");
    CHECK(d && entity_named(d, "Ann Velk") && entity_named(d, "Tom Hale"));
    CHECK(d && count_entities(d) == 4);
    d = run("Velk Says Hale Can't Win\nVelk spoke.\n");
    CHECK(d && !entity_named(d, "Hale Can't"));

    /* A capitalised office "of X" in apposition: the title is its
     * holder's, and X an organisation, named without "of". */
    d = run("Headline text\nTom Hale, Senior Vice President of Zeltrix, "
            "called.\n");
    e = d ? entity_named(d, "Zeltrix") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_NAME, "Zeltrix"));
    CHECK(d && entity_named(d, "Tom Hale") &&
          entity_named(d, "Tom Hale")->n_mentions == 2);

    /* A legal form after a comma belongs to the name; the name without
     * it is the same company. */
    d = run("Headline text\nThe deal went to Varnex, Inc. of Mountain View, "
            "California. Later Varnex said it had signed.\n");
    e = d ? entity_named(d, "Varnex, Inc.") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION &&
          has_mention(d, e, FW_MENTION_NAME, "Varnex"));
    CHECK(d && entity_named(d, "Mountain View"));

    /* The parts of a hyphenated word that name a place, an organisation
     * or a people are mentions of their own, and find the same entity as
     * the name alone; a hyphenated name the lexicon has stays whole. */
    d = run("Headline text\nThe Iran-backed militia and pro-Russian "
            "forces ended the Israel-Hamas truce. Hamas said so. "
            "Guinea-Bissau voted.\n");
    e = d ? entity_named(d, "Iran") : NULL;
    CHECK(e && e->type == FW_ENTITY_PLACE && country_is(e, "IRN") &&
          has_mention(d, e, FW_MENTION_NAME, "Iran"));
    e = d ? entity_named(d, "Russia") : NULL;
    CHECK(e && has_mention(d, e, FW_MENTION_DEMONYM, "Russian"));
    CHECK(d && entity_named(d, "Israel"));
    e = d ? entity_named(d, "Hamas") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && e->n_mentions >= 2);
    CHECK(d && entity_named(d, "Guinea-Bissau"));
    d = run("Headline text\nThe Abuja-based firm left Abuja.\n");
    e = d ? entity_named(d, "Abuja") : NULL;
    CHECK(e && e->type == FW_ENTITY_PLACE && e->n_mentions == 2);

    /* A capitalised part the lexicon does not know keeps the word whole:
     * no France in "Vellmo-France". */
    d = run("Headline text\nVellmo-France kept its alert level.\n");
    CHECK(d && !entity_named(d, "France"));

    /* A hyphenated word of given names begins a person's name. */
    d = run("Headline text\nThe prize went to Anne-Marie Vellcourt.\n");
    CHECK(type_of(d, "Anne-Marie Vellcourt") == FW_ENTITY_PERSON);

    /* A word for a part of a known place makes one place with it, at a
     * sentence's start too; so does a place the lexicon has whole. */
    d = run("Headline text\nSouth Vietnam fell. They left Greater London. "
            "Northern Ireland voted. Upper floors burned.\n");
    e = d ? entity_named(d, "South Vietnam") : NULL;
    CHECK(e && e->type == FW_ENTITY_PLACE && country_is(e, "VNM"));
    CHECK(d && entity_named(d, "Greater London"));
    CHECK(d && entity_named(d, "Northern Ireland"));
    CHECK(d && !entity_named(d, "Upper"));

    /* A building or work is a place; a given name and a surname that
     * is also such a noun stay a person. */
    d = run("Headline text\nThey played Vellmore Hall and the Oskan Tower "
            "by the Dravo Museum. Stuart Hall said so.\n");
    CHECK(d && entity_named(d, "Dravo Museum") &&
          entity_named(d, "Dravo Museum")->type == FW_ENTITY_PLACE);
    CHECK(d && entity_named(d, "Vellmore Hall") &&
          entity_named(d, "Vellmore Hall")->type == FW_ENTITY_PLACE);
    CHECK(d && entity_named(d, "Oskan Tower") &&
          entity_named(d, "Oskan Tower")->type == FW_ENTITY_PLACE);
    CHECK(d && entity_named(d, "Stuart Hall") &&
          entity_named(d, "Stuart Hall")->type == FW_ENTITY_PERSON);

    /* A country in lower case needs no preposition; a capitalised
     * everyday word after one is no place ("in History"). */
    d = run("Headline text\nhow are vietnam and afghanistan alike? It was "
            "the worst storm in History.\n");
    e = d ? entity_named(d, "Vietnam") : NULL;
    CHECK(e && e->type == FW_ENTITY_PLACE && country_is(e, "VNM"));
    e = d ? entity_named(d, "History") : NULL;
    CHECK(!e || e->type != FW_ENTITY_PLACE);

    /* A known place in lower case, where a preposition says so; an
     * everyday word is none. */
    d = run("Headline text\ni am from mexico and i love turkey.\n");
    e = d ? entity_named(d, "Mexico") : NULL;
    CHECK(e && e->type == FW_ENTITY_PLACE && country_is(e, "MEX"));
    CHECK(d && count_entities(d) == 1);

    /* Places by their nouns. */
    d = run("Headline text\nFighting spread across the Zarovia region and "
            "reached the town of Brelsk.\n");
    CHECK(d && entity_named(d, "Zarovia") &&
          entity_named(d, "Zarovia")->type == FW_ENTITY_PLACE);
    CHECK(d && entity_named(d, "Brelsk") &&
          entity_named(d, "Brelsk")->type == FW_ENTITY_PLACE);

    /* An unknown acronym after "the" is an organisation, unless it
     * modifies the noun after it. */
    d = run("Headline text\nThe deal was signed by the ZRTB. Ask the QVX "
            "department for the forms.\n");
    CHECK(type_of(d, "ZRTB") == FW_ENTITY_ORGANIZATION);
    e = d ? entity_named(d, "QVX") : NULL;
    CHECK(!e || e->type != FW_ENTITY_ORGANIZATION);

    /* The family name of a public figure is a person's even when it is
     * an everyday word. */
    d = run("Headline text\nThe plan was drafted under Truss.\n");
    CHECK(type_of(d, "Truss") == FW_ENTITY_PERSON);

    /* A known name of several words ends where unknown words follow it,
     * unless they make it a longer name. */
    d = run("Headline text\nA few State Department Arabists stayed. The "
            "New York State University grew.\n");
    CHECK(type_of(d, "State Department") == FW_ENTITY_ORGANIZATION);
    CHECK(d && entity_named(d, "New York State University"));

    /* A capitalised "The" in mid-sentence belongs to the name after it;
     * at a sentence's start it does not. */
    d = run("Headline text\nShe wrote for The Vellmore Gazette. The Oskan "
            "Gazette closed.\n");
    CHECK(d && entity_named(d, "The Vellmore Gazette"));
    CHECK(d && entity_named(d, "Oskan Gazette"));

    /* So does a known acronym; an organisation word that heads the run
     * keeps it whole. */
    d = run("Headline text\nShe read the UNESCO Heritage Bulletin online. "
            "The UNESCO Regional Committee of Culture met.\n");
    CHECK(type_of(d, "UNESCO") == FW_ENTITY_ORGANIZATION);
    CHECK(d && !entity_named(d, "UNESCO Heritage Bulletin"));
    CHECK(d && entity_named(d, "UNESCO Regional Committee of Culture"));

    /* A public body by its noun alone after "the"; "of" and "on" join
     * an organisation's name, across a word such as "Muslim". */
    d = run("Headline text\nThe talks, said the Senate, were held by the "
            "Council on Marine Affairs and the Union of Muslim Farmers.\n");
    CHECK(type_of(d, "Senate") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Council on Marine Affairs") == FW_ENTITY_ORGANIZATION);
    CHECK(type_of(d, "Union of Muslim Farmers") == FW_ENTITY_ORGANIZATION);

    /* Seats of power stand for governments, with their country. */
    d = run("Headline text\nThe White House and Downing Street agreed.\n");
    e = d ? entity_named(d, "White House") : NULL;
    CHECK(e && e->type == FW_ENTITY_ORGANIZATION && country_is(e, "USA"));
    CHECK(country_is(d ? entity_named(d, "Downing Street") : NULL, "GBR"));
}

static void test_not_names(void)
{
    /* Capitalised sentence starts, title-case headlines, holidays. */
    const fw_doc *d = run("Ministry Warns Of Storm Damage\nPressed on the "
                          "issue, officials said Christmas Eve would be "
                          "quiet.\n");
    CHECK(d && count_entities(d) == 0);
    /* A holiday with a particle is no person ("Cinco de Mayo"). */
    d = run("Headline text\nThe parade on Cinco de Mayo drew crowds.\n");
    CHECK(d && count_entities(d) == 0);
    d = run("Headline text\nNice people live here. We met in Nice.\n");
    const fw_entity *e = d ? entity_named(d, "Nice") : NULL;
    CHECK(e && e->n_mentions == 1);
    /* Months that are names: "April 2" is a date. */
    d = run("Headline text\nOn April 2 the talks began.\n");
    CHECK(d && count_entities(d) == 0);
    /* A legislator's party and state names nothing. */
    d = run("Headline text\n\"Not yet,\" said Sen. Ann Vell, R-Kan., who "
            "chairs it. Rep. Tom Hale (D-Md.) agreed.\n");
    CHECK(d && count_entities(d) == 2 && entity_named(d, "Ann Vell") &&
          entity_named(d, "Tom Hale"));
}

int main(void)
{
    test_titles();
    test_people();
    test_nominals_pronouns();
    test_places_orgs();
    test_not_names();
    test_done();
    return CHECK_DONE();
}
