/* test_text.c - normalization, sentence splitting, word tokens and stems:
 * crafted edge cases (quotes, ligatures, white space, invalid UTF-8,
 * abbreviations, non-Latin scripts, empty input) and real paragraphs of
 * the seed articles in ../shared/seeds. */
#include "harness.h"
#include "concord/text.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ---------------------------------------------------------- */

/* Normalized form of s (malloc'd; the caller frees), or NULL. */
static char *norm(const char *s)
{
	char *out = NULL;
	size_t n = 0;
	if (concord_text_normalize(s, strlen(s), &out, &n))
		return NULL;
	if (strlen(out) != n) {  /* the length must agree with the NUL */
		free(out);
		return NULL;
	}
	return out;
}

static void check_norm(const char *in, const char *want, int line)
{
	char *got = norm(in);
	if (!got || strcmp(got, want))
		harness_fail(__FILE__, line, "normalize(\"%s\") == \"%s\", expected \"%s\"",
		    in, got ? got : "(null)", want);
	free(got);
}
#define CHECK_NORM(in, want) check_norm(in, want, __LINE__)

/* Sentences of s as separate malloc'd strings in *out (n returned). */
static size_t sentences(const char *s, char ***out)
{
	concord_span *sp = NULL;
	size_t n = 0;
	*out = NULL;
	if (concord_text_sentences(s, strlen(s), &sp, &n))
		return (size_t)-1;
	char **v = calloc(n + 1, sizeof *v);
	for (size_t i = 0; v && i < n; i++) {
		v[i] = malloc(sp[i].len + 1);
		memcpy(v[i], s + sp[i].off, sp[i].len);
		v[i][sp[i].len] = 0;
	}
	free(sp);
	*out = v;
	return n;
}

static void free_strs(char **v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static size_t count_sentences(const char *s)
{
	char **v;
	size_t n = sentences(s, &v);
	free_strs(v, n);
	return n;
}

/* Index of the sentence exactly equal to want, or -1. */
static long find_sentence(char **v, size_t n, const char *want)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], want) == 0)
			return (long)i;
	return -1;
}

/* Hash of the first token of word in lang. */
static uint64_t word_hash(const char *word, const char *lang)
{
	concord_token *t = NULL;
	size_t n = 0;
	uint64_t h = 0;
	if (!concord_text_tokens(word, strlen(word), lang, &t, &n) && n > 0)
		h = t[0].hash;
	concord_free(t);
	return h;
}

static const char *stem(const char *w, const char *lang, char *buf)
{
	concord_text_stem(w, strlen(w), lang, buf, 64);
	return buf;
}

/* Text of a seed, normalized (malloc'd). */
static char *seed_text(const char *name, size_t *len)
{
	char path[256];
	snprintf(path, sizeof path, "../shared/seeds/%s", name);
	size_t rawlen;
	char *raw = harness_read_file(path, &rawlen);
	if (!raw)
		return NULL;
	char *out = NULL;
	if (concord_text_normalize(raw, rawlen, &out, len))
		out = NULL;
	free(raw);
	return out;
}

/* ---- normalization ---------------------------------------------------- */

static void test_normalize_quotes_dashes(void)
{
	CHECK_NORM("\xe2\x80\x9cHello,\xe2\x80\x9d she said", "\"Hello,\" she said");
	CHECK_NORM("Putin\xe2\x80\x99s visit", "Putin's visit");
	CHECK_NORM("\xe2\x80\x98new level\xe2\x80\x99", "'new level'");
	CHECK_NORM("\xe2\x80\x9eJa\xe2\x80\x9c, sagte er", "\"Ja\", sagte er");
	CHECK_NORM("\xc2\xab non \xc2\xbb", "\" non \"");
	CHECK_NORM("2000\xe2\x80\x93" "2001 \xe2\x80\x94 then", "2000-2001 - then");
}

