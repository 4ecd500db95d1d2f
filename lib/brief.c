/* brief.c - the report on one story: provenance, corroborated claims and a
 * cited extractive summary.
 *
 * Summary: every prose sentence of every article is a candidate (headings,
 * captions without a full stop and furniture are not). Two sentences of
 * different articles say the same thing when their content stems overlap
 * enough (cosine of IDF-weighted stem sets, IDF over the story's
 * sentences, so "Putin" and "Korea" weigh little in a story about them).
 * A candidate scores by the independent groups that say it, then by how
 * central it is (its best match in each other article) and by how early
 * it comes. Sentences are taken greedily by score, skipping any that say
 * what a chosen one says or that does not fit the budget, and shown by
 * support, then by relative position in their article.
 */
#include "concord/brief.h"
#include "concord/claims.h"
#include "concord/corroborate.h"
#include "concord/text.h"
#include "arena.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Most candidate sentences per article and per story (pairs are compared
 * among candidates, so this bounds the work). */
#define MAX_CAND_ARTICLE 200
#define MAX_CAND 1500
#define MAX_WORDS_SENTENCE 80
#define MIN_WORDS_SENTENCE 6
/* Cosine at which two sentences say the same thing; lower when they
 * share a corroborated claim (a number with its noun, a quote, a day). */
#define SAME_THING 0.42
#define SAME_ANCHORED 0.15
#define MAX_ANCHORS 8
#define DEFAULT_SENTENCES 5
#define BUDGET_SENTENCES 20

struct concord_report {
	arena *ar;
	const concord_article **a;
	size_t n;
	concord_provenance *prov;
	concord_claimset **sets;
	concord_corroboration *corr;
	concord_sentence *sum;
	size_t nsum;
	size_t ngroups;
	const char *title, *first_date, *last_date;
};

typedef struct cand {
	size_t art, pos;     /* article, index among its candidates */
	size_t off, len, words;
	uint64_t *h;         /* sorted distinct stem hashes */
	double *w;           /* their weights */
	size_t nh;
	double norm;
	double score;
	double rel;          /* pos / candidates of the article */
	size_t *src, nsrc, indep;
	size_t sidx;         /* sentence index in the article */
	long anchor[MAX_ANCHORS];
	size_t nanchor;
} cand;

/* One (stem, candidate) pair of the inverted index. */
typedef struct posting {
	uint64_t h;
	size_t cand;
} posting;

/* A hash of a candidate with the length of its posting run. */
typedef struct probe {
	size_t df, at;
} probe;

typedef struct summ {
	concord_report *r;
	cand *c;
	size_t nc;
	size_t *group;
	posting *post;       /* sorted by hash, then candidate */
	size_t npost;
	size_t *peer;        /* scratch: peers of one candidate */
	size_t *stamp;       /* scratch: candidate last gathered for, + 1 */
	probe *probes;       /* scratch: one per stem of the longest candidate */
} summ;

const char *concord_claim_kind_name(concord_claim_kind k)
{
	switch (k) {
	case CONCORD_CLAIM_QUOTE: return "quote";
	case CONCORD_CLAIM_NUMBER: return "number";
	case CONCORD_CLAIM_DATE: return "date";
	case CONCORD_CLAIM_EVENT: return "event";
	}
	return "event";
}

/* ---- candidates -------------------------------------------------------- */

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

static size_t count_words(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\n' &&
		    (!i || s[i - 1] == ' ' || s[i - 1] == '\n'))
			n++;
	return n;
}

/* Content stem hashes of tokens tok[b, e): sorted, distinct. */
static uint64_t *stem_set(arena *ar, const concord_token *tok, size_t b,
    size_t e, size_t *n)
{
	uint64_t *h = arena_calloc(ar, e > b ? e - b : 1, sizeof *h);
	*n = 0;
	if (!h)
		return NULL;
	for (size_t i = b; i < e; i++)
		if (!(tok[i].flags & CONCORD_TOK_STOP))
			h[(*n)++] = tok[i].hash;
	qsort(h, *n, sizeof *h, cmp_u64);
	size_t k = 0;
	for (size_t i = 0; i < *n; i++)
		if (!k || h[k - 1] != h[i])
			h[k++] = h[i];
	*n = k;
	return h;
}

