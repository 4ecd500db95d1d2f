/* dom.c - the compact page tree, built from libxml2's SAX events.
 *
 * The builder keeps the open element and the text pending under it;
 * text is copied into the arena when the next tag arrives, so adjacent
 * character events make one node. Tag and attribute names come from
 * the parser's dictionary (or its constants), one pointer per distinct
 * name: a small cache keyed by that pointer copies each name once.
 * The parser is told the page is UTF-8 and to ignore what the page says
 * about its encoding (charset.c has already converted it).
 *
 * One place where the tree follows HTML5 rather than libxml2: an end tag
 * of a block (</header>, </nav>, </ul>, </li>, ...) with an element the
 * page left open inside it. libxml2 2.9 lets an end tag close only
 * elements of lower "priority" than itself (a <div> outranks every
 * block but the table parts), so `<header><div>menu</header><p>story`
 * leaves the header open and the whole story inside it; a browser closes
 * the <div> and the header (the end tag's element "in scope"). libxml2
 * reports such an end tag, just before it would drop it, as a tag
 * mismatch error; the error handler then closes the open elements above
 * it, in this tree and on the parser's own stack of names, and the
 * parser ends the element itself as for a well-formed page. The walk
 * down the stack is no longer than libxml2's own walk for the same tag.
 *
 * And one more: `<script src=x.js/>`. HTML5 ignores the slash of a
 * self-closing start tag outside SVG and MathML, so what follows, up to
 * `</script>`, is the script's text; libxml2 ends the element at the
 * slash and the code after it reads as page text ("scripts that look
 * like text"). The builder steps the parser over the slash, as the
 * parser steps over any character it takes, when a `</script>` follows
 * with no other `<script` before it (an XHTML page's empty script is
 * followed by the next script's own start tag, and stays empty).
 */
#include "dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <string.h>
#include <strings.h>

#define NAME_CACHE 256

typedef struct builder {
	arena *a;
	htmlParserCtxtPtr ctxt;
	dom_node *root, *cur;   /* cur: the open element, NULL before root */
	buf text;               /* text pending under cur */
	size_t elements, max_elements;
	int mute;               /* inside <style> or a script that is not
	                           JSON-LD: its text is dropped */
	concord_status st;
	const char *page;       /* the bytes parsed, and how many */
	size_t page_len;
	/* the last answers of find_tag, one per pattern of raw_patterns */
	struct { size_t from, at; } found[4];
	struct {
		const void *key;
		const char *copy;
		uint8_t tag;
		uint8_t scope;  /* scope_class of the name, 0 until asked */
	} names[NAME_CACHE];
} builder;

static void fail(builder *b, concord_status st)
{
	if (!b->st)
		b->st = st;
	xmlStopParser(b->ctxt);
}

/* The names of enum dom_tag, at their numbers (sorted, strcmp order). */
static const char *const tag_names[DOM_TAG_COUNT] = {
	NULL, "a", "abbr", "address", "article", "aside", "audio", "b",
	"blockquote", "body", "br", "button", "canvas", "center", "cite",
	"dd", "details", "dialog", "div", "dl", "dt", "em", "embed",
	"fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
	"h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i",
	"iframe", "input", "label", "li", "link", "main", "map", "mark",
	"math", "menu", "meta", "nav", "noscript", "object", "ol",
	"option", "p", "picture", "pre", "q", "rp", "rt", "script",
	"section", "select", "small", "span", "strong", "style", "sub",
	"summary", "sup", "svg", "table", "tbody", "td", "template",
	"textarea", "th", "thead", "time", "title", "tr", "u", "ul",
	"video",
};

/* Binary search of tag_names past DOM_TAG_OTHER. */
static uint8_t tag_number(const char *name)
{
	size_t lo = 1, hi = DOM_TAG_COUNT;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(name, tag_names[mid]);
		if (!c)
			return (uint8_t)mid;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return DOM_TAG_OTHER;
}

/* The arena copy of name, and in *tag its enum dom_tag (looked up with
 * the copy, so once per distinct name but for cache collisions). */
