/* test_claims.c - quotes, speakers, numbers, dates and attributions found
 * in one article: on the real seeds (read through source + extract, as
 * the command reads them) and on crafted sentences. */
#include "concord.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

static concord_claimset *claims_of_text(const char *text)
{
	concord_article a = { .text = text, .text_len = strlen(text), .lang = "en" };
	concord_claimset *set = NULL;
	CHECK_INT(concord_claims_extract(&a, &set), CONCORD_OK);
	return set;
}

/* The first mention whose text starts with prefix, or NULL. */
static const concord_mention *find(const concord_claimset *s, const char *prefix)
{
	for (size_t i = 0; i < concord_claims_n(s); i++) {
		const concord_mention *m = concord_claims_at(s, i);
		if (!strncmp(m->text, prefix, strlen(prefix)))
			return m;
	}
	return NULL;
}

static const concord_mention *find_in_seeds(concord_claimset **sets, size_t n,
    const char *prefix)
{
	for (size_t i = 0; i < n; i++) {
		const concord_mention *m = find(sets[i], prefix);
		if (m)
			return m;
	}
	return NULL;
}

static void seed_speakers(void)
{
	harness_seeds s;
	harness_load_seeds(&s);
	concord_claimset *sets[HARNESS_MAX_SEEDS] = { 0 };
	for (size_t i = 0; i < s.n; i++)
		CHECK_INT(concord_claims_extract(s.a[i], &sets[i]), CONCORD_OK);
	const concord_mention *m = find_in_seeds(sets, s.n,
	    "The comprehensive partnership agreement signed today");
	CHECK(m != NULL);
	if (m) {
		CHECK_INT(m->kind, CONCORD_CLAIM_QUOTE);
		CHECK_HAS(m->speaker, "Putin");
	}
	/* "“We will ...,” he assured Putin.": he is Kim, from the sentence
	 * before ("Kim emphasized ..."), and Putin is the one told. */
	m = find_in_seeds(sets, s.n, "We will unconditionally and unwaveringly support");
	CHECK(m != NULL);
	if (m) {
		CHECK_HAS(m->speaker, "Kim");
		CHECK_LACKS(m->speaker, "Putin");
		CHECK_LACKS(m->text, "\xe2\x80\x9d");  /* marks are not words */
	}
	/* "Kim called it the “strongest ever treaty,” while Putin hailed" */
	m = find_in_seeds(sets, s.n, "strongest ever treaty");
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->speaker, "Kim");
	m = find_in_seeds(sets, s.n, "We highly appreciate");
	CHECK(m != NULL);
	if (m) {
		CHECK_HAS(m->speaker, "Putin");
		CHECK_HAS(m->attribution, "RIA");
	}
	for (size_t i = 0; i < s.n; i++)
		concord_claims_free(sets[i]);
	harness_free_seeds(&s);
}

static void seed_numbers_and_dates(void)
{
	harness_seeds s;
	harness_load_seeds(&s);
	size_t with24 = 0, with1961 = 0;
	for (size_t i = 0; i < s.n; i++) {
		concord_claimset *set = NULL;
		CHECK_INT(concord_claims_extract(s.a[i], &set), CONCORD_OK);
		const concord_mention *m = find(set, "24 years");
		if (m) {
			with24++;
			CHECK_INT(m->kind, CONCORD_CLAIM_NUMBER);
			CHECK_STR(m->value, "24");
			CHECK_STR(m->unit, "year");
		}
		m = find(set, "1961");
		if (m) {
			with1961++;
			CHECK_INT(m->kind, CONCORD_CLAIM_DATE);
			CHECK_STR(m->value, "1961");
		}
		/* "Thousands of North Koreans" counts nothing */
		CHECK(find(set, "Thousands") == NULL);
		CHECK(find(set, "thousands") == NULL);
		concord_claims_free(set);
	}
	CHECK_INT(with24, 5);
	CHECK(with1961 >= 3);
	harness_free_seeds(&s);
}

