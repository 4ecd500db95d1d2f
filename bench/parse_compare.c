/* parse_compare.c - parse-only speed of libxml2's HTML parser against
 * gumbo on real pages, and how each copes with hostile pages.
 *
 * Usage: parse_compare [-r ROUNDS] FILE.html[.gz]...
 * Reads every page into memory, then parses them all ROUNDS times with
 * each parser (tree built and freed; nothing else), printing MB/s and
 * pages/s in CPU time: libxml2 as htmlReadMemory, with a reused context,
 * through a SAX filter that drops the text of style and script (but
 * JSON-LD) and the inside of svg (tried for lib/html.c: no faster, so
 * text nodes are not the cost; elements and attributes are), and its
 * tokenizer alone (SAX, no callbacks: the floor); gumbo.
 * Then parses two hostile pages in a forked child
 * with a time limit: 100000 nested <div>s and one tag with 1e6
 * attributes. Only this benchmark links gumbo; the library does not. */
#include <gumbo.h>
#include <libxml/HTMLparser.h>
#include <libxml/SAX2.h>
#include <libxml/parserInternals.h>
#include <strings.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

#define HOSTILE_LIMIT 20  /* CPU seconds */

typedef struct page {
	char *data;
	size_t len;
} page;

static char *read_gz(const char *path, size_t *len)
{
	gzFile f = gzopen(path, "rb");
	size_t cap = 1 << 16, n = 0;
	char *d = f ? malloc(cap) : NULL;
	int got;
	while (d && (got = gzread(f, d + n, (unsigned)(cap - n))) > 0) {
		n += (size_t)got;
		if (n == cap) {
			char *nd = realloc(d, cap *= 2);
			if (!nd)
				free(d);
			d = nd;
		}
	}
	if (f)
		gzclose(f);
	*len = n;
	return d;
}

static double cpu_now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void parse_libxml2(const char *s, size_t len)
{
	htmlDocPtr doc = htmlReadMemory(s, (int)len, NULL, "UTF-8",
	    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
	    HTML_PARSE_NONET | HTML_PARSE_COMPACT);
	xmlFreeDoc(doc);
}

/* The same parser reusing one context (and so one name dictionary)
 * across pages, as a long-running extractor can. */
static htmlParserCtxtPtr shared_ctxt;

static void parse_libxml2_reuse(const char *s, size_t len)
{
	if (!shared_ctxt)
		shared_ctxt = htmlNewParserCtxt();
	htmlDocPtr doc = htmlCtxtReadMemory(shared_ctxt, s, (int)len, NULL,
	    "UTF-8", HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT);
	xmlFreeDoc(doc);
}

/* libxml2's tokenizer alone: SAX with no callbacks, no tree. The floor
 * of any extractor built on this parser. */
static void parse_libxml2_sax(const char *s, size_t len)
{
	static htmlSAXHandler none;
	htmlParserCtxtPtr c = htmlCreateMemoryParserCtxt(s, (int)len);
	if (!c)
		return;
	memcpy(c->sax, &none, sizeof none);
	htmlCtxtUseOptions(c, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	htmlParseDocument(c);
	htmlFreeParserCtxt(c);
}

/* The SAX filter: libxml2's own tree builder minus style/script text
 * (JSON-LD kept) and svg insides. */
typedef struct filter {
	int mute;
	size_t svg;
} filter;

static void f_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	filter *f = ((htmlParserCtxtPtr)ctx)->_private;
	int ld = 0;
	if (f->svg) {
		f->svg++;
		return;
	}
	xmlSAX2StartElement(ctx, name, atts);
	for (; atts && atts[0]; atts += 2)
		ld |= !strcmp((const char *)atts[0], "type") && atts[1] &&
		    !strcasecmp((const char *)atts[1], "application/ld+json");
	if (!strcmp((const char *)name, "svg"))
		f->svg = 1;
	else if (!strcmp((const char *)name, "style"))
		f->mute = 1;
	else if (!strcmp((const char *)name, "script"))
		f->mute = !ld;
}

static void f_end(void *ctx, const xmlChar *name)
{
	filter *f = ((htmlParserCtxtPtr)ctx)->_private;
	if (f->svg > 1) {
		f->svg--;
		return;
	}
	f->svg = 0;
	f->mute = 0;
	xmlSAX2EndElement(ctx, name);
}

static void f_text(void *ctx, const xmlChar *s, int len)
{
	filter *f = ((htmlParserCtxtPtr)ctx)->_private;
	if (!f->svg && !f->mute)
		xmlSAX2Characters(ctx, s, len);
}

static void f_cdata(void *ctx, const xmlChar *s, int len)
{
	filter *f = ((htmlParserCtxtPtr)ctx)->_private;
	if (!f->svg && !f->mute)
		xmlSAX2CDataBlock(ctx, s, len);
}

