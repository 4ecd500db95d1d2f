/* util.h - small helpers several modules share: a 64-bit mixer,
 * union-find over index arrays, sortable key/index pairs, the invisible
 * characters text leaves out, the longest run of combining marks it
 * keeps, and the match of a claim date with one lacking its year.
 * Private to libconcord. */
#ifndef CONCORD_UTIL_H
#define CONCORD_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

/* A bijective 64-bit mixer (splitmix64's finalizer). */
static inline uint64_t mix64(uint64_t x)
{
	x ^= x >> 30;
	x *= 0xbf58476d1ce4e5b9ULL;
	x ^= x >> 27;
	x *= 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* Root of i in the forest parent[], halving paths on the way. */
static inline size_t uf_find(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]];
		i = parent[i];
	}
	return i;
}

/* Joins the sets of a and b toward the smaller index, so each root is the
 * first member of its set. */
static inline void uf_join(size_t *parent, size_t a, size_t b)
{
	a = uf_find(parent, a);
	b = uf_find(parent, b);
	if (a < b)
		parent[b] = a;
	else if (b < a)
		parent[a] = b;
}

/* A key with the index of what it came from: sorting an array of them by
 * cmp_keyed brings equal keys together, in index order. */
typedef struct keyed {
	uint64_t key;
	uint32_t idx;
} keyed;

static inline int cmp_keyed(const void *a, const void *b)
{
	const keyed *x = a, *y = b;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return (x->idx > y->idx) - (x->idx < y->idx);
}

/* Invisible characters that extracted text leaves out, joining what is
 * around them (they are no white space): a soft hyphen, which German
 * sites put in every long word ("Mit&shy;tel&shy;al&shy;ter"), a
 * zero-width space, a word joiner, a zero-width no-break space. */
static inline int invisible_cp(int32_t cp)
{
	return cp == 0xAD || cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
}

/* The length of such a character at s (UTF-8, NUL-terminated), or 0. */
static inline size_t invisible_at(const unsigned char *s)
{
	if (s[0] == 0xC2 && s[1] == 0xAD)
		return 2;
	if ((s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x8B) ||
	    (s[0] == 0xE2 && s[1] == 0x81 && s[2] == 0xA0) ||
	    (s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF))
		return 3;
	return 0;
}

/* Whether claim dates a and b ("YYYY-MM-DD", "--MM-DD") name one day,
 * one of them without its year: "--06-19" and "2024-06-19". */
static inline int day_without_year(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	if (la == 7 && lb == 10 && !strncmp(a, "--", 2))
		return !strcmp(a + 2, b + 5);
	if (lb == 7 && la == 10 && !strncmp(b, "--", 2))
		return !strcmp(b + 2, a + 5);
	return 0;
}

/* Combining marks kept in a row (UAX #15's "stream-safe" limit): Unicode
 * normalization puts a run of marks in order in time quadratic in its
 * length (200,000 marks took a minute), and no script needs more. */
#define MAX_MARK_RUN 30

/* Whether cp is a combining mark: its canonical combining class is not
 * 0 (there is none below U+0300). */
static inline int is_mark_cp(int32_t cp)
{
	return cp >= 0x300 && utf8proc_get_property(cp)->combining_class != 0;
}

#endif
