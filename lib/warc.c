/* warc.c - streaming WARC reader: records in, HTML/text pages out.
 *
 * A record is a header block ("WARC/1.x" line, "Name: value" lines, blank
 * line) followed by Content-Length bytes. Pages come from response
 * records (an HTTP message), and from resource and conversion records
 * (the page itself, typed by the record's Content-Type: this is how
 * Common Crawl's WET files carry text). Records that carry no page
 * (warcinfo, request, metadata, revisit, non-2xx or non-text responses)
 * are skipped in small steps without being held in memory; the block of a
 * response or resource record is held whole (up to max_record) while its
 * page is in use, and dropped at the next call.
 *
 * Real WARCs are messy, so the reader is lenient where a page can still be
 * read and reports one error per record otherwise: a bad header or a
 * missing Content-Length resynchronises on the next line starting with
 * "WARC/"; a truncated record ends the file (nothing follows it). In the
 * HTTP payload, a Transfer-Encoding or Content-Encoding that the bytes do
 * not bear out (crawlers often store the decoded body but keep the
 * header) is ignored and the body is used as it is. */
#include "warc.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#define HEADER_MAX ((size_t)64 << 10)
#define SCAN_STEP ((size_t)64 << 10)

struct warc_reader {
	instream *in;
	size_t max_record;
	size_t pending;    /* block bytes of the last page, dropped next call */
	size_t record;     /* records met so far */
	int done;          /* nothing more can be read */
	buf body, tmp;     /* decoded HTTP bodies */
	arena *a;          /* strings of the current record, reset per record
	                      so that skipped records cost no memory */
	char msg[160];
};

/* What a record's header says; strings are copies in the arena. */
typedef struct record_info {
	char type[16];            /* WARC-Type, lower-cased, may be cut */
	const char *url;
	const char *content_type; /* WARC Content-Type */
	unsigned long long length;
} record_info;

/* What the HTTP response header says. */
typedef struct http_info {
	int status;
	const char *media;        /* lower-cased media type or NULL */
	const char *charset;
	const char *te, *ce;      /* Transfer-/Content-Encoding, lower-cased */
} http_info;

enum { SKIP = 0, YIELD = 1 };

int warc_looks_like(const char *data, size_t len)
{
	return len >= 7 && (!memcmp(data, "WARC/1.", 7) ||
	    !memcmp(data, "WARC/0.", 7));
}

warc_reader *warc_new(instream *in, size_t max_record)
{
	warc_reader *w = calloc(1, sizeof *w);
	if (!w)
		return NULL;
	w->a = arena_new(0);
	if (!w->a) {
		free(w);
		return NULL;
	}
	w->in = in;
	w->max_record = max_record;
	w->body.max = max_record;
	w->tmp.max = max_record;
	return w;
}

void warc_free(warc_reader *w)
{
	if (!w)
		return;
	buf_free(&w->body);
	buf_free(&w->tmp);
	arena_free(w->a);
	free(w);
}

const char *warc_error(const warc_reader *w)
{
	return w->msg;
}

static concord_status fail(warc_reader *w, concord_status st, const char *msg)
{
	snprintf(w->msg, sizeof w->msg, "%s", msg);
	return st;
}

/* The error for a stream that stopped inside a record. */
static concord_status fail_truncated(warc_reader *w)
{
	w->done = 1;
	switch (instream_error(w->in)) {
	case INSTREAM_CORRUPT:
		return fail(w, CONCORD_EPARSE, "corrupt gzip data");
	case INSTREAM_IO:
		return fail(w, CONCORD_EIO, "read error");
	case INSTREAM_NOMEM:
		return fail(w, CONCORD_ENOMEM, "out of memory");
	case INSTREAM_BOMB:
		return fail(w, CONCORD_ELIMIT, "gzip data expands too much");
	default:
		return fail(w, CONCORD_EPARSE, "truncated record");
	}
}

/* --- header fields ----------------------------------------------------- */

static const char *trim(const char *s, size_t len, size_t *out_len)
{
	while (len && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t' ||
	    s[len - 1] == '\r'))
		len--;
	*out_len = len;
	return s;
}

/* Value of field name in the header h[0..len) (the first line, a status
 * line, is skipped), or NULL. Names compare case-insensitively. */