static const char *intern(builder *b, const xmlChar *name, uint8_t *tag)
{
	size_t h = ((uintptr_t)name >> 3) % NAME_CACHE;
	if (b->names[h].key != name) {
		const char *c = arena_strdup(b->a, (const char *)name);
		if (!c)
			return NULL;
		b->names[h].key = name;
		b->names[h].copy = c;
		b->names[h].tag = tag_number(c);
		b->names[h].scope = 0;
	}
	*tag = b->names[h].tag;
	return b->names[h].copy;
}

/* Turns the pending text into a text node under the open element. */
static void flush_text(builder *b)
{
	dom_node *n;
	if (!b->text.len)
		return;
	if (b->cur && b->text.len <= UINT32_MAX) {
		if (!(n = arena_calloc(b->a, 1, sizeof *n)) ||
		    !(n->text = arena_strndup(b->a, b->text.data, b->text.len))) {
			fail(b, CONCORD_ENOMEM);
			return;
		}
		n->type = DOM_TEXT;
		n->len = (uint32_t)b->text.len;
		dom_append(b->cur, n);
	}
	b->text.len = 0;
}

/* The name, value pairs of atts copied into the arena. */
static const char *const *copy_attrs(builder *b, const xmlChar **atts)
{
	static const char *const none[] = {NULL};
	size_t k = 0;
	const char **out;
	if (!atts || !atts[0])
		return none;
	while (atts[k])
		k += 2;
	if (!(out = arena_alloc(b->a, (k + 1) * sizeof *out)))
		return NULL;
	for (size_t i = 0; i < k; i += 2) {
		uint8_t tag;  /* an attribute's name is no tag */
		out[i] = intern(b, atts[i], &tag);
		out[i + 1] = atts[i + 1] ?
		    arena_strdup(b->a, (const char *)atts[i + 1]) : "";
		if (!out[i] || !out[i + 1])
			return NULL;
	}
	out[k] = NULL;
	return out;
}

static int is_json_ld(const dom_node *n)
{
	const char *t = dom_attr(n, "type");
	for (; t && *t; t++)
		if (!strncasecmp(t, "ld+json", 7))
			return 1;
	return 0;
}

/* ---- a self-closed <script/> or <style/> (HTML5: the slash ignored) - */

/* "<script", "</script", "<style", "</style": at 2 * style + close. */
static const char *const raw_patterns[4] = {
	"<script", "</script", "<style", "</style",
};

/* The offset of the first occurrence of raw_patterns[i], case folded,
 * at or after q in the page, or page_len when there is none. The last
 * answer is kept: it stands for every q up to it, and the parser asks
 * in page order, so each byte is looked at about once per pattern. */
static size_t find_tag(builder *b, size_t q, int i)
{
	const char *pat = raw_patterns[i], *s = b->page;
	size_t k = strlen(pat), n = b->page_len, at = n;
	if (q >= b->found[i].from && q <= b->found[i].at)
		return b->found[i].at;
	b->found[i].from = q;
	for (const char *p; q + k <= n &&
	    (p = memchr(s + q, '<', n - k + 1 - q)); q = (size_t)(p - s) + 1)
		if (!strncasecmp(p, pat, k)) {
			at = (size_t)(p - s);
			break;
		}
	b->found[i].at = at;
	return at;
}

/* Called with n, a <script> or <style> element the parser has just
 * opened: when its start tag ends in "/>", outside SVG and MathML, and
 * the page closes such an element later with no other one opening
 * first, the parser is moved past the slash (its own SKIP(1)), so it
 * reads "<script/>" as "<script>" and the code after it as the
 * element's raw text, as a browser does. */