static void test_normalize_nfkc(void)
{
	CHECK_NORM("\xef\xac\x81nance", "finance");     /* fi ligature */
	CHECK_NORM("\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3", "ABC");  /* fullwidth */
	CHECK_NORM("x\xc2\xb2", "x2");                  /* superscript two */
	CHECK_NORM("e\xcc\x81t\xc3\xa9", "\xc3\xa9t\xc3\xa9");  /* composed */
	CHECK_NORM("Caf\xc3\xa9", "Caf\xc3\xa9");       /* case kept */
}

static void test_normalize_whitespace(void)
{
	CHECK_NORM("  a \t\t b  ", "a b");
	CHECK_NORM("a\xc2\xa0\xc2\xa0" "b", "a b");     /* NBSP */
	CHECK_NORM("a\xe2\x80\x83" "b\xe3\x80\x80" "c", "a b c");  /* em, ideographic */
	CHECK_NORM("one.  \n\n  Two.", "one.\nTwo.");
	CHECK_NORM("one\r\ntwo", "one\ntwo");
	CHECK_NORM("a \n b", "a\nb");
	CHECK_NORM("a\x01\x02" "b\x7f", "ab");          /* controls dropped */
	CHECK_NORM("soft\xc2\xad" "hyphen\xe2\x80\x8b", "softhyphen");
}

static void test_normalize_invalid(void)
{
	CHECK_NORM("a\xff" "b", "a\xef\xbf\xbd" "b");
	CHECK_NORM("\xc3", "\xef\xbf\xbd");             /* truncated */
	CHECK_NORM("\xe0\x80\xaf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  /* overlong */
	CHECK_NORM("\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");  /* surrogate */
	char *out = NULL;
	size_t n = 99;
	CHECK_INT(concord_text_normalize("", 0, &out, &n), CONCORD_OK);
	CHECK(out && out[0] == 0 && n == 0);
	free(out);
	/* embedded NUL is a control character: dropped */
	CHECK_INT(concord_text_normalize("a\0b", 3, &out, &n), CONCORD_OK);
	CHECK_STR(out, "ab");
	free(out);
	out = norm("x\xf8y\xc0\xaf");
	CHECK(out && concord_utf8_valid(out, strlen(out)));
	free(out);
}

/* A run of combining marks keeps its first 30 (UAX #15's stream-safe
 * limit): putting a long run in canonical order takes time quadratic in
 * its length. 40 marks of two classes, out of order, become 30 in
 * order. */
static void test_normalize_mark_runs(void)
{
	char in[2 + 40 * 4 + 2] = "x";
	size_t k = 1;
	for (int i = 0; i < 20; i++) {
		memcpy(in + k, "\xcc\x81\xcc\x96", 4);  /* acute 230, 220 */
		k += 4;
	}
	memcpy(in + k, "y", 2);
	char *out = norm(in);
	CHECK(out != NULL);
	if (out) {
		size_t marks = 0;
		for (size_t i = 0; out[i]; i++)
			marks += (unsigned char)out[i] == 0xcc;
		CHECK_INT((long)marks, 30);
		/* in canonical order: the class 220 marks first */
		CHECK(!strncmp(out + 1, "\xcc\x96", 2));
		CHECK(out[strlen(out) - 1] == 'y');
	}
	free(out);
}

static void test_utf8_valid(void)
{
	CHECK(concord_utf8_valid("", 0));
	CHECK(concord_utf8_valid("plain", 5));
	CHECK(concord_utf8_valid("\xd0\x9f\xe4\xb8\xad\xf0\x9f\x98\x80", 9));
	CHECK(concord_utf8_valid("\xef\xbf\xbd", 3));
	CHECK(!concord_utf8_valid("\xc0\xaf", 2));          /* overlong */
	CHECK(!concord_utf8_valid("\xed\xa0\x80", 3));      /* surrogate */
	CHECK(!concord_utf8_valid("\xf4\x90\x80\x80", 4));  /* > U+10FFFF */
	CHECK(!concord_utf8_valid("\xe4\xb8", 2));          /* truncated */
	CHECK(!concord_utf8_valid("\x80", 1));
}

/* ---- sentences -------------------------------------------------------- */

static void test_sentences_basic(void)
{
	CHECK_INT(count_sentences(""), 0);
	CHECK_INT(count_sentences("   \n  "), 0);
	CHECK_INT(count_sentences("One. Two! Three? Four"), 4);
	char **v;
	size_t n = sentences("  First one.   Second one.  ", &v);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(v[0], "First one.");
		CHECK_STR(v[1], "Second one.");
	}
	free_strs(v, n);
	/* a paragraph break always ends a sentence */
	CHECK_INT(count_sentences("A heading\nThe body starts here."), 2);
	CHECK_INT(count_sentences("no stop at all\nnext line"), 2);
}

