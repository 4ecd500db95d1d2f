/* test_html_recall.c - body text the HTML extractor must not lose, and the
 * furniture it must still leave out, on small crafted pages: a summary box
 * above the body, linked section headings of list articles, list items
 * that cite a source, next to teaser cards, breadcrumbs, menus and boxes
 * after the article. */
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
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	CHECK(a && a->text);
	if (a && a->text) {
		CHECK_HAS(a->text, "The city will spend less on new roads");
		CHECK_HAS(a->text, "they welcomed the first vote.");
		CHECK_HAS(a->text, "Paragraph 8 of the report");
		CHECK_LACKS(a->text, "Ann Lee has reported");
		CHECK_LACKS(a->text, "Another story");
		const char *lead = strstr(a->text, "they welcomed the first");
		const char *body = strstr(a->text, "Paragraph 1 of the report");
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
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	CHECK(a && a->text);
	if (a && a->text) {
		CHECK_HAS(a->text, "\n1. The Jones Assembly\n");
		CHECK_HAS(a->text, "\n2. Kitchen No. 324\n");
		CHECK_HAS(a->text, "\nNotes on the list\n");
		CHECK_HAS(a->text, "Paragraph 7 of the report");
		CHECK_LACKS(a->text, "The Daily Example");
		CHECK_LACKS(a->text, "Ten parks");
		CHECK_LACKS(a->text, "Where to eat");
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
	concord_doc *d = NULL;
	CHECK_INT(extract_str(page, &d), 0);
	const concord_article *a = concord_doc_article(d);
	CHECK(a && a->text);
	if (a && a->text) {
		CHECK_HAS(a->text, "A tent for two (the Hornet)");
		CHECK_HAS(a->text, "Water bottles, two or three litres");
		CHECK_HAS(a->text, "A stove that burns canister fuel");
		CHECK_HAS(a->text, "Paragraph 6 of the report");
		CHECK_LACKS(a->text, "Topics");
		CHECK_LACKS(a->text, "Other story");
	}
	concord_doc_free(d);
}

static const test_case tests[] = {
	{"lead_summary", test_lead_summary},
	{"linked_headings", test_linked_headings},
	{"linked_list_items", test_linked_list_items},
};

HARNESS_MAIN(tests)
