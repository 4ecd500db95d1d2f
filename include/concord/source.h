/* source.h - reading inputs: files, directories, stdin, JSON Lines, WARC.
 *
 * A source walks a list of paths (directories are recursed in byte order
 * of their entry names, so runs are deterministic; "-" is standard input)
 * and yields one concord_input per article. A JSON Lines file yields one
 * input per line; a WARC file (plain or gzip'd) one per HTTP response
 * record. The kind of a file is detected from its content, not its name.
 * A bad input (unreadable, empty, binary, malformed line) is reported as
 * one error and the walk goes on with the next input.
 */
#ifndef CONCORD_SOURCE_H
#define CONCORD_SOURCE_H

#include "base.h"

typedef enum concord_kind {
	CONCORD_KIND_NONE = 0, /* empty or binary: not an article */
	CONCORD_KIND_TEXT,     /* plain text */
	CONCORD_KIND_HTML,     /* an HTML page */
	CONCORD_KIND_JSONL,    /* JSON Lines, one article per line */
	CONCORD_KIND_WARC      /* WARC, optionally gzip'd per record */
} concord_kind;

/* One article's raw input. Every pointer is owned by the source and stays
 * valid until the next concord_source_next or concord_source_free. */
typedef struct concord_input {
	const char *path;    /* file path, "-" for stdin, "file:LINE" for a JSON
	                        Lines line, "file#N" for the Nth WARC record */
	concord_kind kind;   /* CONCORD_KIND_TEXT or CONCORD_KIND_HTML */
	const char *data;    /* raw bytes, any encoding, not NUL-terminated */
	size_t len;
	const char *charset; /* declared by the transport (HTTP header), or NULL */
	/* Metadata carried by the container (JSON Lines fields, WARC target
	 * URI), UTF-8, or NULL when absent. */
	const char *id, *url, *site, *title, *author, *date;
} concord_input;

typedef struct concord_source concord_source;

/* Largest file read whole by default (bytes); larger files are an error. */
#define CONCORD_SOURCE_MAX_FILE ((size_t)256 << 20)

/* Opens a walk over paths[0..n). The strings are copied. max_file_len 0
 * means CONCORD_SOURCE_MAX_FILE. Free the result with concord_source_free. */
CONCORD_API concord_status concord_source_open(const char *const *paths,
    size_t n, size_t max_file_len, concord_source **out);

/* Opens a source over one in-memory buffer named name (used for error
 * messages and input paths). data must outlive the source. */
CONCORD_API concord_status concord_source_open_memory(const char *name,
    const char *data, size_t len, concord_source **out);

/* Fills *in with the next input. Returns CONCORD_OK, CONCORD_END when the
 * walk is over, or an error status for one input that failed; then
 * concord_source_error tells which and why, and the next call goes on. */
CONCORD_API concord_status concord_source_next(concord_source *s,
    concord_input *in);

/* "PATH: what is wrong" for the last failed input, or "" . Owned by s,
 * valid until the next call. */
CONCORD_API const char *concord_source_error(const concord_source *s);

CONCORD_API void concord_source_free(concord_source *s);

/* Kind of a buffer from its first bytes. WARC, JSON Lines and HTML are
 * recognized by their openings first (a page that starts like HTML is
 * HTML even if NUL bytes follow), and UTF-16 by its BOM; otherwise the
 * buffer is CONCORD_KIND_NONE when it is empty, whitespace only or binary
 * (NUL bytes, or mostly non-text bytes), else CONCORD_KIND_TEXT. */
CONCORD_API concord_kind concord_detect_kind(const char *data, size_t len);

#endif
