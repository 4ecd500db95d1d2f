/* html.c - the main text of an HTML page.
 *
 * A readability-style extractor over the page tree of dom.c (libxml2's
 * HTML parser, its events built into an arena):
 * 1. one iterative walk (no recursion, depth-capped) that drops furniture
 *    elements (script, nav, aside, ruby readings, hidden nodes, elements
 *    whose class/id name comments, sharing, ads...; not a figure holding
 *    a table, an aside of prose inside an <article>, a <header> holding
 *    a part's heading, a hidden accordion panel or tab, a box named by a
 *    layout word that holds a third of the page, nor a <noscript> the
 *    parser left open around the page) and sums, per element, its visible
 *    text, the part inside links, commas, and the text of its prose
 *    paragraphs;
 * 2. every paragraph-like element with enough text (and every block's
 *    loose text beside its child blocks) scores its parent, grandparent
 *    and great-grandparent; a candidate's score is then discounted by its
 *    link density;
 * 3. the best candidate moves up when several strong candidates share an
 *    ancestor, when its parent scores higher (Readability's climb), and
 *    while the parent adds prose without adding links (articles cut into
 *    one box per section);
 * 4. it (or, when it is alone in its parent, the parent) is written out
 *    with those siblings that score well or read like prose (before it,
 *    a box wrapping one link-free paragraph; a box of questions and
 *    answers after it too, and the other parts of a body cut into boxes
 *    of one class): one paragraph per block element, inline text
 *    joined, white space collapsed, link lists (not one that a line of
 *    the article ending in ':' leads in; nor, with them, the heading and
 *    prose of a part whose links all sit in lists; a paragraph that is
 *    a column of teaser links is one), banners of one line and a
 *    button, furniture lines, calls to action and disclosures left out,
 *    nothing after a "You may also like" heading (or a plain line
 *    saying only that; "Ähnliche Beiträge", "Notas relacionadas" and the
 *    like in the major European languages, matched case-folded in every
 *    script) or a "More from <site>" heading, and no author box nor the
 *    site's pitch (newsletter, follow, trial, donation) at the end; the
 *    headline line, with the short labels above it, is the title's.
 * When that yields little text, every prose-like <p> of the page is taken
 * instead; when still little, the passes run again ignoring class names
 * and structural furniture tags (libxml2 follows HTML 4 nesting rules and
 * sometimes puts a whole page inside an unclosed <header> or <button>).
 * Before the walk, the segments a React server render streams in hidden
 * boxes at the end are put back where their templates stand, and what
 * the parser put after the body (a stray "</html>" mid-page) joins it.
 * The walk puts right text the page carries double-encoded ("donâ€™t",
 * mojibake.h).
 * The tree and the per-element facts (hung on priv) share one scratch
 * arena.
 * Before libxml2 parses the page, a linear pre-scan refuses pages of more
 * than two million elements, flattens nesting past 200 open elements and
 * turns NUL bytes into spaces (see bound_page), so that libxml2 can run
 * without its depth and text-node limits (XML_PARSE_HUGE).
 */
#include "html.h"

#include <string.h>
#include <strings.h>

#include "dom.h"
#include "meta.h"
#include "mojibake.h"
#include "plaintext.h"
#include "util.h"

#define MIN_PARA_TEXT 25
#define MIN_GOOD_TEXT 250
#define MAX_FURNITURE 400
#define MIN_OWN_PROSE 200
#define MIN_LEAD_PROSE 300

enum tag {
	T_OTHER, T_P, T_DIV, T_A, T_BR, T_H, T_LI, T_LIST, T_TABLE, T_TR,
	T_TD, T_PRE, T_QUOTE, T_ARTICLE, T_MAIN, T_SECTION, T_BLOCK, T_DROP,
	T_BODY, T_SPAN, T_FORMISH, T_SOFTDROP
};

enum {
	F_SKIP = 1 << 0,       /* furniture: neither scored nor written */
	F_BLOCK_CHILD = 1 << 1,/* has a block-level child element */
	F_CANDIDATE = 1 << 2,  /* got a score from a paragraph below it */
	F_KEEP = 1 << 3,       /* chosen for output */
	F_PARA = 1 << 4,       /* paragraph-like: scores its ancestors */
	F_OWN = 1 << 5,        /* holds loose text beside its blocks: that
	                          text is a paragraph of which it is the
	                          parent (Readability wraps it in <p>) */
	F_RANKED = 1 << 6,     /* link density applied, ranked once */
	F_LEDE = 1 << 7        /* a link list a line ending in ':' leads */
};

typedef struct ninfo {
	float score;
	uint32_t text;   /* bytes of visible text, white space collapsed */
	uint32_t links;  /* of which inside <a> */
	uint32_t commas;
	uint32_t own, own_commas; /* text not inside a block child */
	uint32_t prose;  /* text of prose paragraphs below (few links) */
	uint32_t paras;  /* <p> elements below */
	uint32_t list_text, list_links; /* in link lists below (outermost) */
	int16_t weight;  /* from class and id */
	uint8_t tag, flags;
} ninfo;

typedef struct walker {
	arena *scratch;
	size_t max_depth;
	dom_node **paras;   /* paragraph-like elements in document order */
	size_t n_paras, cap_paras;
	int strip;           /* skip elements whose class/id say furniture */
	const dom_node *body;
	uint32_t page_text;  /* visible text bytes under the body, and those
	                        in links, measured when first asked for (see
	                        text_of_page) */
	uint32_t page_links;
	int measured;
	int wrappers;        /* boxes kept by is_wrapper this run */
	int oom;
} walker;

static ninfo *info(dom_node *n)
{
	return n && n->type == DOM_ELEMENT ? n->priv : NULL;
}

/* The tag class of each enum dom_tag (T_OTHER = 0 for the rest). */
static const uint8_t tag_class[DOM_TAG_COUNT] = {
	[DOM_TAG_A] = T_A, [DOM_TAG_ADDRESS] = T_BLOCK,
	[DOM_TAG_ARTICLE] = T_ARTICLE, [DOM_TAG_ASIDE] = T_SOFTDROP,
	[DOM_TAG_AUDIO] = T_DROP, [DOM_TAG_BLOCKQUOTE] = T_QUOTE,
	[DOM_TAG_BODY] = T_BODY, [DOM_TAG_BR] = T_BR,
	[DOM_TAG_BUTTON] = T_SOFTDROP, [DOM_TAG_CANVAS] = T_DROP,
	[DOM_TAG_CENTER] = T_BLOCK, [DOM_TAG_DD] = T_BLOCK,
	[DOM_TAG_DETAILS] = T_BLOCK, [DOM_TAG_DIALOG] = T_SOFTDROP,
	[DOM_TAG_DIV] = T_DIV, [DOM_TAG_DL] = T_LIST,
	[DOM_TAG_DT] = T_BLOCK, [DOM_TAG_EMBED] = T_DROP,
	[DOM_TAG_FIELDSET] = T_BLOCK, [DOM_TAG_FIGCAPTION] = T_SOFTDROP,
	[DOM_TAG_FIGURE] = T_SOFTDROP, [DOM_TAG_FOOTER] = T_SOFTDROP,
	[DOM_TAG_FORM] = T_FORMISH, [DOM_TAG_H1] = T_H, [DOM_TAG_H2] = T_H,
	[DOM_TAG_H3] = T_H, [DOM_TAG_H4] = T_H, [DOM_TAG_H5] = T_H,
	[DOM_TAG_H6] = T_H, [DOM_TAG_HEAD] = T_DROP,
	[DOM_TAG_HEADER] = T_SOFTDROP, [DOM_TAG_HR] = T_BLOCK,
	[DOM_TAG_IFRAME] = T_DROP, [DOM_TAG_INPUT] = T_DROP,
	[DOM_TAG_LABEL] = T_SOFTDROP, [DOM_TAG_LI] = T_LI,
	[DOM_TAG_LINK] = T_DROP, [DOM_TAG_MAIN] = T_MAIN,
	[DOM_TAG_MAP] = T_DROP, [DOM_TAG_MATH] = T_DROP,
	[DOM_TAG_MENU] = T_SOFTDROP, [DOM_TAG_META] = T_DROP,
	[DOM_TAG_NAV] = T_SOFTDROP, [DOM_TAG_NOSCRIPT] = T_DROP,
	[DOM_TAG_OBJECT] = T_DROP, [DOM_TAG_OL] = T_LIST,
	[DOM_TAG_OPTION] = T_DROP, [DOM_TAG_P] = T_P,
	[DOM_TAG_PICTURE] = T_DROP, [DOM_TAG_PRE] = T_PRE,
	/* ruby readings (rt, rp) are pronunciation, not text */
	[DOM_TAG_RP] = T_DROP, [DOM_TAG_RT] = T_DROP,
	[DOM_TAG_SCRIPT] = T_DROP, [DOM_TAG_SECTION] = T_SECTION,
	[DOM_TAG_SELECT] = T_DROP, [DOM_TAG_SPAN] = T_SPAN,
	[DOM_TAG_STYLE] = T_DROP, [DOM_TAG_SUMMARY] = T_BLOCK,
	[DOM_TAG_SVG] = T_DROP, [DOM_TAG_TABLE] = T_TABLE,
	[DOM_TAG_TBODY] = T_BLOCK, [DOM_TAG_TD] = T_TD,
	[DOM_TAG_TEMPLATE] = T_DROP, [DOM_TAG_TEXTAREA] = T_DROP,
	[DOM_TAG_TH] = T_TD, [DOM_TAG_THEAD] = T_BLOCK,
	[DOM_TAG_TITLE] = T_DROP, [DOM_TAG_TR] = T_TR,
	[DOM_TAG_UL] = T_LIST, [DOM_TAG_VIDEO] = T_DROP,
};

/* The tag class of element n: the parser numbered its name. */
static uint8_t tag_of(const dom_node *n)
{
	return tag_class[n->tag];
}

static int is_block(uint8_t t)
{
	/* T_SOFTDROP elements kept by the second run are blocks */
	return t != T_OTHER && t != T_A && t != T_SPAN && t != T_DROP;
}

/* Words of class and id that mark furniture; a word matches when it
 * equals one of these or starts with it followed by a digit or nothing
 * (so "ad" matches "ad" and "ad2", not "adventure"; "ads"/"advert"
 * are listed themselves). */
static const char *const negative_words[] = {
	"comment", "comments", "share", "sharing", "shares", "social",
	"related", "promo", "promotion", "newsletter", "subscribe",
	"subscription", "cookie", "cookies", "sidebar", "footer", "nav",
	"navbar", "navigation", "breadcrumb", "breadcrumbs", "ad", "ads",
	"advert", "advertisement", "advertising", "banner", "sponsor",
	"sponsored", "popup", "modal", "menu", "widget", "widgets",
	"recommended", "recommendations", "outbrain", "taboola", "tags",
	"masthead", "disqus", "trending", "popular", "signup", "paywall",
	"hidden", "toolbar", "pagination", "pager", "byline", "dateline",
	"caption", "credit", "credits", "gallery", "slideshow", "print",
	"skip", "teaser", "teasers", "more", "readmore", "moreinfo",
	"author", "bio", "follow", "rating", "tooltip", "login", "meta",
	"timestamp", "newsletters", "syndication", "copyright",
	"disclaimer", NULL
};

/* Words that mark the article itself; they protect an element from the
 * negative words (an "article-body has-sidebar" div is the body). */
static const char *const positive_words[] = {
	"article", "articlebody", "body", "content", "entry", "main",
	"post", "story", "text", "blog", "news", "prose", "richtext",
	"storycontent", "postcontent", "entrycontent", "articletext",
	"article__body", "paywall-content", NULL
};

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	    c == '\v';
}

static int word_in(const char *w, size_t n, const char *const *list)
{
	for (; *list; list++) {
		if (**list != *w)
			continue;
		size_t m = strlen(*list);
		if (n >= m && !memcmp(w, *list, m) &&
		    (n == m || (w[m] >= '0' && w[m] <= '9')))
			return 1;
	}
	return 0;
}

