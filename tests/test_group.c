/* test_group.c - sketches, duplicates and stories on real articles (the
 * five seeds, METER courts stories) and crafted edge cases: serialization
 * round trips and garbage, key sharing, order independence. */
#include <stdint.h>

#include "meter_fixture.h"

static concord_sketch *sketch_of(const concord_doc *d)
{
	concord_sketch *s = NULL;
	CHECK_INT(concord_sketch_new(art(d), &s), CONCORD_OK);
	return s;
}

/* Groups the sketches of docs d[0..n) in the order ord (NULL: as given);
 * story[i] is the story of d[i] whatever the order. */
static size_t group_docs(concord_doc **d, size_t n, const size_t *ord,
    size_t *story)
{
	const concord_sketch *sk[64];
	concord_sketch *own[64];
	for (size_t i = 0; i < n; i++)
		own[i] = sketch_of(d[i]);
	for (size_t i = 0; i < n; i++)
		sk[i] = own[ord ? ord[i] : i];
	concord_grouping *g = NULL;
	CHECK_INT(concord_group(sk, n, &g), CONCORD_OK);
	size_t ns = concord_grouping_nstories(g);
	for (size_t i = 0; g && i < n; i++)
		story[ord ? ord[i] : i] = concord_grouping_story(g, i);
	concord_grouping_free(g);
	for (size_t i = 0; i < n; i++)
		concord_sketch_free(own[i]);
	return ns;
}

static void test_seeds_one_story(void)
{
	static const char *seeds[] = {
		"../shared/seeds/000_4f84585575684f89.txt",
		"../shared/seeds/001_cde27cff9f0fd582.txt",
		"../shared/seeds/002_936a602e0eadc9bc.txt",
		"../shared/seeds/003_5e3c4a208b616a98.txt",
		"../shared/seeds/004_eb114ad2a8217f4c.txt",
	};
	concord_doc *d[5];
	size_t story[5];
	for (size_t i = 0; i < 5; i++) {
		size_t len;
		char *raw = harness_read_file(seeds[i], &len);
		CHECK(raw != NULL);
		d[i] = fixture_doc(raw ? raw : "", NULL, NULL);
		free(raw);
	}
	CHECK_INT(group_docs(d, 5, NULL, story), 1);
	for (size_t i = 0; i < 5; i++) {
		CHECK_INT(story[i], 0);
		concord_doc_free(d[i]);
	}
}

/* Four METER court stories, wire copy dated by its folder and papers the
 * day after (they were printed next morning). */
static const struct {
	const char *path, *site, *date;
	int story;
} meter_set[] = {
	{"PA/01.03.00/wagstaff/wagstaff1.txt", "PA", "2000-03-01", 0},
	{"newspapers/01.03.00/wagstaff/wagstaff381_star.txt", "star", "2000-03-02", 0},
	{"newspapers/01.03.00/wagstaff/wagstaff384_express.txt", "express", "2000-03-02", 0},
	{"newspapers/01.03.00/wagstaff/wagstaff376_sun.txt", "sun", "2000-03-02", 0},
	{"PA/01.03.00/francis/francis1.txt", "PA", "2000-03-01", 1},
	{"newspapers/01.03.00/francis/francis388_times.txt", "times", "2000-03-02", 1},
	{"newspapers/01.03.00/francis/francis393_guardian.txt", "guardian", "2000-03-02", 1},
	{"PA/02.11.99/chips/chips1.txt", "PA", "1999-11-02", 2},
	{"newspapers/02.11.99/chips/chips271_sun.txt", "sun", "1999-11-03", 2},
	{"newspapers/02.11.99/chips/chips288_times.txt", "times", "1999-11-03", 2},
	{"PA/01.03.00/chemists/chemists1.txt", "PA", "2000-03-01", 3},
	{"newspapers/01.03.00/chemists/chemists377_sun.txt", "sun", "2000-03-02", 3},
	{"newspapers/01.03.00/chemists/chemists379_mirror.txt", "mirror", "2000-03-02", 3},
};
#define NMETER (sizeof meter_set / sizeof meter_set[0])

