/* fuzz_normalize.c - normalization, sentences and tokens on any bytes, in
 * a few languages: the results must be valid UTF-8, spans and tokens must
 * lie inside the text in order, and normalizing twice changes nothing. */
#include "concord/text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n);

static void check(int ok)
{
	if (!ok)
		abort();
}

static void check_sentences(const char *s, size_t len)
{
	concord_span *sp = NULL;
	size_t ns = 0;
	if (concord_text_sentences(s, len, &sp, &ns))
		return;
	size_t end = 0;
	for (size_t i = 0; i < ns; i++) {
		check(sp[i].len > 0 && sp[i].off >= end);
		check(sp[i].off + sp[i].len <= len);
		end = sp[i].off + sp[i].len;
	}
	concord_free(sp);
}

static void check_tokens(const char *s, size_t len, const char *lang)
{
	concord_token *t = NULL;
	size_t nt = 0;
	if (concord_text_tokens(s, len, lang, &t, &nt))
		return;
	size_t end = 0;
	for (size_t i = 0; i < nt; i++) {
		check(t[i].len > 0 && t[i].off >= end);
		check((size_t)t[i].off + t[i].len <= len);
		end = (size_t)t[i].off + t[i].len;
		char stem[64];
		size_t sl = concord_text_stem(s + t[i].off, t[i].len, lang, stem,
		    sizeof stem);
		check(sl < sizeof stem && stem[sl] == 0);
	}
	concord_free(t);
}

int LLVMFuzzerTestOneInput(const uint8_t *d, size_t n)
{
	static const char *const langs[] = {"en", "de", "ru", "fr", "zh", NULL};
	const char *lang = langs[n ? d[0] % 6 : 0];
	const char *s = (const char *)d;
	char *out = NULL;
	size_t len = 0;
	if (concord_text_normalize(s, n, &out, &len))
		return 0;
	check(out && strlen(out) == len);
	check(concord_utf8_valid(out, len));
	char *again = NULL;
	size_t len2 = 0;
	if (!concord_text_normalize(out, len, &again, &len2)) {
		check(len2 == len && memcmp(again, out, len) == 0);
		concord_free(again);
	}
	/* raw bytes (possibly invalid) and the normalized text */
	check_sentences(s, n);
	check_sentences(out, len);
	check_tokens(s, n, lang);
	check_tokens(out, len, lang);
	concord_free(out);
	return 0;
}