/* Whether the quotation marks of s[0..len) pair up: a sentence cut out of
 * a longer quotation ("“We expected ... to catch up.") reads wrongly
 * alone. */
static int balanced(const char *s, size_t len)
{
	long open = 0, ascii = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			ascii++;
		else if (i + 2 < len && (unsigned char)s[i] == 0xE2 &&
		    (unsigned char)s[i + 1] == 0x80)
			open += (unsigned char)s[i + 2] == 0x9C ? 1 :
			    (unsigned char)s[i + 2] == 0x9D ? -1 : 0;
	}
	return open == 0 && ascii % 2 == 0;
}

/* Adds the prose sentences of article ai to the candidates. */
static concord_status add_article(summ *s, size_t ai)
{
	const concord_article *a = s->r->a[ai];
	concord_span *sp = NULL;
	concord_token *tok = NULL;
	size_t ns = 0, nt = 0, first = s->nc;
	concord_status st = concord_text_sentences(a->text, a->text_len, &sp, &ns);
	if (!st)
		st = concord_text_tokens(a->text, a->text_len, a->lang, &tok, &nt);
	size_t t = 0;
	for (size_t i = 0; !st && i < ns && s->nc < MAX_CAND &&
	    s->nc - first < MAX_CAND_ARTICLE; i++) {
		const char *p = a->text + sp[i].off;
		size_t words = count_words(p, sp[i].len);
		size_t tb;
		while (t < nt && tok[t].off < sp[i].off)
			t++;
		tb = t;
		while (t < nt && tok[t].off < sp[i].off + sp[i].len)
			t++;
		if (words > MAX_WORDS_SENTENCE || !balanced(p, sp[i].len) ||
		    !concord_claims_prose(p, sp[i].len, MIN_WORDS_SENTENCE))
			continue;
		cand *c = &s->c[s->nc];
		memset(c, 0, sizeof *c);
		c->art = ai;
		c->pos = s->nc - first;
		c->off = sp[i].off;
		c->len = sp[i].len;
		c->words = words;
		c->sidx = i;
		if (!(c->h = stem_set(s->r->ar, tok, tb, t, &c->nh)))
			st = CONCORD_ENOMEM;
		else if (c->nh)
			s->nc++;
	}
	for (size_t k = first; k < s->nc; k++)
		s->c[k].rel = (double)(k - first) / (double)(s->nc - first);
	concord_free(sp);
	concord_free(tok);
	return st;
}

/* IDF weights over the candidates: log(N / df). */
static concord_status weigh(summ *s)
{
	size_t total = 0;
	for (size_t i = 0; i < s->nc; i++)
		total += s->c[i].nh;
	uint64_t *all = malloc((total ? total : 1) * sizeof *all);
	if (!all)
		return CONCORD_ENOMEM;
	size_t k = 0;
	for (size_t i = 0; i < s->nc; i++)
		for (size_t j = 0; j < s->c[i].nh; j++)
			all[k++] = s->c[i].h[j];
	qsort(all, total, sizeof *all, cmp_u64);
	concord_status st = CONCORD_OK;
	for (size_t i = 0; i < s->nc && !st; i++) {
		cand *c = &s->c[i];
		if (!(c->w = arena_calloc(s->r->ar, c->nh, sizeof *c->w))) {
			st = CONCORD_ENOMEM;
			break;
		}
		double sq = 0;
		for (size_t j = 0; j < c->nh; j++) {
			uint64_t *b = bsearch(&c->h[j], all, total, sizeof *all,
			    cmp_u64), *e = b;
			while (b > all && b[-1] == c->h[j])
				b--;
			while (e < all + total && *e == c->h[j])
				e++;
			c->w[j] = log((double)(s->nc + 1) / (double)(e - b));
			sq += c->w[j] * c->w[j];
		}
		c->norm = sqrt(sq);
	}
	free(all);
	return st;
}

static double similarity(const cand *x, const cand *y)
{
	if (x->norm <= 0 || y->norm <= 0)
		return 0;
	double dot = 0;
	size_t i = 0, j = 0;
	while (i < x->nh && j < y->nh) {
		if (x->h[i] < y->h[j]) {
			i++;
		} else if (x->h[i] > y->h[j]) {
			j++;
		} else {
			dot += x->w[i] * y->w[j];
			i++, j++;
		}
	}
	return dot / (x->norm * y->norm);
}

