/* test_html_recall.c - body text the HTML extractor must not lose, and the
 * furniture it must still leave out, on small crafted pages: a summary box
 * above the body, linked section headings of list articles, list items
 * that cite a source, tables in figures, React's streamed segments, a
 * layout box named "sidebar-..." wrapping the article, a link-heavy one
 * ("above-footer") wrapping the whole page, text after a stray </html>,
 * prose asides and part headers, ruby readings left out, a page the
 * parser put inside a <noscript>, collapsed accordion panels, the <header> of
 * each part of a step guide or list article, next to teaser cards,
 * breadcrumbs, menus, captions, sidebars, hidden boxes, author boxes,
 * the site's pitch closing the article and boxes after the article; an
 * article cut into parts (with an inline card) read whole, and the
 * questions and answers after the body, without a contributor's card,
 * a list of teaser cards or a request form that follow it; a part that
 * cites its sources in a list of links, a list of links a line of the
 * article leads in, a body cut into boxes of one class, text the
 * page carries double-encoded, a lead section beside a body that is its
 * section's only child, a lead paragraph in a box of its own, the
 * labels above a headline left out with it, and a body read whole
 * where a short lead box won by its name. */
#include <stdio.h>
#include <string.h>

#include "concord/extract.h"
#include "harness.h"

/* One paragraph of body prose with commas (it scores its container). */
#define BODY_P(n) \
	"<p>Paragraph " #n " of the report, on roads, schools and parks, says " \
	"the council spent more than planned, and that the gap, about a " \
	"million dollars, will be closed next year, the mayor said.</p>"

#define BODY \
	BODY_P(1) BODY_P(2) BODY_P(3) BODY_P(4) BODY_P(5) BODY_P(6) \
	BODY_P(7) BODY_P(8)

/* Links to other stories: they keep the page's wrapper from reading as
 * one long article (its link density stops the widening). */
#define MORE_LINK "<li><a href=\"/s\">Another story from the city desk</a></li>"
#define MORE_LINKS5 MORE_LINK MORE_LINK MORE_LINK MORE_LINK MORE_LINK
#define MORE_LINKS \
	"<ul>" MORE_LINKS5 MORE_LINKS5 MORE_LINKS5 MORE_LINKS5 MORE_LINKS5 \
	MORE_LINKS5 "</ul>"

static concord_status extract_str(const char *html, concord_doc **d)
{
	concord_input in = {0};
	in.path = "mem";
	in.kind = CONCORD_KIND_HTML;
	in.data = html;
	in.len = strlen(html);
	return concord_extract(&in, NULL, d);
}

/* Writes the article text of page into *text (NULL when none); the doc
 * is returned for the caller to free. */
static concord_doc *article_of(const char *page, const char **text)
{
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = d ? concord_doc_article(d) : NULL;
	*text = a ? a->text : NULL;
	CHECK(*text != NULL);
	return d;
}

/* A summary box of plain prose just before the body is the article's
 * lead; a prose box just after it (an author note) is not taken for
 * being prose alone. */
static void test_lead_summary(void)
{
	const char *page =
	    "<html><body><div class=\"wrap\">"
	    "<div class=\"summary\"><p>The city will spend less on new roads "
	    "this year and more on its schools and its libraries.</p>"
	    "<p>The plan still needs a second vote in the spring before it "
	    "can take effect for the next school year.</p>"
	    "<p>Parents groups have asked for the plan for three years now "
	    "and after a long night in the town hall they welcomed the first "
	    "vote.</p></div>"
	    "<div class=\"x\">" BODY "</div>"
	    "<div class=\"y\"><p>Ann Lee has reported on city hall for ten "
	    "years and lives in the north of the city with her family.</p>"
	    "<p>She studied law before she turned to journalism and writes "
	    "a weekly column about the council and its budget.</p>"
	    "<p>Her book about the old harbour came out last spring and was "
	    "read by many people in the city.</p></div>"
	    MORE_LINKS "</div></body></html>";
	const char *t;
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "The city will spend less on new roads");
		CHECK_HAS(t, "they welcomed the first vote.");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Ann Lee has reported");
		CHECK_LACKS(t, "Another story");
		const char *lead = strstr(t, "they welcomed the first");
		const char *body = strstr(t, "Paragraph 1 of the report");
		CHECK(lead && body && lead < body);
	}
	concord_doc_free(d);
}

/* A list article links each section heading to the thing it reviews:
 * those headings stay. A heading alone in a teaser card, and a linked
 * site name before the article, are furniture. */
static void test_linked_headings(void)
{
	const char *page =
	    "<html><body><div class=\"x\">"
	    "<h2><a href=\"/\">The Daily Example</a></h2>"
	    BODY_P(1)
	    "<h2><a href=\"/p/jones\">1. The Jones Assembly</a></h2>"
	    BODY_P(2) BODY_P(3)
	    "<h2><a href=\"/p/kitchen\">2. Kitchen No. 324</a></h2>"
	    BODY_P(4) BODY_P(5)
	    "<h3><a href=\"#notes\">Notes on the list</a></h3>"
	    BODY_P(6) BODY_P(7)
	    "<div class=\"cards\">"
	    "<div class=\"c\"><h3><a href=\"/a\">Ten parks to see this "
	    "spring</a></h3></div>"
	    "<div class=\"c\"><h3><a href=\"/b\">Where to eat near the "
	    "harbour</a></h3></div></div>"
	    "</div></body></html>";
	const char *t;
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "\n1. The Jones Assembly\n");
		CHECK_HAS(t, "\n2. Kitchen No. 324\n");
		CHECK_HAS(t, "\nNotes on the list\n");
		CHECK_HAS(t, "Paragraph 7 of the report");
		CHECK_LACKS(t, "The Daily Example");
		CHECK_LACKS(t, "Ten parks");
		CHECK_LACKS(t, "Where to eat");
	}
	concord_doc_free(d);
}

/* Items that say more than their link (a packing list with shop links)
 * stay, inside the article; a menu before it and an all-link list of
 * other stories after it do not. */
