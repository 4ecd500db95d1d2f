/* extract.h - one article from one raw input: body text and metadata.
 *
 * HTML pages are decoded to UTF-8 (BOM, transport charset, <meta charset>,
 * then content sniffing: valid UTF-8 wins over a wrong declaration; other
 * encodings go through iconv; invalid bytes never reach the output), parsed,
 * and the main article text is kept without page furniture; a headline
 * that repeats the title is the title's, not the body's first line.
 * Plain text inputs are cleaned line by line. Text stored double-encoded
 * ("donâ€™t", UTF-8 read as windows-1252) is put right in both, and the
 * invisible characters (soft hyphens, zero-width spaces, word joiners)
 * are left out of text and metadata alike, which leave in Unicode's
 * composed form (NFC). Metadata
 * comes from JSON-LD, OpenGraph and meta tags, <time>, bylines, then the
 * input's own fields.
 */
#ifndef CONCORD_EXTRACT_H
#define CONCORD_EXTRACT_H

#include "base.h"
#include "source.h"

/* An extracted article. All strings are UTF-8 and NUL-terminated, owned by
 * the concord_doc they came from; NULL means unknown. */
typedef struct concord_article {
	const char *id;     /* 16 lower-case hex digits: XXH3-64 of the
	                       normalized body text, so equal bodies share it */
	const char *path;   /* the input's path */
	const char *url;    /* canonical URL when the page gives one */
	const char *site;   /* publisher: site name, else URL host */
	const char *title;
	const char *author; /* "A, B" when several */
	const char *date;   /* publication date, ISO 8601: YYYY-MM-DD */
	const char *lang;   /* ISO 639-1 code such as "en", or NULL */
	const char *text;   /* body: paragraphs separated by one '\n', no
	                       leading/trailing blank, never NULL */
	size_t text_len;
} concord_article;

typedef struct concord_doc concord_doc;

/* Limits on hostile pages; 0 fields take the defaults. */
typedef struct concord_extract_opts {
	size_t max_input_len; /* bytes, default 64 MiB: more is CONCORD_ELIMIT */
	size_t max_depth;     /* element nesting kept, default 256 */
} concord_extract_opts;

/* Extracts the article of in (opts may be NULL). On success *out owns a
 * copy of everything, so in may be released. Fails with CONCORD_EEMPTY
 * when no body text is found, CONCORD_ELIMIT when the input is longer
 * than max_input_len or an HTML page holds more than 2,000,000 elements.
 * Elements nested deeper than 200 are flattened (their text is kept), and
 * NUL bytes in a page read as spaces. Free with concord_doc_free. */
CONCORD_API concord_status concord_extract(const concord_input *in,
    const concord_extract_opts *opts, concord_doc **out);

/* Extracts ins[0..n) as concord_extract would, one by one, on up to jobs
 * threads (0 or 1: the calling thread only): out[i] and st[i] get what
 * concord_extract(&ins[i], opts, &out[i]) gives (out[i] NULL when st[i]
 * is not CONCORD_OK), so no result depends on jobs. Returns CONCORD_OK
 * (threads that cannot start leave their share to the others). */
CONCORD_API concord_status concord_extract_many(const concord_input *ins,
    size_t n, const concord_extract_opts *opts, unsigned jobs,
    concord_doc **out, concord_status *st);

/* The article of d, valid until concord_doc_free(d). */
CONCORD_API const concord_article *concord_doc_article(const concord_doc *d);

/* Builds a doc from already-extracted fields (for instance read back from
 * the store): strings are copied; text must be non-NULL; id is computed
 * when NULL. */
CONCORD_API concord_status concord_doc_from_fields(const concord_article *a,
    concord_doc **out);

CONCORD_API void concord_doc_free(concord_doc *d);

#endif
