/* dom.h - a compact, read-only tree of an HTML page, built in an arena
 * from the events of libxml2's HTML parser (SAX). libxml2's own tree
 * costs one malloc per node, attribute and string and one free each
 * after; this one is a few arena bumps per element and dies with the
 * arena. The parser's HTML 4 rules (implied html/body/p, auto-closing)
 * shape the tree as they shape libxml2's, but for one HTML5 rule
 * browsers follow: a block's end tag closes what the page left open
 * inside the block (libxml2 drops the end tag behind an open <div>, and
 * keeps the rest of the page inside the block). Private. */
#ifndef CONCORD_DOM_H
#define CONCORD_DOM_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "concord/base.h"

enum { DOM_ELEMENT = 1, DOM_TEXT = 3 };

/* The tag names the readers (html.c, meta.c) test, as small numbers
 * found once per distinct name at parse time: a test is then an integer
 * compare instead of a strcmp per node. In strcmp order of the names;
 * DOM_TAG_OTHER for every name not listed. */
enum dom_tag {
	DOM_TAG_OTHER, DOM_TAG_A, DOM_TAG_ABBR, DOM_TAG_ADDRESS,
	DOM_TAG_ARTICLE, DOM_TAG_ASIDE, DOM_TAG_AUDIO, DOM_TAG_B,
	DOM_TAG_BLOCKQUOTE, DOM_TAG_BODY, DOM_TAG_BR, DOM_TAG_BUTTON,
	DOM_TAG_CANVAS, DOM_TAG_CENTER, DOM_TAG_CITE, DOM_TAG_DD,
	DOM_TAG_DETAILS, DOM_TAG_DIALOG, DOM_TAG_DIV, DOM_TAG_DL,
	DOM_TAG_DT, DOM_TAG_EM, DOM_TAG_EMBED, DOM_TAG_FIELDSET,
	DOM_TAG_FIGCAPTION, DOM_TAG_FIGURE, DOM_TAG_FOOTER, DOM_TAG_FORM,
	DOM_TAG_H1, DOM_TAG_H2, DOM_TAG_H3, DOM_TAG_H4, DOM_TAG_H5,
	DOM_TAG_H6, DOM_TAG_HEAD, DOM_TAG_HEADER, DOM_TAG_HR, DOM_TAG_HTML,
	DOM_TAG_I, DOM_TAG_IFRAME, DOM_TAG_INPUT, DOM_TAG_LABEL,
	DOM_TAG_LI, DOM_TAG_LINK, DOM_TAG_MAIN, DOM_TAG_MAP, DOM_TAG_MARK,
	DOM_TAG_MATH, DOM_TAG_MENU, DOM_TAG_META, DOM_TAG_NAV,
	DOM_TAG_NOSCRIPT, DOM_TAG_OBJECT, DOM_TAG_OL, DOM_TAG_OPTION,
	DOM_TAG_P, DOM_TAG_PICTURE, DOM_TAG_PRE, DOM_TAG_Q, DOM_TAG_RP,
	DOM_TAG_RT, DOM_TAG_SCRIPT, DOM_TAG_SECTION, DOM_TAG_SELECT,
	DOM_TAG_SMALL, DOM_TAG_SPAN, DOM_TAG_STRONG, DOM_TAG_STYLE,
	DOM_TAG_SUB, DOM_TAG_SUMMARY, DOM_TAG_SUP, DOM_TAG_SVG,
	DOM_TAG_TABLE, DOM_TAG_TBODY, DOM_TAG_TD, DOM_TAG_TEMPLATE,
	DOM_TAG_TEXTAREA, DOM_TAG_TH, DOM_TAG_THEAD, DOM_TAG_TIME,
	DOM_TAG_TITLE, DOM_TAG_TR, DOM_TAG_U, DOM_TAG_UL, DOM_TAG_VIDEO,
	DOM_TAG_COUNT
};

typedef struct dom_node dom_node;
struct dom_node {
	dom_node *parent, *first, *last, *prev, *next;
	const char *name;    /* element: tag name, lower case; text: NULL */
	const char *text;    /* text: content, entities decoded, NUL-ended */
	/* element: attribute name, value pairs (names lower case, a bare
	 * attribute's value ""), then NULL; never NULL itself */
	const char *const *attrs;
	void *priv;          /* free for the caller (starts NULL) */
	uint32_t len;        /* text: bytes of text */
	uint32_t elements;   /* element: child elements */
	uint8_t type;        /* DOM_ELEMENT or DOM_TEXT */
	uint8_t tag;         /* element: enum dom_tag of name; text: 0 */
};

/* Parses the UTF-8 page s[0..len) (no NUL byte inside: libxml2 stops at
 * one) into a; *root gets the <html> element, or NULL for a page without
 * any element. Comments and processing instructions are dropped, and so
 * is the text of <style> and of every <script> but JSON-LD ones (type
 * holding "ld+json"), which keep theirs as one text child. Adjacent text
 * is one node (a comment between two texts leaves two nodes). Start tags past max_elements give CONCORD_ELIMIT (the
 * whole page is refused); CONCORD_ENOMEM when a runs out. */
concord_status dom_parse(arena *a, const char *s, size_t len,
    size_t max_elements, dom_node **root);

/* Initializes libxml2's parser once per process; safe from any thread.
 * dom_parse calls it; threads that parse must be started after it. */
void dom_init(void);

/* The node after n in document order, within root's subtree: n's first
 * child when descend is set and n has one, else the first next sibling
 * of n or of one of its ancestors below root; NULL after the last. A walk
 * without recursion: for (x = root; x; x = dom_next(x, root, 1)). */
const dom_node *dom_next(const dom_node *n, const dom_node *root,
    int descend);

/* Editing the tree (pages whose parts the parser misplaced): n leaves
 * its parent; n becomes the last child of parent; n comes right after
 * at, under at's parent. The counts of child elements follow. */
void dom_unlink(dom_node *n);
void dom_append(dom_node *parent, dom_node *n);
void dom_insert_after(dom_node *at, dom_node *n);

/* Value of attribute name (lower case) of element n, or NULL. */
const char *dom_attr(const dom_node *n, const char *name);

/* The first child element of n named name, or NULL. */
dom_node *dom_child(const dom_node *n, const char *name);

#endif
