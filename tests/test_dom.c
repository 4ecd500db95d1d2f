/* test_dom.c - the compact page tree (lib/dom.c): the shape libxml2's
 * HTML rules give it, attributes, which script text stays, text nodes
 * and comments, the element limit, UTF-8 kept as it is, tag numbers,
 * the links of every node of real pages, end tags that close what a
 * page left open inside their element, and a self-closed <script/> whose
 * code follows it (both as browsers do). */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dom.h"
#include "harness.h"

static dom_node *parse(arena *a, const char *s)
{
	dom_node *root = NULL;
	CHECK_INT(dom_parse(a, s, strlen(s), 100000, &root), CONCORD_OK);
	return root;
}

/* Text of the text child k of n (counting text children only), or NULL. */
static const char *text_child(const dom_node *n, int k)
{
	for (const dom_node *c = n ? n->first : NULL; c; c = c->next)
		if (c->type == DOM_TEXT && !k--)
			return c->text;
	return NULL;
}

static void test_implied_structure(void)
{
	arena *a = arena_new(0);
	/* no html, head or body tags: the parser implies them */
	dom_node *root = parse(a, "<title>T</title><p>one <b>two</b> three<p>four");
	dom_node *head = dom_child(root, "head"), *body = dom_child(root, "body");
	CHECK_STR(root ? root->name : NULL, "html");
	CHECK(root && !root->parent);
	CHECK_STR(text_child(dom_child(head, "title"), 0), "T");
	CHECK(body != NULL);
	if (body) {
		/* the second <p> closes the first: two siblings */
		dom_node *p1 = body->first, *p2 = p1 ? p1->next : NULL;
		CHECK_INT(body->elements, 2);
		CHECK_STR(p1 ? p1->name : NULL, "p");
		CHECK_STR(p2 ? p2->name : NULL, "p");
		CHECK_STR(text_child(p1, 0), "one ");
		CHECK_STR(text_child(dom_child(p1, "b"), 0), "two");
		CHECK_STR(text_child(p1, 1), " three");
		CHECK_STR(text_child(p2, 0), "four");
		CHECK(p2 && p2->prev == p1 && p1->parent == body);
		CHECK_INT(p1 ? (long)p1->elements : -1, 1);
	}
	arena_free(a);
}

static void test_attributes(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<body><DIV Class=\"Lead x\" hidden "
	    "data-a='1&amp;2' id=k>t</div>");
	dom_node *div = dom_child(dom_child(root, "body"), "div");
	CHECK_STR(div ? div->name : NULL, "div");  /* names lower-cased */
	CHECK_STR(dom_attr(div, "class"), "Lead x");  /* values kept */
	CHECK_STR(dom_attr(div, "hidden"), "");
	CHECK_STR(dom_attr(div, "data-a"), "1&2");
	CHECK_STR(dom_attr(div, "id"), "k");
	CHECK(dom_attr(div, "style") == NULL);
	CHECK(dom_attr(div ? div->first : NULL, "class") == NULL);  /* text */
	arena_free(a);
}

static void test_script_text(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<head><style>p{color:red}</style>"
	    "<script>var x = \"<p>not text</p>\";</script>"
	    "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}"
	    "</script></head><body><p>body</p>"
	    "<script type=\"application/LD+JSON; charset=utf-8\">[1]</script>");
	dom_node *head = dom_child(root, "head"), *body = dom_child(root, "body");
	dom_node *style = dom_child(head, "style");
	dom_node *script = dom_child(head, "script");
	CHECK(style && !style->first);
	CHECK(script && !script->first);  /* its "<p>" is no element either */
	CHECK_STR(text_child(script ? script->next : NULL, 0),
	    "{\"@type\":\"NewsArticle\"}");
	CHECK_STR(text_child(dom_child(body, "script"), 0), "[1]");
	CHECK_INT(body ? (long)body->elements : -1, 2);
	arena_free(a);
}

static void test_text_nodes(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<body><p>a &amp; b&#8217;s &lt;c&gt;"
	    "<!-- x -->by:<!-- -->Jane</p>");
	dom_node *p = dom_child(dom_child(root, "body"), "p");
	/* references decoded, adjacent text one node; a comment splits */
	CHECK_STR(text_child(p, 0), "a & b\xE2\x80\x99s <c>");
	CHECK_STR(text_child(p, 1), "by:");
	CHECK_STR(text_child(p, 2), "Jane");
	CHECK(text_child(p, 3) == NULL);
	CHECK_INT(p && p->first ? p->first->len : 0, strlen("a & b\xE2\x80\x99s <c>"));
	arena_free(a);
}