/* Every mention is verbatim from its article, and no page furniture of
 * the scraped seeds becomes a claim. */
static void seed_verbatim_no_furniture(void)
{
	static const char *const furniture[] = { "Recent Posts", "Read More",
	    "December 5, 2025", "cookies", "subscribe", "WordPress", "http" };
	harness_seeds s;
	harness_load_seeds(&s);
	size_t total = 0;
	for (size_t i = 0; i < s.n; i++) {
		concord_claimset *set = NULL;
		CHECK_INT(concord_claims_extract(s.a[i], &set), CONCORD_OK);
		for (size_t k = 0; k < concord_claims_n(set); k++) {
			const concord_mention *m = concord_claims_at(set, k);
			total++;
			CHECK(strstr(s.a[i]->text, m->text) != NULL);
			CHECK(strstr(s.a[i]->text, m->context) != NULL);
			CHECK(m->off + m->len <= s.a[i]->text_len);
			CHECK(!memcmp(s.a[i]->text + m->off, m->text, m->len));
			if (m->speaker)
				CHECK(strstr(s.a[i]->text, m->speaker) != NULL);
			if (m->attribution)
				CHECK(strstr(s.a[i]->text, m->attribution) != NULL);
			for (size_t f = 0; f < sizeof furniture / sizeof *furniture; f++) {
				CHECK_LACKS(m->text, furniture[f]);
				CHECK_LACKS(m->context, furniture[f]);
			}
		}
		concord_claims_free(set);
	}
	CHECK(total >= 20);
	harness_free_seeds(&s);
}

static void speaker_patterns(void)
{
	concord_claimset *s = claims_of_text(
	    "Officials met in Geneva on Monday to talk about the harvest.\n"
	    "\xe2\x80\x9cWe are ready to sign the deal today,\xe2\x80\x9d said Foreign Minister Anna Berg.\n"
	    "Kim called it the \xe2\x80\x9cstrongest treaty ever made,\xe2\x80\x9d while Putin hailed it as a "
	    "\xe2\x80\x9creal breakthrough for everyone.\xe2\x80\x9d\n"
	    "Berg said the talks were \"long but very useful for both sides\" and added that more would follow.");
	const concord_mention *m = find(s, "We are ready");
	CHECK(m != NULL);
	if (m) {
		CHECK_STR(m->text, "We are ready to sign the deal today");
		CHECK_STR(m->speaker, "Foreign Minister Anna Berg");
	}
	m = find(s, "strongest treaty");
	CHECK(m && m->speaker && !strcmp(m->speaker, "Kim"));
	m = find(s, "real breakthrough");
	CHECK(m && m->speaker && !strcmp(m->speaker, "Putin"));
	m = find(s, "long but very useful");
	CHECK(m && m->speaker && !strcmp(m->speaker, "Berg"));
	concord_claims_free(s);
}

/* A pronoun with nobody named before it stays unknown, and a speaker is
 * never taken from the object of the verb. */
static void unresolved_pronoun(void)
{
	concord_claimset *s = claims_of_text(
	    "\xe2\x80\x9cWe will win this war soon enough,\xe2\x80\x9d he told Putin.\n"
	    "The crowd cheered as the motorcade passed through the city.");
	const concord_mention *m = find(s, "We will win");
	CHECK(m != NULL);
	if (m)
		CHECK(m->speaker == NULL);
	concord_claims_free(s);
	/* Too short to be a claim: fewer than three words. */
	s = claims_of_text("Kim hailed the \xe2\x80\x9cnew era\xe2\x80\x9d of ties between the two states.");
	CHECK(find(s, "new era") == NULL);
	concord_claims_free(s);
}

