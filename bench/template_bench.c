/* template_bench.c - what concord_templates_strip removes from a corpus:
 * extracts every input, strips the site templates, and prints each
 * removed line as "site<TAB>line" (then the totals on stderr), for
 * checking by eye that it is furniture. Public API only.
 *
 *   cc -std=c11 -D_POSIX_C_SOURCE=200809L -O2 -Iinclude \
 *       -o build/template_bench bench/template_bench.c build/libconcord.a \
 *       $(pkg-config --libs libxml-2.0 libutf8proc libxxhash sqlite3 zlib) \
 *       -lstemmer -lm
 *   build/template_bench ../shared/data/wcxb-dev-articles/html | sort |
 *       uniq -c | sort -rn
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"
#include "concord/template.h"

typedef struct corpus {
	concord_doc **docs;
	char **before;   /* each doc's text before stripping */
	size_t n, cap;
} corpus;

static int add(corpus *c, concord_doc *d)
{
	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 256;
		concord_doc **nd = realloc(c->docs, cap * sizeof *nd);
		if (nd)
			c->docs = nd;
		char **nb = nd ? realloc(c->before, cap * sizeof *nb) : NULL;
		if (!nb)
			return -1;
		c->before = nb;
		c->cap = cap;
	}
	c->before[c->n] = strdup(concord_doc_article(d)->text);
	c->docs[c->n++] = d;
	return c->before[c->n - 1] ? 0 : -1;
}

/* Prints the lines of before that the stripped text a lacks. */
static void print_removed(const concord_article *a, char *before)
{
	for (char *l = strtok(before, "\n"); l; l = strtok(NULL, "\n"))
		if (!strstr(a->text, l))
			printf("%s\t%s\n", a->site, l);
}

int main(int argc, char **argv)
{
	concord_source *src;
	concord_input in;
	concord_status st;
	corpus c = {0};
	size_t removed = 0, changed = 0;
	if (argc < 2 || concord_source_open((const char *const *)argv + 1,
	    (size_t)argc - 1, 0, &src)) {
		fprintf(stderr, "usage: template_bench PATH...\n");
		return 2;
	}
	while ((st = concord_source_next(src, &in)) != CONCORD_END) {
		concord_doc *d;
		if (st || concord_extract(&in, NULL, &d))
			continue;
		if (add(&c, d)) {
			concord_doc_free(d);
			break;
		}
	}
	concord_source_free(src);
	st = concord_templates_strip(c.docs, c.n, &removed);
	for (size_t i = 0; i < c.n; i++) {
		const concord_article *a = concord_doc_article(c.docs[i]);
		if (strcmp(a->text, c.before[i])) {
			changed++;
			print_removed(a, c.before[i]);
		}
		free(c.before[i]);
		concord_doc_free(c.docs[i]);
	}
	fprintf(stderr, "%zu articles, %zu changed, %zu lines removed (%s)\n",
	    c.n, changed, removed, concord_strerror(st));
	free(c.docs);
	free(c.before);
	return st ? 1 : 0;
}