/* Whether a claim can tie two sentences: corroborated, and specific (a
 * number with its noun, a quote, an exact day; not a bare year). */
static int is_anchor(const concord_claim *c)
{
	if (!c || c->nsources < 2)
		return 0;
	if (c->kind == CONCORD_CLAIM_DATE)
		return c->value && strlen(c->value) == 10;
	return c->kind == CONCORD_CLAIM_NUMBER || c->kind == CONCORD_CLAIM_QUOTE;
}

/* Records on each candidate the anchor claims its sentence holds. */
static void anchor_claims(summ *s)
{
	const concord_report *r = s->r;
	size_t ci = 0;
	for (size_t a = 0; a < r->n; a++) {
		size_t ns = concord_claims_n(r->sets[a]);
		for (size_t k = 0; k < ns; k++) {
			long id = concord_corroboration_claim_of(r->corr, a, k);
			if (id < 0 || !is_anchor(concord_corroboration_at(r->corr,
			    (size_t)id)))
				continue;
			size_t sidx = concord_claims_at(r->sets[a], k)->sentence;
			while (ci < s->nc && (s->c[ci].art < a ||
			    (s->c[ci].art == a && s->c[ci].sidx < sidx)))
				ci++;
			for (size_t j = ci; j < s->nc && s->c[j].art == a &&
			    s->c[j].sidx == sidx; j++)
				if (s->c[j].nanchor < MAX_ANCHORS)
					s->c[j].anchor[s->c[j].nanchor++] = id;
		}
	}
}

static int share_anchor(const cand *x, const cand *y)
{
	for (size_t i = 0; i < x->nanchor; i++)
		for (size_t j = 0; j < y->nanchor; j++)
			if (x->anchor[i] == y->anchor[j])
				return 1;
	return 0;
}

/* How much x and y say the same thing, 0..1: their similarity, raised to
 * SAME_THING when a shared claim ties them. */
static double sameness(const cand *x, const cand *y)
{
	double sim = similarity(x, y);
	if (sim < SAME_THING && sim >= SAME_ANCHORED && share_anchor(x, y))
		return SAME_THING;
	return sim;
}

/* ---- support and scores ----------------------------------------------- */

static size_t count_groups(const size_t *group, const size_t *src, size_t n)
{
	size_t g = 0;
	for (size_t i = 0; i < n; i++) {
		size_t j = 0;
		while (j < i && group[src[j]] != group[src[i]])
			j++;
		g += j == i;
	}
	return g;
}

/* ---- the inverted index ----------------------------------------------- */

/* Most peers compared with one candidate, and most postings read to find
 * them: this caps the work per story at MAX_PEERS comparisons per
 * candidate, however many articles repeat a sentence. Peers are found
 * through their rarest shared stems first, so the ones left out share
 * only common words (a low similarity), or are the 257th copy of a
 * sentence (support then counts the first MAX_PEERS). */
#define MAX_PEERS 256
#define MAX_VISIT 8192

static int cmp_posting(const void *a, const void *b)
{
	const posting *x = a, *y = b;
	if (x->h != y->h)
		return x->h < y->h ? -1 : 1;
	return x->cand < y->cand ? -1 : x->cand > y->cand;
}

static int cmp_probe(const void *a, const void *b)
{
	const probe *x = a, *y = b;
	if (x->df != y->df)
		return x->df < y->df ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

static concord_status build_index(summ *s)
{
	size_t total = 0, most = 1;
	for (size_t i = 0; i < s->nc; i++) {
		total += s->c[i].nh;
		if (s->c[i].nh > most)
			most = s->c[i].nh;
	}
	arena *ar = s->r->ar;
	s->post = arena_calloc(ar, total ? total : 1, sizeof *s->post);
	s->peer = arena_calloc(ar, MAX_PEERS, sizeof *s->peer);
	s->stamp = arena_calloc(ar, s->nc ? s->nc : 1, sizeof *s->stamp);
	s->probes = arena_calloc(ar, most, sizeof *s->probes);
	if (!s->post || !s->peer || !s->stamp || !s->probes)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < s->nc; i++)
		for (size_t j = 0; j < s->c[i].nh; j++)
			s->post[s->npost++] = (posting){ s->c[i].h[j], i };
	qsort(s->post, s->npost, sizeof *s->post, cmp_posting);
	return CONCORD_OK;
}