static const char *find_field(const char *h, size_t len, const char *name,
    size_t *vlen)
{
	size_t nlen = strlen(name);
	const char *end = h + len;
	const char *line = memchr(h, '\n', len);
	while (line && ++line < end) {
		const char *eol = memchr(line, '\n', (size_t)(end - line));
		size_t llen = eol ? (size_t)(eol - line) : (size_t)(end - line);
		if (llen > nlen && line[nlen] == ':' &&
		    !strncasecmp(line, name, nlen))
			return trim(line + nlen + 1, llen - nlen - 1, vlen);
		line = eol;
	}
	return NULL;
}

static char *copy_lower(arena *a, const char *s, size_t len)
{
	char *d = arena_strndup(a, s, len);
	for (size_t i = 0; d && i < len; i++)
		d[i] = (char)tolower((unsigned char)d[i]);
	return d;
}

static const char *copy_field(arena *a, const char *h, size_t len,
    const char *name, int lower)
{
	size_t vlen;
	const char *v = find_field(h, len, name, &vlen);
	if (!v)
		return NULL;
	return lower ? copy_lower(a, v, vlen) : arena_strndup(a, v, vlen);
}

/* A decimal Content-Length; -1 when it is not one. */
static int parse_length(const char *v, size_t len, unsigned long long *out)
{
	unsigned long long n = 0;
	if (!v || !len)
		return -1;
	for (size_t i = 0; i < len; i++) {
		if (v[i] < '0' || v[i] > '9' || n > (~0ULL - 9) / 10)
			return -1;
		n = n * 10 + (unsigned long long)(v[i] - '0');
	}
	*out = n;
	return 0;
}

/* Reads the fields the reader needs from the header h[0..len). */
static concord_status read_info(arena *a, const char *h, size_t len,
    record_info *ri)
{
	size_t vlen;
	const char *v = find_field(h, len, "WARC-Type", &vlen);
	memset(ri, 0, sizeof *ri);
	for (size_t i = 0; v && i < vlen && i + 1 < sizeof ri->type; i++)
		ri->type[i] = (char)tolower((unsigned char)v[i]);
	v = find_field(h, len, "Content-Length", &vlen);
	if (parse_length(v, vlen, &ri->length))
		return CONCORD_EPARSE;
	v = find_field(h, len, "WARC-Target-URI", &vlen);
	if (v && vlen >= 2 && v[0] == '<' && v[vlen - 1] == '>') {
		v++;      /* the WARC 1.0 draft wrapped URIs in <> */
		vlen -= 2;
	}
	if (v && vlen && !(ri->url = arena_strndup(a, v, vlen)))
		return CONCORD_ENOMEM;
	ri->content_type = copy_field(a, h, len, "Content-Type", 1);
	return CONCORD_OK;
}

/* --- finding records ----------------------------------------------------- */

/* Drops CR, LF, spaces and tabs between records. */
static void skip_blank(instream *in)
{
	for (;;) {
		size_t n = instream_fill(in, 1);
		const char *d = instream_data(in);
		size_t i = 0;
		while (i < n && (d[i] == '\r' || d[i] == '\n' || d[i] == ' ' ||
		    d[i] == '\t'))
			i++;
		instream_consume(in, i);
		if (i < n || !n)
			return;
	}
}

/* Drops at least one byte, then everything up to the next line that
 * starts with "WARC/". */
static void resync(instream *in)
{
	if (instream_fill(in, 1))
		instream_consume(in, 1);
	for (;;) {
		size_t n = instream_fill(in, SCAN_STEP);
		if (n < 6) {
			instream_consume(in, n);
			return;
		}
		const char *d = instream_data(in);
		const char *p = d, *end = d + n;
		while ((p = memchr(p, '\n', (size_t)(end - p))) &&
		    end - p >= 6) {
			if (!memcmp(p + 1, "WARC/", 5)) {
				instream_consume(in, (size_t)(p + 1 - d));
				return;
			}
			p++;
		}
		instream_consume(in, n - 5);
	}
}

/* Length of the header block at the stream's start (through its blank
 * line), or 0 when there is none: *too_long tells if it was too long
 * rather than cut short. */