static int is_word_char(int c)
{
	return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

/* Short or generic negative words are common parts of unrelated names
 * ("page-ad-margins" wraps a whole page, every Elementor block is an
 * "elementor-widget-container", themes wrap pages in "penci_sidebar" or
 * "has-sidebar"), so they count only as the first part of a class name
 * ("ad-slot", "nav", "menu-main", "widget-area", "sidebar-right"). */
static const char *const weak_words[] = {
	"ad", "ads", "nav", "menu", "meta", "more", "bio", "print", "skip",
	"hidden", "tags", "credit", "follow", "author", "popular", "widget",
	"widgets", "sidebar", NULL
};

/* Negative words that never name an article's container, even after a
 * positive one ("post-comments", "entry-related", "article-share"). */
static const char *const strong_words[] = {
	"comment", "comments", "related", "disqus", "newsletter",
	"subscribe", "share", "sharing", "social", "cookie", "cookies",
	"outbrain", "taboola", "promo", "sponsored", "recommended", NULL
};

/* Sign of a class/id attribute: within one class name a positive word
 * wins over a later layout word ("content-sidebar-wrap" holds the
 * content) but not over a strong negative ("post-comments"); then a
 * positive name wins over a negative one ("article-body has-sidebar"
 * is the body). +1, 0, -1, or -2 for a strong negative. */
/* Reads the next word (letters and digits, lower-cased, cut at cap - 1
 * bytes) of a class/id value at *sp into w and moves *sp past the
 * character after it, which goes to *sep (0 at the end). Returns the
 * word's length, 0 between two separators. */
static size_t next_word(const char **sp, char *w, size_t cap, int *sep)
{
	const char *s = *sp;
	size_t n = 0;
	int c;
	for (;; s++) {
		c = (unsigned char)*s;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if (!is_word_char(c))
			break;
		if (n < cap - 1)
			w[n++] = (char)c;
	}
	*sep = c;
	*sp = c ? s + 1 : s;
	return n;
}

static int class_sign(const char *s)
{
	char w[40];
	int neg = 0, strong = 0, pos = 0, part = 0, name_sign = 0, sep;
	do {
		size_t n = next_word(&s, w, sizeof w, &sep);
		if (n) {
			if (word_in(w, n, positive_words))
				name_sign = 1;
			else if (word_in(w, n, strong_words))
				name_sign = -2;
			else if (name_sign <= 0 && word_in(w, n, negative_words) &&
			    (part == 0 || !word_in(w, n, weak_words)))
				name_sign = -1;
			part++;
		}
		if (!sep || is_space((unsigned char)sep)) {
			pos |= name_sign > 0;
			neg |= name_sign < 0;
			strong |= name_sign == -2;
			name_sign = 0;
			part = 0;
		}
	} while (sep);
	return pos ? 1 : strong ? -2 : neg ? -1 : 0;
}

/* The attributes the walk reads, pointing into the tree (no copies):
 * one pass over an element's attribute list instead of one lookup, and
 * one allocated copy, per attribute asked for. */
typedef struct attr_set {
	const char *cls, *id, *style, *aria_hidden, *role, *itemprop;
	int hidden;
} attr_set;

static void read_attrs(const dom_node *n, attr_set *a)
{
	memset(a, 0, sizeof *a);
	for (const char *const *p = n->attrs; *p; p += 2) {
		const char *k = p[0];
		if (!strcmp(k, "class"))
			a->cls = p[1];
		else if (!strcmp(k, "id"))
			a->id = p[1];
		else if (!strcmp(k, "style"))
			a->style = p[1];
		else if (!strcmp(k, "aria-hidden"))
			a->aria_hidden = p[1];
		else if (!strcmp(k, "role"))
			a->role = p[1];
		else if (!strcmp(k, "itemprop"))
			a->itemprop = p[1];
		else if (!strcmp(k, "hidden"))
			a->hidden = 1;
	}
}

static int is_hidden(const attr_set *a)
{
	if (a->hidden)
		return 1;
	if (a->style) {
		const char *d = strstr(a->style, "display");
		if (d && strstr(d, "none"))
			return 1;
		if (strstr(a->style, "visibility:hidden") ||
		    strstr(a->style, "visibility: hidden"))
			return 1;
	}
	return a->aria_hidden && !strcmp(a->aria_hidden, "true");
}

/* A collapsed accordion panel or an inactive tab: hidden until a click,
 * but part of the article ("Week 3: installation day", the answer to a
 * question). Its role names what it is. */
static int is_panel(const attr_set *a)
{
	return a->role && (!strcmp(a->role, "region") ||
	    !strcmp(a->role, "tabpanel"));
}

/* Whether s holds needle (lower-case ASCII), ignoring ASCII case. */
static int has_word_ci(const char *s, const char *needle)
{
	size_t m = strlen(needle);
	for (; *s; s++) {
		size_t k = 0;
		while (k < m && s[k] && (s[k] | 32) == needle[k])
			k++;
		if (k == m)
			return 1;
	}
	return 0;
}

/* Whether class or id says "content", "body" or "richtext" (Webflow's
 * article body is a "w-richtext" box, sometimes a <header>);
 * "entry-header" or "post-meta" does not make a header the article. */
static int names_content(const attr_set *a)
{
	const char *v[2] = {a->cls, a->id};
	for (int i = 0; i < 2; i++)
		if (v[i] && (has_word_ci(v[i], "content") ||
		    has_word_ci(v[i], "body") || has_word_ci(v[i], "richtext")))
			return 1;
	return 0;
}

static int is_furniture_role(const char *r)
{
	return r && (!strcmp(r, "navigation") || !strcmp(r, "complementary") ||
	    !strcmp(r, "banner") || !strcmp(r, "contentinfo") ||
	    !strcmp(r, "menu") || !strcmp(r, "dialog"));
}

/* Whether a <figure> holds a <table> as a child or grandchild: block
 * editors (WordPress's "wp-block-table") wrap every data table in one,
 * and a table is content, not an illustration. */
static int figure_table(const dom_node *n)
{
	if (n->tag != DOM_TAG_FIGURE)
		return 0;
	for (const dom_node *c = n->first; c; c = c->next) {
		if (c->type != DOM_ELEMENT)
			continue;
		if (c->tag == DOM_TAG_TABLE)
			return 1;
		for (const dom_node *g = c->first; g; g = g->next)
			if (g->type == DOM_ELEMENT && g->tag == DOM_TAG_TABLE)
				return 1;
	}
	return 0;
}

static void measure_text(const unsigned char *s, uint32_t *len,
    uint32_t *commas);

/* A <header> that holds a section's heading (h2 to h6) and little more
 * ("Step 1" above "Sit up straight") heads a part of the article: list
 * articles and step guides wrap each item's title in one. A page's or
 * an article's header holds the h1, a menu or a byline instead. */
#define MAX_SECTION_HEADER 200
#define MAX_SECTION_NODES 64

static int is_section_header(const dom_node *n)
{
	uint32_t text = 0, head = 0, seen = 0;
	if (n->tag != DOM_TAG_HEADER)
		return 0;
	for (const dom_node *x = n->first; x; x = dom_next(x, n, 1)) {
		uint32_t len, commas;
		/* a few nodes make such a header: a nest of empty ones
		 * (hostile pages) is not walked again at each level */
		if (++seen > MAX_SECTION_NODES ||
		    (x->type == DOM_ELEMENT && x->tag == DOM_TAG_H1))
			return 0;
		if (x->type != DOM_TEXT)
			continue;
		measure_text((const unsigned char *)x->text, &len, &commas);
		text += len;
		for (const dom_node *a = x->parent; a != n; a = a->parent)
			if (a->tag >= DOM_TAG_H2 && a->tag <= DOM_TAG_H6) {
				head += len;
				break;
			}
		if (text > MAX_SECTION_HEADER)
			return 0;
	}
	return head && head * 2 >= text;
}

/* Visible text bytes under n and the part inside links (iterative;
 * dropped tags left out). */
static void raw_measure(const dom_node *n, uint32_t *text, uint32_t *links)
{
	const dom_node *x = n->first;
	int in_link = 0;
	*text = *links = 0;
	while (x && x != n) {
		int descend = 0;
		if (x->type == DOM_TEXT) {
			uint32_t len, commas;
			measure_text((const unsigned char *)x->text, &len, &commas);
			*text += len;
			*links += in_link ? len : 0;
		} else if (x->type == DOM_ELEMENT) {
			descend = tag_of(x) != T_DROP;
		}
		if (descend && x->first) {
			in_link += x->tag == DOM_TAG_A;
			x = x->first;
			continue;
		}
		while (x != n && !x->next) {
			x = x->parent;
			if (x != n && x->tag == DOM_TAG_A)
				in_link--;
		}
		if (x != n)
			x = x->next;
	}
}

/* The visible text bytes under the body, measured once per page and
 * only for the pages that ask (most never do). */
static uint32_t text_of_page(walker *w)
{
	if (!w->measured) {
		raw_measure(w->body, &w->page_text, &w->page_links);
		w->measured = 1;
	}
	return w->page_text;
}

/* Furniture that can hold much plain text: a picture gallery's captions
 * (a 50-picture slideshow holds a third of a page). */
static const char *const texty_words[] = {"gallery", "slideshow",
	"carousel", "caption", "captions", "lightbox", NULL};

/* Whether one of the words of class/id s (NULL: none) is in list. */
static int has_class_word(const char *s, const char *const *list)
{
	char w[40];
	int sep = s != NULL;
	while (sep) {
		size_t n = next_word(&s, w, sizeof w, &sep);
		if (n && word_in(w, n, list))
			return 1;
	}
	return 0;
}

/* A box whose class or id names furniture ("paywall", "page1-footer",
 * "sidebar-container", "infinite-pagination-container") but that holds
 * over a third of the page's text with few links, or over half of its
 * text outside links ("above-footer" around a whole page, its menus
 * included), is the page's wrapper: its name is about layout or
 * access, not content. Strong words
 * ("comments", "related") and galleries are not questioned.
 * Each question measures the box's subtree, and a wrapper kept may hold
 * another: MAX_WRAPPERS per run keep the cost linear. */
#define MAX_WRAPPERS 8

static int is_wrapper(walker *w, const dom_node *n, const attr_set *at,
    int cs, int is)
{
	uint32_t text, links;
	if (cs < -1 || is < -1 || w->wrappers >= MAX_WRAPPERS ||
	    has_class_word(at->cls, texty_words) ||
	    has_class_word(at->id, texty_words))
		return 0;
	raw_measure(n, &text, &links);
	if (!text_of_page(w) || text * 3 <= w->page_text ||
	    (links * 4 >= text &&
	    (text - links) * 2 <= w->page_text - w->page_links))
		return 0;
	w->wrappers++;
	return 1;
}

/* Whether a heading is among the first MAX_PROSE_NODES nodes under n
 * (bounded: one further down is not looked for). Read by tag, not by
 * holds_class: the walk asks on entering n, before it has classed the
 * nodes below. */
#define MAX_PROSE_NODES 256

static int holds_heading(const dom_node *n)
{
	int k = 0;
	for (const dom_node *x = n->first; x && k < MAX_PROSE_NODES;
	    x = dom_next(x, n, 1), k++)
		if (x->type == DOM_ELEMENT && x->tag >= DOM_TAG_H1 &&
		    x->tag <= DOM_TAG_H6)
			return 1;
	return 0;
}

/* An <aside> of plain prose (a callout box "Did you know?", a side note
 * of the article) is content; one of links or a short pull quote is not.
 * So is a <header> of an article's part that holds prose and no heading
 * (a description block; the article's own <header>, with its headline,
 * byline and date, stays out). Measured like is_wrapper, under the same
 * cap. */
#define MIN_ASIDE_PROSE 200

static int is_prose_box(walker *w, const dom_node *n)
{
	uint32_t text, links;
	const dom_node *a = n->parent;
	if ((n->tag != DOM_TAG_ASIDE && n->tag != DOM_TAG_HEADER) ||
	    w->wrappers >= MAX_WRAPPERS)
		return 0;
	while (a && a->type == DOM_ELEMENT && a->tag != DOM_TAG_ARTICLE)
		a = a->parent;
	if (!a || a->type != DOM_ELEMENT)
		return 0;
	if (n->tag == DOM_TAG_HEADER && holds_heading(n))
		return 0;
	raw_measure(n, &text, &links);
	if (text < MIN_ASIDE_PROSE || links * 10 >= text)
		return 0;
	w->wrappers++;
	return 1;
}

/* libxml2 does not end a <noscript> at its end tag while an element
 * opened inside it is still open: "<noscript><div></noscript>" puts the
 * rest of the page inside the noscript. One that holds more text than
 * the page around it, and more than an "enable JavaScript" notice, is
 * such a wrapper, and is read as a <div>. Measured like is_wrapper, under
 * the same cap. */
#define MIN_NOSCRIPT_PAGE 1000

static int is_noscript_wrapper(walker *w, const dom_node *n)
{
	uint32_t text, links;
	if (n->tag != DOM_TAG_NOSCRIPT || w->wrappers >= MAX_WRAPPERS)
		return 0;
	raw_measure(n, &text, &links);
	if (text < MIN_NOSCRIPT_PAGE || text <= text_of_page(w))
		return 0;
	w->wrappers++;
	return 1;
}

/* Words naming an article's writer in class and id names, and the words
 * that make such a name a box about them. */
static const char *const author_words[] = {"author", "authors", "autor",
	"autoren", "auteur", "autore", NULL};
static const char *const about_words[] = {"box", "bio", "info", "desc",
	"description", "about", "profile", "card", "details", NULL};

/* Whether one class name of s (words joined by '-' or '_') is an author
 * box: "post-author-bio", "mvp-author-box-text", "entry-author",
 * "author-description". "author" as the first word alone is a negative
 * word already, and WordPress's "author-jane-roe" on the article itself
 * is neither: the author word must follow another word or come with an
 * "about" word. A positive word before it ("entry-author") does not
 * protect the box: the name is about the writer, not the entry. */
static int names_author_box(const char *s)
{
	char w[40];
	int sep = s != NULL, part = 0, author = 0, about = 0;
	while (sep) {
		size_t n = next_word(&s, w, sizeof w, &sep);
		if (n) {
			if (word_in(w, n, author_words))
				author |= part ? 2 : 1;
			else if (word_in(w, n, about_words))
				about = 1;
			part++;
		}
		if (!sep || is_space((unsigned char)sep)) {
			if ((author & 2) || (author && about))
				return 1;
			part = author = about = 0;
		}
	}
	return 0;
}

/* An author box or byline: named as one, or schema.org's author
 * property (a Person box with the writer's description). */
static int is_author_box(const attr_set *a)
{
	return names_author_box(a->cls) || names_author_box(a->id) ||
	    (a->itemprop && !strcmp(a->itemprop, "author"));
}

/* Decides, on entering element n, its tag, weight and whether to skip. */
static void enter_element(walker *w, dom_node *n, ninfo *ni)
{
	int cs, is;
	attr_set at;
	ni->tag = tag_of(n);
	if (ni->tag == T_DROP && is_noscript_wrapper(w, n)) {
		ni->tag = T_DIV;
	} else if (ni->tag == T_DROP) {
		ni->flags |= F_SKIP;
		return;
	}
	read_attrs(n, &at);
	cs = at.cls ? class_sign(at.cls) : 0;
	is = at.id ? class_sign(at.id) : 0;
	ni->weight = (int16_t)(25 * ((cs < -1 ? -1 : cs) + (is < -1 ? -1 : is)));
	/* header, nav, footer, aside, button, figure... are furniture unless
	 * named as content (Webflow writes <header class="post-content">),
	 * and except when libxml2, which follows HTML 4 nesting rules, has
	 * put the whole page inside an unclosed one: the second run (no
	 * strip) keeps them. */
	if (ni->tag == T_SOFTDROP && w->strip && !names_content(&at) &&
	    !figure_table(n) && !is_prose_box(w, n) &&
	    !is_section_header(n)) {
		ni->flags |= F_SKIP;
		return;
	}
	if (ni->tag == T_BODY || ni->tag == T_ARTICLE || ni->tag == T_MAIN)
		return;
	/* not even "comments" or "share" in the second run: libxml2 may
	 * have put the article inside a "share-container" or a newsletter
	 * popup */
	if (w->strip && (cs < 0 || is < 0) && cs <= 0 && is <= 0 &&
	    ni->tag != T_A && !is_wrapper(w, n, &at, cs, is))
		ni->flags |= F_SKIP;
	else if (w->strip && is_hidden(&at) && !is_panel(&at))
		ni->flags |= F_SKIP;  /* React streams whole pages in hidden divs */
	else if (w->strip && is_furniture_role(at.role))
		ni->flags |= F_SKIP;
	/* a link stays: "by <a itemprop=author>Ann Lee</a>" may be part of a
	 * sentence; a box holding a third of the page is its wrapper */
	else if (w->strip && is_author_box(&at) && ni->tag != T_A &&
	    !is_wrapper(w, n, &at, -1, -1))
		ni->flags |= F_SKIP;
}

/* Visible length of a text node (white space runs count one) and its
 * commas (ASCII and the CJK ones). */
static void measure_text(const unsigned char *s, uint32_t *len,
    uint32_t *commas)
{
	uint32_t n = 0, c = 0;
	int sp = 1;
	for (; *s; s++) {
		if (is_space(*s)) {
			if (!sp)
				n++;
			sp = 1;
			continue;
		}
		sp = 0;
		n++;
		if (*s == ',')
			c++;
		else if (s[0] == 0xEF && s[1] == 0xBC && s[2] == 0x8C)
			c++;
		else if (s[0] == 0xE3 && s[1] == 0x80 && s[2] == 0x81)
			c++;
	}
	*len = n;
	*commas = c;
}

static int push_para(walker *w, dom_node *n)
{
	if (w->n_paras == w->cap_paras) {
		size_t cap = w->cap_paras ? 2 * w->cap_paras : 256;
		dom_node **p = arena_alloc(w->scratch, cap * sizeof *p);
		if (!p)
			return -1;
		if (w->n_paras)
			memcpy(p, w->paras, w->n_paras * sizeof *p);
		w->paras = p;
		w->cap_paras = cap;
	}
	w->paras[w->n_paras++] = n;
	return 0;
}

static int is_para_like(const ninfo *ni)
{
	switch (ni->tag) {
	case T_P: case T_PRE: case T_TD: case T_QUOTE:
		return 1;
	case T_DIV: case T_SECTION: case T_ARTICLE: case T_SPAN: case T_LI:
		return !(ni->flags & F_BLOCK_CHILD);
	default:
		return 0;
	}
}

static float link_density(const ninfo *ni)
{
	return ni->text ? (float)ni->links / (float)ni->text : 0;
}

/* On leaving element n: its sums are complete; add them to the parent. */
static void leave_element(walker *w, dom_node *n)
{
	ninfo *ni = info(n), *pi = info(n->parent);
	if (!ni || (ni->flags & F_SKIP))
		return;
	if (is_para_like(ni) && ni->text >= MIN_PARA_TEXT) {
		ni->flags |= F_PARA;
		if (push_para(w, n))
			w->oom = 1;
	} else if ((ni->flags & F_BLOCK_CHILD) && ni->own >= MIN_PARA_TEXT &&
	    ni->own * 2 >= ni->text / 4) {
		ni->flags |= F_OWN;
		if (push_para(w, n))
			w->oom = 1;
	}
	/* a paragraph's text is its prose once: a <p> around a <span>
	 * (both paragraph-like) must not count it twice */
	if ((ni->flags & F_PARA) && link_density(ni) < 0.3f)
		ni->prose = ni->text;
	else if ((ni->flags & F_OWN) && link_density(ni) < 0.3f)
		ni->prose += ni->own;
	if (!pi)
		return;
	pi->prose += ni->prose;
	if (!is_block(ni->tag) && ni->tag != T_A) {
		pi->own += ni->text;
		pi->own_commas += ni->commas;
	} else if (ni->tag == T_A) {
		pi->own += ni->text;
	}
	pi->text += ni->text;
	pi->links += ni->tag == T_A ? ni->text : ni->links;
	pi->commas += ni->commas;
	pi->paras += ni->paras + (ni->tag == T_P);
	if (ni->tag == T_LIST && ni->links * 2 > ni->text) {
		pi->list_text += ni->text;
		pi->list_links += ni->links;
	} else {
		pi->list_text += ni->list_text;
		pi->list_links += ni->list_links;
	}
	if (is_block(ni->tag) && ni->tag != T_BR)
		pi->flags |= F_BLOCK_CHILD;
}

/* Text a page carries double-encoded ("donâ€™t", see mojibake.h) is put
 * right as the walk meets it. Only a run holding a byte 0xC3 can be such
 * text: every character that may start a double-encoded one ("Â", "Ã",
 * "â", "ð") is U+00C2..U+00F4. A run put right reads back no more, so a
 * second run of the passes leaves it. */
static int undo_mojibake(walker *w, dom_node *t)
{
	size_t n;
	char *fixed;
	if (!memchr(t->text, 0xC3, t->len) ||
	    !(n = mojibake_undo(t->text, t->len, NULL)))
		return 0;
	if (!(fixed = arena_alloc(w->scratch, n + 1)))
		return -1;
	t->len = (uint32_t)mojibake_undo(t->text, t->len, fixed);
	t->text = fixed;
	return 0;
}

static void visit_text(walker *w, dom_node *n)
{
	ninfo *pi = info(n->parent);
	uint32_t len, commas;
	if (!pi)
		return;
	if (undo_mojibake(w, n))
		w->oom = 1;
	measure_text((const unsigned char *)n->text, &len, &commas);
	pi->text += len;
	pi->commas += commas;
	pi->own += len;
	pi->own_commas += commas;
}

/* Pass 1: iterative pre/post-order walk of the tree under root. */
static int annotate(walker *w, dom_node *root)
{
	dom_node *n = root;
	size_t depth = 0;
	while (n) {
		int descend = 0;
		if (n->type == DOM_ELEMENT) {
			ninfo *ni = arena_calloc(w->scratch, 1, sizeof *ni);
			if (!ni)
				return -1;
			n->priv = ni;
			enter_element(w, n, ni);
			descend = !(ni->flags & F_SKIP) && depth < w->max_depth;
		} else if (n->type == DOM_TEXT) {
			visit_text(w, n);
		}
		if (descend && n->first) {
			n = n->first;
			depth++;
			continue;
		}
		for (;;) {
			if (n->type == DOM_ELEMENT)
				leave_element(w, n);
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			depth--;
		}
	}
	return w->oom ? -1 : 0;
}

static float base_score(const ninfo *ni)
{
	switch (ni->tag) {
	case T_DIV: case T_ARTICLE: case T_MAIN: return 5;
	case T_PRE: case T_TD: case T_QUOTE: return 3;
	case T_LIST: case T_LI: return -3;
	case T_H: return -5;
	default: return 0;
	}
}

#define N_TOP 5

/* Keeps top[0..N_TOP) the best candidates, highest first (ties keep
 * document order). */
static void rank(dom_node **top, dom_node *a)
{
	float s = info(a)->score;
	int i = N_TOP - 1;
	if (top[i] && info(top[i])->score >= s)
		return;
	while (i > 0 && (!top[i - 1] || info(top[i - 1])->score < s)) {
		top[i] = top[i - 1];
		i--;
	}
	top[i] = a;
}

static void score_ancestors(walker *w)
{
	for (size_t i = 0; i < w->n_paras; i++) {
		ninfo *pi = info(w->paras[i]);
		int own = pi->flags & F_OWN;
		uint32_t len = own ? pi->own : pi->text;
		float s = 1 + (float)(own ? pi->own_commas : pi->commas) +
		    (float)(len / 100 > 3 ? 3 : len / 100);
		dom_node *a = own ? w->paras[i] : w->paras[i]->parent;
		for (int level = 0; level < 3 && info(a); level++, a = a->parent) {
			ninfo *ai = info(a);
			if (!(ai->flags & F_CANDIDATE)) {
				ai->flags |= F_CANDIDATE;
				ai->score = base_score(ai) + ai->weight;
			}
			ai->score += s / (level == 0 ? 1 : level == 1 ? 2 : 3 * level);
		}
	}
}

/* Discounts every candidate by its link density, once, and ranks it. */
static void rank_candidates(walker *w, dom_node **top)
{
	for (size_t i = 0; i < w->n_paras; i++) {
		dom_node *a = info(w->paras[i])->flags & F_OWN ? w->paras[i] :
		    w->paras[i]->parent;
		for (int level = 0; level < 3 && info(a); level++, a = a->parent) {
			ninfo *ai = info(a);
			if (ai->flags & F_RANKED)
				continue;
			ai->flags |= F_RANKED;
			ai->score *= 1 - link_density(ai);
			rank(top, a);
		}
	}
}

static int is_ancestor(const dom_node *anc, const dom_node *n)
{
	for (; n; n = n->parent)
		if (n == anc)
			return 1;
	return 0;
}

static int is_body(dom_node *n)
{
	return !info(n) || info(n)->tag == T_BODY;
}

/* When several strong candidates share an ancestor (an article cut into
 * many boxes), the ancestor holds the article. */
static dom_node *common_ancestor(dom_node **top)
{
	dom_node *best = top[0];
	float s = info(best)->score;
	int alts = 0;
	for (int i = 1; i < N_TOP && top[i]; i++)
		alts += info(top[i])->score >= 0.75f * s;
	if (alts < 3)
		return best;
	for (dom_node *p = best->parent; !is_body(p); p = p->parent) {
		int n = 0;
		for (int i = 1; i < N_TOP && top[i]; i++)
			n += info(top[i])->score >= 0.75f * s &&
			    is_ancestor(p, top[i]);
		if (n >= 3)
			return p;
	}
	return best;
}

/* An only child stands for its parent: its siblings are the parent's
 * (page builders wrap each block in boxes of their own, the body's and
 * the lead's before it: <section><bsx-section>...). */
static dom_node *only_child_up(dom_node *best)
{
	while (!is_body(best->parent) && best->parent->elements == 1)
		best = best->parent;
	return best;
}

/* Readability's climb: a parent scoring higher than the path below it
 * is the better container; an only child stands for its parent. */
static dom_node *climb(dom_node *best)
{
	float last = info(best)->score, threshold = last / 3;
	for (dom_node *p = best->parent; !is_body(p); p = p->parent) {
		ninfo *pi = info(p);
		if (!(pi->flags & F_CANDIDATE))
			continue;
		if (pi->score < threshold)
			break;
		if (pi->score > last) {
			best = p;
			break;
		}
		last = pi->score;
	}
	return only_child_up(best);
}

/* An article cut into sections (one box per heading) leaves the best
 * candidate holding one section: while the parent adds a quarter more
 * prose without adding mostly links or non-prose text, take the parent.
 * A level adding mostly links (an inline "related" card) is passed over
 * once, and no parent is taken whose addition to best is mostly links. */
static dom_node *widen(dom_node *best)
{
	int cards = 0;
	for (dom_node *c = best, *p = best->parent; !is_body(p);
	    c = p, p = p->parent) {
		ninfo *bi = info(best), *ci = info(c), *pi = info(p);
		if (link_density(pi) > 0.25f || (pi->text - pi->prose) * 5 > pi->text * 2)
			break;
		/* what this level adds is mostly links: an inline teaser card
		 * beside the section is passed over once, and the next level
		 * must bring the prose */
		if ((pi->links - ci->links) * 5 > pi->text - ci->text) {
			if (cards++)
				break;
			continue;
		}
		if ((pi->links - bi->links) * 5 > pi->text - bi->text)
			continue;
		if (pi->prose * 4 >= bi->prose * 5)
			best = p;
	}
	return best;
}

/* A short box that won by its name ("post-text": a lead set apart, the
 * class weight outweighing paragraphs) gives way to a candidate scoring
 * nearly as well that holds three times its prose: the body the lead
 * stands above. */
#define SHORT_WINNER 500

static void prefer_longer(dom_node **top)
{
	const ninfo *t0 = info(top[0]);
	if (t0->prose >= SHORT_WINNER)
		return;
	for (int i = 1; i < N_TOP && top[i]; i++) {
		const ninfo *ti = info(top[i]);
		if (ti->score >= 0.75f * t0->score &&
		    ti->prose >= 3 * t0->prose) {
			dom_node *t = top[0];
			top[0] = top[i];
			top[i] = t;
			return;
		}
	}
}

/* Pass 2: paragraphs score their ancestors; returns the best candidate
 * and its score in *score. */
static dom_node *score_candidates(walker *w, float *score)
{
	dom_node *top[N_TOP] = {0}, *best;
	score_ancestors(w);
	rank_candidates(w, top);
	if (!top[0])
		return NULL;
	prefer_longer(top);
	*score = info(top[0])->score;
	/* widening may stop on an only child too */
	best = only_child_up(widen(climb(common_ancestor(top))));
	if (info(best)->score > *score)
		*score = info(best)->score;
	return best;
}

/* Whether text node t is white space only. */
static int is_blank(const dom_node *t)
{
	for (uint32_t i = 0; i < t->len; i++)
		if (!is_space((unsigned char)t->text[i]))
			return 0;
	return 1;
}

/* Whether the text under n, trailing white space aside, ends like a
 * sentence (the sibling test of choose). */
static int ends_sentence(const dom_node *n)
{
	int last = 0;
	for (const dom_node *x = n; x; x = dom_next(x, n, 1))
		if (x->type == DOM_TEXT)
			for (uint32_t i = x->len; i > 0; i--)
				if (!is_space((unsigned char)x->text[i - 1])) {
					last = x->text[i - 1];
					break;
				}
	return last == '.' || last == '!' || last == '?' || last == '"';
}

/* A box of prose just before the chosen one: the standfirst, summary or
 * "key takeaways" above a body that the scores favoured. Prose after the
 * body is as often an author box or a sign-up form, so only the leading
 * side is taken this way. */
static int is_lead_prose(const ninfo *si)
{
	return si->text >= MIN_LEAD_PROSE && si->prose * 2 >= si->text &&
	    link_density(si) < 0.25f && si->weight >= 0;
}

/* A box before the chosen one that wraps one paragraph of prose, free
 * of links and ending a sentence: the article's lead set apart ("Der
 * Termin steht fest: ..."), too short for is_lead_prose. A box with a
 * link in it is as often a pitch ("Learn more about our checkup.") or a
 * disclosure. */
#define MIN_LEAD_PARA 80

static int is_lead_para(dom_node *s)
{
	const ninfo *si = info(s);
	return si->paras == 1 && si->prose == si->text &&
	    si->text > MIN_LEAD_PARA && !si->links && si->weight >= 0 &&
	    ends_sentence(s);
}

/* Whether text node t, trailing white space aside, ends with a question
 * mark (ASCII or fullwidth). */
static int ends_question(const dom_node *t)
{
	uint32_t i = t->len;
	while (i > 0 && is_space((unsigned char)t->text[i - 1]))
		i--;
	return (i > 0 && t->text[i - 1] == '?') || (i >= 3 &&
	    !memcmp(t->text + i - 3, "\xEF\xBC\x9F", 3));
}

/* Questions heading answers under n: short blocks ending with '?'.
 * The walk stops after MAX_FAQ_NODES nodes (a list of questions comes
 * early; a huge box is not read whole); the boxes asked about are
 * siblings, so a page's nodes are walked once at most. */
#define MAX_FAQ_NODES 512
#define MAX_QUESTION 200

static int count_questions(const dom_node *n)
{
	int seen = 0, q = 0;
	for (const dom_node *x = n->first; x && seen < MAX_FAQ_NODES;
	    x = dom_next(x, n, 1), seen++) {
		const ninfo *pi;
		if (x->type == DOM_TEXT && (pi = info((dom_node *)x->parent)) &&
		    pi->text < MAX_QUESTION && ends_question(x))
			q++;
	}
	return q;
}

/* Whether want elements or more of tag class cls (as the walk classed
 * them) lie among the first cap nodes under n: a form in a box of
 * questions, the links of a paragraph. */
static int holds_class(const dom_node *n, uint8_t cls, int want, int cap)
{
	int seen = 0, found = 0;
	for (const dom_node *x = n->first; x && seen < cap;
	    x = dom_next(x, n, 1), seen++) {
		const ninfo *xi = info((dom_node *)x);
		if (xi && xi->tag == cls && ++found >= want)
			return 1;
	}
	return 0;
}

/* Whether a <form> element lies under n within the first MAX_FAQ_NODES
 * nodes: a request form asks its visitor questions ("What service do
 * you need?") that are no FAQ. */
static int holds_form(const dom_node *n)
{
	return holds_class(n, T_FORMISH, 1, MAX_FAQ_NODES);
}

/* Questions and answers after the chosen box (a guide's FAQ), cut off
 * by the scores: prose with almost no links, headed by two questions or
 * more, and no form. A disclaimer, an author box or a sign-up form after
 * the article is prose too, but asks no questions (one at most: "Was
 * this helpful?"), or asks them in a form. */
#define MIN_TRAIL_PROSE 300

static int is_trailing_faq(dom_node *s)
{
	const ninfo *si = info(s);
	return si->prose >= MIN_TRAIL_PROSE && si->prose * 4 >= si->text * 3 &&
	    si->links * 10 < si->text && si->weight >= 0 &&
	    count_questions(s) >= 2 && !holds_form(s);
}

/* Class and id words (matched inside glued names such as
 * "blog__contributorwrapper") of a box about the writer rather than the
 * article: after the article such a box is the author's card. */
static const char *const person_words[] = {"author", "contributor",
	"bio", "profile", "byline", "writer", NULL};

static int names_person(const dom_node *n)
{
	attr_set a;
	read_attrs(n, &a);
	for (const char *const *w = person_words; *w; w++)
		if ((a.cls && has_word_ci(a.cls, *w)) ||
		    (a.id && has_word_ci(a.id, *w)))
			return 1;
	return 0;
}

/* Whether sibling s after the chosen box reads as the article going on:
 * prose that ends a sentence, not named after its writer, and, for a
 * box, paragraphs of some length. What follows an article and scores
 * well otherwise is a disclaimer, a "last updated" line, a testers' or
 * contributor's card or a closing pitch. */
#define MIN_TRAIL_PARAS 2

static int continues_article(dom_node *s)
{
	const ninfo *si = info(s);
	if (si->prose * 2 < si->text || names_person(s) || !ends_sentence(s))
		return 0;
	return si->tag == T_P || (si->paras >= MIN_TRAIL_PARAS &&
	    si->prose >= MIN_TRAIL_PROSE);
}

/* Whether sibling s is another part of the body cut into boxes of one
 * class ("rich-text", a call to action or an advertisement between
 * them), chosen box b having class bcls: the same tag and class, two
 * paragraphs or more, some prose and links under half its text. Its
 * score may be low (a table of linked names in the first part); a box
 * of that class with one line ("This text is published under...") is
 * the site's fine print. */
#define MIN_PART_PARAS 2

static int is_sister_part(dom_node *s, const dom_node *b, const char *bcls)
{
	const ninfo *si = info(s);
	attr_set sa;
	if (s->tag != b->tag || !bcls || !*bcls || si->paras < MIN_PART_PARAS ||
	    !si->prose || link_density(si) >= 0.5f)
		return 0;
	read_attrs(s, &sa);
	return sa.cls && !strcmp(sa.cls, bcls);
}

/* Pass 3a: marks the best candidate and the siblings that belong with it
 * (they score well, are prose paragraphs of their own, or lead prose). */
static void choose(dom_node *best, float score)
{
	ninfo *bi = info(best);
	float threshold = score * 0.2f > 10 ? score * 0.2f : 10;
	int before = 1;
	attr_set ba;
	const char *bcls;
	bi->flags |= F_KEEP;
	if (!best->parent || !info(best->parent))
		return;
	read_attrs(best, &ba);
	bcls = ba.cls;
	for (dom_node *s = best->parent->first; s; s = s->next) {
		ninfo *si = info(s);
		if (s == best)
			before = 0;
		if (s == best || !si || (si->flags & F_SKIP))
			continue;
		float ld = link_density(si);
		/* after the article, a box of teasers scores well too: there
		 * the box must be nearly free of links */
		if ((si->flags & F_CANDIDATE) && si->score >= threshold &&
		    (before || (ld < 0.2f && continues_article(s))))
			si->flags |= F_KEEP;
		else if (before && (is_lead_prose(si) || is_lead_para(s)))
			si->flags |= F_KEEP;
		else if (is_sister_part(s, best, bcls))
			si->flags |= F_KEEP;
		else if (!before && is_trailing_faq(s))
			si->flags |= F_KEEP;
		else if (si->tag == T_P && si->text > 80 && ld < 0.25f)
			si->flags |= F_KEEP;
		else if (si->tag == T_P && si->text > 0 && ld == 0 &&
		    ends_sentence(s))
			si->flags |= F_KEEP;
	}
}

/* Marks the lead boxes just before the chosen box's parent: a site sets
 * the lead's paragraphs in a row of their own above the row that holds
 * the body beside a column of advertisements, so the lead is no sibling
 * of the body. Going back from the parent, boxes without text are
 * passed over and lead prose is taken, up to the first box that is
 * neither. One level only: two levels up, the boxes before are as often
 * a page's pitch as a lead (WCXB dev F1 0.9542 -> 0.9541). */
static void keep_leads_above(dom_node *best)
{
	dom_node *home = best->parent;
	if (!home || !info(home) || is_body(home))
		return;
	for (dom_node *s = home->prev; s; s = s->prev) {
		ninfo *si = info(s);
		if (s->type != DOM_ELEMENT || !si || (si->flags & F_SKIP) ||
		    !si->text)
			continue;
		if (!is_lead_prose(si) && !is_lead_para(s))
			break;
		si->flags |= F_KEEP;
	}
}

/* Output: paragraphs separated by '\n'; the current one is built in cur. */
typedef struct emitter {
	buf out, cur;
	int space;  /* a space is pending in cur */
	int stop;   /* an end-of-article heading was seen: write no more */
	int heading;/* cur is the text of a heading */
	int oom;
} emitter;

/* Short lines that end an article when they head what follows: teaser
 * lists, comment sections, author boxes (several languages). Matched as
 * a case-insensitive prefix of the line. */
static const char *const end_markers[] = {
	"you may also like", "you might also like", "you may like",
	"related articles", "related stories", "related posts",
	"more stories", "recommended for you", "most popular", "most read",
	"leave a reply", "leave a comment", "você pode gostar",
	"leia também", "notícias relacionadas", "te puede interesar",
	"noticias relacionadas", "à lire aussi", "articles similaires",
	"das könnte sie auch interessieren", "leggi anche",
	"articoli correlati", "lees ook", "recommended stories",
	"recommended articles", "recommended reading", "you might like",
	"you may be interested in", "other posts you may", "more posts you may",
	"related reading", "comments are closed",
	/* the same heads in other European languages */
	"ähnliche beiträge", "ähnliche artikel",
	"verwandte artikel", "verwandte beiträge",
	"das könnte dich auch interessieren",
	"das könnte ihnen auch gefallen", "weitere artikel zum thema",
	"kommentierte artikel", "meistgelesen", "meist gelesen", "top themen",
	"weitere beiträge", "mehr themen",
	"kommentar verfassen", "kommentar schreiben", "kommentare schreiben",
	"schreibe einen kommentar", "schreiben sie einen kommentar",
	"keine kommentare", "articles liés", "vous aimerez aussi",
	"vous aimerez peut-être", "vous pourriez aimer",
	"dans la même rubrique", "les plus lus", "sur le même sujet",
	"laisser un commentaire", "laissez un commentaire",
	"notas relacionadas", "artículos relacionados",
	"también te puede interesar", "lo más leído",
	"deja un comentario", "deja una respuesta", "ti potrebbe interessare",
	"potrebbe interessarti", "i più letti", "lascia un commento",
	"artigos relacionados", "mais lidas", "deixe um comentário",
	"deixe uma resposta", "gerelateerde artikelen", "meest gelezen",
	"laat een reactie achter", "geef een reactie",
	"powiązane artykuły", "podobne artykuły",
	"najczęściej czytane", "dodaj komentarz",
	"zostaw komentarz",
	/* a head naming the site or section the teasers below come from:
	 * "More from WIRED", "Popular on IndieWire" */
	"more from ", "popular on ", NULL
};

/* The markers that end an article even as a plain line, not a heading:
 * the heads of teaser lists. "Read also" lines ("Leggi anche", "Lees
 * ook") are not among them: they sit mid-article before one link. */
static const char *const list_markers[] = {
	"you may also like", "you might also like", "you may like",
	"related articles", "related stories", "related posts",
	"more stories", "recommended for you", "recommended stories",
	"recommended articles", "you might like", "you may be interested in",
	"other posts you may", "more posts you may", "comments are closed",
	"ähnliche beiträge", "ähnliche artikel",
	"verwandte artikel", "verwandte beiträge",
	"das könnte dich auch interessieren",
	"das könnte sie auch interessieren",
	"das könnte ihnen auch gefallen", "weitere artikel zum thema",
	"kommentierte artikel", "articles liés", "vous aimerez aussi",
	"vous aimerez peut-être aussi", "notas relacionadas",
	"artículos relacionados", "también te puede interesar",
	"ti potrebbe interessare", "potrebbe interessarti",
	"artigos relacionados", "você pode gostar",
	"gerelateerde artikelen", "powiązane artykuły",
	"podobne artykuły", NULL
};

/* Short calls to action that sit inside article containers (newsletter
 * boxes, demo and trial buttons, follow rows, "pin this" badges, lead
 * forms, paywall and review-method boxes) and bylines: dropped when a
 * short line starts with one. */
static const char *const cta_starts[] = {
	"join our ", "join the ", "subscribe to ", "sign up ", "book a demo",
	"start free trial", "start your free", "get in touch", "talk to our ",
	"talk to an expert", "pin this", "pin for later", "get the free ",
	"written by ", "posted by ", "follow us", "stay connected",
	"buy now", "request a demo", "schedule a demo", "try it free",
	"try for free", "download now", "article continues below",
	"comment via", "want to ", "get more ", "share your story",
	"fill this form", "fill out the form", "fill out this form",
	"join medium", "call us ", "contact us", "this article is exclusive",
	"this story is funded by", "how we reviewed this", "checking our work",
	/* quote buttons of service businesses' posts */
	"get a quote", "get a free quote", "get your free quote",
	"request a quote", "request a free quote", "get a free estimate",
	NULL
};

#define MAX_MARKER_LINE 60
#define MAX_CTA_LINE 60
#define MIN_TEXT_BEFORE_END 300

/* Lower-cases s[0..n) into low (cap bytes with the NUL) in every script,
 * so that the lower-case phrases below match "ÄHNLICHE BEITRÄGE" and
 * "Ähnliche Beiträge". Returns the length, or (size_t)-1 when the result
 * does not fit. */
static size_t fold_case(const char *s, size_t n, char *low, size_t cap)
{
	size_t used, j = plaintext_lower(s, n, low, cap, &used);
	return used == n ? j : (size_t)-1;
}

/* Whether the line s[0..n) (at most MAX_MARKER_LINE bytes) starts with
 * one of list, case folded; with whole set, the line must be the phrase
 * alone (a trailing ':' allowed). */
static int starts_with_phrase(const char *s, size_t n,
    const char *const *list, int whole)
{
	char low[MAX_MARKER_LINE * 4 + 8];
	if (n > MAX_MARKER_LINE || (n = fold_case(s, n, low, sizeof low)) ==
	    (size_t)-1)
		return 0;
	for (const char *const *m = list; *m; m++) {
		size_t k = strlen(*m);
		if (n < k || memcmp(low, *m, k))
			continue;
		if (!whole || n == k || (n == k + 1 && low[k] == ':'))
			return 1;
	}
	return 0;
}

/* A heading that starts with an end marker ends the article; so does a
 * plain line that is nothing but one (a styled <div>/<p> "Recommended
 * Stories" above a teaser list). */
static int ends_article(const char *s, size_t n, int heading)
{
	return n <= MAX_MARKER_LINE && (heading ?
	    starts_with_phrase(s, n, end_markers, 0) :
	    starts_with_phrase(s, n, list_markers, 1));
}

/* Paragraph-long boilerplate inside the body: affiliate and advertiser
 * disclosures of review and shopping articles, financial fine print,
 * closing appeals (rate, share, subscribe) and image credits. A phrase
 * anywhere in a paragraph of at most MAX_BOILER_PARA bytes drops it, so
 * each phrase must be one that prose does not use. */
static const char *const disclosure_phrases[] = {
	"affiliate link", "affiliate marketer", "may receive compensation",
	"may earn a commission", "may earn commission",
	"qualifying purchases", "advertiser disclosure",
	/* investment and banking fine print */
	"advisory services are only offered", "not fdic insured",
	"no position in any of the stocks mentioned",
	"has a disclosure policy", "has positions in and recommends",
	/* closing appeals: rate, share, subscribe, refer a friend */
	"if you liked this article", "if you enjoyed this article",
	"leave a star rating", "tell your friends and get rewards",
	"funded by readers like you", "delivered to your inbox",
	"straight to your inbox",
	/* image credits closing the article */
	"feature image by", "featured image by", NULL
};

/* An author box closing the article: "Jane Roe is a freelance writer". */
static const char *const bio_phrases[] = {
	" is a freelance", " is a staff writer", " is a contributing",
	" is a senior writer", " is a writer", " is a journalist",
	" is a reporter", " professional writer", " is an editor",
	" is a content writer", " is an experienced writer", NULL
};

#define MAX_BOILER_PARA 600

/* Whether s[0..n) (at most MAX_BOILER_PARA bytes) holds one of list,
 * ASCII case folded. */
static int holds_phrase(const char *s, size_t n, const char *const *list)
{
	char low[MAX_BOILER_PARA * 2 + 8];
	if (n > MAX_BOILER_PARA || fold_case(s, n, low, sizeof low) ==
	    (size_t)-1)
		return 0;
	for (const char *const *m = list; *m; m++)
		if (strstr(low, *m))
			return 1;
	return 0;
}

/* Spaces in s[0..n): the words of a short line, less one. */
static size_t count_spaces(const char *s, size_t n)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		k += s[i] == ' ';
	return k;
}