/* First posting of hash h (its run ends where the hash changes). */
static size_t run_start(const summ *s, uint64_t h)
{
	size_t lo = 0, hi = s->npost;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (s->post[mid].h < h)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The candidates of other articles that share a stem with candidate ci,
 * rarest stems first, at most MAX_PEERS; returns how many (in s->peer).
 * A candidate sharing no stem has similarity 0, so none is missed below
 * the caps. */
static size_t gather_peers(summ *s, size_t ci)
{
	const cand *c = &s->c[ci];
	size_t np = 0, nprobe = 0, visited = 0;
	for (size_t j = 0; j < c->nh; j++) {
		size_t at = run_start(s, c->h[j]), e = at;
		while (e < s->npost && s->post[e].h == c->h[j])
			e++;
		s->probes[nprobe++] = (probe){ e - at, at };
	}
	qsort(s->probes, nprobe, sizeof *s->probes, cmp_probe);
	for (size_t k = 0; k < nprobe && np < MAX_PEERS && visited < MAX_VISIT; k++)
		for (size_t p = s->probes[k].at; p < s->probes[k].at + s->probes[k].df &&
		    np < MAX_PEERS && visited < MAX_VISIT; p++, visited++) {
			size_t o = s->post[p].cand;
			if (s->c[o].art == c->art || s->stamp[o] == ci + 1)
				continue;
			s->stamp[o] = ci + 1;
			s->peer[np++] = o;
		}
	return np;
}

/* Sources of candidate c: its own article, then every other article with
 * a sentence saying the same thing, ascending; plus its centrality (the
 * best similarity in each other article, summed). */
static concord_status support(summ *s, size_t ci, double *best)
{
	cand *c = &s->c[ci];
	size_t n = s->r->n;
	if (!(c->src = arena_calloc(s->r->ar, n, sizeof *c->src)))
		return CONCORD_ENOMEM;
	for (size_t a = 0; a < n; a++)
		best[a] = 0;
	size_t np = gather_peers(s, ci);
	for (size_t j = 0; j < np; j++) {
		const cand *o = &s->c[s->peer[j]];
		double sim = sameness(c, o);
		if (sim > best[o->art])
			best[o->art] = sim;
	}
	double central = 0;
	c->src[c->nsrc++] = c->art;
	for (size_t a = 0; a < n; a++) {
		central += best[a];
		if (a != c->art && best[a] >= SAME_THING)
			c->src[c->nsrc++] = a;
	}
	c->indep = count_groups(s->group, c->src, c->nsrc);
	const concord_derivation *d = concord_provenance_at(s->r->prov, c->art);
	int copy = d && d->kind != CONCORD_DERIVED_NONE;
	c->score = 2.0 * (double)c->indep + central / (double)(n ? n : 1) +
	    (1.0 - c->rel) * 0.5 + 1.0 / (double)(2 + c->pos) - (copy ? 0.3 : 0);
	return CONCORD_OK;
}

static int cmp_score(const void *a, const void *b)
{
	const cand *x = *(const cand *const *)a, *y = *(const cand *const *)b;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (x->art != y->art)
		return x->art < y->art ? -1 : 1;
	return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int cmp_shown(const void *a, const void *b)
{
	const cand *x = *(const cand *const *)a, *y = *(const cand *const *)b;
	if (x->indep != y->indep)
		return x->indep > y->indep ? -1 : 1;
	if (x->nsrc != y->nsrc)
		return x->nsrc > y->nsrc ? -1 : 1;
	if (x->rel != y->rel)
		return x->rel < y->rel ? -1 : 1;
	return x->art < y->art ? -1 : x->art > y->art;
}

/* ---- choosing ---------------------------------------------------------- */

typedef struct budget {
	size_t bytes, words, sentences;  /* 0: no limit (sentences: never 0) */
} budget;

static budget budget_of(const concord_brief_opts *o)
{
	budget b = { 0, 0, DEFAULT_SENTENCES };
	if (!o)
		return b;
	b.bytes = o->max_bytes;
	b.words = o->max_words;
	if (o->max_sentences)
		b.sentences = o->max_sentences;
	else if (o->max_bytes || o->max_words)
		b.sentences = BUDGET_SENTENCES;
	return b;
}

static int fits(const budget *b, size_t bytes, size_t words, const cand *c)
{
	return (!b->bytes || bytes + c->len <= b->bytes) &&
	    (!b->words || words + c->words <= b->words);
}

/* Greedy choice by score; writes up to b->sentences candidates. */
static size_t pick(const summ *s, cand **ord, const budget *b, cand **out)
{
	size_t n = 0, bytes = 0, words = 0;
	for (size_t i = 0; i < s->nc && n < b->sentences; i++) {
		cand *c = ord[i];
		if (!fits(b, bytes, words, c))
			continue;
		int same = 0;
		for (size_t k = 0; k < n && !same; k++)
			same = sameness(c, out[k]) >= SAME_THING;
		if (same)
			continue;
		out[n++] = c;
		bytes += c->len;
		words += c->words;
	}
	return n;
}

static concord_status summarize(concord_report *r, const concord_brief_opts *o)
{
	summ s = { .r = r };
	s.c = arena_calloc(r->ar, MAX_CAND, sizeof *s.c);
	s.group = arena_calloc(r->ar, r->n, sizeof *s.group);
	double *best = arena_calloc(r->ar, r->n, sizeof *best);
	if (!s.c || !s.group || !best)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < r->n; i++)
		s.group[i] = concord_provenance_at(r->prov, i)->group;
	concord_status st = CONCORD_OK;
	for (size_t i = 0; i < r->n && !st; i++)
		st = add_article(&s, i);
	if (!st)
		st = weigh(&s);
	anchor_claims(&s);
	if (!st)
		st = build_index(&s);
	for (size_t i = 0; i < s.nc && !st; i++)
		st = support(&s, i, best);
	cand **ord = arena_calloc(r->ar, s.nc ? s.nc : 1, sizeof *ord);
	cand **chosen = arena_calloc(r->ar, s.nc ? s.nc : 1, sizeof *chosen);
	if (st || !ord || !chosen)
		return st ? st : CONCORD_ENOMEM;
	for (size_t i = 0; i < s.nc; i++)
		ord[i] = &s.c[i];
	qsort(ord, s.nc, sizeof *ord, cmp_score);
	budget b = budget_of(o);
	size_t n = pick(&s, ord, &b, chosen);
	qsort(chosen, n, sizeof *chosen, cmp_shown);
	r->sum = arena_calloc(r->ar, n ? n : 1, sizeof *r->sum);
	if (!r->sum)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < n; i++) {
		const cand *c = chosen[i];
		concord_sentence *out = &r->sum[i];
		out->text = arena_strndup(r->ar, r->a[c->art]->text + c->off, c->len);
		if (!out->text)
			return CONCORD_ENOMEM;
		out->sources = c->src;
		out->nsources = c->nsrc;
		out->independent = c->indep;
	}
	r->nsum = n;
	return CONCORD_OK;
}

