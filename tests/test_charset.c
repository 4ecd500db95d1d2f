/* test_charset.c - decoding raw bytes to valid UTF-8: BOMs, declared and
 * transport charsets, wrong declarations, legacy encodings through iconv,
 * invalid and truncated sequences; and a real windows-1252 page. */
#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "concord/text.h"
#include "harness.h"

static arena *A;

static char *dec(const char *s, size_t len, const char *transport, int html)
{
	char *out = NULL;
	size_t n = 0;
	if (!A && !(A = arena_new(0)))
		return NULL;
	if (charset_decode(A, s, len, transport, html, &out, &n))
		return NULL;
	CHECK(out && strlen(out) == n);
	CHECK(concord_utf8_valid(out, n));
	return out;
}

#define DEC(lit, t, h) dec(lit, sizeof lit - 1, t, h)

static void test_utf8_kept(void)
{
	CHECK_STR(DEC("plain ascii", NULL, 0), "plain ascii");
	CHECK_STR(DEC("caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80", NULL, 1),
	    "café € 😀");
	/* valid UTF-8 wins over a wrong transport or meta declaration */
	CHECK_STR(DEC("caf\xC3\xA9 na \xC3\xA1rea", "iso-8859-1", 1), "café na área");
	CHECK_STR(DEC("<meta charset=windows-1251>caf\xC3\xA9", NULL, 1),
	    "<meta charset=windows-1251>café");
}

static void test_bom(void)
{
	CHECK_STR(DEC("\xEF\xBB\xBFhello \xC3\xA9", "windows-1251", 1), "hello é");
	/* UTF-16 with its BOM, whatever is declared */
	CHECK_STR(DEC("\xFF\xFEh\0i\0 \0\xE9\0", NULL, 1), "hi é");
	CHECK_STR(DEC("\xFE\xFF\0h\0i\x04\x1F", "utf-8", 1), "hiП");
	/* odd trailing byte: replaced, not dropped silently or read past */
	CHECK_STR(DEC("\xFF\xFEh\0i", NULL, 1), "h\xEF\xBF\xBD");
}

static void test_declared(void)
{
	/* windows-1251 declared in a meta http-equiv */
	CHECK_STR(DEC("<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=windows-1251\"><p>\xCF\xF0\xE8\xE2\xE5\xF2", NULL, 1),
	    "<meta http-equiv=\"Content-Type\" content=\"text/html; "
	    "charset=windows-1251\"><p>Привет");
	/* the transport charset beats the page's own */
	CHECK_STR(DEC("<meta charset=iso-8859-5>\xCF\xF0\xE8", "windows-1251", 1),
	    "<meta charset=iso-8859-5>При");
	/* KOI8-R and Shift_JIS via iconv */
	CHECK_STR(DEC("\xF0\xD2\xC9\xD7\xC5\xD4", "koi8-r", 0), "Привет");
	CHECK_STR(DEC("<meta charset='Shift_JIS'>\x93\xfa\x96\x7b", NULL, 1),
	    "<meta charset='Shift_JIS'>日本");
	/* meta is only read from HTML */
	CHECK_STR(DEC("<meta charset=koi8-r>\xF0", NULL, 0), "<meta charset=koi8-r>ð");
}

static void test_latin1_is_cp1252(void)
{
	/* browsers read latin-1 labels as windows-1252: 0x93/0x94 are quotes */
	CHECK_STR(DEC("\x93quoted\x94 \x80 caf\xE9", "ISO-8859-1", 0),
	    "\xE2\x80\x9Cquoted\xE2\x80\x9D € café");
	/* undeclared legacy bytes: windows-1252; its holes become U+FFFD */
	CHECK_STR(DEC("na\xEFve \x81", NULL, 1), "naïve \xEF\xBF\xBD");
	/* unknown label: windows-1252 too */
	CHECK_STR(DEC("caf\xE9", "x-no-such-charset", 0), "café");
}

static void test_invalid_utf8(void)
{
	/* mostly UTF-8 with a stray byte, no declaration: UTF-8, repaired */
	CHECK_STR(DEC("\xC3\xA9t\xC3\xA9 \xC3\xA0 l\xE2\x80\x99\xC3\xA9" "cole \xFF ok", NULL, 1),
	    "été à l’école \xEF\xBF\xBD ok");
	/* surrogates, overlongs, past U+10FFFF, truncated: never copied */
	char *s = DEC("a\xED\xA0\x80" "b\xC0\xAF" "c\xF4\x90\x80\x80" "d\xE2\x82", "utf-8", 0);
	CHECK(s != NULL);
	if (s) {
		CHECK(!strstr(s, "\xED\xA0"));
		CHECK(!strstr(s, "\xC0"));
		CHECK(s[0] == 'a' && strchr(s, 'd'));
	}
	/* an iconv charset with bytes it cannot decode */
	s = DEC("\x82\xA0\xFF\x82\xA2", "shift_jis", 0);
	CHECK(s != NULL);
	if (s)
		CHECK_HAS(s, "\xEF\xBF\xBD");
	CHECK_STR(DEC("", "utf-8", 1), "");
}

static void test_sniff(void)
{
	char b[32];
	CHECK(charset_sniff_meta("<meta charset=\"UTF-8\">", 22, b, sizeof b) == 5);
	CHECK_STR(b, "utf-8");
	const char *x = "<?xml version=\"1.0\" encoding=\"ISO-8859-2\"?><html>";
	CHECK(charset_sniff_meta(x, strlen(x), b, sizeof b) > 0);
	CHECK_STR(b, "iso-8859-2");
	x = "<meta name=description content=\"charset\"><meta charset=gbk>";
	CHECK(charset_sniff_meta(x, strlen(x), b, sizeof b) > 0);
	CHECK_STR(b, "gbk");
	/* past the first 4 KB: not read */
	char *big = calloc(1, 5000);
	memset(big, ' ', 4500);
	memcpy(big + 4500, "<meta charset=gbk>", 18);
	CHECK(charset_sniff_meta(big, 4518, b, sizeof b) == 0);
	free(big);
}

/* Real pages that are valid UTF-8 come back byte for byte. */
static void test_real_pages(void)
{
	static const char *const dirs[] = {
		"../shared/data/scrapinghub/html/", "../shared/data/wcxb-dev-articles/html/"
	};
	static const char *const files[] = {
		"042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz",
		"0001.html.gz"
	};
	for (int i = 0; i < 2; i++) {
		char path[512];
		size_t n = 0;
		strcpy(path, dirs[i]);
		strcat(path, files[i]);
		char *data = harness_read_gunzip(path, &n);
		CHECK(data != NULL);
		if (!data)
			continue;
		char *out = dec(data, n, NULL, 1);
		CHECK(out != NULL);
		/* already valid UTF-8: unchanged */
		if (out && concord_utf8_valid(data, n))
			CHECK(!memcmp(out, data, n));
		free(data);
	}
}

/* Last: releases the arena every test decoded into. */
static void teardown(void)
{
	arena_free(A);
	A = NULL;
}

static const test_case tests[] = {
	{"utf8_kept", test_utf8_kept},
	{"bom", test_bom},
	{"declared", test_declared},
	{"latin1_is_cp1252", test_latin1_is_cp1252},
	{"invalid_utf8", test_invalid_utf8},
	{"sniff", test_sniff},
	{"real_pages", test_real_pages},
	{"teardown", teardown},
};

HARNESS_MAIN(tests)
