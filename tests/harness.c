/* harness.c - see harness.h. */
#include "harness.h"
#include "concord.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <zlib.h>

static int current_failed;
static const char *current_name;

void harness_fail(const char *file, int line, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "FAIL %s (%s:%d): ", current_name, file, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	current_failed = 1;
}

static int selected(const char *name, int argc, char **argv)
{
	if (argc < 2)
		return 1;
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], name))
			return 1;
	return 0;
}

int harness_main(const test_case *tests, size_t n, int argc, char **argv)
{
	int passed = 0, failed = 0;
	for (size_t i = 0; i < n; i++) {
		if (!selected(tests[i].name, argc, argv))
			continue;
		current_name = tests[i].name;
		current_failed = 0;
		tests[i].fn();
		if (current_failed)
			failed++;
		else
			passed++;
	}
	printf("%s: %d passed, %d failed\n", argv[0], passed, failed);
	return failed ? 1 : 0;
}

/* Reads all of src through rd into a NUL-terminated malloc'd buffer. */
static char *slurp(size_t (*rd)(void *src, char *buf, size_t n), void *src,
    size_t *len)
{
	size_t cap = 1 << 16, n = 0, got;
	char *d = malloc(cap);
	while (d && (got = rd(src, d + n, cap - n - 1)) > 0) {
		n += got;
		if (cap - n - 1 == 0) {
			char *nd = realloc(d, cap * 2);
			if (!nd) {
				free(d);
				return NULL;
			}
			d = nd;
			cap *= 2;
		}
	}
	if (d) {
		d[n] = '\0';
		if (len)
			*len = n;
	}
	return d;
}

static size_t read_plain(void *src, char *buf, size_t n)
{
	return fread(buf, 1, n, src);
}

static size_t read_gzip(void *src, char *buf, size_t n)
{
	int got = gzread(src, buf, (unsigned)(n > 1u << 30 ? 1u << 30 : n));
	return got > 0 ? (size_t)got : 0;
}

char *harness_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	char *d = slurp(read_plain, f, len);
	fclose(f);
	return d;
}

char *harness_read_gunzip(const char *path, size_t *len)
{
	gzFile f = gzopen(path, "rb");
	if (!f)
		return NULL;
	char *d = slurp(read_gzip, f, len);
	gzclose(f);
	return d;
}

void harness_load_seeds(harness_seeds *s)
{
	const char *dir = "../shared/seeds";
	concord_source *src = NULL;
	concord_input in;
	concord_status st;
	memset(s, 0, sizeof *s);
	CHECK_INT(concord_source_open(&dir, 1, 0, &src), CONCORD_OK);
	while (src && (st = concord_source_next(src, &in)) != CONCORD_END &&
	    s->n < HARNESS_MAX_SEEDS) {
		if (st != CONCORD_OK)
			continue;
		if (concord_extract(&in, NULL, &s->doc[s->n]) == CONCORD_OK) {
			s->a[s->n] = concord_doc_article(s->doc[s->n]);
			s->n++;
		}
	}
	concord_source_free(src);
	CHECK_INT(s->n, 5);
}

void harness_free_seeds(harness_seeds *s)
{
	for (size_t i = 0; i < s->n; i++)
		concord_doc_free(s->doc[i]);
}
