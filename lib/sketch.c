/* sketch.c - the fingerprint of one article: MinHash of stemmed word
 * 3-shingles (resemblance), a weighted bag of content stems (topic), the
 * date; the similarity rules built on them; candidate keys; and the
 * portable byte form used by the store.
 *
 * Thresholds were calibrated on the METER courts corpus (bench/meter.sh):
 * see the comments at STORY_TOPIC_DATED and NEAR_DUP_MIN.
 */
#include "sketch.h"
#include "util.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "concord/text.h"

/* Topic cosine at or above which two articles are one story. Two
 * articles dated within STORY_MAX_DAYS already agree on when; undated ones
 * need more shared wording. On METER courts (206 stories of one domain,
 * 1430 articles; bench/meter.sh --sweep) pairwise F1 peaks at 0.35 with
 * dates (0.909) and at 0.45 without (0.751). */
#define STORY_TOPIC_DATED 0.35
#define STORY_TOPIC_UNDATED 0.45
/* Dated articles more than this many days apart are never one story:
 * a trial reported a week later is a new story for us. */
#define STORY_MAX_DAYS 3
/* Estimated Jaccard of 3-shingles for near-duplicates. Changing one
 * sentence in twenty keeps J near 0.9; METER rewrites of wire copy
 * (journalists' "wholly derived") stay well below 0.8, and 128
 * permutations estimate J with a standard error of about 0.035 there. */
#define NEAR_DUP_MIN 0.80

/* Term weights: names (capitalized inside a sentence) and numbers say more
 * about which event an article reports than common words do. */
#define NAME_BOOST 2.0
#define NUMBER_BOOST 1.5

#define SER_MAGIC "CSK"
#define SER_VERSION 1
#define SER_HEAD (4 + 8 + 4 + 4 + 8 * SKETCH_NPERM + 2)
#define SER_TERM (8 + 2)

static uint64_t perm_seed(unsigned i)
{
	return mix64(0x9e3779b97f4a7c15ULL * (i + 1));
}