static void test_sentences_abbreviations(void)
{
	CHECK_INT(count_sentences("Mr. Smith met Dr. Jones at St. Mary's. They talked."), 2);
	CHECK_INT(count_sentences("Mrs. Brown and Prof. Green left."), 1);
	CHECK_INT(count_sentences("Ties with U.S. allies are strong. Others disagree."), 2);
	CHECK_INT(count_sentences("It was sanctioned by the U.N. and Western nations."), 1);
	CHECK_INT(count_sentences("He moved to the U.S. The next day he left."), 2);
	CHECK_INT(count_sentences("The meeting is on Jan. 5 in Seoul. It ends Feb. 7."), 2);
	CHECK_INT(count_sentences("The report by J. Smith and A. B. Jones was late."), 1);
	CHECK_INT(count_sentences("Growth was 3.5 percent. Prices rose 2.1 percent."), 2);
	CHECK_INT(count_sentences("He wore No. 5 for years. Then he retired."), 2);
	CHECK_INT(count_sentences("Fruit, e.g. apples, etc. are sold here. Yes."), 2);
	CHECK_INT(count_sentences("The talks began at 10 a.m. on Monday."), 1);
	CHECK_INT(count_sentences("1. First item\n2. Second item"), 2);
	CHECK_INT(count_sentences("The answer was No. Then he left."), 2);
	CHECK_INT(count_sentences("Bring pens, paper, etc. The shop opens at 9."), 2);
	CHECK_INT(count_sentences("The F.B.I. agents arrived. They left."), 2);
	CHECK_INT(count_sentences("Herr Dr. M\xc3\xbcller kam z.B. nach Berlin. Er blieb."), 2);
}

static void test_sentences_quotes_and_ellipses(void)
{
	char **v;
	size_t n = sentences("\"We agree.\" Then he left. (It rained.) Done.", &v);
	CHECK_INT(n, 4);
	if (n == 4) {
		CHECK_STR(v[0], "\"We agree.\"");
		CHECK_STR(v[2], "(It rained.)");
	}
	free_strs(v, n);
	CHECK_INT(count_sentences("\"Help!\" she said. Nobody came."), 2);
	CHECK_INT(count_sentences("\xe2\x80\x9cIs it over?\xe2\x80\x9d he asked."), 1);
	CHECK_INT(count_sentences("It includes aid... and more. Fine."), 2);
	CHECK_INT(count_sentences("Wait\xe2\x80\xa6 What happened? Nothing."), 3);
	CHECK_INT(count_sentences("It includes ...,\" Putin said after the meeting."), 1);
	/* closing quote after the stop stays with its sentence */
	n = sentences("He called it \xe2\x80\x9ctruly a breakthrough document.\xe2\x80\x9d Kim agreed.", &v);
	CHECK_INT(n, 2);
	if (n == 2)
		CHECK_STR(v[0], "He called it \xe2\x80\x9ctruly a breakthrough document.\xe2\x80\x9d");
	free_strs(v, n);
}

