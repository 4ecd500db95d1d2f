/* provenance.c - who copies or rewrites whom inside one story.
 *
 * Each article becomes its unquoted words (reporters at one hearing share
 * quotes, not prose) and their stemmed 3-grams; a 3-gram never spans a
 * removed quote. Independent reports of one event share facts written the
 * same way by anyone: names, figures and the stop words around them
 * ("said Mayor Ana Ruiz at a press conference", "3.1 tonnes of carbon").
 * So B's reuse of A counts only B's content words (not stop words,
 * numbers or capitalized words inside a sentence) lying in stretches of
 * B covered by A's 3-grams that hold several content words: a rewrite
 * keeps clauses in order, an independent report shares isolated names.
 * Of a derived pair, a copy keeps most sentences word for word, a rewrite
 * rewords most of them. The earlier date is the source; with no dates,
 * or equal ones, the article with fewer 3-grams is the derived one (a copy
 * is usually a trimmed version of its source), ties going to the earlier
 * input as source. Each article keeps its single best source. Derivation
 * links and shared sites then join articles into independent groups.
 */
#include "concord/provenance.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "concord/text.h"
#include "sketch.h"
#include "util.h"

/* Containment of the derived article's 3-grams in its source. On METER
 * courts (bench/meter.sh --sweep) the share of a newspaper story's 3-grams
 * found in its best PA copy averages 0.08 for the journalists'
 * non-derived stories, 0.15 for partially and 0.38 for wholly derived
 * ones: the classes overlap a lot. 3-way macro F1 peaks at 0.587 with
 * 0.07 / 0.22; we take 0.08 / 0.25 (0.575) so that fewer independent
 * reports of one event, which share stock phrases ("the court was told"),
 * are merged into one group. */
/* Thresholds, calibrated on METER courts (bench/meter.sh --sweep) and
 * checked on examples/ (docs/examples.md) and the seeds. A shared run
 * counts when it holds RUN_CONTENT_MIN content words; with 3, "at peak
 * hours. Buses on routes 4 and 11" shared by two independent reports would
 * count. A covered stretch resumes after at most RUN_GAP uncovered words of
 * the same sentence (one swapped word breaks three 3-grams). The
 * FIGURE_SPAN words after a number followed by a word are its unit and what
 * it counts ("3.1 tonnes of carbon per hectare"), written alike by
 * everyone: not content. On METER the run share of a paper's story in its
 * best PA copy averages 0.04 for the journalists' non-derived stories, 0.13
 * for partially and 0.40 for wholly derived ones (plain 3-gram containment:
 * 0.08 / 0.15 / 0.38); REWRITE_MIN 0.06 gives derived precision 0.91 (plain
 * containment at 0.08: 0.88) and finds 82% of the wholly derived stories
 * (plain: 92%, but it also links the independent reports of examples/).
 * Most wholly derived stories missed are two-line items made of names and
 * figures. On examples/ every independent pair scores 0; on the seeds the
 * highest independent pair 0.04, the rewrite 0.11-0.19. A copy has COPY_MIN
 * of its words in sentences the source holds VERBATIM_SENT word for word. */
#define RUN_CONTENT_MIN 4
#define RUN_GAP 3
#define FIGURE_SPAN 4
#define REWRITE_MIN 0.06
#define COPY_MIN 0.6
#define VERBATIM_SENT 0.9

/* Fewer shared 3-grams than this is chance, whatever the share. */
#define SHARED_MIN 5
/* Above this many articles only pairs sharing one of the BOTTOM_K
 * smallest 3-gram hashes of either are compared, each article with the
 * last PAIR_WINDOW before it under each such 3-gram. */
#define ALL_PAIRS_MAX 200
#define BOTTOM_K 16
#define PAIR_WINDOW 8

/* One article as its derivation evidence: the set of its 3-grams, and
 * its unquoted words in text order with the 3-gram each one starts. */
typedef struct grams {
	uint64_t *h;     /* sorted distinct 3-gram hashes */
	size_t n;
	uint64_t *seq;   /* seq[i]: hash of the 3-gram starting at word i */
	unsigned char *info; /* WORD_* flags of word i */
	size_t nw;       /* unquoted words */
	size_t ncontent; /* of which content words */
} grams;

