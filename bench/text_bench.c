/* text_bench.c - speed of the text stage: normalization, sentences and
 * tokens (with stems) on real article text.
 *
 * Usage: text_bench [-r ROUNDS] [-l LANG] FILE...
 * A FILE ending in .json is read as the ground truth of a benchmark set
 * ({id: {"articleBody": "..."}}): every articleBody string is one text;
 * any other file is one text. Prints MB/s (CPU time) of each call over
 * all texts. Uses only the public API.
 *
 * Build and run from the project root:
 *   make BUILD=build build/libconcord.a
 *   cc -O2 -Iinclude -o build/text_bench bench/text_bench.c build/libconcord.a \
 *       $(pkg-config --libs libxml-2.0 libutf8proc libxxhash sqlite3 zlib) -lstemmer -lm
 *   build/text_bench -r 10 ../shared/data/scrapinghub/ground-truth.json */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "concord/text.h"

typedef struct texts {
	char **s;
	size_t *len, n, cap, bytes;
} texts;

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static char *read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	size_t cap = 1 << 16, n = 0, got;
	char *d = malloc(cap);
	while (d && (got = fread(d + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			char *nd = realloc(d, cap *= 2);
			if (!nd)
				free(d);
			d = nd;
		}
	}
	fclose(f);
	*len = n;
	return d;
}

static void add_text(texts *t, char *s, size_t len)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->s = realloc(t->s, t->cap * sizeof *t->s);
		t->len = realloc(t->len, t->cap * sizeof *t->len);
		if (!t->s || !t->len) {
			fprintf(stderr, "out of memory\n");
			exit(1);
		}
	}
	t->s[t->n] = s;
	t->len[t->n++] = len;
	t->bytes += len;
}

static size_t put_utf8(unsigned cp, char *o)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	o[0] = (char)(0xE0 | cp >> 12);
	o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
	o[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

/* Decodes the JSON string starting after the quote at d[i] into o;
 * returns its end (the closing quote). A surrogate escape becomes U+FFFD:
 * rare in article text and not worth more in a benchmark. */
static size_t json_string(const char *d, size_t n, size_t i, char *o, size_t *olen)
{
	size_t j = 0;
	while (i < n && d[i] != '"') {
		if (d[i] != '\\' || i + 1 >= n) {
			o[j++] = d[i++];
			continue;
		}
		char e = d[i + 1];
		i += 2;
		if (e == 'n')
			o[j++] = '\n';
		else if (e == 't')
			o[j++] = '\t';
		else if (e == 'r' || e == 'b' || e == 'f')
			o[j++] = ' ';
		else if (e == 'u' && i + 4 <= n) {
			unsigned cp = (unsigned)strtoul((char[5]){d[i], d[i + 1], d[i + 2],
			    d[i + 3], 0}, NULL, 16);
			j += put_utf8(cp >= 0xD800 && cp < 0xE000 ? 0xFFFD : cp, o + j);
			i += 4;
		} else {
			o[j++] = e;
		}
	}
	*olen = j;
	return i;
}

/* Every "articleBody" string of a ground-truth file. */
static void add_ground_truth(texts *t, const char *d, size_t n)
{
	const char *key = "\"articleBody\"";
	const char *p = d;
	while ((p = strstr(p, key)) != NULL) {
		p += strlen(key);
		while (*p == ' ' || *p == ':')
			p++;
		if (*p != '"')
			continue;
		size_t i = (size_t)(p - d) + 1, len;
		char *o = malloc(n - i + 4);
		if (!o)
			exit(1);
		size_t e = json_string(d, n, i, o, &len);
		add_text(t, o, len);
		p = d + e;
	}
}

int main(int argc, char **argv)
{
	int rounds = 5, a = 1;
	const char *lang = "en";
	for (; a + 1 < argc && argv[a][0] == '-'; a += 2) {
		if (strcmp(argv[a], "-r") == 0)
			rounds = atoi(argv[a + 1]);
		else if (strcmp(argv[a], "-l") == 0)
			lang = argv[a + 1];
	}
	texts t = {0};
	for (; a < argc; a++) {
		size_t len;
		char *d = read_file(argv[a], &len);
		if (!d) {
			fprintf(stderr, "%s: cannot read\n", argv[a]);
			return 1;
		}
		size_t nl = strlen(argv[a]);
		if (nl > 5 && strcmp(argv[a] + nl - 5, ".json") == 0) {
			d[len] = 0;  /* read_file leaves room: cap > n */
			add_ground_truth(&t, d, len);
			free(d);
		} else {
			add_text(&t, d, len);
		}
	}
	if (!t.n) {
		fprintf(stderr, "usage: text_bench [-r ROUNDS] [-l LANG] FILE...\n");
		return 2;
	}
	char **norm = calloc(t.n, sizeof *norm);
	size_t *nlen = calloc(t.n, sizeof *nlen), ntok = 0, nsent = 0;
	double t0 = cpu_now();
	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < t.n; i++) {
			concord_free(norm[i]);
			if (concord_text_normalize(t.s[i], t.len[i], &norm[i], &nlen[i]))
				return 1;
		}
	double t1 = cpu_now();
	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < t.n; i++) {
			concord_span *sp;
			size_t k;
			if (concord_text_sentences(norm[i], nlen[i], &sp, &k))
				return 1;
			nsent += k;
			concord_free(sp);
		}
	double t2 = cpu_now();
	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < t.n; i++) {
			concord_token *tk;
			size_t k;
			if (concord_text_tokens(norm[i], nlen[i], lang, &tk, &k))
				return 1;
			ntok += k;
			concord_free(tk);
		}
	double t3 = cpu_now(), mb = (double)t.bytes * rounds / 1e6;
	printf("%zu texts, %.2f MB x %d rounds (CPU time)\n", t.n,
	    (double)t.bytes / 1e6, rounds);
	printf("normalize  %7.1f MB/s\n", mb / (t1 - t0));
	printf("sentences  %7.1f MB/s  (%zu sentences)\n", mb / (t2 - t1),
	    nsent / (size_t)rounds);
	printf("tokens     %7.1f MB/s  (%zu tokens, stems and sentence starts included)\n",
	    mb / (t3 - t2), ntok / (size_t)rounds);
	for (size_t i = 0; i < t.n; i++) {
		free(t.s[i]);
		concord_free(norm[i]);
	}
	free(t.s);
	free(t.len);
	free(norm);
	free(nlen);
	return 0;
}
