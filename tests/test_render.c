/* test_render.c - the renderers: escaping in HTML, Markdown and JSON,
 * JSON that parses back (lib/json.h) with the same strings, write errors,
 * and reports of real articles in every format. */
#include "harness.h"

#include "concord/brief.h"
#include "concord/extract.h"
#include "concord/render.h"
#include "concord/text.h"
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- an in-memory sink ---- */

typedef struct sink {
	char *data;
	size_t len, cap;
	int fail_after;  /* > 0: the Nth write fails */
	int writes;
} sink;

static int sink_write(void *ctx, const char *d, size_t n)
{
	sink *s = ctx;
	if (s->fail_after && ++s->writes >= s->fail_after)
		return 1;
	if (s->len + n + 1 > s->cap) {
		size_t cap = (s->len + n + 1) * 2;
		char *nd = realloc(s->data, cap);
		if (!nd)
			return 1;
		s->data = nd;
		s->cap = cap;
	}
	memcpy(s->data + s->len, d, n);
	s->len += n;
	s->data[s->len] = '\0';
	return 0;
}

static void sink_free(sink *s)
{
	free(s->data);
	memset(s, 0, sizeof *s);
}

/* ---- articles ---- */

static const char EVIL_TITLE[] =
    "<script>alert(\"x\")</script> & 'quoted' \"title\"";
static const char EVIL_TEXT[] =
    "The council said on Monday that the <b>bridge</b> & \"road\" will "
    "close for 10 weeks.\n# Not a heading: [link](javascript:alert(1)) "
    "and *stars* and a tab\there and a bell \x07 and bad \xff\xfe bytes.\n"
    "The mayor said \"we will reopen it in August\" at a press conference.";

static concord_doc *make_doc(const char *path, const char *title,
    const char *text, const char *date, const char *url)
{
	concord_article a = {.path = path, .title = title, .text = text,
	    .text_len = strlen(text), .date = date, .url = url,
	    .site = "Example <Site>"};
	concord_doc *d = NULL;
	if (concord_doc_from_fields(&a, &d))
		return NULL;
	return d;
}

static concord_report *evil_report(concord_doc **d)
{
	*d = make_doc("dir/<evil>.txt", EVIL_TITLE, EVIL_TEXT, "2026-06-03",
	    "javascript:alert(1)");
	if (!*d)
		return NULL;
	const concord_article *a = concord_doc_article(*d);
	concord_report *r = NULL;
	if (concord_report_build(&a, 1, NULL, &r))
		return NULL;
	return r;
}

static concord_status render(concord_format f, const concord_report *r,
    sink *s)
{
	concord_renderer *rr;
	concord_status st = concord_render_open(f, sink_write, s, &rr);
	if (st)
		return st;
	st = concord_render_story(rr, r, 1);
	concord_status cst = concord_render_close(rr);
	return st ? st : cst;
}

/* ---- tests ---- */

static void test_json_string(void)
{
	sink s = {0};
	const char in[] = "a\"b\\c\n\t\x01\x1f \xff z \xe2\x80\xa8 \xc3\xa9";
	CHECK_INT(concord_render_json_string(in, sizeof in - 1, sink_write, &s),
	    CONCORD_OK);
	CHECK_STR(s.data, "\"a\\\"b\\\\c\\n\\t\\u0001\\u001f \xef\xbf\xbd z "
	    "\\u2028 \xc3\xa9\"");
	sink_free(&s);
	/* overlong, surrogate and truncated sequences are all replaced */
	const char bad[] = "\xc0\xaf|\xed\xa0\x80|\xe2\x82";
	CHECK_INT(concord_render_json_string(bad, sizeof bad - 1, sink_write, &s),
	    CONCORD_OK);
	CHECK(s.data && concord_utf8_valid(s.data, s.len));
	CHECK_LACKS(s.data, "\xc0");
	CHECK_LACKS(s.data, "\xed");
	sink_free(&s);
	/* an embedded NUL is data, not the end */
	CHECK_INT(concord_render_json_string("a\0b", 3, sink_write, &s),
	    CONCORD_OK);
	CHECK_STR(s.data, "\"a\\u0000b\"");
	sink_free(&s);
}

static void test_html_escape(void)
{
	sink s = {0};
	CHECK_INT(concord_render_html_escape(EVIL_TITLE, strlen(EVIL_TITLE),
	    sink_write, &s), CONCORD_OK);
	CHECK_STR(s.data, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"
	    " &amp; &#39;quoted&#39; &quot;title&quot;");
	sink_free(&s);
}

