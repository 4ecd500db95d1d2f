/* test_extract.c - article extraction on real pages (Scrapinghub and WCXB
 * ground truth) and on crafted edge cases: charsets, empty pages, hostile
 * nesting, size limits, metadata sources and their precedence. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "concord/extract.h"
#include "concord/text.h"
#include "harness.h"
#include "json.h"

#define SH_DIR "../shared/data/scrapinghub/"
#define WC_DIR "../shared/data/wcxb-dev-articles/"

static concord_status extract_mem(concord_kind kind, const char *data,
    size_t len, const concord_extract_opts *opts, concord_doc **d)
{
	concord_input in = {0};
	in.path = "mem";
	in.kind = kind;
	in.data = data;
	in.len = len;
	return concord_extract(&in, opts, d);
}

static concord_status extract_str(const char *html, concord_doc **d)
{
	return extract_mem(CONCORD_KIND_HTML, html, strlen(html), NULL, d);
}

/* ---- ground truth ------------------------------------------------------ */

typedef struct truth {
	arena *a;
	char *raw;
	json_value *root;
} truth;

static int truth_load(truth *t, const char *path)
{
	size_t len;
	memset(t, 0, sizeof *t);
	t->raw = harness_read_file(path, &len);
	t->a = arena_new(0);
	if (!t->raw || !t->a || json_parse(t->a, t->raw, len, 8, &t->root, NULL))
		return -1;
	return 0;
}

static void truth_free(truth *t)
{
	arena_free(t->a);
	free(t->raw);
}

static const char *truth_str(const json_value *page, const char *key)
{
	const json_value *v = json_get(page, key);
	return v && v->type == JSON_STRING ? v->str : NULL;
}

/* Extracts one page of a data set; *st gets the status. */
static concord_doc *extract_page_st(const char *dir, const char *id,
    concord_status *st)
{
	char path[512];
	size_t len;
	concord_doc *d = NULL;
	snprintf(path, sizeof path, "%shtml/%s.html.gz", dir, id);
	char *data = harness_read_gunzip(path, &len);
	CHECK(data != NULL);
	*st = data ? extract_mem(CONCORD_KIND_HTML, data, len, NULL, &d) :
	    CONCORD_EIO;
	free(data);
	return d;
}

static concord_doc *extract_page(const char *dir, const char *id)
{
	char path[512];
	size_t len;
	concord_doc *d = NULL;
	snprintf(path, sizeof path, "%shtml/%s.html.gz", dir, id);
	char *data = harness_read_gunzip(path, &len);
	CHECK(data != NULL);
	if (data)
		CHECK_INT(extract_mem(CONCORD_KIND_HTML, data, len, NULL, &d), 0);
	free(data);
	return d;
}

/* Whether the text has the first (or last) n bytes of a paragraph,
 * compared after normalization on both sides. */
static int has_snippet(const char *text, const char *para, size_t n, int tail)
{
	char *nt = NULL, *np = NULL;
	size_t ntl, npl;
	int r = 0;
	if (concord_text_normalize(text, strlen(text), &nt, &ntl) ||
	    concord_text_normalize(para, strlen(para), &np, &npl))
		goto done;
	if (npl > n) {
		size_t off = tail ? npl - n : 0;
		/* stay on a character boundary */
		while (off < npl && ((unsigned char)np[off] & 0xC0) == 0x80)
			off++;
		np[off + n < npl ? off + n : npl] = 0;
		memmove(np, np + off, strlen(np + off) + 1);
	}
	r = strstr(nt, np) != NULL;
done:
	concord_free(nt);
	concord_free(np);
	return r;
}

/* First line and last prose line (80 bytes or more: the truth of some
 * pages ends with a copyright line) of a body, for the snippet checks. */
static void first_last(const char *body, char **first, char **last)
{
	const char *nl = strchr(body, '\n');
	const char *end = body + strlen(body), *ls;
	for (;;) {
		while (end > body && (end[-1] == '\n' || end[-1] == ' '))
			end--;
		ls = end;
		while (ls > body && ls[-1] != '\n')
			ls--;
		if (end - ls >= 80 || ls == body)
			break;
		end = ls;
	}
	*first = strndup(body, nl ? (size_t)(nl - body) : strlen(body));
	*last = strndup(ls, (size_t)(end - ls));
}

/* ---- real pages -------------------------------------------------------- */

/* Three real news pages from three sites: the body runs from the truth's
 * first paragraph to its last, without the page's furniture. */
static void test_scrapinghub_pages(void)
{
	static const struct {
		const char *id, *furniture;
	} pages[] = {
		/* washingtonpost.com: gaming article */
		{"042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856",
		    "Sign up"},
		/* blogspot news site: text between <br>s beside an image box */
		{"358cc4a080456476b0f883c56bdce796874c286ed6efab25f5718dd95fab42a8",
		    "Follow by Email"},
		/* hawaiinewsnow.com: one box per paragraph */
		{"f344ca5fb36e130f4344235fa22726f3367e09c211c120f21d9ae92effe902db",
		    "share story via email"},
	};
	truth t;
	CHECK_INT(truth_load(&t, SH_DIR "ground-truth.json"), 0);
	for (size_t i = 0; i < sizeof pages / sizeof pages[0]; i++) {
		const json_value *page = NULL;
		for (const json_value *v = t.root ? t.root->child : NULL; v; v = v->next)
			if (!strncmp(v->key, pages[i].id, 16))
				page = v;
		CHECK(page != NULL);
		if (!page)
			continue;
		concord_doc *d = extract_page(SH_DIR, page->key);
		const concord_article *a = concord_doc_article(d);
		char *first, *last;
		first_last(truth_str(page, "articleBody"), &first, &last);
		if (a) {
			if (!has_snippet(a->text, first, 60, 0))
				harness_fail(__FILE__, __LINE__, "%s lacks first \"%.60s\"", page->key, first);
			if (!has_snippet(a->text, last, 60, 1))
				harness_fail(__FILE__, __LINE__, "%s lacks last \"%s\"", page->key, last);
			CHECK_LACKS(a->text, pages[i].furniture);
			CHECK(concord_utf8_valid(a->text, a->text_len));
			CHECK_INT(strlen(a->text), a->text_len);
			CHECK(strlen(a->id) == 16);
		}
		free(first);
		free(last);
		concord_doc_free(d);
	}
	truth_free(&t);
}

