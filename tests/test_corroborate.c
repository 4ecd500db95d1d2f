/* test_corroborate.c - matching claims across articles: sources,
 * independent groups, repeats, conflicts, and the cap on claims. Crafted
 * articles with their groups given by hand, so each rule is tested apart
 * from provenance. */
#include "concord.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

#define MAXA 4

typedef struct story {
	concord_claimset *set[MAXA];
	size_t n;
	concord_corroboration *c;
} story;

static void build(story *s, const char *const *texts, size_t n,
    const size_t *group, const size_t *original, size_t max)
{
	memset(s, 0, sizeof *s);
	for (size_t i = 0; i < n; i++) {
		concord_article a = { .text = texts[i], .text_len = strlen(texts[i]),
		    .lang = "en" };
		CHECK_INT(concord_claims_extract(&a, &s->set[i]), CONCORD_OK);
	}
	s->n = n;
	CHECK_INT(concord_corroborate((const concord_claimset *const *)s->set, n,
	    group, original, max, &s->c), CONCORD_OK);
}

static void drop(story *s)
{
	concord_corroboration_free(s->c);
	for (size_t i = 0; i < s->n; i++)
		concord_claims_free(s->set[i]);
}

static const concord_claim *claim(const story *s, concord_claim_kind k,
    const char *prefix)
{
	for (size_t i = 0; i < concord_corroboration_n(s->c); i++) {
		const concord_claim *c = concord_corroboration_at(s->c, i);
		if (c->kind == k && !strncmp(c->text, prefix, strlen(prefix)))
			return c;
	}
	return NULL;
}

static const char *const visit_a =
    "Putin made his first visit to North Korea in 24 years on Wednesday.\n"
    "\xe2\x80\x9cThis is a truly historic breakthrough document for our nations,\xe2\x80\x9d Putin said.";
static const char *const visit_b =
    "Putin made his first visit to North Korea in 24 years on Wednesday.\n"
    "\xe2\x80\x9cThis is a truly historic breakthrough document,\xe2\x80\x9d Putin said.";
static const char *const visit_c =
    "The Russian leader landed in Pyongyang, his first trip to North Korea in 24 years.\n"
    "Russian President Vladimir Putin called the pact a \xe2\x80\x9ctruly historic "
    "breakthrough document.\xe2\x80\x9d";

/* B copies A: they are one source; the copy only repeats. */
static void copy_repeats(void)
{
	const char *t[] = { visit_a, visit_b };
	size_t group[] = { 0, 0 }, orig[] = { 0, 0 };
	story s;
	build(&s, t, 2, group, orig, 0);
	const concord_claim *c = claim(&s, CONCORD_CLAIM_NUMBER, "24 years");
	CHECK(c != NULL);
	if (c) {
		CHECK_INT(c->nsources, 2);
		CHECK_INT(c->independent, 1);
		CHECK_INT(c->nrepeats, 1);
		CHECK_INT(c->nrepeats ? c->repeats[0] : 99, 1);
		CHECK_STR(c->value, "24");
	}
	/* the trimmed quote is the same quote */
	c = claim(&s, CONCORD_CLAIM_QUOTE, "This is a truly historic");
	CHECK(c != NULL);
	if (c) {
		CHECK_INT(c->nsources, 2);
		CHECK_INT(c->independent, 1);
		CHECK_STR(c->speaker, "Putin");
		CHECK_INT(c->nconflicts, 0);
	}
	drop(&s);
	/* When the group's original is B, B counts and A repeats. */
	size_t orig_b[] = { 1, 1 };
	build(&s, t, 2, group, orig_b, 0);
	c = claim(&s, CONCORD_CLAIM_NUMBER, "24 years");
	CHECK(c && c->nrepeats == 1 && c->repeats[0] == 0);
	drop(&s);
}