struct concord_provenance {
	size_t n, ngroups;
	concord_derivation *d;
};

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* Length of the UTF-8 quotation mark at s (“ ” „ « » or "), else 0;
 * *open says whether it can only open (1), only close (0), or either (2). */
static size_t quote_mark(const unsigned char *s, size_t left, int *open)
{
	if (s[0] == '"') {
		*open = 2;
		return 1;
	}
	if (left >= 3 && s[0] == 0xe2 && s[1] == 0x80 &&
	    (s[2] == 0x9c || s[2] == 0x9e || s[2] == 0x9d)) {
		*open = s[2] == 0x9d ? 0 : 1;
		return 3;
	}
	if (left >= 2 && s[0] == 0xc2 && (s[1] == 0xab || s[1] == 0xbb)) {
		*open = s[1] == 0xab;
		return 2;
	}
	return 0;
}

/* Length of a single quotation mark or apostrophe at s (' or the
 * typographic ones), else 0. */
static size_t single_mark(const unsigned char *s, size_t left)
{
	if (s[0] == '\'')
		return 1;
	if (left >= 3 && s[0] == 0xe2 && s[1] == 0x80 &&
	    (s[2] == 0x98 || s[2] == 0x99))
		return 3;
	return 0;
}

static int is_wordish(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' &&
	    (c | 0x20) <= 'z');
}

/* British papers quote speech in single marks, which double as
 * apostrophes. A quote opens at a mark after a space, bracket or line
 * start and before a word, and closes at the next mark inside the same
 * paragraph that follows a non-space and is not followed by a letter
 * ("don't" does not close); an unclosed one is taken for an apostrophe. */
static void mask_single_quotes(const unsigned char *s, size_t len,
    unsigned char *mask)
{
	size_t open = SIZE_MAX;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\n')
			open = SIZE_MAX;
		size_t m = mask[i] ? 0 : single_mark(s + i, len - i);
		if (m == 0)
			continue;
		int after_gap = i == 0 || s[i - 1] == ' ' || s[i - 1] == '\n' ||
		    s[i - 1] == '(' || s[i - 1] == '[';
		int before_word = i + m < len && is_wordish(s[i + m]);
		if (open == SIZE_MAX) {
			if (after_gap && before_word)
				open = i;
		} else if (!after_gap && !before_word) {
			memset(mask + open, 1, i + m - open);
			open = SIZE_MAX;
		}
		i += m - 1;
	}
}

/* Marks in mask the bytes of quoted speech: from an opening mark to its
 * closing one, or to the end of the paragraph when the quote runs on
 * (newspapers reopen a continued quote at each paragraph). */
static void mask_quotes(const char *text, size_t len, unsigned char *mask)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t start = 0;
	int inside = 0;
	for (size_t i = 0; i < len;) {
		int open;
		size_t m = quote_mark(s + i, len - i, &open);
		if (s[i] == '\n' && inside) {
			memset(mask + start, 1, i - start);
			inside = 0;
		}
		if (m == 0) {
			i++;
			continue;
		}
		if (!inside && open) {
			inside = 1;
			start = i;
		} else if (inside && open != 1) {
			memset(mask + start, 1, i + m - start);
			inside = 0;
		}
		i += m;
	}
	if (inside)
		memset(mask + start, 1, len - start);
	mask_single_quotes(s, len, mask);
}

enum {
	WORD_CONTENT = 1, /* not a stop word, number or mid-sentence capital */
	WORD_BREAK = 2,   /* first word after quoted speech: nothing spans it */
	WORD_SENT = 4,    /* first word of a sentence */
	WORD_GRAM = 8     /* a 3-gram starts here: seq[] is set */
};

static void grams_free(grams *g)
{
	free(g->h);
	free(g->seq);
	free(g->info);
	g->h = g->seq = NULL;
	g->info = NULL;
}

/* Facts any reporter of the event writes the same way are names
 * (capitalized words inside a sentence), numbers and stop words; the
 * rest are the words a rewrite keeps and an independent report rewords. */
static unsigned char word_info(uint32_t flags)
{
	int name = (flags & CONCORD_TOK_UPPER) && !(flags & CONCORD_TOK_SENT_START);
	int content = !name && !(flags & (CONCORD_TOK_STOP | CONCORD_TOK_NUMBER));
	return (unsigned char)((content ? WORD_CONTENT : 0) |
	    (flags & CONCORD_TOK_SENT_START ? WORD_SENT : 0));
}

/* Whether t is a number followed by a word, its unit ("3.1 tonnes"), not
 * by punctuation (the age in "Smith, 51, a teacher"). */