/* The page is UTF-8 whatever it declares: charset.c converted it. */
static void test_utf8_kept(void)
{
	arena *a = arena_new(0);
	dom_node *r1 = parse(a, "<p>Toyota\xE2\x80\x99s caf\xC3\xA9");
	dom_node *r2 = parse(a, "<meta charset=\"iso-8859-1\"><p>caf\xC3\xA9");
	CHECK_STR(text_child(dom_child(dom_child(r1, "body"), "p"), 0),
	    "Toyota\xE2\x80\x99s caf\xC3\xA9");
	CHECK_STR(text_child(dom_child(dom_child(r2, "body"), "p"), 0),
	    "caf\xC3\xA9");
	arena_free(a);
}

static void test_limits(void)
{
	arena *a = arena_new(0);
	dom_node *root = (dom_node *)1;
	const char *s = "<div><div><div><div><div><div></div></div></div></div></div></div>";
	/* html and body are implied: 8 elements */
	CHECK_INT(dom_parse(a, s, strlen(s), 7, &root), CONCORD_ELIMIT);
	CHECK(root == NULL);
	CHECK_INT(dom_parse(a, s, strlen(s), 8, &root), CONCORD_OK);
	CHECK(root != NULL);
	CHECK_INT(dom_parse(a, "", 0, 8, &root), CONCORD_OK);
	CHECK(root == NULL);  /* no element at all */
	arena_free(a);
	/* an arena too small for the tree */
	a = arena_new(4096);
	char *big = malloc(200001);
	for (int i = 0; i < 20000; i++)
		memcpy(big + 10 * i, "<p>xxxxxx ", 10);
	big[200000] = 0;
	CHECK_INT(dom_parse(a, big, 200000, 100000, &root), CONCORD_ENOMEM);
	CHECK(root == NULL);
	free(big);
	arena_free(a);
}

/* Every link of the tree agrees with the others; returns the elements. */
static size_t check_links(const dom_node *root)
{
	size_t elements = 0;
	const dom_node *n = root;
	while (n) {
		size_t kids = 0;
		const dom_node *prev = NULL;
		for (const dom_node *c = n->first; c; prev = c, c = c->next) {
			if (c->parent != n || c->prev != prev)
				harness_fail(__FILE__, __LINE__, "bad links under <%s>", n->name);
			kids += c->type == DOM_ELEMENT;
		}
		if (n->type == DOM_ELEMENT) {
			elements++;
			if (n->last != prev || n->elements != kids || !n->name || n->text)
				harness_fail(__FILE__, __LINE__, "bad element <%s>", n->name);
		} else if (n->type != DOM_TEXT || !n->text || n->name || n->first ||
		    strlen(n->text) != n->len) {
			harness_fail(__FILE__, __LINE__, "bad text node");
		}
		if (n->first) {
			n = n->first;
			continue;
		}
		while (n && n != root && !n->next)
			n = n->parent;
		n = n && n != root ? n->next : NULL;
	}
	return elements;
}

/* dom_next walks in document order, skipping a subtree when asked; the
 * edits keep every link and count right. */
static void test_walk_and_edit(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<body><div id=a><p>1</p><p>2</p></div>"
	    "<div id=b><p>3</p></div></body>");
	dom_node *body = dom_child(root, "body");
	dom_node *da = body ? body->first : NULL, *db = da ? da->next : NULL;
	char seen[16];
	size_t n = 0;
	for (const dom_node *x = body; x && n < sizeof seen - 1;
	    x = dom_next(x, body, x != da))
		if (x->type == DOM_TEXT)
			seen[n++] = x->text[0];
	seen[n] = 0;
	CHECK_STR(seen, "3");  /* div a's subtree skipped */
	CHECK(dom_next(body, body, 0) == NULL);
	if (da && db) {
		dom_node *p3 = db->first;
		dom_unlink(p3);
		CHECK(!p3->parent && !db->first && db->elements == 0);
		dom_insert_after(da->first, p3);  /* 1, 3, 2 */
		dom_unlink(db);
		dom_append(da, db);  /* div b, empty, last in div a */
		n = 0;
		for (const dom_node *x = body; x; x = dom_next(x, body, 1))
			if (x->type == DOM_TEXT && n < sizeof seen - 1)
				seen[n++] = x->text[0];
		seen[n] = 0;
		CHECK_STR(seen, "132");
		CHECK_INT(body->elements, 1);
		CHECK_INT(da->elements, 4);
		CHECK(da->last == db && db->parent == da);
		CHECK_INT(check_links(root), 7);  /* html body div p p p div */
	}
	arena_free(a);
}

