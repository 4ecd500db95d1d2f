/* test_meta.c - page metadata (lib/meta.c): the sources of title, author
 * and date and their precedence, on crafted pages (one rule each) and on
 * real WCXB pages read from their .html.gz; date normalization; the
 * cleaning every value gets (entities, white space, "By "). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "harness.h"
#include "meta.h"

#define WC_DIR "../shared/data/wcxb-dev-articles/html/"

/* Metadata of the page s, its strings in a. */
static html_meta meta_of(arena *a, const char *s)
{
	html_meta m = {0};
	dom_node *root = NULL;
	if (dom_parse(a, s, strlen(s), 1000000, &root) == CONCORD_OK)
		meta_extract(a, root, &m);
	return m;
}

/* Metadata of WCXB page id; fails the test when it cannot be read. */
static html_meta wcxb(arena *a, const char *id)
{
	char path[256];
	html_meta m = {0};
	snprintf(path, sizeof path, WC_DIR "%s.html.gz", id);
	char *s = harness_read_gunzip(path, NULL);
	CHECK(s != NULL);
	if (s)
		m = meta_of(a, s);
	free(s);
	return m;
}

static void date_is(const char *in, const char *want)
{
	arena *a = arena_new(0);
	char *d = meta_date(a, in);
	if (want)
		CHECK_STR(d, want);
	else if (d)
		harness_fail(__FILE__, __LINE__,
		    "meta_date(\"%s\") == \"%s\", expected NULL", in, d);
	arena_free(a);
}

static void test_date_formats(void)
{
	date_is("2019-03-04T10:00:00Z", "2019-03-04");
	date_is("2019/03/04", "2019-03-04");
	date_is("March 4, 2019", "2019-03-04");
	date_is("Mon, 04 Mar 2019 10:00:00 GMT", "2019-03-04");
	/* a time before the date gives no day */
	date_is("01:38:07 PM IST Nov 20, 2019", "2019-11-20");
	date_is("10:30 AM, 5 June 2021", "2021-06-05");
	date_is("4 March 2019", "2019-03-04");
	date_is("04.03.2019", "2019-03-04");
	/* a part above 12 is the day, whatever the order */
	date_is("13/02/2020", "2020-02-13");
	date_is("02/13/2020", "2020-02-13");
	/* dashes: month first, as US meta tags write them */
	date_is("03-09-2026", "2026-03-09");
	date_is("25-12-2024", "2024-12-25");
	/* a day, a month's name and a year joined by dashes */
	date_is("04-Aug-2021", "2021-08-04");
	/* month names of other languages, a number beside them */
	date_is("on 04-ago-2021", "2021-08-04");
	date_is("4 de abril de 2024", "2024-04-04");
	date_is("3 f\xC3\xA9vr. 2022", "2022-02-03");
	date_is("5. Okt. 2023", "2023-10-05");
	date_is("12 d\xC3\xA9" "cembre 2019", "2019-12-12");
	/* ... but "ago" without a number beside it is the English word */
	/* CJK units after each part (年月日, 년월일) */
	date_is("2019\xE5\xB9\xB4" "4\xE6\x9C\x88" "4\xE6\x97\xA5", "2019-04-04");
	date_is("2019 \xEB\x85\x84 04 \xEC\x9B\x94 21 \xEC\x9D\xBC",
	    "2019-04-21");
	/* a month without its day is no date */
	date_is("2019\xE5\xB9\xB4" "4\xE6\x9C\x88", NULL);
	date_is("posted 3 days ago, in 2021", NULL);
	date_is("Copyright 2024", NULL);
	date_is("no date here", NULL);
	date_is("2019-13-45", NULL);
	/* the Unix epoch is a template's timestamp 0, not a day */
	date_is("1970-01-01T01:00:00+01:00", NULL);
	date_is("1969-12-31T19:00:00-05:00", NULL);
	date_is("1970-01-02", "1970-01-02");
	date_is("", NULL);
}

/* JSON-LD in @graph: the Article wins over OpenGraph and <title>; Person
 * arrays become "A, B"; organizations among them are left out;
 * references in the headline are decoded. */
static void test_jsonld_graph(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><title>Other | Site</title>"
	    "<meta property=\"og:title\" content=\"OG title\">"
	    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
	    "\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"The Daily\"},"
	    "{\"@type\":\"NewsArticle\",\"headline\":\"Rates rise &amp; markets  fall\","
	    "\"datePublished\":\"2024-05-06T08:00:00+02:00\","
	    "\"dateModified\":\"2024-06-01\","
	    "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"},"
	    "{\"@type\":\"Organization\",\"name\":\"The Daily\"},"
	    "{\"@type\":\"Person\",\"name\":\"Bo Chen\"}]}]}</script>"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Rates rise & markets fall");
	CHECK_STR(m.date, "2024-05-06");
	CHECK_STR(m.author, "Ann Lee, Bo Chen");
	CHECK_STR(m.site, "The Daily");
	arena_free(a);
}

/* JSON-LD wrapped in a CDATA section or an HTML comment, as some
 * plugins write it (Readability's "spiceworks" test page), is read. */
static void test_jsonld_wrapped(void)
{
	static const char *const wraps[][2] = {
		{"\n<![CDATA[\n", "\n]]>\n"},
		{"//<![CDATA[\n", "\n//]]>"},
		{"<!--", "-->"},
		{" // <!--\n", "\n// -->\n"},
	};
	arena *a = arena_new(0);
	for (size_t i = 0; i < sizeof wraps / sizeof wraps[0]; i++) {
		char page[512];
		snprintf(page, sizeof page, "<html><head>"
		    "<script type=\"application/ld+json\">%s[{\"@type\":"
		    "\"NewsArticle\",\"headline\":\"Storm hits\","
		    "\"datePublished\":\"2020-07-10T14:15:42+00:00\"}]%s"
		    "</script></head><body><p>x</p></body></html>",
		    wraps[i][0], wraps[i][1]);
		html_meta m = meta_of(a, page);
		CHECK_STR(m.date, "2020-07-10");
		CHECK_STR(m.title, "Storm hits");
	}
	/* what the wrapper holds must still be JSON */
	html_meta m = meta_of(a, "<html><head><script type=\"application/ld+json\">"
	    "<![CDATA[{\"@type\":\"NewsArticle\",\"headline\" \"Storm\"}]]>"
	    "</script></head><body><p>x</p></body></html>");
	CHECK(m.title == NULL);
	arena_free(a);
}

/* A page whose only JSON-LD is a WebPage still states its date and
 * author there; an Article, when present, is preferred. */
static void test_jsonld_webpage(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":\"WebPage\","
	    "\"name\":\"Story - Site\",\"headline\":\"Story\","
	    "\"datePublished\":\"2025-12-19T14:00:18Z\","
	    "\"author\":{\"@type\":\"Person\",\"name\":\"\\u00c7elik Nimani\"}}</script>"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.date, "2025-12-19");
	CHECK_STR(m.author, "\xC3\x87" "elik Nimani");
	CHECK_STR(m.title, "Story");
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">[{\"@type\":\"WebPage\","
	    "\"datePublished\":\"2020-01-01\"},{\"@type\":\"BlogPosting\","
	    "\"datePublished\":\"2021-02-03\"}]</script></head><body></body></html>");
	CHECK_STR(m.date, "2021-02-03");
	arena_free(a);
}

