/* fuzz_brief.c - libFuzzer target for claims, corroboration and the report:
 * the bytes are split at form feeds into up to four articles (the first
 * byte of each picks its date), and a report is built with a budget taken
 * from the last byte, through the public API only. Checks the contract:
 * every summary sentence and claim text occurs verbatim in its first
 * source, sources are in range, independent counts never exceed sources,
 * the byte budget holds. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"

#define MAXA 4

static const char *const dates[] = {
	NULL, "2024-06-18", "2024-06-19", "2024-06-20"
};

static void check_report(const concord_report *r,
    const concord_article *const *a, size_t n, size_t max_bytes)
{
	size_t bytes = 0;
	for (size_t i = 0; i < concord_report_nsummary(r); i++) {
		const concord_sentence *s = concord_report_summary(r, i);
		if (!s->nsources || s->sources[0] >= n ||
		    !strstr(a[s->sources[0]]->text, s->text) ||
		    s->independent > s->nsources || !s->independent)
			abort();
		bytes += strlen(s->text);
	}
	if (max_bytes && bytes > max_bytes)
		abort();
	for (size_t i = 0; i < concord_report_nclaims(r); i++) {
		const concord_claim *c = concord_report_claim(r, i);
		if (!c->nsources || c->sources[c->nsources - 1] >= n ||
		    !strstr(a[c->sources[0]]->text, c->text) ||
		    c->independent > c->nsources ||
		    c->nrepeats + c->independent != c->nsources)
			abort();
		for (size_t k = 0; k < c->nconflicts; k++)
			if (c->conflicts[k] >= concord_report_nclaims(r) ||
			    c->conflicts[k] == i)
				abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 64 * 1024)
		return 0;
	concord_doc *doc[MAXA] = { 0 };
	const concord_article *a[MAXA];
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= size && n < MAXA; i++) {
		if (i < size && data[i] != '\f')
			continue;
		if (i > start + 1) {
			concord_article f = { .text = (const char *)data + start + 1,
			    .text_len = i - start - 1, .date = dates[data[start] & 3],
			    .lang = "en" };
			char *t = malloc(f.text_len + 1);
			if (!t)
				break;
			for (size_t k = 0; k < f.text_len; k++)
				t[k] = f.text[k] ? f.text[k] : ' ';
			t[f.text_len] = 0;
			f.text = t;
			if (concord_doc_from_fields(&f, &doc[n]) == CONCORD_OK)
				a[n] = concord_doc_article(doc[n]), n++;
			free(t);
		}
		start = i + 1;
	}
	concord_brief_opts o = { 0 };
	if (size)
		o.max_bytes = data[size - 1] & 1 ? (size_t)data[size - 1] * 4 : 0;
	concord_report *r = NULL;
	if (concord_report_build(a, n, &o, &r) == CONCORD_OK)
		check_report(r, a, n, o.max_bytes);
	concord_report_free(r);
	for (size_t i = 0; i < n; i++)
		concord_doc_free(doc[i]);
	return 0;
}
