/* corroborate.c - matching claims across the articles of one story.
 *
 * Mentions of all articles are laid out in one list (article order, then
 * text order) and joined with union-find when they match. Candidate pairs
 * never span the whole list: numbers and dates are compared only within
 * runs of equal value (sorted), quotes among the quotes, each capped, so
 * the work stays bounded however many articles come in. A quote cluster
 * whose mentions name different speakers is split by speaker, and the
 * parts conflict. Number conflicts are looked for among mentions of the
 * same counted noun, and only kept when neither article also states the
 * other's value (then they list two things, they do not disagree).
 */
#include "concord/corroborate.h"
#include "arena.h"
#include "util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Most mentions matched per story, and most comparisons per mention. */
#define MAX_ITEMS 4096
#define MAX_PEERS 128

struct concord_corroboration {
	arena *ar;
	concord_claim *c;
	size_t n;
	size_t narts;
	size_t *art_first;  /* first item of each article (narts + 1) */
	long *item_claim;   /* kept claim of each item, or -1 */
};

typedef struct item {
	const concord_mention *m;
	size_t art, pos;   /* article and index of the mention in it */
	size_t root;       /* union-find parent */
	size_t claim;      /* final claim */
} item;

typedef struct work {
	item *it;
	size_t n;
	const size_t *group, *original;
	size_t narts;
	arena *ar;
	/* claims before sorting */
	size_t nclaims;
	size_t *first;       /* first item of each claim */
	unsigned char *conf; /* nclaims x nclaims conflict bits, or NULL */
} work;

/* ---- set arithmetic on sorted hashes -------------------------------- */

static size_t common(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	size_t i = 0, j = 0, k = 0;
	while (i < na && j < nb) {
		if (a[i] < b[j])
			i++;
		else if (a[i] > b[j])
			j++;
		else
			k++, i++, j++;
	}
	return k;
}

static double dice(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	return na + nb ? 2.0 * (double)common(a, na, b, nb) / (double)(na + nb) : 0;
}