static void parse_libxml2_filtered(const char *s, size_t len)
{
	filter f = {0};
	xmlCharEncodingHandlerPtr utf8;
	htmlParserCtxtPtr c = htmlCreateMemoryParserCtxt(s, (int)len);
	if (!c)
		return;
	c->sax->startElement = f_start;
	c->sax->endElement = f_end;
	c->sax->characters = f_text;
	c->sax->ignorableWhitespace = f_text;
	c->sax->cdataBlock = f_cdata;
	c->_private = &f;
	htmlCtxtUseOptions(c, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT |
	    HTML_PARSE_IGNORE_ENC);
	if ((utf8 = xmlFindCharEncodingHandler("UTF-8")))
		xmlSwitchToEncoding(c, utf8);
	htmlParseDocument(c);
	xmlFreeDoc(c->myDoc);
	c->myDoc = NULL;
	htmlFreeParserCtxt(c);
}

static void parse_gumbo(const char *s, size_t len)
{
	GumboOutput *o = gumbo_parse_with_options(&kGumboDefaultOptions, s, len);
	gumbo_destroy_output(&kGumboDefaultOptions, o);
}

typedef void (*parse_fn)(const char *, size_t);

static void time_parser(const char *name, parse_fn fn, const page *p,
    size_t n, int rounds)
{
	size_t bytes = 0;
	double t0 = cpu_now();
	for (int r = 0; r < rounds; r++)
		for (size_t i = 0; i < n; i++) {
			fn(p[i].data, p[i].len);
			bytes += p[i].len;
		}
	double dt = cpu_now() - t0;
	printf("%-14s %8.1f MB/s %8.1f pages/s  (%zu pages x %d, %.2f CPU s)\n",
	    name, (double)bytes / dt / 1e6, (double)n * rounds / dt, n, rounds, dt);
}

static char *nested_divs(size_t n, size_t *len)
{
	char *s = malloc(n * 11 + 64);
	size_t j = 0;
	j += (size_t)sprintf(s, "<html><body>");
	for (size_t i = 0; i < n; i++)
		j += (size_t)sprintf(s + j, "<div>");
	j += (size_t)sprintf(s + j, "<p>deep</p>");
	for (size_t i = 0; i < n; i++)
		j += (size_t)sprintf(s + j, "</div>");
	*len = j;
	return s;
}

static char *many_attributes(size_t n, size_t *len)
{
	char *s = malloc(n * 12 + 64);
	size_t j = 0;
	j += (size_t)sprintf(s, "<html><body><div ");
	for (size_t i = 0; i < n; i++)
		j += (size_t)sprintf(s + j, "a%zu=x ", i);
	j += (size_t)sprintf(s + j, ">text</div></body></html>");
	*len = j;
	return s;
}

/* Parses s in a child under a CPU limit; reports time, peak memory or
 * how the child died. */
static void hostile(const char *what, const char *name, parse_fn fn,
    const char *s, size_t len)
{
	fflush(stdout);
	pid_t pid = fork();
	if (pid == 0) {
		struct rlimit rl = {HOSTILE_LIMIT, HOSTILE_LIMIT + 2};
		setrlimit(RLIMIT_CPU, &rl);
		double t0 = cpu_now();
		fn(s, len);
		struct rusage ru;
		getrusage(RUSAGE_SELF, &ru);
		printf("%-22s %-8s %8.3f CPU s, max RSS %ld MB\n", what, name,
		    cpu_now() - t0, ru.ru_maxrss / 1024);
		fflush(stdout);
		_exit(0);
	}
	int st = 0;
	waitpid(pid, &st, 0);
	if (WIFSIGNALED(st))
		printf("%-22s %-8s killed by signal %d (%s)\n", what, name,
		    WTERMSIG(st), WTERMSIG(st) == SIGXCPU ||
		    WTERMSIG(st) == SIGKILL ? "over the CPU limit" :
		    WTERMSIG(st) == SIGSEGV ? "stack overflow / crash" : "crash");
}

int main(int argc, char **argv)
{
	int rounds = 3, first = 1;
	if (argc > 2 && !strcmp(argv[1], "-r")) {
		rounds = atoi(argv[2]);
		first = 3;
	}
	size_t n = argc > first ? (size_t)(argc - first) : 0, len;
	page *p = calloc(n ? n : 1, sizeof *p);
	for (size_t i = 0; i < n; i++)
		p[i].data = read_gz(argv[first + i], &p[i].len);
	xmlInitParser();
	if (n) {
		time_parser("libxml2", parse_libxml2, p, n, rounds);
		time_parser("libxml2-reuse", parse_libxml2_reuse, p, n, rounds);
		time_parser("libxml2-filter", parse_libxml2_filtered, p, n, rounds);
		time_parser("libxml2-sax", parse_libxml2_sax, p, n, rounds);
		time_parser("gumbo", parse_gumbo, p, n, rounds);
	}
	char *s = nested_divs(100000, &len);
	hostile("100000 nested divs", "libxml2", parse_libxml2, s, len);
	hostile("100000 nested divs", "gumbo", parse_gumbo, s, len);
	free(s);
	s = many_attributes(1000000, &len);
	hostile("1e6 attributes", "libxml2", parse_libxml2, s, len);
	hostile("1e6 attributes", "gumbo", parse_gumbo, s, len);
	free(s);
	for (size_t i = 0; i < n; i++)
		free(p[i].data);
	free(p);
	return 0;
}
