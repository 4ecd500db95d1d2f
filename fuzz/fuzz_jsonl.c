/* fuzz_jsonl.c - the input walker over arbitrary bytes held in memory:
 * whatever they are (JSON Lines, gzip, HTML, text, WARC, garbage), every
 * input and error is drawn out and must keep the source's promises. */
#include "concord/source.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

/* A crash here is a finding: the library broke one of its promises. */
static void check(int ok)
{
	if (!ok)
		abort();
}

/* Touches every byte and string of an input, so ASan sees bad ones. */
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

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	concord_source *s = NULL;
	check(concord_source_open_memory("fuzz.jsonl", (const char *)d, n, &s) ==
	    CONCORD_OK);
	concord_input in;
	concord_status st;
	size_t count = 0;
	volatile unsigned sink = 0;
	while ((st = concord_source_next(s, &in)) != CONCORD_END) {
		/* each input takes a byte at least, and gzip inflates at most
		 * 1032 times: more inputs than that means a loop */
		check(++count <= 1100 * n + 16);
		if (st) {
			const char *e = concord_source_error(s);
			check(!strncmp(e, "fuzz.jsonl", 10));
			continue;
		}
		check(in.kind == CONCORD_KIND_TEXT || in.kind == CONCORD_KIND_HTML);
		check(in.path && !strncmp(in.path, "fuzz.jsonl", 10));
		check(in.data != NULL || in.len == 0);
		check(*concord_source_error(s) == '\0');
		sink += touch(&in);
	}
	check(concord_source_next(s, &in) == CONCORD_END);
	concord_source_free(s);
	(void)sink;
	return 0;
}