static size_t min_sz(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* ---- the matching rules --------------------------------------------- */

/* "--06-19" (no year) agrees with "2024-06-19". */
static int dates_agree(const char *x, const char *y)
{
	return !strcmp(x, y) || day_without_year(x, y);
}

static int is_weekday(const char *v)
{
	return isalpha((unsigned char)v[0]);
}

/* Numbers name the same thing when they share a word next to them or
 * their sentences are alike. */
static int similar_context(const concord_mention *x, const concord_mention *y)
{
	return common(x->near, x->nnear, y->near, y->nnear) >= 1 ||
	    dice(x->ctx, x->nctx, y->ctx, y->nctx) >= 0.25;
}

static int quotes_match(const concord_mention *x, const concord_mention *y)
{
	size_t mw = min_sz(x->nwords, y->nwords);
	size_t mc = min_sz(x->ncwords, y->ncwords);
	if (mw < 3 || mc < 2)
		return 0;
	size_t w = common(x->words, x->nwords, y->words, y->nwords);
	size_t cw = common(x->cwords, x->ncwords, y->cwords, y->ncwords);
	/* one contained in the other: outlets trim and reword a little */
	return w * 10 >= mw * 8 && cw * 10 >= mc * 8;
}

int concord_mentions_match(const concord_mention *x, const concord_mention *y)
{
	if (!x || !y || x->kind != y->kind)
		return 0;
	switch (x->kind) {
	case CONCORD_CLAIM_QUOTE:
		return quotes_match(x, y);
	case CONCORD_CLAIM_NUMBER:
		return x->value && y->value && x->unit && y->unit &&
		    !strcmp(x->value, y->value) && !strcmp(x->unit, y->unit) &&
		    similar_context(x, y);
	case CONCORD_CLAIM_DATE:
		if (!x->value || !y->value || !dates_agree(x->value, y->value))
			return 0;
		return !is_weekday(x->value) || similar_context(x, y);
	default:
		return 0;
	}
}

/* Whether x and y plainly count different things: another modifier
 * ("restored wetlands" is not "undisturbed wetlands"), another period
 * ("a day", "a week"), or another plainly named subject ("the ferry
 * carries" against "the bridge carries"). Unknown parts never differ. */
static int different_things(const concord_mention *x, const concord_mention *y)
{
	if (x->modifier && y->modifier && x->modifier != y->modifier)
		return 1;
	if ((!x->rate) != (!y->rate) || (x->rate && strcmp(x->rate, y->rate)))
		return 1;
	return x->subject && y->subject && x->subject != y->subject;
}

/* The same counted thing by its rate: "about 12,000 vehicles a day"
 * against "about 15,000 vehicles a day", where the sentences around may
 * differ entirely. Kept conservative: the same noun, period and modifier
 * (no modifier on both or the same), no plainly different subject, and
 * values within a factor of two (sources disagreeing on one figure stay
 * near each other; a wider gap more likely counts two different things). */
static int same_rate(const concord_mention *x, const concord_mention *y)
{
	if (!x->rate || !y->rate || x->modifier != y->modifier ||
	    different_things(x, y))
		return 0;
	double a = strtod(x->value, NULL), b = strtod(y->value, NULL);
	if (!(a > 0) || !(b > 0))
		return 0;
	return (a > b ? a / b : b / a) <= 2.0;
}

int concord_mentions_conflict(const concord_mention *x, const concord_mention *y)
{
	if (!x || !y || x->kind != CONCORD_CLAIM_NUMBER ||
	    y->kind != CONCORD_CLAIM_NUMBER || !x->unit || !y->unit ||
	    !x->value || !y->value ||
	    strcmp(x->unit, y->unit) || !strcmp(x->value, y->value))
		return 0;
	if (different_things(x, y))
		return 0;
	if (same_rate(x, y))
		return 1;
	/* Nearly the same words around another value: "first visit in 24
	 * years" against "first visit in 20 years". */
	return common(x->near, x->nnear, y->near, y->nnear) >= 3 &&
	    dice(x->ctx, x->nctx, y->ctx, y->nctx) >= 0.4;
}

/* Words of a name that do not identify a person. */
static const char *const titles[] = {
	"president", "prime", "minister", "leader", "russian", "north",
	"south", "korean", "mr", "mrs", "ms", "dr", "chairman", "secretary",
	"general", "state", "foreign", "the", "supreme", "chancellor", "king",
	"queen", "spokesman", "spokeswoman", "former", "deputy", NULL
};

static int title_word(const char *w, size_t n)
{
	for (const char *const *t = titles; *t; t++)
		if (strlen(*t) == n && !strncasecmp(w, *t, n))
			return 1;
	return 0;
}

/* Length of word p[0..k) without a possessive: "Putin’s" is "Putin". */
static size_t base_len(const char *p, size_t k)
{
	for (size_t j = 0; j < k; j++)
		if (p[j] == '\'' || (unsigned char)p[j] == 0xE2)
			return j;
	return k;
}

/* Whether the word w[0..n) names someone in speaker y. */
static int word_in(const char *w, size_t n, const char *y)
{
	n = base_len(w, n);
	for (const char *p = y; *p;) {
		while (*p == ' ')
			p++;
		size_t k = strcspn(p, " ");
		if (n && base_len(p, k) == n && !strncasecmp(p, w, n))
			return 1;
		p += k;
	}
	return 0;
}

int concord_speakers_agree(const char *x, const char *y)
{
	if (!x || !y)
		return 1;
	int named = 0;
	for (const char *p = x; *p;) {
		while (*p == ' ')
			p++;
		size_t k = strcspn(p, " ");
		if (k && !title_word(p, k)) {
			named = 1;
			if (word_in(p, k, y))
				return 1;
		}
		p += k;
	}
	return !named;
}

/* ---- union-find ------------------------------------------------------ */

static size_t find(item *it, size_t i)
{
	while (it[i].root != i) {
		it[i].root = it[it[i].root].root;
		i = it[i].root;
	}
	return i;
}

static void unite(item *it, size_t a, size_t b)
{
	a = find(it, a);
	b = find(it, b);
	/* the earlier item stays the root, so clusters are named by their
	 * first mention whatever the order of unions */
	if (a < b)
		it[b].root = a;
	else if (b < a)
		it[a].root = b;
}

/* ---- building clusters ----------------------------------------------- */

static const char *key_of(const concord_mention *m)
{
	if (m->kind == CONCORD_CLAIM_QUOTE || !m->value)
		return "";
	size_t l = strlen(m->value);
	if (m->kind == CONCORD_CLAIM_DATE && l == 10)
		return m->value + 5;  /* MM-DD: meets "--MM-DD" */
	if (m->kind == CONCORD_CLAIM_DATE && l == 7 && m->value[0] == '-')
		return m->value + 2;
	return m->value;
}

/* A sort entry: items of one kind and key form one run. */
typedef struct run_key {
	int kind;
	const char *key;
	size_t idx;
} run_key;

static int cmp_run_key(const void *a, const void *b)
{
	const run_key *x = a, *y = b;
	if (x->kind != y->kind)
		return x->kind - y->kind;
	int c = strcmp(x->key, y->key);
	if (c)
		return c;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Compares items within runs of the same kind and key (all quotes form
 * one run), each with at most MAX_PEERS earlier ones. */
static concord_status match_runs(work *w)
{
	run_key *ix = malloc((w->n ? w->n : 1) * sizeof *ix);
	if (!ix)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < w->n; i++)
		ix[i] = (run_key){ (int)w->it[i].m->kind, key_of(w->it[i].m),
		    i };
	qsort(ix, w->n, sizeof *ix, cmp_run_key);
	size_t start = 0;
	for (size_t k = 0; k < w->n; k++) {
		if (k && (ix[k].kind != ix[k - 1].kind ||
		    strcmp(ix[k].key, ix[k - 1].key)))
			start = k;
		const item *x = &w->it[ix[k].idx];
		size_t lo = k - start > MAX_PEERS ? k - MAX_PEERS : start;
		for (size_t j = lo; j < k; j++) {
			const item *y = &w->it[ix[j].idx];
			if (y->art != x->art && concord_mentions_match(x->m, y->m))
				unite(w->it, ix[j].idx, ix[k].idx);
		}
	}
	free(ix);
	return CONCORD_OK;
}

/* ---- claims from clusters ------------------------------------------- */

typedef struct pair {
	size_t a, b;
} pair;

#define MAX_PAIRS 4096
/* Most candidate conflicts checked against whole articles per story. */
#define MAX_CHECKS 2048

typedef struct draft {
	size_t root;       /* cluster */
	const char *speaker;
	size_t nitems, at; /* items in members[at..at+nitems) */
	/* sort keys */
	size_t indep, nsrc, art, pos, id;
} draft;

typedef struct build {
	work *w;
	draft *d;
	size_t nd;
	size_t *members;
	pair *conf;
	size_t nconf;
} build;

static void add_conflict(build *b, size_t x, size_t y)
{
	if (x == y || b->nconf >= MAX_PAIRS)
		return;
	if (x > y) {
		size_t t = x;
		x = y;
		y = t;
	}
	for (size_t i = 0; i < b->nconf; i++)
		if (b->conf[i].a == x && b->conf[i].b == y)
			return;
	b->conf[b->nconf++] = (pair){ x, y };
}

/* The draft an item joins: its cluster's, split by speaker for quotes. */
static size_t draft_for(build *b, size_t i)
{
	item *it = &b->w->it[i];
	size_t r = find(b->w->it, i);
	const char *sp = it->m->kind == CONCORD_CLAIM_QUOTE ? it->m->speaker : NULL;
	size_t first = (size_t)-1;
	for (size_t k = 0; k < b->nd; k++) {
		draft *d = &b->d[k];
		if (d->root != r)
			continue;
		first = k;
		if (concord_speakers_agree(d->speaker, sp)) {
			if (!d->speaker)
				d->speaker = sp;
			return k;
		}
	}
	size_t k = b->nd++;
	b->d[k] = (draft){ .root = r, .speaker = sp, .id = k };
	if (first != (size_t)-1)  /* same words, another speaker */
		for (size_t j = 0; j < k; j++)
			if (b->d[j].root == r)
				add_conflict(b, j, k);
	return k;
}

static int states_value(const work *w, size_t art, const concord_mention *m)
{
	for (size_t i = 0; i < w->n; i++) {
		const concord_mention *o = w->it[i].m;
		if (w->it[i].art == art && o->kind == CONCORD_CLAIM_NUMBER &&
		    !strcmp(o->unit, m->unit) && !strcmp(o->value, m->value))
			return 1;
	}
	return 0;
}

/* Mentions of article art counting what m counts at the same rate: a
 * rate conflict holds only when each side gives one figure for it. */
static size_t rate_figures(const work *w, size_t art, const concord_mention *m)
{
	size_t n = 0;
	for (size_t i = 0; i < w->n; i++) {
		const concord_mention *o = w->it[i].m;
		if (w->it[i].art == art && o->kind == CONCORD_CLAIM_NUMBER &&
		    o->rate && m->rate && !strcmp(o->unit, m->unit) &&
		    !strcmp(o->rate, m->rate) && o->modifier == m->modifier)
			n++;
	}
	return n;
}

static int disagree(const work *w, const item *x, const item *y)
{
	if (!concord_mentions_conflict(x->m, y->m) ||
	    states_value(w, x->art, y->m) || states_value(w, y->art, x->m))
		return 0;
	if (!x->m->rate || !y->m->rate || !same_rate(x->m, y->m))
		return 1;
	/* found by rate alone: require the near-words rule or one figure
	 * per side */
	return (common(x->m->near, x->m->nnear, y->m->near, y->m->nnear) >= 3 &&
	    dice(x->m->ctx, x->m->nctx, y->m->ctx, y->m->nctx) >= 0.4) ||
	    (rate_figures(w, x->art, x->m) == 1 && rate_figures(w, y->art, y->m) == 1);
}

/* Number conflicts, among mentions of the same counted noun. */
static void find_conflicts(build *b)
{
	work *w = b->w;
	size_t checks = 0;
	for (size_t i = 0; i < w->n; i++) {
		const item *x = &w->it[i];
		if (x->m->kind != CONCORD_CLAIM_NUMBER)
			continue;
		size_t peers = 0;
		for (size_t j = i + 1; j < w->n && peers < MAX_PEERS; j++) {
			const item *y = &w->it[j];
			if (y->art == x->art || y->m->kind != CONCORD_CLAIM_NUMBER ||
			    strcmp(x->m->unit, y->m->unit))
				continue;
			peers++;
			if (!concord_mentions_conflict(x->m, y->m))
				continue;
			/* the checks below read the whole story: cap them */
			if (++checks > MAX_CHECKS)
				return;
			if (disagree(w, x, y))
				add_conflict(b, x->claim, y->claim);
		}
	}
}

/* Sources of draft d (ascending), its independent groups and repeats:
 * per group the original counts when it is a source, else the first. */
static concord_status fill_claim(build *b, const draft *d, concord_claim *c)
{
	work *w = b->w;
	size_t *src = arena_calloc(w->ar, d->nitems, sizeof *src);
	size_t *rep = arena_calloc(w->ar, d->nitems, sizeof *rep);
	if (!src || !rep)
		return CONCORD_ENOMEM;
	size_t ns = 0, nr = 0, ng = 0;
	for (size_t k = 0; k < d->nitems; k++) {
		size_t a = w->it[b->members[d->at + k]].art;
		if (!ns || src[ns - 1] != a)  /* members are in article order */
			src[ns++] = a;
	}
	for (size_t k = 0; k < ns; k++) {
		size_t g = w->group[src[k]], counted = (size_t)-1;
		for (size_t j = 0; j < ns && counted == (size_t)-1; j++)
			if (w->group[src[j]] == g &&
			    (!w->original || src[j] == w->original[src[k]]))
				counted = src[j];
		for (size_t j = 0; j < ns && counted == (size_t)-1; j++)
			if (w->group[src[j]] == g)
				counted = src[j];
		if (counted == src[k])
			ng++;
		else
			rep[nr++] = src[k];
	}
	const concord_mention *m = w->it[b->members[d->at]].m;
	c->kind = m->kind;
	c->text = m->text;
	c->context = m->context;
	c->value = m->value;
	c->speaker = d->speaker;
	for (size_t k = 0; k < d->nitems && !c->attribution; k++)
		c->attribution = w->it[b->members[d->at + k]].m->attribution;
	c->sources = src;
	c->nsources = ns;
	c->independent = ng;
	c->repeats = rep;
	c->nrepeats = nr;
	return CONCORD_OK;
}

static concord_status make_drafts(build *b)
{
	work *w = b->w;
	b->d = arena_calloc(w->ar, w->n ? w->n : 1, sizeof *b->d);
	b->members = arena_calloc(w->ar, w->n ? w->n : 1, sizeof *b->members);
	b->conf = arena_calloc(w->ar, MAX_PAIRS, sizeof *b->conf);
	if (!b->d || !b->members || !b->conf)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < w->n; i++) {
		w->it[i].claim = draft_for(b, i);
		b->d[w->it[i].claim].nitems++;
	}
	size_t at = 0;
	for (size_t k = 0; k < b->nd; k++) {
		b->d[k].at = at;
		at += b->d[k].nitems;
		b->d[k].nitems = 0;
	}
	for (size_t i = 0; i < w->n; i++) {
		draft *d = &b->d[w->it[i].claim];
		b->members[d->at + d->nitems++] = i;
	}
	find_conflicts(b);
	return CONCORD_OK;
}