static void test_linked_list_items(void)
{
	const char *page =
	    "<html><body><div class=\"x\">"
	    "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News"
	    "</a></li><li>Topics: <a href=\"/c\">City</a></li></ul>"
	    BODY_P(1) BODY_P(2) BODY_P(3)
	    "<ul><li>A tent for two (<a href=\"/t\">the Hornet</a>)</li>"
	    "<li>Water bottles, two or three <a href=\"/w\">litres</a></li>"
	    "<li>A sleeping pad, <a href=\"/p\">foam or air</a></li></ul>"
	    "<ul><li>Maps of the park, from the <a href=\"/m\">visitor centre</a>"
	    "</li><li>A stove that burns <a href=\"/s\">canister</a> fuel</li></ul>"
	    BODY_P(4) BODY_P(5) BODY_P(6)
	    "<ul><li><a href=\"/o1\">Other story about the harbour</a></li>"
	    "<li><a href=\"/o2\">Other story about the bridge</a></li></ul>"
	    "</div></body></html>";
	const char *t;
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "A tent for two (the Hornet)");
		CHECK_HAS(t, "Water bottles, two or three litres");
		CHECK_HAS(t, "A stove that burns canister fuel");
		CHECK_HAS(t, "Paragraph 6 of the report");
		CHECK_LACKS(t, "Topics");
		CHECK_LACKS(t, "Other story");
	}
	concord_doc_free(d);
}

/* A data table wrapped in <figure> (WordPress's table block) is content;
 * a figure of a photo and its caption is not. */
static void test_figure_table(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">" BODY_P(1) BODY_P(2) BODY_P(3)
	    "<figure class=\"wp-block-table\"><table><tr><td>Filing fee</td>"
	    "<td>200 dollars</td></tr><tr><td>Registered agent</td>"
	    "<td>Required in the state</td></tr></table></figure>"
	    "<figure><img src=\"a.jpg\"><figcaption>Photo by Ann Lee for the "
	    "Daily Example</figcaption></figure>"
	    BODY_P(4) BODY_P(5) "</div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Registered agent");
		CHECK_HAS(t, "Required in the state");
		CHECK_LACKS(t, "Photo by Ann Lee");
		CHECK_HAS(t, "Paragraph 5 of the report");
	}
	concord_doc_free(d);
}

/* React streams suspended parts late, in hidden "S:n" boxes after the
 * footer, to be moved where template "B:n" (or placeholder "P:n")
 * stands: they are read there, in order. A hidden box that is no such
 * segment stays out. */
static void test_react_segments(void)
{
	const char *t, *page =
	    "<html><body><main><h1>Budget</h1><div class=\"article-body\">"
	    BODY_P(1)
	    "<template id=\"B:0\"></template><div>Loading paragraph...</div>"
	    BODY_P(3) "<div id=\"P:1\"></div>"
	    "</div></main><footer>Example Media, all rights reserved</footer>"
	    "<div hidden id=\"S:0\"><div>" BODY_P(2) "</div></div>"
	    "<div hidden id=\"S:1\"><div>" BODY_P(4) BODY_P(5) "</div></div>"
	    "<div hidden id=\"modal\"><p>Sign in to keep reading the Daily "
	    "Example on all of your devices, for free, in a minute.</p></div>"
	    "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		const char *p1 = strstr(t, "Paragraph 1 of"),
		    *p2 = strstr(t, "Paragraph 2 of"),
		    *p3 = strstr(t, "Paragraph 3 of"),
		    *p5 = strstr(t, "Paragraph 5 of");
		CHECK(p1 && p2 && p3 && p5 && p1 < p2 && p2 < p3 && p3 < p5);
		CHECK_LACKS(t, "Loading paragraph");
		CHECK_LACKS(t, "Sign in to keep reading");
		CHECK_LACKS(t, "all rights reserved");
	}
	concord_doc_free(d);
}

/* A layout box whose class starts with "sidebar" but holds most of the
 * page (content and sidebar side by side) is no sidebar, even when a
 * band of prose elsewhere would make a long enough text on its own; the
 * real sidebar inside it, and a comments box, stay out. */
static void test_layout_wrapper(void)
{
	const char *t, *page =
	    "<html><body><div class=\"band\"><p>Example Media is the paper of "
	    "the city and of the towns around it, with news, sport, culture "
	    "and weather, every day of the week.</p><p>Our reporters live "
	    "here, in every part of town, from the harbour to the hills, and "
	    "they write about what matters to the people who live here.</p>"
	    "</div><div class=\"sidebar-container\">"
	    "<div class=\"lr-content\">" BODY "</div>"
	    "<div class=\"sidebar\"><p>Our newsletter brings the best of the "
	    "week to you every Friday morning, with puzzles and more.</p>"
	    "<ul>" MORE_LINKS5 "</ul></div>"
	    "<div class=\"comments\"><p>Great story, thanks for writing about "
	    "the council and the roads, I agree with all of it.</p></div>"
	    "</div></body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 1 of the report");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Our newsletter");
		CHECK_LACKS(t, "Great story");
		CHECK_LACKS(t, "Another story");
	}
	concord_doc_free(d);
}

/* A page wrapped whole in a box named for the layout ("above-footer":
 * everything above the footer) is read inside it even when its menus
 * make it link-heavy: the box holds most of the page's text outside
 * links. The disclosure after it is not the article. */
static void test_link_heavy_wrapper(void)
{
	const char *t, *page =
	    "<html><body><div class=\"above-footer\"><nav class=\"x\">"
	    MORE_LINKS MORE_LINKS "</nav><div class=\"post-content\">"
	    "<h1>Council budget</h1>" BODY "</div></div>"
	    "<section class=\"advertiser-disclosure-body\"><p>Many of the "
	    "card offers on this site are from companies from which we "
	    "receive compensation. This compensation may affect how and "
	    "where products appear, including, for example, the order in "
	    "which they appear. This site does not include all credit card "
	    "companies or all available offers.</p><p>Editorial note: the "
	    "opinions here are the author's alone, not those of any bank, "
	    "card issuer, airline or hotel chain, and have not been "
	    "reviewed, approved or otherwise endorsed by any of them.</p>"
	    "</section></body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 1 of the report");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Another story");
		CHECK_LACKS(t, "credit card companies");
	}
	concord_doc_free(d);
}

#define CAPTIONS4 \
	"<li><p>A crowd outside the town hall before the vote on the " \
	"budget, as the doors opened for the evening session.</p></li>" \
	"<li><p>The mayor speaks to reporters after the council " \
	"meeting, with the budget papers under her arm.</p></li>" \
	"<li><p>Workers repair the old road by the harbour, one of the " \
	"projects the new plan will pay for next year.</p></li>" \
	"<li><p>Children in the library that will stay open longer " \
	"under the budget the council passed.</p></li>"

