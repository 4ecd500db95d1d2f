/* fuzz_html.c - libFuzzer target for article extraction: the bytes as an
 * HTML page, and (up to 4 KB) as plain text with a transport charset
 * taken from the first byte, through the public API only. Checks the
 * contract on every success: valid UTF-8 body, its length, a 16-hex-digit
 * id, valid UTF-8 metadata, dates of 10 bytes. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"

static const char *const charsets[] = {
	NULL, "utf-8", "windows-1251", "iso-8859-1", "shift_jis", "gbk",
	"utf-16le", "no-such-charset"
};

static void check(const concord_doc *d)
{
	const concord_article *a = concord_doc_article(d);
	if (!a || !a->text || strlen(a->text) != a->text_len ||
	    !concord_utf8_valid(a->text, a->text_len) || !a->text_len ||
	    !a->id || strlen(a->id) != 16)
		abort();
	if (a->text[0] == '\n' || a->text[a->text_len - 1] == '\n')
		abort();
	const char *f[] = {a->title, a->author, a->date, a->site, a->url};
	for (size_t i = 0; i < 5; i++)
		if (f[i] && !concord_utf8_valid(f[i], strlen(f[i])))
			abort();
	if (a->date && strlen(a->date) != 10)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	concord_input in = {0};
	concord_extract_opts o = {0};
	concord_doc *d = NULL;
	in.path = "fuzz";
	in.kind = CONCORD_KIND_HTML;
	in.data = (const char *)data;
	in.len = size;
	o.max_input_len = 1 << 20;
	o.max_depth = 64;
	if (concord_extract(&in, &o, &d) == CONCORD_OK)
		check(d);
	concord_doc_free(d);
	d = NULL;
	/* plain-text cleaning is line-based and slower per byte: small
	 * inputs only, so the HTML path keeps most of the fuzzing time */
	if (size > 4096)
		return 0;
	in.kind = CONCORD_KIND_TEXT;
	in.charset = size ? charsets[data[0] % 8] : NULL;
	if (concord_extract(&in, NULL, &d) == CONCORD_OK)
		check(d);
	concord_doc_free(d);
	return 0;
}