/* Over every Scrapinghub page: most truth paragraphs are found (recall)
 * and the output is not padded with furniture (length ratio). The
 * thresholds sit a little under what the extractor reaches so that a
 * regression fails, not noise. */
static void test_scrapinghub_all(void)
{
	truth t;
	size_t pages = 0, paras = 0, found = 0, bloated = 0;
	CHECK_INT(truth_load(&t, SH_DIR "ground-truth.json"), 0);
	for (const json_value *v = t.root ? t.root->child : NULL; v; v = v->next) {
		const char *body = truth_str(v, "articleBody");
		concord_doc *d = extract_page(SH_DIR, v->key);
		const concord_article *a = concord_doc_article(d);
		pages++;
		for (const char *p = body; a && p && *p;) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			if (n >= 80) {
				char *para = strndup(p, n);
				paras++;
				found += has_snippet(a->text, para, 40, 0);
				free(para);
			}
			p += n + (nl != NULL);
		}
		if (a && a->text_len > 2 * strlen(body) + 500)
			bloated++;
		concord_doc_free(d);
	}
	printf("scrapinghub: %zu pages, %zu/%zu truth paragraphs found, %zu bloated\n",
	    pages, found, paras, bloated);
	CHECK_INT(pages, 181);
	CHECK(found * 100 >= paras * 95);
	CHECK(bloated * 100 <= pages * 8);
	truth_free(&t);
}

static int same_ci(const char *a, const char *b)
{
	return a && b && !strcasecmp(a, b);
}

/* WCXB pages: titles and dates as the truth has them on most pages, the
 * snippets that must appear are there, the furniture is not. */
static void test_wcxb_meta(void)
{
	truth t;
	size_t pages = 0, titles = 0, dates = 0, n_dates = 0, with = 0,
	    n_with = 0, without = 0, n_without = 0, empty = 0;
	CHECK_INT(truth_load(&t, WC_DIR "ground-truth.json"), 0);
	for (const json_value *v = t.root ? t.root->child : NULL;
	    v && pages < 200; v = v->next) {
		const concord_article *a;
		concord_status st;
		concord_doc *d = extract_page_st(WC_DIR, v->key, &st);
		const char *date = truth_str(v, "publish_date");
		pages++;
		/* a few pages hold no article text without JavaScript */
		CHECK(st == CONCORD_OK || st == CONCORD_EEMPTY);
		if (!(a = concord_doc_article(d))) {
			empty++;
			continue;
		}
		titles += same_ci(a->title, truth_str(v, "title"));
		if (date && *date) {
			n_dates++;
			dates += same_ci(a->date, date);
		}
		for (const json_value *s = json_get(v, "with") ? json_get(v, "with")->child : NULL; s; s = s->next) {
			n_with++;
			with += has_snippet(a->text, s->str, 1000, 0);
		}
		for (const json_value *s = json_get(v, "without") ? json_get(v, "without")->child : NULL; s; s = s->next) {
			n_without++;
			without += !has_snippet(a->text, s->str, 1000, 0);
		}
		concord_doc_free(d);
	}
	printf("wcxb: %zu pages (%zu empty), titles %zu, dates %zu/%zu, with %zu/%zu, without %zu/%zu\n",
	    pages, empty, titles, dates, n_dates, with, n_with, without, n_without);
	CHECK_INT(pages, 200);
	CHECK(empty * 100 <= pages * 3);
	CHECK(titles * 100 >= pages * 70);
	CHECK(dates * 100 >= n_dates * 65);
	CHECK(with * 100 >= n_with * 88);
	CHECK(without * 100 >= n_without * 94);
	truth_free(&t);
}

/* ---- crafted pages ----------------------------------------------------- */

#define PARA "<p>The council voted on Tuesday to approve the new budget, " \
	"which raises spending on schools, roads and parks by four percent.</p>"

static void test_windows1251(void)
{
	/* "Привет, мир" in windows-1251, inside a declared page */
	static const char page[] =
	    "<html><head><meta http-equiv=\"Content-Type\" "
	    "content=\"text/html; charset=windows-1251\"></head><body><p>"
	    "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! \xCF\xF0\xE8\xE2\xE5\xF2, "
	    "\xEC\xE8\xF0! \xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0! "
	    "\xCF\xF0\xE8\xE2\xE5\xF2, \xEC\xE8\xF0!</p></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_HAS(a->text, "Привет, мир!");
		CHECK_STR(a->lang, "ru");
	}
	concord_doc_free(d);
}

static void test_utf8_declared_latin1(void)
{
	/* valid UTF-8 wins over a wrong declaration */
	const char *page = "<html><head><meta charset=\"iso-8859-1\"></head>"
	    "<body><p>Le café de la gare a rouvert ses portes à Genève, "
	    "après des mois de travaux, annonce la municipalité.</p></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	if (d)
		CHECK_HAS(concord_doc_article(d)->text, "café de la gare a rouvert ses portes à Genève");
	concord_doc_free(d);
}