/* The publication date is preferred to the modification date, whichever
 * comes first in the page. */
static void test_published_not_modified(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta property=\"article:modified_time\" "
	    "content=\"2024-09-09\">"
	    "<meta property=\"article:published_time\" content=\"2024-01-02T03:04:05Z\">"
	    "</head><body><time datetime=\"2023-03-03\">x</time></body></html>");
	CHECK_STR(m.date, "2024-01-02");
	/* a page that only says when it was modified does not say when it
	 * was published */
	m = meta_of(a,
	    "<html><head><meta property=\"article:modified_time\" "
	    "content=\"2024-09-09\">"
	    "</head><body><p>x</p></body></html>");
	CHECK(m.date == NULL);
	arena_free(a);
}

/* A JSON-LD datePublished that nothing confirms gives way to the date
 * the page shows, unless that is the update date or the same date
 * read in the other order of day and month. */
static void test_contradicted_jsonld_date(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":"
	    "\"BlogPosting\",\"datePublished\":\"Jun 24, 2025\","
	    "\"dateModified\":\"Jun 24, 2025\"}</script></head><body>"
	    "<h1>How much to charge</h1><div>Shauna Mitchell</div>"
	    "<div>August 25, 2024</div><p>Body.</p></body></html>");
	CHECK_STR(m.date, "2024-08-25");
	/* confirmed by OpenGraph: it stands */
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":"
	    "\"Article\",\"datePublished\":\"2025-06-24T10:00:00Z\"}</script>"
	    "<meta property=\"article:published_time\" content=\"2025-06-24\">"
	    "</head><body><div>August 25, 2024</div></body></html>");
	CHECK_STR(m.date, "2025-06-24");
	/* the date shown is the update: the publication date stands */
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":"
	    "\"Article\",\"datePublished\":\"2015-04-06T13:52:00-04:00\","
	    "\"dateModified\":\"2025-09-28T06:58:21-04:00\"}</script></head>"
	    "<body><div class=\"date\">September 28, 2025</div></body></html>");
	CHECK_STR(m.date, "2015-04-06");
	/* "09/10/2024" is the JSON-LD date read day first */
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":"
	    "\"Article\",\"datePublished\":\"2024-09-10\"}</script></head>"
	    "<body><div>09/10/2024</div></body></html>");
	CHECK_STR(m.date, "2024-09-10");
	/* nothing shown: it stands */
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":"
	    "\"Article\",\"datePublished\":\"Nov 05, 2025\"}</script></head>"
	    "<body><p>Body.</p></body></html>");
	CHECK_STR(m.date, "2025-11-05");
	arena_free(a);
}

/* The day in the page's URL settles a declared date one day off (UTC
 * against the publisher's day) and stands in for a missing one; a date
 * further off is the page's word. */
static void test_url_date(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta property=\"article:published_time\" "
	    "content=\"2025-12-19T02:41:41+00:00\"><link rel=\"canonical\" "
	    "href=\"https://example.com/2025/12/18/a-story/\"></head>"
	    "<body><p>x</p></body></html>");
	CHECK_STR(m.date, "2025-12-18");
	m = meta_of(a,
	    "<html><head><link rel=\"canonical\" "
	    "href=\"https://example.com/news/2025/12/16/a-story\"></head>"
	    "<body><p>x</p></body></html>");
	CHECK_STR(m.date, "2025-12-16");
	m = meta_of(a,
	    "<html><head><meta property=\"article:published_time\" "
	    "content=\"2025-12-19\"><link rel=\"canonical\" "
	    "href=\"https://example.com/2019/05/01/a-story/\"></head>"
	    "<body><p>x</p></body></html>");
	CHECK_STR(m.date, "2025-12-19");
	/* a year and a month name no day; a year alone is no date */
	m = meta_of(a,
	    "<html><head><link rel=\"canonical\" "
	    "href=\"https://example.com/2025/12/a-story/\"></head>"
	    "<body><p>x</p></body></html>");
	CHECK(m.date == NULL);
	m = meta_of(a,
	    "<html><head><link rel=\"canonical\" "
	    "href=\"https://example.com/2025/top-10\"></head>"
	    "<body><p>x</p></body></html>");
	CHECK(m.date == NULL);
	arena_free(a);
}

/* <time>: the first one that holds a date, from datetime or its text. */
static void test_time_element(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><time datetime=\"soon\">later</time>"
	    "<time>June 3, 2022</time><time datetime=\"2001-01-01\">x</time>"
	    "</body></html>");
	CHECK_STR(m.date, "2022-06-03");
	/* an "Updated" <time> is not the publication date */
	m = meta_of(a,
	    "<html><body><p>Updated <time datetime=\"2026-01-16\">Jan 16</time></p>"
	    "<p>Published <time datetime=\"2018-07-10\">July 10</time></p>"
	    "</body></html>");
	CHECK_STR(m.date, "2018-07-10");
	/* itemprop="datePublished" on a box that shows the date */
	m = meta_of(a,
	    "<html><body><div class=\"date\"><span>January 28, 2026</span></div>"
	    "<span itemprop=\"datePublished\">October 17, 2018</span>"
	    "</body></html>");
	CHECK_STR(m.date, "2018-10-17");
	/* a CSS-module class naming the publication time */
	m = meta_of(a,
	    "<html><body><p class=\"Author_author__4ce\">Nick Mead</p>"
	    "<p><span class=\"Author_publicationTime__F2lab\">"
	    "2022-11-23T08:10+02:00 </span></p></body></html>");
	CHECK_STR(m.date, "2022-11-23");
	/* but not a list of publications */
	m = meta_of(a,
	    "<html><body><ul class=\"publications-list\"><li>Paper one, "
	    "volume 3, pages 10-20, and more words, 12 May 2019</li></ul>"
	    "</body></html>");
	CHECK(m.date == NULL);
	arena_free(a);
}

/* Dates only in the text: "Posted on ...", then a date standing alone. */
static void test_date_in_text(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><h1>A story</h1><div>20 December 2025</div>"
	    "<p>Posted on July 18, 2025 by Kim</p><p>Body text 2024.</p></body></html>");
	CHECK_STR(m.date, "2025-07-18");
	m = meta_of(a,
	    "<html><body><h1>A story</h1><div>20 December 2025</div>"
	    "<p>In 2019 we wrote about March plans, 12 items.</p></body></html>");
	CHECK_STR(m.date, "2025-12-20");
	m = meta_of(a,
	    "<html><body><p>The 2019 season opened in March with 4 games "
	    "and it went on and on for a long time.</p></body></html>");
	CHECK(m.date == NULL);
	m = meta_of(a,
	    "<html><body><p>This post was originally published on the 15/12/2025 "
	    "at 19:00 by Kim.</p></body></html>");
	CHECK_STR(m.date, "2025-12-15");
	m = meta_of(a,
	    "<html><body><p>Articles published in journals since 2017 on March "
	    "topics are listed.</p></body></html>");
	CHECK(m.date == NULL);
	m = meta_of(a,
	    "<html><body><p>Aaron Ricadela | Senior Writer | July 2, 2025</p>"
	    "</body></html>");
	CHECK_STR(m.date, "2025-07-02");
	m = meta_of(a,
	    "<html><head><meta name=\"published\" content=\"July 17, 2025\">"
	    "</head><body></body></html>");
	CHECK_STR(m.date, "2025-07-17");
	m = meta_of(a,
	    "<html><head><meta name=\"last-updated-date\" content=\"2024-07-30\">"
	    "<meta name=\"Published-Date\" content=\"2021-02-16\">"
	    "</head><body></body></html>");
	CHECK_STR(m.date, "2021-02-16");
	/* the label of a trade-site theme, month first after a dash */
	m = meta_of(a,
	    "<html><body><h1>A product note</h1><div style=\"text-align:right;"
	    "\">Post time: 01-04-2024</div><p>Text.</p></body></html>");
	CHECK_STR(m.date, "2024-01-04");
	arena_free(a);
}