static void test_sentences_cjk_and_scripts(void)
{
	/* 。！？ end sentences without a following space */
	CHECK_INT(count_sentences("\xe6\x99\xae\xe4\xba\xac\xe6\x9d\xa5\xe4\xba\x86\xe3\x80\x82"
	    "\xe4\xbb\x96\xe8\xaf\xb4\xe4\xba\x86\xef\xbc\x81\xe5\xa5\xbd\xe5\x90\x97\xef\xbc\x9f"), 3);
	/* Russian: an abbreviation and a new sentence */
	CHECK_INT(count_sentences("\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbb. "
	    "\xd0\x9e\xd0\xbd \xd1\x81\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbb."), 2);
	/* "г." (gram, year) ends a sentence before a capital, not before a
	 * lower-case word: "в 2024 г. в Москве" */
	CHECK_INT(count_sentences("\xd0\x9d\xd1\x83\xd0\xb6\xd0\xbd\xd0\xbe 500 \xd0\xb3. "
	    "\xd0\xa2\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x82\xd1\x8b \xd0\xb4\xd0\xb0."), 2);
	CHECK_INT(count_sentences("\xd0\x92 2024 \xd0\xb3. \xd0\xb2 \xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2\xd0\xb5."), 1);
	/* Hindi danda */
	CHECK_INT(count_sentences("\xe0\xa4\xb5\xe0\xa4\xb9 \xe0\xa4\x86\xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa5\xa4 "
	    "\xe0\xa4\xb5\xe0\xa4\xb9 \xe0\xa4\x97\xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa5\xa4"), 2);
	/* invalid bytes never crash and never end a sentence by themselves */
	CHECK_INT(count_sentences("a\xff\xfe b. C\xc3"), 2);
}

/* Real paragraphs of the seed articles: known sentences come out whole. */
static void test_sentences_seeds(void)
{
	size_t len;
	char *t = seed_text("004_eb114ad2a8217f4c.txt", &len);
	CHECK(t != NULL);
	if (!t)
		return;
	char **v;
	size_t n = sentences(t, &v);
	CHECK(n > 15 && n < 30);
	CHECK(find_sentence(v, n, "\"The comprehensive partnership agreement signed "
	    "today includes, among other things, the provision of mutual assistance "
	    "in the event of aggression against one of the parties to this "
	    "agreement,\" Putin said after the meeting.") >= 0);
	CHECK(find_sentence(v, n, "He said the deal encompasses the \"political, "
	    "trade, investment, cultural spheres, and the security sphere as "
	    "well,\" calling the pact \"truly a breakthrough document.\"") >= 0);
	long a = find_sentence(v, n, "The relationship is important to Russia, too.");
	CHECK(a >= 0);
	if (a >= 0 && (size_t)a + 1 < n)
		CHECK(strncmp(v[a + 1], "Multiple governments have accused", 33) == 0);
	/* the headline (first line, no full stop) is its own sentence */
	CHECK(n > 0 && strncmp(v[0], "Putin says Russia", 17) == 0 &&
	    v[0][strlen(v[0]) - 1] == '\'');
	free_strs(v, n);
	free(t);

	/* the raw text (typographic quotes, NBSPs) splits the same way */
	size_t rawlen;
	char *raw = harness_read_file("../shared/seeds/004_eb114ad2a8217f4c.txt", &rawlen);
	CHECK(raw != NULL);
	if (raw) {
		n = sentences(raw, &v);
		CHECK(find_sentence(v, n, "\xe2\x80\x9cThe comprehensive partnership "
		    "agreement signed today includes, among other things, the provision "
		    "of mutual assistance in the event of aggression against one of the "
		    "parties to this agreement,\xe2\x80\x9d Putin said after the meeting.") >= 0);
		free_strs(v, n);
		free(raw);
	}

	t = seed_text("000_4f84585575684f89.txt", &len);
	CHECK(t != NULL);
	if (!t)
		return;
	n = sentences(t, &v);
	CHECK(find_sentence(v, n, "Economic Sanctions: Both North Korea and Russia "
	    "are heavily sanctioned by U.N. and Western nations.") >= 0);
	CHECK(find_sentence(v, n, "Both leaders emphasized the significance of "
	    "this major upgrade of their ties.") >= 0);
	/* "U.S. allies" does not end a sentence */
	int us_ok = 0;
	for (size_t i = 0; i < n; i++)
		if (strstr(v[i], "U.S. allies. North Korea") == NULL &&
		    strstr(v[i], "concerns among neighboring countries and U.S. allies."))
			us_ok = 1;
	CHECK(us_ok);
	free_strs(v, n);
	free(t);

	t = seed_text("002_936a602e0eadc9bc.txt", &len);
	if (!t)
		return;
	n = sentences(t, &v);
	CHECK(find_sentence(v, n, "1. Tass Russian News Agency") >= 0);
	CHECK(find_sentence(v, n, "Historically, Russia and North Korea have had "
	    "fluctuating relations.") >= 0);
	free_strs(v, n);
	free(t);
}