static int has_unit(const char *text, const concord_token *t)
{
	const unsigned char *e = (const unsigned char *)text + t->off + t->len;
	return (t->flags & CONCORD_TOK_NUMBER) && e[0] == ' ' && is_wordish(e[1]);
}

/* Keeps the unquoted words of tok[0..n) in g, with their 3-grams. */
static void fill_words(grams *g, const char *text, const concord_token *tok,
    size_t n, const unsigned char *mask)
{
	int gap = 1;
	size_t unit = 0;  /* words left in the unit of the last figure */
	for (size_t i = 0; i < n; i++) {
		if (mask[tok[i].off]) {
			gap = 1;
			unit = 0;
			continue;
		}
		size_t w = g->nw++;
		g->info[w] = word_info(tok[i].flags) | (gap ? WORD_BREAK : 0);
		if (unit > 0 && !(tok[i].flags & CONCORD_TOK_SENT_START)) {
			g->info[w] &= (unsigned char)~WORD_CONTENT;
			unit--;
		} else {
			unit = 0;
		}
		if (has_unit(text, &tok[i]))
			unit = FIGURE_SPAN;
		g->seq[w] = tok[i].hash;
		g->ncontent += g->info[w] & WORD_CONTENT;
		gap = 0;
	}
	/* seq[] holds stems; turn it into the 3-gram starting at each word. */
	for (size_t w = 0; w + 2 < g->nw; w++) {
		if ((g->info[w + 1] | g->info[w + 2]) & WORD_BREAK) {
			g->seq[w] = 0;
			continue;
		}
		g->seq[w] = mix64(mix64(mix64(g->seq[w]) ^ g->seq[w + 1]) ^
		    g->seq[w + 2]);
		g->info[w] |= WORD_GRAM;
		g->h[g->n++] = g->seq[w];
	}
	for (size_t w = g->nw > 2 ? g->nw - 2 : 0; w < g->nw; w++)
		g->seq[w] = 0;
}

static concord_status make_grams(const concord_article *a, grams *g)
{
	memset(g, 0, sizeof *g);
	concord_token *tok = NULL;
	size_t n = 0;
	concord_status st = concord_text_tokens(a->text, a->text_len, a->lang,
	    &tok, &n);
	if (st)
		return st;
	unsigned char *mask = calloc(a->text_len + 1, 1);
	g->h = malloc((n + 1) * sizeof *g->h);
	g->seq = malloc((n + 1) * sizeof *g->seq);
	g->info = malloc(n + 1);
	if (!mask || !g->h || !g->seq || !g->info) {
		free(mask);
		concord_free(tok);
		grams_free(g);
		return CONCORD_ENOMEM;
	}
	mask_quotes(a->text, a->text_len, mask);
	fill_words(g, a->text, tok, n, mask);
	qsort(g->h, g->n, sizeof *g->h, cmp_u64);
	size_t m = 0;
	for (size_t i = 0; i < g->n; i++)
		if (m == 0 || g->h[m - 1] != g->h[i])
			g->h[m++] = g->h[i];
	g->n = m;
	free(mask);
	concord_free(tok);
	return CONCORD_OK;
}

static size_t shared(const grams *a, const grams *b)
{
	size_t i = 0, j = 0, k = 0;
	while (i < a->n && j < b->n) {
		if (a->h[i] < b->h[j])
			i++;
		else if (a->h[i] > b->h[j])
			j++;
		else
			k++, i++, j++;
	}
	return k;
}

static int has_gram(const grams *g, uint64_t h)
{
	return bsearch(&h, g->h, g->n, sizeof *g->h, cmp_u64) != NULL;
}

/* Marks in cov the words of der covered by a 3-gram that src also has. */
static void cover(const grams *src, const grams *der, unsigned char *cov)
{
	memset(cov, 0, der->nw + 3);
	for (size_t w = 0; w < der->nw; w++)
		if ((der->info[w] & WORD_GRAM) && has_gram(src, der->seq[w]))
			cov[w] = cov[w + 1] = cov[w + 2] = 1;
}

/* Content words of der inside shared runs (maximal covered stretches)
 * holding at least RUN_CONTENT_MIN content words, over all its content
 * words. Independent reports of one event share short runs around names
 * and figures ("said Mayor Ana Ruiz at a press conference", "routes 4
 * and 11"); a rewrite keeps clauses, and with them runs of several
 * content words in the source's order. */
/* Length of the gap of uncovered words at e when a covered stretch of the
 * same sentence resumes within RUN_GAP words (a rewrite swaps a word and
 * goes on), else 0. */