static uint64_t rotl(uint64_t x, unsigned r)
{
	return (x << r) | (x >> (64 - r));
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return (x > y) - (x < y);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Hinnant). */
static int32_t days_from_civil(int y, int m, int d)
{
	y -= m <= 2;
	int era = (y >= 0 ? y : y - 399) / 400;
	int yoe = y - era * 400;
	int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "YYYY-MM-DD..." to a day number; anything else is unknown. */
int32_t sketch_parse_day(const char *s)
{
	if (!s || strlen(s) < 10 || s[4] != '-' || s[7] != '-')
		return SKETCH_NO_DAY;
	int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
	if (y < 1 || m < 1 || m > 12 || d < 1 || d > 31)
		return SKETCH_NO_DAY;
	return days_from_civil(y, m, d);
}

static uint64_t parse_id(const concord_article *a)
{
	uint64_t v = 0;
	for (int i = 0; a->id && i < 16; i++) {
		char c = a->id[i];
		int x = c >= '0' && c <= '9' ? c - '0' :
		    c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (x < 0)
			goto fallback;
		v = v << 4 | (uint64_t)x;
	}
	if (a->id && a->id[16] == '\0')
		return v;
fallback:
	/* No usable id: hash the body as given, so equal bodies still match. */
	v = 0xcbf29ce484222325ULL;
	for (size_t i = 0; i < a->text_len; i++)
		v = (v ^ (unsigned char)a->text[i]) * 0x100000001b3ULL;
	return mix64(v);
}

/* MinHash of the word 3-shingles of tok[0..n) (one shingle of everything
 * when fewer than three words). A shingle hash is already well mixed, so
 * permutation p is one xor and one multiply by an odd constant: the high
 * bits that decide the minimum depend on every input bit. Repeated
 * shingles do not change a minimum, so they are not removed. */
static void hash_shingles(concord_sketch *s, const concord_token *tok,
    size_t n)
{
	uint64_t seed[SKETCH_NPERM], mul[SKETCH_NPERM];
	for (int p = 0; p < SKETCH_NPERM; p++) {
		s->mh[p] = UINT64_MAX;
		seed[p] = perm_seed((unsigned)p);
		mul[p] = perm_seed(500u + (unsigned)p) | 1;
	}
	size_t ns = n == 0 ? 0 : n < 3 ? 1 : n - 2;
	s->nshingles = ns > UINT32_MAX ? UINT32_MAX : (uint32_t)ns;
	for (size_t i = 0; i < ns; i++) {
		uint64_t h = tok[i].hash;
		if (i + 1 < n)
			h = rotl(h, 21) ^ mix64(tok[i + 1].hash);
		if (i + 2 < n)
			h = rotl(h, 21) ^ mix64(tok[i + 2].hash + 1);
		h = mix64(h);
		for (int p = 0; p < SKETCH_NPERM; p++) {
			uint64_t v = (h ^ seed[p]) * mul[p];
			if (v < s->mh[p])
				s->mh[p] = v;
		}
	}
}

/* One content-word occurrence: stem hash plus what kind of word it is. */
typedef struct occ {
	uint64_t hash;
	uint32_t flags;
} occ;

typedef struct term {
	uint64_t hash;
	double w;
} term;

static int cmp_occ(const void *a, const void *b)
{
	return cmp_u64(&((const occ *)a)->hash, &((const occ *)b)->hash);
}

/* Heaviest first; equal weights by hash so the choice is deterministic. */
static int cmp_term_weight(const void *a, const void *b)
{
	const term *x = a, *y = b;
	if (x->w != y->w)
		return x->w < y->w ? 1 : -1;
	return cmp_u64(&x->hash, &y->hash);
}

static int cmp_term_hash(const void *a, const void *b)
{
	return cmp_u64(&((const term *)a)->hash, &((const term *)b)->hash);
}

static void compute_norm(concord_sketch *s)
{
	double sum = 0;
	for (uint32_t i = 0; i < s->nterms; i++)
		sum += (double)s->weight[i] * s->weight[i];
	s->norm = sqrt(sum);
}

static int is_content(const concord_token *t)
{
	return !(t->flags & CONCORD_TOK_STOP) && t->len > 1;
}

/* Collapses sorted occurrences into weighted terms: 1 + ln tf, boosted
 * when the word is used as a name or is a number. */
static size_t weigh_terms(const occ *o, size_t n, term *t)
{
	size_t m = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		int name = 0, num = 0;
		for (; j < n && o[j].hash == o[i].hash; j++) {
			if ((o[j].flags & CONCORD_TOK_UPPER) &&
			    !(o[j].flags & CONCORD_TOK_SENT_START))
				name = 1;
			if (o[j].flags & CONCORD_TOK_NUMBER)
				num = 1;
		}
		double w = 1.0 + log((double)(j - i));
		t[m].hash = o[i].hash;
		t[m++].w = w * (name ? NAME_BOOST : 1.0) * (num ? NUMBER_BOOST : 1.0);
		i = j;
	}
	return m;
}

/* Keeps the SKETCH_MAX_TERMS heaviest content terms of the body and title,
 * quantized so the byte form reproduces the same cosines. */
static concord_status bag_terms(concord_sketch *s, const concord_token *tok,
    size_t n, const concord_token *ttok, size_t tn)
{
	occ *o = malloc((n + tn + 1) * sizeof *o);
	term *t = malloc((n + tn + 1) * sizeof *t);
	if (!o || !t) {
		free(o);
		free(t);
		return CONCORD_ENOMEM;
	}
	size_t no = 0;
	for (size_t i = 0; i < n; i++)
		if (is_content(&tok[i]))
			o[no++] = (occ){tok[i].hash, tok[i].flags};
	for (size_t i = 0; i < tn; i++)
		if (is_content(&ttok[i]))
			o[no++] = (occ){ttok[i].hash, ttok[i].flags};
	qsort(o, no, sizeof *o, cmp_occ);
	size_t nt = weigh_terms(o, no, t);
	qsort(t, nt, sizeof *t, cmp_term_weight);
	if (nt > SKETCH_MAX_TERMS)
		nt = SKETCH_MAX_TERMS;
	qsort(t, nt, sizeof *t, cmp_term_hash);
	double top = 0;
	for (size_t i = 0; i < nt; i++)
		if (t[i].w > top)
			top = t[i].w;
	s->nterms = (uint32_t)nt;
	for (size_t i = 0; i < nt; i++) {
		s->term[i] = t[i].hash;
		long q = lround(t[i].w / top * 65535.0);
		s->weight[i] = (uint16_t)(q < 1 ? 1 : q);
	}
	compute_norm(s);
	free(o);
	free(t);
	return CONCORD_OK;
}