/* Three articles in two groups: independent 2, one repeat. */
static void independent_groups(void)
{
	const char *t[] = { visit_a, visit_b, visit_c };
	size_t group[] = { 0, 0, 1 };
	story s;
	build(&s, t, 3, group, NULL, 0);
	const concord_claim *c = claim(&s, CONCORD_CLAIM_NUMBER, "24 years");
	CHECK(c != NULL);
	if (c) {
		CHECK_INT(c->nsources, 3);
		CHECK_INT(c->sources[0], 0);
		CHECK_INT(c->sources[2], 2);
		CHECK_INT(c->independent, 2);
		CHECK_INT(c->nrepeats, 1);
	}
	c = claim(&s, CONCORD_CLAIM_QUOTE, "This is a truly historic");
	CHECK(c && c->nsources == 3 && c->independent == 2);
	/* the best supported claims come first */
	const concord_claim *first = concord_corroboration_at(&*s.c, 0);
	CHECK(first && first->independent == 2);
	/* every mention maps to a kept claim of its kind */
	for (size_t a = 0; a < 3; a++)
		for (size_t k = 0; k < concord_claims_n(s.set[a]); k++) {
			long id = concord_corroboration_claim_of(s.c, a, k);
			CHECK(id >= 0);
			if (id >= 0)
				CHECK_INT(concord_corroboration_at(s.c, (size_t)id)->kind,
				    concord_claims_at(s.set[a], k)->kind);
		}
	CHECK_INT(concord_corroboration_claim_of(s.c, 7, 0), -1);
	drop(&s);
}

/* The same visit counted differently is a conflict. */
static void number_conflict(void)
{
	const char *t[] = {
	    "Putin made his first visit to North Korea in 24 years on Wednesday.",
	    "Putin made his first visit to North Korea in 20 years on Wednesday." };
	size_t group[] = { 0, 1 };
	story s;
	build(&s, t, 2, group, NULL, 0);
	const concord_claim *a = claim(&s, CONCORD_CLAIM_NUMBER, "24 years");
	const concord_claim *b = claim(&s, CONCORD_CLAIM_NUMBER, "20 years");
	CHECK(a && b);
	if (a && b) {
		CHECK_INT(a->nconflicts, 1);
		CHECK_INT(b->nconflicts, 1);
		CHECK(concord_corroboration_at(s.c, a->conflicts[0]) == b);
		CHECK(concord_corroboration_at(s.c, b->conflicts[0]) == a);
	}
	drop(&s);
}

/* Another number of the same noun in other words is not a conflict; nor
 * are two values that both articles state. */
static void number_non_conflict(void)
{
	const char *t[] = {
	    "Putin made his first visit to North Korea in 24 years on Wednesday.",
	    "The new treaty will remain in force for 20 years, officials in Moscow said." };
	size_t group[] = { 0, 1 };
	story s;
	build(&s, t, 2, group, NULL, 0);
	for (size_t i = 0; i < concord_corroboration_n(s.c); i++)
		CHECK_INT(concord_corroboration_at(s.c, i)->nconflicts, 0);
	drop(&s);
	const char *u[] = {
	    "The old treaty lasted 20 years and the new treaty will last 24 years.",
	    "The new treaty will last 24 years and the old treaty lasted 20 years." };
	build(&s, u, 2, group, NULL, 0);
	for (size_t i = 0; i < concord_corroboration_n(s.c); i++)
		CHECK_INT(concord_corroboration_at(s.c, i)->nconflicts, 0);
	const concord_claim *c = claim(&s, CONCORD_CLAIM_NUMBER, "24 years");
	CHECK(c && c->nsources == 2);
	drop(&s);
}

/* A rate is the same counted thing whatever the words around it: "about
 * 12,000 vehicles a day" against "about 15,000 vehicles a day". */
static void rate_conflict(void)
{
	const char *t[] = {
	    "The bridge, which crosses the river, carries about 12,000 vehicles a day.",
	    "According to traffic counts, about 15,000 vehicles a day use the crossing." };
	size_t group[] = { 0, 1 };
	story s;
	build(&s, t, 2, group, NULL, 0);
	const concord_claim *a = claim(&s, CONCORD_CLAIM_NUMBER, "12,000 vehicles");
	const concord_claim *b = claim(&s, CONCORD_CLAIM_NUMBER, "15,000 vehicles");
	CHECK(a && b);
	if (a && b) {
		CHECK_INT(a->nconflicts, 1);
		CHECK_INT(b->nconflicts, 1);
	}
	drop(&s);
}

static size_t total_conflicts(const story *s)
{
	size_t n = 0;
	for (size_t i = 0; i < concord_corroboration_n(s->c); i++)
		n += concord_corroboration_at(s->c, i)->nconflicts;
	return n;
}

/* Different subjects with the same unit never conflict: another noun,
 * another modifier, another plainly named subject, another period, a far
 * value, or an article that gives both figures. */