static size_t gap_after(const grams *der, const unsigned char *cov, size_t e)
{
	for (size_t g = 0; g < RUN_GAP && e + g < der->nw; g++) {
		if (der->info[e + g] & (WORD_BREAK | WORD_SENT))
			return 0;
		if (cov[e + g])
			return g;
	}
	return 0;
}

static double run_share(const grams *der, const unsigned char *cov)
{
	size_t kept = 0;
	for (size_t w = 0; w < der->nw;) {
		if (!cov[w]) {
			w++;
			continue;
		}
		size_t c = 0, e = w;
		for (;;) {
			do
				c += der->info[e++] & WORD_CONTENT;
			while (e < der->nw && cov[e] && !(der->info[e] & WORD_BREAK));
			size_t g = gap_after(der, cov, e);
			if (g == 0)
				break;
			e += g;
		}
		if (c >= RUN_CONTENT_MIN)
			kept += c;
		w = e;
	}
	return der->ncontent ? (double)kept / (double)der->ncontent : 0.0;
}

/* Share of der's unquoted words in sentences that src holds nearly word
 * for word (VERBATIM_SENT of their words covered): high for a copy,
 * however trimmed; low for a rewrite, which rewords most sentences. */
static double verbatim_share(const grams *der, const unsigned char *cov)
{
	size_t all = 0, same = 0;
	for (size_t w = 0; w < der->nw;) {
		size_t e = w, c = 0;
		do
			c += cov[e++];
		while (e < der->nw && !(der->info[e] & WORD_SENT));
		all += e - w;
		if ((double)c >= VERBATIM_SENT * (double)(e - w))
			same += e - w;
		w = e;
	}
	return all ? (double)same / (double)all : 0.0;
}

/* Reuse of der in src (run_share) and, when verbatim is not NULL, its
 * verbatim_share; cov has room for der->nw + 3 marks. */
static double measure(const grams *src, const grams *der, unsigned char *cov,
    double *verbatim)
{
	cover(src, der, cov);
	if (verbatim)
		*verbatim = verbatim_share(der, cov);
	return run_share(der, cov);
}

double concord_provenance_containment(const concord_article *a,
    const concord_article *b)
{
	if (!a || !b || !a->text || !b->text)
		return 0.0;
	grams ga, gb;
	if (make_grams(a, &ga))
		return 0.0;
	if (make_grams(b, &gb)) {
		grams_free(&ga);
		return 0.0;
	}
	unsigned char *cov = malloc(gb.nw + 3);
	double c = cov ? measure(&ga, &gb, cov, NULL) : 0.0;
	free(cov);
	grams_free(&ga);
	grams_free(&gb);
	return c;
}

typedef struct prov {
	const concord_article *const *a;
	size_t n;
	grams *g;
	int32_t *day;
	concord_derivation *d;
	unsigned char *cov;  /* scratch for measure, room for any article */
} prov;

static concord_derivation_kind classify(double reuse, double verbatim)
{
	if (reuse < REWRITE_MIN)
		return CONCORD_DERIVED_NONE;
	return verbatim >= COPY_MIN ? CONCORD_DERIVED_COPY :
	    CONCORD_DERIVED_REWRITE;
}

/* Orders the pair i < j into source and derived; returns direction_known. */
static int orient(const prov *p, size_t i, size_t j, size_t *src,
    size_t *der)
{
	int32_t di = p->day[i], dj = p->day[j];
	if (di != SKETCH_NO_DAY && dj != SKETCH_NO_DAY && di != dj) {
		*src = di < dj ? i : j;
		*der = di < dj ? j : i;
		return 1;
	}
	/* Fewer distinct 3-grams: more of it is contained in the other. */
	int j_derived = p->g[j].n <= p->g[i].n;
	*src = j_derived ? i : j;
	*der = j_derived ? j : i;
	return 0;
}

static void compare(prov *p, size_t i, size_t j)
{
	size_t k = shared(&p->g[i], &p->g[j]);
	if (k < SHARED_MIN)
		return;
	size_t src, der;
	int known = orient(p, i, j, &src, &der);
	double verbatim = 0;
	double reuse = measure(&p->g[src], &p->g[der], p->cov, &verbatim);
	concord_derivation_kind kind = classify(reuse, verbatim);
	concord_derivation *d = &p->d[der];
	if (kind == CONCORD_DERIVED_NONE || reuse < d->reuse ||
	    (reuse == d->reuse && d->source >= 0 && (long)src > d->source))
		return;
	d->kind = kind;
	d->source = (long)src;
	d->reuse = reuse;
	d->direction_known = known;
}