static int cmp_draft(const void *a, const void *b)
{
	const draft *x = a, *y = b;
	if (x->indep != y->indep)
		return x->indep > y->indep ? -1 : 1;
	if (x->nsrc != y->nsrc)
		return x->nsrc > y->nsrc ? -1 : 1;
	if (x->art != y->art)
		return x->art < y->art ? -1 : 1;
	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Whether claim c repeats an earlier kept one (same kind and words). */
static int duplicate(const concord_claim *all, const size_t *kept, size_t nk,
    const concord_claim *c)
{
	for (size_t i = 0; i < nk; i++)
		if (all[kept[i]].kind == c->kind && !strcmp(all[kept[i]].text, c->text))
			return 1;
	return 0;
}

static int is_kept(const size_t *kept, size_t nk, size_t id)
{
	for (size_t i = 0; i < nk; i++)
		if (kept[i] == id)
			return 1;
	return 0;
}

/* Chooses the claims shown: the most useful max first, then the claims
 * that conflict with them (a conflict is worth showing in full). */
static size_t choose(const build *b, const concord_claim *all,
    const draft *order, size_t max, size_t *kept)
{
	size_t nk = 0;
	for (size_t i = 0; i < b->nd && nk < max; i++)
		if (!duplicate(all, kept, nk, &all[order[i].id]))
			kept[nk++] = order[i].id;
	size_t base = nk;
	for (size_t i = 0; i < b->nconf && nk < base + max / 4 + 1; i++) {
		size_t x = b->conf[i].a, y = b->conf[i].b;
		int kx = is_kept(kept, base, x), ky = is_kept(kept, base, y);
		if (kx && !ky && !is_kept(kept, nk, y))
			kept[nk++] = y;
		else if (ky && !kx && !is_kept(kept, nk, x))
			kept[nk++] = x;
	}
	return nk;
}

/* Remembers which kept claim each mention went to. */
static concord_status map_items(build *b, const size_t *kept, size_t nk,
    concord_corroboration *out)
{
	work *w = b->w;
	long *of_draft = arena_calloc(w->ar, b->nd ? b->nd : 1, sizeof *of_draft);
	out->item_claim = arena_calloc(w->ar, w->n ? w->n : 1, sizeof *out->item_claim);
	out->art_first = arena_calloc(w->ar, w->narts + 1, sizeof *out->art_first);
	if (!of_draft || !out->item_claim || !out->art_first)
		return CONCORD_ENOMEM;
	for (size_t k = 0; k < b->nd; k++)
		of_draft[k] = -1;
	for (size_t i = 0; i < nk; i++)
		of_draft[kept[i]] = (long)i;
	size_t a = 0;
	for (size_t i = 0; i < w->n; i++) {
		while (a <= w->it[i].art)
			out->art_first[a++] = i;
		out->item_claim[i] = of_draft[w->it[i].claim];
	}
	while (a <= w->narts)
		out->art_first[a++] = w->n;
	out->narts = w->narts;
	return CONCORD_OK;
}

static int in_conflict(const build *b, size_t x, size_t y)
{
	for (size_t p = 0; p < b->nconf; p++)
		if ((b->conf[p].a == x && b->conf[p].b == y) ||
		    (b->conf[p].b == x && b->conf[p].a == y))
			return 1;
	return 0;
}

/* Copies the kept claims in order and maps conflicts to their new
 * indices (conflicts with claims left out are dropped). */
static concord_status emit_claims(build *b, const concord_claim *all,
    const size_t *kept, size_t nk, concord_corroboration *out)
{
	arena *ar = b->w->ar;
	out->c = arena_calloc(ar, nk ? nk : 1, sizeof *out->c);
	if (!out->c)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < nk; i++) {
		concord_claim *c = &out->c[i];
		*c = all[kept[i]];
		size_t *cf = arena_calloc(ar, nk ? nk : 1, sizeof *cf), n = 0;
		if (!cf)
			return CONCORD_ENOMEM;
		for (size_t j = 0; j < nk; j++)
			if (j != i && in_conflict(b, kept[i], kept[j]))
				cf[n++] = j;
		c->conflicts = cf;
		c->nconflicts = n;
	}
	out->n = nk;
	return map_items(b, kept, nk, out);
}