static void numbers(void)
{
	concord_claimset *s = claims_of_text(
	    "The two leaders met for the first time in two decades.\n"
	    "Officials said 1,500 troops and 3.5 million dollars were sent.\n"
	    "Thousands of people lined the streets of the capital city.\n"
	    "Turnout rose to 62% in the northern provinces this year.");
	const concord_mention *m = find(s, "two decades");
	CHECK(m && !strcmp(m->value, "2") && !strcmp(m->unit, "decad"));
	CHECK(find(s, "two leaders") == NULL);
	m = find(s, "1,500 troops");
	CHECK(m && !strcmp(m->value, "1500") && !strcmp(m->unit, "troop"));
	m = find(s, "3.5 million dollars");
	CHECK(m && !strcmp(m->value, "3500000"));
	CHECK(find(s, "Thousands") == NULL);
	m = find(s, "62%");
	CHECK(m && !strcmp(m->value, "62") && !strcmp(m->unit, "percent"));
	concord_claims_free(s);
}

static void money_and_verbs(void)
{
	concord_claimset *s = claims_of_text(
	    "Repairs are expected to cost $4.2 million and should be finished soon.\n"
	    "The state paid \xe2\x82\xac" "300 for each of the 12 damaged homes.\n"
	    "The council has $1.5 million coming from the state this year.\n"
	    "The count ended at 11 p.m. on the night of the vote.");
	const concord_mention *m = find(s, "$4.2 million");
	CHECK(m && !strcmp(m->value, "4200000") && !strcmp(m->unit, "usd"));
	m = find(s, "\xe2\x82\xac" "300");
	CHECK(m && !strcmp(m->value, "300") && !strcmp(m->unit, "eur"));
	m = find(s, "12 damaged homes");
	CHECK(m && !strcmp(m->unit, "home"));
	m = find(s, "$1.5 million");
	CHECK(m && !strcmp(m->unit, "usd"));
	CHECK(find(s, "1.5 million coming") == NULL);
	CHECK(find(s, "11 p.m") == NULL);
	concord_claims_free(s);
	s = claims_of_text("Turnout fell by 12 per cent in the northern towns this year.\n"
	    "Matthew's father Neil, 24, from Runcorn, Cheshire, said he would sue. "
	    "He said: \"We will take this case as far as the courts allow.\"");
	m = find(s, "12 per cent");
	CHECK(m && !strcmp(m->unit, "percent") && !strcmp(m->value, "12"));
	/* the place before "said" is no speaker; better none than wrong */
	m = find(s, "We will take this case");
	CHECK(m != NULL);
	if (m)
		CHECK_LACKS(m->speaker, "Cheshire");
	concord_claims_free(s);
}

/* `"A," said X. "B."`: B is X's too; titles and roles stay in the name. */
static void continued_quotes(void)
{
	concord_claimset *s = claims_of_text(
	    "\xe2\x80\x9c" "The voters have spoken tonight,\xe2\x80\x9d said Abernathy. "
	    "\xe2\x80\x9c" "I will make the handover smooth.\xe2\x80\x9d\n"
	    "\xe2\x80\x9c" "Every ballot has been counted,\xe2\x80\x9d said town clerk Ruth Castellano.\n"
	    "\xe2\x80\x9c" "Six years is a short window,\xe2\x80\x9d said Dr. Selin Aravena.\n"
	    "\xe2\x80\x9c" "This is not over yet at all.\xe2\x80\x9d\n");
	const concord_mention *m = find(s, "I will make");
	CHECK(m && m->speaker && !strcmp(m->speaker, "Abernathy"));
	m = find(s, "Every ballot");
	CHECK(m && m->speaker && !strcmp(m->speaker, "town clerk Ruth Castellano"));
	m = find(s, "Six years");
	CHECK(m && m->speaker && !strcmp(m->speaker, "Dr. Selin Aravena"));
	/* a new paragraph does not go on with the last speaker */
	m = find(s, "This is not over");
	CHECK(m && m->speaker == NULL);
	concord_claims_free(s);
}