/* Words of "loading" placeholders, in several languages. */
static const char *const loading_words[] = {
	"loading", "wird geladen", "lade", "lädt", "chargement", "cargando",
	"caricamento", "carregando", "bezig met laden", "ładowanie",
	"wczytywanie", "memuat", NULL
};

/* Placeholders of lazy-loaded blocks and of like buttons before their
 * script runs: "Loading paragraph...", "Loading image…", "Like
 * Loading...", "Gefällt mir Wird geladen …" (a "Loading time" heading is
 * prose: the line must end with an ellipsis, and the loading word start
 * it or end it within a few words). */
static int is_loading(const char *s, size_t n)
{
	static const char *const loading[] = {"loading ", NULL};
	char low[MAX_CTA_LINE * 4 + 8];
	size_t k = n;
	if (n >= 3 && !memcmp(s + n - 3, "...", 3))
		k = n - 3;
	else if (n >= 3 && !memcmp(s + n - 3, "…", 3))
		k = n - 3;
	if (k == n)
		return 0;
	if (starts_with_phrase(s, n, loading, 0))
		return 1;
	while (k > 0 && s[k - 1] == ' ')
		k--;
	if (count_spaces(s, k) > 3 ||
	    (k = fold_case(s, k, low, sizeof low)) == (size_t)-1)
		return 0;
	for (const char *const *m = loading_words; *m; m++) {
		size_t w = strlen(*m);
		if (k >= w && !memcmp(low + k - w, *m, w) &&
		    (k == w || low[k - w - 1] == ' '))
			return 1;
	}
	return 0;
}

