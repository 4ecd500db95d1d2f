/* extract_bench.c - benchmark driver for article extraction.
 *
 * Usage: extract_bench [-r ROUNDS] OUT.jsonl FILE.html[.gz]...
 * Reads every page into memory first (gzip'd or not), then times only
 * concord_extract over all of them (ROUNDS times; wall and CPU time),
 * writes one JSON line
 * {"id","title","author","date","site","lang","text"} per page (id = the
 * file name without .html.gz) and prints pages/s, MB/s and peak RSS.
 * Uses only the public API. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <zlib.h>

#include "concord.h"

typedef struct page {
	char *name, *data;
	size_t len;
} page;

static char *read_gz(const char *path, size_t *len)
{
	gzFile f = gzopen(path, "rb");
	size_t cap = 1 << 16, n = 0;
	char *d = malloc(cap);
	int got;
	if (!f || !d) {
		if (f)
			gzclose(f);
		free(d);
		return NULL;
	}
	while ((got = gzread(f, d + n, (unsigned)(cap - n))) > 0) {
		n += (size_t)got;
		if (n == cap) {
			char *nd = realloc(d, cap *= 2);
			if (!nd) {
				free(d);
				gzclose(f);
				return NULL;
			}
			d = nd;
		}
	}
	gzclose(f);
	*len = n;
	return d;
}

static char *base_name(const char *path)
{
	const char *b = strrchr(path, '/');
	char *s = strdup(b ? b + 1 : path), *dot;
	if (s && (dot = strstr(s, ".html")))
		*dot = 0;
	return s;
}

static void put_json(FILE *o, const char *key, const char *v, int comma)
{
	fprintf(o, "%s\"%s\":", comma ? "," : "", key);
	if (!v) {
		fputs("null", o);
		return;
	}
	fputc('"', o);
	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		if (*p == '"' || *p == '\\')
			fprintf(o, "\\%c", *p);
		else if (*p == '\n')
			fputs("\\n", o);
		else if (*p < 0x20)
			fprintf(o, "\\u%04x", *p);
		else
			fputc(*p, o);
	}
	fputc('"', o);
}

/* CPU seconds of this process: robust when other jobs share the cores. */
static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	int rounds = 1, first = 1;
	if (argc > 2 && !strcmp(argv[1], "-r")) {
		rounds = atoi(argv[2]);
		first = 3;
	}
	if (argc - first < 2) {
		fprintf(stderr, "usage: extract_bench [-r N] OUT.jsonl FILE...\n");
		return 2;
	}
	FILE *out = fopen(argv[first], "w");
	size_t n = (size_t)(argc - first - 1), bytes = 0, fails = 0;
	page *pages = calloc(n, sizeof *pages);
	if (!out || !pages)
		return 1;
	for (size_t i = 0; i < n; i++) {
		pages[i].name = base_name(argv[first + 1 + i]);
		pages[i].data = read_gz(argv[first + 1 + i], &pages[i].len);
		bytes += pages[i].len;
	}
	double t0 = now(), c0 = cpu_now();
	for (int r = 0; r < rounds; r++) {
		for (size_t i = 0; i < n; i++) {
			concord_input in = {0};
			concord_doc *d = NULL;
			in.path = pages[i].name;
			in.kind = CONCORD_KIND_HTML;
			in.data = pages[i].data;
			in.len = pages[i].len;
			concord_status st = concord_extract(&in, NULL, &d);
			if (r == rounds - 1) {
				const concord_article *a = concord_doc_article(d);
				fputc('{', out);
				put_json(out, "id", pages[i].name, 0);
				put_json(out, "title", a ? a->title : NULL, 1);
				put_json(out, "author", a ? a->author : NULL, 1);
				put_json(out, "date", a ? a->date : NULL, 1);
				put_json(out, "site", a ? a->site : NULL, 1);
				put_json(out, "url", a ? a->url : NULL, 1);
				put_json(out, "lang", a ? a->lang : NULL, 1);
				put_json(out, "text", a ? a->text : "", 1);
				fputs("}\n", out);
				fails += st != CONCORD_OK;
			}
			concord_doc_free(d);
		}
	}
	double dt = now() - t0, cpu = cpu_now() - c0;
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	printf("pages %zu  failed %zu  rounds %d\n", n, fails, rounds);
	printf("pages/s %.1f  MB/s %.2f  (extraction only, %.3f s)\n",
	    (double)n * rounds / dt, (double)bytes * rounds / dt / 1e6, dt);
	printf("pages/CPU-s %.1f  (%.3f CPU s)\n", (double)n * rounds / cpu, cpu);
	printf("peak RSS %.1f MB (includes all pages held in memory: %.1f MB)\n",
	    (double)ru.ru_maxrss / 1024, (double)bytes / 1e6);
	fclose(out);
	for (size_t i = 0; i < n; i++) {
		free(pages[i].name);
		free(pages[i].data);
	}
	free(pages);
	return 0;
}