static void dates(void)
{
	concord_claimset *s = claims_of_text(
	    "The treaty was signed on June 19, 2024 in the capital city.\n"
	    "It replaced an accord signed on 12 July 2000 by both sides.\n"
	    "A review is due on 2025-03-01 according to the Foreign Ministry.\n"
	    "The leaders met again on Wednesday in the northern city.\n"
	    "The talks began in March 2023 and ended on May 2.");
	const concord_mention *m = find(s, "June 19, 2024");
	CHECK(m && !strcmp(m->value, "2024-06-19"));
	m = find(s, "12 July 2000");
	CHECK(m && !strcmp(m->value, "2000-07-12"));
	m = find(s, "2025-03-01");
	CHECK(m && !strcmp(m->value, "2025-03-01"));
	if (m)
		CHECK_STR(m->attribution, "Foreign Ministry");
	m = find(s, "Wednesday");
	CHECK(m && m->kind == CONCORD_CLAIM_DATE);
	m = find(s, "March 2023");
	CHECK(m && !strcmp(m->value, "2023-03"));
	m = find(s, "May 2");
	CHECK(m && !strcmp(m->value, "--05-02"));
	concord_claims_free(s);
	/* "June 19" and, later, "June 19, 2024" in one article: one date,
	 * with its year; another day without a year stays apart */
	s = claims_of_text(
	    "The leaders met on June 19 in the capital city, officials said.\n"
	    "The treaty they signed on June 19, 2024 replaced older accords.\n"
	    "A second round of talks is planned for June 20 in the north.");
	size_t june19 = 0;
	for (size_t i = 0; i < concord_claims_n(s); i++) {
		const concord_mention *x = concord_claims_at(s, i);
		june19 += x->kind == CONCORD_CLAIM_DATE &&
		    !strcmp(x->value + strlen(x->value) - 5, "06-19");
	}
	CHECK_INT(june19, 1);
	m = find(s, "June 19");
	CHECK(m && !strcmp(m->value, "2024-06-19"));
	m = find(s, "June 20");
	CHECK(m && !strcmp(m->value, "--06-20"));
	concord_claims_free(s);
}

static void attribution(void)
{
	concord_claimset *s = claims_of_text(
	    "The pact replaces deals signed in 1961 and 2000, according to the "
	    "Russian state news agency TASS.\n"
	    "About 300 soldiers were moved north, as reported by RIA Novosti.");
	const concord_mention *m = find(s, "1961");
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->attribution, "Russian state news agency TASS");
	m = find(s, "300 soldiers");
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->attribution, "RIA Novosti");
	concord_claims_free(s);
}

/* An attribution is a short source name, only on the claims its clause
 * governs; a phrase that names no source gives none. */
static void attribution_scope(void)
{
	concord_claimset *s = claims_of_text(
	    "Lindqvist won in Tuesday's vote by 327 votes, according to unofficial "
	    "results released by the town clerk late Tuesday night.\n"
	    "In a paper published Monday in the journal, a team led by Professor "
	    "Miriam Adeyemi-Holt reported that 12 restored wetlands stored 3.1 "
	    "tonnes of carbon.\n"
	    "Turnout stood at 41 percent, according to the unofficial count.\n"
	    "According to the city's public works department, repairs will cost "
	    "$4.2 million over two years.\n"
	    "The mayor spoke for 20 minutes, according to a long and winding "
	    "account of the meeting.");
	const concord_mention *m = find(s, "327 votes");
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->attribution, "town clerk");
	m = find(s, "Tuesday");  /* inside the credit: not credited by it */
	CHECK(m && m->attribution == NULL);
	m = find(s, "Monday");   /* before "X reported": not governed */
	CHECK(m && m->attribution == NULL);
	m = find(s, "12 restored wetlands");
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->attribution, "Professor Miriam Adeyemi-Holt");
	m = find(s, "3.1 tonnes");
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->attribution, "Professor Miriam Adeyemi-Holt");
	m = find(s, "41 percent");  /* "the unofficial count" names no one */
	CHECK(m && m->attribution == NULL);
	m = find(s, "$4.2 million");  /* a leading credit governs what follows */
	CHECK(m != NULL);
	if (m)
		CHECK_STR(m->attribution, "city's public works department");
	m = find(s, "20 minutes");
	CHECK(m && m->attribution == NULL);
	concord_claims_free(s);
}