/* A date in a byline line of parts, with the time of day after it:
 * "by Amanda · Dec 20, 2025 at 3:00 am · 12 comments". */
static void test_date_with_time(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><h1>A story</h1><p>by <a href=\"/a\">Amanda</a> "
	    "\xC2\xB7 Dec 20, 2025 at 3:00 am \xC2\xB7 <a href=\"#c\">12 "
	    "comments</a></p></body></html>");
	CHECK_STR(m.date, "2025-12-20");
	m = meta_of(a,
	    "<html><body><h1>A story</h1><p><span>Kim</span><span>12.03.2024 "
	    "10:19</span></p></body></html>");
	CHECK_STR(m.date, "2024-03-12");
	/* a clock alone, or a score, is no date */
	m = meta_of(a,
	    "<html><body><h1>A story</h1><p>Kickoff 2025 at 3:00 pm</p>"
	    "<p>Final: 2024 - 10:19</p></body></html>");
	CHECK(m.date == NULL);
	arena_free(a);
}

/* Dates in a site menu (recent stories), a comment or a citation are
 * not the story's; the story's own meta box (an <aside>, the story's
 * <footer>, a theme's "header--has-menu") is read. */
static void test_dates_of_other_boxes(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><header><div class=\"menu\"><div class=\"menu-view\">"
	    "<a href=\"/x\">Other story</a><time datetime=\"2025-01-31\">"
	    "01/31/2025</time></div></div></header><h1>A story</h1><div>"
	    "<time datetime=\"2017-03-01T12:00:00Z\">03/01/2017</time></div>"
	    "</body></html>");
	CHECK_STR(m.date, "2017-03-01");
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":"
	    "\"Article\",\"datePublished\":\"2014-03-27T19:11:24Z\"}</script>"
	    "</head><body><h1>A story</h1><p>Text.</p><ol class=\"references\">"
	    "<li><cite><a href=\"/s\">Source</a>. August 9, 2017</cite></li>"
	    "</ol></body></html>");
	CHECK_STR(m.date, "2014-03-27");
	m = meta_of(a,
	    "<html><body><h1>A story</h1><p>Text.</p><div class=\"timeline-"
	    "comment-header\"><span>Dec 18, 2025</span></div></body></html>");
	CHECK(m.date == NULL);
	m = meta_of(a,
	    "<html><body><div class=\"header--has-menu\"><h1>A story</h1>"
	    "<aside class=\"post-meta\"><span>Sep 1, 2023</span></aside></div>"
	    "</body></html>");
	CHECK_STR(m.date, "2023-09-01");
	arena_free(a);
}

/* Teaser cards: a related story's date and byline, in an <article>
 * of its own or in a card after the story's <article>, are not the
 * story's; an <article> that only holds the body below the headline
 * is the story's. */
static void test_teaser_boxes(void)
{
	arena *a = arena_new(0);
	/* cards nested in the story's <article>, headline outside it */
	html_meta m = meta_of(a,
	    "<html><body><h1>A story</h1><div><span>Mar 27, 2025</span></div>"
	    "<article><p>Text.</p><ul><li><article><span itemprop=\"author\">"
	    "Thai Vong</span><span itemprop=\"datePublished\" content="
	    "\"2026-03-13\">Mar 13, 2026</span></article></li></ul>"
	    "<p class=\"byline\">Linda Rosencrance</p></article></body></html>");
	CHECK_STR(m.date, "2025-03-27");
	CHECK_STR(m.author, "Linda Rosencrance");
	/* teasers after the story's <article>, which holds the <h1> */
	m = meta_of(a,
	    "<html><head><meta name=\"date\" content=\"2024-05-02\"></head>"
	    "<body><article><h1>A story</h1><p>Text.</p></article><article>"
	    "<h2>Other</h2><p>By Jane Doe</p><span itemprop=\"datePublished\">"
	    "June 9, 2024</span></article><p>By John Roe</p></body></html>");
	CHECK_STR(m.date, "2024-05-02");
	CHECK_STR(m.author, "John Roe");
	/* a card after the story's <article> */
	m = meta_of(a,
	    "<html><head><meta name=\"date\" content=\"March 27, 2025\">"
	    "</head><body><h1>A story</h1><article><p class=\"x\">Text.</p>"
	    "</article><div class=\"card\"><span itemprop=\"datePublished\" "
	    "content=\"2026-03-13\">Mar 13, 2026</span></div></body></html>");
	CHECK_STR(m.date, "2025-03-27");
	/* the body's own <article> below the headline keeps its byline */
	m = meta_of(a,
	    "<html><body><header><h1>A story</h1></header><article><p "
	    "class=\"byline\">Jane Doe</p><time datetime=\"2023-01-05\">"
	    "Jan 5</time><p>Text.</p></article></body></html>");
	CHECK_STR(m.author, "Jane Doe");
	CHECK_STR(m.date, "2023-01-05");
	arena_free(a);
}

/* A masthead's clock ("Friday, December 19, 2025" in a box named for
 * today's date) is the day the page was served, not the story's, also
 * when it sits in a box classed as a date. */
static void test_masthead_date(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><div class=\"block-date\"><p id=\"todays-date-"
	    "custom\"><strong>Friday</strong>, December 19, 2025</p></div>"
	    "<h1>A story</h1><h4>By The editors</h4><div>12.12.2025</div>"
	    "<p>Text.</p></body></html>");
	CHECK_STR(m.date, "2025-12-12");
	m = meta_of(a,
	    "<html><body><span class=\"the-date-today\">Dec 19, 2025</span>"
	    "<h1>A story</h1><p>Text.</p></body></html>");
	CHECK(m.date == NULL);
	/* "updated-today" names an update, not a clock */
	m = meta_of(a,
	    "<html><body><h1>A story</h1><span class=\"updated-today\">"
	    "Dec 1, 2025</span><p>Text.</p></body></html>");
	CHECK_STR(m.date, "2025-12-01");
	m = wcxb(a, "0146");
	CHECK_STR(m.date, "2025-12-12");
	arena_free(a);
}

/* JSON-LD and OpenGraph naming one instant, in UTC and with the
 * publisher's offset: the publisher's day. */