static void test_html_report(void)
{
	concord_doc *d;
	concord_report *r = evil_report(&d);
	CHECK(r != NULL);
	sink s = {0};
	if (r) {
		CHECK_INT(render(CONCORD_FORMAT_HTML, r, &s), CONCORD_OK);
		CHECK_HAS(s.data, "<!DOCTYPE html>");
		CHECK_HAS(s.data, "</html>\n");
		CHECK_HAS(s.data, "&lt;script&gt;alert(&quot;x&quot;)");
		CHECK_LACKS(s.data, "<script");
		CHECK_LACKS(s.data, "<Site>");
		CHECK_LACKS(s.data, "<evil>");
		CHECK_LACKS(s.data, "<b>bridge");
		/* a javascript: URL never becomes a link */
		CHECK_LACKS(s.data, "href=\"javascript");
		CHECK(concord_utf8_valid(s.data, s.len));
	}
	sink_free(&s);
	concord_report_free(r);
	concord_doc_free(d);
}

static void test_markdown_report(void)
{
	concord_doc *d;
	concord_report *r = evil_report(&d);
	CHECK(r != NULL);
	sink s = {0};
	if (r) {
		CHECK_INT(render(CONCORD_FORMAT_MARKDOWN, r, &s), CONCORD_OK);
		CHECK_HAS(s.data, "## Story 1: ");
		CHECK_HAS(s.data, "\\<script\\>");
		CHECK_HAS(s.data, "### Articles");
		CHECK(concord_utf8_valid(s.data, s.len));
		/* article text never starts a line of its own markup */
		CHECK_LACKS(s.data, "\n# Not a heading");
		const char *h = strstr(s.data, "Not a heading");
		if (h && h > s.data + 2 && h[-3] == '\n')
			CHECK(!"a summary line starts with a raw #");
		if (h && h > s.data + 3 && h[-4] == '\n')
			CHECK(!memcmp(h - 3, "\\# ", 3));
		CHECK_LACKS(s.data, "[link](javascript");
		CHECK_LACKS(s.data, "\x07");
	}
	sink_free(&s);
	concord_report_free(r);
	concord_doc_free(d);
}

/* Parses s back and checks the story object's shape and strings. */
static void check_story(const json_value *st, const concord_report *r)
{
	CHECK(st && st->type == JSON_OBJECT);
	if (!st)
		return;
	const json_value *title = json_get(st, "title");
	CHECK(title && title->type == JSON_STRING);
	if (title && concord_report_title(r))
		CHECK_STR(title->str, concord_report_title(r));
	const json_value *arts = json_get(st, "articles");
	CHECK(arts && arts->type == JSON_ARRAY);
	size_t n = 0;
	for (const json_value *a = arts ? arts->child : NULL; a; a = a->next) {
		const json_value *id = json_get(a, "id");
		CHECK(id && id->type == JSON_STRING && id->len == 16);
		CHECK(json_get(a, "derived_from") != NULL);
		n++;
	}
	CHECK_INT(n, concord_report_narticles(r));
	const json_value *sum = json_get(st, "summary");
	CHECK(sum && sum->type == JSON_ARRAY);
	n = 0;
	for (const json_value *x = sum ? sum->child : NULL; x; x = x->next) {
		const json_value *t = json_get(x, "text");
		CHECK(t && t->type == JSON_STRING);
		/* the same string back, or its repaired UTF-8 */
		const char *orig = n < concord_report_nsummary(r) ?
		    concord_report_summary(r, n)->text : NULL;
		if (t && orig && concord_utf8_valid(orig, strlen(orig)))
			CHECK_STR(t->str, orig);
		else if (t)
			CHECK(concord_utf8_valid(t->str, t->len));
		CHECK(json_get(x, "sources") &&
		    json_get(x, "sources")->type == JSON_ARRAY);
		n++;
	}
	CHECK_INT(n, concord_report_nsummary(r));
	const json_value *claims = json_get(st, "claims");
	CHECK(claims && claims->type == JSON_ARRAY);
	n = 0;
	for (const json_value *c = claims ? claims->child : NULL; c; c = c->next)
		n++;
	CHECK_INT(n, concord_report_nclaims(r));
}