/* Words that count the pages of an article or the pictures of a
 * gallery, each with its space. */
static const char *const pager_words[] = {
	"page ", "image ", "photo ", "picture ", "slide ", NULL
};

/* A pager line alone: "Page 2 of 8", a gallery's "Image 1 of 5". */
static int is_pager(const char *s, size_t n)
{
	size_t i = 0;
	for (const char *const *w = pager_words; *w && !i; w++)
		if (((unsigned char)*s | 32) == **w && n > strlen(*w) &&
		    !strncasecmp(s, *w, strlen(*w)))
			i = strlen(*w);
	if (!i || n < i + 6)
		return 0;
	size_t d = i;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	if (i == d || n - i < 5 || memcmp(s + i, " of ", 4))
		return 0;
	d = i += 4;
	while (i < n && s[i] >= '0' && s[i] <= '9')
		i++;
	return i > d && i == n;
}

/* Button labels standing alone on a line. */
static const char *const button_lines[] = {
	"register", "register now", "subscribe", "subscribe now", "sign in",
	"log in", "donate", "donate now", "shop now", "learn more", NULL
};

static int is_cta(const char *s, size_t n)
{
	return n <= MAX_CTA_LINE && (starts_with_phrase(s, n, cta_starts, 0) ||
	    starts_with_phrase(s, n, button_lines, 1) || is_loading(s, n) ||
	    is_pager(s, n));
}

