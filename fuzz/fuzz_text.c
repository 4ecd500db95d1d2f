/* fuzz_text.c - plain-text cleaning through the public API: the bytes are
 * extracted as a CONCORD_KIND_TEXT input, and the article must hold valid,
 * trimmed UTF-8 paragraphs whatever the input. */
#include "concord/extract.h"
#include "concord/text.h"

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

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	concord_input in;
	memset(&in, 0, sizeof in);
	in.path = "fuzz.txt";
	in.kind = CONCORD_KIND_TEXT;
	in.data = (const char *)d;
	in.len = n;
	concord_doc *doc = NULL;
	concord_status st = concord_extract(&in, NULL, &doc);
	if (st == CONCORD_OK) {
		const concord_article *a = concord_doc_article(doc);
		check(a && a->text);
		check(strlen(a->text) == a->text_len);
		check(concord_utf8_valid(a->text, a->text_len));
		if (a->text_len) {
			check(a->text[0] != '\n' && a->text[a->text_len - 1] != '\n');
			check(!strstr(a->text, "\n\n"));
		}
		if (a->title)
			check(concord_utf8_valid(a->title, strlen(a->title)));
	} else {
		check(doc == NULL);
	}
	concord_doc_free(doc);
	return 0;
}