/* Spans are in order, inside the text, trimmed and never overlapping. */
static void test_sentences_spans_sane(void)
{
	const char *s = " \"Yes.\"  No... Maybe?! \n\n  OK. ";
	concord_span *sp;
	size_t n;
	CHECK_INT(concord_text_sentences(s, strlen(s), &sp, &n), CONCORD_OK);
	size_t end = 0;
	for (size_t i = 0; i < n; i++) {
		CHECK(sp[i].off >= end && sp[i].len > 0);
		CHECK(sp[i].off + sp[i].len <= strlen(s));
		CHECK(s[sp[i].off] != ' ' && s[sp[i].off + sp[i].len - 1] != ' ');
		end = sp[i].off + sp[i].len;
	}
	CHECK_INT(n, 4);
	concord_free(sp);
}

/* ---- tokens ----------------------------------------------------------- */

static void test_tokens_words_and_flags(void)
{
	const char *s = "Putin's 1,000 well-known U.S. troops said 3.5% don't. The end";
	concord_token *t;
	size_t n;
	CHECK_INT(concord_text_tokens(s, strlen(s), "en", &t, &n), CONCORD_OK);
	const char *want[] = {"Putin's", "1,000", "well-known", "U.S", "troops",
	    "said", "3.5", "don't", "The", "end"};
	CHECK_INT(n, 10);
	for (size_t i = 0; i < n && i < 10; i++)
		if (t[i].len != strlen(want[i]) ||
		    memcmp(s + t[i].off, want[i], t[i].len))
			harness_fail(__FILE__, __LINE__, "token %zu is \"%.*s\", expected \"%s\"",
			    i, (int)t[i].len, s + t[i].off, want[i]);
	if (n == 10) {
		CHECK(t[0].flags & CONCORD_TOK_UPPER);
		CHECK(t[0].flags & CONCORD_TOK_SENT_START);
		CHECK(t[1].flags & CONCORD_TOK_NUMBER);
		CHECK(!(t[1].flags & CONCORD_TOK_UPPER));
		CHECK(!(t[2].flags & CONCORD_TOK_NUMBER));
		CHECK(t[6].flags & CONCORD_TOK_NUMBER);
		CHECK(t[5].flags & CONCORD_TOK_STOP);      /* "said" */
		CHECK(!(t[4].flags & CONCORD_TOK_STOP));   /* "troops" */
		CHECK(t[8].flags & CONCORD_TOK_STOP);      /* "The" */
		CHECK(t[8].flags & CONCORD_TOK_SENT_START);
		CHECK(!(t[9].flags & CONCORD_TOK_SENT_START));
		CHECK(!(t[4].flags & CONCORD_TOK_SENT_START));
	}
	concord_free(t);
	/* separators outside words are not tokens; trailing joiners dropped */
	CHECK_INT(concord_text_tokens("-- 'quoted' -x- ,", 17, "en", &t, &n), CONCORD_OK);
	CHECK_INT(n, 2);
	concord_free(t);
	/* a full stop that lost its space splits words; acronyms do not */
	CHECK_INT(concord_text_tokens("said.The U.S.A ASP.NET", 22, "en", &t, &n),
	    CONCORD_OK);
	CHECK_INT(n, 4);
	concord_free(t);
	CHECK_INT(concord_text_tokens("", 0, "en", &t, &n), CONCORD_OK);
	CHECK_INT(n, 0);
	concord_free(t);
}