static void flush_para(emitter *e)
{
	size_t n = e->cur.len;
	const char *s = e->cur.data;
	e->space = 0;
	if (!n || e->stop)
		return;
	if (e->out.len >= MIN_TEXT_BEFORE_END && ends_article(s, n, e->heading)) {
		e->stop = 1;
		return;
	}
	/* Furniture lines are short ("Read more", a cookie notice); a long
	 * paragraph is prose, and the line test costs time per byte. */
	if (n > MAX_FURNITURE ? !holds_phrase(s, n, disclosure_phrases) :
	    !is_cta(s, n) && !holds_phrase(s, n, disclosure_phrases) &&
	    !plaintext_furniture_line(s, n)) {
		if ((e->out.len && buf_putc(&e->out, '\n')) ||
		    buf_append(&e->out, s, n))
			e->oom = 1;
	}
	e->cur.len = 0;
	e->cur.data[0] = 0;
}

/* Appends text with white space (ASCII and U+00A0) collapsed and the
 * invisible characters (util.h) left out. */
static void emit_text(emitter *e, const unsigned char *s)
{
	while (*s) {
		size_t run = 0;
		if (is_space(*s) || (s[0] == 0xC2 && s[1] == 0xA0)) {
			s += *s == 0xC2 ? 2 : 1;
			e->space = 1;
			continue;
		}
		if ((run = invisible_at(s))) {
			s += run;
			continue;
		}
		while (s[run] && !is_space(s[run]) &&
		    !(s[run] == 0xC2 && s[run + 1] == 0xA0) &&
		    !(s[run] >= 0xC2 && invisible_at(s + run)))
			run++;
		if (e->space && e->cur.len && buf_putc(&e->cur, ' '))
			e->oom = 1;
		e->space = 0;
		if (buf_append(&e->cur, (const char *)s, run))
			e->oom = 1;
		s += run;
	}
}

