/* instream.c - buffered input over a FILE or memory with transparent gzip.
 *
 * Raw bytes come in chunks (a 64 KB read from the FILE, or a slice of the
 * memory buffer, never copied); when they start with the gzip magic they go
 * through zlib one member at a time: at the end of a member the next bytes
 * must start another member, else the rest is ignored (like gzip's
 * "trailing garbage"). The window keeps the bytes the caller has asked for
 * and not yet consumed; it only grows as far as the caller's largest
 * request, so streaming a huge file takes memory for one record. */
#include "instream.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#define RAW_CHUNK ((size_t)64 << 10)
#define MEM_CHUNK ((size_t)1 << 30)   /* zlib counts in unsigned int */
#define MIN_READ ((size_t)64 << 10)

struct instream {
	FILE *f;
	const unsigned char *mem;
	size_t mem_len, mem_pos;
	unsigned char *raw;         /* FILE read buffer */
	const unsigned char *rp;    /* raw bytes not yet used */
	size_t rlen;
	unsigned long long raw_total; /* raw bytes taken in */
	int gz, z_ready, in_member, eof;
	z_stream z;
	unsigned char *buf;         /* the window: buf[start..end) */
	size_t start, end, cap;
	instream_err err;
	int io_errno;
	unsigned long long total;
};

/* Next raw chunk into rp/rlen; returns rlen (0 at the end or on error). */
static size_t raw_refill(instream *s)
{
	if (s->f) {
		size_t n = fread(s->raw, 1, RAW_CHUNK, s->f);
		if (!n && ferror(s->f)) {
			s->err = INSTREAM_IO;
			s->io_errno = errno ? errno : EIO;
		}
		s->rp = s->raw;
		s->rlen = n;
		s->raw_total += n;
	} else {
		size_t n = s->mem_len - s->mem_pos;
		if (n > MEM_CHUNK)
			n = MEM_CHUNK;
		s->rp = s->mem + s->mem_pos;
		s->rlen = n;
		s->mem_pos += n;
		s->raw_total += n;
	}
	return s->rlen;
}

static void start_stream(instream *s)
{
	raw_refill(s);
	s->gz = s->rlen >= 2 && s->rp[0] == 0x1f && s->rp[1] == 0x8b;
}

instream *instream_new_file(FILE *f)
{
	instream *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->f = f;
	s->raw = malloc(RAW_CHUNK);
	if (!s->raw) {
		free(s);
		return NULL;
	}
	start_stream(s);
	return s;
}

instream *instream_new_memory(const char *mem, size_t len)
{
	instream *s = calloc(1, sizeof *s);
	if (!s)
		return NULL;
	s->mem = (const unsigned char *)(mem ? mem : "");
	s->mem_len = mem ? len : 0;
	start_stream(s);
	return s;
}

void instream_free(instream *s)
{
	if (!s)
		return;
	if (s->z_ready)
		inflateEnd(&s->z);
	free(s->raw);
	free(s->buf);
	free(s);
}

static size_t read_plain(instream *s, unsigned char *dst, size_t n)
{
	size_t got = 0;
	while (got < n) {
		if (!s->rlen && !raw_refill(s))
			break;
		size_t k = s->rlen < n - got ? s->rlen : n - got;
		memcpy(dst + got, s->rp, k);
		s->rp += k;
		s->rlen -= k;
		got += k;
	}
	return got;
}

/* Between members: starts the next one, or returns 0 at the end of the
 * gzip data (nothing more, or bytes that are not a gzip member). */
static int begin_member(instream *s)
{
	if (!s->rlen && !raw_refill(s))
		return 0;
	if (s->rp[0] != 0x1f || (s->rlen >= 2 && s->rp[1] != 0x8b))
		return 0;
	if (!s->z_ready) {
		if (inflateInit2(&s->z, 16 + MAX_WBITS) != Z_OK) {
			s->err = INSTREAM_NOMEM;
			return 0;
		}
		s->z_ready = 1;
	} else if (inflateReset(&s->z) != Z_OK) {
		s->err = INSTREAM_CORRUPT;
		return 0;
	}
	s->in_member = 1;
	return 1;
}

