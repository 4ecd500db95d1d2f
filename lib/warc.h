/* warc.h - a streaming WARC 1.0/1.1 reader (also the older 0.17/0.18
 * layout) that yields the HTML and plain-text pages of response records.
 * Only one record's block is held in memory at a time. Private to the
 * source walker. */
#ifndef CONCORD_WARC_H
#define CONCORD_WARC_H

#include "arena.h"
#include "instream.h"
#include "concord/source.h"

typedef struct warc_reader warc_reader;

/* One page found in a record; pointers valid until the next warc_next. */
typedef struct warc_page {
	concord_kind kind;     /* CONCORD_KIND_HTML or CONCORD_KIND_TEXT */
	const char *data;      /* the HTTP body, de-chunked and decompressed */
	size_t len;
	const char *url;       /* WARC-Target-URI, or NULL */
	const char *charset;   /* from the HTTP Content-Type, or NULL */
	size_t record;         /* 1-based number of the record in the file */
} warc_page;

/* A reader over in (not freed by warc_free). A record block larger than
 * max_record bytes, or a decoded body larger than that, is an error. */
warc_reader *warc_new(instream *in, size_t max_record);
void warc_free(warc_reader *w);

/* Reads records up to the next page. CONCORD_OK: *page is filled (its
 * strings and bytes held by w until the next call). CONCORD_END: no more
 * records. Any other status: record page->record is bad; warc_error tells
 * why, and the next call goes on with what follows (or ends when nothing
 * can be read). */
concord_status warc_next(warc_reader *w, warc_page *page);

/* What was wrong with the last bad record ("truncated record", ...). */
const char *warc_error(const warc_reader *w);

/* Whether data[0..len) starts like a WARC record ("WARC/1." or the older
 * "WARC/0."). */
int warc_looks_like(const char *data, size_t len);

#endif