static void test_local_day(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta property=\"article:published_time\" "
	    "content=\"2017-02-23T17:18:13-08:00\"><script type=\"application/"
	    "ld+json\">{\"@type\":\"Article\",\"dateCreated\":"
	    "\"2017-02-24T01:18:13Z\"}</script></head><body><p>Text.</p>"
	    "<p>Feb 15, 2017</p></body></html>");
	CHECK_STR(m.date, "2017-02-23");
	/* two instants: the JSON-LD's word stands */
	m = meta_of(a,
	    "<html><head><meta property=\"article:published_time\" "
	    "content=\"2017-02-23T17:00:00-08:00\"><script type=\"application/"
	    "ld+json\">{\"@type\":\"Article\",\"datePublished\":"
	    "\"2017-02-24T01:18:13Z\"}</script></head><body></body></html>");
	CHECK_STR(m.date, "2017-02-24");
	arena_free(a);
}

/* A date standing alone under the headline and a box classed "date":
 * the one the page shows first is the story's; the other belongs to the
 * related posts listed after it (or, box first, to a comment). */
static void test_first_shown_date(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><h1>A story</h1><p><span>Jan 27, 2025</span></p>"
	    "<p>Body text.</p><ul><li><a href=\"/x\">Other story</a>"
	    "<span class=\"post-date\">January 31, 2025</span></li></ul>"
	    "</body></html>");
	CHECK_STR(m.date, "2025-01-27");
	m = meta_of(a,
	    "<html><body><h1>A story</h1><div class=\"date\">January 31, "
	    "2025</div><p>Body text.</p><ol><li><span>Jan 27, 2025</span> "
	    "<p>A comment.</p></li></ol></body></html>");
	CHECK_STR(m.date, "2025-01-31");
	arena_free(a);
}

/* JSON-LD a Next.js head puts in <meta name="script:ld+json">, its
 * quotes as &quot;: read like a script; other JSON-looking contents not. */
static void test_jsonld_in_meta(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta name=\"script:ld+json\" content=\"{&quot;@type&quot;:"
	    "&quot;Article&quot;,&quot;headline&quot;:&quot;Full EV Cars&quot;,"
	    "&quot;dateModified&quot;:&quot;2025-12-01&quot;,"
	    "&quot;datePublished&quot;:&quot;2025-11-17T09:00:00-05:00&quot;,"
	    "&quot;author&quot;:{&quot;@type&quot;:&quot;Person&quot;,"
	    "&quot;name&quot;:&quot;Ann Lee&quot;}}\">"
	    "</head><body><p>Updated: 10/31/2024</p></body></html>");
	CHECK_STR(m.date, "2025-11-17");
	CHECK_STR(m.author, "Ann Lee");
	/* a content that looks like JSON-LD under another name is not read */
	m = meta_of(a,
	    "<html><head><meta name=\"description\" content=\"{&quot;@type&quot;:"
	    "&quot;Article&quot;,&quot;datePublished&quot;:&quot;2025-11-17&quot;}\">"
	    "</head><body><p>x</p></body></html>");
	CHECK(m.date == NULL);
	/* nor one without a type */
	m = meta_of(a,
	    "<html><head><meta name=\"script:ld+json\" content=\"{&quot;"
	    "datePublished&quot;:&quot;2025-11-17&quot;}\">"
	    "</head><body><p>x</p></body></html>");
	CHECK(m.date == NULL);
	arena_free(a);
}

/* "Last updated: ..." when the page shows no other date; a long
 * "originally published on ..." sentence still gives its date. */
static void test_updated_text(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><h1>A story</h1><p>Last updated: November 13, 2025</p>"
	    "<p>Body text.</p></body></html>");
	CHECK_STR(m.date, "2025-11-13");
	m = meta_of(a,
	    "<html><body><div><i>Updated: 10/31/2024</i></div></body></html>");
	CHECK_STR(m.date, "2024-10-31");
	/* below every publication date, the page's and the text's */
	m = meta_of(a,
	    "<html><body><p>Updated: 10/31/2024</p><div>20 December 2023</div>"
	    "</body></html>");
	CHECK_STR(m.date, "2023-12-20");
	m = meta_of(a,
	    "<html><body><p>Updated on March 3, 2025</p>"
	    "<p>Posted on July 18, 2021 by Kim</p></body></html>");
	CHECK_STR(m.date, "2021-07-18");
	/* "updated" must lead straight to the date */
	m = meta_of(a,
	    "<html><body><p>We updated our guide in spring 2025 for readers.</p>"
	    "</body></html>");
	CHECK(m.date == NULL);
	m = meta_of(a,
	    "<html><body><p>This article was originally published on \n"
	    "    26 Sep 2019 at 4:12pm \n    but has been regularly updated to "
	    "keep it fresh for readers who come back to it every single year "
	    "to plan their tiny homes.</p></body></html>");
	CHECK_STR(m.date, "2019-09-26");
	arena_free(a);
}

/* Dates shown in Japanese, Chinese and Korean pages: in CJK form or
 * with a CJK label, a time beside them; the label tells an update
 * (更新) from a publication (公開); a sentence that names a date is no
 * date line. */
static void test_cjk_date_text(void)
{
	arena *a = arena_new(0);
	/* "2019年04月21日 12時00分更新": the only date, an update's */
	html_meta m = meta_of(a,
	    "<html><body><h1>A</h1><p>2019\xE5\xB9\xB4" "04\xE6\x9C\x88"
	    "21\xE6\x97\xA5 12\xE6\x99\x82" "00\xE5\x88\x86"
	    "\xE6\x9B\xB4\xE6\x96\xB0</p><p>Body.</p></body></html>");
	CHECK_STR(m.date, "2019-04-21");
	/* "公開日：2019/04/04" */
	m = meta_of(a,
	    "<html><body><h1>A</h1><span>\xE5\x85\xAC\xE9\x96\x8B"
	    "\xE6\x97\xA5\xEF\xBC\x9A" "2019/04/04</span></body></html>");
	CHECK_STR(m.date, "2019-04-04");
	/* "입력 2019.04.04 10:00" */
	m = meta_of(a,
	    "<html><body><h1>A</h1><span>\xEC\x9E\x85\xEB\xA0\xA5 "
	    "2019.04.04 10:00</span></body></html>");
	CHECK_STR(m.date, "2019-04-04");
	/* the update comes first ("更新 2019年4月1日"), the publication
	 * ("2019年3月1日 公開") wins */
	m = meta_of(a,
	    "<html><body><h1>A</h1><p>\xE6\x9B\xB4\xE6\x96\xB0 2019"
	    "\xE5\xB9\xB4" "4\xE6\x9C\x88" "1\xE6\x97\xA5</p><p>2019"
	    "\xE5\xB9\xB4" "3\xE6\x9C\x88" "1\xE6\x97\xA5 \xE5\x85\xAC"
	    "\xE9\x96\x8B</p></body></html>");
	CHECK_STR(m.date, "2019-03-01");
	/* "2019年4月4日に発表された計画": a sentence, not a date line */
	m = meta_of(a,
	    "<html><body><h1>A</h1><p>2019\xE5\xB9\xB4" "4\xE6\x9C\x88"
	    "4\xE6\x97\xA5\xE3\x81\xAB\xE7\x99\xBA\xE8\xA1\xA8\xE3"
	    "\x81\x95\xE3\x82\x8C\xE3\x81\x9F\xE8\xA8\x88\xE7\x94\xBB"
	    "</p></body></html>");
	CHECK(m.date == NULL);
	/* a no-break space makes no CJK line: a calendar's "Mo. 15.11.2021 -
	 * Di. 16.11.2021" is no date line */
	m = meta_of(a,
	    "<html><body><h1>A</h1><div>Mo.&nbsp;15.11.2021 - Di.&nbsp;"
	    "16.11.2021<br><a href=\"/e\">Gospelgottesdienst</a></div>"
	    "</body></html>");
	CHECK(m.date == NULL);
	/* a comment's date is not the story's */
	m = meta_of(a,
	    "<html><body><h1>A</h1><div class=\"comments\"><span>\xE6\x96\xBC"
	    " 2013/12/28 10:28</span></div></body></html>");
	CHECK(m.date == NULL);
	arena_free(a);
}