static void rate_non_conflict(void)
{
	static const char *const pairs[][2] = {
	    { "The team counted 12 restored wetlands along the river.",
	      "The team counted five undisturbed marshes along the river." },
	    { "Volunteers restore 12 restored wetlands a year in the valley.",
	      "Volunteers drain 10 undisturbed wetlands a year in the valley." },
	    { "The ferry carries about 1,200 vehicles a day on weekdays.",
	      "The bridge carries about 1,500 vehicles a day on weekdays." },
	    { "About 12,000 vehicles a day use the bridge, officials said.",
	      "About 15,000 vehicles a day use the tunnel, officials said." },
	    { "The bridge carries about 12,000 vehicles a day in summer.",
	      "The bridge carries about 15,000 vehicles a week in summer." },
	    { "The bridge carries about 12,000 vehicles a day in summer.",
	      "The crossing sees 90,000 vehicles a day at peak times." },
	    { "The bridge carries 12,000 vehicles a day and 15,000 vehicles a day at peak.",
	      "The crossing takes 15,000 vehicles a day at peak times." },
	};
	size_t group[] = { 0, 1 };
	for (size_t k = 0; k < sizeof pairs / sizeof pairs[0]; k++) {
		story s;
		build(&s, pairs[k], 2, group, NULL, 0);
		CHECK(concord_corroboration_n(s.c) >= 2);
		CHECK_INT(total_conflicts(&s), 0);
		drop(&s);
	}
}

/* The examples corpus (docs/examples.md): one conflict in all, vehicles a
 * day on the bridge, between the wire's group and the radio piece. */
static void examples_conflict(void)
{
	const char *dir = "examples";
	concord_source *src = NULL;
	CHECK_INT(concord_source_open(&dir, 1, 0, &src), CONCORD_OK);
	concord_doc *doc[16];
	concord_claimset *set[3][8];
	size_t n[3] = { 0, 0, 0 }, nd = 0;
	static const char *const stories[] = { "bridge-", "election-", "wetlands-" };
	concord_input in;
	concord_status st;
	while (src && (st = concord_source_next(src, &in)) != CONCORD_END && nd < 16) {
		if (st != CONCORD_OK || concord_extract(&in, NULL, &doc[nd]) != CONCORD_OK)
			continue;
		const concord_article *a = concord_doc_article(doc[nd++]);
		for (size_t k = 0; k < 3; k++)
			if (strstr(in.path, stories[k]) && n[k] < 8)
				CHECK_INT(concord_claims_extract(a, &set[k][n[k]++]),
				    CONCORD_OK);
	}
	concord_source_free(src);
	CHECK_INT(nd, 10);
	CHECK_INT(n[0], 4);
	for (size_t k = 0; k < 3; k++) {
		/* each article its own group: grouping does not change conflicts */
		size_t group[8] = { 0, 1, 2, 3, 4, 5, 6, 7 };
		concord_corroboration *c = NULL;
		CHECK_INT(concord_corroborate((const concord_claimset *const *)set[k],
		    n[k], group, NULL, 0, &c), CONCORD_OK);
		story s = { .c = c };
		const concord_claim *a = claim(&s, CONCORD_CLAIM_NUMBER, "12,000 vehicles");
		const concord_claim *b = claim(&s, CONCORD_CLAIM_NUMBER, "15,000 vehicles");
		if (k == 0) {
			CHECK(a && b);
			CHECK_INT(total_conflicts(&s), 2);
			if (a && b && a->nconflicts == 1 && b->nconflicts == 1) {
				CHECK(concord_corroboration_at(c, a->conflicts[0]) == b);
				CHECK(concord_corroboration_at(c, b->conflicts[0]) == a);
				CHECK_INT(a->nsources, 3);
			}
		} else {
			CHECK_INT(total_conflicts(&s), 0);
		}
		concord_corroboration_free(c);
		for (size_t i = 0; i < n[k]; i++)
			concord_claims_free(set[k][i]);
	}
	for (size_t i = 0; i < nd; i++)
		concord_doc_free(doc[i]);
}

/* The same words given to different speakers conflict; the same speaker
 * named in full agrees. */