static void test_real_pages(void)
{
	glob_t g;
	if (glob("../shared/data/scrapinghub/html/*.html.gz", 0, NULL, &g)) {
		harness_fail(__FILE__, __LINE__, "no scrapinghub pages");
		return;
	}
	for (size_t i = 0; i < g.gl_pathc && i < 25; i++) {
		size_t len;
		char *s = harness_read_gunzip(g.gl_pathv[i], &len);
		arena *a = arena_new(0);
		dom_node *root = NULL;
		CHECK(s != NULL);
		if (s && dom_parse(a, s, strlen(s), 2000000, &root) == CONCORD_OK) {
			CHECK(dom_child(root, "body") != NULL);
			CHECK(check_links(root) > 50);
		} else {
			harness_fail(__FILE__, __LINE__, "%s did not parse", g.gl_pathv[i]);
		}
		arena_free(a);
		free(s);
	}
	globfree(&g);
}

/* Each element carries the number of its name: the first and last
 * names of the table, h2 to h6 in a row, one with a shared prefix
 * ("header" beside "head"), and an unknown name (DOM_TAG_OTHER); a
 * text node has none, and an attribute named like a tag is no tag. */
static void test_tag_numbers(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<body><a p=1>x</a><h2></h2><h6></h6>"
	    "<header></header><video></video><my-box></my-box><section>");
	dom_node *body = dom_child(root, "body"), *c = body ? body->first : NULL;
	static const uint8_t want[] = {DOM_TAG_A, DOM_TAG_H2, DOM_TAG_H6,
	    DOM_TAG_HEADER, DOM_TAG_VIDEO, DOM_TAG_OTHER, DOM_TAG_SECTION};
	CHECK_INT(root ? root->tag : -1, DOM_TAG_HTML);
	CHECK_INT(body ? body->tag : -1, DOM_TAG_BODY);
	for (size_t i = 0; i < sizeof want / sizeof *want; i++, c = c->next) {
		CHECK(c != NULL);
		if (!c)
			break;
		CHECK_INT(c->tag, want[i]);
	}
	c = body ? body->first : NULL;
	CHECK_INT(c && c->first ? c->first->tag : -1, DOM_TAG_OTHER);
	CHECK(DOM_TAG_H6 - DOM_TAG_H2 == 4);  /* html.c tests the range */
	arena_free(a);
}

/* The first child element of n, or NULL. */
static dom_node *first_element(const dom_node *n)
{
	for (dom_node *c = n ? n->first : NULL; c; c = c->next)
		if (c->type == DOM_ELEMENT)
			return c;
	return NULL;
}

/* A block's end tag closes the elements left open inside it when its
 * element is in scope (HTML5), where libxml2 alone would drop the end
 * tag behind an open <div> and keep the rest of the page inside: here
 * the story and its date would sit in the header's menu list. */
static void test_end_tag_closes_open(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<body><header><nav><ul><li><div>Menu"
	    "</ul></nav><div>Mar 27</header><main><p>Story</p></main>");
	dom_node *body = dom_child(root, "body");
	dom_node *header = dom_child(body, "header");
	dom_node *main = dom_child(body, "main");
	dom_node *nav = dom_child(header, "nav");
	CHECK(main != NULL && main->parent == body);
	CHECK_STR(text_child(dom_child(main, "p"), 0), "Story");
	CHECK_INT(body ? (long)body->elements : -1, 2);
	CHECK_INT(header ? (long)header->elements : -1, 2);  /* nav, div */
	CHECK_STR(text_child(dom_child(header, "div"), 0), "Mar 27");
	CHECK_INT(nav ? (long)nav->elements : -1, 1);
	CHECK_STR(text_child(first_element(dom_child(dom_child(nav, "ul"),
	    "li")), 0), "Menu");
	/* an end tag closes the nearest element of its name */
	root = parse(a, "<body><section><section><div>a</section>b"
	    "</section>c");
	body = dom_child(root, "body");
	dom_node *outer = dom_child(body, "section");
	dom_node *inner = dom_child(outer, "section");
	CHECK_STR(text_child(body, 0), "c");
	CHECK_STR(text_child(outer, 0), "b");
	CHECK_STR(text_child(dom_child(inner, "div"), 0), "a");
	CHECK_INT(check_links(root), 5);  /* html body section section div */
	arena_free(a);
}