/* A wrapper named for access ("paywall") holding the article is kept;
 * a picture gallery as big, its captions plain text without links, is
 * still furniture (the wrapper rule questions layout names, not what a
 * gallery is). */
static void test_paywall_not_gallery(void)
{
	const char *t, *page =
	    "<html><body><article><h1>Council budget</h1>"
	    "<div class=\"paywall\">" BODY "</div>"
	    "<div class=\"dnd-widget-wrapper type-gallery\"><ul>"
	    CAPTIONS4 CAPTIONS4 CAPTIONS4
	    "</ul></div></article></body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 1 of the report");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "A crowd outside");
		CHECK_LACKS(t, "Children in the library");
	}
	concord_doc_free(d);
}

/* A stray "</body></html>" mid-page: the article after it is still the
 * page's, and the menu before it is still furniture. */
static void test_stray_html_end(void)
{
	const char *t, *page =
	    "<html><head><title>t</title></head><body><header><nav><ul>"
	    "<li><a href=\"/\">Home</a></li><li><a href=\"/b\">Blog</a></li>"
	    "</ul></nav></header></body></html>"
	    "<div class=\"blog-detail\"><div class=\"blog-content\">" BODY
	    "</div></div></body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 1 of the report");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Blog");
	}
	concord_doc_free(d);
}

/* An <aside> of prose inside the <article> is a side note of the story;
 * a short pull quote aside, and an aside outside the article, are not
 * taken. */
static void test_prose_aside(void)
{
	const char *t, *page =
	    "<html><body><article><div class=\"x\">" BODY_P(1) BODY_P(2)
	    "<aside class=\"center\"><h3>Don't just sit there</h3><p>Adults "
	    "in the city spend a lot of time sitting: at desks, in cars and "
	    "in front of screens. Standing up every hour, walking to the "
	    "bus stop and taking the stairs all help, say the doctors who "
	    "wrote the report for the council this year.</p></aside>"
	    "<aside><p>\"We will fix the roads.\"</p></aside>"
	    BODY_P(3) BODY_P(4) BODY_P(5) "</div></article>"
	    "<aside><p>Example Media has told the stories of this city for "
	    "more than a hundred years, and our reporters live here with "
	    "their families, in every part of town, from the harbour to the "
	    "hills, and they write for you every day of the week.</p></aside>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Standing up every hour");
		CHECK_LACKS(t, "We will fix the roads");
		CHECK_LACKS(t, "has told the stories");
		CHECK_HAS(t, "Paragraph 5 of the report");
	}
	concord_doc_free(d);
}

/* The <header> of an article's part that holds prose and no heading (a
 * description block of a page builder) is content; the article's own
 * header, with its headline and byline, is not. */
static void test_prose_header(void)
{
	const char *t, *page =
	    "<html><body><article><header><h1>Council budget</h1><p>By Ann "
	    "Lee, city desk, with reporting from the harbour office</p>"
	    "</header><section><article class=\"part\"><header class=\"desc"
	    "\"><div class=\"block\"><p>The budget for the harbour, says the "
	    "council, will rise next year by about a tenth, as the new quay "
	    "and the road to it are built.</p><p>The works, planned since "
	    "2019, will close the old market hall for a year, and traders "
	    "will move to the square.</p></div></header></article>"
	    BODY_P(1) BODY_P(2) BODY_P(3) "</section></article>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "The budget for the harbour");
		CHECK_HAS(t, "traders will move to the square");
		CHECK_HAS(t, "Paragraph 3 of the report");
		CHECK_LACKS(t, "By Ann Lee");
	}
	concord_doc_free(d);
}

/* A part of the body: four long paragraphs with a few commas each, in
 * boxes of a page builder. */
#define LONG_P(n) \
	"<p>Part " #n " of the report says that the quay will cost more " \
	"than planned, that the works will close the old market hall for " \
	"a whole year while the traders move to the square by the church, " \
	"and that the road to the quay will be built first, before the " \
	"ferry pier is rebuilt in the spring of the year after next.</p>"
#define PART(a, b, c, d) \
	"<div class=\"wrap\"><div class=\"row\"><div class=\"col\">" \
	LONG_P(a) LONG_P(b) LONG_P(c) LONG_P(d) "</div></div></div>" \
	"<div class=\"near-table\"><table><tr><td>1</td></tr></table></div>"

/* A lead set apart in a box named for the post ("post-text"), whose
 * name weighs more than the paragraphs of each part of the body after
 * it, gives way to a part holding three times its prose: the body is
 * read, not the lead alone. */
static void test_short_winner(void)
{
	const char *t, *page =
	    "<html><body><section class=\"blog-post\"><h1>Harbour plan</h1>"
	    "<div class=\"post-text\"><p>The demand for clean energy in the "
	    "region keeps growing; alternatives to oil and coal are needed "
	    "more and more, to protect the climate and to meet the targets "
	    "the law sets for the coming years. Here we give an overview of "
	    "one possible fuel of the future: renewable dimethyl ether as an "
	    "alternative to the liquid gas that heats many homes today.</p>"
	    "</div></section>" PART(1, 2, 3, 4) PART(5, 6, 7, 8)
	    "<footer><p>Example Media, all rights reserved.</p></footer>"
	    "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "The demand for clean energy");
		CHECK_HAS(t, "Part 1 of the report");
		CHECK_HAS(t, "Part 8 of the report");
		CHECK_LACKS(t, "all rights reserved");
	}
	concord_doc_free(d);
}

/* Page furniture in other languages: a like button's placeholder, a
 * "related posts" heading in German (written in capitals) that ends the
 * article, with its teasers; a sub-heading that only mentions comments,
 * and the prose under it, stay. */