static void load_meter(concord_doc **d)
{
	for (size_t i = 0; i < NMETER; i++)
		d[i] = meter_doc(meter_set[i].path, meter_set[i].site,
		    meter_set[i].date);
}

static void free_docs(concord_doc **d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		concord_doc_free(d[i]);
}

static void check_partition(const size_t *story)
{
	for (size_t i = 0; i < NMETER; i++)
		for (size_t j = i + 1; j < NMETER; j++) {
			int truth = meter_set[i].story == meter_set[j].story;
			if ((story[i] == story[j]) != truth)
				harness_fail(__FILE__, __LINE__, "%s and %s: %s",
				    meter_set[i].path, meter_set[j].path,
				    truth ? "split" : "merged");
		}
}

static void test_meter_stories(void)
{
	concord_doc *d[NMETER];
	size_t story[NMETER];
	load_meter(d);
	CHECK_INT(group_docs(d, NMETER, NULL, story), 4);
	check_partition(story);
	/* Stories are numbered by their first article. */
	CHECK_INT(story[0], 0);
	CHECK_INT(story[4], 1);
	CHECK_INT(story[7], 2);
	CHECK_INT(story[10], 3);
	free_docs(d, NMETER);
}

/* The same stories whatever the input order (a permutation that moves
 * every article), and the same numbering rule. */
static void test_meter_order_independent(void)
{
	concord_doc *d[NMETER];
	size_t story[NMETER], ord[NMETER];
	load_meter(d);
	for (size_t i = 0; i < NMETER; i++)
		ord[i] = (i * 5 + 3) % NMETER;
	CHECK_INT(group_docs(d, NMETER, ord, story), 4);
	check_partition(story);
	CHECK_INT(story[ord[0]], 0);
	free_docs(d, NMETER);
}

/* Dates a week apart make two stories even with the same text topic. */
static void test_dates_split(void)
{
	concord_doc *a = meter_doc("PA/01.03.00/wagstaff/wagstaff1.txt", "PA",
	    "2000-03-01");
	concord_doc *b = meter_doc("newspapers/01.03.00/wagstaff/wagstaff381_star.txt",
	    "star", "2000-03-12");
	concord_doc *c = meter_doc("newspapers/01.03.00/wagstaff/wagstaff381_star.txt",
	    "star", NULL);
	concord_sketch *sa = sketch_of(a), *sb = sketch_of(b), *sc = sketch_of(c);
	CHECK(concord_sketch_topic(sa, sb) > 0.5);
	CHECK(!concord_sketch_same_story(sa, sb));
	CHECK(concord_sketch_same_story(sa, sc));
	concord_sketch_free(sa);
	concord_sketch_free(sb);
	concord_sketch_free(sc);
	concord_doc_free(a);
	concord_doc_free(b);
	concord_doc_free(c);
}

/* End of the sentence at or after p: a full stop before a space or a
 * newline, or NULL. */
static const char *sentence_end(const char *p)
{
	for (; *p; p++)
		if (p[0] == '.' && (p[1] == ' ' || p[1] == '\n'))
			return p;
	return NULL;
}

/* Replaces the sentence after the first sentence end at or after byte from
 * with other words. */
static char *change_sentence(const char *t, size_t from)
{
	const char *s = sentence_end(t + from);
	const char *e = s ? sentence_end(s + 1) : NULL;
	CHECK(e != NULL);
	if (!e)
		return strdup(t);
	const char *rep = ". Meanwhile an entirely different remark was added by "
	    "the editor about the weather over the coast";
	char *o = malloc(strlen(t) + strlen(rep) + 1);
	size_t head = (size_t)(s - t);
	memcpy(o, t, head);
	strcpy(o + head, rep);
	strcat(o, e);
	return o;
}

