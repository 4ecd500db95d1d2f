/* test_brief.c - the report of one story: on the five real seeds (read
 * through source + extract, one story), and on crafted stories where one
 * article copies another. */
#include "concord.h"
#include "harness.h"

#include <stdlib.h>
#include <string.h>

static concord_report *seed_report(const harness_seeds *s, size_t max_bytes,
    size_t max_words, size_t max_sentences)
{
	concord_brief_opts o = { max_bytes, max_words, max_sentences };
	concord_report *r = NULL;
	CHECK_INT(concord_report_build(s->a, s->n, &o, &r), CONCORD_OK);
	return r;
}

static const concord_claim *find_claim(const concord_report *r,
    const char *prefix)
{
	for (size_t i = 0; i < concord_report_nclaims(r); i++) {
		const concord_claim *c = concord_report_claim(r, i);
		if (!strncmp(c->text, prefix, strlen(prefix)))
			return c;
	}
	return NULL;
}

static const char *const furniture[] = { "Recent Posts", "Read More",
    "December 5, 2025", "cookies", "subscribe", "WordPress", "http" };

/* Summary sentences are verbatim from their first source and cited. */
static void seed_summary(void)
{
	harness_seeds s;
	harness_load_seeds(&s);
	concord_report *r = seed_report(&s, 0, 0, 0);
	size_t n = concord_report_nsummary(r);
	CHECK(n >= 1);
	CHECK(n <= 5);
	for (size_t i = 0; i < n; i++) {
		const concord_sentence *c = concord_report_summary(r, i);
		CHECK(c->nsources >= 1);
		CHECK(c->independent >= 1 && c->independent <= c->nsources);
		CHECK(c->sources[0] < s.n);
		if (c->sources[0] < s.n)
			CHECK(strstr(s.a[c->sources[0]]->text, c->text) != NULL);
		for (size_t k = 2; k < c->nsources; k++)
			CHECK(c->sources[k - 1] < c->sources[k]);
		for (size_t f = 0; f < sizeof furniture / sizeof *furniture; f++)
			CHECK_LACKS(c->text, furniture[f]);
		/* a sentence, not a heading */
		size_t len = strlen(c->text);
		CHECK((len > 20 && strchr(".!?\"", c->text[len - 1])) ||
		    (len > 3 && !strcmp(c->text + len - 3, "\xe2\x80\x9d")));
	}
	/* the most supported sentence is backed by several sources */
	const concord_sentence *top = concord_report_summary(r, 0);
	CHECK(top && top->independent >= 2);
	CHECK(concord_report_title(r) != NULL);
	CHECK(concord_report_independent(r) >= 2);
	CHECK_INT(concord_report_narticles(r), 5);
	CHECK(concord_report_article(r, 4) == s.a[4]);
	CHECK(concord_report_derivation(r, 0) != NULL);
	CHECK(concord_report_article(r, 5) == NULL);
	concord_report_free(r);
	harness_free_seeds(&s);
}

static void seed_claims(void)
{
	harness_seeds s;
	harness_load_seeds(&s);
	concord_report *r = seed_report(&s, 0, 0, 0);
	const concord_claim *c = find_claim(r,
	    "The comprehensive partnership agreement signed today");
	const concord_claim *d = find_claim(r, "breakthrough document");
	CHECK(c || d);
	if (c)
		CHECK_HAS(c->speaker, "Putin");
	if (d)
		CHECK_HAS(d->speaker, "Putin");
	c = find_claim(r, "We will unconditionally and unwaveringly support");
	CHECK(c != NULL);
	if (c) {
		CHECK_HAS(c->speaker, "Kim");
		CHECK_LACKS(c->speaker, "Putin");
	}
	c = find_claim(r, "24 years");
	CHECK(c != NULL);
	if (c) {
		CHECK_STR(c->value, "24");
		CHECK(c->independent >= 3);
		CHECK(c->nsources >= c->independent);
		CHECK_INT(c->nconflicts, 0);
	}
	c = find_claim(r, "1961");
	CHECK(c && c->nsources >= 3);
	CHECK(concord_report_nclaims(r) <= CONCORD_CORROBORATE_MAX_CLAIMS + 11);
	for (size_t i = 0; i < concord_report_nclaims(r); i++) {
		c = concord_report_claim(r, i);
		CHECK(strstr(s.a[c->sources[0]]->text, c->text) != NULL);
		for (size_t f = 0; f < sizeof furniture / sizeof *furniture; f++) {
			CHECK_LACKS(c->text, furniture[f]);
			CHECK_LACKS(c->context, furniture[f]);
		}
		/* sorted by usefulness */
		if (i) {
			const concord_claim *p = concord_report_claim(r, i - 1);
			CHECK(p->independent >= c->independent || c->nconflicts);
		}
		/* no conflicts on the seeds: they agree */
		CHECK_INT(c->nconflicts, 0);
	}
	concord_report_free(r);
	harness_free_seeds(&s);
}