/* " | Site" and kin are cut from titles when they name the site. */
static void test_title_suffix(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><title>Storm hits the coast | Example News</title>"
	    "<meta property=\"og:site_name\" content=\"Example News\">"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Storm hits the coast");
	m = meta_of(a,
	    "<html><head><title>Storm hits the coast - Part 2</title>"
	    "<meta property=\"og:site_name\" content=\"Example News\">"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Storm hits the coast - Part 2");
	/* fullwidth bars and colons of Japanese and Chinese titles, spaced
	 * or not: "記事 ｜ サイト", "記事：サイト" */
	m = meta_of(a,
	    "<html><head><title>CUTPEN \xEF\xBD\x9C \xE9\x80\x9A\xE4\xBF\xA1"
	    " GetNews</title><meta property=\"og:site_name\" content=\""
	    "\xE9\x80\x9A\xE4\xBF\xA1 GetNews\"></head><body><p>x</p></body>"
	    "</html>");
	CHECK_STR(m.title, "CUTPEN");
	m = meta_of(a,
	    "<html><head><title>\xE5\x8F\x97\xE8\xB3\x9E\xEF\xBC\x9A"
	    "\xE6\x9C\x9D\xE6\x97\xA5</title><meta property=\"og:site_name\""
	    " content=\"\xE6\x9C\x9D\xE6\x97\xA5\"></head><body><p>x</p>"
	    "</body></html>");
	CHECK_STR(m.title, "\xE5\x8F\x97\xE8\xB3\x9E");
	/* a spaced colon parts the title too ("Headline : Section : Site") */
	m = meta_of(a,
	    "<html><head><title>Barcelona win the first leg : Sport : Yomiuri"
	    "</title><meta property=\"og:site_name\" content=\"Yomiuri\">"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Barcelona win the first leg : Sport");
	/* a separator left at the end */
	m = meta_of(a,
	    "<html><head><title>\xC3\x9C" "ber Andr\xC3\xA9 Loibl | </title>"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "\xC3\x9C" "ber Andr\xC3\xA9 Loibl");
	/* a short tail after a pipe is a section or a name, even unknown */
	m = meta_of(a,
	    "<html><head><title>How meditation rewires brains | Opinion</title>"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "How meditation rewires brains");
	m = meta_of(a,
	    "<html><head><title>Cats | Dogs, birds and the rest of the pets we keep"
	    "</title></head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Cats | Dogs, birds and the rest of the pets we keep");
	m = meta_of(a,
	    "<html><head><title>Example News | Storm hits the coast</title>"
	    "<meta property=\"og:site_name\" content=\"Example News\">"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Storm hits the coast");
	/* "Headline | Section | Site" loses both tails */
	m = meta_of(a,
	    "<html><head><title>How to help babies sleep | Patient Education | "
	    "UC Davis Children's Hospital</title></head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "How to help babies sleep");
	/* a tail a little longer than the headline is still the site's */
	m = meta_of(a,
	    "<html><head><title>Website Design Portfolio | Thrive Internet "
	    "Marketing</title></head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Website Design Portfolio");
	m = meta_of(a,
	    "<html><head><title>Acme | Integrated Advertising &amp; Marketing "
	    "Agency</title></head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Acme | Integrated Advertising & Marketing Agency");
	/* a brand that starts the host name */
	m = meta_of(a,
	    "<html><head><title>How to sleep | JOHNSON'S\xC2\xAE</title>"
	    "<link rel=\"canonical\" href=\"https://www.johnsonsbaby.com/x\">"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "How to sleep");
	arena_free(a);
}

/* A structured-data headline cut near 110 characters gives way to the
 * whole one in og:title; a short one that another title extends does
 * not (the longer one may be an SEO variant). */
static void test_title_cut_short(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Fix It Friday: "
	    "Struggling With How To Arrange Your Living Room? We Help 4 Readers "
	    "Find Solutions (Including One Trick) - Emily Henderson\">"
	    "<meta property=\"og:site_name\" content=\"Emily Henderson\">"
	    "<script type=\"application/ld+json\">{\"@type\":\"Article\","
	    "\"headline\":\"Fix It Friday: Struggling With How To Arrange Your "
	    "Living Room? We Help 4 Readers Find Solutions (Including\"}</script>"
	    "</head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Fix It Friday: Struggling With How To Arrange Your "
	    "Living Room? We Help 4 Readers Find Solutions (Including One Trick)");
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Storm hits the "
	    "coast and more news\"><script type=\"application/ld+json\">"
	    "{\"@type\":\"Article\",\"headline\":\"Storm hits the coast\"}"
	    "</script></head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "Storm hits the coast");
	/* WCXB 0121: the JSON-LD headline ends "(Including" */
	m = wcxb(a, "0121");
	CHECK(m.title && strstr(m.title, "9/10 Works)"));
	arena_free(a);
}

/* The visible <h1> headline is taken when it agrees with the declared
 * title; an <h1> that is the site's logo is not. */
static void test_title_h1(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><title>New restaurants to visit this month, December "
	    "2025 | Houstonia Magazine</title>"
	    "<meta property=\"og:site_name\" content=\"Houstonia Magazine\">"
	    "</head><body><h1 class=\"logo\">Houstonia Magazine</h1>"
	    "<h1>New restaurants to visit this month</h1><p>x</p></body></html>");
	CHECK_STR(m.title, "New restaurants to visit this month");
	m = meta_of(a,
	    "<html><head><title>New Ways to Corrupt LLMs - by Gary Marcus - "
	    "Marcus on AI</title><meta property=\"og:title\" "
	    "content=\"New Ways to Corrupt LLMs\"></head><body>"
	    "<h1>Marcus on AI</h1><p>x</p></body></html>");
	CHECK_STR(m.title, "New Ways to Corrupt LLMs");
	/* the only <h1> is the headline, even beside an SEO title */
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Top 11 SEO "
	    "Strategies for 2025\"></head><body><h1>11 SEO Strategies for 2025 "
	    "to Boost Rankings</h1><p>x</p></body></html>");
	CHECK_STR(m.title, "11 SEO Strategies for 2025 to Boost Rankings");
	/* but not a short label, nor one of several <h1> that disagree */
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Rates rise "
	    "again in June\"></head><body><h1>Markets</h1><p>x</p></body></html>");
	CHECK_STR(m.title, "Rates rise again in June");
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Rates rise "
	    "again in June\"></head><body><h1>Latest news from the markets</h1>"
	    "<h1>Our weekly newsletter for June</h1></body></html>");
	CHECK_STR(m.title, "Rates rise again in June");
	/* an <h1> in the footer makes the headline no less the only one */
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Easy Car "
	    "Maintenance Checklist\"></head><body><h1>A Car Maintenance "
	    "Schedule That Is Easy to Follow</h1><p>x</p><footer><h1>Select "
	    "Your Location</h1></footer></body></html>");
	CHECK_STR(m.title, "A Car Maintenance Schedule That Is Easy to Follow");
	m = wcxb(a, "4186");  /* the same, on the real page */
	CHECK_STR(m.title, "A Car Maintenance Schedule That's Easy to Follow");
	/* an <h1> that holds the site's logo: the SVG's <title> and
	 * <desc> are no text of the page */
	m = meta_of(a,
	    "<html><head><title>Insiders: Trump will sink Pence - POLITICO"
	    "</title><meta property=\"og:title\" content=\"Insiders: Trump "
	    "will sink Pence\"></head><body><h1><a href=\"/\"><svg><title>"
	    "POLITICO</title><desc>Politico Logo</desc></svg></a></h1><h2>"
	    "Insiders: Trump will sink Pence</h2></body></html>");
	CHECK_STR(m.title, "Insiders: Trump will sink Pence");
	arena_free(a);
}