static void speaker_conflict(void)
{
	const char *t[] = {
	    "\xe2\x80\x9cWe will never give up our nuclear weapons,\xe2\x80\x9d Kim said on Friday.",
	    "\xe2\x80\x9cWe will never give up our nuclear weapons,\xe2\x80\x9d Putin said on Friday.",
	    "\xe2\x80\x9cWe will never give up our nuclear weapons,\xe2\x80\x9d North Korean leader Kim Jong Un said." };
	size_t group[] = { 0, 1, 2 };
	story s;
	build(&s, t, 3, group, NULL, 0);
	size_t nquotes = 0;
	const concord_claim *kim = NULL, *putin = NULL;
	for (size_t i = 0; i < concord_corroboration_n(s.c); i++) {
		const concord_claim *c = concord_corroboration_at(s.c, i);
		if (c->kind != CONCORD_CLAIM_QUOTE)
			continue;
		nquotes++;
		if (c->speaker && strstr(c->speaker, "Kim"))
			kim = c;
		if (c->speaker && strstr(c->speaker, "Putin"))
			putin = c;
	}
	CHECK_INT(nquotes, 2);
	CHECK(kim && putin);
	if (kim && putin) {
		CHECK_INT(kim->nsources, 2);
		CHECK_INT(kim->independent, 2);
		CHECK_INT(putin->nsources, 1);
		CHECK_INT(kim->nconflicts, 1);
		CHECK_INT(putin->nconflicts, 1);
	}
	drop(&s);
}

static void unrelated_quotes_apart(void)
{
	const char *t[] = {
	    "\xe2\x80\x9cThe talks were long but very useful for both sides,\xe2\x80\x9d Berg said.",
	    "\xe2\x80\x9cThe harvest this year will be the best in a decade,\xe2\x80\x9d Berg said." };
	size_t group[] = { 0, 1 };
	story s;
	build(&s, t, 2, group, NULL, 0);
	size_t n = 0;
	for (size_t i = 0; i < concord_corroboration_n(s.c); i++) {
		const concord_claim *c = concord_corroboration_at(s.c, i);
		if (c->kind == CONCORD_CLAIM_QUOTE) {
			n++;
			CHECK_INT(c->nsources, 1);
		}
	}
	CHECK_INT(n, 2);
	drop(&s);
}

static void cap(void)
{
	const char *t[] = {
	    "In 1990 and 1991 and 1992 and 1993 and 1994 the town grew by 5 houses, "
	    "then 6 schools, 7 shops, 8 roads and 9 parks were built." };
	size_t group[] = { 0 };
	story s;
	build(&s, t, 1, group, NULL, 3);
	CHECK_INT(concord_corroboration_n(s.c), 3);
	drop(&s);
	build(&s, t, 1, group, NULL, 0);
	CHECK_INT(concord_corroboration_n(s.c), 10);
	drop(&s);
}

static void speakers_agree(void)
{
	CHECK(concord_speakers_agree("Putin", "Russian President Vladimir Putin"));
	CHECK(concord_speakers_agree("Kim", "Kim Jong Un"));
	CHECK(concord_speakers_agree(NULL, "Kim"));
	CHECK(concord_speakers_agree("Putin\xe2\x80\x99s aide", "Putin"));
	CHECK(!concord_speakers_agree("Putin", "Kim"));
	CHECK(!concord_speakers_agree("Russian President Vladimir Putin",
	    "North Korean leader Kim Jong Un"));
}

static void empty(void)
{
	concord_corroboration *c = NULL;
	CHECK_INT(concord_corroborate(NULL, 0, NULL, NULL, 0, &c), CONCORD_OK);
	CHECK_INT(concord_corroboration_n(c), 0);
	CHECK(concord_corroboration_at(c, 0) == NULL);
	concord_corroboration_free(c);
	CHECK_INT(concord_corroborate(NULL, 2, NULL, NULL, 0, &c), CONCORD_EINVAL);
	concord_corroboration_free(NULL);
	CHECK(!concord_mentions_match(NULL, NULL));
}

static const test_case tests[] = {
	{ "copy_repeats", copy_repeats },
	{ "independent_groups", independent_groups },
	{ "number_conflict", number_conflict },
	{ "number_non_conflict", number_non_conflict },
	{ "rate_conflict", rate_conflict },
	{ "rate_non_conflict", rate_non_conflict },
	{ "examples_conflict", examples_conflict },
	{ "speaker_conflict", speaker_conflict },
	{ "unrelated_quotes_apart", unrelated_quotes_apart },
	{ "cap", cap },
	{ "speakers_agree", speakers_agree },
	{ "empty", empty },
};
HARNESS_MAIN(tests)