static size_t words_of(const char *s)
{
	size_t n = 0;
	for (size_t i = 0; s[i]; i++)
		if (s[i] != ' ' && (!i || s[i - 1] == ' '))
			n++;
	return n;
}

static void budgets(void)
{
	harness_seeds s;
	harness_load_seeds(&s);
	concord_report *r = seed_report(&s, 300, 0, 0);
	size_t total = 0;
	for (size_t i = 0; i < concord_report_nsummary(r); i++)
		total += strlen(concord_report_summary(r, i)->text);
	CHECK(concord_report_nsummary(r) >= 1);
	CHECK(total <= 300);
	concord_report_free(r);

	r = seed_report(&s, 0, 40, 0);
	total = 0;
	for (size_t i = 0; i < concord_report_nsummary(r); i++)
		total += words_of(concord_report_summary(r, i)->text);
	CHECK(concord_report_nsummary(r) >= 1);
	CHECK(total <= 40);
	concord_report_free(r);

	r = seed_report(&s, 0, 0, 2);
	CHECK_INT(concord_report_nsummary(r), 2);
	concord_report_free(r);

	r = seed_report(&s, 10, 0, 0);  /* nothing fits */
	CHECK_INT(concord_report_nsummary(r), 0);
	concord_report_free(r);

	r = NULL;
	CHECK_INT(concord_report_build(s.a, s.n, NULL, &r), CONCORD_OK);
	CHECK(concord_report_nsummary(r) >= 1 && concord_report_nsummary(r) <= 5);
	concord_report_free(r);
	harness_free_seeds(&s);
}

/* The same input gives the same report. */
static void deterministic(void)
{
	harness_seeds s;
	harness_load_seeds(&s);
	concord_report *a = seed_report(&s, 0, 0, 0), *b = seed_report(&s, 0, 0, 0);
	CHECK_INT(concord_report_nsummary(a), concord_report_nsummary(b));
	for (size_t i = 0; i < concord_report_nsummary(a); i++)
		CHECK_STR(concord_report_summary(a, i)->text,
		    concord_report_summary(b, i)->text);
	CHECK_INT(concord_report_nclaims(a), concord_report_nclaims(b));
	for (size_t i = 0; i < concord_report_nclaims(a); i++)
		CHECK_STR(concord_report_claim(a, i)->text, concord_report_claim(b, i)->text);
	concord_report_free(a);
	concord_report_free(b);
	harness_free_seeds(&s);
}

static const char *const story_a =
    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for "
    "his first visit to North Korea in 24 years, state media reported.\n"
    "Crowds lined the streets of the capital as the motorcade passed by.\n"
    "The two leaders signed a partnership pact that pledges mutual "
    "assistance if either country is attacked.\n"
    "\xe2\x80\x9cThis is a truly breakthrough document for both of our "
    "nations,\xe2\x80\x9d Putin said after the talks.\n"
    "Officials did not say when the treaty would take effect.";
static const char *const story_c =
    "Kim Jong Un welcomed the Russian leader at the airport before dawn, "
    "greeting him with a hug.\n"
    "It is the first trip by Putin to North Korea in 24 years, and the "
    "visit comes amid deep isolation for both states.\n"
    "Analysts in Seoul warned that the pact could deepen military "
    "cooperation between the two governments.";

static concord_doc *doc_of(const char *text, const char *site,
    const char *title, const char *date)
{
	concord_article a = { .text = text, .text_len = strlen(text),
	    .site = site, .title = title, .date = date, .lang = "en" };
	concord_doc *d = NULL;
	CHECK_INT(concord_doc_from_fields(&a, &d), CONCORD_OK);
	return d;
}

