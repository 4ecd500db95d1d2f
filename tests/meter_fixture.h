/* meter_fixture.h - articles from the METER courts corpus and the seeds,
 * for test_group.c and test_provenance.c (tests only, header-only).
 * METER files are Latin-1 with TeX quotes (`` '') and, for PA copy, a
 * header ending in a "HH:MM DD/MM/YY: ..." line and paragraphs ending in
 * '<'; they are cleaned as bench/meter.c does. */
#ifndef CONCORD_METER_FIXTURE_H
#define CONCORD_METER_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"
#include "harness.h"

#define METER_DIR "../shared/data/meter-courts/"

/* Cleans raw METER bytes into paragraphs (see the file comment). */
static char *meter_clean(const char *raw, size_t len, int pa)
{
	char *o = malloc(2 * len + 2), *q = o;
	int header = pa, open = 0, utf8 = concord_utf8_valid(raw, len);
	const char *line = raw, *end = raw + len;
	while (line < end) {
		const char *nl = memchr(line, '\n', (size_t)(end - line));
		const char *le = nl ? nl : end, *p = line;
		while (p < le && (*p == ' ' || *p == '\t' || (unsigned char)*p < 32))
			p++;
		const char *e = le;
		while (e > p && ((unsigned char)e[-1] <= ' '))
			e--;
		int close = pa && e > p && e[-1] == '<';
		if (header && (p == e || *p == '-' || (e - p > 14 && p[2] == ':' &&
		    p[8] == '/'))) {
			line = le + 1;
			continue;
		}
		header = 0;
		if (p == e) {
			if (!pa && open)
				*q++ = '\n', open = 0;
			line = le + 1;
			continue;
		}
		if (open)
			*q++ = ' ';
		for (const char *c = p; c < e - close; c++) {
			unsigned char u = (unsigned char)*c;
			if ((u == '`' || u == '\'') && c + 1 < e && c[1] == *c) {
				*q++ = '"';
				c++;
			} else if (u < 32) {
				continue;
			} else if (u >= 128 && !utf8) {
				*q++ = (char)(0xc0 | u >> 6);
				*q++ = (char)(0x80 | (u & 0x3f));
			} else {
				*q++ = (char)u;
			}
		}
		open = 1;
		if (close)
			*q++ = '\n', open = 0;
		line = le + 1;
	}
	while (q > o && (q[-1] == '\n' || q[-1] == ' '))
		q--;
	*q = '\0';
	return o;
}

/* A doc of text with the given site and date (either may be NULL). */
static concord_doc *fixture_doc(const char *text, const char *site,
    const char *date)
{
	concord_article a = {0};
	concord_doc *d = NULL;
	a.site = site;
	a.date = date;
	a.lang = "en";
	a.text = text;
	a.text_len = strlen(text);
	CHECK_INT(concord_doc_from_fields(&a, &d), CONCORD_OK);
	return d;
}

/* The METER file at rel (under METER_DIR), cleaned, as a doc; PA copy
 * when rel starts with "PA/". NULL (and a failure) when unreadable. */
static concord_doc *meter_doc(const char *rel, const char *site,
    const char *date)
{
	char path[512];
	size_t len;
	snprintf(path, sizeof path, METER_DIR "%s", rel);
	char *raw = harness_read_file(path, &len);
	CHECK(raw != NULL);
	if (!raw)
		return NULL;
	char *text = meter_clean(raw, len, !strncmp(rel, "PA/", 3));
	concord_doc *d = fixture_doc(text, site, date);
	free(raw);
	free(text);
	return d;
}

static const concord_article *art(const concord_doc *d)
{
	return concord_doc_article(d);
}

#endif