static void test_furniture_languages(void)
{
	const char *t, *page =
	    "<html><body><div class=\"entry\">" BODY_P(1) BODY_P(2) BODY_P(3)
	    "<h3>Kommentare der Opposition</h3>"
	    "<p>Die Opposition nannte den Plan zu teuer, und die Kommentare "
	    "im Stadtrat waren scharf, aber die Mehrheit stimmte zu.</p>"
	    BODY_P(4) BODY_P(5) BODY_P(6)
	    "<p>Drukuj</p><div>Gef\xc3\xa4llt mir Wird geladen \xe2\x80\xa6</div>"
	    "<h3>\xc3\x84HNLICHE BEITR\xc3\x84GE</h3>"
	    "<p>Der Stadtrat streitet seit Wochen \xc3\xbc" "ber das Budget der "
	    "Schulen, und nun will die Mehrheit neue Schulden machen.</p>"
	    "</div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Kommentare der Opposition");
		CHECK_HAS(t, "die Mehrheit stimmte zu");
		CHECK_HAS(t, "Paragraph 6 of the report");
		CHECK_LACKS(t, "Drukuj");
		CHECK_LACKS(t, "Wird geladen");
		CHECK_LACKS(t, "BEITR");
		CHECK_LACKS(t, "seit Wochen");
	}
	concord_doc_free(d);
}

/* Ruby annotations (the readings of Japanese easy-news pages) are not
 * text: the sentence reads without them. */
static void test_ruby_readings(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">" BODY_P(1) BODY_P(2)
	    "<p>The <ruby>\xe6\xb3\x95\xe5\xbe\x8b<rp>(</rp><rt>"
	    "\xe3\x81\xbb\xe3\x81\x86\xe3\x82\x8a\xe3\x81\xa4</rt><rp>)</rp>"
	    "</ruby> law was passed by the parliament of the country this "
	    "spring, after a long debate, the minister said.</p>"
	    BODY_P(3) BODY_P(4) "</div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "The \xe6\xb3\x95\xe5\xbe\x8b law was passed");
		CHECK_LACKS(t, "\xe3\x81\xbb");
		CHECK_HAS(t, "Paragraph 4 of the report");
	}
	concord_doc_free(d);
}

/* libxml2 keeps "<noscript><div></noscript>" open to the end of the
 * page: the article inside such a noscript is read; a small noscript
 * notice beside a page's article is not. */
static void test_noscript_wrapper(void)
{
	const char *t, *page =
	    "<html><body><noscript><div id=\"nojs\"></noscript>"
	    "<div class=\"x\">" BODY "</div>" MORE_LINKS
	    "<noscript>Please enable JavaScript to see the comments.</noscript>"
	    "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 1 of the report");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "enable JavaScript");
	}
	concord_doc_free(d);
	page = "<html><body><div class=\"x\">" BODY "</div>"
	    "<noscript><p>Please enable JavaScript in your browser to read "
	    "the comments of our readers on this story, to vote in polls and "
	    "to use the map of the city's parks and schools.</p></noscript>"
	    "</body></html>";
	d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "enable JavaScript");
	}
	concord_doc_free(d);
}

/* A collapsed accordion panel and an inactive tab (hidden, with the
 * role that says so) are part of the article; a hidden box without such
 * a role is not shown and is left out. */
static void test_hidden_panels(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">" BODY_P(1) BODY_P(2) BODY_P(3)
	    "<div class=\"acc\"><a role=\"button\" aria-controls=\"w1\">"
	    "Week 1</a><div id=\"w1\" role=\"region\" style=\"display:none\">"
	    "<p>Installers visit the house in the first week, measure the "
	    "roof and check the wiring, so that the permit can be filed.</p>"
	    "</div></div>"
	    "<div role=\"tabpanel\" hidden><p>The second tab lists the costs "
	    "of the panels, the inverter and the work, town by town.</p></div>"
	    BODY_P(4) BODY_P(5) BODY_P(6)
	    "<div style=\"display:none\"><p>The council will meet again on "
	    "the third Monday of next month in the old town hall.</p></div>"
	    "</div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Installers visit the house");
		CHECK_HAS(t, "The second tab lists the costs");
		CHECK_HAS(t, "Paragraph 6 of the report");
		CHECK_LACKS(t, "The council will meet again");
	}
	concord_doc_free(d);
}

/* Step guides and list articles head each part with a <header> holding
 * its heading (and a "Step 1" label); the heading stays, linked or not.
 * A header holding the page's h1 or a long byline stays out. */
static void test_section_headers(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">"
	    "<header><h1>How to set up a desk</h1></header>" BODY_P(1)
	    "<article><header><div>Step 1</div><h3>Sit up straight</h3>"
	    "</header>" BODY_P(2) "</article>"
	    "<article><header><div>Step 2</div><h3>Raise the screen</h3>"
	    "</header>" BODY_P(3) BODY_P(4) "</article>"
	    "<section><header><h3><a href=\"/t/east\">The East End Trail</a>"
	    "</h3></header>" BODY_P(5) "</section>"
	    "<section><header><h3><a href=\"/t/west\">The West Bayou Trail"
	    "</a></h3></header>" BODY_P(6) "</section>"
	    "<header><h2>Notes</h2><p>Written by Ann Lee, who has covered the "
	    "city hall and its offices for ten years, with Bo Ruiz, who "
	    "edits the weekly guide to the city, its parks and its schools, "
	    "and who lives near the harbour.</p></header>" BODY_P(7)
	    "</div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "\nStep 1\nSit up straight\nParagraph 2");
		CHECK_HAS(t, "\nRaise the screen\n");
		CHECK_HAS(t, "\nThe East End Trail\nParagraph 5");
		CHECK_HAS(t, "\nThe West Bayou Trail\n");
		CHECK_HAS(t, "Paragraph 7 of the report");
		CHECK_LACKS(t, "How to set up a desk");
		CHECK_LACKS(t, "Ann Lee");
	}
	concord_doc_free(d);
}

/* An author box after the article is furniture when its class names
 * one ("post-author-bio", "entry-author" despite its positive "entry")
 * or schema.org marks it as the author; WordPress's "author-ann-lee"
 * class on the article itself does not drop the article. */
static void test_author_box(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x author-ann-lee\">" BODY
	    "<div class=\"post-author-bio\"><p>Ann Lee has reported on city "
	    "hall for ten years and lives in the north of the city, with her "
	    "family, two dogs and a garden.</p></div>"
	    "<div class=\"entry-author\"><p>Bob Roe studied law, in Leeds, "
	    "before he turned to journalism, and writes a weekly column.</p>"
	    "</div><div itemprop=\"author\" itemscope><p>Cy Poe edits the "
	    "city desk, the weekend pages, and the obituaries of the paper."
	    "</p></div></div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 1 of the report");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Ann Lee has reported");
		CHECK_LACKS(t, "Bob Roe studied law");
		CHECK_LACKS(t, "Cy Poe edits");
	}
	concord_doc_free(d);
}

