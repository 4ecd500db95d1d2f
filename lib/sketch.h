/* sketch.h - the layout of a concord_sketch, shared by the sketching code
 * (sketch.c) and grouping (group.c). Private to libconcord. */
#ifndef CONCORD_SKETCH_H
#define CONCORD_SKETCH_H

#include <stdint.h>

#include "concord/group.h"

#define SKETCH_NPERM 128      /* MinHash permutations */
#define SKETCH_BAND_ROWS 4    /* LSH: 32 bands of 4 rows */
#define SKETCH_NBANDS (SKETCH_NPERM / SKETCH_BAND_ROWS)
#define SKETCH_MAX_TERMS 64   /* heaviest content terms kept for topic */
#define SKETCH_TOPIC_KEYS (CONCORD_SKETCH_MAX_KEYS - SKETCH_NBANDS)
#define SKETCH_NO_DAY INT32_MIN

struct concord_sketch {
	uint64_t id;          /* article id (XXH3 of the normalized body) */
	int32_t day;          /* days since 1970-01-01, or SKETCH_NO_DAY */
	uint32_t nshingles;   /* word 3-shingles (repeats counted); 0: no text */
	uint64_t mh[SKETCH_NPERM];
	uint32_t nterms;
	uint64_t term[SKETCH_MAX_TERMS];    /* stem hashes, increasing */
	uint16_t weight[SKETCH_MAX_TERMS];  /* quantized, heaviest = 65535 */
	double norm;          /* Euclidean norm of weight[], derived */
};

/* Day number (since 1970-01-01) of an ISO date "YYYY-MM-DD...", or
 * SKETCH_NO_DAY when s is NULL or not such a date. */
int32_t sketch_parse_day(const char *s);

/* Days between the two sketches' dates, or -1 when either is unknown. */
long sketch_day_gap(const concord_sketch *a, const concord_sketch *b);

#endif
