/* template.c - learning each site's page template from a corpus and
 * stripping it (see include/concord/template.h for the contract).
 *
 * Algorithm, per site (docs grouped by sorting their indices by site):
 *  1. hash every line of every body: concord_text_normalize, trimmed,
 *     case-folded, XXH3-64 (0 stands for a blank line);
 *  2. sort the (hash, article) pairs: a run of one hash tells in how many
 *     articles the line occurs; runs reaching max(3, ceil(k/2)) are
 *     candidates;
 *  3. the articles holding a candidate are sketched on their text with
 *     the candidates left out and grouped into stories (concord_group);
 *     a candidate stays furniture only when its articles span at least
 *     CONCORD_TEMPLATE_MIN_STORIES stories. Why stories and not just
 *     near-duplicates: a site that runs several rewrites of one wire story
 *     repeats the same quoted sentence without the copies being
 *     near-duplicates (METER: rewrites share ~31% of their 5-grams),
 *     whereas a footer recurs whatever the story. Sketching without the
 *     candidates keeps a long footer from making unrelated articles look
 *     topically alike;
 *  4. each article losing a line is rebuilt with concord_doc_from_fields.
 * Sorting instead of a hash map keeps it deterministic and
 * O(L log L) for L lines; grouping is near-linear by its own contract.
 */
#include "concord/template.h"
#include "concord/group.h"
#include "concord/text.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#include "arena.h"

typedef struct pair {
	uint64_t hash;
	size_t doc;     /* index in the site */
} pair;

/* One site being processed; everything lives in the arena a. */
typedef struct site {
	arena *a;
	concord_doc **docs;
	const size_t *idx;  /* site article j is docs[idx[j]] */
	size_t k;           /* articles */
	uint64_t *lh;       /* line hashes of article j: lh[ls[j]..ls[j+1]) */
	size_t *ls;
	pair *pairs;
	size_t npairs;
} site;

/* A doc of the corpus with a site, for sorting by site. */
typedef struct entry {
	const char *site;
	size_t i;
} entry;

static int cmp_entry(const void *pa, const void *pb)
{
	const entry *a = pa, *b = pb;
	int c = strcmp(a->site, b->site);
	if (c)
		return c;
	return a->i < b->i ? -1 : a->i > b->i;
}

static int cmp_pair(const void *pa, const void *pb)
{
	const pair *a = pa, *b = pb;
	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a->doc < b->doc ? -1 : a->doc > b->doc;
}

static int cmp_u64(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;
	return a < b ? -1 : a > b;
}

static int cmp_size(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	return a < b ? -1 : a > b;
}

/* Hash of the normalized, trimmed, case-folded line s[0..len); 0 when
 * it is blank. */