/* A paragraph whose text sits in a <span>, as page builders write it. */
#define SPAN_P(n) \
	"<p><span>Part " #n " of the story, on roads, schools and parks, " \
	"says the council spent more than planned, and that the gap, about " \
	"a million dollars, will be closed next year, the mayor said.</span></p>"

/* A teaser: a quarter of it a link, the rest a line about the story. */
#define TEASER \
	"<p><a href=\"/h\">Harbour plan, part two</a> is on the agenda of " \
	"the council next week, the mayor said on Monday.</p>"

/* An article cut into parts, each paragraph in a <span> inside a <p>,
 * the first part holding an inline "read next" card: the parts are one
 * article. A box of teasers after it, prose with a link each, is not. */
static void test_sections_widen(void)
{
	const char *t, *page =
	    "<html><body><div class=\"page\"><div class=\"story\">"
	    "<div class=\"part\"><div class=\"text\">" SPAN_P(1) SPAN_P(2)
	    SPAN_P(3) SPAN_P(4) "</div><div class=\"card\"><a href=\"/n\">"
	    "Read next: the harbour</a></div></div>"
	    "<div class=\"part\"><div class=\"text\">" SPAN_P(5) SPAN_P(6)
	    "</div></div><div class=\"part\"><div class=\"text\">" SPAN_P(7)
	    SPAN_P(8) "</div></div></div>"
	    "<div class=\"box2\">" TEASER TEASER TEASER TEASER TEASER TEASER
	    TEASER "</div></div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Part 1 of the story");
		CHECK_HAS(t, "Part 8 of the story");
		CHECK_LACKS(t, "is on the agenda of the council");
		CHECK_LACKS(t, "Read next");
	}
	concord_doc_free(d);
}

/* One question and its answer, each in a box of its own. */
#define QA(q, a) \
	"<div class=\"item\"><h3>" q "</h3><div class=\"a\"><p>" a \
	"</p></div></div>"

/* Questions and answers after the body belong to the article, though
 * they score little; a closing note of prose that asks nothing stays
 * out. */
static void test_trailing_faq(void)
{
	/* with a heading before the article box, and without one: then the
	 * box is its parent's first child, and what follows it is kept too */
	static const char *const heads[] = {"<h1>The city budget</h1>", ""};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		const char *t;
		char page[8192];
		snprintf(page, sizeof page, "%s%s%s",
		    "<html><body><div class=\"wrap\">", heads[i],
		    "<div class=\"x\">" BODY "</div><div class=\"faq\">"
		    QA("When is the vote?", "The second vote on the plan is set "
		    "for the first week of the spring term in the old town hall "
		    "on the hill.")
		    QA("Who pays for it?", "The city pays from its own budget and "
		    "the state adds a grant for the new school buses and the "
		    "library books.")
		    QA("Can I speak?", "Anyone who lives in the city may speak for "
		    "two minutes at the start of the meeting if they sign up the "
		    "day before.")
		    QA("Where is it shown?", "The meeting is shown live on the "
		    "local channel and kept on the city site for a month after "
		    "the vote.")
		    "</div><div class=\"note\"><p>This page is kept by the press "
		    "office of the city and was last checked by the clerk in the "
		    "week before the vote so that the dates and the names of the "
		    "members are right and that the hours of the town hall are the "
		    "ones on the door and that readers who come to the meeting "
		    "find the room.</p></div>" MORE_LINKS "</div></body></html>");
		concord_doc *d = article_of(page, &t);
		if (t) {
			CHECK_HAS(t, "Paragraph 8 of the report");
			CHECK_HAS(t, "\nWho pays for it?\nThe city pays");
			CHECK_HAS(t, "kept on the city site for a month");
			CHECK_LACKS(t, "press office");
		}
		concord_doc_free(d);
	}
}

/* The site's pitch closing the article box is furniture: a label
 * ("Take the next step") and a button-like call to action, or a
 * follow or newsletter appeal; a closing sentence in the writer's own
 * voice that opens with a pitch verb stays when nothing button-like is
 * beside it. */
static void test_closing_pitch(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">" BODY
	    "<h4>Take the next step</h4>"
	    "<p>Get started on Cloud Co with free credits and products</p>"
	    "<p>Follow Cloud Co</p></div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Take the next step");
		CHECK_LACKS(t, "Get started on Cloud Co");
		CHECK_LACKS(t, "Follow Cloud Co");
	}
	concord_doc_free(d);
	page = "<html><body><div class=\"x\">" BODY
	    "<p>Ready to start? Book a call with our planners today.</p>"
	    "</div>" MORE_LINKS "</body></html>";
	d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_HAS(t, "Ready to start? Book a call");
	}
	concord_doc_free(d);
}

/* An investor's disclosure closing a market story is fine print; a
 * donation widget of more blocks than the pitch trimmer reads at once
 * goes whole, in turns. */
static void test_closing_fine_print(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">" BODY
	    "<p>Ann Lee has no position in any of the stocks mentioned.</p>"
	    "<p>The Daily Fool has a disclosure policy.</p></div>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "no position in any");
		CHECK_LACKS(t, "disclosure policy");
	}
	concord_doc_free(d);
	page = "<html><body><div class=\"x\">" BODY
	    "<p>Want to do more? Consider supporting the harbour trust with us "
	    "today!</p><p>Follow the Harbour Trust</p><p>Give today</p>"
	    "<p>Give monthly</p><p>Select an amount to donate:</p>"
	    "<p>5 20 50 100</p></div>" MORE_LINKS "</body></html>";
	d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Give monthly");
		CHECK_LACKS(t, "Follow the Harbour Trust");
	}
	concord_doc_free(d);
}

/* What follows the article and scores well must read as its
 * continuation: a contributor's card (named so in glued class words,
 * ending on a button) stays out, a box of further prose paragraphs
 * after the body comes in; with and without a heading before the
 * article box (then the box is its parent's first child). */