static void test_tokens_hashes(void)
{
	/* inflections share a stem; case does not matter */
	CHECK(word_hash("visits", "en") == word_hash("visit", "en"));
	CHECK(word_hash("Visited", "en") == word_hash("visit", "en"));
	CHECK(word_hash("VISIT", "en") == word_hash("visit", "en"));
	CHECK(word_hash("visit", "en") != word_hash("vision", "en"));
	/* numbers hash as written without thousands separators */
	CHECK(word_hash("1,000", "en") == word_hash("1000", "en"));
	CHECK(word_hash("1.000", "de") == word_hash("1000", "de"));
	CHECK(word_hash("3,5", "de") == word_hash("3.5", "en"));
	CHECK(word_hash("3.5", "en") != word_hash("35", "en"));
	/* NULL and unknown languages are English */
	CHECK(word_hash("visits", NULL) == word_hash("visit", "en"));
	CHECK(word_hash("visits", "xx") == word_hash("visits", "en"));
	CHECK(word_hash("Vertr\xc3\xa4ge", "DE-at") == word_hash("Vertrag", "de"));
	/* the typographic apostrophe folds like the ASCII one; the English
	 * stemmer drops the possessive */
	CHECK(word_hash("Putin\xe2\x80\x99s", "en") == word_hash("putin's", "en"));
	CHECK(word_hash("Putin's", "en") == word_hash("Putin", "en"));
}

static void test_stems(void)
{
	char b[64];
	CHECK_STR(stem("Visits", "en", b), "visit");
	CHECK_STR(stem("running", "en", b), "run");
	/* German: Häuser/Hauses fold to one stem; ß is case-folded to ss */
	char h1[64], h2[64];
	CHECK_STR(stem("H\xc3\xa4user", "de", h1), stem("H\xc3\xa4usern", "de", h2));
	CHECK_STR(stem("Stra\xc3\x9f" "e", "de", h1), stem("STRASSE", "de", h2));
	/* German plural with umlaut: Verträge/Vertrag */
	CHECK_STR(stem("Vertr\xc3\xa4ge", "de", h1), stem("Vertrag", "de", h2));
	/* Russian: "договора"/"договоров" (genitive sg/pl) share "договор" */
	CHECK_STR(stem("\xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb0", "ru", h1),
	    "\xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80");
	CHECK_STR(stem("\xd0\x94\xd0\x9e\xd0\x93\xd0\x9e\xd0\x92\xd0\x9e\xd0\xa0\xd0\x9e\xd0\x92", "ru", h2), h1);
	CHECK(word_hash("\xd0\xb2\xd0\xb8\xd0\xb7\xd0\xb8\xd1\x82\xd0\xb0", "ru") ==
	    word_hash("\xd0\x92\xd0\xb8\xd0\xb7\xd0\xb8\xd1\x82\xd1\x83", "ru"));  /* визита/Визиту */
	/* French and Spanish plural forms */
	CHECK_STR(stem("relations", "fr", h1), stem("relation", "fr", h2));
	CHECK_STR(stem("acuerdos", "es", h1), stem("acuerdo", "es", h2));
	/* no stemmer for Chinese: the word is only case-folded */
	CHECK_STR(stem("\xe4\xb8\xad\xe5\x9b\xbd", "zh", b), "\xe4\xb8\xad\xe5\x9b\xbd");
	CHECK_INT(concord_text_stem("x", 1, "en", b, 1), 0);  /* truncated to cap */
	CHECK_INT(b[0], 0);
	CHECK_INT(concord_text_stem("", 0, "en", b, sizeof b), 0);
}