static void open_raw_self_closed(builder *b, const dom_node *n)
{
	xmlParserInputPtr in = b->ctxt->input;
	size_t off, at;
	int i = n->tag == DOM_TAG_STYLE ? 2 : 0;
	if (!in || !in->cur || !in->base || in->cur + 1 >= in->end ||
	    in->cur[0] != '/' || in->cur[1] != '>')
		return;
	off = (size_t)in->consumed + (size_t)(in->cur - in->base);
	if (off + 2 > b->page_len || memcmp(b->page + off, "/>", 2))
		return;  /* not where the page has it: leave it be */
	for (const dom_node *p = n->parent; p; p = p->parent)
		if (p->tag == DOM_TAG_SVG || p->tag == DOM_TAG_MATH)
			return;
	if ((at = find_tag(b, off + 2, i + 1)) == b->page_len ||
	    find_tag(b, off + 2, i) < at)
		return;
	in->cur++;
	in->col++;
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	builder *b = ctx;
	dom_node *n;
	flush_text(b);
	if (b->st)
		return;
	if (++b->elements > b->max_elements) {
		fail(b, CONCORD_ELIMIT);
		return;
	}
	if (!(n = arena_calloc(b->a, 1, sizeof *n)) ||
	    !(n->name = intern(b, name, &n->tag)) ||
	    !(n->attrs = copy_attrs(b, atts))) {
		fail(b, CONCORD_ENOMEM);
		return;
	}
	n->type = DOM_ELEMENT;
	if (b->cur)
		dom_append(b->cur, n);
	else if (b->root)  /* after the root closed: keep it inside */
		dom_append(b->root, n);
	else
		b->root = n;
	b->cur = n;
	b->mute = n->tag == DOM_TAG_STYLE ||
	    (n->tag == DOM_TAG_SCRIPT && !is_json_ld(n));
	if (n->tag == DOM_TAG_STYLE || n->tag == DOM_TAG_SCRIPT)
		open_raw_self_closed(b, n);
}

static void on_end(void *ctx, const xmlChar *name)
{
	builder *b = ctx;
	(void)name;  /* the parser ends elements in the order it opened them */
	flush_text(b);
	if (b->cur)
		b->cur = b->cur->parent;
	b->mute = 0;
}

/* ---- end tags closing what was left open (HTML5's "in scope") ------- */

/* What an open element is to an end tag, one byte per distinct name
 * (kept lazily in the name cache): the rank libxml2 2.9 gives it, in
 * tens (an end tag closes open elements above its own only when none of
 * them outranks it: HTMLparser.c, htmlEndPriority), and whether it is
 * one of HTML5's scope markers (tables and cells, objects, templates,
 * the HTML islands in SVG), past which an end tag does not look. Never
 * 0, which marks "not yet computed". */
#define SCOPE_MARKER 0x80

static uint8_t scope_class(const char *name)
{
	static const struct { const char *name; uint8_t rank; } ranks[] = {
		{"div", 15}, {"td", 16}, {"th", 16}, {"tr", 17},
		{"thead", 18}, {"tbody", 18}, {"tfoot", 18},
		{"table", 19}, {"head", 20}, {"body", 20}, {"html", 22},
	};
	static const char *const markers[] = {
		"applet", "caption", "html", "marquee", "object", "table",
		"td", "template", "th", "foreignobject", "desc", "title",
	};
	uint8_t k = 10;
	for (size_t i = 0; i < sizeof ranks / sizeof ranks[0]; i++)
		if (!strcmp(name, ranks[i].name))
			k = ranks[i].rank;
	for (size_t i = 0; i < sizeof markers / sizeof markers[0]; i++)
		if (!strcmp(name, markers[i]))
			k |= SCOPE_MARKER;
	return k;
}

/* The scope class of the open element n, whose name the parser's stack
 * holds as open (a pointer of its dictionary, the name cache's key), or
 * 0 when the two names differ: the tree and the parser out of step. */
static uint8_t open_class(builder *b, const xmlChar *open,
    const dom_node *n)
{
	size_t h = ((uintptr_t)open >> 3) % NAME_CACHE;
	if (b->names[h].key != open || b->names[h].copy != n->name)
		return strcmp((const char *)open, n->name) ? 0 :
		    scope_class(n->name);  /* evicted from the cache */
	if (!b->names[h].scope)
		b->names[h].scope = scope_class(n->name);
	return b->names[h].scope;
}

/* Whether HTML5 closes what is open above an element of this tag when
 * its end tag comes and it is in scope: the blocks, list items,
 * paragraphs and headings. Not the formatting elements (HTML5 moves
 * those with its adoption agency) nor <form> (whose end tag closes
 * nothing above it), nor the table parts (libxml2 already closes them
 * like a browser does). */
