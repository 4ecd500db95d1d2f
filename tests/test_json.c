/* test_json.c - the JSON reader: RFC 8259 grammar, the lenient reading
 * of page JSON-LD, string decoding
 * (escapes, surrogate pairs, invalid UTF-8), depth limit, error offsets,
 * and big inputs that must parse in linear time without recursion. */
#include "harness.h"
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static concord_status parse(arena *a, const char *s, json_value **v,
    size_t *off)
{
	return json_parse(a, s, strlen(s), 0, v, off);
}

static int accepts(const char *s)
{
	arena *a = arena_new(0);
	json_value *v = NULL;
	concord_status st = parse(a, s, &v, NULL);
	arena_free(a);
	return st == CONCORD_OK && v != NULL;
}

/* Decoded value of the JSON string literal s, copied to out. */
static const char *decode(const char *s, char *out, size_t cap)
{
	arena *a = arena_new(0);
	json_value *v = NULL;
	concord_status st = parse(a, s, &v, NULL);
	const char *r = NULL;
	if (!st && v && v->type == JSON_STRING && v->len < cap) {
		memcpy(out, v->str, v->len + 1);
		r = out;
	}
	arena_free(a);
	return r;
}

static void test_scalars(void)
{
	arena *a = arena_new(0);
	json_value *v;
	CHECK_INT(parse(a, " true ", &v, NULL), CONCORD_OK);
	CHECK_INT(v->type, JSON_TRUE);
	CHECK_INT(parse(a, "false", &v, NULL), CONCORD_OK);
	CHECK_INT(v->type, JSON_FALSE);
	CHECK_INT(parse(a, "null", &v, NULL), CONCORD_OK);
	CHECK_INT(v->type, JSON_NULL);
	CHECK_INT(parse(a, "-12.5e+3", &v, NULL), CONCORD_OK);
	CHECK_INT(v->type, JSON_NUMBER);
	CHECK_STR(v->str, "-12.5e+3");
	CHECK_INT(v->len, 8);
	CHECK_INT(parse(a, "\"hi\"", &v, NULL), CONCORD_OK);
	CHECK_INT(v->type, JSON_STRING);
	CHECK_STR(v->str, "hi");
	CHECK(v->key == NULL);
	arena_free(a);
}

static void test_numbers(void)
{
	CHECK(accepts("0"));
	CHECK(accepts("-0"));
	CHECK(accepts("0.5"));
	CHECK(accepts("1E9"));
	CHECK(accepts("1e-0"));
	CHECK(accepts("123456789012345678901234567890"));
	CHECK(!accepts("01"));
	CHECK(!accepts("+1"));
	CHECK(!accepts(".5"));
	CHECK(!accepts("1."));
	CHECK(!accepts("1e"));
	CHECK(!accepts("1e+"));
	CHECK(!accepts("-"));
	CHECK(!accepts("0x10"));
	CHECK(!accepts("NaN"));
	CHECK(!accepts("Infinity"));
	CHECK(!accepts("1 2"));
}

static void test_grammar_rejects(void)
{
	CHECK(!accepts(""));
	CHECK(!accepts("   "));
	CHECK(!accepts("[1,]"));
	CHECK(!accepts("[,1]"));
	CHECK(!accepts("{\"a\":1,}"));
	CHECK(!accepts("{\"a\" 1}"));
	CHECK(!accepts("{a:1}"));
	CHECK(!accepts("{'a':1}"));
	CHECK(!accepts("{\"a\":}"));
	CHECK(!accepts("[1 2]"));
	CHECK(!accepts("[1"));
	CHECK(!accepts("{\"a\":1"));
	CHECK(!accepts("]"));
	CHECK(!accepts("[1]]"));
	CHECK(!accepts("tru"));
	CHECK(!accepts("True"));
	CHECK(!accepts("nul"));
	CHECK(!accepts("\"abc"));
	CHECK(!accepts("\"a\tb\""));     /* raw control character */
	CHECK(!accepts("\"\\x41\""));     /* unknown escape */
	CHECK(!accepts("\"\\u12G4\""));
	CHECK(!accepts("\"\\u12\""));
	CHECK(!accepts("[1]\f"));         /* form feed is not JSON white space */
	CHECK(!accepts("/* c */ 1"));
	CHECK(accepts("\xEF\xBB\xBF{}"));  /* a BOM may be ignored (RFC 8259) */
	CHECK(accepts(" \t\r\n[ ] "));
}