/* B is a copy of A: what they share counts once; B only repeats it. */
static void copy_story(void)
{
	concord_doc *d[3] = {
	    doc_of(story_a, "a.example", "Putin lands in Pyongyang", "2024-06-19"),
	    doc_of(story_a, "b.example", "Putin lands in North Korea", "2024-06-20"),
	    doc_of(story_c, "c.example", NULL, "2024-06-21") };
	const concord_article *a[3];
	for (size_t i = 0; i < 3; i++)
		a[i] = concord_doc_article(d[i]);
	concord_report *r = NULL;
	CHECK_INT(concord_report_build(a, 3, NULL, &r), CONCORD_OK);
	const concord_derivation *dv = concord_report_derivation(r, 1);
	CHECK(dv && dv->kind != CONCORD_DERIVED_NONE && dv->source == 0);
	CHECK_INT(concord_report_independent(r), 2);
	const concord_claim *c = find_claim(r, "This is a truly breakthrough");
	CHECK(c != NULL);
	if (c) {
		CHECK_INT(c->nsources, 2);
		CHECK_INT(c->independent, 1);
		CHECK_INT(c->nrepeats, 1);
		CHECK_INT(c->nrepeats ? c->repeats[0] : 99, 1);
		CHECK_HAS(c->speaker, "Putin");
	}
	c = find_claim(r, "24 years");
	CHECK(c != NULL);
	if (c) {
		CHECK_INT(c->nsources, 3);
		CHECK_INT(c->independent, 2);
		CHECK_INT(c->nrepeats, 1);
	}
	/* the 24-years claim outranks the quote: more independent support */
	CHECK(concord_report_claim(r, 0) && concord_report_claim(r, 0)->independent == 2);
	CHECK_STR(concord_report_title(r), "Putin lands in Pyongyang");
	CHECK_STR(concord_report_first_date(r), "2024-06-19");
	CHECK_STR(concord_report_last_date(r), "2024-06-21");
	for (size_t i = 0; i < concord_report_nsummary(r); i++) {
		const concord_sentence *s = concord_report_summary(r, i);
		CHECK(strstr(a[s->sources[0]]->text, s->text) != NULL);
		/* the copy never counts as a second source */
		CHECK(s->independent <= 2);
		/* the same sentence is not chosen twice (from A and from B) */
		for (size_t k = 0; k < i; k++)
			CHECK(strcmp(s->text, concord_report_summary(r, k)->text));
	}
	concord_report_free(r);
	for (size_t i = 0; i < 3; i++)
		concord_doc_free(d[i]);
}

static void edge_cases(void)
{
	concord_report *r = NULL;
	CHECK_INT(concord_report_build(NULL, 0, NULL, &r), CONCORD_OK);
	CHECK_INT(concord_report_nsummary(r), 0);
	CHECK_INT(concord_report_nclaims(r), 0);
	CHECK(concord_report_title(r) == NULL);
	CHECK(concord_report_first_date(r) == NULL);
	concord_report_free(r);
	CHECK_INT(concord_report_build(NULL, 2, NULL, &r), CONCORD_EINVAL);
	concord_report_free(NULL);
	CHECK(concord_report_summary(NULL, 0) == NULL);
	CHECK_STR(concord_claim_kind_name(CONCORD_CLAIM_QUOTE), "quote");
	CHECK_STR(concord_claim_kind_name(CONCORD_CLAIM_NUMBER), "number");
	CHECK_STR(concord_claim_kind_name(CONCORD_CLAIM_DATE), "date");
	CHECK_STR(concord_claim_kind_name(CONCORD_CLAIM_EVENT), "event");
	/* one article made only of headings: no summary, no failure */
	concord_doc *d = doc_of("A Grand Welcome\nThe 2000 Declaration\nRead More",
	    NULL, NULL, NULL);
	const concord_article *a = concord_doc_article(d);
	CHECK_INT(concord_report_build(&a, 1, NULL, &r), CONCORD_OK);
	CHECK_INT(concord_report_nsummary(r), 0);
	concord_report_free(r);
	concord_doc_free(d);
}

static const test_case tests[] = {
	{ "seed_summary", seed_summary },
	{ "seed_claims", seed_claims },
	{ "budgets", budgets },
	{ "deterministic", deterministic },
	{ "copy_story", copy_story },
	{ "edge_cases", edge_cases },
};
HARNESS_MAIN(tests)