static concord_status finish(build *b, size_t max, concord_corroboration *out)
{
	arena *ar = b->w->ar;
	concord_claim *all = arena_calloc(ar, b->nd ? b->nd : 1, sizeof *all);
	draft *order = arena_calloc(ar, b->nd ? b->nd : 1, sizeof *order);
	size_t *kept = arena_calloc(ar, b->nd ? b->nd : 1, sizeof *kept);
	if (!all || !order || !kept)
		return CONCORD_ENOMEM;
	for (size_t k = 0; k < b->nd; k++) {
		concord_status st = fill_claim(b, &b->d[k], &all[k]);
		if (st)
			return st;
		const item *f = &b->w->it[b->members[b->d[k].at]];
		order[k] = b->d[k];
		order[k].indep = all[k].independent;
		order[k].nsrc = all[k].nsources;
		order[k].art = f->art;
		order[k].pos = f->pos;
	}
	qsort(order, b->nd, sizeof *order, cmp_draft);
	size_t nk = choose(b, all, order, max, kept);
	return emit_claims(b, all, kept, nk, out);
}

static concord_status collect(work *w, const concord_claimset *const *sets)
{
	size_t total = 0;
	for (size_t a = 0; a < w->narts; a++)
		total += concord_claims_n(sets[a]);
	if (total > MAX_ITEMS)
		total = MAX_ITEMS;
	w->it = arena_calloc(w->ar, total ? total : 1, sizeof *w->it);
	if (!w->it)
		return CONCORD_ENOMEM;
	for (size_t a = 0; a < w->narts; a++)
		for (size_t k = 0; k < concord_claims_n(sets[a]) && w->n < total; k++) {
			item *it = &w->it[w->n];
			*it = (item){ concord_claims_at(sets[a], k), a, k, w->n, 0 };
			w->n++;
		}
	return CONCORD_OK;
}

