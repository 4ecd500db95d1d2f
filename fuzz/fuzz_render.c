/* fuzz_render.c - libFuzzer target for the renderers, through the public
 * API only: the bytes are split at form feeds into up to three articles
 * (first line: title, second: site, the rest: text, any bytes), a report
 * is built and rendered as Markdown, JSON and HTML, and each article as a
 * JSON line. Checks the output contract: always valid UTF-8; JSON is
 * well nested with no raw control characters in strings; HTML holds no
 * tag but the renderer's own; Markdown has no control characters. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"

#define MAXA 3

typedef struct mem {
	char *d;
	size_t len, cap;
} mem;

static int mem_write(void *ctx, const char *d, size_t n)
{
	mem *m = ctx;
	if (m->len + n + 1 > m->cap) {
		size_t cap = (m->len + n + 1) * 2;
		char *nd = realloc(m->d, cap);
		if (!nd)
			return 1;
		m->d = nd;
		m->cap = cap;
	}
	memcpy(m->d + m->len, d, n);
	m->len += n;
	m->d[m->len] = '\0';
	return 0;
}

/* A structural JSON check: strings closed, no raw control bytes in them,
 * brackets nested and balanced. */
static void check_json(const char *s, size_t len)
{
	int in_str = 0, depth = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (in_str) {
			if (c < 0x20)
				abort();
			if (c == '\\')
				i++;
			else if (c == '"')
				in_str = 0;
			continue;
		}
		if (c == '"')
			in_str = 1;
		else if (c == '{' || c == '[')
			depth++;
		else if ((c == '}' || c == ']') && --depth < 0)
			abort();
	}
	if (in_str || depth)
		abort();
}

static const char *const TAGS[] = {
	"!DOCTYPE", "html", "head", "meta", "title", "style", "body", "main",
	"article", "h2", "h3", "p", "ol", "li", "b", "code", "a", "span", "q",
};

/* Every '<' opens one of the renderer's own tags. */
static void check_html(const char *s)
{
	for (const char *p = strchr(s, '<'); p; p = strchr(p + 1, '<')) {
		const char *t = p + 1 + (p[1] == '/');
		int known = 0;
		for (size_t k = 0; k < sizeof TAGS / sizeof TAGS[0]; k++) {
			size_t n = strlen(TAGS[k]);
			if (!strncmp(t, TAGS[k], n) && (t[n] == '>' || t[n] == ' '))
				known = 1;
		}
		if (!known)
			abort();
	}
}

static void check_output(concord_format f, const mem *m)
{
	if (!m->d)
		return;
	if (!concord_utf8_valid(m->d, m->len) || strlen(m->d) != m->len)
		abort();
	if (f == CONCORD_FORMAT_JSON)
		check_json(m->d, m->len);
	else if (f == CONCORD_FORMAT_HTML)
		check_html(m->d);
	else
		for (size_t i = 0; i < m->len; i++)
			if ((unsigned char)m->d[i] < 0x20 && m->d[i] != '\n')
				abort();
}

static void render_all(const concord_report *r,
    const concord_article *const *a, size_t n)
{
	for (concord_format f = CONCORD_FORMAT_MARKDOWN;
	    f <= CONCORD_FORMAT_HTML; f++) {
		mem m = {0};
		concord_renderer *rr;
		if (concord_render_open(f, mem_write, &m, &rr) == CONCORD_OK) {
			concord_duplicate d = {a[0]->id, a[0]->path, 0};
			concord_render_story_dups(rr, r, 1, &d, 1);
			if (concord_render_close(rr) == CONCORD_OK)
				check_output(f, &m);
		}
		free(m.d);
	}
	for (size_t i = 0; i < n; i++) {
		mem m = {0};
		if (concord_render_article_json(a[i], mem_write, &m) == CONCORD_OK)
			check_output(CONCORD_FORMAT_JSON, &m);
		free(m.d);
	}
}

/* Cuts s[0..len) at its first '\n': the line (NUL-terminated copy) goes
 * to *line, and s/len move past it. */
static char *take_line(const char **s, size_t *len)
{
	const char *nl = memchr(*s, '\n', *len);
	size_t n = nl ? (size_t)(nl - *s) : *len;
	char *line = malloc(n + 1);
	if (!line)
		return NULL;
	for (size_t k = 0; k < n; k++)
		line[k] = (*s)[k] ? (*s)[k] : ' ';
	line[n] = '\0';
	*s += nl ? n + 1 : n;
	*len -= nl ? n + 1 : n;
	return line;
}

static concord_doc *make_doc(const char *s, size_t len, int i)
{
	static const char *const paths[] = {"a<1>.txt", "b\"2\".txt", "c&3"};
	char *title = take_line(&s, &len);
	char *site = take_line(&s, &len);
	char *text = malloc(len + 1);
	concord_doc *d = NULL;
	if (title && site && text) {
		for (size_t k = 0; k < len; k++)
			text[k] = s[k] ? s[k] : ' ';
		text[len] = '\0';
		concord_article f = {.path = paths[i], .title = title,
		    .site = *site ? site : NULL, .text = text, .text_len = len,
		    .url = title, .date = "2024-06-19"};
		if (concord_doc_from_fields(&f, &d))
			d = NULL;
	}
	free(title);
	free(site);
	free(text);
	return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size > 32 * 1024)
		return 0;
	concord_doc *doc[MAXA] = {0};
	const concord_article *a[MAXA];
	size_t n = 0, start = 0;
	for (size_t i = 0; i <= size && n < MAXA; i++) {
		if (i < size && data[i] != '\f')
			continue;
		doc[n] = make_doc((const char *)data + start, i - start, (int)n);
		if (doc[n]) {
			a[n] = concord_doc_article(doc[n]);
			n++;
		}
		start = i + 1;
	}
	concord_report *r = NULL;
	if (n && concord_report_build(a, n, NULL, &r) == CONCORD_OK)
		render_all(r, a, n);
	concord_report_free(r);
	for (size_t i = 0; i < n; i++)
		concord_doc_free(doc[i]);
	return 0;
}