static void test_trailing_card(void)
{
	static const char *const heads[] = {"<h1>The city budget</h1>", ""};
	for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++) {
		const char *t;
		char page[8192];
		snprintf(page, sizeof page, "%s%s%s",
		    "<html><body><div class=\"wrap\">", heads[i],
		    "<div class=\"x\">" BODY "</div>"
		    "<div class=\"more-content\">" BODY_P(9) BODY_P(10) "</div>"
		    "<div class=\"blog__contributorwrapper content\">"
		    "<div>Contributor</div><div>Ann Lee</div>"
		    "<div class=\"blog_contributorshortbio\">Ann Lee worked in "
		    "radio, events and promotions, and today she writes about "
		    "roads, schools, parks and budgets, for the desk, at home, "
		    "and on the road, with her three small children.</div>"
		    "<a href=\"/authors/ann\">More By This Contributor</a></div>"
		    MORE_LINKS "</div></body></html>");
		concord_doc *d = article_of(page, &t);
		if (t) {
			CHECK_HAS(t, "Paragraph 8 of the report");
			CHECK_HAS(t, "Paragraph 10 of the report");
			CHECK_LACKS(t, "worked in radio");
			CHECK_LACKS(t, "More By This Contributor");
		}
		concord_doc_free(d);
	}
}

/* One teaser card: a heading, a line of blurb and a link button. */
#define CARD(h, b) \
	"<li><div><h5>" h "</h5></div><div><p>" b "</p></div>" \
	"<div><a href=\"/a\">Learn more</a></div></li>"

/* A list of teaser cards at the end of the article box ("Related
 * content") has few links for its text, but every item is a short card
 * headed by a heading with a link: it stays out. A list of items with a
 * heading and no link, and a list of linked items of prose, stay. */
static void test_card_list(void)
{
	const char *t, *page =
	    "<html><body><div class=\"x\">" BODY
	    "<ul><li><h4>Step one</h4><p>Measure the room twice.</p></li>"
	    "<li><h4>Step two</h4><p>Cut the boards to size.</p></li>"
	    "<li><h4>Step three</h4><p>Nail them down.</p></li></ul>"
	    "<h5>More on this</h5><ul>"
	    CARD("Best Smart Thermostats of 2026", "Cut energy costs with the "
	    "best smart thermostat. Compare top models for your home.")
	    CARD("Are Smart Thermostats Worth It?", "Discover the benefits of "
	    "smart thermostats for energy savings and comfort at home.")
	    CARD("Smart Energy Optimization", "Cut energy costs and boost "
	    "efficiency with smart home energy tools this year.")
	    "</ul></div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_HAS(t, "\nStep three\nNail them down.");
		CHECK_LACKS(t, "Best Smart Thermostats");
		CHECK_LACKS(t, "Compare top models");
	}
	concord_doc_free(d);
}

/* A request form after the article asks its visitor questions ("What
 * service do you need?") between lines of prose: no FAQ, left out. */
static void test_trailing_form(void)
{
	const char *t, *page =
	    "<html><body><div class=\"wrap\"><div class=\"x\">" BODY "</div>"
	    "<div class=\"request\"><form action=\"/send\">"
	    "<div><p>What service do you need?</p><select><option>Wiring"
	    "</option></select></div>"
	    "<div><p>Have we served you in the past?</p></div>"
	    "<div><p>What time of day is best for you?</p></div>"
	    "<p>By pressing Submit you agree to receive phone calls, email and "
	    "text messages from our company at the number you gave us, and "
	    "you agree to our terms and our privacy policy as well.</p>"
	    "<p>Message and data rates may apply, consent is not a condition "
	    "of purchase, and we will never share your personal information "
	    "with third parties for marketing purposes at all.</p>"
	    "</form></div>" MORE_LINKS "</div></body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "What service do you need?");
		CHECK_LACKS(t, "By pressing Submit");
	}
	concord_doc_free(d);
}

/* A part of the article that cites its sources in a list of links has
 * more link text than prose: its heading and paragraphs stay, and so
 * does the part after it; the list alone, headed by no lead line, goes
 * as a link list. */
#define PATCH(n) "<li><p><a href=\"/pull/" #n "\">libjit: fix the " \
	"lowering of packed structures, number " #n "</a></p></li>"

static void test_section_with_links(void)
{
	const char *t, *page =
	    "<html><body><div class=\"content\">"
	    BODY_P(1) BODY_P(2) BODY_P(3) BODY_P(4)
	    "<div class=\"sect1\"><h2>Patches status</h2>"
	    "<div class=\"sectionbody\"><div class=\"paragraph\"><p>There has "
	    "been some nice progress on the compiler side.</p></div>"
	    "<div class=\"paragraph\"><p>I sent all the patches that were "
	    "ready.</p></div><div class=\"ulist\"><ul>"
	    PATCH(1) PATCH(2) PATCH(3) PATCH(4) PATCH(5) PATCH(6) PATCH(7)
	    PATCH(8) "</ul></div></div></div>"
	    BODY_P(5) BODY_P(6) BODY_P(7) BODY_P(8) "</div>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 4 of the report");
		CHECK_HAS(t, "\nPatches status\nThere has been some nice "
		    "progress on the compiler side.\nI sent all the patches");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "packed structures");
	}
	concord_doc_free(d);
}

/* A list of links that a line of the article leads in ("Read more in
 * our guides below:") is the article's; one under a heading ("More:")
 * or a two-word label is a box of teasers. */
#define GUIDE(s) "<li><a href=\"/guide\">" s "</a></li>"

static void test_lede_link_list(void)
{
	const char *t, *page =
	    "<html><body><div class=\"content\">"
	    BODY_P(1) BODY_P(2) BODY_P(3) BODY_P(4)
	    "<p>Read more in our guides below:</p><ul>"
	    GUIDE("How to market your tour experiences")
	    GUIDE("Eight ways to increase direct bookings")
	    GUIDE("A search strategy guide for tour operators") "</ul>"
	    BODY_P(5) BODY_P(6)
	    "<h4>More:</h4><ul>" GUIDE("Afghan politician sees talks as hope")
	    "</ul>" BODY_P(7)
	    "<p>MORE INFORMATION:</p><ul>" GUIDE("Singer explains nickname")
	    GUIDE("Actor leaves the country") "</ul>" BODY_P(8) "</div>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "guides below:\nHow to market your tour "
		    "experiences\nEight ways to increase direct bookings\n");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Afghan politician");
		CHECK_LACKS(t, "Singer explains");
	}
	concord_doc_free(d);
}