/* Which <h1>: the blog's name that is a part of the <title> is not the
 * headline; of several that agree the closest to the declared title
 * wins; a paragraph set as <h1> is none. */
static void test_title_h1_choice(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><title>Engora Data Blog: Small adventures with small "
	    "language models</title><meta property=\"og:title\" content=\"Small "
	    "adventures with small language models\"></head><body>"
	    "<h1>Engora Data Blog</h1><h1>Small is the new large</h1></body></html>");
	CHECK_STR(m.title, "Small adventures with small language models");
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"Defer, Panic, and "
	    "Recover - The Go Programming Language\"></head><body>"
	    "<h1>The Go Blog</h1><h1>Defer, Panic, and Recover</h1></body></html>");
	CHECK_STR(m.title, "Defer, Panic, and Recover");
	/* "Title: subtitle" with the title alone in the <h1> keeps it */
	m = meta_of(a,
	    "<html><head><title>Exploring USB Commands: A Field Guide</title>"
	    "</head><body><h1>Exploring USB Commands</h1></body></html>");
	CHECK_STR(m.title, "Exploring USB Commands");
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"The 10 Best Home "
	    "Improvement ROI Projects\"></head><body><h1>Learn which home "
	    "renovations have the best ROI (return on investment)? Get expert tips "
	    "on how to understand and calculate home improvement ROI. We will help "
	    "you learn everything you need to know about the value of your home "
	    "renovation project.</h1></body></html>");
	CHECK_STR(m.title, "The 10 Best Home Improvement ROI Projects");
	arena_free(a);
}

static void title_is(arena *a, const char *og, const char *h1,
    const char *want)
{
	char page[1024];
	snprintf(page, sizeof page, "<html><head><meta property=\"og:title\" "
	    "content=\"%s\"></head><body><h1>%s</h1><p>x</p></body></html>",
	    og, h1);
	html_meta m = meta_of(a, page);
	CHECK_STR(m.title, want);
}

/* An <h1> that only dresses the declared title (a date, a label, a
 * source and a count around it, or capitals) gives way to it; words of
 * a headline around it do not. */
static void test_title_dressing(void)
{
	arena *a = arena_new(0);
	title_is(a, "Preparing a transition in Debusine",
	    "Dec 18 2025 Preparing a transition in Debusine",
	    "Preparing a transition in Debusine");
	title_is(a, "Best Agencies in 2025 (Ranked)",
	    "Blog: Best Agencies in 2025 (Ranked)", "Best Agencies in 2025 (Ranked)");
	title_is(a, "Grads Find Their Degrees No Longer Guarantee Jobs",
	    "Grads Find Their Degrees No Longer Guarantee Jobs (latimes.com) 87",
	    "Grads Find Their Degrees No Longer Guarantee Jobs");
	title_is(a, "Top Strategies to Optimize Blockchain Performance",
	    "Top Strategies to Optimize Blockchain Performance Posted on July 1, "
	    "2024 by infuy", "Top Strategies to Optimize Blockchain Performance");
	title_is(a, "Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros",
	    "BEST DRIP COFFEE MAKER IN 2026: BUYING TIPS FROM COFFEE PROS",
	    "Best Drip Coffee Maker 2026: Buying Tips From Coffee Pros");
	/* a year, a subtitle, a word inside another: the headline's own */
	title_is(a, "Software Development Price Guide",
	    "2025 Software Development Price Guide",
	    "2025 Software Development Price Guide");
	title_is(a, "House Renovation Costs in the Bay Area",
	    "House Renovation Costs in the Bay Area: Room-by-Room Breakdown",
	    "House Renovation Costs in the Bay Area: Room-by-Room Breakdown");
	title_is(a, "Renovation Costs", "Renovation Costsheet 2025 Guide",
	    "Renovation Costsheet 2025 Guide");
	arena_free(a);
}

/* An <h1> that only adds small words to the declared title (an
 * article, a pronoun, "and" for "&"), or shows '?' where a charset
 * lost its characters, gives way to it; other words do not. */
static void test_title_h1_variants(void)
{
	arena *a = arena_new(0);
	title_is(a, "Best Electric Scooters for Commuting in 2025",
	    "The Best Electric Scooters for Commuting in 2025",
	    "Best Electric Scooters for Commuting in 2025");
	title_is(a, "Best Audiobook Subscriptions in 2025 [Tried 11 Services]",
	    "Best Audiobook Subscriptions in 2025 - I Tried 11 Services",
	    "Best Audiobook Subscriptions in 2025 [Tried 11 Services]");
	title_is(a, "Renovation Costs for Homeowners &amp; Investors",
	    "Renovation Costs for Homeowners and Investors",
	    "Renovation Costs for Homeowners & Investors");
	title_is(a, "What Are The Basics Of Event Planning: Beginner's Guide",
	    "What Are The Basics Of Event Planning? Beginner? Guide",
	    "What Are The Basics Of Event Planning: Beginner's Guide");
	/* a word of the headline's own, a question of its own */
	title_is(a, "The Different Types of Wine (Infographic)",
	    "The Many Different Types of Wine (Infographic)",
	    "The Many Different Types of Wine (Infographic)");
	title_is(a, "Is the rally over yet? Markets wait for June",
	    "Is the rally over? Markets wait for June",
	    "Is the rally over? Markets wait for June");
	arena_free(a);
}

/* A label of one or two words after a dash is cut; a longer subtitle,
 * a part number, a label after a short headline are not. */