static void test_error_offset(void)
{
	arena *a = arena_new(0);
	json_value *v = (json_value *)1;
	size_t off = 999;
	CHECK_INT(parse(a, "{\"a\": [1, 2,, 3]}", &v, &off), CONCORD_EPARSE);
	CHECK_INT(off, 12);
	CHECK(v == NULL);
	CHECK_INT(parse(a, "[\"ok\", \"bad\x01\"]", &v, &off), CONCORD_EPARSE);
	CHECK_INT(off, 11);
	CHECK_INT(parse(a, "[1", &v, &off), CONCORD_EPARSE);
	CHECK_INT(off, 2);
	CHECK_INT(parse(a, "{\"a\":1} x", &v, &off), CONCORD_EPARSE);
	CHECK_INT(off, 8);
	arena_free(a);
}

static void test_structure(void)
{
	arena *a = arena_new(0);
	json_value *v;
	const char *s = "{\"a\": [1, {\"b\": null}, []], \"c\": {}, \"d\": \"x\"}";
	CHECK_INT(parse(a, s, &v, NULL), CONCORD_OK);
	CHECK_INT(v->type, JSON_OBJECT);
	const json_value *arr = json_get(v, "a");
	CHECK(arr && arr->type == JSON_ARRAY);
	CHECK_STR(arr->key, "a");
	const json_value *e = arr->child;
	CHECK(e && e->type == JSON_NUMBER && !strcmp(e->str, "1"));
	CHECK(e->key == NULL);
	e = e->next;
	CHECK(e && e->type == JSON_OBJECT);
	CHECK(json_get(e, "b") && json_get(e, "b")->type == JSON_NULL);
	e = e->next;
	CHECK(e && e->type == JSON_ARRAY && e->child == NULL);
	CHECK(e->next == NULL);
	const json_value *c = json_get(v, "c");
	CHECK(c && c->type == JSON_OBJECT && c->child == NULL);
	CHECK_STR(json_get(v, "d")->str, "x");
	CHECK(json_get(v, "zz") == NULL);
	CHECK(json_get(arr, "a") == NULL);   /* not an object */
	CHECK(json_get(NULL, "a") == NULL);
	arena_free(a);
}

static void test_duplicate_keys(void)
{
	arena *a = arena_new(0);
	json_value *v;
	CHECK_INT(parse(a, "{\"k\":1,\"k\":2}", &v, NULL), CONCORD_OK);
	CHECK_STR(json_get(v, "k")->str, "1");  /* the first one wins */
	arena_free(a);
}

static void test_escapes(void)
{
	char out[64];
	CHECK_STR(decode("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\"", out, sizeof out),
	    "a\"b\\c/d\b\f\n\r\t");
	CHECK_STR(decode("\"\\u00e9\\u20AC\"", out, sizeof out), "\xC3\xA9\xE2\x82\xAC");
	/* U+1F600 as a surrogate pair */
	CHECK_STR(decode("\"\\ud83d\\ude00\"", out, sizeof out), "\xF0\x9F\x98\x80");
	/* lone high, lone low, high followed by a non-low */
	CHECK_STR(decode("\"\\ud83dx\"", out, sizeof out), "\xEF\xBF\xBDx");
	CHECK_STR(decode("\"\\ude00\"", out, sizeof out), "\xEF\xBF\xBD");
	CHECK_STR(decode("\"\\ud83d\\u0041\"", out, sizeof out), "\xEF\xBF\xBD" "A");
	/* \u0000 would cut the C string: it becomes U+FFFD */
	arena *a = arena_new(0);
	json_value *v;
	CHECK_INT(parse(a, "\"a\\u0000b\"", &v, NULL), CONCORD_OK);
	CHECK_STR(v->str, "a\xEF\xBF\xBD" "b");
	CHECK_INT(v->len, 5);
	CHECK_INT(strlen(v->str), v->len);
	arena_free(a);
}