static int closes_in_scope(uint8_t tag)
{
	switch (tag) {
	case DOM_TAG_ADDRESS: case DOM_TAG_ARTICLE: case DOM_TAG_ASIDE:
	case DOM_TAG_BLOCKQUOTE: case DOM_TAG_BUTTON: case DOM_TAG_CENTER:
	case DOM_TAG_DD: case DOM_TAG_DETAILS: case DOM_TAG_DIALOG:
	case DOM_TAG_DIV: case DOM_TAG_DL: case DOM_TAG_DT:
	case DOM_TAG_FIELDSET: case DOM_TAG_FIGCAPTION: case DOM_TAG_FIGURE:
	case DOM_TAG_FOOTER: case DOM_TAG_H1: case DOM_TAG_H2:
	case DOM_TAG_H3: case DOM_TAG_H4: case DOM_TAG_H5: case DOM_TAG_H6:
	case DOM_TAG_HEADER: case DOM_TAG_LI: case DOM_TAG_MAIN:
	case DOM_TAG_MENU: case DOM_TAG_NAV: case DOM_TAG_OL: case DOM_TAG_P:
	case DOM_TAG_PRE: case DOM_TAG_SECTION: case DOM_TAG_SUMMARY:
	case DOM_TAG_UL:
		return 1;
	default:
		return 0;
	}
}

/* How many open elements the end tag of name should close above its
 * element, or 0 when it closes none: the element is not in scope (a
 * marker, a list for an item's end tag, a button for a paragraph's,
 * comes first), or libxml2 closes them itself (none outranks the tag:
 * the mismatch was reported from its own closing loop), or the tree and
 * the parser disagree on what is open. The walk stops where libxml2's
 * own search for the name stopped; each step compares numbers. */
static int count_to_close(builder *b, const char *name)
{
	const htmlParserCtxtPtr c = b->ctxt;
	uint8_t tag = tag_number(name), k;
	int rank, outranked = 0;
	const dom_node *n = b->cur;
	if (!closes_in_scope(tag))
		return 0;
	rank = scope_class(name) & ~SCOPE_MARKER;
	for (int i = c->nameNr - 1; i >= 0 && n; i--, n = n->parent) {
		if (!c->nameTab[i] || !(k = open_class(b, c->nameTab[i], n)))
			return 0;  /* out of step: leave the parser's shape */
		if (n->tag == tag)
			return outranked ? c->nameNr - 1 - i : 0;
		if ((k & SCOPE_MARKER) ||
		    (tag == DOM_TAG_LI && (n->tag == DOM_TAG_UL ||
		    n->tag == DOM_TAG_OL)) ||
		    (tag == DOM_TAG_P && n->tag == DOM_TAG_BUTTON))
			return 0;
		outranked |= (k & ~SCOPE_MARKER) > rank;
	}
	return 0;
}

/* libxml2 reports "Opening and ending tag mismatch: name and open"
 * before it drops an end tag whose element an outranking one keeps
 * open. Closing those elements here, in the tree and on the parser's
 * stack of names (its pop: the top's slot cleared, the name below made
 * current), leaves the element itself on top, and the parser ends it. */
static void on_error(void *ctx, xmlErrorPtr e)
{
	builder *b = ctx;
	htmlParserCtxtPtr c = b->ctxt;
	int k;
	if (b->st || !e || e->code != XML_ERR_TAG_NAME_MISMATCH ||
	    !e->str1 || !e->str2 || !b->cur)
		return;
	if ((k = count_to_close(b, e->str1)) <= 0)
		return;
	flush_text(b);
	for (; k > 0; k--) {
		b->cur = b->cur->parent;
		c->nameTab[--c->nameNr] = NULL;
		c->name = c->nameTab[c->nameNr - 1];
	}
	b->mute = 0;
}

/* A comment leaves no node but ends the text before it: pages put
 * "by:<!-- -->Jane Doe<!-- -->, <!-- -->Dec 17, 2025" in one box and
 * the parts read apart. */
static void on_comment(void *ctx, const xmlChar *s)
{
	(void)s;
	flush_text(ctx);
}

static void on_text(void *ctx, const xmlChar *s, int len)
{
	builder *b = ctx;
	if (b->mute || b->st || len <= 0)
		return;
	if (buf_append(&b->text, (const char *)s, (size_t)len))
		fail(b, CONCORD_ENOMEM);
}

