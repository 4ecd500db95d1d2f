/* test_hostile.c - article extraction on hostile pages, through the public
 * API only: 100,000 nested elements, a 50 MB page and a 50 MB text node,
 * a million attributes, scripts, styles and JSON blobs that read like
 * prose, 10^5 <br>, unclosed tags, pages of entities, NUL bytes. Each
 * must return (the text, or a clear status such as CONCORD_ELIMIT), keep
 * the real paragraphs, never leak hidden text, and never emit a NUL or
 * invalid UTF-8. Every page is generated in memory. The harness has no
 * timer: bench/scaling.sh measures how the time grows with the size.
 * Past two million elements a page is refused with CONCORD_ELIMIT (the
 * tree would take some 400 bytes per element). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord.h"
#include "harness.h"

/* Two articles' worth of real-looking prose, so the extractor has
 * something to prefer over the hostile part of the page. */
#define TOP_MARK "harbour authority"
#define TOP_PARA "<p>The harbour authority said on Monday that the new " \
	"breakwater, delayed by two winters of storms, will open to " \
	"fishing boats in the spring, and that the cost rose by a third.</p>"
#define TOP_PARA2 "<p>Engineers from the port, the city and the regional " \
	"government inspected the concrete blocks last week, and found " \
	"no cracks, according to the report they published on Friday.</p>"
#define BOTTOM_MARK "ferry operators"
#define BOTTOM_PARA "<p>The ferry operators, who had asked for the work " \
	"to be finished before the summer season, welcomed the news, but " \
	"said that ticket prices would not fall this year.</p>"
#define BOTTOM_PARA2 "<p>A spokesman for the fishermen's union said its " \
	"members would wait to see the first boats moored there safely, " \
	"after years of promises, before they celebrated anything.</p>"
#define DEEP_MARK "lighthouse keeper"
#define DEEP_PARA "<p>The old lighthouse keeper, who retired in March, " \
	"said the breakwater was the best news the town had heard in years.</p>"

/* ---- a growable page --------------------------------------------------- */

typedef struct page {
	char *d;
	size_t len, cap;
} page;

static void grow(page *p, size_t n)
{
	if (p->len + n + 1 <= p->cap)
		return;
	size_t cap = p->cap ? p->cap : 1 << 16;
	while (cap < p->len + n + 1)
		cap *= 2;
	char *d = realloc(p->d, cap);
	if (!d) {
		fprintf(stderr, "test_hostile: out of memory\n");
		exit(2);
	}
	p->d = d;
	p->cap = cap;
}

static void add_n(page *p, const char *s, size_t n)
{
	grow(p, n);
	memcpy(p->d + p->len, s, n);
	p->len += n;
	p->d[p->len] = 0;
}

static void add(page *p, const char *s)
{
	add_n(p, s, strlen(s));
}

static void add_rep(page *p, const char *s, size_t times)
{
	size_t n = strlen(s);
	grow(p, n * times);
	for (size_t i = 0; i < times; i++)
		add_n(p, s, n);
}

static void page_free(page *p)
{
	free(p->d);
	memset(p, 0, sizeof *p);
}

static concord_status extract_page(const page *p,
    const concord_extract_opts *opts, concord_doc **d)
{
	concord_input in = {0};
	in.path = "hostile.html";
	in.kind = CONCORD_KIND_HTML;
	in.data = p->d;
	in.len = p->len;
	*d = NULL;
	return concord_extract(&in, opts, d);
}