static void test_utf8(void)
{
	char out[64];
	/* valid multi-byte text passes through untouched */
	CHECK_STR(decode("\"\xD0\x9F\xD1\x80\xE4\xB8\xAD\xF0\x9F\x98\x80\"", out, sizeof out),
	    "\xD0\x9F\xD1\x80\xE4\xB8\xAD\xF0\x9F\x98\x80");
	/* a windows-1252 byte, an overlong, a surrogate, a truncation */
	CHECK_STR(decode("\"caf\xE9!\"", out, sizeof out), "caf\xEF\xBF\xBD!");
	CHECK_STR(decode("\"\xC0\xAF\"", out, sizeof out), "\xEF\xBF\xBD\xEF\xBF\xBD");
	CHECK_STR(decode("\"\xED\xA0\x80\"", out, sizeof out),
	    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	/* E2 82 is a maximal subpart: one U+FFFD, then the quote ends it */
	CHECK_STR(decode("\"\xE2\x82\"", out, sizeof out), "\xEF\xBF\xBD");
	CHECK_STR(decode("\"\xF4\x90\x80\x80\"", out, sizeof out),
	    "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	CHECK_STR(decode("\"\xFF\"", out, sizeof out), "\xEF\xBF\xBD");
	/* keys are decoded the same way */
	arena *a = arena_new(0);
	json_value *v;
	CHECK_INT(parse(a, "{\"\\u0041\xFF\":1}", &v, NULL), CONCORD_OK);
	CHECK(json_get(v, "A\xEF\xBF\xBD") != NULL);
	arena_free(a);
}

static char *nested(size_t depth)
{
	char *s = malloc(2 * depth + 1);
	memset(s, '[', depth);
	memset(s + depth, ']', depth);
	s[2 * depth] = '\0';
	return s;
}

static void test_depth(void)
{
	arena *a = arena_new(0);
	json_value *v;
	size_t off = 0;
	char *s = nested(64);
	CHECK_INT(json_parse(a, s, strlen(s), 0, &v, NULL), CONCORD_OK);
	free(s);
	s = nested(65);
	CHECK_INT(json_parse(a, s, strlen(s), 0, &v, &off), CONCORD_ELIMIT);
	CHECK_INT(off, 64);
	CHECK_INT(json_parse(a, s, strlen(s), 65, &v, NULL), CONCORD_OK);
	CHECK_INT(json_parse(a, "[[1]]", 5, 1, &v, NULL), CONCORD_ELIMIT);
	CHECK_INT(json_parse(a, "[1]", 3, 1, &v, NULL), CONCORD_OK);
	free(s);
	/* a million levels with a huge limit: no recursion to overflow */
	s = nested(1000000);
	CHECK_INT(json_parse(a, s, strlen(s), (size_t)-1, &v, NULL), CONCORD_OK);
	s[1999999] = '\0';
	CHECK_INT(json_parse(a, s, strlen(s), (size_t)-1, &v, &off), CONCORD_EPARSE);
	CHECK_INT(off, 1999999);
	free(s);
	arena_free(a);
}

static void test_big(void)
{
	/* 200k-member array and a 2 MB string: linear time, exact contents */
	size_t n = 200000;
	buf b = {0};
	buf_putc(&b, '[');
	for (size_t i = 0; i < n; i++) {
		char num[32];
		snprintf(num, sizeof num, "%s%zu", i ? "," : "", i);
		buf_puts(&b, num);
	}
	buf_putc(&b, ']');
	arena *a = arena_new(0);
	json_value *v;
	CHECK_INT(json_parse(a, b.data, b.len, 0, &v, NULL), CONCORD_OK);
	size_t count = 0;
	const json_value *last = NULL;
	for (const json_value *e = v->child; e; e = e->next, count++)
		last = e;
	CHECK_INT(count, n);
	CHECK(last && !strcmp(last->str, "199999"));
	b.len = 0;
	buf_putc(&b, '"');
	for (size_t i = 0; i < 1000000; i++)
		buf_puts(&b, i % 2 ? "\\u00e9" : "ab");
	buf_putc(&b, '"');
	CHECK_INT(json_parse(a, b.data, b.len, 0, &v, NULL), CONCORD_OK);
	CHECK_INT(v->len, 2000000);  /* "ab" and U+00E9 are 2 bytes each */
	CHECK(!memcmp(v->str, "ab\xC3\xA9" "ab", 6));
	buf_free(&b);
	arena_free(a);
}