static void test_title_dash_label(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><title>2025 Top Insurance Company Performance Rankings "
	    "- Infographic</title></head><body><p>x</p></body></html>");
	CHECK_STR(m.title, "2025 Top Insurance Company Performance Rankings");
	title_is(a, "Gym Workouts for Beginners \xE2\x80\x94 Strength Training",
	    "Gym Workouts for Beginners \xE2\x80\x94 Strength Training",
	    "Gym Workouts for Beginners");
	title_is(a, "Best Bread Machines \xE2\x80\x93 My Favorites!",
	    "Best Bread Machines \xE2\x80\x93 My Favorites!",
	    "Best Bread Machines \xE2\x80\x93 My Favorites!");
	title_is(a, "Transitioning to a plant-based diet \xE2\x80\x93 tips and "
	    "tricks", "Transitioning to a plant-based diet \xE2\x80\x93 tips and "
	    "tricks", "Transitioning to a plant-based diet \xE2\x80\x93 tips and "
	    "tricks");
	title_is(a, "Building a UI Pipeline in JUCE - Part 1",
	    "Building a UI Pipeline in JUCE - Part 1",
	    "Building a UI Pipeline in JUCE - Part 1");
	m = wcxb(a, "0097");  /* "- Personally Tested" in every title */
	CHECK_STR(m.title, "15 Language Learning Apps Compared");
	arena_free(a);
}

/* Bylines: labels and job titles around the name are left out; text
 * that merely starts with "By" is no byline. */
static void test_bylines(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><body><div class=\"byline\"><span>Written by:</span>"
	    "<a href=\"/a\">Keith Barry</a><span>Senior Autos Reporter</span>"
	    "</div></body></html>");
	CHECK_STR(m.author, "Keith Barry");
	m = meta_of(a,
	    "<html><body><p class=\"author\">View all posts by Ray Ansari</p>"
	    "</body></html>");
	CHECK_STR(m.author, "Ray Ansari");
	m = meta_of(a,
	    "<html><body><p>By <a href=\"/jd\">Jane Doe</a> | June 2, 2025</p>"
	    "</body></html>");
	CHECK_STR(m.author, "Jane Doe");
	m = meta_of(a,
	    "<html><body><p>by: <!-- -->Ziyi Xu<!-- -->, Dec 17, 2025</p>"
	    "</body></html>");
	CHECK_STR(m.author, "Ziyi Xu");
	m = meta_of(a,
	    "<html><body><p>By clicking Subscribe you agree.</p>"
	    "<p class=\"byline\">Posted by:</p></body></html>");
	CHECK(m.author == NULL);
	/* a "By ..." segment wins over what precedes it */
	m = meta_of(a,
	    "<html><body><div class=\"byline\"><span>Guide</span>"
	    "<span>by Will Judd</span><span>Former Deputy Tech Editor</span>"
	    "</div></body></html>");
	CHECK_STR(m.author, "Will Judd");
	/* menus list facets as "By Use Case" */
	m = meta_of(a,
	    "<html><body><nav><p>BY USE CASE</p></nav><div class=\"menu-x\">"
	    "<p>By Industry</p></div><p>Text.</p></body></html>");
	CHECK(m.author == NULL);
	/* "Posted by" with no name, template leftovers, numeric ids */
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"page.head.extra.author\">"
	    "<meta property=\"article:author\" content=\"262588213843476\"></head>"
	    "<body><span class=\"author\">Posted by</span></body></html>");
	CHECK(m.author == NULL);
	/* "Written by:" before a list of names: the first */
	m = meta_of(a,
	    "<html><body><h1>A</h1><div><span>Written by: <ul><li><a href=\"/a\">"
	    "Emily Walker</a></li><li><a href=\"/b\">Casey McDevitt</a></li>"
	    "</ul></span></div></body></html>");
	CHECK_STR(m.author, "Emily Walker");
	/* the "By" label alone in its element, the name in the next one */
	m = meta_of(a,
	    "<html><body><h1>A</h1><div><span>By </span> <div><a href=\"/a\">"
	    "Chris Thompson</a></div></div></body></html>");
	CHECK_STR(m.author, "Chris Thompson");
	/* the label of other languages is no name ("Von" | "Markus
	 * Balser"), nor an image's credit ("img-author") an author */
	m = meta_of(a,
	    "<html><body><div class=\"authorContainer\"><strong>Von <span>"
	    "Markus Balser</span>, Berlin</strong></div></body></html>");
	CHECK_STR(m.author, "Markus Balser");
	m = meta_of(a,
	    "<html><body><span class=\"img-author\">Cortes\xC3\xAD" "a</span>"
	    "<p>Text.</p></body></html>");
	CHECK(m.author == NULL);
	/* a name in catalogue order reads given name first; a list of
	 * names or a name and a role stay as they are */
	m = meta_of(a,
	    "<html><head><meta name=\"citation_author\" content=\"Roy, "
	    "Aniruddha\"></head><body></body></html>");
	CHECK_STR(m.author, "Aniruddha Roy");
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"Kaufman, Jeff T.\">"
	    "</head><body></body></html>");
	CHECK_STR(m.author, "Jeff T. Kaufman");
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"Doe, Jane, Roe, "
	    "Richard\"></head><body></body></html>");
	CHECK_STR(m.author, "Doe, Jane, Roe, Richard");
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"Jane Doe, Senior "
	    "Writer\"></head><body></body></html>");
	CHECK_STR(m.author, "Jane Doe, Senior Writer");
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"Reuters, AP\">"
	    "</head><body></body></html>");
	CHECK_STR(m.author, "Reuters, AP");
	/* labels of other languages before the name */
	m = meta_of(a,
	    "<html><body><div class=\"author\">erstellt von <a href=\"/a\">"
	    "Dominique</a></div></body></html>");
	CHECK_STR(m.author, "Dominique");
	m = meta_of(a,
	    "<html><body><p class=\"byline\">Par St\xC3\xA9" "fan H\xC3\xA4ne"
	    "</p></body></html>");
	CHECK_STR(m.author, "St\xC3\xA9" "fan H\xC3\xA4ne");
	/* a comment form's name field, a system's placeholder */
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"admin\"></head><body>"
	    "<form><p class=\"comment-form-author\"><label for=\"author\">"
	    "Name <span>(erforderlich)</span></label></p></form></body></html>");
	CHECK(m.author == NULL);
	arena_free(a);
}

/* An author that is the site itself gives way to a person's byline, and
 * is kept when nothing else names anyone. */
static void test_site_as_author(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"USA TODAY\">"
	    "<meta property=\"og:site_name\" content=\"USA TODAY\"></head>"
	    "<body><div class=\"byline\">Brian Truitt</div></body></html>");
	CHECK_STR(m.author, "Brian Truitt");
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"USA TODAY\">"
	    "<meta property=\"og:site_name\" content=\"USA TODAY\"></head>"
	    "<body><p>x</p></body></html>");
	CHECK_STR(m.author, "USA TODAY");
	m = meta_of(a,
	    "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
	    "\"author\":{\"@type\":\"Organization\",\"name\":\"Acme Corp\"}}</script>"
	    "</head><body><span class=\"author-name\">Lea Park</span></body></html>");
	CHECK_STR(m.author, "Lea Park");
	/* the owner the copyright notice names is the publisher */
	m = meta_of(a,
	    "<html><head><meta name=\"author\" content=\"Cond\xC3\xA9 Nast\">"
	    "<meta name=\"copyright\" content=\"Copyright (c) Cond\xC3\xA9 Nast"
	    " 2022\"></head><body><h1>A</h1><p class=\"byline\">By Emma Grey "
	    "Ellis</p></body></html>");
	CHECK_STR(m.author, "Emma Grey Ellis");
	arena_free(a);
}

