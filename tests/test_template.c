/* test_template.c - site templates learned from a corpus: crafted sites
 * (footer and "Related" lines removed, bodies kept, NULL sites untouched,
 * rare lines and lines quoted by copies of one story kept) and the METER
 * newspapers (nine papers, 770 articles). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord/template.h"
#include "meter_fixture.h"

#define FOOTER "Copyright 2024 Example News Ltd. All rights reserved."
#define RELATED "Related: More stories from Example News"

/* Five articles on five unrelated stories. */
static const char *const bodies[] = {
	"The city council approved a new budget for road repairs on Monday.\n"
	"Councillors voted seven to two after a long debate about potholes.",
	"A rare orchid was found growing in a railway cutting near the coast.\n"
	"Botanists said the flower had not been recorded there for decades.",
	"The local football club signed a young striker from a rival team.\n"
	"The manager praised the player's speed and his goals last season.",
	"Firefighters rescued a cat that had been trapped on a church roof.\n"
	"The animal was returned unharmed to its grateful elderly owner.",
	"A bakery won a national prize for its sourdough bread this weekend.\n"
	"The owners said they would use the money to train two apprentices.",
	"Heavy snow closed the mountain pass and stranded dozens of lorries.\n"
	"Police advised drivers to avoid the area until the ploughs arrive.",
};

static concord_doc *doc_of(const char *body, const char *extra1,
    const char *extra2, const char *site)
{
	size_t cap = strlen(body) + (extra1 ? strlen(extra1) : 0) +
	    (extra2 ? strlen(extra2) : 0) + 3;
	char *text = malloc(cap);
	snprintf(text, cap, "%s%s%s%s%s", body, extra1 ? "\n" : "",
	    extra1 ? extra1 : "", extra2 ? "\n" : "", extra2 ? extra2 : "");
	concord_doc *d = fixture_doc(text, site, "2024-03-01");
	free(text);
	return d;
}

static void free_docs(concord_doc **d, size_t n)
{
	for (size_t i = 0; i < n; i++)
		concord_doc_free(d[i]);
}

static void test_footer(void)
{
	concord_doc *d[10];
	concord_doc *before[10];
	size_t removed = 99;
	/* the furniture varies in case and typography, as templates do */
	for (size_t i = 0; i < 5; i++) {
		d[i] = doc_of(bodies[i], i % 2 ? FOOTER : "COPYRIGHT 2024  Example"
		    " News Ltd.  All rights reserved.", RELATED, "example.com");
		d[5 + i] = doc_of(bodies[i], FOOTER, RELATED, NULL);
		before[i] = d[i];
		before[5 + i] = d[5 + i];
	}
	CHECK_INT(concord_templates_strip(d, 10, &removed), CONCORD_OK);
	CHECK_INT(removed, 10);
	for (size_t i = 0; i < 5; i++) {
		CHECK_STR(art(d[i])->text, bodies[i]);
		CHECK_STR(art(d[i])->site, "example.com");
		CHECK_STR(art(d[i])->date, "2024-03-01");
		/* the id is the new text's */
		concord_doc *plain = fixture_doc(bodies[i], NULL, NULL);
		CHECK_STR(art(d[i])->id, art(plain)->id);
		concord_doc_free(plain);
		/* no site: never grouped, the very same doc */
		CHECK(d[5 + i] == before[5 + i]);
		CHECK_HAS(art(d[5 + i])->text, FOOTER);
	}
	free_docs(d, 10);
}

/* A line in 2 of 6 articles is not furniture; one in all 6 is. */
static void test_rare_line(void)
{
	concord_doc *d[6];
	size_t removed;
	for (size_t i = 0; i < 6; i++)
		d[i] = doc_of(bodies[i], FOOTER, i < 2 ?
		    "Additional reporting by Jane Smith." : NULL, "example.com");
	CHECK_INT(concord_templates_strip(d, 6, &removed), CONCORD_OK);
	CHECK_INT(removed, 6);
	for (size_t i = 0; i < 6; i++) {
		CHECK_LACKS(art(d[i])->text, FOOTER);
		CHECK_HAS(art(d[i])->text, bodies[i]);
		if (i < 2)
			CHECK_HAS(art(d[i])->text, "Additional reporting");
	}
	free_docs(d, 6);
}

/* Fewer than 3 articles of a site: nothing learned. */
static void test_small_site(void)
{
	concord_doc *d[2];
	size_t removed;
	for (size_t i = 0; i < 2; i++)
		d[i] = doc_of(bodies[i], FOOTER, RELATED, "example.com");
	CHECK_INT(concord_templates_strip(d, 2, &removed), CONCORD_OK);
	CHECK_INT(removed, 0);
	CHECK_HAS(art(d[0])->text, FOOTER);
	free_docs(d, 2);
	CHECK_INT(concord_templates_strip(NULL, 0, &removed), CONCORD_OK);
	CHECK_INT(concord_templates_strip(NULL, 3, &removed), CONCORD_EINVAL);
}

/* Four versions of one wire story on one site share a quoted sentence:
 * it recurs in 4 of 6 articles, but all in one story, so it stays. The
 * footer recurs across stories and goes. */
