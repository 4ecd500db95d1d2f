/* provenance.h - which articles of a story copy or rewrite which.
 *
 * B derives from A when B reuses A's wording beyond shared quotations
 * (quoted speech is removed first: reporters at one press conference share
 * quotes, not prose). Derived links and shared sites join articles into
 * independent groups: support is counted in groups, not articles.
 */
#ifndef CONCORD_PROVENANCE_H
#define CONCORD_PROVENANCE_H

#include "base.h"
#include "extract.h"

typedef enum concord_derivation_kind {
	CONCORD_DERIVED_NONE = 0,
	CONCORD_DERIVED_COPY,    /* verbatim or trimmed copy */
	CONCORD_DERIVED_REWRITE  /* reworded, facts and structure kept */
} concord_derivation_kind;

typedef struct concord_derivation {
	concord_derivation_kind kind;
	long source;          /* index of the article it derives from, or -1 */
	double reuse;         /* share of this article's wording found in
	                         source, 0..1 */
	int direction_known;  /* 1 when dates order the pair; 0 when the
	                         direction is a guess */
	size_t group;         /* independent group, 0..ngroups-1, numbered by
	                         first member */
	size_t original;      /* likely original of the group: the article the
	                         derivation chain starts from */
} concord_derivation;

typedef struct concord_provenance concord_provenance;

/* Traces derivation among a[0..n) (one story). The articles must outlive
 * nothing: results are indices. Free with concord_provenance_free. */
CONCORD_API concord_status concord_provenance_compute(
    const concord_article *const *a, size_t n, concord_provenance **out);
CONCORD_API const concord_derivation *concord_provenance_at(
    const concord_provenance *p, size_t i);
CONCORD_API size_t concord_provenance_ngroups(const concord_provenance *p);
CONCORD_API void concord_provenance_free(concord_provenance *p);

/* Share of b's wording (word 3-grams of stems, quotes removed) that also
 * occurs in a, 0..1. Exposed for tests and benchmarks. */
CONCORD_API double concord_provenance_containment(const concord_article *a,
    const concord_article *b);

#endif