/* ---- title, dates, claims ----------------------------------------------- */

/* The title of the likely original of the story (the original of its
 * largest group, the first such group on ties), else of the first
 * article with one. */
static const char *pick_title(const concord_report *r)
{
	size_t best = (size_t)-1, best_n = 0;
	size_t *members = calloc(r->ngroups ? r->ngroups : 1, sizeof *members);
	for (size_t i = 0; members && i < r->n; i++) {
		size_t g = concord_provenance_at(r->prov, i)->group;
		if (g < r->ngroups)
			members[g]++;
	}
	for (size_t i = 0; members && i < r->n; i++) {
		const concord_derivation *d = concord_provenance_at(r->prov, i);
		size_t m = d->group < r->ngroups ? members[d->group] : 0;
		if (d->original < r->n && m > best_n) {
			best = d->original;
			best_n = m;
		}
	}
	free(members);
	if (best != (size_t)-1 && r->a[best]->title && *r->a[best]->title)
		return r->a[best]->title;
	for (size_t i = 0; i < r->n; i++)
		if (r->a[i]->title && *r->a[i]->title)
			return r->a[i]->title;
	return NULL;
}

static void pick_dates(concord_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		const char *d = r->a[i]->date;
		if (!d || !*d)
			continue;
		if (!r->first_date || strcmp(d, r->first_date) < 0)
			r->first_date = d;
		if (!r->last_date || strcmp(d, r->last_date) > 0)
			r->last_date = d;
	}
}

