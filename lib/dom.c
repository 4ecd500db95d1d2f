/* dom.c - the compact page tree, built from libxml2's SAX events.
 *
 * The builder keeps the open element and the text pending under it;
 * text is copied into the arena when the next tag arrives, so adjacent
 * character events make one node. Tag and attribute names come from
 * the parser's dictionary (or its constants), one pointer per distinct
 * name: a small cache keyed by that pointer copies each name once.
 * The parser is told the page is UTF-8 and to ignore what the page says
 * about its encoding (charset.c has already converted it).
 */
#include "dom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
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
	struct {
		const void *key;
		const char *copy;
		uint8_t tag;
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
	b->max_elements = max_elements;
	b->text.max = len + 1;
	memset(c->sax, 0, sizeof *c->sax);
	c->sax->startElement = on_start;
	c->sax->endElement = on_end;
	c->sax->characters = on_text;
	c->sax->cdataBlock = on_text;  /* the raw text of script and style */
	c->sax->comment = on_comment;
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