/* ...but not across a scope's bounds: a table cell, a list for an
 * item's end tag, a button for a paragraph's; and where libxml2 closes
 * the elements itself (a <b> inside a <div>), nothing closes twice. */
static void test_end_tag_scope(void)
{
	arena *a = arena_new(0);
	dom_node *root = parse(a, "<body><ul><li><table><tr><td><div>x"
	    "</ul>y");
	dom_node *div = NULL;
	for (const dom_node *x = root; x; x = dom_next(x, root, 1))
		if (x->type == DOM_ELEMENT && x->tag == DOM_TAG_DIV)
			div = (dom_node *)x;
	CHECK_STR(text_child(div, 0), "xy");  /* </ul> was dropped */
	root = parse(a, "<body><li><ul><div>x</li>y");
	div = dom_child(dom_child(dom_child(dom_child(root, "body"), "li"),
	    "ul"), "div");
	CHECK_STR(text_child(div, 0), "xy");
	root = parse(a, "<body><p><button><div>x</p>y");
	div = dom_child(dom_child(dom_child(dom_child(root, "body"), "p"),
	    "button"), "div");
	CHECK_STR(text_child(div, 0), "xy");
	root = parse(a, "<body><div><b>bold</div>after<div>next</div>");
	dom_node *body = dom_child(root, "body");
	CHECK_STR(text_child(dom_child(dom_child(body, "div"), "b"), 0),
	    "bold");
	CHECK_STR(text_child(body, 0), "after");
	CHECK_INT(body ? (long)body->elements : -1, 2);
	arena_free(a);
}

/* Names of the element children of n, space-separated, into out. */
static const char *child_names(const dom_node *n, char *out, size_t cap)
{
	size_t k = 0;
	out[0] = '\0';
	for (const dom_node *c = n ? n->first : NULL; c; c = c->next)
		if (c->type == DOM_ELEMENT && k + strlen(c->name) + 2 < cap)
			k += (size_t)snprintf(out + k, cap - k, "%s%s",
			    k ? " " : "", c->name);
	return out;
}

static void test_self_closed_script(void)
{
	arena *a = arena_new(0);
	char names[128];
	/* HTML5 ignores the slash: the code up to </script> is the
	 * script's, its "<b" and "<p>" no elements, and none of it text */
	dom_node *body = dom_child(parse(a, "<body><p>one</p>"
	    "<script type=\"text/javascript\"/>\nif (a<b && c>d) "
	    "go(\"<p>x</p>\");\n</script><p>two</p>"), "body");
	CHECK_STR(child_names(body, names, sizeof names), "p script p");
	CHECK(text_child(body, 0) == NULL);
	CHECK(body && body->first && body->first->next &&
	    !body->first->next->first);
	/* the same for <style/> */
	body = dom_child(parse(a, "<body><style/>p{color:red}</style>"
	    "<p>two</p>"), "body");
	CHECK_STR(child_names(body, names, sizeof names), "style p");
	CHECK(text_child(body, 0) == NULL);
	/* an XHTML page's empty script: the next </script> is another
	 * script's, so the paragraph between stays */
	body = dom_child(parse(a, "<body><script src=\"a.js\"/><p>kept</p>"
	    "<script>var y;</script><p>after</p>"), "body");
	CHECK_STR(child_names(body, names, sizeof names),
	    "script p script p");
	CHECK_STR(text_child(dom_child(body, "p"), 0), "kept");
	/* no </script> at all, and inside SVG: the slash closes */
	body = dom_child(parse(a, "<body><script/><p>kept</p>"), "body");
	CHECK_STR(child_names(body, names, sizeof names), "script p");
	body = dom_child(parse(a, "<body><svg><script/><text>label</text>"
	    "</svg><p>p</p><script>v</script>"), "body");
	CHECK_STR(child_names(dom_child(body, "svg"), names, sizeof names),
	    "script text");
	arena_free(a);
}

static const test_case tests[] = {
	{"implied_structure", test_implied_structure},
	{"attributes", test_attributes},
	{"script_text", test_script_text},
	{"text_nodes", test_text_nodes},
	{"utf8_kept", test_utf8_kept},
	{"limits", test_limits},
	{"walk_and_edit", test_walk_and_edit},
	{"real_pages", test_real_pages},
	{"tag_numbers", test_tag_numbers},
	{"end_tag_closes_open", test_end_tag_closes_open},
	{"end_tag_scope", test_end_tag_scope},
	{"self_closed_script", test_self_closed_script},
};

HARNESS_MAIN(tests)