/* Text a page carries double-encoded, its UTF-8 read as windows-1252
 * ("donâ€™t") or Latin-1 and encoded again, is put right; a line that
 * quotes such text beside a correct "ä", and French "café »", whose
 * bytes read back as UTF-8 by chance, stay as written. */
static void test_mojibake(void)
{
	const char *t, *page =
	    "<html><body><div class=\"content\">" BODY_P(1) BODY_P(2)
	    "<p>The mayor said she didn\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t "
	    "know, \xC3\xA2\xE2\x82\xAC\xC5\x93" "and nobody did\xC3\xA2\xE2"
	    "\x82\xAC\xC2\x9D, and left for Z\xC3\x83\xC2\xBCrich.</p>"
	    "<p>Signs read \xC3\xA2\xC2\x80\xC2\x9C" "closed\xC3\xA2\xC2\x80"
	    "\xC2\x9D all week.</p>"
	    BODY_P(3) BODY_P(4)
	    "<p>I saw \"\xC3\x83\xC2\xA4\" instead of \"\xC3\xA4\" on the "
	    "council's page.</p><p>Il dit \xC2\xAB un <em>caf\xC3\xA9\xC2\xA0"
	    "\xC2\xBB</em> et part.</p>"
	    BODY_P(5) BODY_P(6) BODY_P(7) BODY_P(8) "</div>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "she didn\xE2\x80\x99t know, \xE2\x80\x9C"
		    "and nobody did\xE2\x80\x9D, and left for Z\xC3\xBCrich.");
		CHECK_HAS(t, "Signs read \xE2\x80\x9C" "closed\xE2\x80\x9D");
		CHECK_HAS(t, "I saw \"\xC3\x83\xC2\xA4\" instead of \"\xC3\xA4\"");
		CHECK_HAS(t, "un caf\xC3\xA9 \xC2\xBB et part.");
	}
	concord_doc_free(d);
}

/* An article its editor wrote in several rich-text boxes, a call to
 * action between them: the box before the body, of the same tag and
 * class, is read with it although a table of linked names weighs on
 * its score; a box of that class holding one line of fine print is
 * not. */
#define FIRM(n) "<tr><td><a href=\"/firm/" #n "\">Contractor number " #n \
	" Incorporated</a></td><td>$2.4B</td></tr>"

static void test_split_body(void)
{
	const char *t, *page =
	    "<html><body><div class=\"post_body\">"
	    "<div class=\"rich-text\"><p>Electrical construction companies "
	    "play an important role in homes, offices and plants, where they "
	    "design, install and repair power systems.</p><p>So we dug into "
	    "the two lists the trade relies on, year after year, to find the "
	    "best of the best.</p><table>"
	    FIRM(1) FIRM(2) FIRM(3) FIRM(4) "</table></div>"
	    "<div class=\"cta\"><div>Free Download</div>"
	    "<a href=\"/get\">Download Now</a>" MORE_LINKS "</div>"
	    "<div class=\"rich-text\">" BODY BODY "</div>"
	    "<div class=\"rich-text\"><p>This text is published under a "
	    "licence.</p></div></div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Electrical construction companies play");
		CHECK_HAS(t, "the best of the best.");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Download Now");
		CHECK_LACKS(t, "published under a licence");
	}
	concord_doc_free(d);
}

/* A body whose lead a site set in a section of its own, the list of
 * other stories between it and the rest (each part in a column of one
 * class, the columns cousins, not siblings): the lead comes first.
 * Not taken: a box of that class before the body that only copies it
 * (a second layout), and one after it (the publisher's pitch). */
#define LEAD \
	"<p>Tim Kaine is not the only opponent on Tuesday night in the one " \
	"debate between the two hopefuls, insiders said in a survey.</p>" \
	"<p>That is one reason the members of the panel, activists and " \
	"strategists of the swing states, are more optimistic.</p>" \
	"<p>Virtually all of the insiders surveyed last week, 97 percent, " \
	"expect Kaine to get the better of the evening.</p>"
#define COLUMN(x) "<section class=\"row\"><div class=\"container\">" \
	"<div class=\"col side\"><img src=\"a.png\"></div>" \
	"<div class=\"col story\"><div class=\"text\">" x "</div></div>" \
	"</div></section>"

static size_t count_of(const char *t, const char *s)
{
	size_t n = 0;
	for (const char *p = t; (p = strstr(p, s)); p += strlen(s))
		n++;
	return n;
}

static void test_lead_section(void)
{
	const char *t, *page =
	    "<html><body><main><h1>Who will win the debate</h1>"
	    COLUMN(LEAD) "<section class=\"row\"><ul>" MORE_LINKS5
	    MORE_LINKS5 "</ul></section>" COLUMN(BODY) "</main>"
	    MORE_LINKS MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Tim Kaine is not the only opponent");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK(strstr(t, "Tim Kaine") < strstr(t, "Paragraph 1 of"));
		CHECK_LACKS(t, "Another story");
	}
	concord_doc_free(d);
	page = "<html><body><main><h1>Who will win the debate</h1>"
	    COLUMN(LEAD) "<section class=\"row\"><ul>" MORE_LINKS5
	    MORE_LINKS5 "</ul></section>" COLUMN(LEAD BODY)
	    COLUMN("<p>Our newsletter brings the best of our reporting to "
	    "your inbox every morning, with the stories of the day.</p><p>"
	    "Sign up today and get a free month of the magazine, with the "
	    "archive of every issue since the first one.</p><p>Readers who "
	    "sign up this week also get our guide to the election.</p>")
	    "</main>" MORE_LINKS MORE_LINKS "</body></html>";
	d = article_of(page, &t);
	if (t) {
		CHECK(count_of(t, "Tim Kaine is not the only opponent") == 1);
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Our newsletter brings");
	}
	concord_doc_free(d);
}

/* A lead set in a row of its own above the row that holds the body
 * beside a column of links: the lead is taken, before the body. A box
 * of links between such a lead and the body's row stops the look back:
 * what lies above a list of links is not known to be the story's. */
#define ROW_LEAD \
	"<div class=\"row\"><div class=\"col-md-12\"><p>The Fund is " \
	"downgrading its outlook for the world economy for next year, citing " \
	"threats that include labour shortages and excess market demand.</p>" \
	"<p>The lending agency forecast on Tuesday that the economy would eke " \
	"out growth of just 2.7% next year, down from the 2.9% it had " \
	"estimated in July, and left this year's forecast unchanged.</p>" \
	"</div></div>"