static void test_latin1_declared(void)
{
	/* real latin-1 bytes (invalid as UTF-8) follow the declaration */
	const char *page = "<html><head><meta charset=\"iso-8859-1\"></head>"
	    "<body><p>Le caf\xE9 de la gare a rouvert ses portes \xE0 Gen\xE8ve, "
	    "apr\xE8s des mois de travaux \x96 annonce la municipalit\xE9.</p></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	if (d) {
		CHECK_HAS(concord_doc_article(d)->text, "café de la gare a rouvert ses portes à Genève");
		/* 0x96 is windows-1252's en dash, as browsers read latin-1 */
		CHECK_HAS(concord_doc_article(d)->text, "travaux \xE2\x80\x93 annonce");
	}
	concord_doc_free(d);
}

static void test_bom(void)
{
	const char *page = "\xEF\xBB\xBF<html><body>" PARA "</body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	if (d) {
		const char *t = concord_doc_article(d)->text;
		CHECK(!strncmp(t, "The council voted", 17));
	}
	concord_doc_free(d);
}

static void test_invalid_bytes(void)
{
	static const char page[] = "<html><body><p>Broken \xFF\xFE bytes \xC3 "
	    "and \xED\xA0\x80 a surrogate and \xF4\x90\x80\x80 beyond, in a "
	    "paragraph that is long enough to count as one, the \xE2\x82 end.</p>"
	    "</body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, page, sizeof page - 1, NULL, &d), 0);
	if (d) {
		const concord_article *a = concord_doc_article(d);
		CHECK(concord_utf8_valid(a->text, a->text_len));
		CHECK_HAS(a->text, "Broken");
		CHECK_HAS(a->text, "end.");
	}
	concord_doc_free(d);
	/* the same bytes as plain text */
	CHECK_INT(extract_mem(CONCORD_KIND_TEXT, page + 15, sizeof page - 35,
	    NULL, &d), 0);
	if (d)
		CHECK(concord_utf8_valid(concord_doc_article(d)->text,
		    concord_doc_article(d)->text_len));
	concord_doc_free(d);
}

/* Plain text stored double-encoded ("donâ€™t") is put right line by
 * line; a line that also holds a correct character stays as it is. */
static void test_text_mojibake(void)
{
	static const char text[] =
	    "The mayor said the city don\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t "
	    "have the money for the new bridge this year, and the vote was "
	    "put off until the spring.\n"
	    "She called it \xC3\xA2\xE2\x82\xAC\xC5\x93" "a pause\xC3\xA2\xE2"
	    "\x82\xAC\xC2\x9D, not an end, and the caf\xC3\x83\xC2\xA9 owners "
	    "on the river agreed with her at the meeting.\n"
	    "A reader wrote that \xC3\xA2\xE2\x82\xAC\xE2\x84\xA2 is what "
	    "\xE2\x80\x99 becomes when a page is read in the wrong charset.\n";
	concord_doc *d = NULL;
	CHECK_INT(extract_mem(CONCORD_KIND_TEXT, text, sizeof text - 1, NULL,
	    &d), 0);
	if (d) {
		const char *t = concord_doc_article(d)->text;
		CHECK_HAS(t, "the city don\xE2\x80\x99t have");
		CHECK_HAS(t, "\xE2\x80\x9C" "a pause\xE2\x80\x9D, not an end");
		CHECK_HAS(t, "the caf\xC3\xA9 owners");
		CHECK_HAS(t, "that \xC3\xA2\xE2\x82\xAC\xE2\x84\xA2 is what");
	}
	concord_doc_free(d);
}

/* Invisible characters are left out of the text and the title, in HTML
 * as in plain text: soft hyphens (raw and as &shy;), a zero-width space
 * and a word joiner; a no-break space still separates words. */
static void test_invisible_characters(void)
{
	static const char page[] =
	    "<html><head><title>Das Mit&shy;tel&shy;al&shy;ter</title></head>"
	    "<body><article><h1>Das Mit\xC2\xAD" "tel\xC2\xAD" "al\xC2\xAD"
	    "ter</h1>"
	    "<p>Im Mit&shy;tel&shy;al&shy;ter war der Wein aus Bozen, so "
	    "heisst es in den alten Urkunden, das Aus\xC2\xAD" "h\xC3\xA4" "n"
	    "\xC2\xAD" "ge\xC2\xAD" "schild der Region, und er wurde bis nach "
	    "Wien verkauft.</p><p>Die Winzer\xE2\x80\x8B"
	    "genossenschaft am\xC2\xA0" "Hang, die\xE2\x81\xA0" "seit hundert "
	    "Jahren besteht, pflegt die Reben, die Keller und die Lagen bis "
	    "heute, mit viel Arbeit und Geduld.</p></article></body></html>";
	static const char text[] =
	    "Im Mit\xC2\xAD" "tel\xC2\xAD" "al\xC2\xAD" "ter war der Wein aus "
	    "Bozen, so heisst es in den alten Urkunden, das Aushängeschild "
	    "der Region, und er wurde bis nach Wien verkauft.\n";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	if (d) {
		const concord_article *a = concord_doc_article(d);
		CHECK_HAS(a->text, "Im Mittelalter war");
		CHECK_HAS(a->text, "das Aush\xC3\xA4" "ngeschild der Region");
		CHECK_HAS(a->text, "Winzergenossenschaft am Hang, dieseit");
		CHECK_LACKS(a->text, "\xC2\xAD");
		CHECK_STR(a->title, "Das Mittelalter");
	}
	concord_doc_free(d);
	d = NULL;
	CHECK_INT(extract_mem(CONCORD_KIND_TEXT, text, sizeof text - 1, NULL,
	    &d), 0);
	if (d)
		CHECK_HAS(concord_doc_article(d)->text, "Im Mittelalter war");
	concord_doc_free(d);
}