static void test_duplicates(void)
{
	concord_doc *orig = meter_doc("PA/01.03.00/francis/francis1.txt", "PA",
	    "2000-03-01");
	const char *text = art(orig)->text;
	char *edited = change_sentence(text, strlen(text) / 2);
	concord_doc *d[5] = {
		orig,
		meter_doc("newspapers/01.03.00/francis/francis388_times.txt",
		    "times", "2000-03-02"),
		fixture_doc(text, "elsewhere", "2000-03-01"),
		fixture_doc(edited, "other", "2000-03-01"),
		meter_doc("PA/02.11.99/chips/chips1.txt", "PA", "1999-11-02"),
	};
	concord_sketch *sk[5];
	for (size_t i = 0; i < 5; i++)
		sk[i] = sketch_of(d[i]);
	CHECK(concord_sketch_resemblance(sk[0], sk[3]) >= 0.8);
	CHECK(concord_sketch_resemblance(sk[0], sk[3]) < 1.0);
	CHECK(concord_sketch_resemblance(sk[0], sk[4]) < 0.1);
	concord_grouping *g = NULL;
	CHECK_INT(concord_group((const concord_sketch *const *)sk, 5, &g),
	    CONCORD_OK);
	CHECK_INT(concord_grouping_duplicate_of(g, 0), -1);
	CHECK_INT(concord_grouping_duplicate_of(g, 1), -1);   /* a rewrite */
	CHECK_INT(concord_grouping_duplicate_of(g, 2), 0);
	CHECK_INT(concord_grouping_exact(g, 2), 1);
	CHECK_INT(concord_grouping_duplicate_of(g, 3), 0);
	CHECK_INT(concord_grouping_exact(g, 3), 0);
	CHECK_INT(concord_grouping_duplicate_of(g, 4), -1);
	CHECK_INT(concord_grouping_story(g, 3), concord_grouping_story(g, 0));
	CHECK(concord_grouping_story(g, 4) != concord_grouping_story(g, 0));
	concord_grouping_free(g);
	for (size_t i = 0; i < 5; i++) {
		concord_sketch_free(sk[i]);
		concord_doc_free(d[i]);
	}
	free(edited);
}

/* Thousands of copies of one text (a syndicated story) and a few others:
 * every copy is an exact duplicate of the first, all in one story. */
static void test_many_copies(void)
{
	enum { N = 3000 };
	concord_doc *a = meter_doc("PA/01.03.00/francis/francis1.txt", "PA", NULL);
	concord_doc *b = meter_doc("PA/02.11.99/chips/chips1.txt", "PA", NULL);
	concord_sketch *sa = sketch_of(a), *sb = sketch_of(b);
	static const concord_sketch *sk[N];
	for (size_t i = 0; i < N; i++)
		sk[i] = i % 1000 == 999 ? sb : sa;
	concord_grouping *g = NULL;
	CHECK_INT(concord_group(sk, N, &g), CONCORD_OK);
	CHECK_INT(concord_grouping_nstories(g), 2);
	CHECK_INT(concord_grouping_duplicate_of(g, 0), -1);
	CHECK_INT(concord_grouping_duplicate_of(g, 999), -1);
	CHECK_INT(concord_grouping_story(g, 999), 1);
	CHECK_INT(concord_grouping_duplicate_of(g, 1999), 999);
	CHECK_INT(concord_grouping_duplicate_of(g, N - 2), 0);
	CHECK_INT(concord_grouping_exact(g, N - 2), 1);
	CHECK_INT(concord_grouping_story(g, N - 2), 0);
	concord_grouping_free(g);
	concord_sketch_free(sa);
	concord_sketch_free(sb);
	concord_doc_free(a);
	concord_doc_free(b);
}