/* Paragraphs beside a heading: in its parent, or, when the heading sits
 * in a box of its own (a <header>, a title bar of a list item), in the
 * next two ancestors: the most any of them holds. */
#define HEADING_REACH 3

static uint32_t paras_beside(const dom_node *n)
{
	const ninfo *ai;
	uint32_t most = 0;
	for (int k = 0; k < HEADING_REACH && (ai = info(n->parent)); k++) {
		if (ai->paras > most)
			most = ai->paras;
		n = n->parent;
	}
	return most;
}

/* A list of teaser cards ("Related content": each item a heading, a
 * line of blurb and a "Learn more" link) has few links for its text, so
 * the link test keeps it. Its items give it away: every one, of MIN_CARDS
 * or more, short, headed by a heading and holding a link. An item is
 * read up to MAX_CARD_NODES nodes (a card is small; a bigger item is
 * content), so a list costs that much per item at most. */
#define MIN_CARDS 3
#define MAX_CARD_TEXT 300
#define MAX_CARD_NODES 64

static int is_card(const dom_node *li)
{
	int heading = 0, link = 0, seen = 0;
	const ninfo *li_i = info((dom_node *)li);
	if (!li_i || li_i->tag != T_LI || li_i->text > MAX_CARD_TEXT)
		return 0;
	for (const dom_node *x = li->first; x; x = dom_next(x, li, 1)) {
		const ninfo *xi = info((dom_node *)x);
		if (++seen > MAX_CARD_NODES)
			return 0;
		if (!xi)
			continue;
		if (xi->tag == T_H && !link)
			heading = 1;
		else if (xi->tag == T_A)
			link = 1;
	}
	return heading && link;
}

static int is_card_list(const dom_node *n)
{
	int cards = 0;
	for (const dom_node *c = n->first; c; c = c->next) {
		if (c->type != DOM_ELEMENT)
			continue;
		if (!is_card(c))
			return 0;
		cards++;
	}
	return cards >= MIN_CARDS;
}

/* A box that holds link lists (sources, patches sent, further reading)
 * beside prose of its own is a section of the article: its lists go as
 * lists of links, not its heading and paragraphs with them. Said when
 * the lists hold nearly all the box's links and the rest is text of
 * MIN_SECTION_PROSE bytes or more almost free of links. */
#define MIN_SECTION_PROSE 60

static int holds_list_beside_prose(const ninfo *ni)
{
	uint32_t text = ni->text - ni->list_text;
	uint32_t links = ni->links - ni->list_links;
	return ni->list_text && text - links >= MIN_SECTION_PROSE &&
	    links * 4 < text;
}

/* Whether the paragraph just before list n is a line of MIN_LEDE_WORDS
 * words or more that ends with a colon ("Read more in our guides
 * below:", "Apps worth a try:"): then the list is the article's, links
 * and all. A heading ("More:") or a label ("MÁS INFORMACIÓN:") heads
 * teasers. The paragraph is read through MAX_LEDE_NODES nodes at most. */
#define MIN_LEDE_WORDS 3
#define MAX_LEDE_NODES 32

static int follows_lede(const dom_node *n)
{
	const dom_node *p = n->prev;
	int words = 0, last = 0, seen = 0, space = 1;
	while (p && p->type == DOM_TEXT && is_blank(p))
		p = p->prev;
	if (!p || p->type != DOM_ELEMENT || !info((dom_node *)p) ||
	    info((dom_node *)p)->tag != T_P)
		return 0;
	for (const dom_node *x = p->first; x; x = dom_next(x, p, 1)) {
		if (++seen > MAX_LEDE_NODES)
			return 0;
		if (x->type != DOM_TEXT)
			continue;
		for (uint32_t i = 0; i < x->len; i++) {
			unsigned char c = (unsigned char)x->text[i];
			if (is_space(c)) {
				space = 1;
				continue;
			}
			words += space;
			space = 0;
			last = c;
		}
	}
	return last == ':' && words >= MIN_LEDE_WORDS;
}

/* A paragraph that is a column of links, one headline per line ("DON'T
 * MISS" / three teasers split by <br>), runs past the length of one
 * linked sentence: it is told by MIN_LINK_LINES links or more, read
 * through MAX_LINK_NODES nodes at most, and by its end (a headline
 * does not end a sentence; prose naming linked products does). */
#define MIN_LINK_LINES 3
#define MAX_LINK_NODES 64

/* A call-to-action banner set inside the article: a short box of one
 * line ("Get the cash you need with a low-interest personal loan today")
 * and a button ("Apply now": its only link, to another page, whose class
 * names a button, or with role=button). A teaser card has a button too,
 * but a title and a blurb beside it (two blocks of text) or a linked
 * title (two links). The box is read through MAX_LINK_NODES nodes at
 * most, and only when it holds MAX_BANNER_TEXT bytes or less. */
#define MAX_BANNER_TEXT 200
#define MAX_BUTTON_TEXT 40

static const char *const button_words[] = {"button", "btn", "cta", NULL};

/* Whether link a leads to another page: it has an href that is not a
 * fragment or a script, and it toggles nothing (an accordion's or a
 * tab's button controls a panel of the article). */
static int leads_away(const dom_node *a)
{
	int away = 0;
	for (const char *const *p = a->attrs; *p; p += 2) {
		const char *k = p[0];
		if (!strcmp(k, "href"))
			away = p[1][0] && p[1][0] != '#' &&
			    strncasecmp(p[1], "javascript:", 11);
		else if (!strncmp(k, "aria-controls", 13) ||
		    !strncmp(k, "aria-expanded", 13) || strstr(k, "toggle"))
			return 0;
	}
	return away;
}

static int is_button(const dom_node *a)
{
	attr_set at;
	const ninfo *ai = info((dom_node *)a);
	if (!ai->text || ai->text > MAX_BUTTON_TEXT || !leads_away(a))
		return 0;
	read_attrs(a, &at);
	return has_class_word(at.cls, button_words) ||
	    (at.role && !strcmp(at.role, "button"));
}

/* The block element that holds text node t (its nearest ancestor that
 * is a block, up to box n), or NULL when t is inside a link. */
static const dom_node *block_of(const dom_node *t, const dom_node *n)
{
	const dom_node *p = t->parent;
	const ninfo *pi;
	while (p && p != n && (pi = info((dom_node *)p)) &&
	    !is_block(pi->tag)) {
		if (pi->tag == T_A)
			return NULL;
		p = p->parent;
	}
	return p;
}

static int is_banner(const dom_node *n)
{
	const ninfo *ni = info((dom_node *)n);
	const dom_node *block = NULL, *b;
	int seen = 0, links = 0, blocks = 0, button = 0;
	/* most boxes are turned away here, before their nodes are read */
	if (!ni->links || ni->links > MAX_BUTTON_TEXT ||
	    ni->text > MAX_BANNER_TEXT)
		return 0;
	for (const dom_node *x = n->first; x && seen < MAX_LINK_NODES;
	    x = dom_next(x, n, 1), seen++) {
		const ninfo *xi = info((dom_node *)x);
		if (x->type == DOM_TEXT && !is_blank(x) &&
		    (b = block_of(x, n)) && b != block) {
			block = b;
			blocks++;
		}
		if (!xi || xi->tag != T_A || (xi->flags & F_SKIP))
			continue;
		links++;
		button |= is_button(x);
	}
	/* one line beside the button; a box too big to read is no banner */
	return button && links == 1 && blocks == 1 && seen < MAX_LINK_NODES;
}

/* Whether block n inside the chosen content is a link list or other
 * furniture that the class names did not betray; begun whether article
 * text has been written yet. A linked heading among paragraphs heads a
 * section of a list article ("3. The Jones Assembly"); alone in its box
 * (a teaser card, a grid of them dropped as links) it is a card's
 * title, and before the article a breadcrumb or the site's name. */
static int drop_block(dom_node *n, int begun)
{
	const ninfo *ni = info(n);
	float ld = link_density(ni);
	switch (ni->tag) {
	case T_LI:
		/* an item that says more than its link ("Term: what it is") */
		return ld > 0.5f && !(info(n->parent) &&
		    (info(n->parent)->flags & F_LEDE));
	case T_LIST:
		if (begun && follows_lede(n)) {
			info(n)->flags |= F_LEDE;
			return 0;
		}
		/* once the article has begun, a list that is not mostly links
		 * is content with a link per item (a packing list, specs with
		 * a shop link); a menu comes before the article */
		if (begun && ld <= 0.5f)
			return is_card_list(n);
		/* fall through */
	case T_DIV: case T_SECTION: case T_TABLE:
	case T_FORMISH:
		/* a block with much text of its own beside its links is prose
		 * with sources cited ("10 things in tech", each item linked) */
		if (begun && holds_list_beside_prose(ni))
			return 0;
		if (begun && ni->tag != T_TABLE && is_banner(n))
			return 1;
		if (ld > 0.5f || (ld > 0.33f && ni->weight < 25 &&
		    ni->text - ni->links < MIN_OWN_PROSE))
			return 1;
		return 0;
	case T_P:
		return ni->text && ld > 0.8f &&
		    (ni->text < 200 || (holds_class(n, T_A, MIN_LINK_LINES,
		    MAX_LINK_NODES) && !ends_sentence(n)));
	case T_H:
		return ni->text && ld > 0.8f && ni->text < 200 &&
		    !(begun && paras_beside(n) >= 2);
	default:
		return 0;
	}
}