/* Text and metadata leave in NFC: decomposed umlauts ("o" + U+0308) and
 * a Bengali letter that NFC never keeps composed come out as a search
 * for the composed word expects them, in HTML and in plain text. */
static void test_composed_form(void)
{
	static const char page[] =
	    "<html><head><title>Die Gro\xCC\x88\xC3\x9F" "e der Stadt</title>"
	    "</head><body><article><p>Die Gro\xCC\x88\xC3\x9F" "e der Stadt "
	    "wa\xCC\x88" "chst, sagt der Rat, und die Schulen, die Stra\xC3\x9F"
	    "en und die Parks brauchen mehr Geld, als im Plan steht, so die "
	    "Zahlen des Amtes.</p><p>\xE0\xA6\x95\xE0\xA7\x81\xE0\xA6\xB7"
	    "\xE0\xA7\x8D\xE0\xA6\x9F\xE0\xA6\xBF\xE0\xA7\x9F\xE0\xA6"
	    "\xBE district, the report says, needs the same, and more, as the "
	    "river rises every year in the rainy season.</p></article></body>"
	    "</html>";
	static const char text[] =
	    "Die Gro\xCC\x88\xC3\x9F" "e der Stadt wa\xCC\x88" "chst, sagt "
	    "der Rat, und die Schulen, die Parks und die Wege brauchen mehr "
	    "Geld, als im Plan steht.\n";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	if (d) {
		const concord_article *a = concord_doc_article(d);
		CHECK_HAS(a->text, "Die Gr\xC3\xB6\xC3\x9F" "e der Stadt "
		    "w\xC3\xA4" "chst");
		/* U+09DF is a composition exclusion: NFC writes U+09AF U+09BC */
		CHECK_HAS(a->text, "\xE0\xA6\xAF\xE0\xA6\xBC\xE0\xA6\xBE"
		    " district");
		CHECK_LACKS(a->text, "\xCC\x88");
		CHECK_STR(a->title, "Die Gr\xC3\xB6\xC3\x9F" "e der Stadt");
	}
	concord_doc_free(d);
	d = NULL;
	CHECK_INT(extract_mem(CONCORD_KIND_TEXT, text, sizeof text - 1, NULL,
	    &d), 0);
	if (d)
		CHECK_HAS(concord_doc_article(d)->text,
		    "Die Gr\xC3\xB6\xC3\x9F" "e der Stadt w\xC3\xA4" "chst");
	concord_doc_free(d);
}

static void test_empty(void)
{
	concord_doc *d = (concord_doc *)1;
	CHECK_INT(extract_str("<html><head><title>x</title></head><body>"
	    "<script>var a = 1;</script><nav><a href=/>Home</a></nav></body></html>",
	    &d), CONCORD_EEMPTY);
	CHECK(d == NULL);
	CHECK_INT(extract_str("", &d), CONCORD_EEMPTY);
	CHECK_INT(extract_str("<html></html>", &d), CONCORD_EEMPTY);
}

static void test_deep_nesting(void)
{
	size_t n = 100000, len = 0;
	char *page = malloc(n * 11 + 400);
	concord_doc *d = NULL;
	concord_status st;
	len += (size_t)sprintf(page, "<html><body>");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "<div>");
	len += (size_t)sprintf(page + len, "%s", PARA);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "</div>");
	st = extract_mem(CONCORD_KIND_HTML, page, len, NULL, &d);
	CHECK(st == CONCORD_OK || st == CONCORD_EEMPTY);
	concord_doc_free(d);
	free(page);
}

static void test_many_attributes(void)
{
	size_t n = 200000, len = 0;
	char *page = malloc(n * 12 + 400);
	concord_doc *d = NULL;
	len += (size_t)sprintf(page, "<html><body><div ");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "a%zu=x ", i % 100000);
	len += (size_t)sprintf(page + len, ">%s</div></body></html>", PARA);
	concord_status st = extract_mem(CONCORD_KIND_HTML, page, len, NULL, &d);
	CHECK(st == CONCORD_OK || st == CONCORD_EEMPTY);
	concord_doc_free(d);
	/* attributes past the cap are dropped whole, quoted '>' included */
	len = (size_t)sprintf(page, "<html><body><div ");
	for (size_t i = 0; i < 300; i++)
		len += (size_t)sprintf(page + len, "a%zu=\"x>y\" ", i);
	len += (size_t)sprintf(page + len, ">%s</div></body></html>", PARA);
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, page, len, NULL, &d), 0);
	if (d) {
		CHECK(!strncmp(concord_doc_article(d)->text, "The council voted", 17));
		CHECK_LACKS(concord_doc_article(d)->text, "y\"");
	}
	concord_doc_free(d);
	free(page);
}

/* Many boxes whose class promises a date, nested: metadata reads only a
 * bounded number of subtree texts. And 100000 paragraphs in one page. */
static void test_many_boxes(void)
{
	size_t n = 200, m = 100000, len = 0;
	char *page = malloc(n * 40 + m * 40 + 400);
	concord_doc *d = NULL;
	len += (size_t)sprintf(page, "<html><body>");
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "<div class=\"date\">x ");
	for (size_t i = 0; i < m; i++)
		len += (size_t)sprintf(page + len, "<p>Line %zu, with a comma.</p>", i);
	for (size_t i = 0; i < n; i++)
		len += (size_t)sprintf(page + len, "</div>");
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, page, len, NULL, &d), 0);
	if (d)
		CHECK_HAS(concord_doc_article(d)->text, "Line 99999, with a comma.");
	concord_doc_free(d);
	free(page);
}