concord_status concord_sketch_new(const concord_article *a,
    concord_sketch **out)
{
	if (!a || !a->text || !out)
		return CONCORD_EINVAL;
	*out = NULL;
	concord_sketch *s = calloc(1, sizeof *s);
	if (!s)
		return CONCORD_ENOMEM;
	s->id = parse_id(a);
	s->day = sketch_parse_day(a->date);
	concord_token *tok = NULL, *ttok = NULL;
	size_t n = 0, tn = 0;
	concord_status st = concord_text_tokens(a->text, a->text_len, a->lang,
	    &tok, &n);
	if (!st && a->title)
		st = concord_text_tokens(a->title, strlen(a->title), a->lang,
		    &ttok, &tn);
	if (!st) {
		hash_shingles(s, tok, n);
		st = bag_terms(s, tok, n, ttok, tn);
	}
	concord_free(tok);
	concord_free(ttok);
	if (st) {
		free(s);
		return st;
	}
	*out = s;
	return CONCORD_OK;
}

void concord_sketch_free(concord_sketch *s)
{
	free(s);
}

long sketch_day_gap(const concord_sketch *a, const concord_sketch *b)
{
	if (a->day == SKETCH_NO_DAY || b->day == SKETCH_NO_DAY)
		return -1;
	long d = (long)a->day - (long)b->day;
	return d < 0 ? -d : d;
}

double concord_sketch_resemblance(const concord_sketch *a,
    const concord_sketch *b)
{
	if (!a || !b || a->nshingles == 0 || b->nshingles == 0)
		return 0.0;
	int eq = 0;
	for (int i = 0; i < SKETCH_NPERM; i++)
		eq += a->mh[i] == b->mh[i];
	return (double)eq / SKETCH_NPERM;
}

double concord_sketch_topic(const concord_sketch *a, const concord_sketch *b)
{
	if (!a || !b || a->norm == 0 || b->norm == 0)
		return 0.0;
	double dot = 0;
	uint32_t i = 0, j = 0;
	while (i < a->nterms && j < b->nterms) {
		if (a->term[i] < b->term[j]) {
			i++;
		} else if (a->term[i] > b->term[j]) {
			j++;
		} else {
			dot += (double)a->weight[i++] * b->weight[j++];
		}
	}
	double c = dot / (a->norm * b->norm);
	return c > 1.0 ? 1.0 : c;
}

int concord_sketch_near_duplicate(const concord_sketch *a,
    const concord_sketch *b)
{
	if (!a || !b)
		return 0;
	if (a->id == b->id)
		return 1;
	return concord_sketch_resemblance(a, b) >= NEAR_DUP_MIN;
}

int concord_sketch_same_story(const concord_sketch *a,
    const concord_sketch *b)
{
	if (!a || !b)
		return 0;
	if (concord_sketch_near_duplicate(a, b))
		return 1;
	long gap = sketch_day_gap(a, b);
	if (gap > STORY_MAX_DAYS)
		return 0;
	return concord_sketch_topic(a, b) >=
	    (gap < 0 ? STORY_TOPIC_UNDATED : STORY_TOPIC_DATED);
}

/* Index of the i-th heaviest term (ties by hash, as chosen above). */
static size_t heaviest(const concord_sketch *s, uint32_t *order)
{
	for (uint32_t i = 0; i < s->nterms; i++)
		order[i] = i;
	for (uint32_t i = 1; i < s->nterms; i++) {
		uint32_t v = order[i], j = i;
		while (j > 0 && (s->weight[order[j - 1]] < s->weight[v] ||
		    (s->weight[order[j - 1]] == s->weight[v] &&
		    s->term[order[j - 1]] > s->term[v]))) {
			order[j] = order[j - 1];
			j--;
		}
		order[j] = v;
	}
	return s->nterms;
}

/* Bands go first: near-duplicates must find each other even when the
 * caller's cap is small. Band keys and term keys are salted apart. */