static int valid_utf8(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i < n;) {
		unsigned c = s[i], need, min;
		uint32_t cp;
		if (c < 0x80) {
			i++;
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF)
			need = 1, min = 0x80, cp = c & 0x1F;
		else if (c >= 0xE0 && c <= 0xEF)
			need = 2, min = 0x800, cp = c & 0x0F;
		else if (c >= 0xF0 && c <= 0xF4)
			need = 3, min = 0x10000, cp = c & 0x07;
		else
			return 0;
		for (unsigned k = 1; k <= need; k++) {
			if (i + k >= n || (s[i + k] & 0xC0) != 0x80)
				return 0;
			cp = cp << 6 | (s[i + k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		i += need + 1;
	}
	return 1;
}

/* The invariants every extracted article keeps, hostile or not: text is
 * never NULL, its length is its strlen (no NUL inside), it is valid
 * UTF-8, has no blank paragraph and no white space at either end. */
static void check_article(const concord_doc *d)
{
	const concord_article *a = concord_doc_article(d);
	CHECK(a && a->text);
	if (!a || !a->text)
		return;
	CHECK_INT(strlen(a->text), a->text_len);
	CHECK(valid_utf8((const unsigned char *)a->text, a->text_len));
	CHECK_LACKS(a->text, "\n\n");
	CHECK(a->text_len > 0);
	if (a->text_len) {
		CHECK(a->text[0] != '\n' && a->text[0] != ' ');
		CHECK(a->text[a->text_len - 1] != '\n' &&
		    a->text[a->text_len - 1] != ' ');
	}
	CHECK(a->id && strlen(a->id) == 16);
}

/* Runs p; expects CONCORD_OK and the article invariants. Returns the doc
 * (free it) or NULL. */
static concord_doc *expect_ok(const page *p, const concord_extract_opts *o)
{
	concord_doc *d = NULL;
	concord_status st = extract_page(p, o, &d);
	CHECK_INT(st, CONCORD_OK);
	if (st)
		fprintf(stderr, "  status: %s\n", concord_strerror(st));
	if (d)
		check_article(d);
	return d;
}

static const char *text_of(const concord_doc *d)
{
	return d ? concord_doc_article(d)->text : NULL;
}

/* ---- (a) deep nesting -------------------------------------------------- */

#define DEEP 100000

/* An article whose first two and last two paragraphs sit at the top of
 * the page, and between them DEEP levels of open..close, with a paragraph
 * at the bottom of the pit (and DEEP stray end tags there, if any). The
 * top and bottom paragraphs must survive; the deep one is past max_depth,
 * which is not visited. */
static void nested_page(page *p, const char *open, const char *stray,
    const char *close)
{
	add(p, "<html><head><title>Breakwater</title></head><body><article>");
	add(p, TOP_PARA TOP_PARA2);
	add_rep(p, open, DEEP);
	add(p, DEEP_PARA);
	if (stray)
		add_rep(p, stray, DEEP);
	add_rep(p, close, DEEP);
	add(p, BOTTOM_PARA BOTTOM_PARA2);
	add(p, "</article></body></html>");
}

static void check_nested3(const char *open, const char *stray,
    const char *close)
{
	page p = {0};
	concord_doc *d = NULL;
	nested_page(&p, open, stray, close);
	concord_status st = extract_page(&p, NULL, &d);
	/* adversarial strays may be refused as a nesting limit */
	if (stray && st == CONCORD_ELIMIT) {
		CHECK(d == NULL);
		page_free(&p);
		return;
	}
	CHECK_INT(st, CONCORD_OK);
	if (d)
		check_article(d);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	/* the article reads in page order */
	if (text_of(d) && strstr(text_of(d), BOTTOM_MARK))
		CHECK(strstr(text_of(d), TOP_MARK) <
		    strstr(text_of(d), BOTTOM_MARK));
	concord_doc_free(d);
	page_free(&p);
}

static void check_nested(const char *open, const char *close)
{
	check_nested3(open, NULL, close);
}

static void test_nested_div(void)
{
	check_nested("<div>", "</div>");
}

static void test_nested_b(void)
{
	check_nested("<b>", "</b>");
}

static void test_nested_table(void)
{
	check_nested("<table><tr><td>", "</td></tr></table>");
}

static void test_nested_li(void)
{
	check_nested("<ul><li>", "</li></ul>");
}

/* 100,000 <div> never closed, the article before them and a paragraph at
 * the very end of the file. */
static void test_nested_unclosed(void)
{
	page p = {0};
	add(&p, "<html><body>" TOP_PARA TOP_PARA2);
	add_rep(&p, "<div><span>", DEEP);
	add(&p, BOTTOM_PARA);
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* Stray end tags that match nothing, under open elements: each makes
 * libxml2 search its stack of open elements, so that stack must stay
 * bounded (else the time is depth x strays). Here 200 levels, within
 * every limit, under half a million strays. */
static void test_unmatched_end_tags(void)
{
	page p = {0};
	add(&p, "<html><body><article>" TOP_PARA TOP_PARA2);
	add_rep(&p, "<div>", 200);
	add_rep(&p, "</span>", 500000);
	add_rep(&p, "</div>", 200);
	add(&p, BOTTOM_PARA BOTTOM_PARA2 "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* 100,000 levels, 100,000 strays at the bottom, then the closing tags:
 * the article around them, or CONCORD_ELIMIT. */
static void test_deep_unmatched_end_tags(void)
{
	check_nested3("<div>", "</span>", "</div>");
	check_nested3("<div><span>", "</i></b>", "</span></div>");
}

/* max_depth is honoured: a paragraph 40 levels down is not kept with
 * max_depth 16, and is kept with the default. */
static void test_max_depth_option(void)
{
	page p = {0};
	concord_extract_opts o = {0};
	add(&p, "<html><body><article>" TOP_PARA TOP_PARA2);
	add_rep(&p, "<div>", 40);
	add(&p, DEEP_PARA);
	add_rep(&p, "</div>", 40);
	add(&p, BOTTOM_PARA "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), DEEP_MARK);
	concord_doc_free(d);
	o.max_depth = 16;
	d = expect_ok(&p, &o);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	CHECK_LACKS(text_of(d), DEEP_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* ---- (b) 50 MB --------------------------------------------------------- */

#define BIG ((size_t)50 << 20)

/* About 50 MB of numbered paragraphs of 600 bytes inside one article. */
#define MORE "The chairman, who had asked for the hearing to be held in " \
	"public, thanked the witnesses for their patience, and said that " \
	"the report, which runs to four hundred pages, would be sent to " \
	"every member before the vote; several members said they had not " \
	"yet read the draft, and asked for a second session in the spring, " \
	"when the figures for the whole year would be known to everyone."
static void big_page(page *p)
{
	char para[1024];
	add(p, "<html><head><title>Long</title></head><body><article>");
	for (size_t i = 0; p->len < BIG; i++) {
		int n = snprintf(para, sizeof para, "<p>Paragraph %zu of the "
		    "record: the committee heard from witnesses, read the "
		    "minutes, and adjourned until the next morning. %s</p>\n",
		    i, MORE);
		add_n(p, para, (size_t)n);
	}
	add(p, "<p>The last paragraph of the record, signed by the clerk.</p>");
	add(p, "</article></body></html>");
}

static void test_big_page(void)
{
	page p = {0};
	concord_source *s = NULL;
	concord_input in;
	concord_extract_opts o = {0};
	big_page(&p);
	CHECK_INT(concord_source_open_memory("big.html", p.d, p.len, &s), 0);
	CHECK_INT(s ? concord_source_next(s, &in) : CONCORD_EINVAL, CONCORD_OK);
	if (!s || in.len != p.len || in.kind != CONCORD_KIND_HTML) {
		CHECK(!"the source yields the whole page as HTML");
		concord_source_free(s);
		page_free(&p);
		return;
	}
	o.max_input_len = (size_t)64 << 20;  /* the default, said aloud */
	concord_doc *d = NULL;
	CHECK_INT(concord_extract(&in, &o, &d), CONCORD_OK);
	if (d)
		check_article(d);
	CHECK_HAS(text_of(d), "Paragraph 0 of the record");
	CHECK_HAS(text_of(d), "Paragraph 50000 of the record");
	CHECK_HAS(text_of(d), "signed by the clerk.");
	if (d)
		CHECK(concord_doc_article(d)->text_len > BIG / 2);
	concord_doc_free(d);
	CHECK_INT(concord_source_next(s, &in), CONCORD_END);
	concord_source_free(s);
	page_free(&p);
}

/* One text node of 50 MB: either all of it comes back, or a clear status;
 * never a silently truncated article. */
static void test_big_text_node(void)
{
	page p = {0};
	static const char words[] = "the committee heard from witnesses and "
	    "read the minutes, ";
	add(&p, "<html><body><p>Start of the record: ");
	while (p.len < BIG)
		add(&p, words);
	add(&p, "end of the record.</p></body></html>");
	concord_doc *d = NULL;
	concord_status st = extract_page(&p, NULL, &d);
	CHECK(st == CONCORD_OK || st == CONCORD_ELIMIT);
	if (!st) {
		check_article(d);
		CHECK_HAS(text_of(d), "Start of the record:");
		CHECK_HAS(text_of(d), "end of the record.");
		CHECK(concord_doc_article(d)->text_len > BIG - 100);
	} else {
		CHECK(d == NULL);
	}
	concord_doc_free(d);
	page_free(&p);
}

/* The 50 MB page over max_input_len: 32 MiB refuses it with
 * CONCORD_ELIMIT before any work, and so does one byte less than its
 * length; a page of exactly max_input_len bytes is accepted. (The default
 * 64 MiB accepting it is test_big_page.) */
static void test_big_page_limit(void)
{
	page p = {0};
	concord_extract_opts o = {0};
	concord_doc *d = (concord_doc *)&p;
	big_page(&p);
	o.max_input_len = (size_t)32 << 20;
	CHECK_INT(extract_page(&p, &o, &d), CONCORD_ELIMIT);
	CHECK(d == NULL);
	CHECK(strlen(concord_strerror(CONCORD_ELIMIT)) > 0);
	CHECK(strcmp(concord_strerror(CONCORD_ELIMIT),
	    concord_strerror(CONCORD_EPARSE)));
	o.max_input_len = p.len - 1;
	CHECK_INT(extract_page(&p, &o, &d), CONCORD_ELIMIT);
	page_free(&p);

	add(&p, "<html><body>" TOP_PARA TOP_PARA2 "</body></html>");
	o.max_input_len = p.len;
	d = expect_ok(&p, &o);
	CHECK_HAS(text_of(d), TOP_MARK);
	concord_doc_free(d);
	o.max_input_len = p.len - 1;
	CHECK_INT(extract_page(&p, &o, &d), CONCORD_ELIMIT);
	page_free(&p);
}

/* ---- (c) attributes ---------------------------------------------------- */

#define MILLION 1000000

/* One element with 10^6 attributes (distinct, then all the same name),
 * the article inside it. */
static void test_million_attributes(void)
{
	for (int same = 0; same < 2; same++) {
		page p = {0};
		char at[32];
		add(&p, "<html><body><div class=\"story\" ");
		for (size_t i = 0; i < MILLION; i++) {
			int n = same ? snprintf(at, sizeof at, "data-x=\"1\" ") :
			    snprintf(at, sizeof at, "a%zu=v ", i);
			add_n(&p, at, (size_t)n);
		}
		add(&p, ">" TOP_PARA TOP_PARA2 BOTTOM_PARA "</div></body></html>");
		concord_doc *d = expect_ok(&p, NULL);
		CHECK_HAS(text_of(d), TOP_MARK);
		CHECK_HAS(text_of(d), BOTTOM_MARK);
		CHECK_LACKS(text_of(d), "a999999");
		CHECK_LACKS(text_of(d), "data-x");
		concord_doc_free(d);
		page_free(&p);
	}
}

/* 10^6 elements, each with a few attributes, then the article. */
static void test_million_elements(void)
{
	page p = {0};
	add(&p, "<html><body><div class=\"grid\">");
	add_rep(&p, "<i lang></i>", MILLION);
	add(&p, "</div><article>" TOP_PARA TOP_PARA2 BOTTOM_PARA
	    "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* 2.5 million tiny elements (20 MB of <p>x</p>) pass the budget of two
 * million: refused with CONCORD_ELIMIT before any tree is built. Three
 * million '<' in text, comments and script are not elements: accepted. */
static void test_element_budget(void)
{
	page p = {0};
	concord_doc *d = (concord_doc *)&p;
	add(&p, "<html><body><article>" TOP_PARA TOP_PARA2);
	add_rep(&p, "<p>x</p>", 2500000);
	add(&p, BOTTOM_PARA "</article></body></html>");
	CHECK_INT(extract_page(&p, NULL, &d), CONCORD_ELIMIT);
	CHECK(d == NULL);
	page_free(&p);

	add(&p, "<html><body><article>" TOP_PARA "<p>");
	add_rep(&p, "1<2 ", 1000000);
	add(&p, "</p><!--");
	add_rep(&p, "<b>", 1000000);
	add(&p, "--><script>");
	add_rep(&p, "<b>", 1000000);
	add(&p, "</script>" BOTTOM_PARA "</article></body></html>");
	d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), "1<2 1<2");
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* An attribute value of 20 MB, unterminated quotes, and '>' inside
 * quoted values: the article after them is intact. */
static void test_huge_attribute_value(void)
{
	page p = {0};
	add(&p, "<html><body><div title=\"");
	add_rep(&p, "x>y<p>not text</p> ", ((size_t)20 << 20) / 19);
	add(&p, "\"><article>" TOP_PARA TOP_PARA2 BOTTOM_PARA
	    "</article></div></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_LACKS(text_of(d), "not text");
	concord_doc_free(d);
	page_free(&p);
}

/* ---- (d) hidden text that reads like prose ----------------------------- */

#define HIDDEN "Secret prose that reads like an article: the minister said " \
	"on Tuesday that the budget would rise, and the council agreed, " \
	"with a long sentence full of commas, names, and numbers."

static void test_script_like_text(void)
{
	page p = {0};
	add(&p, "<html><head><title>Budget</title>"
	    "<script type=\"application/ld+json\">{\"@context\":"
	    "\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
	    "\"Budget\",\"articleBody\":\"JSONLD " HIDDEN "\"}</script>"
	    "<style>p.JSTYLE::before { content: \"STYLE " HIDDEN "\" }</style>"
	    "</head><body>");
	/* long English prose in a script, repeated to outweigh the article */
	add(&p, "<script>/* ");
	add_rep(&p, "SCRIPT " HIDDEN " ", 200);
	add(&p, "*/ var s = \"</p><p>SCRIPT2 " HIDDEN "\";</script>");
	add(&p, "<noscript><p>NOSCRIPT " HIDDEN "</p><p>NOSCRIPT "
	    HIDDEN "</p></noscript>");
	add(&p, "<template><p>TEMPLATE " HIDDEN "</p><p>TEMPLATE " HIDDEN
	    "</p></template>");
	/* in the article, a self-closed script tag (HTML5 ignores the
	 * slash: what follows is code up to </script>) */
	add(&p, "<article>" TOP_PARA "<script type=\"text/javascript\"/>"
	    "var t = \"SELFSCRIPT " HIDDEN "\"; if (a<b && c>d) go();"
	    "</script>" TOP_PARA2 BOTTOM_PARA "</article>");
	add(&p, "<script type=\"text/template\"><p>TPLSCRIPT " HIDDEN
	    "</p></script>");
	add(&p, "<style>");
	add_rep(&p, "/* STYLE2 " HIDDEN " */ ", 100);
	add(&p, "</style><!-- COMMENT " HIDDEN " -->");
	add(&p, "<textarea>TEXTAREA " HIDDEN "</textarea></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	CHECK_LACKS(text_of(d), "Secret prose");
	CHECK_LACKS(text_of(d), "JSONLD");
	CHECK_LACKS(text_of(d), "SCRIPT");
	CHECK_LACKS(text_of(d), "STYLE");
	CHECK_LACKS(text_of(d), "TEMPLATE");
	CHECK_LACKS(text_of(d), "COMMENT");
	CHECK_LACKS(text_of(d), "TEXTAREA");
	CHECK_LACKS(text_of(d), "content:");
	concord_doc_free(d);
	page_free(&p);
}

/* A page whose only prose is hidden has no article. */
static void test_only_hidden_text(void)
{
	page p = {0};
	concord_doc *d = NULL;
	add(&p, "<html><head><script type=\"application/ld+json\">"
	    "{\"@type\":\"NewsArticle\",\"articleBody\":\"" HIDDEN "\"}"
	    "</script></head><body><script>");
	add_rep(&p, HIDDEN " ", 1000);
	add(&p, "</script><noscript>" HIDDEN "</noscript><style>" HIDDEN
	    "</style><template><p>" HIDDEN "</p></template></body></html>");
	CHECK_INT(extract_page(&p, NULL, &d), CONCORD_EEMPTY);
	CHECK(d == NULL);
	concord_doc_free(d);
	page_free(&p);
}

/* A script that never closes swallows the rest of the file (as browsers
 * do); a <script> tag inside a string does not end it. */
static void test_unclosed_script(void)
{
	page p = {0};
	add(&p, "<html><body><article>" TOP_PARA TOP_PARA2 BOTTOM_PARA
	    "</article><script>var a = '<script>'; var b = '<p>SCRIPT "
	    HIDDEN "</p>';");
	add_rep(&p, "SCRIPT " HIDDEN " ", 10000);
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_LACKS(text_of(d), "SCRIPT");
	concord_doc_free(d);
	page_free(&p);
}

/* 10^5 self-closed script tags, then one script that closes: each
 * stays empty (the next script tag opens before any </script>), and the
 * searches for the two tags cover the page once each, not once per
 * tag. */
static void test_self_closed_scripts(void)
{
	page p = {0};
	add(&p, "<html><body><article>" TOP_PARA TOP_PARA2);
	add_rep(&p, "<script src=\"x.js\"/><i>x</i>", 100000);
	add(&p, "<script>var z;</script>" BOTTOM_PARA
	    "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* 10^5 combining marks on one letter, of two classes out of order (a
 * minute to normalize before runs were cut): the article is read, and no
 * run of more than 30 marks reaches its text. */
static void test_mark_run(void)
{
	page p = {0};
	add(&p, "<html><body><article>" TOP_PARA "<p>Zalgo a");
	add_rep(&p, "\xcc\x81\xcc\x96", 50000);
	add(&p, " text.</p>" TOP_PARA2 BOTTOM_PARA "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	const char *t = text_of(d);
	size_t run = 0, longest = 0;
	for (size_t i = 0; t && t[i]; i++) {
		if ((unsigned char)t[i] == 0xcc) {
			if (++run > longest)
				longest = run;
			i++;
		} else {
			run = 0;
		}
	}
	CHECK_HAS(t, TOP_MARK);
	CHECK_HAS(t, BOTTOM_MARK);
	CHECK(longest <= 30);
	concord_doc_free(d);
	page_free(&p);
}

/* ---- (e) odd shapes ---------------------------------------------------- */

/* Quotes inside quotes, 10^5 deep, inline and block. */
static void test_nested_quotes(void)
{
	check_nested("<q>", "</q>");
	check_nested("<blockquote>", "</blockquote>");
}

/* 10^5 <br> between words, and 10^5 <br> alone: no blank paragraphs. */
static void test_many_br(void)
{
	page p = {0};
	add(&p, "<html><body><article>" TOP_PARA);
	add(&p, "<p>");
	add_rep(&p, "word, word<br>", 100000);
	add(&p, "</p><div>");
	add_rep(&p, "<br>", 100000);
	add(&p, "</div><br/><br />" BOTTOM_PARA "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	concord_doc_free(d);
	page_free(&p);
}

/* Tags left open everywhere, a truncated tag and an endless comment at
 * the end of the file. */
static void test_unclosed_tags(void)
{
	page p = {0};
	add(&p, "<html><body><article><p>The harbour authority said on "
	    "Monday that the new breakwater <b>will open <i>in the spring, "
	    "<span>and <font>that the cost rose by a third.<p>");
	add(&p, TOP_PARA2 "<p>A spokesman for the fishermen's union said "
	    "its members would wait, after years of promises, to see the "
	    "first boats moored there safely, before they celebrated.");
	add_rep(&p, "<p><span><em>more, and more, text", 50000);
	add(&p, "<div class=\"unterminated");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), "fishermen's union");
	concord_doc_free(d);
	page_free(&p);

	add(&p, "<html><body><article>" TOP_PARA TOP_PARA2 BOTTOM_PARA
	    "</article><!-- a comment that never ends ");
	add_rep(&p, "<p>COMMENT " HIDDEN "</p>", 10000);
	d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_LACKS(text_of(d), "COMMENT");
	concord_doc_free(d);
	page_free(&p);
}

/* A page made only of entities: named, numeric, invalid (NUL, surrogates,
 * past U+10FFFF, empty, unterminated): the valid ones decoded, the
 * invalid ones never reaching the text as NUL or invalid UTF-8. */
static void test_only_entities(void)
{
	page p = {0};
	add(&p, "<html><body><p>");
	add_rep(&p, "&amp;&lt;&gt;&quot;&eacute;&#233;&#xE9;&#x1F600;&nbsp;"
	    "&#0;&#x0;&#xD800;&#xDFFF;&#x110000;&#99999999999;&#x;&#;&bogus;"
	    "&amp&lt&#65&#x42 &", 20000);
	add(&p, "</p></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), "&<>\"\xC3\xA9\xC3\xA9\xC3\xA9\xF0\x9F\x98\x80");
	CHECK_HAS(text_of(d), "AB &");
	concord_doc_free(d);
	page_free(&p);

	/* the file is nothing but entities, not even a tag */
	add_rep(&p, "&eacute;&#x2014;&amp;", 100000);
	d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), "\xC3\xA9\xE2\x80\x94&\xC3\xA9");
	concord_doc_free(d);
	page_free(&p);
}

/* NUL bytes inside the page: in text, in tag names, in an attribute, and
 * a run of them. The article comes out whole and without any NUL. An
 * in-memory source either yields the page as HTML or calls it binary with
 * a message naming it. */
static void test_nul_bytes(void)
{
	page p = {0};
	static const char nuls[] = "<p>Before\0after, the council\0 voted "
	    "on Tuesday to approve the new budget.</p><div cl\0ass=\"a\0b\">"
	    "\0\0\0\0</div><sp\0an>x</sp\0an>";
	add(&p, "<html><body><article>" TOP_PARA);
	for (int i = 0; i < 1000; i++)
		add_n(&p, nuls, sizeof nuls - 1);
	add(&p, TOP_PARA2 BOTTOM_PARA "</article></body></html>");
	concord_doc *d = expect_ok(&p, NULL);
	CHECK_HAS(text_of(d), TOP_MARK);
	CHECK_HAS(text_of(d), "Before");
	CHECK_HAS(text_of(d), BOTTOM_MARK);
	concord_doc_free(d);

	concord_source *s = NULL;
	concord_input in;
	CHECK_INT(concord_source_open_memory("nul.html", p.d, p.len, &s), 0);
	concord_status st = s ? concord_source_next(s, &in) : CONCORD_EINVAL;
	CHECK(st == CONCORD_OK || st == CONCORD_EBINARY);
	if (st == CONCORD_OK) {
		CHECK_INT(in.kind, CONCORD_KIND_HTML);
		CHECK_INT(concord_extract(&in, NULL, &d), CONCORD_OK);
		CHECK_HAS(text_of(d), BOTTOM_MARK);
		concord_doc_free(d);
	} else if (s) {
		CHECK_HAS(concord_source_error(s), "nul.html");
	}
	if (s)
		CHECK_INT(concord_source_next(s, &in), CONCORD_END);
	concord_source_free(s);
	page_free(&p);
}

static const test_case tests[] = {
	{"nested_unclosed", test_nested_unclosed},
	{"max_depth_option", test_max_depth_option},
	{"unmatched_end_tags", test_unmatched_end_tags},
	{"big_page", test_big_page},
	{"big_page_limit", test_big_page_limit},
	{"million_attributes", test_million_attributes},
	{"million_elements", test_million_elements},
	{"huge_attribute_value", test_huge_attribute_value},
	{"script_like_text", test_script_like_text},
	{"only_hidden_text", test_only_hidden_text},
	{"unclosed_script", test_unclosed_script},
	{"self_closed_scripts", test_self_closed_scripts},
	{"mark_run", test_mark_run},
	{"many_br", test_many_br},
	{"unclosed_tags", test_unclosed_tags},
	{"only_entities", test_only_entities},
	{"nested_div", test_nested_div},
	{"nested_b", test_nested_b},
	{"nested_table", test_nested_table},
	{"nested_li", test_nested_li},
	{"nested_quotes", test_nested_quotes},
	{"deep_unmatched_end_tags", test_deep_unmatched_end_tags},
	{"big_text_node", test_big_text_node},
	{"nul_bytes", test_nul_bytes},
	{"element_budget", test_element_budget},
};

int main(int argc, char **argv)
{
	return harness_main(tests, sizeof tests / sizeof tests[0], argc, argv);
}