static void test_size_limit(void)
{
	concord_extract_opts o = {0};
	concord_doc *d = NULL;
	const char *page = "<html><body>" PARA "</body></html>";
	o.max_input_len = 64;
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, page, strlen(page), &o, &d),
	    CONCORD_ELIMIT);
	CHECK(d == NULL);
	o.max_input_len = strlen(page);
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, page, strlen(page), &o, &d), 0);
	concord_doc_free(d);
}

/* Furniture around one article: nav, share bar, related list, comments,
 * footer; only the article's paragraphs remain, headings included. */
static void test_furniture(void)
{
	const char *page =
	    "<html><body><header><a href=/>Home</a> <a href=/news>News</a></header>"
	    "<div class=\"page-ad-margins\"><main><article class=\"story\">"
	    "<h1>Council approves budget</h1>"
	    "<div class=\"share-bar\"><a href=#>Share on Facebook</a></div>"
	    PARA
	    "<h2>Schools first</h2>"
	    "<p>Most of the new money, about 12 million dollars, goes to the "
	    "district's eight schools, the mayor said, with the rest for roads.</p>"
	    "<div class=\"related-stories\"><ul><li><a href=/a>Other story one</a></li>"
	    "<li><a href=/b>Other story two</a></li></ul></div>"
	    "<p>The budget takes effect in July, after a second reading.</p>"
	    "</article></main></div>"
	    "<div id=\"comments\"><p>Great article, thanks for writing it, "
	    "I learned so much from it today!</p></div>"
	    "<footer><p>Copyright 2024 The Daily Example, all rights reserved.</p></footer>"
	    "</body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_HAS(a->text, "The council voted on Tuesday");
		CHECK_HAS(a->text, "\nSchools first\n");
		CHECK_HAS(a->text, "after a second reading.");
		CHECK_LACKS(a->text, "Share on Facebook");
		CHECK_LACKS(a->text, "Other story");
		CHECK_LACKS(a->text, "Great article");
		CHECK_LACKS(a->text, "Copyright");
		CHECK_LACKS(a->text, "Home");
		CHECK(a->text[a->text_len - 1] != '\n' && a->text[0] != '\n');
		CHECK_LACKS(a->text, "\n\n");
	}
	concord_doc_free(d);
}

/* Furniture inside the article container that class names do not
 * betray: calls to action, a plain-line teaser head, a disclosure, an
 * author box at the end; and style, script and svg text. */
static void test_inline_furniture(void)
{
	const char *page =
	    "<html><body><div class=\"x\"><h1>Council approves budget</h1>"
	    "<p>Written by Ann Lee</p>"
	    "<style>.story p { color: red }</style>"
	    "<p>Disclosure: we may earn a commission from links on this page, "
	    "at no cost to you.</p>"
	    PARA
	    "<svg><text>Icon label</text></svg>"
	    "<div><a class=\"btn\" href=/n>Join our newsletter</a></div>"
	    "<p>Most of the new money, about 12 million dollars, goes to the "
	    "district's eight schools, the mayor said, with the rest for roads.</p>"
	    "<script>var leaked = 'script text';</script>"
	    "<p>The budget takes effect in July, after a second reading by the "
	    "council, which is expected to pass it without changes.</p>"
	    "<p>Ann Lee is a staff writer covering city hall and the county.</p>"
	    "<div class=\"x\">Recommended Stories</div>"
	    "<p>Other story one: the mayor opens a new bridge over the river "
	    "after three years of works.</p>"
	    "</div></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_HAS(a->text, "The council voted on Tuesday");
		CHECK_HAS(a->text, "goes to the district's eight schools");
		CHECK_HAS(a->text, "without changes.");
		CHECK_LACKS(a->text, "Written by");
		CHECK_LACKS(a->text, "Disclosure");
		CHECK_LACKS(a->text, "Join our newsletter");
		CHECK_LACKS(a->text, "staff writer");
		CHECK_LACKS(a->text, "Recommended");
		CHECK_LACKS(a->text, "Other story");
		CHECK_LACKS(a->text, "color");
		CHECK_LACKS(a->text, "script text");
		CHECK_LACKS(a->text, "Icon label");
	}
	concord_doc_free(d);
}

/* Webflow pages put the article in a <header class="w-richtext">: not
 * furniture, unlike the page's other headers. */
static void test_richtext_header(void)
{
	const char *page =
	    "<html><body><header class=\"top\"><a href=/>Home</a></header>"
	    "<div class=\"intro\"><p>In today's fast-paced world, the council "
	    "said, a budget is more important than ever, and this summary gives "
	    "the main points of the plan that was approved on Tuesday evening "
	    "after a long debate among members about schools, roads and parks "
	    "and the taxes that pay for them.</p></div>"
	    "<div class=\"grid\"><header class=\"rich-text w-richtext\">" PARA
	    "<h2>Schools first</h2><p>Most of the new money, about 12 million "
	    "dollars, goes to the district's eight schools, the mayor said.</p>"
	    "<p>The budget takes effect in July, after a second reading by the "
	    "council, which is expected to pass it without changes.</p>"
	    "</header></div></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_HAS(a->text, "goes to the district's eight schools");
		CHECK_HAS(a->text, "without changes.");
		CHECK_LACKS(a->text, "Home");
	}
	concord_doc_free(d);
}