static size_t header_length(instream *in, int *too_long)
{
	size_t i = 0, n = instream_fill(in, 4096);
	*too_long = 0;
	for (;;) {
		const char *d = instream_data(in);
		while (i < n) {
			const char *p = memchr(d + i, '\n', n - i);
			if (!p) {
				i = n;
				break;
			}
			size_t j = (size_t)(p - d);
			if (j + 1 < n && d[j + 1] == '\n')
				return j + 2;
			if (j + 2 < n && d[j + 1] == '\r' && d[j + 2] == '\n')
				return j + 3;
			if (j + 2 >= n) {
				i = j;   /* look again when more bytes are in */
				break;
			}
			i = j + 1;
		}
		if (n > HEADER_MAX) {
			*too_long = 1;
			return 0;
		}
		size_t more = instream_fill(in, n + 4096);
		if (more == n)
			return 0;
		n = more;
	}
}

/* --- HTTP payloads ----------------------------------------------------- */

/* End of the HTTP header in b[0..len) (after its blank line), or 0. */
static size_t http_header_end(const char *b, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		const char *p = memchr(b + i, '\n', len - i);
		if (!p)
			return 0;
		size_t j = (size_t)(p - b);
		if (j + 1 < len && b[j + 1] == '\n')
			return j + 2;
		if (j + 2 < len && b[j + 1] == '\r' && b[j + 2] == '\n')
			return j + 3;
		i = j;
	}
	return 0;
}

/* The charset parameter of a lower-cased Content-Type value, or NULL. */
static const char *charset_param(arena *a, const char *ct)
{
	const char *p = ct ? strstr(ct, "charset") : NULL;
	if (!p)
		return NULL;
	p += 7;
	while (*p == ' ' || *p == '\t')
		p++;
	if (*p++ != '=')
		return NULL;
	while (*p == ' ' || *p == '\t' || *p == '"' || *p == '\'')
		p++;
	size_t n = strcspn(p, "\"'; \t,");
	return n ? arena_strndup(a, p, n) : NULL;
}

/* The media type (before any ';') of a lower-cased Content-Type. */
static const char *media_type(arena *a, const char *ct)
{
	size_t len;
	if (!ct)
		return NULL;
	const char *m = trim(ct, strcspn(ct, ";"), &len);
	return len ? arena_strndup(a, m, len) : NULL;
}

static concord_status parse_http(arena *a, const char *b, size_t len,
    size_t hdr_len, http_info *hi)
{
	size_t i = 5;
	memset(hi, 0, sizeof *hi);
	while (i < hdr_len && b[i] != ' ' && b[i] != '\t' && b[i] != '\n')
		i++;
	while (i < hdr_len && (b[i] == ' ' || b[i] == '\t'))
		i++;
	if (i + 3 > hdr_len || !isdigit((unsigned char)b[i]) ||
	    !isdigit((unsigned char)b[i + 1]) ||
	    !isdigit((unsigned char)b[i + 2]))
		return CONCORD_EPARSE;
	hi->status = (b[i] - '0') * 100 + (b[i + 1] - '0') * 10 + (b[i + 2] - '0');
	const char *ct = copy_field(a, b, hdr_len, "Content-Type", 1);
	hi->media = media_type(a, ct);
	hi->charset = charset_param(a, ct);
	hi->te = copy_field(a, b, hdr_len, "Transfer-Encoding", 1);
	hi->ce = copy_field(a, b, hdr_len, "Content-Encoding", 1);
	(void)len;
	return CONCORD_OK;
}

/* Decodes a chunked body into out. -1: b is not chunked at all (use it as
 * it is); -2: out of memory or over the cap; 0: done (a body cut short
 * keeps what arrived). */
static int dechunk(const char *b, size_t len, buf *out)
{
	size_t pos = 0;
	out->len = 0;
	for (int first = 1;; first = 0) {
		unsigned long long size = 0;
		size_t start = pos;
		int h;
		while (pos < len && pos - start < 16 &&
		    (h = isxdigit((unsigned char)b[pos]))) {
			int c = tolower((unsigned char)b[pos++]);
			size = size * 16 + (unsigned)(c <= '9' ? c - '0' : c - 'a' + 10);
		}
		const char *eol = pos < len ? memchr(b + pos, '\n', len - pos) : NULL;
		if (pos == start || !eol || eol - (b + pos) > 1024)
			return first ? -1 : 0;
		pos = (size_t)(eol - b) + 1;
		if (!size)
			return 0;
		if (size > len - pos)
			size = len - pos;
		if (buf_append(out, b + pos, (size_t)size))
			return -2;
		pos += (size_t)size;
		if (pos < len && b[pos] == '\r')
			pos++;
		if (pos < len && b[pos] == '\n')
			pos++;
	}
}