static void test_tokens_scripts(void)
{
	concord_token *t;
	size_t n;
	/* Cyrillic words, with stop words flagged */
	const char *ru = "\xd0\x9f\xd1\x83\xd1\x82\xd0\xb8\xd0\xbd \xd0\xb8 \xd0\x9a\xd0\xb8\xd0\xbc "
	    "\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbb\xd0\xb8 "
	    "\xd0\xb4\xd0\xbe\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80.";
	CHECK_INT(concord_text_tokens(ru, strlen(ru), "ru", &t, &n), CONCORD_OK);
	CHECK_INT(n, 5);
	if (n == 5) {
		CHECK(t[0].flags & CONCORD_TOK_UPPER);
		CHECK(t[1].flags & CONCORD_TOK_STOP);   /* "и" */
		CHECK(!(t[3].flags & CONCORD_TOK_STOP));
	}
	concord_free(t);
	/* Chinese: one token per ideograph */
	const char *zh = "\xe6\x99\xae\xe4\xba\xac\xe8\xae\xbf\xe9\x97\xae\xe3\x80\x82";
	CHECK_INT(concord_text_tokens(zh, strlen(zh), "zh", &t, &n), CONCORD_OK);
	CHECK_INT(n, 4);
	concord_free(t);
	/* Arabic letters with marks stay one word */
	const char *ar = "\xd9\x85\xd9\x8f\xd8\xad\xd9\x8e\xd9\x85\xd9\x8e\xd9\x91\xd8\xaf \xd9\x82\xd8\xa7\xd9\x84";
	CHECK_INT(concord_text_tokens(ar, strlen(ar), "ar", &t, &n), CONCORD_OK);
	CHECK_INT(n, 2);
	concord_free(t);
	/* invalid bytes split words and are never inside a token */
	const char *bad = "ab\xff" "cd \xc3";
	CHECK_INT(concord_text_tokens(bad, strlen(bad), "en", &t, &n), CONCORD_OK);
	CHECK_INT(n, 2);
	concord_free(t);
}

/* Every token of a real seed lies inside the text, in order, and starts
 * and ends on a word character. */
static void test_tokens_seed(void)
{
	size_t len;
	char *s = seed_text("003_5e3c4a208b616a98.txt", &len);
	CHECK(s != NULL);
	if (!s)
		return;
	concord_token *t;
	size_t n;
	CHECK_INT(concord_text_tokens(s, len, "en", &t, &n), CONCORD_OK);
	CHECK(n > 400);
	size_t end = 0, starts = 0;
	for (size_t i = 0; i < n; i++) {
		CHECK(t[i].off >= end && t[i].len > 0 && t[i].off + t[i].len <= len);
		end = t[i].off + t[i].len;
		starts += (t[i].flags & CONCORD_TOK_SENT_START) != 0;
	}
	concord_span *sp;
	size_t ns;
	concord_text_sentences(s, len, &sp, &ns);
	CHECK_INT(starts, ns);
	concord_free(sp);
	/* "Putin" and "Putin's" are different tokens with related hashes */
	uint64_t putin = word_hash("Putin", "en");
	size_t hits = 0;
	for (size_t i = 0; i < n; i++)
		hits += t[i].hash == putin;
	CHECK(hits >= 5);
	concord_free(t);
	free(s);
}

/* Pathological inputs: one huge word, a million stops, deep runs of
 * quotes; results stay sane (and the run stays linear: no time limit is
 * asserted, a quadratic pass would show as a hang). */