static void test_metadata_sources(void)
{
	const char *page =
	    "<html lang=en><head><title>Council approves budget | Daily Example</title>"
	    "<meta property=\"og:site_name\" content=\"Daily Example\">"
	    "<link rel=\"canonical\" href=\"https://www.example.com/news/budget\">"
	    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
	    "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"Example\"},"
	    "{\"@type\":[\"NewsArticle\"],\"headline\":\"Council approves &amp; signs budget\","
	    "\"datePublished\":\"2024-03-05T22:10:00-05:00\","
	    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},{\"name\":\"Bo Chan\"}]}]}"
	    "</script></head><body>" PARA "</body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_STR(a->title, "Council approves & signs budget");
		CHECK_STR(a->date, "2024-03-05");
		CHECK_STR(a->author, "Ann Lee, Bo Chan");
		CHECK_STR(a->site, "Daily Example");
		CHECK_STR(a->url, "https://www.example.com/news/budget");
		CHECK_STR(a->lang, "en");
	}
	concord_doc_free(d);
}

static void test_metadata_fallbacks(void)
{
	const char *page =
	    "<html><head><title>Council approves budget - Daily Example</title>"
	    "<meta property=\"og:site_name\" content=\"Daily Example\">"
	    "<meta name=\"author\" content=\"By Ann Lee\"></head><body>"
	    "<time datetime=\"2023-11-02\">Nov 2</time>" PARA "</body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_STR(a->title, "Council approves budget");
		CHECK_STR(a->date, "2023-11-02");
		CHECK_STR(a->author, "Ann Lee");
	}
	concord_doc_free(d);
	/* the input's own fields win; the site falls back to the URL host */
	concord_input in = {0};
	in.kind = CONCORD_KIND_HTML;
	in.data = "<html><head><title>Page title</title>"
	    "<meta property=\"article:published_time\" content=\"2020-01-01\">"
	    "</head><body>" PARA "</body></html>";
	in.len = strlen(in.data);
	in.path = "x.jsonl:3";
	in.url = "https://www.news.example.org/a/1";
	in.title = "Asserted title";
	in.date = "March 4, 2019";
	CHECK_INT(concord_extract(&in, NULL, &d), 0);
	if ((a = concord_doc_article(d))) {
		CHECK_STR(a->title, "Asserted title");
		CHECK_STR(a->date, "2019-03-04");
		CHECK_STR(a->site, "news.example.org");
		CHECK_STR(a->url, "https://www.news.example.org/a/1");
		CHECK_STR(a->path, "x.jsonl:3");
		CHECK(a->author == NULL);
	}
	concord_doc_free(d);
}

/* Extracts page with in.url = fetched and in.title set; returns the doc. */
static concord_doc *extract_fetched(const char *head, const char *fetched)
{
	static char page[4096];
	concord_input in = {0};
	concord_doc *d = NULL;
	snprintf(page, sizeof page, "<html><head><title>Page title</title>%s"
	    "</head><body>" PARA "</body></html>", head);
	in.kind = CONCORD_KIND_HTML;
	in.data = page;
	in.len = strlen(page);
	in.url = fetched;
	in.title = "Asserted title";
	CHECK_INT(concord_extract(&in, NULL, &d), 0);
	return d;
}

/* The page's canonical URL names the article; the input's url is only
 * where it was fetched. The input's title still wins over the page's. */
static void test_url_precedence(void)
{
	static const struct {
		const char *head, *fetched, *want, *site;
	} cases[] = {
		{"<link rel=\"canonical\" href=\"https://news.example.com/a/budget\">",
		    "http://mirror.example.net/x?utm_source=feed",
		    "https://news.example.com/a/budget", "news.example.com"},
		{"<meta property=\"og:url\" content=\"https://www.example.org/story\">",
		    "https://example.org/amp/story", "https://www.example.org/story",
		    "example.org"},
		/* scheme-relative: the fetch URL's scheme */
		{"<link rel=\"canonical\" href=\"//news.example.com/a/1\">",
		    "http://news.example.com/a/1?p=2", "http://news.example.com/a/1",
		    "news.example.com"},
		/* not absolute http(s): the input's url stays */
		{"<link rel=\"canonical\" href=\"/a/budget\">",
		    "https://news.example.com/a/budget?x=1",
		    "https://news.example.com/a/budget?x=1", "news.example.com"},
		{"<link rel=\"canonical\" href=\"https://\">",
		    "https://news.example.com/b", "https://news.example.com/b",
		    "news.example.com"},
		/* a canonical that names the home page is a template's */
		{"<link rel=\"canonical\" href=\"https://news.example.com/\">",
		    "https://news.example.com/a/7", "https://news.example.com/a/7",
		    "news.example.com"},
		/* no input url: the page's */
		{"<link rel=\"canonical\" href=\"https://news.example.com/c\">",
		    NULL, "https://news.example.com/c", "news.example.com"},
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		concord_doc *d = extract_fetched(cases[i].head, cases[i].fetched);
		const concord_article *a = concord_doc_article(d);
		if (a) {
			CHECK_STR(a->url, cases[i].want);
			CHECK_STR(a->site, cases[i].site);
			CHECK_STR(a->title, "Asserted title");
		}
		concord_doc_free(d);
	}
}

/* Pages without metadata markup: the name and date they show. */
static void test_visible_metadata(void)
{
	const char *page =
	    "<html><body><h1>Council <em>approves</em> budget</h1>"
	    "<div class=\"post-author\">Written by <a href=/a>Jane Roe</a></div>"
	    "<div>Published on July 18, 2025</div>" PARA
	    "<form><label class=\"comment-author\">Name *</label></form></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_STR(a->title, "Council approves budget");
		CHECK_STR(a->author, "Jane Roe");
		CHECK_STR(a->date, "2025-07-18");
	}
	concord_doc_free(d);
}