/* Many articles: pairs sharing one of the BOTTOM_K smallest 3-grams of
 * either (a source holding much of B holds some of B's smallest), each
 * compared once. A 3-gram shared by many (boilerplate, or a wire story
 * syndicated a hundred times) pairs each article with its PAIR_WINDOW
 * predecessors only: copies still chain into one group, at linear cost. */
static concord_status compare_candidates(prov *p)
{
	keyed *v = malloc((p->n * BOTTOM_K + 1) * sizeof *v);
	uint64_t *pairs = malloc((p->n * BOTTOM_K * PAIR_WINDOW + 1) *
	    sizeof *pairs);
	if (!v || !pairs) {
		free(v);
		free(pairs);
		return CONCORD_ENOMEM;
	}
	size_t m = 0, np = 0;
	for (size_t i = 0; i < p->n; i++)
		for (size_t k = 0; k < p->g[i].n && k < BOTTOM_K; k++)
			v[m++] = (keyed){p->g[i].h[k], (uint32_t)i};
	qsort(v, m, sizeof *v, cmp_keyed);
	for (size_t r = 0, end; r < m; r = end) {
		for (end = r; end < m && v[end].key == v[r].key; end++)
			;
		for (size_t y = r + 1; y < end; y++)
			for (size_t x = y > r + PAIR_WINDOW ? y - PAIR_WINDOW : r;
			    x < y; x++)
				pairs[np++] = (uint64_t)v[x].idx << 32 | v[y].idx;
	}
	free(v);
	qsort(pairs, np, sizeof *pairs, cmp_u64);
	for (size_t i = 0; i < np; i++)
		if (i == 0 || pairs[i] != pairs[i - 1])
			compare(p, (size_t)(pairs[i] >> 32),
			    (size_t)(pairs[i] & 0xffffffffu));
	free(pairs);
	return CONCORD_OK;
}

/* Source links may form a cycle when some directions are guesses; each
 * cycle loses its weakest link (lowest reuse, then the later article). */
static void break_cycles(concord_derivation *d, size_t n,
    unsigned char *color, size_t *path)
{
	memset(color, 0, n);
	for (size_t i = 0; i < n; i++) {
		size_t len = 0;
		long v = (long)i;
		while (v >= 0 && color[v] == 0) {
			color[v] = 1;
			path[len++] = (size_t)v;
			v = d[v].source;
		}
		if (v >= 0 && color[v] == 1) {
			size_t at = 0, weak = (size_t)v;
			while (path[at] != (size_t)v)
				at++;
			for (; at < len; at++) {
				size_t c = path[at];
				if (d[c].reuse < d[weak].reuse ||
				    (d[c].reuse == d[weak].reuse && c > weak))
					weak = c;
			}
			d[weak].kind = CONCORD_DERIVED_NONE;
			d[weak].source = -1;
			d[weak].reuse = 0;
			d[weak].direction_known = 0;
		}
		for (size_t k = 0; k < len; k++)
			color[path[k]] = 2;
	}
}

typedef struct sited {
	const char *site;
	size_t idx;
} sited;