/* Near-duplicates share a key; keys fit CONCORD_SKETCH_MAX_KEYS. */
static void test_keys(void)
{
	concord_doc *a = meter_doc("PA/01.03.00/francis/francis1.txt", "PA", NULL);
	char *edited = change_sentence(art(a)->text, 0);
	concord_doc *b = fixture_doc(edited, NULL, NULL);
	concord_sketch *sa = sketch_of(a), *sb = sketch_of(b);
	uint64_t ka[CONCORD_SKETCH_MAX_KEYS + 1], kb[CONCORD_SKETCH_MAX_KEYS + 1];
	size_t na = concord_sketch_keys(sa, ka, CONCORD_SKETCH_MAX_KEYS + 1);
	size_t nb = concord_sketch_keys(sb, kb, CONCORD_SKETCH_MAX_KEYS + 1);
	CHECK(na > 0 && na <= CONCORD_SKETCH_MAX_KEYS);
	CHECK(nb > 0 && nb <= CONCORD_SKETCH_MAX_KEYS);
	CHECK_INT(concord_sketch_keys(sa, ka, 3), 3);
	na = concord_sketch_keys(sa, ka, CONCORD_SKETCH_MAX_KEYS);
	size_t common = 0;
	for (size_t i = 0; i < na; i++)
		for (size_t j = 0; j < nb; j++)
			common += ka[i] == kb[j];
	CHECK(common > na / 2);
	concord_sketch_free(sa);
	concord_sketch_free(sb);
	concord_doc_free(a);
	concord_doc_free(b);
	free(edited);
}

static void test_serialize_round_trip(void)
{
	concord_doc *a = meter_doc("PA/01.03.00/wagstaff/wagstaff1.txt", "PA",
	    "2000-03-01");
	concord_doc *b = meter_doc("newspapers/01.03.00/wagstaff/wagstaff381_star.txt",
	    "star", "2000-03-02");
	concord_sketch *sa = sketch_of(a), *sb = sketch_of(b), *ra = NULL;
	unsigned char *p = NULL, *p2 = NULL;
	size_t len = 0, len2 = 0;
	CHECK_INT(concord_sketch_serialize(sa, &p, &len), CONCORD_OK);
	CHECK_INT(concord_sketch_deserialize(p, len, &ra), CONCORD_OK);
	CHECK_INT(concord_sketch_serialize(ra, &p2, &len2), CONCORD_OK);
	CHECK(len == len2 && p && p2 && !memcmp(p, p2, len));
	CHECK(concord_sketch_topic(ra, sb) == concord_sketch_topic(sa, sb));
	CHECK(concord_sketch_resemblance(ra, sb) ==
	    concord_sketch_resemblance(sa, sb));
	CHECK_INT(concord_sketch_same_story(ra, sb), 1);
	CHECK_INT(concord_sketch_near_duplicate(ra, sa), 1);
	uint64_t k1[CONCORD_SKETCH_MAX_KEYS], k2[CONCORD_SKETCH_MAX_KEYS];
	size_t n1 = concord_sketch_keys(sa, k1, CONCORD_SKETCH_MAX_KEYS);
	CHECK_INT(concord_sketch_keys(ra, k2, CONCORD_SKETCH_MAX_KEYS), n1);
	CHECK(!memcmp(k1, k2, n1 * sizeof k1[0]));
	concord_free(p);
	concord_free(p2);
	concord_sketch_free(ra);
	concord_sketch_free(sa);
	concord_sketch_free(sb);
	concord_doc_free(a);
	concord_doc_free(b);
}

static uint64_t rng_state = 0x2545f4914f6cdd1dULL;

static uint32_t rng(void)
{
	rng_state ^= rng_state << 13;
	rng_state ^= rng_state >> 7;
	rng_state ^= rng_state << 17;
	return (uint32_t)(rng_state >> 32);
}

/* Every truncation is refused; random bytes and bit flips never crash
 * (and what they give, if accepted, re-serializes to the same bytes). */