static void test_arena_cap(void)
{
	/* a small arena cap turns into ENOMEM, not a crash */
	arena *a = arena_new(1024);
	json_value *v;
	char s[4096];
	size_t k = 0;
	s[k++] = '[';
	for (int i = 0; i < 500; i++) {
		s[k++] = '1';
		s[k++] = ',';
	}
	s[k++] = '1';
	s[k++] = ']';
	CHECK_INT(json_parse(a, s, k, 0, &v, NULL), CONCORD_ENOMEM);
	arena_free(a);
}

static void test_jsonld(void)
{
	/* a typical JSON-LD block from a news page */
	const char *s =
	    "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
	    "\"headline\":\"Storm hits \\\"coast\\\"\",\"datePublished\":"
	    "\"2024-01-02T10:00:00Z\",\"author\":[{\"@type\":\"Person\","
	    "\"name\":\"Ana P\\u00e9rez\"}]}";
	arena *a = arena_new(0);
	json_value *v;
	CHECK_INT(parse(a, s, &v, NULL), CONCORD_OK);
	CHECK_STR(json_get(v, "@type")->str, "NewsArticle");
	CHECK_STR(json_get(v, "headline")->str, "Storm hits \"coast\"");
	const json_value *au = json_get(v, "author");
	CHECK(au && au->type == JSON_ARRAY);
	CHECK_STR(json_get(au->child, "name")->str, "Ana P\xC3\xA9rez");
	arena_free(a);
}

/* Value of the page JSON s through json_parse_page, or NULL; *end gets
 * where it stopped. */
static json_value *page_value(arena *a, const char *s, size_t *end)
{
	json_value *v = NULL;
	if (json_parse_page(a, s, strlen(s), 0, &v, end) != CONCORD_OK)
		return NULL;
	return v;
}

/* The lenient reading of JSON-LD as pages write it: what json_parse
 * refuses and json_parse_page takes, and what both refuse. */
static void test_page_json(void)
{
	static const char *const sloppy[] = {
		"{\"a\":\"line one\nline two\"}",     /* raw line break */
		"{\"a\":\"x\"} // note\n",
		"{ /* the author */ \"a\":\"x\"}",
		"{\"a\":\"x\",}",
		"[\"x\", ]",
		"{\"a\":\"x\"};",
		"{\"a\":\"x\"}{\"b\":1}",
	};
	arena *a = arena_new(0);
	size_t end = 0;
	for (size_t i = 0; i < sizeof sloppy / sizeof sloppy[0]; i++) {
		CHECK(!accepts(sloppy[i]));
		json_value *v = page_value(a, sloppy[i], &end);
		CHECK(v != NULL);
	}
	json_value *v = page_value(a, sloppy[0], &end);
	CHECK(v && json_get(v, "a") &&
	    !strcmp(json_get(v, "a")->str, "line one\nline two"));
	/* the first of two values, and where the second begins */
	v = page_value(a, "{\"a\":1} {\"b\":2}", &end);
	CHECK(v && json_get(v, "a") && !json_get(v, "b"));
	CHECK_INT(end, 8);
	/* a comment marker inside a string is text */
	v = page_value(a, "{\"u\":\"http://x.org/*y\"}", &end);
	CHECK(v && !strcmp(json_get(v, "u")->str, "http://x.org/*y"));
	/* still refused: broken grammar, an unclosed comment before the
	 * value, a lone comma */
	CHECK(!page_value(a, "{\"a\" \"x\"}", &end));
	CHECK(!page_value(a, "/* {\"a\":1}", &end));
	CHECK(!page_value(a, "[,]", &end));
	CHECK(!page_value(a, "{,}", &end));
	arena_free(a);
}

static const test_case tests[] = {
	{"scalars", test_scalars},
	{"numbers", test_numbers},
	{"grammar_rejects", test_grammar_rejects},
	{"error_offset", test_error_offset},
	{"structure", test_structure},
	{"duplicate_keys", test_duplicate_keys},
	{"escapes", test_escapes},
	{"utf8", test_utf8},
	{"depth", test_depth},
	{"big", test_big},
	{"arena_cap", test_arena_cap},
	{"jsonld", test_jsonld},
	{"page_json", test_page_json},
};

HARNESS_MAIN(tests)