#define ROW_BODY \
	"<div class=\"row equal\"><div class=\"col-lg-7\">" BODY "</div>" \
	"<div class=\"col-lg-5\"><ul>" MORE_LINKS5 MORE_LINKS5 "</ul></div>" \
	"</div>"

static void test_lead_row(void)
{
	const char *t, *page =
	    "<html><body><section class=\"article-body\"><h1>The outlook</h1>"
	    ROW_LEAD "<div class=\"hidden\"></div>" ROW_BODY "</section>"
	    MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "The Fund is downgrading its outlook");
		CHECK_HAS(t, "left this year's forecast unchanged.");
		CHECK(strstr(t, "The Fund") < strstr(t, "Paragraph 1 of"));
		CHECK_LACKS(t, "Another story");
	}
	concord_doc_free(d);
	page = "<html><body><section class=\"article-body\"><h1>The outlook"
	    "</h1>" ROW_LEAD "<div class=\"row\"><ul>" MORE_LINKS5 "</ul></div>"
	    ROW_BODY "</section>" MORE_LINKS "</body></html>";
	d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "The Fund is downgrading");
	}
	concord_doc_free(d);
}

/* A body cut into two parts that widening joins in their box, the only
 * child of its section, beside a section holding the lead: the only
 * child stands for its section, so the lead section is its sibling and
 * is kept (page builders wrap every block so). */
static void test_only_child_lead(void)
{
	const char *t, *page =
	    "<html><body><div class=\"grid\">"
	    "<div class=\"sec\"><div class=\"part\"><p>To keep your car "
	    "running well for years, here is a list of the things you should "
	    "check, by the time of year and by the season, from the tires and "
	    "the brakes to the lights, the oil and the wipers, and what each "
	    "of them costs when a garage does it for you, and when you can do "
	    "it yourself on a free afternoon with a few simple tools.</p>"
	    "</div></div>"
	    "<div class=\"sec\"><div class=\"box\"><div class=\"part\">"
	    BODY "</div><div class=\"part\">" BODY "</div></div></div>"
	    "</div>" MORE_LINKS "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "To keep your car running well");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "Another story");
	}
	concord_doc_free(d);
}

/* A box before the body that wraps one link-free paragraph ending a
 * sentence is the lead set apart; one with a link in it (a pitch) is
 * not. */
static void test_lead_paragraph_box(void)
{
	const char *t, *page =
	    "<html><body><div class=\"wrap\">"
	    "<div class=\"pitch\"><p>Are you happy with your budget? Learn "
	    "more about our <a href=\"/c\">money checkup</a> for families.</p>"
	    "</div>"
	    "<div class=\"intro\"><p>The date is set: on the 21st of May the "
	    "park will be all about fishing again, the organisers said.</p>"
	    "</div>"
	    "<div class=\"x\">" BODY "</div></div>" MORE_LINKS
	    "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK_HAS(t, "The date is set: on the 21st of May");
		CHECK_HAS(t, "Paragraph 8 of the report");
		CHECK_LACKS(t, "money checkup");
		const char *lead = strstr(t, "The date is set");
		const char *body = strstr(t, "Paragraph 1 of the report");
		CHECK(lead && body && lead < body);
	}
	concord_doc_free(d);
}

/* The short labels above the headline (a kicker, a section name) go
 * with it; a sentence above it is no label, and the headline then
 * stays where it is. */
static void test_kicker_headline(void)
{
	const char *t, *page =
	    "<html><head><title>Council approves budget</title></head><body>"
	    "<div class=\"x\"><div class=\"kicker\">City Hall</div>"
	    "<div class=\"section\">Politics</div>"
	    "<h1>Council approves budget</h1>" BODY "</div>" MORE_LINKS
	    "</body></html>";
	const char *page2 =
	    "<html><head><title>Council approves budget</title></head><body>"
	    "<div class=\"x\"><p>A long night in the town hall.</p>"
	    "<h1>Council approves budget</h1>" BODY "</div>" MORE_LINKS
	    "</body></html>";
	concord_doc *d = article_of(page, &t);
	if (t) {
		CHECK(!strncmp(t, "Paragraph 1 of the report", 25));
		CHECK_LACKS(t, "City Hall");
		CHECK_LACKS(t, "Politics");
	}
	concord_doc_free(d);
	d = article_of(page2, &t);
	if (t) {
		CHECK_HAS(t, "A long night in the town hall.");
		CHECK_HAS(t, "Council approves budget");
	}
	concord_doc_free(d);
}

static const test_case tests[] = {
	{"lead_summary", test_lead_summary},
	{"linked_headings", test_linked_headings},
	{"linked_list_items", test_linked_list_items},
	{"figure_table", test_figure_table},
	{"react_segments", test_react_segments},
	{"layout_wrapper", test_layout_wrapper},
	{"link_heavy_wrapper", test_link_heavy_wrapper},
	{"paywall_not_gallery", test_paywall_not_gallery},
	{"stray_html_end", test_stray_html_end},
	{"prose_aside", test_prose_aside},
	{"prose_header", test_prose_header},
	{"short_winner", test_short_winner},
	{"furniture_languages", test_furniture_languages},
	{"ruby_readings", test_ruby_readings},
	{"noscript_wrapper", test_noscript_wrapper},
	{"hidden_panels", test_hidden_panels},
	{"section_headers", test_section_headers},
	{"author_box", test_author_box},
	{"sections_widen", test_sections_widen},
	{"trailing_faq", test_trailing_faq},
	{"closing_pitch", test_closing_pitch},
	{"closing_fine_print", test_closing_fine_print},
	{"trailing_card", test_trailing_card},
	{"lead_section", test_lead_section},
	{"lead_row", test_lead_row},
	{"card_list", test_card_list},
	{"trailing_form", test_trailing_form},
	{"section_with_links", test_section_with_links},
	{"lede_link_list", test_lede_link_list},
	{"mojibake", test_mojibake},
	{"split_body", test_split_body},
	{"only_child_lead", test_only_child_lead},
	{"lead_paragraph_box", test_lead_paragraph_box},
	{"kicker_headline", test_kicker_headline},
};

HARNESS_MAIN(tests)