static void test_deserialize_garbage(void)
{
	concord_doc *a = meter_doc("PA/02.11.99/chips/chips1.txt", "PA", NULL);
	concord_sketch *sa = sketch_of(a), *r = NULL;
	unsigned char *p = NULL;
	size_t len = 0;
	CHECK_INT(concord_sketch_serialize(sa, &p, &len), CONCORD_OK);
	for (size_t n = 0; n < len; n++) {
		CHECK_INT(concord_sketch_deserialize(p, n, &r), CONCORD_EPARSE);
		CHECK(r == NULL);
	}
	CHECK_INT(concord_sketch_deserialize(NULL, 0, &r), CONCORD_EPARSE);
	unsigned char *q = malloc(len + 1);
	for (int round = 0; round < 2000; round++) {
		memcpy(q, p, len);
		size_t n = len;
		if (round % 2) {
			for (size_t i = 0; i < len; i++)
				q[i] = (unsigned char)rng();
			n = round < 1000 ? rng() % (len + 1) : len;
		} else {
			q[rng() % len] ^= (unsigned char)(1u << (rng() % 8));
		}
		concord_status st = concord_sketch_deserialize(q, n, &r);
		CHECK(st == CONCORD_OK || st == CONCORD_EPARSE);
		if (st == CONCORD_OK) {
			unsigned char *back = NULL;
			size_t blen = 0;
			CHECK_INT(concord_sketch_serialize(r, &back, &blen), CONCORD_OK);
			CHECK(blen == n && back && !memcmp(back, q, n));
			concord_sketch_topic(r, sa);
			concord_sketch_same_story(r, sa);
			concord_free(back);
			concord_sketch_free(r);
		}
	}
	free(q);
	concord_free(p);
	concord_sketch_free(sa);
	concord_doc_free(a);
}

/* Empty and tiny texts sketch; nothing is a near-duplicate of an empty
 * text except an equal one; zero articles group into zero stories. */
static void test_edge_cases(void)
{
	concord_doc *e1 = fixture_doc("", NULL, NULL);
	concord_doc *e2 = fixture_doc("Hi.", NULL, "not a date");
	concord_doc *e3 = fixture_doc("Hello there.", NULL, "2024-13-40");
	concord_sketch *s1 = sketch_of(e1), *s2 = sketch_of(e2), *s3 = sketch_of(e3);
	CHECK(concord_sketch_resemblance(s1, s2) == 0.0);
	CHECK(!concord_sketch_near_duplicate(s2, s3));
	CHECK(concord_sketch_topic(s1, s1) == 0.0);
	const concord_sketch *all[3] = {s1, s2, s3};
	concord_grouping *g = NULL;
	CHECK_INT(concord_group(all, 3, &g), CONCORD_OK);
	CHECK_INT(concord_grouping_nstories(g), 3);
	concord_grouping_free(g);
	CHECK_INT(concord_group(all, 0, &g), CONCORD_OK);
	CHECK_INT(concord_grouping_nstories(g), 0);
	concord_grouping_free(g);
	CHECK_INT(concord_sketch_new(NULL, &s1), CONCORD_EINVAL);
	concord_sketch_free(s1);
	concord_sketch_free(s2);
	concord_sketch_free(s3);
	concord_doc_free(e1);
	concord_doc_free(e2);
	concord_doc_free(e3);
}

static const test_case tests[] = {
	{"seeds_one_story", test_seeds_one_story},
	{"meter_stories", test_meter_stories},
	{"meter_order_independent", test_meter_order_independent},
	{"dates_split", test_dates_split},
	{"duplicates", test_duplicates},
	{"many_copies", test_many_copies},
	{"keys", test_keys},
	{"serialize_round_trip", test_serialize_round_trip},
	{"deserialize_garbage", test_deserialize_garbage},
	{"edge_cases", test_edge_cases},
};

HARNESS_MAIN(tests)
