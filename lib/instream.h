/* instream.h - a buffered byte stream over a FILE or a memory buffer that
 * decompresses gzip transparently (member by member, so multi-member files
 * such as per-record gzip'd WARC stream in bounded memory). Private to the
 * source walker and the WARC reader. */
#ifndef CONCORD_INSTREAM_H
#define CONCORD_INSTREAM_H

#include <stdio.h>
#include <stddef.h>

#include "concord/base.h"

/* What stopped a stream early; INSTREAM_OK at a clean end. */
typedef enum instream_err {
	INSTREAM_OK = 0,
	INSTREAM_IO,        /* read error on the FILE (errno in io_errno) */
	INSTREAM_TRUNCATED, /* the gzip data ends inside a member */
	INSTREAM_CORRUPT,   /* the gzip data is not valid deflate */
	INSTREAM_BOMB,      /* gzip expanding past INSTREAM_BOMB_RATIO times
	                       its size after INSTREAM_BOMB_FLOOR bytes */
	INSTREAM_NOMEM
} instream_err;

/* Streams are not capped in total (a WARC may be many GB), but one whose
 * gzip data inflates this much is a zip bomb rather than an archive. */
#define INSTREAM_BOMB_FLOOR ((unsigned long long)256 << 20)
#define INSTREAM_BOMB_RATIO 200

typedef struct instream instream;

/* A stream over f (not closed by instream_free) or over mem[0..len) (which
 * must outlive the stream). Gzip is detected from the magic 1f 8b.
 * NULL when out of memory. */
instream *instream_new_file(FILE *f);
instream *instream_new_memory(const char *mem, size_t len);
void instream_free(instream *s);

/* Makes at least n bytes available at instream_data (fewer only at the end
 * of the stream or on an error); returns how many are available. The
 * window grows as needed: callers bound n. */
size_t instream_fill(instream *s, size_t n);
/* The available bytes; valid until the next fill or skip. */
const char *instream_data(const instream *s);
size_t instream_avail(const instream *s);
/* Drops n available bytes (n <= instream_avail). */
void instream_consume(instream *s, size_t n);
/* Drops n bytes, reading through them in small steps; returns how many
 * were dropped (fewer at the end of the stream). */
size_t instream_skip(instream *s, size_t n);
/* Why the stream ended (INSTREAM_OK: a clean end or not ended). */
instream_err instream_error(const instream *s);
int instream_errno(const instream *s);

#endif