/* Every value: references decoded, white space collapsed, no "By ". */
static void test_clean_values(void)
{
	arena *a = arena_new(0);
	html_meta m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"  Tom &amp;amp; "
	    "Jerry&#8217;s\n\t day  \">"
	    "<meta name=\"author\" content=\"  By   Ann&nbsp;Lee \">"
	    "</head><body></body></html>");
	CHECK_STR(m.title, "Tom & Jerry\xE2\x80\x99s day");
	CHECK_STR(m.author, "Ann Lee");
	/* UTF-8 read as Latin-1 and encoded again is repaired; Latin-1
	 * text that is no such thing is left alone */
	m = meta_of(a,
	    "<html><head><meta property=\"og:title\" content=\"A DIY "
	    "Investor\xC3\xA2\xC2\x80\xC2\x99s Guide\">"
	    "<meta name=\"author\" content=\"Ren\xC3\xA9 Caf\xC3\xA9\">"
	    "</head><body></body></html>");
	CHECK_STR(m.title, "A DIY Investor\xE2\x80\x99s Guide");
	CHECK_STR(m.author, "Ren\xC3\xA9 Caf\xC3\xA9");
	/* a <br> in a headline separates words */
	m = meta_of(a,
	    "<html><head><title>Top MBA Programs (US) Your Guide</title></head>"
	    "<body><h1>Top MBA Programs (US)<br>Your Guide</h1></body></html>");
	CHECK_STR(m.title, "Top MBA Programs (US) Your Guide");
	arena_free(a);
}

/* Real pages, one per rule that fixed them. */
static void test_wcxb_pages(void)
{
	arena *a = arena_new(0);
	html_meta m = wcxb(a, "0391");  /* WebPage JSON-LD */
	CHECK_STR(m.date, "2025-12-19");
	CHECK_STR(m.author, "\xC3\x87" "elik Nimani");
	m = wcxb(a, "0140");  /* logo <h1> before the headline */
	CHECK_STR(m.title, "Houston's Hottest New Restaurants to Visit This Month");
	m = wcxb(a, "0407");  /* "by: " text byline, date in its <p> */
	CHECK_STR(m.author, "Ziyi Xu");
	CHECK_STR(m.title, "Mini-SGLang: Efficient Inference Engine in a Nutshell");
	m = wcxb(a, "0106");  /* meta author is the site */
	CHECK_STR(m.author, "Brian Truitt");
	m = wcxb(a, "4048");  /* job title after the name */
	CHECK_STR(m.author, "Keith Barry");
	m = wcxb(a, "4530");  /* "03-09-2026" in article:published_time */
	CHECK_STR(m.date, "2026-03-09");
	m = wcxb(a, "4053");  /* JSON-LD in <meta name="script:ld+json"> */
	CHECK_STR(m.date, "2025-11-17");
	m = wcxb(a, "0341");  /* "Last updated: November 13, 2025" only */
	CHECK_STR(m.date, "2025-11-13");
	m = wcxb(a, "4565");  /* "originally published on" in a long text */
	CHECK_STR(m.date, "2019-09-26");
	m = wcxb(a, "4377");  /* dates and bylines of related-story cards */
	CHECK_STR(m.date, "2025-03-27");
	CHECK_STR(m.author, "Linda Rosencrance");
	m = wcxb(a, "4517");  /* class="Author_publicationTime__F2lab" */
	CHECK_STR(m.date, "2022-11-23");
	m = wcxb(a, "0441");  /* the blog's name in the first <h1> */
	CHECK_STR(m.title, "Small adventures with small language models");
	m = wcxb(a, "0450");  /* a date before the headline in the <h1> */
	CHECK_STR(m.title, "Preparing a transition in Debusine");
	m = wcxb(a, "0461");  /* "\xC2\xB7 Dec 20, 2025 at 3:00 am \xC2\xB7" */
	CHECK_STR(m.date, "2025-12-20");
	m = wcxb(a, "0370");  /* a <time> in the menu above the headline */
	CHECK_STR(m.date, "2017-03-01");
	m = wcxb(a, "0255");  /* "on 04-ago-2021 5:11:10" */
	CHECK_STR(m.date, "2021-08-04");
	m = wcxb(a, "0151");  /* JSON-LD date of the page's last rebuild */
	CHECK_STR(m.date, "2024-08-25");
	m = wcxb(a, "0479");  /* UTC evening timestamp, day in the URL */
	CHECK_STR(m.date, "2025-12-18");
	m = wcxb(a, "4880");  /* the story's date, then related posts' */
	CHECK_STR(m.date, "2025-01-27");
	m = wcxb(a, "0001");  /* an ordinary WordPress page */
	CHECK_STR(m.title, "Top Nutrition Trends for Fall 2025: What Fitness "
	    "Experts Are Eating (and How Scratch Makes It Easy)");
	CHECK_STR(m.author, "Andrew King");
	CHECK_STR(m.date, "2025-09-04");
	arena_free(a);
}

/* Hostile input: no crash, bounded work, nothing invented. */
static void test_hostile(void)
{
	arena *a = arena_new(0);
	size_t n = 20000 * 24 + 64;
	char *s = malloc(n), *p = s;
	html_meta m;
	CHECK(s != NULL);
	if (!s)
		return;
	p += sprintf(p, "<html><body>");
	for (int i = 0; i < 20000; i++)
		p += sprintf(p, "<div class=\"date\">By ");
	sprintf(p, "</body></html>");
	m = meta_of(a, s);
	CHECK(m.date == NULL);
	CHECK(m.author == NULL);
	meta_extract(a, NULL, &m);
	free(s);
	arena_free(a);
}

static const test_case tests[] = {
	{"date_formats", test_date_formats},
	{"jsonld_graph", test_jsonld_graph},
	{"jsonld_webpage", test_jsonld_webpage},
	{"published_not_modified", test_published_not_modified},
	{"contradicted_jsonld_date", test_contradicted_jsonld_date},
	{"url_date", test_url_date},
	{"time_element", test_time_element},
	{"jsonld_in_meta", test_jsonld_in_meta},
	{"updated_text", test_updated_text},
	{"cjk_date_text", test_cjk_date_text},
	{"date_in_text", test_date_in_text},
	{"date_with_time", test_date_with_time},
	{"dates_of_other_boxes", test_dates_of_other_boxes},
	{"teaser_boxes", test_teaser_boxes},
	{"masthead_date", test_masthead_date},
	{"local_day", test_local_day},
	{"first_shown_date", test_first_shown_date},
	{"jsonld_wrapped", test_jsonld_wrapped},
	{"title_suffix", test_title_suffix},
	{"title_cut_short", test_title_cut_short},
	{"title_h1", test_title_h1},
	{"title_h1_choice", test_title_h1_choice},
	{"title_dressing", test_title_dressing},
	{"title_h1_variants", test_title_h1_variants},
	{"title_dash_label", test_title_dash_label},
	{"bylines", test_bylines},
	{"site_as_author", test_site_as_author},
	{"clean_values", test_clean_values},
	{"wcxb_pages", test_wcxb_pages},
	{"hostile", test_hostile},
};

HARNESS_MAIN(tests)