static void test_json_report(void)
{
	concord_doc *d;
	concord_report *r = evil_report(&d);
	CHECK(r != NULL);
	sink s = {0};
	arena *ar = arena_new(0);
	if (r) {
		CHECK_INT(render(CONCORD_FORMAT_JSON, r, &s), CONCORD_OK);
		json_value *root = NULL;
		size_t off = 0;
		CHECK_INT(json_parse(ar, s.data, s.len, 0, &root, &off),
		    CONCORD_OK);
		const json_value *stories = json_get(root, "stories");
		CHECK(stories && stories->type == JSON_ARRAY && stories->child);
		if (stories)
			check_story(stories->child, r);
		if (stories && stories->child)
			CHECK_STR(json_get(stories->child, "title")->str,
			    EVIL_TITLE);
		sink_free(&s);
		/* a single-story document is the story object itself */
		CHECK_INT(concord_render_report(CONCORD_FORMAT_JSON, r, 7,
		    sink_write, &s), CONCORD_OK);
		root = NULL;
		CHECK_INT(json_parse(ar, s.data, s.len, 0, &root, &off),
		    CONCORD_OK);
		check_story(root, r);
		const json_value *id = json_get(root, "story");
		CHECK(id && id->type == JSON_NUMBER && !strcmp(id->str, "7"));
	}
	arena_free(ar);
	sink_free(&s);
	concord_report_free(r);
	concord_doc_free(d);
}

/* A real two-story document from the example corpus. */
static void test_real_multi(void)
{
	const char *paths[] = {"examples/bridge-radio-marrowford.txt",
	    "examples/wetlands-science-lantern.txt"};
	concord_doc *d[2] = {NULL, NULL};
	concord_report *r[2] = {NULL, NULL};
	for (int i = 0; i < 2; i++) {
		size_t len;
		char *text = harness_read_file(paths[i], &len);
		CHECK(text != NULL);
		if (!text)
			continue;
		concord_input in = {.path = paths[i], .kind = CONCORD_KIND_TEXT,
		    .data = text, .len = len};
		CHECK_INT(concord_extract(&in, NULL, &d[i]), CONCORD_OK);
		free(text);
		const concord_article *a = d[i] ? concord_doc_article(d[i]) : NULL;
		if (a)
			CHECK_INT(concord_report_build(&a, 1, NULL, &r[i]),
			    CONCORD_OK);
	}
	for (concord_format f = CONCORD_FORMAT_MARKDOWN;
	    r[0] && r[1] && f <= CONCORD_FORMAT_HTML; f++) {
		sink s = {0};
		concord_renderer *rr;
		CHECK_INT(concord_render_open(f, sink_write, &s, &rr), CONCORD_OK);
		CHECK_INT(concord_render_story(rr, r[0], 1), CONCORD_OK);
		CHECK_INT(concord_render_story(rr, r[1], 2), CONCORD_OK);
		CHECK_INT(concord_render_close(rr), CONCORD_OK);
		CHECK(s.data && concord_utf8_valid(s.data, s.len));
		if (f == CONCORD_FORMAT_JSON) {
			arena *ar = arena_new(0);
			json_value *root = NULL;
			CHECK_INT(json_parse(ar, s.data, s.len, 0, &root, NULL),
			    CONCORD_OK);
			const json_value *st = json_get(root, "stories");
			CHECK(st && st->child && st->child->next &&
			    !st->child->next->next);
			if (st && st->child && st->child->next) {
				check_story(st->child, r[0]);
				check_story(st->child->next, r[1]);
			}
			arena_free(ar);
		} else {
			CHECK_HAS(s.data, "Story 2");
		}
		sink_free(&s);
	}
	for (int i = 0; i < 2; i++) {
		concord_report_free(r[i]);
		concord_doc_free(d[i]);
	}
}

static void test_article_json(void)
{
	concord_doc *d = make_doc("a\"b.txt", EVIL_TITLE, EVIL_TEXT, NULL, NULL);
	CHECK(d != NULL);
	sink s = {0};
	arena *ar = arena_new(0);
	if (d) {
		CHECK_INT(concord_render_article_json(concord_doc_article(d),
		    sink_write, &s), CONCORD_OK);
		CHECK(s.len > 0 && s.data[s.len - 1] == '\n');
		CHECK(memchr(s.data, '\n', s.len) == s.data + s.len - 1);
		json_value *root = NULL;
		CHECK_INT(json_parse(ar, s.data, s.len, 0, &root, NULL),
		    CONCORD_OK);
		const char *keys[] = {"path", "url", "site", "title", "author",
		    "date", "lang", "text", "id"};
		for (size_t i = 0; i < 9; i++)
			CHECK(json_get(root, keys[i]) != NULL);
		CHECK_STR(json_get(root, "path")->str, "a\"b.txt");
		CHECK_STR(json_get(root, "title")->str, EVIL_TITLE);
		CHECK(json_get(root, "date")->type == JSON_NULL);
		/* the text comes back with its bad bytes repaired */
		const char *text = json_get(root, "text")->str;
		CHECK(concord_utf8_valid(text, strlen(text)));
		CHECK_HAS(text, "a tab\there and a bell \x07 and bad "
		    "\xef\xbf\xbd\xef\xbf\xbd bytes.");
		CHECK_HAS(text, "<b>bridge</b> & \"road\"");
	}
	arena_free(ar);
	sink_free(&s);
	concord_doc_free(d);
}