static concord_status hash_line(const char *s, size_t len, uint64_t *h)
{
	char *norm = NULL;
	size_t nlen = 0;
	*h = 0;
	concord_status st = concord_text_normalize(s, len, &norm, &nlen);
	if (st)
		return st;
	const char *p = norm, *e = norm + nlen;
	while (p < e && (*p == ' ' || *p == '\n'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\n'))
		e--;
	if (p < e) {
		utf8proc_uint8_t *fold = NULL;
		utf8proc_ssize_t fl = utf8proc_map((const utf8proc_uint8_t *)p,
		    e - p, &fold, UTF8PROC_CASEFOLD | UTF8PROC_COMPOSE);
		if (fl < 0 && fl != UTF8PROC_ERROR_NOMEM) {
			*h = XXH3_64bits(p, (size_t)(e - p));
		} else if (fl >= 0) {
			*h = XXH3_64bits(fold, (size_t)fl);
		} else {
			st = CONCORD_ENOMEM;
		}
		free(fold);
		if (*h == 0)
			*h = 1;
	}
	concord_free(norm);
	return st;
}

static size_t count_lines(const char *s, size_t len)
{
	size_t n = 1;
	for (size_t i = 0; i < len; i++)
		n += s[i] == '\n';
	return n;
}

/* Step 1: the line hashes of every article and the (hash, article) pairs
 * of non-blank lines, sorted and without repeats inside one article. */
static concord_status hash_site(site *t)
{
	size_t total = 0;
	t->ls = arena_calloc(t->a, t->k + 1, sizeof *t->ls);
	if (!t->ls)
		return CONCORD_ENOMEM;
	for (size_t j = 0; j < t->k; j++) {
		const concord_article *ar = concord_doc_article(t->docs[t->idx[j]]);
		t->ls[j] = total;
		total += count_lines(ar->text, ar->text_len);
	}
	t->ls[t->k] = total;
	t->lh = arena_calloc(t->a, total ? total : 1, sizeof *t->lh);
	t->pairs = arena_calloc(t->a, total ? total : 1, sizeof *t->pairs);
	if (!t->lh || !t->pairs)
		return CONCORD_ENOMEM;
	t->npairs = 0;
	for (size_t j = 0; j < t->k; j++) {
		const concord_article *ar = concord_doc_article(t->docs[t->idx[j]]);
		const char *s = ar->text, *end = s + ar->text_len;
		for (size_t l = t->ls[j]; l < t->ls[j + 1]; l++) {
			const char *nl = memchr(s, '\n', (size_t)(end - s));
			const char *le = nl ? nl : end;
			concord_status st = hash_line(s, (size_t)(le - s), &t->lh[l]);
			if (st)
				return st;
			if (t->lh[l])
				t->pairs[t->npairs++] = (pair){t->lh[l], j};
			s = nl ? nl + 1 : end;
		}
	}
	qsort(t->pairs, t->npairs, sizeof *t->pairs, cmp_pair);
	size_t w = 0;
	for (size_t i = 0; i < t->npairs; i++)
		if (!w || t->pairs[i].hash != t->pairs[w - 1].hash ||
		    t->pairs[i].doc != t->pairs[w - 1].doc)
			t->pairs[w++] = t->pairs[i];
	t->npairs = w;
	return CONCORD_OK;
}

/* Step 2: hashes held by at least need articles, sorted; *n of them. */
static concord_status find_candidates(site *t, size_t need, uint64_t **out,
    size_t *n)
{
	*n = 0;
	*out = arena_calloc(t->a, t->npairs ? t->npairs : 1, sizeof **out);
	if (!*out)
		return CONCORD_ENOMEM;
	for (size_t i = 0, e; i < t->npairs; i = e) {
		for (e = i; e < t->npairs && t->pairs[e].hash == t->pairs[i].hash; e++)
			;
		if (e - i >= need)
			(*out)[(*n)++] = t->pairs[i].hash;
	}
	return CONCORD_OK;
}

static int listed(const uint64_t *set, size_t n, uint64_t h)
{
	return h && n && bsearch(&h, set, n, sizeof *set, cmp_u64) != NULL;
}

/* The text of site article j without the lines whose hash is in set
 * (a NUL-terminated arena string, *len bytes); *removed lines dropped. */
static concord_status text_without(site *t, size_t j, const uint64_t *set,
    size_t nset, char **out, size_t *len, size_t *removed)
{
	const concord_article *ar = concord_doc_article(t->docs[t->idx[j]]);
	const char *s = ar->text, *end = s + ar->text_len;
	char *o = arena_alloc(t->a, ar->text_len + 1);
	size_t w = 0;
	if (!o)
		return CONCORD_ENOMEM;
	*removed = 0;
	for (size_t l = t->ls[j]; l < t->ls[j + 1]; l++) {
		const char *nl = memchr(s, '\n', (size_t)(end - s));
		const char *le = nl ? nl : end;
		if (listed(set, nset, t->lh[l])) {
			(*removed)++;
		} else {
			if (w)
				o[w++] = '\n';
			memcpy(o + w, s, (size_t)(le - s));
			w += (size_t)(le - s);
		}
		s = nl ? nl + 1 : end;
	}
	o[w] = '\0';
	*out = o;
	*len = w;
	return CONCORD_OK;
}

/* Step 3: story of every site article holding a candidate (others get
 * SIZE_MAX), from its text without the candidates. */
static concord_status story_of_holders(site *t, const uint64_t *cand,
    size_t ncand, size_t *story)
{
	concord_sketch **sk = arena_calloc(t->a, t->k, sizeof *sk);
	size_t *slot = arena_calloc(t->a, t->k, sizeof *slot), nh = 0;
	concord_status st = CONCORD_OK;
	if (!sk || !slot)
		return CONCORD_ENOMEM;
	for (size_t j = 0; j < t->k && !st; j++) {
		char *text;
		size_t len, removed;
		story[j] = SIZE_MAX;
		st = text_without(t, j, cand, ncand, &text, &len, &removed);
		if (st || !removed)
			continue;
		concord_article ar = *concord_doc_article(t->docs[t->idx[j]]);
		if (len) {
			ar.text = text;
			ar.text_len = len;
		}
		slot[nh] = j;
		st = concord_sketch_new(&ar, &sk[nh]);
		if (!st)
			nh++;
	}
	concord_grouping *g = NULL;
	if (!st)
		st = concord_group((const concord_sketch *const *)sk, nh, &g);
	for (size_t h = 0; h < nh; h++) {
		if (!st)
			story[slot[h]] = concord_grouping_story(g, h);
		concord_sketch_free(sk[h]);
	}
	concord_grouping_free(g);
	return st;
}

/* Keeps in cand[0..*ncand) the candidates whose articles span enough
 * stories. */
static concord_status confirm(site *t, uint64_t *cand, size_t *ncand,
    const size_t *story)
{
	size_t *seen = arena_calloc(t->a, t->k ? t->k : 1, sizeof *seen), w = 0;
	if (!seen)
		return CONCORD_ENOMEM;
	for (size_t i = 0, e; i < t->npairs; i = e) {
		for (e = i; e < t->npairs && t->pairs[e].hash == t->pairs[i].hash; e++)
			;
		if (!listed(cand, *ncand, t->pairs[i].hash))
			continue;
		size_t n = 0, distinct = 0;
		for (size_t p = i; p < e; p++)
			seen[n++] = story[t->pairs[p].doc];
		qsort(seen, n, sizeof *seen, cmp_size);
		for (size_t p = 0; p < n; p++)
			distinct += !p || seen[p] != seen[p - 1];
		if (distinct >= CONCORD_TEMPLATE_MIN_STORIES)
			cand[w++] = t->pairs[i].hash;
	}
	*ncand = w;
	return CONCORD_OK;
}

/* Step 4: replaces site article j by its text without the lines of set. */
static concord_status rebuild(site *t, size_t j, const uint64_t *set,
    size_t nset, size_t *nremoved)
{
	char *text;
	size_t len, removed;
	concord_status st = text_without(t, j, set, nset, &text, &len, &removed);
	if (st || !removed || !len)
		return st;
	concord_article ar = *concord_doc_article(t->docs[t->idx[j]]);
	concord_doc *d;
	ar.text = text;
	ar.text_len = len;
	ar.id = NULL;
	if ((st = concord_doc_from_fields(&ar, &d)))
		return st;
	concord_doc_free(t->docs[t->idx[j]]);
	t->docs[t->idx[j]] = d;
	*nremoved += removed;
	return CONCORD_OK;
}

static concord_status strip_site(site *t, size_t *nremoved)
{
	size_t need = (t->k + 1) / 2, ncand;
	uint64_t *cand;
	if (need < CONCORD_TEMPLATE_MIN_ARTICLES)
		need = CONCORD_TEMPLATE_MIN_ARTICLES;
	concord_status st = hash_site(t);
	if (!st)
		st = find_candidates(t, need, &cand, &ncand);
	if (st || !ncand)
		return st;
	size_t *story = arena_calloc(t->a, t->k, sizeof *story);
	if (!story)
		return CONCORD_ENOMEM;
	if ((st = story_of_holders(t, cand, ncand, story)) ||
	    (st = confirm(t, cand, &ncand, story)))
		return st;
	for (size_t j = 0; j < t->k && ncand && !st; j++)
		st = rebuild(t, j, cand, ncand, nremoved);
	return st;
}

/* Sorts the docs that have a site by site: idx[0..*m) gets their
 * indices, run[0..*m) the index in idx where each one's site ends. Done
 * before any doc is replaced, as replacing frees the site strings. */
static concord_status sort_by_site(concord_doc **docs, size_t n,
    size_t *idx, size_t *run, size_t *m)
{
	entry *e = malloc((n ? n : 1) * sizeof *e);
	size_t k = 0;
	if (!e)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < n; i++)
		if (docs[i] && concord_doc_article(docs[i])->site)
			e[k++] = (entry){concord_doc_article(docs[i])->site, i};
	qsort(e, k, sizeof *e, cmp_entry);
	for (size_t i = k; i-- > 0;) {
		idx[i] = e[i].i;
		run[i] = i + 1 < k && !strcmp(e[i].site, e[i + 1].site) ?
		    run[i + 1] : i + 1;
	}
	*m = k;
	free(e);
	return CONCORD_OK;
}

CONCORD_API concord_status concord_templates_strip(concord_doc **docs,
    size_t n, size_t *nremoved)
{
	size_t removed = 0, m = 0;
	if (nremoved)
		*nremoved = 0;
	if (!docs && n)
		return CONCORD_EINVAL;
	size_t *idx = malloc((n ? n : 1) * sizeof *idx);
	size_t *run = malloc((n ? n : 1) * sizeof *run);
	arena *a = arena_new(0);
	concord_status st = idx && run && a ? CONCORD_OK : CONCORD_ENOMEM;
	if (!st)
		st = sort_by_site(docs, n, idx, run, &m);
	for (size_t i = 0; i < m && !st; i = run[i]) {
		if (run[i] - i < CONCORD_TEMPLATE_MIN_ARTICLES)
			continue;
		site t = {.a = a, .docs = docs, .idx = idx + i, .k = run[i] - i};
		st = strip_site(&t, &removed);
		arena_reset(a);
	}
	arena_free(a);
	free(idx);
	free(run);
	if (nremoved)
		*nremoved = removed;
	return st;
}
