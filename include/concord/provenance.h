/* provenance.h - which articles of a story copy or rewrite which.
 *
 * B derives from A when B reuses A's prose beyond shared quotations and
 * facts: quoted speech is removed first (reporters at one press conference
 * share quotes, not prose), and names, numbers and stop words, which any
 * reporter of the event writes the same way, do not count as reuse.
 * Derived links and shared sites join articles into independent groups:
 * support is counted in groups, not articles.
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
	                         source, 0..1: concord_provenance_containment */
	int direction_known;  /* 1 when dates order the pair; 0 when the
	                         direction is a guess */
	size_t group;         /* independent group, 0..ngroups-1, numbered by
	                         first member */
	size_t original;      /* likely original of the group: the article the
	                         derivation chain starts from */
} concord_derivation;

typedef struct concord_provenance concord_provenance;

/* Traces derivation among a[0..n) (one story). The articles must outlive
 * nothing: results are indices. Free with concord_provenance_free.
 * Rules: reuse is concord_provenance_containment(source, article); at
 * least 0.06 is a derivation (calibrated on METER courts). It is a copy
 * when at least 0.6 of the article's unquoted words lie in sentences the
 * source holds nearly word for word (90% of their words in shared
 * 3-grams), else a rewrite. Of a pair, the earlier dated article is the
 * source; with a date missing or equal, the one with fewer distinct
 * 3-grams is derived (ties: the earlier input is the source). A pair
 * sharing fewer than 5 distinct 3-grams is never linked. Each article
 * keeps its best source; a cycle of guessed directions loses its weakest
 * link. Groups join derivation links and equal sites (case-insensitive).
 * The original of a group is a member without a source that is some
 * member's source, else any member; among several, the earliest dated,
 * then the first.
 * The results for each article do not depend on the input order, except
 * through the tie rules above. Up to 200 articles every pair is compared;
 * beyond, only pairs sharing one of the 16 smallest 3-gram hashes of
 * either, each article with the last 8 before it under each of them. */
CONCORD_API concord_status concord_provenance_compute(
    const concord_article *const *a, size_t n, concord_provenance **out);
CONCORD_API const concord_derivation *concord_provenance_at(
    const concord_provenance *p, size_t i);
CONCORD_API size_t concord_provenance_ngroups(const concord_provenance *p);
CONCORD_API void concord_provenance_free(concord_provenance *p);

/* Share of b's wording reused from a, 0..1. Quoted speech is removed from
 * both (text between double marks, to the paragraph end when a quote runs
 * on, and between single marks that open before a word and close within the
 * paragraph). Words of b covered by a word 3-gram of stems that a also has
 * form shared runs; a run goes on over up to 3 uncovered words of the same
 * sentence. The result is the number of b's content words in runs holding
 * at least 4 content words, over all of b's content words; content words
 * are those that are not stop words, numbers, capitalized inside a
 * sentence, or among the 4 words after a number directly followed by a word
 * (its unit: "3.1 tonnes of carbon per hectare"). So shared names and
 * figures ("said Mayor Ana Ruiz at a press conference") count for nothing,
 * shared clauses do. 0 when b has no content word; 1 for b against itself
 * unless quotations cut its prose into pieces of fewer than 4 content
 * words. Exposed for tests and benchmarks. */
CONCORD_API double concord_provenance_containment(const concord_article *a,
    const concord_article *b);

#endif