static void test_write_error(void)
{
	concord_doc *d;
	concord_report *r = evil_report(&d);
	for (concord_format f = CONCORD_FORMAT_MARKDOWN;
	    r && f <= CONCORD_FORMAT_HTML; f++) {
		sink s = {.fail_after = 1};
		CHECK_INT(render(f, r, &s), CONCORD_EIO);
		sink_free(&s);
	}
	concord_report_free(r);
	concord_doc_free(d);
}

static void test_format_parse(void)
{
	concord_format f;
	CHECK_INT(concord_format_parse("md", &f), CONCORD_OK);
	CHECK_INT(f, CONCORD_FORMAT_MARKDOWN);
	CHECK_INT(concord_format_parse("json", &f), CONCORD_OK);
	CHECK_INT(f, CONCORD_FORMAT_JSON);
	CHECK_INT(concord_format_parse("html", &f), CONCORD_OK);
	CHECK_INT(f, CONCORD_FORMAT_HTML);
	CHECK_INT(concord_format_parse("pdf", &f), CONCORD_EINVAL);
	CHECK_INT(concord_format_parse(NULL, &f), CONCORD_EINVAL);
}

/* Claims read verbatim first, the canonical value only where it adds
 * something, and a conflict names the claim it conflicts with. */
static void test_claim_lines(void)
{
	concord_doc *d[2];
	d[0] = make_doc("a.txt", "Bridge closes", "The bridge carries about "
	    "12,000 vehicles a day in the town. It closes on June 8 for "
	    "repairs that will cost $4.2 million in all.", "2026-06-03", NULL);
	d[1] = make_doc("b.txt", "Bridge shuts", "About 15,000 vehicles a day "
	    "use the bridge, traffic counts show. Drivers face two long "
	    "detours in the meantime.", "2026-06-04", NULL);
	CHECK(d[0] && d[1]);
	concord_report *r = NULL;
	if (d[0] && d[1]) {
		const concord_article *a[2] = { concord_doc_article(d[0]),
		    concord_doc_article(d[1]) };
		CHECK_INT(concord_report_build(a, 2, NULL, &r), CONCORD_OK);
	}
	size_t other = 0;
	for (size_t i = 0; r && i < concord_report_nclaims(r); i++)
		if (!strcmp(concord_report_claim(r, i)->text, "15,000 vehicles"))
			other = i + 1;
	CHECK(other > 0);
	char want[64];
	snprintf(want, sizeof want, "conflicts with claim %zu: 15,000 vehicles",
	    other);
	for (concord_format f = CONCORD_FORMAT_MARKDOWN;
	    r && f <= CONCORD_FORMAT_HTML; f++) {
		if (f == CONCORD_FORMAT_JSON)
			continue;
		sink s = {0};
		CHECK_INT(render(f, r, &s), CONCORD_OK);
		CHECK_HAS(s.data, "Date: June 8 (--06-08)");
		CHECK_HAS(s.data, "Number: $4.2 million.");
		CHECK_HAS(s.data, "Number: two long detours.");
		CHECK_HAS(s.data, want);
		CHECK(s.data && !strstr(s.data, "4200000"));
		sink_free(&s);
	}
	concord_report_free(r);
	concord_doc_free(d[0]);
	concord_doc_free(d[1]);
}

static const test_case tests[] = {
	{"json_string", test_json_string},
	{"html_escape", test_html_escape},
	{"html_report", test_html_report},
	{"markdown_report", test_markdown_report},
	{"json_report", test_json_report},
	{"real_multi", test_real_multi},
	{"claim_lines", test_claim_lines},
	{"article_json", test_article_json},
	{"write_error", test_write_error},
	{"format_parse", test_format_parse},
};

HARNESS_MAIN(tests)