static void test_pathological(void)
{
	size_t n = 1 << 20;
	char *s = malloc(n + 1);
	CHECK(s != NULL);
	if (!s)
		return;
	memset(s, 'a', n);
	s[n] = 0;
	concord_token *t;
	size_t nt;
	CHECK_INT(concord_text_tokens(s, n, "en", &t, &nt), CONCORD_OK);
	CHECK_INT(nt, 1);
	if (nt == 1)
		CHECK_INT(t[0].len, n);
	concord_free(t);
	for (size_t i = 0; i + 1 < n; i += 2) {
		s[i] = 'U';
		s[i + 1] = '.';
	}
	concord_span *sp;
	size_t ns;
	CHECK_INT(concord_text_sentences(s, n, &sp, &ns), CONCORD_OK);
	CHECK(ns >= 1);
	concord_free(sp);
	for (size_t i = 0; i + 1 < n; i += 2) {
		s[i] = '.';
		s[i + 1] = ' ';
	}
	CHECK_INT(concord_text_sentences(s, n, &sp, &ns), CONCORD_OK);
	concord_free(sp);
	CHECK_INT(concord_text_tokens(s, n, "de", &t, &nt), CONCORD_OK);
	CHECK_INT(nt, 0);
	concord_free(t);
	memset(s, '"', n);
	char *out;
	size_t ol;
	CHECK_INT(concord_text_normalize(s, n, &out, &ol), CONCORD_OK);
	CHECK_INT(ol, n);
	concord_free(out);
	free(s);
}

/* Several threads tokenizing at once get what one thread gets: there is
 * no shared mutable state. */
typedef struct job {
	const char *s;
	size_t len;
	uint64_t sum;
	size_t n;
} job;

static void *run_job(void *arg)
{
	job *j = arg;
	for (int rep = 0; rep < 5; rep++) {
		concord_token *t;
		size_t n;
		uint64_t sum = 0;
		if (concord_text_tokens(j->s, j->len, rep % 2 ? "en" : "ru", &t, &n))
			return NULL;
		for (size_t i = 0; i < n; i++)
			sum = sum * 31 + t[i].hash + t[i].flags;
		concord_free(t);
		if (rep == 0) {
			j->sum = sum;
			j->n = n;
		}
	}
	return NULL;
}

static void test_threads(void)
{
	size_t len;
	char *s = seed_text("001_cde27cff9f0fd582.txt", &len);
	CHECK(s != NULL);
	if (!s)
		return;
	job ref = {s, len, 0, 0}, jobs[4];
	run_job(&ref);
	pthread_t th[4];
	for (int i = 0; i < 4; i++) {
		jobs[i] = (job){s, len, 0, 0};
		CHECK(pthread_create(&th[i], NULL, run_job, &jobs[i]) == 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(th[i], NULL);
		CHECK(jobs[i].n == ref.n && jobs[i].sum == ref.sum);
	}
	CHECK(ref.n > 300);
	free(s);
}

static const test_case tests[] = {
	{"normalize_quotes_dashes", test_normalize_quotes_dashes},
	{"normalize_nfkc", test_normalize_nfkc},
	{"normalize_whitespace", test_normalize_whitespace},
	{"normalize_invalid", test_normalize_invalid},
	{"normalize_mark_runs", test_normalize_mark_runs},
	{"utf8_valid", test_utf8_valid},
	{"sentences_basic", test_sentences_basic},
	{"sentences_abbreviations", test_sentences_abbreviations},
	{"sentences_quotes_and_ellipses", test_sentences_quotes_and_ellipses},
	{"sentences_cjk_and_scripts", test_sentences_cjk_and_scripts},
	{"sentences_seeds", test_sentences_seeds},
	{"sentences_spans_sane", test_sentences_spans_sane},
	{"tokens_words_and_flags", test_tokens_words_and_flags},
	{"tokens_hashes", test_tokens_hashes},
	{"stems", test_stems},
	{"tokens_scripts", test_tokens_scripts},
	{"tokens_seed", test_tokens_seed},
	{"pathological", test_pathological},
	{"threads", test_threads},
};

HARNESS_MAIN(tests)