/* One inflate step; returns 0 when the stream must stop. */
static int inflate_step(instream *s)
{
	if (!s->rlen && !raw_refill(s)) {
		if (!s->err)
			s->err = INSTREAM_TRUNCATED;
		return 0;
	}
	size_t in = s->rlen < UINT_MAX ? s->rlen : UINT_MAX;
	uInt out_before = s->z.avail_out;
	s->z.next_in = (unsigned char *)s->rp;
	s->z.avail_in = (uInt)in;
	int ret = inflate(&s->z, Z_NO_FLUSH);
	size_t used = in - s->z.avail_in;
	s->rp += used;
	s->rlen -= used;
	if (ret == Z_STREAM_END) {
		s->in_member = 0;
		return 1;
	}
	if (ret == Z_OK || (ret == Z_BUF_ERROR &&
	    (used || s->z.avail_out != out_before)))
		return 1;
	s->err = ret == Z_MEM_ERROR ? INSTREAM_NOMEM : INSTREAM_CORRUPT;
	return 0;
}

static size_t read_gzip(instream *s, unsigned char *dst, size_t n)
{
	if (n > UINT_MAX)
		n = UINT_MAX;
	s->z.next_out = dst;
	s->z.avail_out = (uInt)n;
	while (s->z.avail_out > 0) {
		if (!s->in_member && !begin_member(s))
			break;
		if (!inflate_step(s))
			break;
	}
	return n - s->z.avail_out;
}

/* Reads into the window's free space, at least need bytes unless the
 * stream ends; sets eof when nothing came. */
static void read_into_window(instream *s, size_t need)
{
	size_t room = s->cap - s->end;
	size_t want = need > MIN_READ ? need : MIN_READ;
	if (want > room)
		want = room;
	size_t got = s->gz ? read_gzip(s, s->buf + s->end, want) :
	    read_plain(s, s->buf + s->end, want);
	s->end += got;
	s->total += got;
	if (got < want)
		s->eof = 1;
	if (s->gz && s->total > INSTREAM_BOMB_FLOOR &&
	    s->total / INSTREAM_BOMB_RATIO > s->raw_total)
		s->err = INSTREAM_BOMB;
}

/* Room for need more bytes after end: compacts, then grows. */
static int make_room(instream *s, size_t need)
{
	size_t avail = s->end - s->start;
	if (s->start && s->cap - s->end < need) {
		memmove(s->buf, s->buf + s->start, avail);
		s->start = 0;
		s->end = avail;
	}
	if (s->cap - s->end >= need)
		return 0;
	size_t cap = s->cap ? s->cap : MIN_READ;
	while (cap - s->end < need) {
		if (cap > ((size_t)-1) / 2)
			return -1;
		cap *= 2;
	}
	unsigned char *b = realloc(s->buf, cap);
	if (!b)
		return -1;
	s->buf = b;
	s->cap = cap;
	return 0;
}

size_t instream_fill(instream *s, size_t n)
{
	while (s->end - s->start < n && !s->eof && !s->err) {
		size_t need = n - (s->end - s->start);
		size_t ask = need > MIN_READ ? need : MIN_READ;
		if (make_room(s, ask)) {
			s->err = INSTREAM_NOMEM;
			break;
		}
		read_into_window(s, need);
	}
	return s->end - s->start;
}

const char *instream_data(const instream *s)
{
	return s->buf ? (const char *)s->buf + s->start : "";
}

size_t instream_avail(const instream *s)
{
	return s->end - s->start;
}

void instream_consume(instream *s, size_t n)
{
	s->start += n;
	if (s->start == s->end)
		s->start = s->end = 0;
}

size_t instream_skip(instream *s, size_t n)
{
	size_t dropped = 0;
	while (dropped < n) {
		size_t left = n - dropped;
		size_t a = instream_fill(s, left < MIN_READ ? left : MIN_READ);
		if (!a)
			break;
		size_t k = a < left ? a : left;
		instream_consume(s, k);
		dropped += k;
	}
	return dropped;
}

instream_err instream_error(const instream *s)
{
	return s->err;
}

int instream_errno(const instream *s)
{
	return s->io_errno;
}