/* Writes the text under root (iterative, depth-capped). */
static void emit_tree(emitter *e, dom_node *root, size_t max_depth)
{
	dom_node *n = root;
	size_t depth = 0;
	while (n && !e->stop) {
		int descend = 0;
		if (n->type == DOM_ELEMENT) {
			ninfo *ni = info(n);
			descend = ni && !(ni->flags & F_SKIP) && depth < max_depth &&
			    !(n != root && drop_block(n, e->out.len > 0));
			if (ni && is_block(ni->tag))
				flush_para(e);
			if (ni && ni->tag == T_H && descend)
				e->heading = 1;
		} else if (n->type == DOM_TEXT) {
			emit_text(e, (const unsigned char *)n->text);
		}
		if (descend && n->first) {
			n = n->first;
			depth++;
			continue;
		}
		for (;;) {
			ninfo *ni = info(n);
			if (ni && is_block(ni->tag))
				flush_para(e);
			if (ni && ni->tag == T_H)
				e->heading = 0;
			if (n == root) {
				n = NULL;
				break;
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			depth--;
		}
	}
}

/* Drops author boxes from the end of the text: up to two last
 * paragraphs that introduce a writer. */
static void trim_bios(emitter *e)
{
	for (int k = 0; k < 2 && e->out.len; k++) {
		size_t n = e->out.len, i = n;
		while (i && e->out.data[i - 1] != '\n')
			i--;
		if (!i || !holds_phrase(e->out.data + i, n - i, bio_phrases))
			return;
		e->out.len = i - 1;
		e->out.data[e->out.len] = 0;
	}
}

/* The end of the text, whichever pass wrote it: an author's bio, then
 * the site's pitch closing the article, are cut. */
static void trim_tail(emitter *e)
{
	size_t n;
	trim_bios(e);
	/* a pitch run longer than the trimmer looks at goes in turns */
	for (int k = 0; k < 3 && (n = plaintext_trim_pitches(e->out.data,
	    e->out.len)) < e->out.len; k++)
		e->out.len = n;
	if (e->out.data)
		e->out.data[e->out.len] = 0;
}

/* A short label above the headline (a kicker or section name:
 * "Politik", "Wedding Planning", "Review"): a few words, no sentence
 * end. */
#define MAX_KICKERS 3
#define MAX_KICKER_LEN 40
#define MAX_KICKER_SPACES 2

static int is_kicker(const char *s, size_t n)
{
	char last = n ? s[n - 1] : 0;
	return n && n <= MAX_KICKER_LEN &&
	    count_spaces(s, n) <= MAX_KICKER_SPACES && last != '.' &&
	    last != '!' && last != '?' && last != ':';
}

/* The headline written again in the text: the title holds it already
 * (Readability drops the <h1> that repeats the title too). Only the
 * whole line, as the title reads, as the first line or after up to
 * MAX_KICKERS labels, which go with it; only when text follows it. */
static void trim_headline(emitter *e, const char *title)
{
	size_t n = title ? strlen(title) : 0, at = 0;
	if (!n || !e->out.len)
		return;
	for (int k = 0;; k++) {
		const char *nl;
		if (e->out.len > at + n && e->out.data[at + n] == '\n' &&
		    !memcmp(e->out.data + at, title, n)) {
			at += n + 1;
			memmove(e->out.data, e->out.data + at, e->out.len - at + 1);
			e->out.len -= at;
			return;
		}
		nl = memchr(e->out.data + at, '\n', e->out.len - at);
		if (k == MAX_KICKERS || !nl ||
		    !is_kicker(e->out.data + at, (size_t)(nl - e->out.data) - at))
			return;
		at = (size_t)(nl - e->out.data) + 1;
	}
}

/* Whether box s repeats what home holds: one of its first sentences
 * (text nodes of SENTENCE_BYTES or more, up to MAX_SAMPLES of them) is
 * a text of home's. Pages carry the story twice (a print copy, a
 * second layout for small screens, a box of results around a copy),
 * each copy in a box of the same class. */
#define SENTENCE_BYTES 40
#define MAX_SAMPLES 8

static int copies(const dom_node *s, const dom_node *home)
{
	const char *sample[MAX_SAMPLES];
	int n = 0;
	for (const dom_node *t = s; t && n < MAX_SAMPLES; t = dom_next(t, s, 1))
		if (t->type == DOM_TEXT && strlen(t->text) >= SENTENCE_BYTES)
			sample[n++] = t->text;
	if (!n)
		return 1;
	for (const dom_node *t = home; t; t = dom_next(t, home, 1))
		if (t->type == DOM_TEXT)
			for (int i = 0; i < n; i++)
				if (!strcmp(t->text, sample[i]))
					return 1;
	return 0;
}

/* Whether box s, elsewhere on the page, is another part of the body
 * the chosen box b (of class bcls) holds: the same tag and class, two
 * paragraphs or more, mostly prose and few links. Sites put each run
 * of paragraphs between two advertisements in a section of its own
 * (<section><div class="story">lead</div></section><section>ad
 * </section><section><div class="story">rest</div></section>), so
 * the parts are cousins, not siblings. */
static int is_cousin_part(dom_node *s, const dom_node *b, const char *bcls)
{
	const ninfo *si = info(s);
	/* the figures first: is_sister_part reads the attributes */
	return si && !(si->flags & F_SKIP) && si->prose >= MIN_TRAIL_PROSE &&
	    si->prose * 2 >= si->text && link_density(si) < 0.25f &&
	    is_sister_part(s, b, bcls);
}

/* Emits the parts of the body that come before the chosen box's parent
 * and outside it, in page order: the lead a site set in a section of
 * its own above an advertisement. Parts after the body are left out:
 * there boxes of a layout class ("row", "container") that hold prose
 * are a publisher's pitches as often as the story going on. The page's
 * other boxes of that class are few when they are parts: at most
 * MAX_PARTS are taken and MAX_PARTS * 2 looked at for copies (each look
 * walks the chosen box's parent). */
#define MAX_PARTS 8

static void emit_parts_before(emitter *e, walker *w, dom_node *best)
{
	const dom_node *home = best->parent, *n;
	attr_set ba;
	int parts = 0, looks = 0;
	read_attrs(best, &ba);
	if (!ba.cls || !*ba.cls)
		return;
	for (n = w->body; n && n != home && parts < MAX_PARTS &&
	    looks < 2 * MAX_PARTS;) {
		int skip = 0;
		ninfo *ni = n->type == DOM_ELEMENT ? info((dom_node *)n) : NULL;
		if (ni && (ni->flags & F_SKIP))
			skip = 1;
		else if (ni && (ni->flags & F_KEEP)) {
			skip = 1;  /* a lead box keep_leads_above marked */
			emit_tree(e, (dom_node *)n, w->max_depth);
		} else if (ni && n->tag == best->tag && !is_ancestor(n, home) &&
		    is_cousin_part((dom_node *)n, best, ba.cls)) {
			skip = 1;
			looks++;
			if (!copies(n, home)) {
				parts++;
				emit_tree(e, (dom_node *)n, w->max_depth);
			}
		}
		n = dom_next(n, w->body, !skip && n->type == DOM_ELEMENT);
	}
}

static void emit_chosen(emitter *e, walker *w, dom_node *best)
{
	int alone = !best->parent || !info(best->parent);
	dom_node *first = alone ? best : best->parent->first;
	if (!alone)
		emit_parts_before(e, w, best);
	for (dom_node *s = first; s; s = s->next) {
		ninfo *si = info(s);
		if (si && (si->flags & F_KEEP))
			emit_tree(e, s, w->max_depth);
		if (s == best && alone)
			break;
	}
	flush_para(e);
}

/* Fallback: every prose paragraph of the page. */
static void emit_all_paras(emitter *e, walker *w)
{
	for (size_t i = 0; i < w->n_paras; i++) {
		dom_node *n = w->paras[i];
		ninfo *ni = info(n);
		if (ni->tag != T_P && ni->tag != T_PRE && ni->tag != T_QUOTE)
			continue;
		if (link_density(ni) > 0.3f || ni->text < 40)
			continue;
		emit_tree(e, n, w->max_depth);
		flush_para(e);
	}
}

/* libxml2 checks each attribute of a tag against all earlier ones, so
 * a tag with a million attributes takes hours. Before parsing, tags with
 * more than MAX_ATTRS attributes lose the rest. The scanner below is a
 * table-free state machine over the raw bytes, one step per byte; with
 * out NULL it only counts the most attributes any tag has. It runs on
 * the long tags the nesting scan meets, and over the whole page only
 * when one of them has too many. */
#define MAX_ATTRS 128

enum scan { S_TEXT, S_NAME, S_TAG, S_ATTR, S_AFTER, S_BEFORE, S_QUOTED,
	S_UNQUOTED, S_COMMENT };

static int is_alpha(int c)
{
	return (c | 32) >= 'a' && (c | 32) <= 'z';
}

static size_t scan_attributes(const char *s, size_t len, char *out,
    size_t *out_len)
{
	enum scan st = S_TEXT;
	size_t attrs = 0, most = 0, j = 0;
	int keep = 1;
	char q = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char c;
		int sp;
		/* skip plain runs at memchr speed when nothing is dropped */
		if ((st == S_TEXT || st == S_QUOTED) && keep) {
			const char *e = memchr(s + i, st == S_TEXT ? '<' : q, len - i);
			size_t run = e ? (size_t)(e - (s + i)) : len - i;
			if (out)
				memcpy(out + j, s + i, run);
			j += run;
			i += run;
			if (i == len)
				break;
		}
		c = (unsigned char)s[i];
		sp = is_space(c);
		switch (st) {
		case S_TEXT:
			if (c == '<' && i + 3 < len && !memcmp(s + i, "<!--", 4))
				st = S_COMMENT;
			else if (c == '<' && i + 1 < len && is_alpha(s[i + 1])) {
				st = S_NAME;
				attrs = 0;
			}
			break;
		case S_COMMENT:
			if (c == '>' && i >= 2 && s[i - 1] == '-' && s[i - 2] == '-')
				st = S_TEXT;
			break;
		case S_NAME:
			st = c == '>' ? S_TEXT : sp ? S_TAG : S_NAME;
			break;
		case S_AFTER:  /* past a name: "=", a new attribute, or ">" */
			if (c == '=') {
				st = S_BEFORE;
				break;
			}
			/* fall through */
		case S_TAG:
			if (c == '>')
				st = S_TEXT;
			else if (!sp && c != '/') {
				st = S_ATTR;
				keep = ++attrs <= MAX_ATTRS;
				most = attrs > most ? attrs : most;
			}
			break;
		case S_ATTR:
			st = c == '>' ? S_TEXT : c == '=' ? S_BEFORE : sp ? S_AFTER : S_ATTR;
			break;
		case S_BEFORE:
			if (c == '"' || c == '\'') {
				st = S_QUOTED;
				q = (char)c;
			} else if (c == '>') {
				st = S_TEXT;
			} else if (!sp) {
				st = S_UNQUOTED;
			}
			break;
		case S_QUOTED:
			if (c == (unsigned char)q)
				st = S_TAG;
			break;
		case S_UNQUOTED:
			st = c == '>' ? S_TEXT : sp ? S_TAG : S_UNQUOTED;
			break;
		}
		if (st == S_TEXT || st == S_NAME || st == S_TAG || st == S_COMMENT)
			keep = 1;
		if (out && (keep || (c == '>' && st == S_TEXT)))
			out[j++] = (char)c;
	}
	if (out_len)
		*out_len = j;
	return most;
}

/* ---- bounding the tree before libxml2 parses it ----------------------
 * libxml2 given XML_PARSE_HUGE keeps any nesting and any text node, but
 * then each end tag that matches nothing searches its whole stack of open
 * elements (time = depth x strays). So a pre-scan like scan_attributes follows the open
 * elements the way libxml2 will, counts the elements (too many: refused),
 * and when the nesting passes NEST_CAP rewrites the page: start tags past
 * the cap are dropped with their end tags, and so are end tags matching
 * nothing open. Void and auto-closing elements (p, li, td...) never count
 * as open, and script and style (libxml2's raw-text elements) are passed
 * through whole. Counts of open elements per name hash make "is a
 * element of this name open?" O(1), so the scan is linear. Pages that
 * stay under the cap reach libxml2 unchanged. */
#define NEST_CAP 200
#define MAX_ELEMENTS 2000000
#define NAME_LEN 24
#define NAME_HASHES 1024

typedef struct nester {
	char names[NEST_CAP][NAME_LEN];  /* open elements, outermost first */
	uint16_t hashes[NEST_CAP];
	uint32_t open[NAME_HASHES];      /* open elements per name hash */
	uint8_t flat[NAME_HASHES];       /* hashes of flat_tags */
	size_t next[3];                  /* see next_of */
	size_t sp, elements;
	int capped;                      /* the cap was reached */
	int crowded;                     /* a tag has over MAX_ATTRS attributes */
} nester;

static const char *const flat_tags[] = {"area", "base", "br", "col",
	"embed", "hr", "img", "input", "link", "meta", "param", "source",
	"track", "wbr", "p", "li", "dt", "dd", "tr", "td", "th", "option",
	"optgroup", "thead", "tbody", "tfoot", "colgroup", "frame", "keygen",
	"basefont", "isindex", NULL};

static int name_in(const char *n, const char *const *t)
{
	for (; *t; t++)  /* the first byte turns most away */
		if (**t == *n && !strcmp(n, *t))
			return 1;
	return 0;
}

static int is_name_char(int c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '-' || c == ':' ||
	    c == '_';
}

/* Reads the tag name at s[i..) lowercased (cut at NAME_LEN - 1) into nm;
 * returns the index past it. */
static size_t read_name(const char *s, size_t len, size_t i, char *nm)
{
	size_t k = 0;
	for (; i < len && is_name_char((unsigned char)s[i]); i++)
		if (k < NAME_LEN - 1)
			nm[k++] = (char)(s[i] | (is_alpha(s[i]) ? 32 : 0));
	nm[k] = 0;
	return i;
}

/* The first '>', '"' or '\'' (k = 0, 1, 2) at or after i, or len. Each
 * is looked for with memchr once per occurrence, the answer kept until i
 * passes it: the scan stays linear however many quotes a tag holds. */
static size_t next_of(nester *n, int k, const char *s, size_t len,
    size_t i)
{
	if (n->next[k] == SIZE_MAX || n->next[k] < i) {
		const char *e = NULL;
		if (i < len)
			e = memchr(s + i, ">\"'"[k], len - i);
		n->next[k] = e ? (size_t)(e - s) : len;
	}
	return n->next[k];
}

/* Whether the quote at q follows "=" (white space between allowed),
 * looking back no further than from: only then does it open a value. */
static int after_equals(const char *s, size_t from, size_t q)
{
	while (q > from && is_space((unsigned char)s[q - 1]))
		q--;
	return q > from && s[q - 1] == '=';
}

/* The index past the '>' ending the tag whose attributes start at i: a
 * quote opens a quoted value only right after "=" (as in libxml2). */
static size_t tag_end(nester *n, const char *s, size_t len, size_t i)
{
	size_t from = i;
	for (;;) {
		size_t g = next_of(n, 0, s, len, i), q = next_of(n, 1, s, len, i);
		size_t q2 = next_of(n, 2, s, len, i), c;
		q = q2 < q ? q2 : q;
		if (g <= q)
			return g < len ? g + 1 : len;
		if (!after_equals(s, from, q)) {
			i = q + 1;
			continue;
		}
		c = next_of(n, s[q] == '"' ? 1 : 2, s, len, q + 1);
		if (c >= len)
			return len;
		i = c + 1;
	}
}

static uint16_t name_hash(const char *n)
{
	uint32_t h = 5381;
	while (*n)
		h = h * 33 + (unsigned char)*n++;
	return (uint16_t)(h % NAME_HASHES);
}

/* The index of the end of the raw text opened at i by <nm> (the '<' of
 * its end tag, or len). */