size_t concord_sketch_keys(const concord_sketch *s, uint64_t *keys,
    size_t cap)
{
	size_t k = 0;
	if (!s || !keys)
		return 0;
	for (int b = 0; s->nshingles && b < SKETCH_NBANDS && k < cap; b++) {
		uint64_t h = perm_seed(1000u + (unsigned)b);
		for (int r = 0; r < SKETCH_BAND_ROWS; r++)
			h = mix64(h ^ s->mh[b * SKETCH_BAND_ROWS + r]);
		keys[k++] = h;
	}
	uint32_t order[SKETCH_MAX_TERMS];
	size_t nt = heaviest(s, order);
	for (size_t i = 0; i < nt && i < SKETCH_TOPIC_KEYS && k < cap; i++)
		keys[k++] = mix64(s->term[order[i]] ^ 0x7d0b1c5e3a9f2461ULL);
	return k;
}

static void put_u64(unsigned char *p, uint64_t v)
{
	for (int i = 0; i < 8; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint64_t get_u64(const unsigned char *p)
{
	uint64_t v = 0;
	for (int i = 7; i >= 0; i--)
		v = v << 8 | p[i];
	return v;
}

static void put_u32(unsigned char *p, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		p[i] = (unsigned char)(v >> (8 * i));
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
	    (uint32_t)p[3] << 24;
}

/* Layout, little-endian: "CSK" version, id u64, day i32, nshingles u32,
 * minhash u64 x 128, nterms u16, then nterms x (term u64, weight u16). */
concord_status concord_sketch_serialize(const concord_sketch *s,
    unsigned char **out, size_t *len)
{
	if (!s || !out || !len)
		return CONCORD_EINVAL;
	size_t n = SER_HEAD + SER_TERM * (size_t)s->nterms;
	unsigned char *p = malloc(n), *q = p;
	if (!p)
		return CONCORD_ENOMEM;
	memcpy(q, SER_MAGIC, 3);
	q[3] = SER_VERSION;
	q += 4;
	put_u64(q, s->id), q += 8;
	put_u32(q, (uint32_t)s->day), q += 4;
	put_u32(q, s->nshingles), q += 4;
	for (int i = 0; i < SKETCH_NPERM; i++)
		put_u64(q, s->mh[i]), q += 8;
	q[0] = (unsigned char)s->nterms, q[1] = (unsigned char)(s->nterms >> 8);
	q += 2;
	for (uint32_t i = 0; i < s->nterms; i++) {
		put_u64(q, s->term[i]), q += 8;
		q[0] = (unsigned char)s->weight[i];
		q[1] = (unsigned char)(s->weight[i] >> 8);
		q += 2;
	}
	*out = p;
	*len = n;
	return CONCORD_OK;
}

/* Reads the terms after the header, refusing anything serialize could not
 * have written (unsorted terms, zero weights). */
static int read_terms(concord_sketch *s, const unsigned char *q)
{
	for (uint32_t i = 0; i < s->nterms; i++, q += SER_TERM) {
		s->term[i] = get_u64(q);
		s->weight[i] = (uint16_t)(q[8] | q[9] << 8);
		if (s->weight[i] == 0 || (i > 0 && s->term[i] <= s->term[i - 1]))
			return -1;
	}
	return 0;
}

concord_status concord_sketch_deserialize(const unsigned char *d,
    size_t len, concord_sketch **out)
{
	if (!out || (!d && len))
		return CONCORD_EINVAL;
	*out = NULL;
	if (len < SER_HEAD || memcmp(d, SER_MAGIC, 3) || d[3] != SER_VERSION)
		return CONCORD_EPARSE;
	const unsigned char *q = d + 4;
	concord_sketch *s = calloc(1, sizeof *s);
	if (!s)
		return CONCORD_ENOMEM;
	s->id = get_u64(q), q += 8;
	s->day = (int32_t)get_u32(q), q += 4;
	s->nshingles = get_u32(q), q += 4;
	for (int i = 0; i < SKETCH_NPERM; i++)
		s->mh[i] = get_u64(q), q += 8;
	s->nterms = (uint32_t)(q[0] | q[1] << 8);
	q += 2;
	if (s->nterms > SKETCH_MAX_TERMS ||
	    len != SER_HEAD + SER_TERM * (size_t)s->nterms ||
	    read_terms(s, q)) {
		free(s);
		return CONCORD_EPARSE;
	}
	compute_norm(s);
	*out = s;
	return CONCORD_OK;
}