static concord_status find_claims(concord_report *r)
{
	size_t *group = arena_calloc(r->ar, r->n ? r->n : 1, sizeof *group);
	size_t *orig = arena_calloc(r->ar, r->n ? r->n : 1, sizeof *orig);
	r->sets = calloc(r->n ? r->n : 1, sizeof *r->sets);
	if (!group || !orig || !r->sets)
		return CONCORD_ENOMEM;
	for (size_t i = 0; i < r->n; i++) {
		const concord_derivation *d = concord_provenance_at(r->prov, i);
		group[i] = d->group;
		orig[i] = d->original;
		concord_status st = concord_claims_extract(r->a[i], &r->sets[i]);
		if (st)
			return st;
	}
	return concord_corroborate((const concord_claimset *const *)r->sets,
	    r->n, group, orig, 0, &r->corr);
}

concord_status concord_report_build(const concord_article *const *a, size_t n,
    const concord_brief_opts *opts, concord_report **out)
{
	if (!out || (n && !a))
		return CONCORD_EINVAL;
	*out = NULL;
	for (size_t i = 0; i < n; i++)
		if (!a[i] || !a[i]->text)
			return CONCORD_EINVAL;
	concord_report *r = calloc(1, sizeof *r);
	if (!r || !(r->ar = arena_new(0)) ||
	    !(r->a = arena_calloc(r->ar, n ? n : 1, sizeof *r->a))) {
		concord_report_free(r);
		return CONCORD_ENOMEM;
	}
	if (n)
		memcpy(r->a, a, n * sizeof *a);
	r->n = n;
	concord_status st = n ? concord_provenance_compute(a, n, &r->prov) : CONCORD_OK;
	if (!st && n) {
		r->ngroups = concord_provenance_ngroups(r->prov);
		st = find_claims(r);
	}
	if (!st && n)
		st = summarize(r, opts);
	if (st) {
		concord_report_free(r);
		return st;
	}
	if (n)
		r->title = pick_title(r);
	pick_dates(r);
	*out = r;
	return CONCORD_OK;
}

void concord_report_free(concord_report *r)
{
	if (!r)
		return;
	if (r->sets)
		for (size_t i = 0; i < r->n; i++)
			concord_claims_free(r->sets[i]);
	free(r->sets);
	concord_corroboration_free(r->corr);
	concord_provenance_free(r->prov);
	arena_free(r->ar);
	free(r);
}

const char *concord_report_title(const concord_report *r)
{
	return r ? r->title : NULL;
}

const char *concord_report_first_date(const concord_report *r)
{
	return r ? r->first_date : NULL;
}

const char *concord_report_last_date(const concord_report *r)
{
	return r ? r->last_date : NULL;
}

size_t concord_report_narticles(const concord_report *r)
{
	return r ? r->n : 0;
}

const concord_article *concord_report_article(const concord_report *r,
    size_t i)
{
	return r && i < r->n ? r->a[i] : NULL;
}

const concord_derivation *concord_report_derivation(const concord_report *r,
    size_t i)
{
	return r && i < r->n ? concord_provenance_at(r->prov, i) : NULL;
}

size_t concord_report_independent(const concord_report *r)
{
	return r ? r->ngroups : 0;
}

size_t concord_report_nsummary(const concord_report *r)
{
	return r ? r->nsum : 0;
}

const concord_sentence *concord_report_summary(const concord_report *r,
    size_t i)
{
	return r && i < r->nsum ? &r->sum[i] : NULL;
}

size_t concord_report_nclaims(const concord_report *r)
{
	return concord_corroboration_n(r ? r->corr : NULL);
}

const concord_claim *concord_report_claim(const concord_report *r, size_t i)
{
	return concord_corroboration_at(r ? r->corr : NULL, i);
}