static size_t raw_end(const char *s, size_t len, size_t i, const char *nm)
{
	size_t n = strlen(nm);
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		if (!lt)
			return len;
		i = (size_t)(lt - s);
		if (i + 2 + n <= len && s[i + 1] == '/' &&
		    !strncasecmp(s + i + 2, nm, n))
			return i;
		i++;
	}
	return len;
}

static int is_flat(const nester *n, const char *nm, uint16_t h)
{
	return n->flat[h] && name_in(nm, flat_tags);
}

/* An end tag: closes the innermost open element of its name and those
 * inside it; returns 0 when it matches nothing open (to be dropped). */
static int close_element(nester *n, const char *nm)
{
	uint16_t h = name_hash(nm);
	size_t k = n->open[h] ? n->sp : 0;
	if (is_flat(n, nm, h))
		return 1;
	while (k > 0 && strcmp(n->names[k - 1], nm))
		k--;
	if (!k)  /* stray, or the end tag of a dropped start tag */
		return 0;
	while (n->sp >= k)
		n->open[n->hashes[--n->sp]]--;
	return 1;
}

/* A start tag (self_closed: ends in "/>"); returns 0 when past the cap
 * (to be dropped). */
static int open_element(nester *n, const char *nm, int self_closed)
{
	uint16_t h = name_hash(nm);
	n->elements++;
	if (self_closed || is_flat(n, nm, h))
		return 1;
	if (n->sp == NEST_CAP) {
		n->capped = 1;
		return 0;
	}
	n->hashes[n->sp] = h;
	n->open[h]++;
	memcpy(n->names[n->sp++], nm, strlen(nm) + 1);
	return 1;
}

/* One tag starting with '<' at i: sets *end past it (past the raw text
 * of script and style) and returns whether to keep it. */
static int scan_tag(nester *n, const char *s, size_t len, size_t i,
    size_t *end)
{
	char nm[NAME_LEN];
	int close = s[i + 1] == '/';
	size_t e = tag_end(n, s, len, read_name(s, len, i + 1 + close, nm));
	*end = e;
	/* MAX_ATTRS attributes take twice as many bytes: only long tags
	 * are counted, so scan_attributes runs on few pages */
	if (e - i > 2 * MAX_ATTRS && !n->crowded)
		n->crowded = scan_attributes(s + i, e - i, NULL, NULL) > MAX_ATTRS;
	if (close)
		return close_element(n, nm);
	if (!strcmp(nm, "script") || !strcmp(nm, "style")) {
		*end = raw_end(s, len, e, nm);
		n->elements++;
		return 1;
	}
	return open_element(n, nm, e >= i + 2 && s[e - 2] == '/' &&
	    s[e - 1] == '>');
}

/* The index past the "-->" closing a comment whose text starts at i. */
static size_t comment_end(const char *s, size_t len, size_t i)
{
	while (i < len) {
		const char *gt = memchr(s + i, '>', len - i);
		if (!gt)
			return len;
		i = (size_t)(gt - s) + 1;
		if (gt - s >= 2 && gt[-1] == '-' && gt[-2] == '-')
			return i;
	}
	return len;
}

/* Scans s[0..len) and, when out is not NULL, writes the kept bytes to
 * out and their count to *out_len. */
static void scan_nesting(nester *n, const char *s, size_t len, char *out,
    size_t *out_len)
{
	size_t i = 0, j = 0;
	memset(n, 0, sizeof *n);
	for (const char *const *t = flat_tags; *t; t++)
		n->flat[name_hash(*t)] = 1;
	for (int k = 0; k < 3; k++)
		n->next[k] = SIZE_MAX;
	while (i < len) {
		const char *lt = memchr(s + i, '<', len - i);
		size_t t = lt ? (size_t)(lt - s) : len, end;
		int keep = 1;
		if (t + 3 < len && !memcmp(s + t, "<!--", 4)) {
			end = comment_end(s, len, t + 4);
		} else if (t + 2 < len && (is_alpha(s[t + 1]) ||
		    (s[t + 1] == '/' && is_alpha(s[t + 2])))) {
			keep = scan_tag(n, s, len, t, &end);
		} else {
			end = t < len ? t + 1 : len;
		}
		if (out) {
			memcpy(out + j, s + i, (keep ? end : t) - i);
			j += (keep ? end : t) - i;
		}
		i = end;
	}
	if (out_len)
		*out_len = j;
}

/* Refuses pages of more than MAX_ELEMENTS elements; rewrites *s when a
 * tag has more than MAX_ATTRS attributes, when its nesting passes
 * NEST_CAP or when it holds NUL bytes (libxml2 stops at a NUL inside a
 * tag: each becomes a space). */
static concord_status bound_page(arena *a, const char **s, size_t *len)
{
	nester n;
	char *c, *z;
	scan_nesting(&n, *s, *len, NULL, NULL);
	if (n.crowded) {
		if (!(c = arena_alloc(a, *len + 1)))
			return CONCORD_ENOMEM;
		scan_attributes(*s, *len, c, len);
		c[*len] = 0;
		*s = c;
		scan_nesting(&n, *s, *len, NULL, NULL);
	}
	if (n.elements > MAX_ELEMENTS)
		return CONCORD_ELIMIT;
	if (!n.capped && !memchr(*s, 0, *len))
		return CONCORD_OK;
	if (!(c = arena_alloc(a, *len + 1)))
		return CONCORD_ENOMEM;
	if (n.capped)
		scan_nesting(&n, *s, *len, c, len);
	else
		memcpy(c, *s, *len);
	for (z = c; (z = memchr(z, 0, *len - (size_t)(z - c))); z++)
		*z = ' ';
	c[*len] = 0;
	*s = c;
	return CONCORD_OK;
}

/* ---- React's streamed segments -------------------------------------
 * A React server render streams each suspended part of the page late,
 * as <div hidden id="S:n"> at the end of the body, and a script moves it
 * where <template id="B:n"> marks its place (a "Loading..." fallback
 * beside it), or where a placeholder with id "P:n" stands (the pages
 * seen pair the same n; React's scripts say so, but the tree keeps no
 * script text). Without scripts, the article sits in hidden boxes after
 * the footer; put back where the template says, it reads in order. */
#define MAX_SEGMENTS 4096

/* n of a "B:n", "P:n" or "S:n" id (kind is the letter; n hexadecimal,
 * below MAX_SEGMENTS), or -1. */
static int segment_id(const char *id, char kind)
{
	int v = 0;
	if (!id || id[0] != kind || id[1] != ':' || !id[2])
		return -1;
	for (id += 2; *id; id++) {
		int c = (unsigned char)*id, d = c >= '0' && c <= '9' ? c - '0' :
		    c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
		if (d < 0 || v >= MAX_SEGMENTS / 16)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* Moves the children of seg to right after mark (same parent). */
static void splice_after(dom_node *mark, dom_node *seg)
{
	for (dom_node *at = mark, *c; (c = seg->first); at = c) {
		dom_unlink(c);
		dom_insert_after(at, c);
	}
}

/* Collects the marks and segments first, then moves each segment: one
 * streamed late may belong inside another. */
static void place_segments(arena *a, dom_node *root)
{
	dom_node **marks = NULL, **segs = NULL, *n;
	int id;
	for (n = root; n; n = (dom_node *)dom_next(n, root, 1)) {
		if (n->type == DOM_ELEMENT) {
			const char *v = dom_attr(n, "id");
			if (((id = segment_id(v, 'P')) >= 0 ||
			    (n->tag == DOM_TAG_TEMPLATE &&
			    (id = segment_id(v, 'B')) >= 0))) {
				if (!marks && (!(marks = arena_calloc(a, MAX_SEGMENTS,
				    sizeof *marks)) || !(segs = arena_calloc(a,
				    MAX_SEGMENTS, sizeof *segs))))
					return;
				marks[id] = n;
			} else if (marks && (id = segment_id(v, 'S')) >= 0 &&
			    dom_attr(n, "hidden")) {
				segs[id] = n;
			}
		}
	}
	for (id = 0; marks && id < MAX_SEGMENTS; id++)
		if (marks[id] && segs[id] && marks[id]->parent &&
		    !is_ancestor(segs[id], marks[id]))
			splice_after(marks[id], segs[id]);
}

/* Gives body what n holds: n itself, or for a stray <html> or <body>
 * its children (a nesting of those unwrapped up to depth 4). */
static void adopt(dom_node *body, dom_node *n, int depth)
{
	if (n->type == DOM_ELEMENT && depth < 4 && (n->tag == DOM_TAG_HTML ||
	    n->tag == DOM_TAG_BODY)) {
		while (n->first)
			adopt(body, n->first, depth + 1);
	}
	dom_unlink(n);  /* an emptied wrapper too: it reads as nothing */
	dom_append(body, n);
}

/* The body, given the elements the parser put after it: a page with a
 * stray "</body></html>" mid-way has the rest of its text (often the
 * article) in a second <html> after the first body. */
static dom_node *find_body(dom_node *root)
{
	dom_node *body = dom_child(root, "body");
	if (!body)
		return root;
	while (body->next) {
		dom_node *n = body->next;
		if (n->type == DOM_ELEMENT && n->tag == DOM_TAG_HEAD)
			break;
		adopt(body, n, 0);
	}
	return body;
}

static void emitter_init(emitter *e, size_t max)
{
	memset(e, 0, sizeof *e);
	e->out.max = max;
	e->cur.max = max;
}

static void emitter_free(emitter *e)
{
	buf_free(&e->out);
	buf_free(&e->cur);
}

/* Runs the passes over body once; the result is in e->out. */
static concord_status run_passes(walker *w, dom_node *body, emitter *e,
    size_t cap)
{
	dom_node *best;
	float score = 0;
	w->n_paras = 0;
	w->wrappers = 0;
	w->body = body;
	if (annotate(w, body))
		return CONCORD_ENOMEM;
	best = score_candidates(w, &score);
	if (best) {
		choose(best, score);
		keep_leads_above(best);
		emit_chosen(e, w, best);
	}
	if (e->out.len < MIN_GOOD_TEXT) {
		emitter alt;
		emitter_init(&alt, cap);
		emit_all_paras(&alt, w);
		if (alt.out.len > e->out.len) {
			emitter_free(e);
			*e = alt;
		} else {
			emitter_free(&alt);
		}
	}
	return e->oom ? CONCORD_ENOMEM : CONCORD_OK;
}

/* Class and id names mislead now and then (a page wrapped in "page-ad-
 * margins"); when the first run finds little, a second run ignores them,
 * as Readability does, and the longer result wins. */
static concord_status extract_body(walker *w, dom_node *body, emitter *e,
    size_t cap)
{
	concord_status st;
	w->strip = 1;
	if ((st = run_passes(w, body, e, cap)))
		return st;
	if (e->out.len < MIN_GOOD_TEXT) {
		emitter alt;
		emitter_init(&alt, cap);
		w->strip = 0;
		st = run_passes(w, body, &alt, cap);
		if (!st && alt.out.len > e->out.len) {
			emitter_free(e);
			*e = alt;
		} else {
			emitter_free(&alt);
		}
		if (st)
			return st;
	}
	if (!e->out.len) {
		/* No paragraph at all: the visible text of the body. */
		emit_tree(e, body, w->max_depth);
		flush_para(e);
	}
	return e->oom ? CONCORD_ENOMEM : CONCORD_OK;
}

concord_status html_extract(arena *a, const char *s, size_t len,
    size_t max_depth, char **text, size_t *text_len, html_meta *meta)
{
	concord_status st = CONCORD_OK;
	emitter e;
	walker w = {0};
	dom_node *root, *body;

	*text = NULL;
	*text_len = 0;
	if (len > INT32_MAX)
		return CONCORD_ELIMIT;
	if ((st = bound_page(a, &s, &len)))
		return st;
	/* the tree and the per-element facts die together */
	if (!(w.scratch = arena_new(0)))
		return CONCORD_ENOMEM;
	if ((st = dom_parse(w.scratch, s, len, MAX_ELEMENTS, &root)) || !root) {
		arena_free(w.scratch);
		return st;  /* nothing parsable: no text */
	}
	meta_extract(a, root, meta);
	place_segments(w.scratch, root);
	body = find_body(root);
	w.max_depth = max_depth;
	emitter_init(&e, len + 16);
	st = extract_body(&w, body, &e, len + 16);
	if (!st) {
		trim_tail(&e);
		trim_headline(&e, meta->title);
	}
	if (!st && e.out.len) {
		*text = arena_strndup(a, e.out.data, e.out.len);
		*text_len = e.out.len;
		if (!*text)
			st = CONCORD_ENOMEM;
	}
	emitter_free(&e);
	arena_free(w.scratch);
	return st;
}
