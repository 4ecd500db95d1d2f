/* fuzz_warc.c - the WARC reader through the input walker. Bytes that
 * already start like a WARC file or a gzip stream are read as they are;
 * otherwise the first byte chooses a wrapping so that the fuzzer reaches
 * the deep states without having to invent a valid record header:
 * 0 as is, 1 after a "WARC/1.1" line, 2 as the block of a response record
 * (an HTTP message), 3 the same record gzip'd as one member. */
#include "concord/source.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

static void check(int ok)
{
	if (!ok)
		abort();
}

static unsigned touch(const concord_input *in)
{
	unsigned h = 0;
	const char *strs[] = {in->path, in->charset, in->id, in->url, in->site,
	    in->title, in->author, in->date};
	for (size_t i = 0; i < in->len; i++)
		h += (unsigned char)in->data[i];
	for (size_t i = 0; i < sizeof strs / sizeof strs[0]; i++)
		if (strs[i])
			h += (unsigned)strlen(strs[i]);
	return h;
}

static void walk(const char *data, size_t n)
{
	concord_source *s = NULL;
	check(concord_source_open_memory("fuzz.warc", data, n, &s) == CONCORD_OK);
	concord_input in;
	concord_status st;
	size_t count = 0;
	volatile unsigned sink = 0;
	while ((st = concord_source_next(s, &in)) != CONCORD_END) {
		check(++count <= 1100 * n + 16);   /* gzip: 1032 times at most */
		if (st) {
			check(!strncmp(concord_source_error(s), "fuzz.warc", 9));
			continue;
		}
		check(in.kind == CONCORD_KIND_TEXT || in.kind == CONCORD_KIND_HTML);
		check(in.path && !strncmp(in.path, "fuzz.warc", 9));
		check(in.data != NULL || in.len == 0);
		sink += touch(&in);
	}
	concord_source_free(s);
	(void)sink;
}

/* gzip of src[0..n) into a malloc'd buffer. */
static char *gzip_all(const char *src, size_t n, size_t *out_len)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8,
	    Z_DEFAULT_STRATEGY) != Z_OK)
		return NULL;
	size_t cap = deflateBound(&z, (uLong)n) + 32;
	char *out = malloc(cap);
	if (out) {
		z.next_in = (unsigned char *)src;
		z.avail_in = (uInt)n;
		z.next_out = (unsigned char *)out;
		z.avail_out = (uInt)cap;
		check(deflate(&z, Z_FINISH) == Z_STREAM_END);
		*out_len = cap - z.avail_out;
	}
	deflateEnd(&z);
	return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	const char *s = (const char *)d;
	if (!n || (n >= 5 && !memcmp(s, "WARC/", 5)) ||
	    (n >= 2 && d[0] == 0x1f && d[1] == 0x8b)) {
		walk(s, n);
		return 0;
	}
	int mode = d[0] & 3;
	s++;
	n--;
	if (mode == 0) {
		walk(s, n);
		return 0;
	}
	char head[160];
	int hl = mode == 1 ? snprintf(head, sizeof head, "WARC/1.1\r\n") :
	    snprintf(head, sizeof head, "WARC/1.0\r\nWARC-Type: response\r\n"
	    "WARC-Target-URI: http://fuzz/\r\nContent-Type: application/http; "
	    "msgtype=response\r\nContent-Length: %zu\r\n\r\n", n);
	char *buf = malloc((size_t)hl + n + 4);
	if (!buf)
		return 0;
	memcpy(buf, head, (size_t)hl);
	memcpy(buf + hl, s, n);
	memcpy(buf + hl + n, "\r\n\r\n", 4);
	size_t len = (size_t)hl + n + (mode == 1 ? 0 : 4);
	if (mode == 3) {
		size_t gl = 0;
		char *g = gzip_all(buf, len, &gl);
		if (g)
			walk(g, gl);
		free(g);
	} else {
		walk(buf, len);
	}
	free(buf);
	return 0;
}