/* Inflates b[0..len) into out: gzip (all members) or zlib with wbits
 * 15+32, raw deflate with -15. 0: done (a cut-short stream keeps what
 * came out); -1: nothing could be decoded; -2: memory or cap. */
static int inflate_body(const char *b, size_t len, int wbits, buf *out)
{
	z_stream z;
	unsigned char chunk[16384];
	int ret, rc = 0;
	memset(&z, 0, sizeof z);
	out->len = 0;
	if (inflateInit2(&z, wbits) != Z_OK)
		return -2;
	z.next_in = (unsigned char *)b;
	z.avail_in = len < 0x40000000u ? (uInt)len : 0x40000000u;
	do {
		z.next_out = chunk;
		z.avail_out = sizeof chunk;
		ret = inflate(&z, Z_NO_FLUSH);
		size_t got = sizeof chunk - z.avail_out;
		if (got && buf_append(out, (const char *)chunk, got)) {
			rc = -2;
			break;
		}
		if (ret == Z_STREAM_END && z.avail_in >= 2 &&
		    z.next_in[0] == 0x1f && z.next_in[1] == 0x8b)
			ret = inflateReset(&z);
	} while (ret == Z_OK);
	inflateEnd(&z);
	if (!rc && !out->len && ret != Z_STREAM_END)
		rc = -1;
	return rc;
}

/* Undoes the Content-Encoding named ce when the bytes bear it out.
 * Returns 0 with the body pointer and length updated, or an error status. */
static concord_status decode_content(warc_reader *w, const char *ce,
    const char **body, size_t *len)
{
	const unsigned char *u = (const unsigned char *)*body;
	int wbits, rc;
	if (!ce || !*ce || !strcmp(ce, "identity") || *len < 2)
		return CONCORD_OK;
	if (strcmp(ce, "gzip") && strcmp(ce, "x-gzip") && strcmp(ce, "deflate"))
		return fail(w, CONCORD_EPARSE, "unsupported Content-Encoding");
	if (u[0] == 0x1f && u[1] == 0x8b)
		wbits = 15 + 32;
	else if (!strcmp(ce, "deflate"))
		wbits = (u[0] & 0x0f) == 8 && ((u[0] << 8) | u[1]) % 31 == 0 ?
		    15 + 32 : -15;
	else
		return CONCORD_OK;   /* stored decoded, header kept */
	rc = inflate_body(*body, *len, wbits, &w->tmp);
	if (rc == -2)
		return fail(w, CONCORD_ELIMIT, "decoded body too large");
	if (rc == -1)
		return fail(w, CONCORD_EPARSE, "bad compressed body");
	*body = w->tmp.data ? w->tmp.data : "";
	*len = w->tmp.len;
	return CONCORD_OK;
}

/* Kind of a page from its media type (NULL: sniffed from the body);
 * CONCORD_KIND_NONE when it is no article page. */
static concord_kind page_kind(const char *media, const char *body,
    size_t len)
{
	if (!media) {
		concord_kind k = concord_detect_kind(body, len);
		return k == CONCORD_KIND_HTML || k == CONCORD_KIND_TEXT ?
		    k : CONCORD_KIND_NONE;
	}
	if (!strcmp(media, "text/html") || !strcmp(media, "application/xhtml+xml"))
		return CONCORD_KIND_HTML;
	if (!strcmp(media, "text/plain"))
		return CONCORD_KIND_TEXT;
	return CONCORD_KIND_NONE;
}

/* The page in an HTTP response block; SKIP, YIELD, or an error status
 * (negated). */
