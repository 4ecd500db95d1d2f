/* fuzz_sketch.c - fuzz target for grouping and provenance: sketch bytes
 * from the store must never crash. Bytes that deserialize must
 * re-serialize to themselves and be usable in every comparison; the input
 * is also sketched as article text, grouped with them, and traced for
 * provenance against its own second half. Public API only. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

static void use(const concord_sketch *a, const concord_sketch *b)
{
	uint64_t keys[CONCORD_SKETCH_MAX_KEYS];
	concord_sketch_topic(a, b);
	concord_sketch_resemblance(a, b);
	concord_sketch_same_story(a, b);
	concord_sketch_keys(a, keys, CONCORD_SKETCH_MAX_KEYS);
	const concord_sketch *both[3] = {a, b, a};
	concord_grouping *g = NULL;
	if (concord_group(both, 3, &g) == CONCORD_OK)
		concord_grouping_free(g);
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	concord_sketch *s = NULL, *t = NULL;
	if (concord_sketch_deserialize(d, n, &s) == CONCORD_OK) {
		unsigned char *back = NULL;
		size_t len = 0;
		if (concord_sketch_serialize(s, &back, &len) == CONCORD_OK &&
		    (len != n || memcmp(back, d, n)))
			abort();
		concord_free(back);
	}
	char *text = malloc(n + 1);
	if (!text) {
		concord_sketch_free(s);
		return 0;
	}
	memcpy(text, d, n);
	text[n] = '\0';
	concord_article a = {0};
	a.text = text;
	a.text_len = n;
	a.date = "2024-01-01";
	if (concord_sketch_new(&a, &t) == CONCORD_OK && s)
		use(s, t);
	else if (t)
		use(t, t);
	concord_article b = a;
	b.text = text + n / 2;
	b.text_len = n - n / 2;
	b.date = NULL;
	b.site = "x";
	const concord_article *set[3] = {&a, &b, &b};
	concord_provenance *p = NULL;
	if (concord_provenance_compute(set, 3, &p) == CONCORD_OK)
		concord_provenance_free(p);
	concord_provenance_containment(&b, &a);
	concord_sketch_free(s);
	concord_sketch_free(t);
	free(text);
	return 0;
}