static void test_text_input(void)
{
	const char *path = "../shared/seeds/000_4f84585575684f89.txt";
	size_t len;
	char *data = harness_read_file(path, &len);
	concord_doc *d = NULL;
	CHECK(data != NULL);
	if (!data)
		return;
	CHECK_INT(extract_mem(CONCORD_KIND_TEXT, data, len, NULL, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK(a->text_len > 200);
		CHECK(a->text_len <= len);
		CHECK_STR(a->lang, "en");
		CHECK(concord_utf8_valid(a->text, a->text_len));
	}
	concord_doc_free(d);
	free(data);
}

/* ---- docs from fields -------------------------------------------------- */

static void test_from_fields(void)
{
	concord_article in = {0};
	concord_doc *d1 = NULL, *d2 = NULL, *d3 = NULL;
	char text[] = "One paragraph.\nAnother \xE2\x80\x9Cquoted\xE2\x80\x9D one.";
	in.text = text;
	in.text_len = strlen(text);
	in.title = "T";
	in.path = "p";
	CHECK_INT(concord_doc_from_fields(&in, &d1), 0);
	/* same body up to typography and spacing: same id */
	in.text = "One  paragraph.\nAnother \"quoted\" one.";
	in.text_len = strlen(in.text);
	CHECK_INT(concord_doc_from_fields(&in, &d2), 0);
	in.text = "A different body.";
	in.text_len = strlen(in.text);
	in.id = "00000000000000ab";
	CHECK_INT(concord_doc_from_fields(&in, &d3), 0);
	if (d1 && d2 && d3) {
		const concord_article *a1 = concord_doc_article(d1);
		CHECK_INT(strlen(a1->id), 16);
		CHECK(strspn(a1->id, "0123456789abcdef") == 16);
		CHECK_STR(a1->id, concord_doc_article(d2)->id);
		CHECK_STR(concord_doc_article(d3)->id, "00000000000000ab");
		CHECK_STR(a1->title, "T");
		CHECK(a1->title != in.title);  /* copied */
		CHECK(a1->url == NULL);
		text[0] = 'X';
		CHECK(a1->text[0] == 'O');
	}
	concord_doc_free(d1);
	concord_doc_free(d2);
	concord_doc_free(d3);
	in.text = NULL;
	CHECK_INT(concord_doc_from_fields(&in, &d1), CONCORD_EINVAL);
	concord_doc_free(NULL);
	CHECK(concord_doc_article(NULL) == NULL);
}

static void test_deterministic(void)
{
	size_t len;
	char *data = harness_read_gunzip(SH_DIR "html/042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz", &len);
	concord_doc *d1 = NULL, *d2 = NULL;
	CHECK(data != NULL);
	if (!data)
		return;
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, data, len, NULL, &d1), 0);
	CHECK_INT(extract_mem(CONCORD_KIND_HTML, data, len, NULL, &d2), 0);
	if (d1 && d2) {
		CHECK_STR(concord_doc_article(d1)->text, concord_doc_article(d2)->text);
		CHECK_STR(concord_doc_article(d1)->id, concord_doc_article(d2)->id);
	}
	concord_doc_free(d1);
	concord_doc_free(d2);
	free(data);
}

/* Calls to action, a lone button label, lazy-load placeholders, a
 * pager line, fine print, closing appeals and an image credit inside
 * the article container; prose that merely starts like one ("Loading
 * times ..." heading, a long paragraph opening "Want to") stays. */
static void test_appeals_and_fine_print(void)
{
	const char *page =
	    "<html><body><div class=\"x\"><h1>Council approves budget</h1>"
	    "<p>Loading paragraph...</p>"
	    "<p>Page 1 of 8</p>"
	    PARA
	    "<h2>Want to win more jobs with less effort?</h2>"
	    "<p>Most of the new money, about 12 million dollars, goes to the "
	    "district's eight schools, the mayor said, with the rest for roads.</p>"
	    "<h2>Loading times at the port</h2>"
	    "<p>Want to know why the port matters? Trucks wait four hours at "
	    "the gate on a normal day, the harbour master told the council, "
	    "and the budget pays for a second gate and two new cranes.</p>"
	    "<p>Get the latest city news delivered to your inbox.</p>"
	    "<div><a class=\"btn\" href=/s>Subscribe now</a></div>"
	    "<p>The budget takes effect in July, after a second reading by the "
	    "council, which is expected to pass it without changes.</p>"
	    "<p>Funds: NOT FDIC INSURED, may lose value.</p>"
	    "<p>If you enjoyed this article, please share it with a friend.</p>"
	    "<p>Feature image by Ann Lee, all other images via the council.</p>"
	    "<p>Ben Roe is an experienced writer who covers city hall.</p>"
	    "</div></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	if (a) {
		CHECK_HAS(a->text, "The council voted on Tuesday");
		CHECK_HAS(a->text, "Loading times at the port");
		CHECK_HAS(a->text, "Want to know why the port matters?");
		CHECK_HAS(a->text, "without changes.");
		CHECK_LACKS(a->text, "Loading paragraph");
		CHECK_LACKS(a->text, "Page 1 of 8");
		CHECK_LACKS(a->text, "win more jobs");
		CHECK_LACKS(a->text, "your inbox");
		CHECK_LACKS(a->text, "Subscribe");
		CHECK_LACKS(a->text, "FDIC");
		CHECK_LACKS(a->text, "enjoyed this article");
		CHECK_LACKS(a->text, "Feature image");
		CHECK_LACKS(a->text, "experienced writer");
	}
	concord_doc_free(d);
}