static int http_page(warc_reader *w, arena *a, const char *b, size_t len,
    warc_page *page)
{
	http_info hi;
	size_t hlen = http_header_end(b, len);
	if (!hlen)
		return SKIP;   /* a header and no body */
	concord_status st = parse_http(a, b, len, hlen, &hi);
	if (st)
		return -(int)fail(w, st, "malformed HTTP status line");
	if (hi.status < 200 || hi.status > 299)
		return SKIP;
	const char *body = b + hlen;
	size_t blen = len - hlen;
	if (hi.te && strstr(hi.te, "chunked")) {
		int rc = dechunk(body, blen, &w->body);
		if (rc == -2)
			return -(int)fail(w, CONCORD_ELIMIT, "decoded body too large");
		if (rc == 0) {
			body = w->body.data ? w->body.data : "";
			blen = w->body.len;
		}
	}
	st = decode_content(w, hi.ce, &body, &blen);
	if (st)
		return -(int)st;
	page->kind = page_kind(hi.media, body, blen);
	if (page->kind == CONCORD_KIND_NONE || !blen)
		return SKIP;
	page->data = body;
	page->len = blen;
	page->charset = hi.charset;
	return YIELD;
}

/* The page a response or resource block holds. */
static int block_page(warc_reader *w, arena *a, const record_info *ri,
    const char *b, size_t len, warc_page *page)
{
	page->url = ri->url;
	if (!len)
		return SKIP;
	if (len >= 5 && !memcmp(b, "HTTP/", 5))
		return http_page(w, a, b, len, page);
	const char *media = media_type(a, ri->content_type);
	if (media && strstr(media, "application/http"))
		return -(int)fail(w, CONCORD_EPARSE, "malformed HTTP response");
	page->kind = media ? page_kind(media, b, len) : CONCORD_KIND_NONE;
	if (page->kind == CONCORD_KIND_NONE || !len)
		return SKIP;
	page->data = b;
	page->len = len;
	page->charset = charset_param(a, ri->content_type);
	return YIELD;
}

/* --- records ----------------------------------------------------------- */

/* Reads the block of a record that may hold a page. */
static int page_record(warc_reader *w, arena *a, const record_info *ri,
    warc_page *page)
{
	instream *in = w->in;
	if (ri->length > w->max_record) {
		snprintf(w->msg, sizeof w->msg, "record larger than %zu bytes",
		    w->max_record);
		if (instream_skip(in, (size_t)ri->length) < ri->length)
			w->done = 1;
		return -(int)CONCORD_ELIMIT;
	}
	size_t n = (size_t)ri->length;
	if (instream_fill(in, n) < n)
		return -(int)fail_truncated(w);
	w->pending = n;
	return block_page(w, a, ri, instream_data(in), n, page);
}

/* Reads one record: SKIP, YIELD or a negated error status. */
static int read_record(warc_reader *w, warc_page *page)
{
	instream *in = w->in;
	arena *a = w->a;
	int too_long;
	record_info ri;
	arena_reset(a);
	skip_blank(in);
	if (!instream_fill(in, 1)) {
		w->done = 1;
		if (instream_error(in) == INSTREAM_OK)
			return -(int)CONCORD_END;
		page->record = ++w->record;
		return -(int)fail_truncated(w);
	}
	page->record = ++w->record;
	if (!warc_looks_like(instream_data(in), instream_fill(in, 8))) {
		resync(in);
		return -(int)fail(w, CONCORD_EPARSE, "not a WARC record");
	}
	size_t hlen = header_length(in, &too_long);
	if (!hlen && !too_long)
		return -(int)fail_truncated(w);
	if (!hlen) {
		resync(in);
		return -(int)fail(w, CONCORD_EPARSE, "record header too long");
	}
	concord_status st = read_info(a, instream_data(in), hlen, &ri);
	if (st) {
		resync(in);
		return -(int)fail(w, st, st == CONCORD_ENOMEM ? "out of memory" :
		    "no valid Content-Length");
	}
	instream_consume(in, hlen);
	/* conversion: the text of a page, as in Common Crawl's WET files */
	if (!strcmp(ri.type, "response") || !strcmp(ri.type, "resource") ||
	    !strcmp(ri.type, "conversion"))
		return page_record(w, a, &ri, page);
	if (instream_skip(in, (size_t)ri.length) < ri.length)
		return -(int)fail_truncated(w);
	return SKIP;
}

concord_status warc_next(warc_reader *w, warc_page *page)
{
	w->msg[0] = '\0';
	for (;;) {
		if (w->pending) {
			instream_consume(w->in, w->pending);
			w->pending = 0;
		}
		if (w->done)
			return CONCORD_END;
		memset(page, 0, sizeof *page);
		int rc = read_record(w, page);
		if (rc == YIELD)
			return CONCORD_OK;
		if (rc < 0)
			return (concord_status)-rc;
	}
}