static int cmp_sited(const void *a, const void *b)
{
	const sited *x = a, *y = b;
	int c = strcasecmp(x->site, y->site);
	if (c)
		return c;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

static concord_status join_sites(const prov *p, size_t *parent)
{
	sited *s = malloc((p->n + 1) * sizeof *s);
	if (!s)
		return CONCORD_ENOMEM;
	size_t m = 0;
	for (size_t i = 0; i < p->n; i++)
		if (p->a[i]->site && p->a[i]->site[0])
			s[m++] = (sited){p->a[i]->site, i};
	qsort(s, m, sizeof *s, cmp_sited);
	for (size_t i = 1; i < m; i++)
		if (!strcasecmp(s[i].site, s[i - 1].site))
			uf_join(parent, s[i - 1].idx, s[i].idx);
	free(s);
	return CONCORD_OK;
}

/* Better original of a group: a source of something, then the earlier
 * known date, then the earlier input. */
static int better_original(const prov *p, const unsigned char *is_src,
    size_t x, size_t y)
{
	if (is_src[x] != is_src[y])
		return is_src[x] > is_src[y];
	int32_t dx = p->day[x], dy = p->day[y];
	if ((dx == SKETCH_NO_DAY) != (dy == SKETCH_NO_DAY))
		return dy == SKETCH_NO_DAY;
	if (dx != dy)
		return dx < dy;
	return x < y;
}

static concord_status make_groups(prov *p, size_t *ngroups)
{
	size_t n = p->n;
	size_t *parent = malloc((n + 1) * sizeof *parent);
	size_t *best = malloc((n + 1) * sizeof *best);
	unsigned char *is_src = calloc(n + 1, 1);
	concord_status st = parent && best && is_src ? CONCORD_OK : CONCORD_ENOMEM;
	for (size_t i = 0; !st && i < n; i++)
		parent[i] = i;
	for (size_t i = 0; !st && i < n; i++)
		if (p->d[i].source >= 0) {
			uf_join(parent, i, (size_t)p->d[i].source);
			is_src[p->d[i].source] = 1;
		}
	if (!st)
		st = join_sites(p, parent);
	*ngroups = 0;
	for (size_t i = 0; !st && i < n; i++) {
		size_t r = uf_find(parent, i);  /* r <= i: see join */
		p->d[i].group = r == i ? (*ngroups)++ : p->d[r].group;
		if (r == i)
			best[i] = SIZE_MAX;
	}
	/* Every group has a member without a source: cycles were broken. */
	for (size_t i = 0; !st && i < n; i++) {
		size_t r = uf_find(parent, i);
		if (p->d[i].source < 0 && (best[r] == SIZE_MAX ||
		    better_original(p, is_src, i, best[r])))
			best[r] = i;
	}
	for (size_t i = 0; !st && i < n; i++)
		p->d[i].original = best[uf_find(parent, i)];
	free(parent);
	free(best);
	free(is_src);
	return st;
}

static concord_status trace(prov *p)
{
	size_t most = 0;
	for (size_t i = 0; i < p->n; i++) {
		p->d[i] = (concord_derivation){CONCORD_DERIVED_NONE, -1, 0, 0, 0, i};
		p->day[i] = sketch_parse_day(p->a[i]->date);
		concord_status st = make_grams(p->a[i], &p->g[i]);
		if (st)
			return st;
		most = p->g[i].nw > most ? p->g[i].nw : most;
	}
	p->cov = malloc(most + 3);
	if (!p->cov)
		return CONCORD_ENOMEM;
	if (p->n > ALL_PAIRS_MAX) {
		concord_status st = compare_candidates(p);
		if (st)
			return st;
	} else {
		for (size_t i = 0; i < p->n; i++)
			for (size_t j = i + 1; j < p->n; j++)
				compare(p, i, j);
	}
	unsigned char *color = malloc(p->n + 1);
	size_t *path = malloc((p->n + 1) * sizeof *path);
	if (!color || !path) {
		free(color);
		free(path);
		return CONCORD_ENOMEM;
	}
	break_cycles(p->d, p->n, color, path);
	free(color);
	free(path);
	return CONCORD_OK;
}

concord_status concord_provenance_compute(const concord_article *const *a,
    size_t n, concord_provenance **out)
{
	if (!out || (!a && n) || n > UINT32_MAX)
		return CONCORD_EINVAL;
	*out = NULL;
	for (size_t i = 0; i < n; i++)
		if (!a[i] || !a[i]->text)
			return CONCORD_EINVAL;
	concord_provenance *r = calloc(1, sizeof *r);
	prov p = {a, n, calloc(n + 1, sizeof(grams)),
	    malloc((n + 1) * sizeof(int32_t)),
	    malloc((n + 1) * sizeof(concord_derivation)), NULL};
	concord_status st = r && p.g && p.day && p.d ? CONCORD_OK :
	    CONCORD_ENOMEM;
	if (!st)
		st = trace(&p);
	if (!st)
		st = make_groups(&p, &r->ngroups);
	for (size_t i = 0; p.g && i < n; i++)
		grams_free(&p.g[i]);
	free(p.g);
	free(p.day);
	free(p.cov);
	if (st) {
		free(p.d);
		free(r);
		return st;
	}
	r->n = n;
	r->d = p.d;
	*out = r;
	return CONCORD_OK;
}

const concord_derivation *concord_provenance_at(const concord_provenance *p,
    size_t i)
{
	return p && i < p->n ? &p->d[i] : NULL;
}

size_t concord_provenance_ngroups(const concord_provenance *p)
{
	return p ? p->ngroups : 0;
}

void concord_provenance_free(concord_provenance *p)
{
	if (!p)
		return;
	free(p->d);
	free(p);
}