static pthread_once_t init_once = PTHREAD_ONCE_INIT;

static void init_parser(void)
{
	xmlInitParser();
}

void dom_init(void)
{
	pthread_once(&init_once, init_parser);
}

concord_status dom_parse(arena *a, const char *s, size_t len,
    size_t max_elements, dom_node **root)
{
	builder bb = {0}, *b = &bb;
	htmlParserCtxtPtr c;
	*root = NULL;
	if (len > INT32_MAX)
		return CONCORD_ELIMIT;
	if (!len)
		return CONCORD_OK;  /* libxml2 makes no context for nothing */
	dom_init();
	if (!(c = htmlCreateMemoryParserCtxt(s, (int)len)))
		return CONCORD_ENOMEM;
	b->a = a;
	b->ctxt = c;
	b->page = s;
	b->page_len = len;
	for (size_t i = 0; i < sizeof b->found / sizeof b->found[0]; i++)
		b->found[i].from = 1;  /* from > at: nothing known yet */
	b->max_elements = max_elements;
	b->text.max = len + 1;
	memset(c->sax, 0, sizeof *c->sax);
	c->sax->startElement = on_start;
	c->sax->endElement = on_end;
	c->sax->characters = on_text;
	c->sax->cdataBlock = on_text;  /* the raw text of script and style */
	c->sax->comment = on_comment;
	/* errors reach on_error only when the handler says it is SAX2's */
	c->sax->initialized = XML_SAX2_MAGIC;
	c->sax->serror = on_error;
	/* ignorableWhitespace stays NULL: the blanks libxml2's own tree
	 * drops (under html and head, at the end) are dropped here too */
	c->userData = b;
	htmlCtxtUseOptions(c, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
	    HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC |
	    XML_PARSE_HUGE);
	/* UTF-8 as it is: no conversion pass (the HTML parser would take a
	 * page that does not say its encoding for Latin-1) */
	xmlSwitchEncoding(c, XML_CHAR_ENCODING_UTF8);
	htmlParseDocument(c);
	flush_text(b);
	concord_status st = b->st;
	if (!st)
		*root = b->root;
	buf_free(&b->text);
	htmlFreeParserCtxt(c);
	return st;
}

const char *dom_attr(const dom_node *n, const char *name)
{
	if (!n || n->type != DOM_ELEMENT)
		return NULL;
	for (const char *const *p = n->attrs; *p; p += 2)
		if (p[0][0] == name[0] && !strcmp(p[0], name))
			return p[1];
	return NULL;
}

dom_node *dom_child(const dom_node *n, const char *name)
{
	for (dom_node *c = n ? n->first : NULL; c; c = c->next)
		if (c->type == DOM_ELEMENT && !strcmp(c->name, name))
			return c;
	return NULL;
}

const dom_node *dom_next(const dom_node *n, const dom_node *root,
    int descend)
{
	if (descend && n->first)
		return n->first;
	while (n != root && !n->next)
		n = n->parent;
	return n == root ? NULL : n->next;
}

void dom_unlink(dom_node *n)
{
	dom_node *p = n->parent;
	if (!p)
		return;
	if (n->prev)
		n->prev->next = n->next;
	else
		p->first = n->next;
	if (n->next)
		n->next->prev = n->prev;
	else
		p->last = n->prev;
	if (n->type == DOM_ELEMENT)
		p->elements--;
	n->parent = n->prev = n->next = NULL;
}

void dom_append(dom_node *parent, dom_node *n)
{
	n->parent = parent;
	n->prev = parent->last;
	n->next = NULL;
	if (parent->last)
		parent->last->next = n;
	else
		parent->first = n;
	parent->last = n;
	if (n->type == DOM_ELEMENT)
		parent->elements++;
}

void dom_insert_after(dom_node *at, dom_node *n)
{
	dom_node *p = at->parent;
	n->parent = p;
	n->prev = at;
	n->next = at->next;
	if (at->next)
		at->next->prev = n;
	else
		p->last = n;
	at->next = n;
	if (n->type == DOM_ELEMENT)
		p->elements++;
}
