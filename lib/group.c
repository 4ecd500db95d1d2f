/* group.c - stories and duplicate sets over n sketches.
 *
 * Candidate pairs come only from shared keys: every (key, article) is
 * sorted by key, and inside one key's run each article is compared with
 * at most KEY_WINDOW articles before it. A key shared by thousands (a
 * common word) so costs KEY_WINDOW comparisons per article, not n, while
 * the members of one big story still chain together through their window.
 * Stories are the connected components (union-find) of same-story pairs;
 * exact duplicates come from equal ids, near ones from candidate pairs.
 */
#include "sketch.h"
#include "util.h"

#include <stdlib.h>

#define KEY_WINDOW 8

struct concord_grouping {
	size_t n, nstories;
	size_t *story;
	long *dup;
	unsigned char *exact;
};

/* Exact duplicates: every article whose id an earlier one has. */
static concord_status mark_exact(const concord_sketch *const *sk, size_t n,
    concord_grouping *g, size_t *parent)
{
	keyed *v = malloc((n ? n : 1) * sizeof *v);
	if (!v)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < n; i++)
		v[i] = (keyed){sk[i]->id, (uint32_t)i};
	qsort(v, n, sizeof *v, cmp_keyed);
	size_t first = 0;
	for (size_t i = 1; i < n; i++) {
		if (v[i].key != v[first].key) {
			first = i;
			continue;
		}
		g->dup[v[i].idx] = (long)v[first].idx;
		g->exact[v[i].idx] = 1;
		uf_join(parent, v[i].idx, v[first].idx);
	}
	free(v);
	return CONCORD_OK;
}

/* Compares candidate pair j < i, unless nothing can change: i already
 * has a duplicate no later than j and both are in one story (thousands
 * of copies of one text then cost little). */
static void compare_pair(const concord_sketch *const *sk, size_t j, size_t i,
    concord_grouping *g, size_t *parent)
{
	if ((g->exact[i] || (g->dup[i] >= 0 && g->dup[i] <= (long)j)) &&
	    uf_find(parent, i) == uf_find(parent, j))
		return;
	if (!g->exact[i] && concord_sketch_near_duplicate(sk[j], sk[i]) &&
	    (g->dup[i] < 0 || (long)j < g->dup[i]))
		g->dup[i] = (long)j;
	if (concord_sketch_same_story(sk[j], sk[i]))
		uf_join(parent, j, i);
}

static concord_status compare_candidates(const concord_sketch *const *sk,
    size_t n, concord_grouping *g, size_t *parent)
{
	keyed *v = malloc((n * CONCORD_SKETCH_MAX_KEYS + 1) * sizeof *v);
	if (!v)
		return CONCORD_ENOMEM;
	size_t m = 0;
	uint64_t keys[CONCORD_SKETCH_MAX_KEYS];
	for (size_t i = 0; i < n; i++) {
		size_t nk = concord_sketch_keys(sk[i], keys, CONCORD_SKETCH_MAX_KEYS);
		for (size_t k = 0; k < nk; k++)
			v[m++] = (keyed){keys[k], (uint32_t)i};
	}
	qsort(v, m, sizeof *v, cmp_keyed);
	for (size_t r = 0; r < m;) {
		size_t end = r;
		while (end < m && v[end].key == v[r].key)
			end++;
		for (size_t p = r + 1; p < end; p++)
			for (size_t q = p > r + KEY_WINDOW ? p - KEY_WINDOW : r; q < p; q++)
				if (v[q].idx != v[p].idx)
					compare_pair(sk, v[q].idx, v[p].idx, g, parent);
		r = end;
	}
	free(v);
	return CONCORD_OK;
}

static void number_stories(concord_grouping *g, size_t *parent)
{
	/* Every root is the first article of its component (see join), so
	 * it is numbered before the members that follow it. */
	for (size_t i = 0; i < g->n; i++) {
		size_t root = uf_find(parent, i);
		if (root == i)
			g->story[i] = g->nstories++;
		else
			g->story[i] = g->story[root];
	}
}

concord_status concord_group(const concord_sketch *const *sk, size_t n,
    concord_grouping **out)
{
	if (!out || (!sk && n) || n > UINT32_MAX)
		return CONCORD_EINVAL;
	*out = NULL;
	for (size_t i = 0; i < n; i++)
		if (!sk[i])
			return CONCORD_EINVAL;
	concord_grouping *g = calloc(1, sizeof *g);
	size_t *parent = malloc((n ? n : 1) * sizeof *parent);
	if (g) {
		g->n = n;
		g->story = malloc((n ? n : 1) * sizeof *g->story);
		g->dup = malloc((n ? n : 1) * sizeof *g->dup);
		g->exact = calloc(n ? n : 1, 1);
	}
	if (!g || !parent || !g->story || !g->dup || !g->exact) {
		free(parent);
		concord_grouping_free(g);
		return CONCORD_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		parent[i] = i;
		g->dup[i] = -1;
	}
	concord_status st = mark_exact(sk, n, g, parent);
	if (!st)
		st = compare_candidates(sk, n, g, parent);
	if (st) {
		free(parent);
		concord_grouping_free(g);
		return st;
	}
	number_stories(g, parent);
	free(parent);
	*out = g;
	return CONCORD_OK;
}

size_t concord_grouping_nstories(const concord_grouping *g)
{
	return g ? g->nstories : 0;
}

size_t concord_grouping_story(const concord_grouping *g, size_t i)
{
	return g && i < g->n ? g->story[i] : 0;
}

long concord_grouping_duplicate_of(const concord_grouping *g, size_t i)
{
	return g && i < g->n ? g->dup[i] : -1;
}

int concord_grouping_exact(const concord_grouping *g, size_t i)
{
	return g && i < g->n ? g->exact[i] : 0;
}

void concord_grouping_free(concord_grouping *g)
{
	if (!g)
		return;
	free(g->story);
	free(g->dup);
	free(g->exact);
	free(g);
}