concord_status concord_corroborate(const concord_claimset *const *sets,
    size_t n, const size_t *group, const size_t *original, size_t max_claims,
    concord_corroboration **out)
{
	if (!out || (n && (!sets || !group)))
		return CONCORD_EINVAL;
	*out = NULL;
	concord_corroboration *c = calloc(1, sizeof *c);
	if (!c || !(c->ar = arena_new(0))) {
		concord_corroboration_free(c);
		return CONCORD_ENOMEM;
	}
	work w = { .group = group, .original = original, .narts = n, .ar = c->ar };
	build b = { .w = &w };
	concord_status st = collect(&w, sets);
	if (!st)
		st = match_runs(&w);
	if (!st)
		st = make_drafts(&b);
	if (!st)
		st = finish(&b, max_claims ? max_claims :
		    CONCORD_CORROBORATE_MAX_CLAIMS, c);
	if (st) {
		concord_corroboration_free(c);
		return st;
	}
	*out = c;
	return CONCORD_OK;
}

size_t concord_corroboration_n(const concord_corroboration *c)
{
	return c ? c->n : 0;
}

const concord_claim *concord_corroboration_at(const concord_corroboration *c,
    size_t i)
{
	return c && i < c->n ? &c->c[i] : NULL;
}

long concord_corroboration_claim_of(const concord_corroboration *c,
    size_t article, size_t mention)
{
	if (!c || !c->art_first || article >= c->narts)
		return -1;
	size_t i = c->art_first[article] + mention;
	return i < c->art_first[article + 1] ? c->item_claim[i] : -1;
}

void concord_corroboration_free(concord_corroboration *c)
{
	if (!c)
		return;
	arena_free(c->ar);
	free(c);
}
