/* group.h - sketches of articles, duplicates and stories.
 *
 * A sketch is the compact fingerprint of one article: a MinHash signature
 * of its word shingles (for near-duplicates), a weighted bag of content
 * word stems and names (for topic), and its date. Grouping never compares
 * all pairs: candidate pairs come from index keys (LSH bands and the
 * heaviest terms) shared by two sketches, so cost grows near-linearly.
 * The store persists sketches and keys so that adding an article compares
 * it only with the candidates its keys find.
 */
#ifndef CONCORD_GROUP_H
#define CONCORD_GROUP_H

#include "base.h"
#include "extract.h"

typedef struct concord_sketch concord_sketch;

/* Sketches article a (a need not outlive the sketch). */
CONCORD_API concord_status concord_sketch_new(const concord_article *a,
    concord_sketch **out);
CONCORD_API void concord_sketch_free(concord_sketch *s);

/* Portable bytes of a sketch, for storage; free *out with concord_free. */
CONCORD_API concord_status concord_sketch_serialize(const concord_sketch *s,
    unsigned char **out, size_t *len);
/* Reads bytes made by concord_sketch_serialize; CONCORD_EPARSE when they
 * are not a sketch of this version. */
CONCORD_API concord_status concord_sketch_deserialize(const unsigned char *d,
    size_t len, concord_sketch **out);

/* Estimated Jaccard resemblance of the two texts' word shingles, 0..1. */
CONCORD_API double concord_sketch_resemblance(const concord_sketch *a,
    const concord_sketch *b);
/* Topical similarity 0..1 (weighted cosine of content terms). */
CONCORD_API double concord_sketch_topic(const concord_sketch *a,
    const concord_sketch *b);
/* 1 when a and b report the same story by the grouping rule, else 0:
 * near-duplicates always are; otherwise dates, when both are known, must
 * be at most 3 days apart, and the topic at least 0.35 (both dated) or
 * 0.45 (either undated), thresholds calibrated on METER courts. */
CONCORD_API int concord_sketch_same_story(const concord_sketch *a,
    const concord_sketch *b);
/* 1 when a and b are near-duplicates (same text up to small edits):
 * equal article ids, or an estimated resemblance of at least 0.8. */
CONCORD_API int concord_sketch_near_duplicate(const concord_sketch *a,
    const concord_sketch *b);

/* Candidate keys: two sketches that may be the same story or near
 * duplicates share at least one key. Writes up to cap keys, returns how
 * many were written. CONCORD_SKETCH_MAX_KEYS always suffices. */
#define CONCORD_SKETCH_MAX_KEYS 64
CONCORD_API size_t concord_sketch_keys(const concord_sketch *s,
    uint64_t *keys, size_t cap);

typedef struct concord_grouping concord_grouping;

/* Groups n sketched articles (in input order) into stories and duplicate
 * sets. Deterministic for a given order. Each article is compared with
 * the last 8 before it under each of its keys, so while no key is shared
 * by more than 9 articles the stories (as sets) do not depend on the order
 * at all. A duplicate is always in the story of what it duplicates. Free with
 * concord_grouping_free. */
CONCORD_API concord_status concord_group(const concord_sketch *const *sk,
    size_t n, concord_grouping **out);
CONCORD_API size_t concord_grouping_nstories(const concord_grouping *g);
/* Story of article i: stories are numbered 0.. in the order of their first
 * article. */
CONCORD_API size_t concord_grouping_story(const concord_grouping *g,
    size_t i);
/* The first article that i duplicates, or -1: the first with the same
 * id when there is one, else the first near-duplicate found among i's
 * candidates. */
CONCORD_API long concord_grouping_duplicate_of(const concord_grouping *g,
    size_t i);
/* 1 when i is an exact duplicate (same normalized text) of
 * concord_grouping_duplicate_of(g, i). */
CONCORD_API int concord_grouping_exact(const concord_grouping *g, size_t i);
CONCORD_API void concord_grouping_free(concord_grouping *g);

#endif