static void test_wire_copies(void)
{
	static const char *const quote =
	    "\"We will not rest until the harbour is safe again,\" the mayor said.";
	static const char *const versions[] = {
		"A fishing boat sank in the harbour at dawn after a collision with a"
		" ferry, and three crew members were rescued by the coastguard.",
		"Three crew were rescued by the coastguard after their fishing boat"
		" sank in the harbour at dawn following a collision with a ferry.",
		"A ferry collided with a fishing boat in the harbour at dawn; the"
		" boat sank and the coastguard rescued its three crew members.",
		"The coastguard rescued three crew members at dawn when their fishing"
		" boat sank in the harbour after colliding with a ferry.",
	};
	concord_doc *d[6];
	size_t removed;
	for (size_t i = 0; i < 4; i++)
		d[i] = doc_of(versions[i], quote, FOOTER, "example.com");
	d[4] = doc_of(bodies[0], FOOTER, NULL, "example.com");
	d[5] = doc_of(bodies[1], FOOTER, NULL, "example.com");
	CHECK_INT(concord_templates_strip(d, 6, &removed), CONCORD_OK);
	CHECK_INT(removed, 6);
	for (size_t i = 0; i < 4; i++) {
		CHECK_HAS(art(d[i])->text, quote);
		CHECK_LACKS(art(d[i])->text, FOOTER);
	}
	free_docs(d, 6);
}

/* Only furniture: the doc stays as it was rather than lose its body. */
static void test_all_furniture(void)
{
	concord_doc *d[4];
	size_t removed;
	for (size_t i = 0; i < 3; i++)
		d[i] = doc_of(bodies[i], FOOTER, NULL, "example.com");
	d[3] = fixture_doc(FOOTER, "example.com", "2024-03-01");
	CHECK_INT(concord_templates_strip(d, 4, &removed), CONCORD_OK);
	CHECK_INT(removed, 3);
	CHECK_STR(art(d[3])->text, FOOTER);
	free_docs(d, 4);
}

/* ---- METER newspapers ---- */

#define METER_MAX 1024

typedef struct meter_set {
	concord_doc *docs[METER_MAX];
	char *paper[METER_MAX];
	size_t n;
} meter_set;

/* Every newspaper article of the manifest, site = paper; with footer,
 * each article of the Times gets it as a last line. */
static void load_meter(meter_set *m, const char *footer)
{
	size_t len;
	char *man = harness_read_file(METER_DIR "manifest.tsv", &len);
	CHECK(man != NULL);
	m->n = 0;
	char *next = man ? strchr(man, '\n') : NULL;
	while (next && next[1]) {
		char *f[5], *p = next + 1;
		next = strchr(p, '\n');
		for (int i = 0; i < 5; i++) {
			f[i] = p;
			p += strcspn(p, "\t\n");
			if (*p == '\t')
				*p++ = '\0';
		}
		if (strncmp(f[0], "newspapers/", 11) || m->n == METER_MAX)
			continue;
		concord_doc *d = meter_doc(f[0], f[4], NULL);
		if (d && footer && !strcmp(f[4], "times")) {
			concord_doc *nd = doc_of(art(d)->text, footer, NULL, "times");
			concord_doc_free(d);
			d = nd;
		}
		m->paper[m->n] = strdup(f[4]);
		m->docs[m->n++] = d;
	}
	free(man);
}

static void free_meter(meter_set *m)
{
	for (size_t i = 0; i < m->n; i++) {
		concord_doc_free(m->docs[i]);
		free(m->paper[i]);
	}
}

/* The papers' text holds no template (the corpus was cleaned), and lines
 * such as "The case continues." recur in at most 10 of a paper's 57-128
 * articles: nothing may go. */
static void test_meter(void)
{
	static meter_set m;
	char *ids[METER_MAX];
	size_t removed = 1;
	load_meter(&m, NULL);
	CHECK_INT(m.n, 770);
	for (size_t i = 0; i < m.n; i++)
		ids[i] = strdup(art(m.docs[i])->id);
	CHECK_INT(concord_templates_strip(m.docs, m.n, &removed), CONCORD_OK);
	CHECK_INT(removed, 0);
	for (size_t i = 0; i < m.n; i++) {
		CHECK_STR(art(m.docs[i])->id, ids[i]);
		free(ids[i]);
	}
	free_meter(&m);
}

/* A copyright line added to each Times article goes, and only it. */
static void test_meter_footer(void)
{
	static meter_set m;
	static const char *const footer =
	    "Copyright Times Newspapers Ltd, 1999. All rights reserved.";
	size_t removed, times = 0;
	load_meter(&m, footer);
	CHECK_INT(concord_templates_strip(m.docs, m.n, &removed), CONCORD_OK);
	for (size_t i = 0; i < m.n; i++) {
		times += !strcmp(m.paper[i], "times");
		CHECK_LACKS(art(m.docs[i])->text, footer);
	}
	CHECK_INT(times, 111);
	CHECK_INT(removed, times);
	free_meter(&m);
}

static const test_case tests[] = {
	{"footer", test_footer},
	{"rare_line", test_rare_line},
	{"small_site", test_small_site},
	{"wire_copies", test_wire_copies},
	{"all_furniture", test_all_furniture},
	{"meter", test_meter},
	{"meter_footer", test_meter_footer},
};

HARNESS_MAIN(tests)