/* Furniture the page's structure gives away inside the article box: a
 * paragraph that is a column of teaser links split by <br> (longer than
 * one linked sentence), a gallery's "Image 2 of 5", a like button's
 * "loading" placeholder in Indonesian, a quote button, a banner of one
 * line and a button (not a card with a title, a blurb and a button), and
 * a "More from <site>" head over the teasers after the body. A paragraph
 * of prose naming linked products, and a "More from" line that is no
 * heading, stay. */
static void test_structural_furniture(void)
{
	const char *page =
	    "<html><body><div class=\"x\"><h1>Council approves budget</h1>"
	    PARA
	    "<p><strong>DON'T MISS</strong></p>"
	    "<p><a href=\"/a\">Mayor's rival opens a campaign office downtown"
	    " in the old bank</a> [INSIGHT]<br><a href=\"/b\">Storm closes the"
	    " harbour for a second day as the wind picks up</a> [VIDEO]<br>"
	    "<a href=\"/c\">Police name the driver in the bridge crash after a"
	    " week of questions</a> [NEWS]</p>"
	    "<p>Image 2 of 5</p><p>Suka Memuat...</p>"
	    "<p>Most of the new money, about 12 million dollars, goes to the "
	    "district's eight schools, the mayor said, with the rest for roads "
	    "and for the two parks by the river.</p>"
	    "<p>The money buys <a href=\"/p1\">the Acme 14 laptop for every "
	    "teacher in the district's eight schools and its two colleges</a>, "
	    "<a href=\"/p2\">a Brand X projector for each of the forty "
	    "classrooms of the new wing</a> and <a href=\"/p3\">the Brand Y "
	    "reading software for all pupils in the first four years</a>.</p>"
	    "<p>Get a Quote (212) 555-0100</p>"
	    "<div class=\"wp-block-group\"><p>Get the cash you need with a "
	    "low-interest loan today</p><div><a class=\"elementor-button\" "
	    "href=\"/apply\">Apply now</a></div></div>"
	    "<div class=\"card\"><h3>Parks plan for the river</h3><p>The two "
	    "parks by the river get new paths and lights</p><a class=\"btn\" "
	    "href=\"/parks\">See the plan</a></div>"
	    "<p>More from the council's budget debate is due next week, when "
	    "the second reading is held.</p>"
	    "<p>The budget takes effect in July, after a second reading by the "
	    "council, which is expected to pass it without changes.</p>"
	    "<h2>More from City News</h2>"
	    "<p>The City News desk covers the council, the courts and the "
	    "schools of the city, with reporters in every district.</p>"
	    "</div></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	CHECK(a != NULL);
	if (a) {
		CHECK_HAS(a->text, "The council voted on Tuesday");
		CHECK_HAS(a->text, "Brand Y reading software");
		CHECK_HAS(a->text, "More from the council's budget debate");
		CHECK_HAS(a->text, "without changes.");
		CHECK_LACKS(a->text, "campaign office");
		CHECK_LACKS(a->text, "Image 2 of 5");
		CHECK_LACKS(a->text, "Memuat");
		CHECK_LACKS(a->text, "Get a Quote");
		CHECK_LACKS(a->text, "low-interest loan");
		CHECK_LACKS(a->text, "Apply now");
		CHECK_HAS(a->text, "new paths and lights");
		CHECK_LACKS(a->text, "More from City News");
		CHECK_LACKS(a->text, "desk covers");
	}
	concord_doc_free(d);
}

/* The headline is the title, not the text's first line; a heading
 * that differs from the title stays. */
static void test_headline_not_text(void)
{
	const char *page =
	    "<html><head><title>Council approves budget</title></head><body>"
	    "<div class=\"x\"><h1>Council approves budget</h1>" PARA
	    "<h2>Schools first</h2><p>Most of the new money, about 12 million "
	    "dollars, goes to the district's eight schools, the mayor said, "
	    "with the rest for roads and for the two parks by the river.</p>"
	    "</div></body></html>";
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	CHECK(a != NULL);
	if (a) {
		CHECK_STR(a->title, "Council approves budget");
		CHECK_LACKS(a->text, "Council approves budget");
		CHECK_HAS(a->text, "Schools first");
		CHECK(!strncmp(a->text, "The council voted", 17));
	}
	concord_doc_free(d);
}

static const test_case tests[] = {
	{"from_fields", test_from_fields},
	{"structural_furniture", test_structural_furniture},
	{"headline_not_text", test_headline_not_text},
	{"scrapinghub_pages", test_scrapinghub_pages},
	{"scrapinghub_all", test_scrapinghub_all},
	{"wcxb_meta", test_wcxb_meta},
	{"windows1251", test_windows1251},
	{"utf8_declared_latin1", test_utf8_declared_latin1},
	{"latin1_declared", test_latin1_declared},
	{"bom", test_bom},
	{"invalid_bytes", test_invalid_bytes},
	{"text_mojibake", test_text_mojibake},
	{"invisible_characters", test_invisible_characters},
	{"composed_form", test_composed_form},
	{"empty", test_empty},
	{"deep_nesting", test_deep_nesting},
	{"many_attributes", test_many_attributes},
	{"many_boxes", test_many_boxes},
	{"size_limit", test_size_limit},
	{"furniture", test_furniture},
	{"inline_furniture", test_inline_furniture},
	{"appeals_and_fine_print", test_appeals_and_fine_print},
	{"richtext_header", test_richtext_header},
	{"metadata_sources", test_metadata_sources},
	{"metadata_fallbacks", test_metadata_fallbacks},
	{"visible_metadata", test_visible_metadata},
	{"url_precedence", test_url_precedence},
	{"text_input", test_text_input},
	{"deterministic", test_deterministic},
};

HARNESS_MAIN(tests)