/* Headings and lines without a full stop give no claims. */
static void headings_ignored(void)
{
	concord_claimset *s = claims_of_text(
	    "The 2000 Joint Declaration\n"
	    "December 5, 2025\n"
	    "Why 24 Students Chose Film School\n");
	CHECK_INT(concord_claims_n(s), 0);
	concord_claims_free(s);
	s = claims_of_text("");
	CHECK_INT(concord_claims_n(s), 0);
	concord_claims_free(s);
}

static void prose(void)
{
	static const char *const yes[] = {
	    "Putin arrived in Pyongyang on Wednesday.",
	    "\xe2\x80\x9cWe will win,\xe2\x80\x9d he said to the crowd.\xe2\x80\x9d",
	    "Will they sign the deal today?" };
	static const char *const no[] = {
	    "A Grand Welcome for Putin", "Read More about this story today.",
	    "This website uses cookies to improve things.", "Yes.",
	    "Visit https://example.com for the full story now." };
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		CHECK(concord_claims_prose(yes[i], strlen(yes[i]), 4));
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		CHECK(!concord_claims_prose(no[i], strlen(no[i]), 4));
}

/* Hostile input: many quotes and numbers, unbalanced marks, invalid
 * UTF-8. Bounded output, no crash. */
static void hostile(void)
{
	size_t n = 200000;
	char *t = malloc(n + 1);
	static const char pat[] = "\"1 22 years \xe2\x80\x9c x said\xff. \n";
	for (size_t i = 0; i < n; i++)
		t[i] = pat[i % (sizeof pat - 1)];
	t[n] = 0;
	concord_claimset *s = claims_of_text(t);
	CHECK(concord_claims_n(s) <= CONCORD_CLAIMS_MAX);
	concord_claims_free(s);
	free(t);
	/* unbalanced opening marks in one long paragraph: linear, no quote */
	n = 1 << 20;
	t = malloc(n + 1);
	for (size_t i = 0; i < n; i++)
		t[i] = "\xe2\x80\x9c" "ab "[i % 6];
	t[n - 1] = '.';
	t[n] = 0;
	s = claims_of_text(t);
	CHECK_INT(concord_claims_n(s), 0);
	concord_claims_free(s);
	/* the same claim many times: one mention */
	for (size_t i = 0; i < n; i++)
		t[i] = "It took 24 years. "[i % 18];
	s = claims_of_text(t);
	CHECK_INT(concord_claims_n(s), 1);
	concord_claims_free(s);
	free(t);
	CHECK_INT(concord_claims_extract(NULL, &s), CONCORD_EINVAL);
	concord_claims_free(NULL);
}

static const test_case tests[] = {
	{ "seed_speakers", seed_speakers },
	{ "seed_numbers_and_dates", seed_numbers_and_dates },
	{ "seed_verbatim_no_furniture", seed_verbatim_no_furniture },
	{ "speaker_patterns", speaker_patterns },
	{ "unresolved_pronoun", unresolved_pronoun },
	{ "numbers", numbers },
	{ "money_and_verbs", money_and_verbs },
	{ "continued_quotes", continued_quotes },
	{ "dates", dates },
	{ "attribution", attribution },
	{ "attribution_scope", attribution_scope },
	{ "headings_ignored", headings_ignored },
	{ "prose", prose },
	{ "hostile", hostile },
};
HARNESS_MAIN(tests)
