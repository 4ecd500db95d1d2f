/* meta.c - what a page says about itself: headline, publisher, author,
 * publication date, canonical URL.
 *
 * One walk over the tree collects every source we know, each into its own
 * slot (first occurrence wins); then, per field, the most reliable source
 * that has a value is taken. JSON-LD (schema.org Article and kin, also
 * inside @graph or arrays) is the most deliberate statement a publisher
 * makes, then OpenGraph and article:* properties, then meta name tags,
 * then what the visible page shows (<time>, itemprop, bylines, <title>),
 * then a WebPage's JSON-LD, then the text itself ("Posted on ...", "By
 * Jane Doe", a date standing alone, which goes before a box classed as
 * a date when the page shows it first), then the date a page shows as
 * its update ("Last updated: ..."); a declared modification date alone
 * is no publication date. A JSON-LD date nothing else confirms yields to
 * the date the page shows (templates fill it with the last rebuild),
 * and the day in the URL ("/2025/12/18/") settles a date one day off;
 * of one instant declared in UTC and with the publisher's offset, the
 * local day is taken. Dates in site menus, a masthead's clock,
 * comments and citations are not the story's, nor are dates and
 * bylines of teaser cards (another <article>, a card after the
 * story's), and a byline's "Dec 20, 2025 at 3:00 am" is a date.
 * The visible <h1> wins over declared titles when it agrees with them
 * (or is the page's only one): the closest of several, not a blog's
 * name that is a part of the <title>, and not when it only dresses the
 * declared title (a date, a label, capitals); the declared title when
 * the <h1> only adds small words to it or shows '?' for its characters.
 * A short label after a dash ("- Infographic") is no part of the
 * headline. An author that is the site itself gives way to a person.
 * Every value is cleaned the same way: references decoded, white space
 * collapsed, double-encoded UTF-8 repaired, "By " and labels dropped.
 */
#include "meta.h"
#include "mojibake.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "json.h"
#include "util.h"

#define MAX_FIELD 400
#define JSON_DEPTH 32
#define JSON_NODES 2000
#define MAX_LD_SCRIPTS 16
#define MAX_LD_VALUES 16  /* values one after another in one script */
#define MAX_CJK_LINE 160  /* bytes of a CJK date line, label and time */

enum slot {
	LD_TITLE, LD_DATE, LD_AUTHOR, LD_SITE, LD_URL,
	OG_TITLE, OG_SITE, OG_URL, OG_DATE, OG_AUTHOR, TW_TITLE,
	M_AUTHOR, M_DATE, M_TITLE, CANONICAL, TITLE_TAG, ITEM_DATE,
	TIME_DATE, ITEM_AUTHOR, REL_AUTHOR, BYLINE, WEBSITE_NAME, H1, H1_2,
	H1_3, LD_MODIFIED, OG_MODIFIED, SHOWN_DATE, LD_ORG_AUTHOR, PUB_TEXT,
	CLASS_AUTHOR, PAGE_TITLE, PAGE_DATE, PAGE_AUTHOR, PAGE_MODIFIED,
	PAGE_ORG_AUTHOR, BY_TEXT, BARE_DATE, UPD_TEXT, COPYRIGHT, N_SLOTS
};

/* <article>s whose judgement (story or teaser) is remembered: the walk
 * comes back to a box after each card inside it, and the boxes it can
 * come back to are those above it, at most 24 deep (article_of). */
#define BOX_MEMORY 32

typedef struct collector {
	arena *a;       /* where slot strings live (scratch) */
	char *slot[N_SLOTS];
	int ld_scripts;
	int text_reads;  /* subtree texts read so far (bounded: hostile
	                    pages nest thousands of "date" boxes) */
	int by_tries;    /* "By ..." texts examined (each costs a copy) */
	int bare_first;  /* BARE_DATE was met before SHOWN_DATE */
	int more_h1;     /* <h1>s after the first outside page furniture */
	const dom_node *h1;        /* the first <h1> met */
	struct {
		const dom_node *box;   /* an <article> judged ... */
		int foreign;           /* ... whether it is a teaser's */
		unsigned used;         /* when last asked (least goes first) */
	} boxes[BOX_MEMORY];
	unsigned box_clock;
	const dom_node *story;     /* the story's <article>, once met */
	size_t json_nodes;
} collector;

#define MAX_TEXT_READS 64
#define SEG '\x1f'
#define MAX_BY_TRIES 256

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

/* Length of the character reference at s ("&amp;", "&#163;", "&#xA3;")
 * and its code point in *cp, or 0. JSON-LD and some attributes carry
 * them escaped twice, so the parser's decoding left them literal. */
static size_t char_ref(const char *s, unsigned *cp)
{
	static const struct { const char *name; unsigned cp; } named[] = {
		{"&amp;", '&'}, {"&quot;", '"'}, {"&apos;", '\''}, {"&lt;", '<'},
		{"&gt;", '>'}, {"&nbsp;", ' '}, {"&rsquo;", 0x2019},
		{"&lsquo;", 0x2018}, {"&ldquo;", 0x201C}, {"&rdquo;", 0x201D},
		{"&ndash;", 0x2013}, {"&mdash;", 0x2014}, {"&hellip;", 0x2026},
		{"&bull;", 0x2022}, {"&middot;", 0xB7}, {"&raquo;", 0xBB},
		{"&laquo;", 0xAB}, {"&#039;", '\''},
	};
	unsigned v = 0;
	size_t i = 2;
	if (s[1] != '#') {
		for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
			size_t n = strlen(named[k].name);
			if (!strncmp(s, named[k].name, n)) {
				*cp = named[k].cp;
				return n;
			}
		}
		return 0;
	}
	int hex = s[2] == 'x' || s[2] == 'X';
	for (i = hex ? 3 : 2; i < 10; i++) {
		int c = (unsigned char)s[i], d;
		if (c >= '0' && c <= '9') d = c - '0';
		else if (hex && (c | 32) >= 'a' && (c | 32) <= 'f') d = (c | 32) - 'a' + 10;
		else break;
		v = v * (hex ? 16 : 10) + (unsigned)d;
	}
	if (s[i] != ';' || i == (hex ? 3u : 2u) || v == 0 || v > 0x10FFFF ||
	    (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return i + 1;
}

/* Copy of s with character references decoded, white space collapsed
 * and trimmed, the invisible characters (util.h) left out, at most
 * MAX_FIELD bytes (cut at a character boundary); NULL when empty. */
static char *clean_copy(arena *a, const char *s)
{
	size_t n = 0, k;
	int sp = 0;
	unsigned cp;
	char *o;
	if (!s)
		return NULL;
	o = arena_alloc(a, MAX_FIELD + 8);
	if (!o)
		return NULL;
	while (*s && n < MAX_FIELD) {
		unsigned char c = (unsigned char)*s;
		if (is_ws(c) || (c == 0xC2 && (unsigned char)s[1] == 0xA0)) {
			s += c == 0xC2 ? 2 : 1;
			sp = n > 0;
			continue;
		}
		if ((k = invisible_at((const unsigned char *)s)) > 0) {
			s += k;
			continue;
		}
		if (c == '&' && (k = char_ref(s, &cp)) > 0 && cp != ' ') {
			s += k;
			if (invisible_cp((int32_t)cp))
				continue;
			if (sp)
				o[n++] = ' ';
			sp = 0;
			n += (size_t)utf8proc_encode_char((utf8proc_int32_t)cp,
			    (utf8proc_uint8_t *)o + n);
			continue;
		}
		if (sp)
			o[n++] = ' ';
		sp = 0;
		/* copy one whole UTF-8 character */
		k = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
		for (size_t i = 0; i < k && *s; i++)
			o[n++] = *s++;
	}
	o[n] = 0;
	/* UTF-8 read as windows-1252 and encoded again, put right in
	 * place (the repair is never longer) */
	if (mojibake_undo(o, n, NULL))
		mojibake_undo(o, n, o);
	return *o ? o : NULL;
}

static void put(collector *c, enum slot s, const char *v)
{
	if (!c->slot[s] && v)
		c->slot[s] = clean_copy(c->a, v);
}

static int looks_like_url(const char *s)
{
	return s && (!strncmp(s, "http://", 7) || !strncmp(s, "https://", 8) ||
	    !strncmp(s, "//", 2));
}

static const char *jstr(const json_value *v)
{
	return v && v->type == JSON_STRING ? v->str : NULL;
}

/* Name of a person/organization value: "X", {"name": "X"}. */
static const char *json_name(const json_value *v)
{
	if (!v)
		return NULL;
	if (v->type == JSON_STRING)
		return looks_like_url(v->str) ? NULL : v->str;
	if (v->type == JSON_OBJECT)
		return jstr(json_get(v, "name"));
	if (v->type == JSON_ARRAY)
		return json_name(v->child);
	return NULL;
}

static int type_is_org(const char *t)
{
	return !strcmp(t, "Organization") || !strcmp(t, "NewsMediaOrganization") ||
	    !strcmp(t, "Corporation") || !strcmp(t, "WebSite");
}

static int has_type(const json_value *obj, int (*pred)(const char *));

/* "A, B" from an author value that may be an array. Organizations named
 * as authors are kept apart: a person's byline is the better answer. */
static void put_authors(collector *c, const json_value *v, int page)
{
	enum slot person = page ? PAGE_AUTHOR : LD_AUTHOR;
	enum slot org = page ? PAGE_ORG_AUTHOR : LD_ORG_AUTHOR;
	char joined[MAX_FIELD + 1];
	size_t n = 0;
	int count = 0;
	if (!v)
		return;
	if (v->type != JSON_ARRAY) {
		if (v->type == JSON_OBJECT && has_type(v, type_is_org))
			put(c, org, json_name(v));
		else
			put(c, person, json_name(v));
		return;
	}
	joined[0] = 0;
	for (const json_value *e = v->child; e && count < 8; e = e->next) {
		const char *name = json_name(e);
		if (e->type == JSON_OBJECT && has_type(e, type_is_org))
			continue;
		if (!name || !*name || strlen(name) + n + 3 > MAX_FIELD)
			continue;
		n += (size_t)snprintf(joined + n, sizeof joined - n, "%s%s",
		    count ? ", " : "", name);
		count++;
	}
	if (count)
		put(c, person, joined);
	else
		put(c, org, json_name(v));
}

static int type_is_article(const char *t)
{
	size_t n = t ? strlen(t) : 0;
	if (!n)
		return 0;
	return (n >= 7 && !strcmp(t + n - 7, "Article")) ||
	    (n >= 7 && !strcmp(t + n - 7, "Posting")) ||
	    !strcmp(t, "ReportageNews") || !strcmp(t, "Report") ||
	    !strcmp(t, "NewsArticle");
}

static int has_type(const json_value *obj, int (*pred)(const char *))
{
	const json_value *t = json_get(obj, "@type");
	if (!t)
		return 0;
	if (t->type == JSON_STRING)
		return pred(t->str);
	if (t->type == JSON_ARRAY)
		for (const json_value *e = t->child; e; e = e->next)
			if (e->type == JSON_STRING && pred(e->str))
				return 1;
	return 0;
}

static int type_is_website(const char *t)
{
	return !strcmp(t, "WebSite");
}

/* An Article object, or (page != 0) a WebPage one: pages that carry no
 * Article state their headline and dates on the WebPage, but its "name"
 * is the <title> with the site's name, so it is read apart and ranked
 * after the Article's. */
static void read_article(collector *c, const json_value *o, int page)
{
	const json_value *pub = json_get(o, "publisher");
	enum slot title = page ? PAGE_TITLE : LD_TITLE;
	enum slot date = page ? PAGE_DATE : LD_DATE;
	put(c, title, jstr(json_get(o, "headline")));
	if (!page)
		put(c, title, jstr(json_get(o, "name")));
	put(c, date, jstr(json_get(o, "datePublished")));
	put(c, date, jstr(json_get(o, "dateCreated")));
	put(c, page ? PAGE_MODIFIED : LD_MODIFIED,
	    jstr(json_get(o, "dateModified")));
	put_authors(c, json_get(o, "author"), page);
	put_authors(c, json_get(o, "creator"), page);
	put(c, LD_SITE, json_name(pub));
	if (!page)
		put(c, LD_URL, jstr(json_get(o, "url")));
}

static int type_is_page(const char *t)
{
	return !strcmp(t, "WebPage") || !strcmp(t, "ItemPage") ||
	    !strcmp(t, "AboutPage") || !strcmp(t, "CollectionPage");
}

/* Visits a JSON-LD value: objects of article type, @graph, arrays. The
 * visit is bounded in depth and in nodes. */
static void visit_ld(collector *c, const json_value *v, int depth)
{
	if (!v || depth > JSON_DEPTH || ++c->json_nodes > JSON_NODES)
		return;
	if (v->type == JSON_ARRAY) {
		for (const json_value *e = v->child; e; e = e->next)
			visit_ld(c, e, depth + 1);
		return;
	}
	if (v->type != JSON_OBJECT)
		return;
	if (has_type(v, type_is_article))
		read_article(c, v, 0);
	else if (has_type(v, type_is_page))
		read_article(c, v, 1);
	else if (has_type(v, type_is_website))
		put(c, WEBSITE_NAME, jstr(json_get(v, "name")));
	visit_ld(c, json_get(v, "@graph"), depth + 1);
	const json_value *me = json_get(v, "mainEntity");
	if (me && me->type == JSON_OBJECT)
		visit_ld(c, me, depth + 1);
}

/* Where s continues after the opening marker m ("<![CDATA[", "<!--"),
 * with white space and a "//" before it (scripts hide markers from
 * JavaScript so), or NULL when s does not open with m. */
static const char *after_marker(const char *s, const char *e, const char *m)
{
	size_t n = strlen(m);
	while (s < e && is_ws((unsigned char)*s))
		s++;
	if (e - s >= 2 && s[0] == '/' && s[1] == '/')
		for (s += 2; s < e && is_ws((unsigned char)*s); s++)
			;
	return (size_t)(e - s) >= n && !memcmp(s, m, n) ? s + n : NULL;
}

/* The end of t without a closing marker m ("]]>", "-->"), its "//" and
 * the white space around them. */
static const char *drop_marker(const char *t, const char *e, const char *m)
{
	size_t n = strlen(m);
	while (e > t && is_ws((unsigned char)e[-1]))
		e--;
	if ((size_t)(e - t) < n || memcmp(e - n, m, n))
		return e;
	const char *end = e - n;
	while (end > t && is_ws((unsigned char)end[-1]))
		end--;
	return end - t >= 2 && end[-1] == '/' && end[-2] == '/' ? end - 2 : e - n;
}

/* JSON-LD text as pages write it: read leniently (comments, raw line
 * breaks in strings, trailing commas), less the wrappers some plugins put
 * around it (a CDATA section or an HTML comment, either after "//"), and
 * value after value when several follow one another ("{...}{...}",
 * "{...};"). */
static void read_ld_text(collector *c, const char *t)
{
	const char *e = t + strlen(t), *s;
	if (++c->ld_scripts > MAX_LD_SCRIPTS)
		return;
	if ((s = after_marker(t, e, "<![CDATA[")))
		e = drop_marker(s, e, "]]>");
	else if ((s = after_marker(t, e, "<!--")))
		e = drop_marker(s, e, "-->");
	else
		s = t;
	for (int i = 0; i < MAX_LD_VALUES && s < e; i++) {
		json_value *v = NULL;
		size_t used = 0;
		if (json_parse_page(c->a, s, (size_t)(e - s), JSON_DEPTH, &v,
		    &used))
			break;
		visit_ld(c, v, 0);
		for (s += used; s < e && (is_ws((unsigned char)*s) || *s == ';' ||
		    *s == ','); s++)
			;
	}
}

static void read_ld_json(collector *c, const dom_node *script)
{
	/* dom keeps a JSON-LD script's text as its one child */
	const dom_node *t = script->first;
	if (t && t->type == DOM_TEXT)
		read_ld_text(c, t->text);
}

/* JSON-LD carried in a meta tag (Next.js heads emit <meta
 * name="script:ld+json" content="{&quot;@type&quot;:...}">): the parser
 * has decoded the references, so the content is the same JSON a script
 * would hold, and the same statement by the publisher. */
static int is_ld_meta(const char *k, const char *val)
{
	while (*val == ' ' || *val == '\t' || *val == '\n' || *val == '\r')
		val++;
	return (*val == '{' || *val == '[') && strstr(val, "\"@type\"") &&
	    strstr((const char *)k, "ld+json");
}

static const char *prop(const dom_node *n, const char *name)
{
	return dom_attr(n, name);
}

static int ieq(const char *a, const char *b)
{
	return a && !strcasecmp((const char *)a, b);
}

/* Copies s into low (cap bytes, cut to fit) with ASCII letters
 * lower-cased. */
static void lower_copy(char *low, size_t cap, const char *s)
{
	size_t n;
	for (n = 0; s[n] && n + 1 < cap; n++)
		low[n] = (char)(s[n] >= 'A' && s[n] <= 'Z' ? s[n] + 32 : s[n]);
	low[n] = 0;
}

/* Keys of the house-made kind ("published-date", "publishDate",
 * "pub_date_time"): they speak of publishing and of a date or time, and
 * not of an update. */
static int names_pub_date(const char *k)
{
	char low[64];
	lower_copy(low, sizeof low, k);
	return (strstr(low, "publish") || strstr(low, "pub_") ||
	    strstr(low, "pubdate")) && (strstr(low, "date") ||
	    strstr(low, "time")) && !strstr(low, "modif") &&
	    !strstr(low, "updat") && !strstr(low, "expir");
}

/* <meta property|name|itemprop=K content=V>. */
static void read_meta(collector *c, const dom_node *n)
{
	const char *k = prop(n, "property"), *v = prop(n, "content");
	const char *val = (const char *)v;
	if (!k)
		k = prop(n, "name");
	if (!k)
		k = prop(n, "itemprop");
	if (k && val) {
		if (ieq(k, "og:title")) put(c, OG_TITLE, val);
		else if (ieq(k, "og:site_name")) put(c, OG_SITE, val);
		else if (ieq(k, "og:url")) put(c, OG_URL, val);
		else if (ieq(k, "twitter:title")) put(c, TW_TITLE, val);
		else if (ieq(k, "article:published_time") ||
		    ieq(k, "og:article:published_time") ||
		    ieq(k, "article:published")) put(c, OG_DATE, val);
		else if (ieq(k, "article:modified_time") ||
		    ieq(k, "og:updated_time")) put(c, OG_MODIFIED, val);
		else if (ieq(k, "article:author") || ieq(k, "og:article:author")) {
			if (!looks_like_url(val))
				put(c, OG_AUTHOR, val);
		} else if (ieq(k, "author") || ieq(k, "citation_author") ||
		    ieq(k, "dc.creator") || ieq(k, "dcterms.creator") ||
		    ieq(k, "parsely-author") || ieq(k, "sailthru.author")) {
			if (!looks_like_url(val))
				put(c, M_AUTHOR, val);
		} else if (ieq(k, "copyright") || ieq(k, "dc.rights")) {
			put(c, COPYRIGHT, val);
		} else if (ieq(k, "datePublished")) put(c, ITEM_DATE, val);
		else if (ieq(k, "date") || ieq(k, "pubdate") ||
		    ieq(k, "publishdate") || ieq(k, "publish-date") ||
		    ieq(k, "citation_publication_date") ||
		    ieq(k, "citation_date") || ieq(k, "dc.date") ||
		    ieq(k, "dc.date.issued") || ieq(k, "dcterms.date") ||
		    ieq(k, "dcterms.created") || ieq(k, "parsely-pub-date") ||
		    ieq(k, "sailthru.date") || ieq(k, "article.published") ||
		    ieq(k, "original-publish-date") || ieq(k, "published") ||
		    ieq(k, "publish_date") || ieq(k, "article:published_date") ||
		    ieq(k, "publication_date")) put(c, M_DATE, val);
		else if (ieq(k, "title") || ieq(k, "citation_title") ||
		    ieq(k, "dc.title")) put(c, M_TITLE, val);
		else if (names_pub_date((const char *)k)) put(c, M_DATE, val);
		else if (is_ld_meta(k, val)) read_ld_text(c, val);
	}
}

static void read_link(collector *c, const dom_node *n)
{
	const char *rel = prop(n, "rel"), *href = prop(n, "href");
	if (ieq(rel, "canonical"))
		put(c, CANONICAL, (const char *)href);
}

#define MAX_TEXT_READ 2000

/* Whether n is a <script>, <style> or <svg>, whose text is not the
 * page's (the tree keeps only JSON-LD's, read on its own; an SVG's
 * <title> and <desc> name a logo: an <h1> holding the site's logo read
 * "POLITICO Politico Logo"). */
static int is_raw(const dom_node *n)
{
	return n->type == DOM_ELEMENT && (n->tag == DOM_TAG_SCRIPT ||
	    n->tag == DOM_TAG_STYLE || n->tag == DOM_TAG_SVG);
}

/* Phrasing elements whose text joins its neighbours without a space. */
static int is_inline(const dom_node *n)
{
	if (!n || n->type != DOM_ELEMENT)
		return 0;
	switch (n->tag) {
	case DOM_TAG_A: case DOM_TAG_EM: case DOM_TAG_STRONG: case DOM_TAG_B:
	case DOM_TAG_I: case DOM_TAG_U: case DOM_TAG_SMALL: case DOM_TAG_SUP:
	case DOM_TAG_SUB: case DOM_TAG_MARK: case DOM_TAG_ABBR: case DOM_TAG_Q:
	case DOM_TAG_CITE:
		return 1;
	}
	return 0;
}

/* The text under n, at most MAX_TEXT_READ bytes (xmlNodeGetContent would
 * copy a whole subtree, and hostile pages nest thousands of "date"
 * boxes around the page): an iterative walk that stops early. NULL when
 * longer than the cap. */
static char *subtree_text(collector *c, const dom_node *root, char sep)
{
	char out[MAX_TEXT_READ + 1];
	size_t n = 0;
	const dom_node *prev = root;
	for (const dom_node *x = dom_next(root, root, 1); x;
	    x = dom_next(x, root, !is_raw(x))) {
		if (x->type == DOM_TEXT) {
			size_t k = x->len;
			if (n + k + 1 > MAX_TEXT_READ)
				return NULL;
			/* a space between boxes: "Jane Doe</span><span>June 2" */
			if (n && x->parent != prev && (sep != ' ' ||
			    (!is_inline(x->parent) && !is_inline(prev))))
				out[n++] = sep;
			prev = x->parent;
			memcpy(out + n, x->text, k);
			n += k;
		}
		if (x->type == DOM_ELEMENT && n && n < MAX_TEXT_READ &&
		    x->tag == DOM_TAG_BR)
			out[n++] = ' ';
	}
	out[n] = 0;
	return clean_copy(c->a, out);
}

/* sep goes between the texts of different boxes: ' ', or SEG where the
 * parts of a byline ("By" | "Jane Doe" | "Staff Writer") must stay
 * apart. */
static void put_text(collector *c, enum slot s, const dom_node *n, char sep)
{
	if (c->slot[s] || ++c->text_reads > MAX_TEXT_READS)
		return;
	c->slot[s] = subtree_text(c, n, sep);
}

/* Whether the class value v (NULL: none) holds word as a class name or
 * a -/_ part of one. */
static int class_has(const char *v, const char *word)
{
	int r = 0;
	if (v) {
		const char *p = (const char *)v;
		size_t m = strlen(word);
		while ((p = strstr(p, word))) {
			/* a whole class name or a -/_ part of one */
			int lb = p == (const char *)v || !((p[-1] >= 'a' && p[-1] <= 'z'));
			int rb = !((p[m] >= 'a' && p[m] <= 'z'));
			if (lb && rb) {
				r = 1;
				break;
			}
			p += m;
		}
	}
	return r;
}

/* Whether the text just before n (its previous sibling, or its
 * parent's first words) says "Updated" or "Modified": such a <time> is
 * not the publication date. */
static int after_updated(const dom_node *n)
{
	const dom_node *t = n->prev;
	char head[64];
	if (!t && n->parent)
		t = n->parent->prev;
	if (t && t->type == DOM_ELEMENT)
		t = t->first;  /* <span>Updated</span><time> */
	if (!t || t->type != DOM_TEXT || !t->text)
		return 0;
	lower_copy(head, sizeof head, (const char *)t->text);
	return strstr(head, "updated") || strstr(head, "modified");
}

static int in_other_box(const dom_node *n);
static int in_furniture(const dom_node *n);
static int in_form(const dom_node *n);

/* Whether a class or id value names today's date ("todays-date-custom",
 * "the-date-today", "TodayDate"): the clock of a site's masthead, which
 * shows the day the page was served above every story. The "date" of
 * "updated-today" does not count. */
static int names_today(const char *v)
{
	char low[128];
	if (!v)
		return 0;
	lower_copy(low, sizeof low, v);
	if (!strstr(low, "today"))
		return 0;
	for (const char *p = low; (p = strstr(p, "date")); p++)
		if (p - low < 2 || strncmp(p - 2, "up", 2))
			return 1;
	return 0;
}

static int is_today_box(const dom_node *n)
{
	return names_today(prop(n, "class")) || names_today(prop(n, "id"));
}

static int is_h1(const dom_node *n)
{
	return n->tag == DOM_TAG_H1;
}

/* Whether one of the first cap nodes below box is an element that
 * matches: a "block-date" box holding the masthead's <p
 * id="todays-date">, an <article> holding the headline. */
static int holds(const dom_node *box, int cap,
    int (*match)(const dom_node *))
{
	int k = 0;
	for (const dom_node *x = dom_next(box, box, 1); x && k < cap;
	    x = dom_next(x, box, 1), k++)
		if (x->type == DOM_ELEMENT && match(x))
			return 1;
	return 0;
}

/* The <article> nearest above n (a bounded number of levels), or NULL. */
static const dom_node *article_of(const dom_node *n)
{
	for (int depth = 0; n && depth < 24; n = n->parent, depth++)
		if (n->type == DOM_ELEMENT && n->tag == DOM_TAG_ARTICLE)
			return n;
	return NULL;
}

/* Whether n lies in another story's box: a page holds the story and
 * teaser cards of related stories, each with its own date and byline.
 * An <article> without the <h1> is another story's when it sits inside
 * an <article> (a card in the story's related list) or when the
 * headline already met lies in an <article> (the story's); an <article>
 * that only holds the body below a headline outside it stays the
 * story's. With after, markup outside every <article> once the story's
 * has been met (cards of suggested stories below it) is another's too;
 * not its text: "This article was originally published on ..." follows
 * the body. One judgement per box (BOX_MEMORY): cards hold several
 * dates, and a box holding many cards is come back to after each. */
static int in_teaser(collector *c, const dom_node *n, int after)
{
	const dom_node *box = article_of(n);
	size_t i, old = 0;
	int foreign;
	if (!box)
		return after && c->story;
	c->box_clock++;
	for (i = 0; i < BOX_MEMORY; i++) {
		if (c->boxes[i].box == box) {
			c->boxes[i].used = c->box_clock;
			return c->boxes[i].foreign;
		}
		if (c->boxes[i].used < c->boxes[old].used)
			old = i;
	}
	foreign = !holds(box, 20000, is_h1) &&
	    ((box->parent && article_of(box->parent)) ||
	    (c->h1 && article_of(c->h1)));
	if (!foreign && c->h1 && !c->story)
		c->story = box;
	c->boxes[old].box = box;
	c->boxes[old].foreign = foreign;
	c->boxes[old].used = c->box_clock;
	return foreign;
}

/* Page-visible sources in the body: itemprop, <time>, rel=author,
 * byline classes, the first <h1>. */
static void read_visible(collector *c, const dom_node *n)
{
	const char *ip = prop(n, "itemprop"), *cls = prop(n, "class");
	int by, au;
	if (n->tag == DOM_TAG_H1 && !c->h1) {
		c->h1 = n;
		/* the boxes are judged again, knowing the headline */
		memset(c->boxes, 0, sizeof c->boxes);
	}
	/* the headline counts wherever it is; dates and bylines only
	 * in the story's box */
	if (n->tag != DOM_TAG_H1 && in_teaser(c, n, 1))
		return;
	if (ieq(ip, "datePublished") && !c->slot[ITEM_DATE]) {
		const char *d = prop(n, "datetime");
		if (!d)
			d = prop(n, "content");
		put(c, ITEM_DATE, (const char *)d);
		/* <span itemprop="datePublished">October 17, 2018</span> */
		if (!meta_date(c->a, c->slot[ITEM_DATE])) {
			c->slot[ITEM_DATE] = NULL;
			put_text(c, ITEM_DATE, n, ' ');
		}
	} else if (ieq(ip, "author") && !c->slot[ITEM_AUTHOR]) {
		put_text(c, ITEM_AUTHOR, n, SEG);
	}
	if (n->tag == DOM_TAG_TIME && !c->slot[TIME_DATE] &&
	    !after_updated(n) && !in_other_box(n)) {
		/* the first <time> that holds a date: its datetime, else the
		 * text it shows ("02-12-2025" attributes exist) */
		const char *d = prop(n, "datetime");
		char *v = meta_date(c->a, (const char *)d);
		if (!v) {
			put_text(c, TIME_DATE, n, ' ');
			v = meta_date(c->a, c->slot[TIME_DATE]);
		}
		c->slot[TIME_DATE] = v;
	} else if (n->tag == DOM_TAG_A && !c->slot[REL_AUTHOR]) {
		const char *rel = prop(n, "rel");
		if (ieq(rel, "author"))
			put_text(c, REL_AUTHOR, n, SEG);
	} else if (n->tag == DOM_TAG_H1) {
		/* a footer's "Select Your Location" does not make the
		 * headline one of several */
		if (c->slot[H1] && !in_furniture(n))
			c->more_h1++;
		put_text(c, !c->slot[H1] ? H1 : !c->slot[H1_2] ? H1_2 : H1_3, n, ' ');
	}
	if (!cls)
		return;
	/* a box whose class says it shows the date; "publication" as a
	 * part of CSS-module names ("Author_publicationTime__F2lab") */
	if (!c->slot[SHOWN_DATE] && (class_has(cls, "date") ||
	    class_has(cls, "published") || class_has(cls, "post-date") ||
	    class_has(cls, "entry-date") || class_has(cls, "publication")) &&
	    !in_other_box(n) && !holds(n, 32, is_today_box)) {
		put_text(c, SHOWN_DATE, n, ' ');
		if (c->slot[SHOWN_DATE] && !meta_date(c->a, c->slot[SHOWN_DATE]))
			c->slot[SHOWN_DATE] = NULL;
	}
	by = !c->slot[BYLINE] && (class_has(cls, "byline") ||
	    class_has(cls, "author-name"));
	/* a short name only: "author" also names bio boxes; an image's
	 * author ("img-author": "Cortesía") is its credit */
	au = !by && !c->slot[CLASS_AUTHOR] && class_has(cls, "author") &&
	    !class_has(cls, "img") && !class_has(cls, "image") &&
	    !class_has(cls, "photo") && !class_has(cls, "foto");
	/* a comment form's "Name (required)" field is classed
	 * "comment-form-author" */
	if ((by || au) && in_form(n))
		return;
	if (by)
		put_text(c, BYLINE, n, SEG);
	else if (au) {
		put_text(c, CLASS_AUTHOR, n, SEG);
		if (c->slot[CLASS_AUTHOR] && strlen(c->slot[CLASS_AUTHOR]) > 60)
			c->slot[CLASS_AUTHOR] = NULL;
	}
}

static void visit_element(collector *c, const dom_node *n)
{
	if (n->tag == DOM_TAG_META)
		read_meta(c, n);
	else if (n->tag == DOM_TAG_LINK)
		read_link(c, n);
	else if (n->tag == DOM_TAG_TITLE)
		put_text(c, TITLE_TAG, n, ' ');
	else if (n->tag == DOM_TAG_SCRIPT) {
		const char *t = prop(n, "type");
		if (ieq(t, "application/ld+json"))
			read_ld_json(c, n);
	} else if (n->attrs[0] || n->tag == DOM_TAG_H1 ||
	    n->tag == DOM_TAG_TIME) {
		read_visible(c, n);
	}
}

static int month_of(const char *s);

/* Where a date starts right after a lead word (" on ", ": ", " at "), or
 * NULL: "published in biomedical journals since 2017" has none. */
static const char *date_follows(const char *s)
{
	for (;;) {
		while (is_ws((unsigned char)*s) || *s == ':' || *s == ',')
			s++;
		if (!strncasecmp(s, "on ", 3) || !strncasecmp(s, "at ", 3))
			s += 3;
		else if (!strncasecmp(s, "the ", 4))
			s += 4;
		else
			break;
	}
	if (*s >= '0' && *s <= '9')
		return s;
	return month_of(s) || !strncasecmp(s, "mon", 3) || !strncasecmp(s, "tue", 3) ||
	    !strncasecmp(s, "wed", 3) || !strncasecmp(s, "thu", 3) ||
	    !strncasecmp(s, "fri", 3) || !strncasecmp(s, "sat", 3) ||
	    !strncasecmp(s, "sun", 3) ? s : NULL;
}

/* A short text such as "Published on July 18, 2025" or "Posted
 * 2023-08-07": the visible publication date of pages without markup.
 * With the updated leads ("Last updated: November 13, 2025", "Updated:
 * 10/31/2024") it fills UPD_TEXT, the date a page shows when it shows
 * no other: better than none, below every publication date. */
static void read_lead_date(collector *c, const char *t,
    const char *const *leads, enum slot s)
{
	char head[48];
	size_t n;
	while (is_ws((unsigned char)*t))
		t++;
	n = strlen(t);
	/* long enough for "This article was originally published on 26
	 * Sep 2019 at 4:12pm but has been regularly updated": the lead
	 * must still open the text and the date follow it at once */
	if (n < 12 || n > 240)
		return;
	/* the word may come late: "This article was originally published
	 * on 26 Sep 2019" */
	for (n = 0; t[n] && n + 1 < sizeof head; n++)
		head[n] = (char)(t[n] >= 'A' && t[n] <= 'Z' ? t[n] + 32 : t[n]);
	head[n] = 0;
	for (int i = 0; leads[i]; i++) {
		char *w = strstr(head, leads[i]);
		if (w && (w == head || !((w[-1] | 32) >= 'a' && (w[-1] | 32) <= 'z'))) {
			const char *r = date_follows(t + (w - head) + strlen(leads[i]));
			char *d = r ? meta_date(c->a, r) : NULL;
			if (d)
				c->slot[s] = d;
			return;
		}
	}
}

/* "Post time: 01-04-2024" is the label of a common trade-site theme. */
static const char *const pub_leads[] = {"published", "posted", "post time",
    NULL};
static const char *const upd_leads[] = {"updated", NULL};

/* Length of the separator at s ("|", "-", a middle dot, a bullet, a
 * dash) that sets a date apart in a line of parts, or 0. */
static size_t sep_len(const char *s)
{
	if (*s == '|' || *s == '-' || *s == '@')
		return 1;
	if (!strncmp(s, "\xC2\xB7", 2))
		return 2;
	if (!strncmp(s, "\xE2\x80\xA2", 3) || !strncmp(s, "\xE2\x80\x93", 3) ||
	    !strncmp(s, "\xE2\x80\x94", 3))
		return 3;
	return 0;
}

/* Length of the separator that ends t[0..n), or 0. */
static size_t sep_ending(const char *t, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++)
		if (sep_len(t + n - k) == k)
			return k;
	return 0;
}

/* Where a time of day starts after a year in t[0..n) ("Dec 20, 2025 at
 * 3:00 am", "12.03.2024 10:19"): the hour's first digit, or n. */
static size_t time_start(const char *t, size_t n)
{
	int run = 0, year = 0;
	for (size_t i = 0; i < n; i++) {
		run = t[i] >= '0' && t[i] <= '9' ? run + 1 : 0;
		year |= run == 4;
		if (year && t[i] == ':' && i >= 1 && run == 0 &&
		    t[i - 1] >= '0' && t[i - 1] <= '9')
			return i - 1 - (i >= 2 && t[i - 2] >= '0' && t[i - 2] <= '9');
	}
	return n;
}

/* The date part of a short text node in b (size cap): separators
 * around it trimmed and a time of day after the year cut, as bylines
 * show it: "by Amanda · Dec 20, 2025 at 3:00 am · 12 comments". */
static const char *date_part(const char *t, char *b, size_t cap)
{
	size_t n, k;
	for (;;) {
		while (is_ws((unsigned char)*t))
			t++;
		if (!(k = sep_len(t)))
			break;
		t += k;
	}
	n = strlen(t);
	if (n >= cap)
		return t;
	n = time_start(t, n);
	for (;;) {
		while (n && (is_ws((unsigned char)t[n - 1]) || t[n - 1] == ','))
			n--;
		if (n >= 3 && !strncasecmp(t + n - 3, " at", 3))
			n -= 2;
		else if ((k = sep_ending(t, n)))
			n -= k;
		else
			break;
	}
	memcpy(b, t, n);
	b[n] = 0;
	return b;
}

/* A date standing alone in a text node ("20 December 2025", "Dec 17,
 * 2025", "2025-12-17"): at most three words of letters (a month, a
 * weekday) around the numbers. */
static void read_bare_date(collector *c, const char *t)
{
	int words = 0, year = 0, run = 0;
	char part[64];
	size_t n;
	while (is_ws((unsigned char)*t))
		t++;
	n = strlen(t);
	if (n > 40 && n <= 100) {
		/* "Aaron Ricadela | Senior Writer | July 2, 2025": the
		 * last part of a short line of parts */
		const char *bar = strrchr(t, '|');
		if (bar)
			read_bare_date(c, bar + 1);
		return;
	}
	t = date_part(t, part, sizeof part);
	n = strlen(t);
	if (n < 8 || n > 40)
		return;
	for (const char *p = t; *p; p++) {
		int alpha = ((*p | 32) >= 'a' && (*p | 32) <= 'z');
		if (alpha && (p == t || !((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z')))
			words++;
		run = *p >= '0' && *p <= '9' ? run + 1 : 0;
		year |= run == 4;
		if ((unsigned char)*p >= 0x80 || *p == ':' || run > 4)
			return;
	}
	if (words <= 3 && year)
		c->slot[BARE_DATE] = meta_date(c->a, t);
}

/* Code points that make up a date or a time in CJK writing, or set one
 * apart: the units 年月日時时分秒 and 년월일시분초, ideographic and
 * fullwidth punctuation and spaces. */
static int is_cjk_date_mark(int32_t cp)
{
	static const int32_t marks[] = {0x5E74, 0x6708, 0x65E5, 0x6642,
	    0x65F6, 0x5206, 0x79D2, 0xB144, 0xC6D4, 0xC77C, 0xC2DC, 0xBD84,
	    0xCD08, 0x00A0, 0x3000, 0x3001, 0x3002, 0x3010, 0x3011, 0x30FB,
	    0xFF08, 0xFF09, 0xFF0F, 0xFF1A, 0xFF5C};
	for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (cp == marks[i])
			return 1;
	return 0;
}

/* Labels that mark a date in Japanese, Chinese and Korean pages as its
 * update (更新, 修改, 수정) or its publication (公開, 投稿, 掲載, 発行,
 * 配信, 公表, 発表, 发布, 發布, 發佈, 发表, 發表, 입력, 등록, 작성,
 * 발행, 게재). */
static const char *const cjk_upd[] = {"\xE6\x9B\xB4\xE6\x96\xB0",
    "\xE4\xBF\xAE\xE6\x94\xB9", "\xEC\x88\x98\xEC\xA0\x95", NULL};
static const char *const cjk_pub[] = {"\xE5\x85\xAC\xE9\x96\x8B",
    "\xE6\x8A\x95\xE7\xA8\xBF", "\xE6\x8E\xB2\xE8\xBC\x89",
    "\xE7\x99\xBA\xE8\xA1\x8C", "\xE9\x85\x8D\xE4\xBF\xA1",
    "\xE5\x85\xAC\xE8\xA1\xA8", "\xE7\x99\xBA\xE8\xA1\xA8",
    "\xE5\x8F\x91\xE5\xB8\x83", "\xE7\x99\xBC\xE5\xB8\x83",
    "\xE7\x99\xBC\xE4\xBD\x88", "\xE5\x8F\x91\xE8\xA1\xA8",
    "\xE7\x99\xBC\xE8\xA1\xA8", "\xEC\x9E\x85\xEB\xA0\xA5",
    "\xEB\x93\xB1\xEB\xA1\x9D", "\xEC\x9E\x91\xEC\x84\xB1",
    "\xEB\xB0\x9C\xED\x96\x89", "\xEA\xB2\x8C\xEC\x9E\xAC", NULL};

static int holds_any(const char *t, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (strstr(t, words[i]))
			return 1;
	return 0;
}

/* A date standing alone in a text node of a CJK page, with at most a
 * short label and a time around it: "2019年04月21日 12時00分更新",
 * "公開日：2019/04/04", "2019-04-04 10:00 来源：新华网", "입력
 * 2019.04.04 10:00". The label says which slot it fills: an update's,
 * a publication's, or none (then it is a bare date). At most five
 * code points besides the date's own (a sentence "2019年4月4日に発表さ
 * れた" has six) and two words of Latin letters ("JST", "PM"). A slot
 * already filled keeps its date. */
static void read_cjk_date(collector *c, const char *t)
{
	const unsigned char *p, *year = NULL;
	int other = 0, words = 0, run = 0, high = 0;
	enum slot k;
	char *d;
	while (is_ws((unsigned char)*t))
		t++;
	if (!memchr(t, 0, MAX_CJK_LINE + 1))
		return;  /* longer than a date line (and spares long texts) */
	for (p = (const unsigned char *)t; *p && other <= 5 && words <= 2;) {
		int32_t cp;
		utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
		if (n <= 0)
			return;
		high |= cp >= 0x2E80;  /* CJK, not a no-break space */
		run = cp >= '0' && cp <= '9' ? run + 1 : 0;
		if (run == 4 && !year)
			year = p - 3;
		if (cp >= 0x80 && !is_cjk_date_mark(cp))
			other++;
		else if (((cp | 32) >= 'a' && (cp | 32) <= 'z') &&
		    !(p > (const unsigned char *)t &&
		    (p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z'))
			words++;
		p += n;
	}
	if (*p || other > 5 || words > 2 || !high || !year)
		return;
	k = holds_any(t, cjk_upd) ? UPD_TEXT :
	    holds_any(t, cjk_pub) ? PUB_TEXT : BARE_DATE;
	if (!c->slot[k] && (d = meta_date(c->a, (const char *)year)))
		c->slot[k] = d;
}

/* Particles that may start a word of a name in lower case. */
static int is_particle(const char *w, size_t n)
{
	static const char *const ps[] = {"van", "der", "den", "de", "la",
	    "von", "and", "da", "di", "le", "du", "del", "bin", "al", NULL};
	for (int i = 0; ps[i]; i++)
		if (strlen(ps[i]) == n && !strncmp(w, ps[i], n))
			return 1;
	return 0;
}

/* Whether s reads as a person's name: one to six words, each capitalized
 * (or a particle, or not ASCII), no digits. Guards the bylines read from
 * free text ("By clicking Subscribe" is no byline). */
static int looks_like_name(const char *s)
{
	int words = 0;
	if (!s || strpbrk(s, "0123456789@:|/"))
		return 0;
	for (const char *p = s; *p;) {
		size_t n = strcspn(p, " ");
		unsigned char f = (unsigned char)*p;
		if (n && !(f >= 'A' && f <= 'Z') && f < 0x80 && !is_particle(p, n))
			return 0;
		words += n > 0;
		p += n;
		while (*p == ' ')
			p++;
	}
	return words >= 1 && words <= 6;
}

static int is_by_label(const char *t)
{
	return !strcasecmp(t, "by") || !strcasecmp(t, "by:") ||
	    !strcasecmp(t, "written by") || !strcasecmp(t, "written by:") ||
	    !strcasecmp(t, "posted by") || !strcasecmp(t, "posted by:") ||
	    !strcasecmp(t, "author:") || !strcasecmp(t, "words by");
}

/* nav, footer, aside and the form controls. */
static int is_furniture_tag(uint8_t tag)
{
	switch (tag) {
	case DOM_TAG_NAV: case DOM_TAG_FOOTER: case DOM_TAG_ASIDE:
	case DOM_TAG_FORM: case DOM_TAG_BUTTON: case DOM_TAG_SELECT:
	case DOM_TAG_OPTION: case DOM_TAG_LABEL:
		return 1;
	}
	return 0;
}

/* Whether n lies in page furniture (navigation menus list "By Use
 * Case", "By Industry"): nav, footer, aside, form controls, or a box
 * whose class says menu or nav. Looks up a bounded number of levels. */
static int in_furniture(const dom_node *n)
{
	for (int depth = 0; n && depth < 24; n = n->parent, depth++) {
		if (n->type != DOM_ELEMENT)
			continue;
		if (is_furniture_tag(n->tag))
			return 1;
		const char *cls = prop(n, "class");
		if (cls && (class_has(cls, "menu") || class_has(cls, "nav") ||
		    class_has(cls, "dropdown")))
			return 1;
	}
	return 0;
}

/* Whether n lies in a <form> (or a <label>), bounded like in_furniture. */
static int in_form(const dom_node *n)
{
	for (int depth = 0; n && depth < 24; n = n->parent, depth++)
		if (n->type == DOM_ELEMENT && (n->tag == DOM_TAG_FORM ||
		    n->tag == DOM_TAG_LABEL))
			return 1;
	return 0;
}

/* Whether a class name in v starts with word and a boundary: "menu",
 * "menu-column", "nav-desktop__tier-1", not "under-menu". */
static int class_starts(const char *v, const char *word)
{
	size_t m = strlen(word);
	for (const char *p = v; *p;) {
		while (is_ws((unsigned char)*p))
			p++;
		if (!strncmp(p, word, m) && !(p[m] >= 'a' && p[m] <= 'z'))
			return 1;
		p += strcspn(p, " \t\n\r\f");
	}
	return 0;
}

/* Whether n lies in a box whose dates are not the story's: a site
 * menu (a <nav>, a box whose class is a menu's: "menu", "nav-list"),
 * which lists recent stories with their dates above the headline; a
 * masthead's "today's date"; a comment; a citation in a list of
 * references. The boxes of the story's own meta (an <aside
 * class="post-meta">, the story's <footer>, a theme's
 * "header--has-menu") are none of these. */
static int in_other_box(const dom_node *n)
{
	for (int depth = 0; n && depth < 24; n = n->parent, depth++) {
		const char *cls;
		if (n->type != DOM_ELEMENT || n->tag == DOM_TAG_BODY)
			continue;
		if (n->tag == DOM_TAG_NAV || n->tag == DOM_TAG_CITE)
			return 1;
		cls = prop(n, "class");
		if (cls && (class_starts(cls, "menu") || class_starts(cls, "nav") ||
		    class_has(cls, "comment") || class_has(cls, "comments") ||
		    class_starts(cls, "references") || class_starts(cls, "reflist")))
			return 1;
		if (is_today_box(n))
			return 1;
	}
	return 0;
}

/* The first element child of n, or NULL. */
static const dom_node *first_element(const dom_node *n)
{
	for (n = n->first; n && n->type != DOM_ELEMENT; n = n->next)
		;
	return n;
}

/* What follows a "By" label in text node t: its next node, white space
 * passed over (comments leave no node), or, when the label is all its
 * element holds, the node after that element ("<span>By</span><a>Jane
 * Doe</a>"). */
static const dom_node *after_label(const dom_node *t)
{
	const dom_node *x = t->next;
	if (!x && t->parent && t->parent->first == t &&
	    t->parent->type == DOM_ELEMENT)
		x = t->parent->next;
	while (x && x->type == DOM_TEXT && !x->text[strspn(x->text, " \t\r\n")])
		x = x->next;
	return x;
}

/* "By Jane Doe", "By Jane Doe | June 2, 2025", or a "By" label whose name
 * is the next node ("by: <!-- -->Jane Doe"): the byline of pages without
 * markup. The name ends at the first separator or date. */
static void read_by_text(collector *c, const dom_node *node)
{
	static const char *const ends[] = {"|", ",", "(", " \xE2\x80\xA2",
	    " \xC2\xB7", " \xE2\x80\x94", " \xE2\x80\x93", " - ", " on ",
	    NULL};
	const char *raw = (const char *)node->text;
	char *t, *name;
	while (is_ws((unsigned char)*raw))
		raw++;
	/* cheap test first: this runs on every text node until it hits */
	if (strncasecmp(raw, "by", 2) && strncasecmp(raw, "written by", 10) &&
	    strncasecmp(raw, "posted by", 9) && strncasecmp(raw, "author:", 7) &&
	    strncasecmp(raw, "words by", 8))
		return;
	if (strlen(raw) > 200 || ++c->by_tries > MAX_BY_TRIES ||
	    !(t = clean_copy(c->a, raw)))
		return;
	if (is_by_label(t)) {
		const dom_node *x = after_label(node);
		/* "Written by: <ul><li>Emily Walker</li><li>Casey
		 * McDevitt</li></ul>": the first of the names */
		if (x && x->type == DOM_ELEMENT && (x->tag == DOM_TAG_UL ||
		    x->tag == DOM_TAG_OL))
			x = first_element(x);
		if (!x || ++c->text_reads > MAX_TEXT_READS)
			return;
		name = x->type == DOM_TEXT ?
		    clean_copy(c->a, (const char *)x->text) :
		    subtree_text(c, x, ' ');
	} else if (!strncasecmp(t, "by ", 3) || !strncasecmp(t, "by: ", 4)) {
		name = t + (t[2] == ':' ? 4 : 3);
	} else {
		return;
	}
	if (!name)
		return;
	for (int i = 0; ends[i]; i++) {
		char *e = strstr(name, ends[i]);
		if (e)
			*e = 0;
	}
	for (size_t n = strlen(name); n && name[n - 1] == ' '; n--)
		name[n - 1] = 0;
	if (looks_like_name(name) && !in_furniture(node))
		c->slot[BY_TEXT] = name;
}

/* Iterative walk of the whole document. */
static void collect(collector *c, const dom_node *root)
{
	int bare;
	for (const dom_node *n = root; n; n = dom_next(n, root, !is_raw(n))) {
		if (n->type == DOM_TEXT) {
			if ((!c->slot[PUB_TEXT] || !c->slot[UPD_TEXT] ||
			    !c->slot[BARE_DATE] || !c->slot[BY_TEXT]) &&
			    in_teaser(c, n, 0))
				continue;
			if (!c->slot[PUB_TEXT])
				read_lead_date(c, n->text, pub_leads, PUB_TEXT);
			if (!c->slot[UPD_TEXT])
				read_lead_date(c, n->text, upd_leads, UPD_TEXT);
			bare = !c->slot[BARE_DATE];
			if (bare)
				read_bare_date(c, n->text);
			if (!c->slot[PUB_TEXT] || !c->slot[UPD_TEXT] || bare)
				read_cjk_date(c, n->text);
			if (bare) {
				if (c->slot[BARE_DATE] && in_other_box(n->parent))
					c->slot[BARE_DATE] = NULL;
				c->bare_first = c->slot[BARE_DATE] && !c->slot[SHOWN_DATE];
			}
			if (!c->slot[BY_TEXT])
				read_by_text(c, n);
		} else {
			visit_element(c, n);
		}
	}
}

static const char *const months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};

static int month_of(const char *s)
{
	for (int i = 0; i < 12; i++)
		if (!strncasecmp(s, months[i], 3))
			return i + 1;
	return 0;
}

/* Month names of Spanish, Portuguese, French, German, Italian and
 * Dutch pages whose first three letters are no English month's (those
 * month_of reads): "04-ago-2021", "4 de abril de 2024", "3 févr.
 * 2022", "5. Okt. 2023". */
static const struct {
	const char *word;
	int month;
} foreign_months[] = {
	{"ene", 1}, {"enero", 1}, {"janeiro", 1}, {"janvier", 1},
	{"gen", 1}, {"gennaio", 1}, {"j\xC3\xA4nner", 1}, {"fev", 2},
	{"fevereiro", 2}, {"f\xC3\xA9v", 2}, {"f\xC3\xA9vr", 2},
	{"f\xC3\xA9vrier", 2}, {"m\xC3\xA4r", 3},
	{"m\xC3\xA4rz", 3}, {"maart", 3}, {"mrt", 3}, {"abr", 4},
	{"abril", 4}, {"avr", 4}, {"avril", 4}, {"mai", 5}, {"maio", 5},
	{"mag", 5}, {"maggio", 5}, {"mei", 5}, {"juin", 6}, {"giu", 6},
	{"giugno", 6}, {"juil", 7}, {"juillet", 7}, {"lug", 7},
	{"luglio", 7}, {"ago", 8}, {"agosto", 8}, {"ao\xC3\xBBt", 8},
	{"aout", 8}, {"set", 9}, {"setembro", 9}, {"settembre", 9},
	{"setiembre", 9}, {"out", 10}, {"outubro", 10}, {"okt", 10},
	{"oktober", 10}, {"ott", 10}, {"ottobre", 10}, {"dic", 12},
	{"diciembre", 12}, {"dicembre", 12}, {"dez", 12}, {"dezembro", 12},
	{"dezember", 12}, {"d\xC3\xA9" "c", 12}, {"d\xC3\xA9" "cembre", 12},
};

static int is_letter(unsigned char c)
{
	return ((c | 32) >= 'a' && (c | 32) <= 'z') || c >= 0x80;
}

/* Whether a number is next to the word s[0..n) in the text that starts
 * at t, across spaces, dots, dashes, slashes, commas and "de": a day
 * or a year. "3 days ago" has none; "04-ago-2021" has both. */
static int number_near(const char *t, const char *s, size_t n)
{
	const char *p = s + n;
	while (*p == ' ' || *p == '.' || *p == '-' || *p == '/' || *p == ',')
		p++;
	if (!strncasecmp(p, "de ", 3))
		p += 3;
	if (*p >= '0' && *p <= '9')
		return 1;
	for (p = s; p > t && (p[-1] == ' ' || p[-1] == '.' || p[-1] == '-' ||
	    p[-1] == '/');)
		p--;
	if (p - t >= 2 && !strncasecmp(p - 2, "de", 2) && p < s)
		for (p -= 2; p > t && p[-1] == ' ';)
			p--;
	return p > t && p[-1] >= '0' && p[-1] <= '9';
}

/* The month a foreign month name at s (a word start in the text t)
 * names, or 0. The whole word must match, and a number must stand
 * next to it: some of the names are English words ("set", "out"). */
static int foreign_month(const char *t, const char *s)
{
	size_t n = 0;
	while (is_letter((unsigned char)s[n]))
		n++;
	for (size_t i = 0; i < sizeof foreign_months /
	    sizeof foreign_months[0]; i++) {
		const char *w = foreign_months[i].word;
		if (strlen(w) == n && !strncasecmp(s, w, n) &&
		    number_near(t, s, n))
			return foreign_months[i].month;
	}
	return 0;
}

static int read_num(const char **s, int digits)
{
	int v = 0, k = 0;
	while (k < digits && **s >= '0' && **s <= '9') {
		v = v * 10 + (**s - '0');
		(*s)++;
		k++;
	}
	return k ? v : -1;
}

/* The date as YYYY-MM-DD in a, or NULL when it is no calendar day or
 * the Unix epoch's (1970-01-01, or 1969-12-31 west of Greenwich): a
 * timestamp of 0 that a template printed, "datePublished":
 * "1970-01-01T01:00:00+01:00", is no publication date. */
static char *format_date(arena *a, int y, int m, int d)
{
	char tmp[16];
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31 ||
	    (y == 1970 && m == 1 && d == 1) ||
	    (y == 1969 && m == 12 && d == 31))
		return NULL;
	snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	return arena_strdup(a, tmp);
}

/* "2019-03-04...", "2019/03/04", "20190304". */
static char *iso_date(arena *a, const char *s)
{
	const char *p = s;
	int y = read_num(&p, 4), m, d;
	if (y < 0 || p - s != 4)
		return NULL;
	if (*p == '-' || *p == '/' || *p == '.')
		p++;
	m = read_num(&p, 2);
	if (*p == '-' || *p == '/' || *p == '.')
		p++;
	d = read_num(&p, 2);
	return format_date(a, y, m, d);
}

/* "2019年4月4日", "2019 년 4 월 4 일": year, month and day each marked by
 * its CJK unit (年月日, 년월일). */
static char *cjk_date(arena *a, const char *s)
{
	static const char *const units[2][3] = {
	    {"\xE5\xB9\xB4", "\xE6\x9C\x88", "\xE6\x97\xA5"},
	    {"\xEB\x85\x84", "\xEC\x9B\x94", "\xEC\x9D\xBC"}};
	int v[3];
	for (int k = 0; k < 2; k++) {
		const char *p = s;
		int i;
		for (i = 0; i < 3; i++) {
			const char *q;
			while (*p == ' ')
				p++;
			q = p;
			v[i] = read_num(&p, i ? 2 : 4);
			if (v[i] < 0 || (!i && p - q != 4))
				break;
			while (*p == ' ')
				p++;
			if (strncmp(p, units[k][i], 3))
				break;
			p += 3;
		}
		if (i == 3)
			return format_date(a, v[0], v[1], v[2]);
	}
	return NULL;
}

/* "March 4, 2019", "4 March 2019", "Mon, 04 Mar 2019", "04.03.2019". */
static char *text_date(arena *a, const char *s)
{
	int d = -1, m = 0, y = -1;
	const char *p = s;
	while (*p && (d < 0 || !m || y < 0)) {
		if (*p >= '0' && *p <= '9') {
			const char *q = p;
			int v = read_num(&p, 4);
			if (*p == ':') {
				/* a time ("01:38:07 PM IST Nov 20, 2019"):
				 * none of its parts is the day */
				while (*p == ':' || (*p >= '0' && *p <= '9'))
					p++;
				continue;
			}
			if (p - q == 4)
				y = v;
			else if (d < 0 && v >= 1 && v <= 31 && (*p == '.' ||
			    *p == '/' || *p == '-') && !m && p[1] >= '0' &&
			    p[1] <= '9') {
				/* DD.MM.YYYY and DD/MM/YYYY in European order,
				 * MM-DD-YYYY in American order (meta tags of US
				 * sites); a part above 12 settles which is the
				 * day */
				char sep = *p++;
				int w = read_num(&p, 2);
				if (*p != sep || w < 1)
					return NULL;
				p++;
				if ((sep == '-' && v <= 12) || w > 12) {
					m = v;
					d = w;
				} else {
					d = v;
					m = w;
				}
			} else if (d < 0 && p - q <= 2)
				d = v;
			continue;
		}
		if (((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) &&
		    !m && (p == s || !((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z'))) {
			m = month_of(p);
			if (!m)
				m = foreign_month(s, p);
		}
		p++;
	}
	return format_date(a, y, m, d);
}

char *meta_date(arena *a, const char *s)
{
	char *r;
	if (!s)
		return NULL;
	while (is_ws((unsigned char)*s))
		s++;
	if ((r = iso_date(a, s)) || (r = cjk_date(a, s)))
		return r;
	return text_date(a, s);
}

char *meta_host(arena *a, const char *url)
{
	const char *p, *e;
	if (!url || !(p = strstr(url, "://")))
		return NULL;
	p += 3;
	e = p;
	while (*e && *e != '/' && *e != ':' && *e != '?' && *e != '#')
		e++;
	if (e - p > 4 && !strncasecmp(p, "www.", 4))
		p += 4;
	if (e == p)
		return NULL;
	char *h = arena_strndup(a, p, (size_t)(e - p));
	for (char *q = h; q && *q; q++)
		if (*q >= 'A' && *q <= 'Z')
			*q += 32;
	return h;
}

static const char *first(collector *c, const enum slot *order, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (c->slot[order[i]])
			return c->slot[order[i]];
	return NULL;
}

/* Drops a leading "By " and stray punctuation left by markup. */
static char *strip_by(char *s)
{
	while (s && (*s == ',' || *s == '|' || *s == ':' || *s == ' ' ||
	    *s == '-'))
		s++;
	if (s && (!strncmp(s, "By ", 3) || !strncmp(s, "by ", 3) ||
	    !strncmp(s, "BY ", 3)))
		return s + 3;
	return s;
}

static char *dup_or_null(arena *a, const char *s)
{
	return s ? arena_strdup(a, s) : NULL;
}

/* The first of the slots in order that holds a date, normalized. */
static char *first_date(collector *c, arena *a, const enum slot *order,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *d = meta_date(a, c->slot[order[i]]);
		if (d)
			return d;
	}
	return NULL;
}

static int same_date(const char *a, const char *b)
{
	return a && b && !strcmp(a, b);
}

/* Whether a and b are one date read in the two orders of day and month
 * ("09/10/2024"). */
static int swapped_date(const char *a, const char *b)
{
	return a && b && !strncmp(a, b, 5) && !strncmp(a + 5, b + 8, 2) &&
	    !strncmp(a + 8, b + 5, 2);
}

/* Whether d is a date the page marks as an update: the modification
 * date it declares, or the one it labels "Updated". */
static int is_update(collector *c, arena *a, const char *d)
{
	static const enum slot upd[] = {LD_MODIFIED, OG_MODIFIED,
	    PAGE_MODIFIED, UPD_TEXT};
	for (size_t i = 0; i < sizeof upd / sizeof upd[0]; i++)
		if (same_date(d, meta_date(a, c->slot[upd[i]])))
			return 1;
	return 0;
}

/* A JSON-LD datePublished that no other source confirms, while the page
 * shows another date that is not its update date, is taken to be
 * wrong: templates fill it with the time the page was last rebuilt
 * ("Jun 24, 2025" on a post of August 2024), or with the date of a
 * thing the page is about. The date shown is then the publication
 * date; NULL when the JSON-LD date stands. */
static char *contradicted_ld(collector *c, arena *a)
{
	static const enum slot others[] = {OG_DATE, ITEM_DATE, M_DATE,
	    PAGE_DATE, TIME_DATE, PUB_TEXT, SHOWN_DATE, BARE_DATE};
	static const enum slot shown_o[] = {PUB_TEXT, BARE_DATE, SHOWN_DATE,
	    TIME_DATE};
	char *ld = meta_date(a, c->slot[LD_DATE]), *shown;
	if (!ld)
		return NULL;
	for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
		if (same_date(ld, meta_date(a, c->slot[others[i]])))
			return NULL;
	shown = first_date(c, a, shown_o, 4);
	if (!shown || swapped_date(ld, shown) || is_update(c, a, shown))
		return NULL;
	return shown;
}

/* The day a path names ("/2025/12/18/title"), as YYYY-MM-DD in a, or
 * NULL: news sites file a story under the day it went out. */
static char *url_date(arena *a, const char *url)
{
	const char *p = url ? strstr(url, "://") : NULL;
	for (p = p ? strchr(p + 3, '/') : NULL; p; p = strchr(p + 1, '/')) {
		const char *q = p + 1;
		int y = read_num(&q, 4), m, d;
		if (y < 1990 || q - p != 5 || *q != '/')
			continue;
		q++;
		m = read_num(&q, 2);
		if (*q++ != '/')
			continue;
		d = read_num(&q, 2);
		if (*q == '/' || *q == '-' || *q == 0)
			return format_date(a, y, m, d);
	}
	return NULL;
}

/* Days since 1970-01-01 of a YYYY-MM-DD date (the civil calendar). */
static long day_number(const char *d)
{
	long y = atol(d), m = atol(d + 5), day = atol(d + 8);
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400, yoe = y - era * 400;
	long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + day - 1;
	return era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719468;
}

/* The instant an ISO timestamp with a zone names ("2017-02-23T17:18:13
 * -08:00", "2017-02-24T01:18:13Z"), in minutes since 1970 UTC, and its
 * offset from UTC in *off; 0 when s has no time or no zone. */
static int instant_of(arena *a, const char *s, long *t, int *off)
{
	const char *d = meta_date(a, s), *p = s ? strchr(s, 'T') : NULL;
	int h, m, oh = 0, om = 0;
	if (!d || !p || p - s != 10)
		return 0;
	p++;
	h = read_num(&p, 2);
	if (*p++ != ':' || (m = read_num(&p, 2)) < 0 || h < 0)
		return 0;
	while (*p == ':' || *p == '.' || (*p >= '0' && *p <= '9'))
		p++;  /* seconds and their fraction */
	if (*p == '+' || *p == '-') {
		int sign = *p++ == '-' ? -1 : 1;
		oh = read_num(&p, 2);
		if (*p == ':')
			p++;
		om = read_num(&p, 2);
		if (oh < 0 || om < 0)
			return 0;
		*off = sign * (oh * 60 + om);
	} else if (*p == 'Z') {
		*off = 0;
	} else {
		return 0;
	}
	*t = day_number(d) * 1440 + h * 60 + m - *off;
	return 1;
}

/* JSON-LD and OpenGraph naming one instant, one in UTC and the other
 * with the publisher's offset ("2017-02-24T01:18:13Z" and
 * "2017-02-23T17:18:13-08:00"): the day is the publisher's local one,
 * the day the page shows. NULL otherwise. */
static char *local_day(collector *c, arena *a)
{
	long t_ld, t_og;
	int o_ld, o_og;
	if (!instant_of(a, c->slot[LD_DATE], &t_ld, &o_ld) ||
	    !instant_of(a, c->slot[OG_DATE], &t_og, &o_og))
		return NULL;
	if (t_ld != t_og || (o_ld != 0) == (o_og != 0))
		return NULL;
	return meta_date(a, c->slot[o_ld ? LD_DATE : OG_DATE]);
}

/* url is the page's own address (or NULL). Its day settles a declared
 * date one day off (a UTC timestamp of an evening story: the publisher's
 * day is the local one) and stands in when the page declares none. Of a
 * box classed as a date and a date standing alone, the one met first
 * wins: the date under the headline comes before the dates of the
 * related posts listed below the story. */
static const char *pick_date(collector *c, arena *a, const char *url)
{
	const enum slot met = c->bare_first ? BARE_DATE : SHOWN_DATE;
	const enum slot later = c->bare_first ? SHOWN_DATE : BARE_DATE;
	const enum slot order[] = {LD_DATE, OG_DATE, ITEM_DATE, M_DATE,
	    PAGE_DATE, TIME_DATE, PUB_TEXT, met, later, UPD_TEXT};
	char *d = local_day(c, a), *u = url_date(a, url);
	if (!d)
		d = contradicted_ld(c, a);
	if (!d)
		d = first_date(c, a, order, sizeof order / sizeof order[0]);
	if (u && (!d || labs(day_number(d) - day_number(u)) <= 1))
		return u;
	return d;
}

static int count_words(const char *s);

/* Whether s holds a letter (ASCII, or any character beyond it): "/" and
 * "--" name no one. */
static int has_letter(const char *s)
{
	for (; *s; s++)
		if (is_letter((unsigned char)*s))
			return 1;
	return 0;
}

/* Strips the label of a byline segment ("Written by", "View all posts
 * by", "Author:", "erstellt von"); returns NULL when the segment is
 * nothing but a label, a comment's "X says:", or no name at all. */
static char *unlabel(char *s)
{
	/* English, then German, Spanish, Portuguese, French, Italian,
	 * Dutch and Polish ("erstellt von", "publicado por", "par") */
	static const char *const labels[] = {"view all posts by ",
	    "more posts by ", "read more about ", "written by ", "posted by ",
	    "authored by ", "article by ", "text by ", "recipe by ",
	    "guide by ", "story by ", "words by ", "reviewed by ",
	    "author: ", "by: ", "author ", "erstellt von ", "geschrieben von ",
	    "eingestellt von ", "verfasst von ",
	    "ver\xC3\xB6" "ffentlicht von ", "publicado por ",
	    "escrito por ", "publi\xC3\xA9 par ", "\xC3\xA9" "crit par ",
	    "scritto da ", "geschreven door ", "autor: ", "autorin: ",
	    "auteur: ", "autore: ", "por ", "par ", "door ", "przez ", NULL};
	static const char *const junk[] = {"written by", "the author",
	    "author", "authors", "by", "undefined", "null", "name",
	    "view more posts", "about the author", "von", "vom", "por", "par",
	    "door", "przez", "in", "erstellt von", "geschrieben von",
	    "eingestellt von", "verfasst von", "ver\xC3\xB6" "ffentlicht von",
	    "autor", "autorin", "auteur", "autore", "\xC3\xBC" "ber",
	    "\xC3\x9C" "ber", NULL};
	size_t n;
	while (*s == ' ' || !strncmp(s, "\xC2\xB7", 2) ||
	    !strncmp(s, "\xE2\x80\xA2", 3))
		s += *s == ' ' ? 1 : (unsigned char)*s == 0xC2 ? 2 : 3;
	for (int i = 0; labels[i]; i++)
		if (!strncasecmp(s, labels[i], strlen(labels[i])))
			s += strlen(labels[i]);
	/* German "Von Markus Balser": a label before a name of two words
	 * or more ("Von Miller" may be the name) */
	if ((!strncasecmp(s, "von ", 4) || !strncasecmp(s, "vom ", 4)) &&
	    count_words(s + 4) >= 2)
		s += 4;
	s = strip_by(s);
	n = strlen(s);
	/* trailing separators: "Jane Doe •", "Jane Doe |", "Jane Doe," */
	while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '|' ||
	    s[n - 1] == '-' || (n >= 3 && !strcmp(s + n - 3, "\xE2\x80\xA2")) ||
	    (n >= 2 && !strcmp(s + n - 2, "\xC2\xB7"))))
		s[n -= (unsigned char)s[n - 1] >= 0x80 ?
		    ((unsigned char)s[n - 1] == 0xA2 ? 3 : 2) : 1] = 0;
	if (!n || s[n - 1] == ':' || (n >= 3 && !strcasecmp(s + n - 3, " by")))
		return NULL;  /* "Posted by:", "Posted by" */
	for (int i = 0; junk[i]; i++)
		if (!strcasecmp(s, junk[i]))
			return NULL;
	if (strpbrk(s, "0123456789*@|{}") || strstr(s, "page.") ||
	    strlen(s) > 80 || !has_letter(s))
		return NULL;
	return s;
}

/* A name shown on the page: the first segment of the byline (segments
 * are the texts of its boxes, SEG-separated) that is more than a label;
 * what follows it ("Senior Writer", the date) is left out. NULL when no
 * segment qualifies. */
static char *visible_name(char *s)
{
	/* a segment that starts with "By " names the author, whatever
	 * precedes it ("Guide" | "by Will Judd") */
	for (char *p = s; p && *p;) {
		char *e = strchr(p, SEG), *r;
		while (*p == ' ')
			p++;
		if (!strncasecmp(p, "by ", 3)) {
			if (e)
				*e = 0;
			if ((r = unlabel(p)))
				return r;
			if (e)
				*e = SEG;
		}
		p = e ? e + 1 : NULL;
	}
	while (s && *s) {
		char *e = strchr(s, SEG), *r;
		if (e)
			*e = 0;
		if ((r = unlabel(s)))
			return r;
		s = e ? e + 1 : NULL;
	}
	return NULL;
}

static int names_site(const char *seg, const char *site, const char *host);

/* Whether hay holds s, ignoring ASCII case. */
static int holds_ci(const char *hay, const char *s)
{
	size_t n = strlen(s);
	for (const char *p = hay; p && n && *p; p++)
		if (!strncasecmp(p, s, n))
			return 1;
	return 0;
}

/* Whether an author value is the site itself ("USA TODAY" on
 * usatoday.com) or the owner the page's copyright notice names
 * (<meta name="copyright" content="Copyright (c) Condé Nast"> beside a
 * meta author "Condé Nast"): such a value is kept only when no other
 * source names anyone. */
static int weak_author(const char *s, const char *site, const char *host,
    const char *rights)
{
	if (rights && holds_ci(rights, s))
		return 1;
	/* a personal blog's host is its author's name: only one-word
	 * values are compared with the host */
	if (site && !strcasecmp(s, site))
		return 1;
	if (!strchr(s, ' ') && names_site(s, site, host))
		return 1;
	return 0;
}

/* Values no page means as a name: unfilled templates
 * ("page.head.extra.author", "{{author}}"), numeric ids, and the
 * placeholders of publishing systems ("admin", "publisher"). */
static int is_template(const char *s)
{
	static const char *const placeholders[] = {"admin", "administrator",
	    "publisher", "webmaster", "unknown", "date", NULL};
	for (int i = 0; placeholders[i]; i++)
		if (!strcasecmp(s, placeholders[i]))
			return 1;
	return strspn(s, "0123456789") == strlen(s) || strstr(s, "{{") ||
	    strstr(s, "${") || (!strchr(s, ' ') && strchr(s, '.') &&
	    strstr(s, "author"));
}

/* Whether s[0..n) is one capitalized word of a name: letters (any
 * beyond ASCII too), hyphens and apostrophes, a capital first and a
 * small letter after it ("AP" is an agency). */
static int name_word(const char *s, size_t n)
{
	int small = 0;
	if (!n || !(s[0] >= 'A' && s[0] <= 'Z'))
		return 0;
	for (size_t i = 1; i < n; i++) {
		if (!is_letter((unsigned char)s[i]) && s[i] != '-' &&
		    s[i] != '\'')
			return 0;
		small |= s[i] >= 'a' && s[i] <= 'z';
	}
	return small;
}

/* "Roy, Aniruddha" as "Aniruddha Roy": the catalogue order of a name
 * (one family name, a comma, one given name, perhaps an initial), as
 * library and citation meta tags write it; a in arena. Other values
 * are returned as they are. */
static const char *given_first(arena *a, const char *s)
{
	const char *comma = s ? strchr(s, ',') : NULL, *g;
	size_t fl, gl;
	char *r;
	if (!comma || comma[1] != ' ' || strchr(comma + 1, ','))
		return s;
	fl = (size_t)(comma - s);
	g = comma + 2;
	gl = strcspn(g, " ");
	if (!name_word(s, fl) || !name_word(g, gl) ||
	    (g[gl] && !(g[gl + 1] >= 'A' && g[gl + 1] <= 'Z' &&
	    (!g[gl + 2] || (g[gl + 2] == '.' && !g[gl + 3])))))
		return s;
	if (!(r = arena_alloc(a, strlen(s) + 1)))
		return s;
	/* given name (and initial), a space, the family name */
	memcpy(r, g, strlen(g));
	r[strlen(g)] = ' ';
	memcpy(r + strlen(g) + 1, s, fl);
	r[strlen(g) + 1 + fl] = 0;
	return r;
}

static const char *pick_author(collector *c, const char *site,
    const char *host)
{
	static const enum slot order[] = {LD_AUTHOR, M_AUTHOR, OG_AUTHOR,
	    ITEM_AUTHOR, REL_AUTHOR, BYLINE, CLASS_AUTHOR, BY_TEXT,
	    PAGE_AUTHOR, LD_ORG_AUTHOR, PAGE_ORG_AUTHOR};
	const char *weak = NULL;
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		enum slot sl = order[i];
		int shown = sl == ITEM_AUTHOR || sl == REL_AUTHOR ||
		    sl == BYLINE || sl == CLASS_AUTHOR;
		char *s = shown ? visible_name(c->slot[sl]) : strip_by(c->slot[sl]);
		if (!s || !*s || strlen(s) > 120 || is_template(s))
			continue;
		if (!weak_author(s, site, host, c->slot[COPYRIGHT]))
			return s;
		if (!weak)
			weak = s;
	}
	return weak;
}

/* Lower-case ASCII words of s, space-separated with a space at each end,
 * into w (cap bytes); returns the number of words. */
static int words_of(const char *s, char *w, size_t cap)
{
	size_t j = 0;
	int n = 0, in_word = 0;
	if (cap < 3)
		return 0;
	w[j++] = ' ';
	for (; s && *s && j + 2 < cap; s++) {
		int c = (unsigned char)*s;
		if (c >= 'A' && c <= 'Z')
			c += 32;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
			w[j++] = (char)c;
			n += !in_word;
			in_word = 1;
		} else if (in_word) {
			w[j++] = ' ';
			in_word = 0;
		}
	}
	if (w[j - 1] != ' ')
		w[j++] = ' ';
	w[j] = 0;
	return n;
}

/* Share of the words of h that also occur in t. */
static double overlap(const char *h, const char *t)
{
	char hw[MAX_FIELD * 2 + 8], tw[MAX_FIELD * 2 + 8], one[MAX_FIELD + 8];
	int n = words_of(h, hw, sizeof hw), hit = 0;
	words_of(t, tw, sizeof tw);
	if (!n)
		return 0;
	for (char *p = hw + 1; *p;) {
		char *e = strchr(p, ' ');
		size_t len = (size_t)(e - p);
		one[0] = ' ';
		memcpy(one + 1, p, len);
		one[len + 1] = ' ';
		one[len + 2] = 0;
		hit += strstr(tw, one) != NULL;
		p = e + 1;
	}
	return (double)hit / n;
}

static int names_site(const char *seg, const char *site, const char *host);
static int is_site_name(const char *s, const char *site, const char *host);
static char *strip_suffix(arena *a, const char *title, const char *site,
    const char *host);

/* Separators of a title's parts; Japanese and Chinese sites write a
 * fullwidth bar or colon, spaced or not ("記事｜サイト", "記事：サイト"), so
 * the parts around a separator are taken without their spaces. */
static const char *const title_seps[] = {" | ", " - ", " \xE2\x80\x94 ",
    " \xE2\x80\x93 ", " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", " : ",
    "\xEF\xBD\x9C", "\xEF\xBC\x9A", NULL};

/* Whether h is what follows the last separator of the <title> ("Story -
 * by X - Marcus on AI"): there a page names itself. */
static int is_last_part(const char *h, const char *tag)
{
	const char *last = NULL;
	for (int i = 0; tag && title_seps[i]; i++)
		for (const char *p = tag; (p = strstr(p, title_seps[i])); p++)
			if (!last || p + strlen(title_seps[i]) > last)
				last = p + strlen(title_seps[i]);
	while (last && *last == ' ')
		last++;
	/* "Site | A long headline" ends with the headline, not a name */
	return last && !strcasecmp(h, last) && strlen(last) < (size_t)(last - tag);
}

/* Whether the headline h and a declared title t tell the same: most of
 * the words of h are in t. Short headlines of long SEO titles pass; a
 * site's name in an <h1> logo does not, since t is compared without
 * its " | Site" suffix. */
static int agrees(const char *h, const char *t)
{
	return t && overlap(h, t) >= 0.5;
}

/* Whether h is a part of the <title>, between separators or before a
 * colon, shorter than another part ("Engora Data Blog: Small adventures
 * with small language models"): the blog's or the section's name that
 * a page puts in its <h1>, the headline being the rest. */
static int is_short_part(const char *h, const char *tag)
{
	static const char *const seps[] = {" | ", " - ", " \xE2\x80\x94 ",
	    " \xE2\x80\x93 ", " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", ": ", NULL};
	size_t hl = strlen(h), longest = 0;
	int found = 0;
	for (const char *p = tag; p && *p;) {
		const char *end = NULL;
		size_t sl = 0;
		for (int i = 0; seps[i]; i++) {
			const char *q = strstr(p, seps[i]);
			if (q && (!end || q < end)) {
				end = q;
				sl = strlen(seps[i]);
			}
		}
		size_t n = end ? (size_t)(end - p) : strlen(p);
		found |= n == hl && !strncasecmp(p, h, n);
		if (n > longest)
			longest = n;
		p = end ? end + sl : NULL;
	}
	return found && longest > hl;
}

/* How closely an <h1> h matches the declared title t: the smaller of
 * the shares of each one's words found in the other, so that a name
 * sharing two words with a long title ("The Go Blog") ranks below the
 * headline itself. */
static double closeness(const char *h, const char *t)
{
	double a = overlap(h, t), b = overlap(t, h);
	return a < b ? a : b;
}

/* Whether an <h1> can be the headline at all: two words or more, not a
 * paragraph, not the site's name nor the name the <title> ends with. */
static int headline_like(collector *c, const char *h, const char *site,
    const char *host)
{
	char w[MAX_FIELD * 2 + 8];
	int n = h ? words_of(h, w, sizeof w) : 0;
	/* past 30 words an <h1> is a paragraph set large, not a headline */
	return n >= 2 && n <= 30 && strlen(h) <= 300 &&
	    !is_site_name(h, site, host) && !is_last_part(h, c->slot[TITLE_TAG]);
}

/* Whether a token is a number (1) or a host name (2): "87",
 * "(latimes.com)"; 0 otherwise. */
static int count_or_host(const char *t, size_t n)
{
	int digits = 1, dot = 0;
	while (n && strchr("([", *t)) {
		t++;
		n--;
	}
	while (n && strchr(")],;", t[n - 1]))
		n--;
	for (size_t i = 0; i < n; i++) {
		digits &= t[i] >= '0' && t[i] <= '9';
		dot |= t[i] == '.' && i > 0 && i + 1 < n && (t[i + 1] | 32) >= 'a' &&
		    (t[i + 1] | 32) <= 'z';
	}
	return !n ? 0 : dot ? 2 : digits;
}

/* Whether the text an <h1> adds around the headline is page furniture:
 * a date ("Dec 18 2025"), a "Posted on ... by ..." line, a one-word
 * label ("Blog:"), or a source and a count ("(latimes.com) 87"). */
static int is_dressing(arena *a, const char *s, size_t n)
{
	static const char *const leads[] = {"posted ", "published ",
	    "updated ", "by ", NULL};
	char *t = arena_strndup(a, s, n);
	const char *p;
	int all = 1, host = 0;
	if (!t)
		return 0;
	while (*t == ' ' || *t == '|' || *t == '-' || *t == ',')
		t++;
	n = strlen(t);
	while (n && (t[n - 1] == ' ' || t[n - 1] == '|' || t[n - 1] == '-'))
		t[--n] = 0;
	if (!n)
		return 0;
	for (int i = 0; leads[i]; i++)
		if (!strncasecmp(t, leads[i], strlen(leads[i])))
			return 1;
	if (t[n - 1] == ':' && !strchr(t, ' '))
		return 1;
	if (meta_date(a, t))
		return 1;
	for (p = t; *p;) {
		size_t k = strcspn(p, " ");
		int kind = count_or_host(p, k);
		all &= kind > 0;
		host |= kind == 2;
		p += k;
		while (*p == ' ')
			p++;
	}
	/* a number alone ("2025 Software Development Price Guide") is
	 * the headline's own */
	return all && host;
}

static int is_word_char(char ch)
{
	return ((ch | 32) >= 'a' && (ch | 32) <= 'z') || (ch >= '0' && ch <= '9') ||
	    (unsigned char)ch >= 0x80;
}

/* The declared title d in place of the <h1> h when h only dresses it:
 * d with furniture before or after it ("Dec 18 2025 Preparing a
 * transition in Debusine", "Blog: Best agencies"), or d set in
 * capitals ("BEST DRIP COFFEE MAKER IN 2026"), which the page's
 * style made and the declared title spells as written. */
static const char *undress(collector *c, const char *h, const char *d)
{
	const char *at;
	size_t dl, hl = strlen(h);
	int lower = 0, upper = 0;
	if (!d)
		return h;
	dl = strlen(d);
	for (const char *p = h; *p; p++) {
		lower |= *p >= 'a' && *p <= 'z';
		upper |= *p >= 'A' && *p <= 'Z';
	}
	if (upper && !lower && agrees(h, d))
		return d;
	if (dl >= hl || !(at = strstr(h, d)) ||
	    (at > h && is_word_char(at[-1])) || is_word_char(at[dl]))
		return h;
	/* each side is furniture or empty */
	if ((at == h || is_dressing(c->a, h, (size_t)(at - h))) &&
	    (!at[dl] || is_dressing(c->a, at + dl, strlen(at + dl))))
		return d;
	return h;
}

/* Whether w (n bytes, lower case) is a word an <h1> adds to a title
 * it sets for display: an article, "and" for "&", a pronoun. */
static int is_small_word(const char *w, size_t n)
{
	static const char *const small[] = {"the", "a", "an", "and", "i",
	    "my", "our", "your", NULL};
	for (int i = 0; small[i]; i++)
		if (strlen(small[i]) == n && !strncmp(small[i], w, n))
			return 1;
	return 0;
}

/* Whether the <h1> h is the declared title d with only small words
 * added ("The Best Electric Scooters ..." for "Best Electric Scooters
 * ...", "I Tried 11 Services" for "[Tried 11 Services]", "and" for
 * "&"): the same headline, which d spells as the publisher wrote it
 * for sharing. */
static int adds_small_words(const char *h, const char *d)
{
	char hw[MAX_FIELD * 2 + 8], dw[MAX_FIELD * 2 + 8];
	int hn = words_of(h, hw, sizeof hw), dn = words_of(d, dw, sizeof dw);
	const char *p = hw + 1, *q = dw + 1;
	if (hn <= dn || dn < 2)
		return 0;
	for (size_t k; *p; p += k + 1) {
		k = strcspn(p, " ");
		size_t m = strcspn(q, " ");
		if (*q && k == m && !strncmp(p, q, k))
			q += m + 1;
		else if (!is_small_word(p, k))
			return 0;
	}
	return !*q;
}

/* Whether the <h1> h is the declared title d with some characters shown
 * as '?' ("Event Planning? Beginner? Guide" for "Event Planning:
 * Beginner's Guide"): the page was stored in a charset that lacks
 * them, the declared title kept them. A '?' stands for at most 8
 * bytes. */
static int shows_lost_chars(const char *h, const char *d)
{
	int lost = 0;
	while (*h && *d) {
		if (*h == *d) {
			h++;
			d++;
			continue;
		}
		if (*h++ != '?')
			return 0;
		lost = 1;
		for (int k = 0; *d && *d != *h && k < 8; k++)
			d++;
		if (*d != *h)
			return 0;
	}
	return lost && !*h && !*d;
}

/* The headline h stands for, given the declared title d: d when h only
 * adds small words to it or lost some of its characters; else h with
 * its dressing removed. */
static const char *settle(collector *c, const char *h, const char *d)
{
	if (d && (adds_small_words(h, d) || shows_lost_chars(h, d)))
		return d;
	return undress(c, h, d);
}

/* The visible headline (an <h1> that agrees with a title the page
 * declares, and is not the site's name) is what readers see; declared
 * titles are often SEO variants or carry the site's name. Of several
 * <h1>s that agree, the closest to the declared title wins: pages put
 * their blog's name or a section's in an earlier one. */
static const char *pick_title(collector *c, const char *declared,
    const char *site, const char *host)
{
	static const enum slot h1s[] = {H1, H1_2, H1_3};
	const char *tag = strip_suffix(c->a, c->slot[TITLE_TAG], site, host);
	const char *best = NULL;
	double best_score = -1;
	for (size_t i = 0; i < 3; i++) {
		const char *h = c->slot[h1s[i]];
		char w[MAX_FIELD * 2 + 8];
		if (!headline_like(c, h, site, host))
			continue;
		if (!declared)
			return h;
		if (agrees(h, declared) || (!is_short_part(h, c->slot[TITLE_TAG]) &&
		    (agrees(h, tag) || agrees(h, c->slot[TITLE_TAG])))) {
			double score = closeness(h, declared);
			if (score > best_score) {
				best = h;
				best_score = score;
			}
			continue;
		}
		/* the page's only <h1> (others in its furniture aside), a
		 * headline-sized one, is its headline even when the
		 * declared title is an SEO variant */
		if (i == 0 && !c->more_h1 && words_of(h, w, sizeof w) >= 4 &&
		    overlap(h, declared) > 0)
			return settle(c, h, declared);
	}
	return best ? settle(c, best, declared) : declared;
}

/* Whether a title segment names the site: equal to the site name, or
 * to a label of the host ("Tarkett" for professionals.tarkett.com). */
static int names_site(const char *seg, const char *site, const char *host)
{
	char a[MAX_FIELD + 1], b[MAX_FIELD + 1];
	size_t n = 0, m;
	while (*seg == ' ')
		seg++;
	if (site && !strcasecmp(seg, site))
		return 1;
	for (; *seg && n < MAX_FIELD; seg++)
		if (((*seg | 32) >= 'a' && (*seg | 32) <= 'z') || (*seg >= '0' && *seg <= '9'))
			a[n++] = (char)(*seg | (*seg >= 'A' ? 32 : 0));
	a[n] = 0;
	for (const char *h = host; h && *h;) {
		const char *dot = strchr(h, '.');
		m = dot ? (size_t)(dot - h) : strlen(h);
		if (!dot)
			break;  /* the TLD names nothing */
		if (m >= 3 && m < sizeof b) {
			size_t k = 0;
			for (size_t i = 0; i < m; i++)
				if (h[i] != '-')
					b[k++] = h[i];
			b[k] = 0;
			/* "Johnson's" on johnsonsbaby.com: a brand that starts
			 * the host label */
			if (n && (!strcmp(a, b) || (k >= 4 && strstr(a, b)) ||
			    (n >= 5 && !strncmp(a, b, n))))
				return 1;
		}
		h += m + 1;
	}
	return 0;
}

/* Stricter than names_site, for headlines: s is the site's name, or a
 * host label when its letters are taken alone ("The Go Blog" is not
 * go.dev, "Houstonia Magazine" is the site houstoniamag.com calls
 * itself). */
static int is_site_name(const char *s, const char *site, const char *host)
{
	char h[MAX_FIELD + 1];
	size_t n = 0;
	if (site && !strcasecmp(s, site))
		return 1;
	for (const char *p = s; *p && n < MAX_FIELD; p++)
		if (((*p | 32) >= 'a' && (*p | 32) <= 'z') || (*p >= '0' && *p <= '9'))
			h[n++] = (char)(*p | (*p >= 'A' ? 32 : 0));
	h[n] = 0;
	for (const char *p = host; p && *p && n >= 3;) {
		const char *dot = strchr(p, '.');
		if (!dot)
			break;
		if ((size_t)(dot - p) == n && !strncmp(p, h, n))
			return 1;
		p = dot + 1;
	}
	return 0;
}

/* Number of space-separated words of s ("Children's" is one). */
static int count_words(const char *s)
{
	int n = 0;
	for (const char *p = s; *p; p++)
		n += *p != ' ' && (p == s || p[-1] == ' ');
	return n;
}

/* Removes a trailing " | X" of at most four words that is not much
 * longer than what precedes it: after a pipe come the site's name, its
 * section or a slogan ("| Opinion", "| DianaHR", "| Farm Bureau
 * Financial Services"), seldom the headline's own words (dashes and
 * colons, which do join headline parts, are kept). Twice for "Headline
 * | Section | Site". */
static char *strip_pipe_tail(arena *a, const char *title)
{
	for (int round = 0; round < 2; round++) {
		const char *bar = NULL, *p = title;
		while ((p = strstr(p, " | ")))
			bar = p++;
		if (!bar || bar == title ||
		    strlen(bar + 3) > (size_t)(bar - title) + 4 ||
		    count_words(bar + 3) > 4)
			break;
		char *t = arena_strndup(a, title, (size_t)(bar - title));
		if (!t)
			break;
		title = t;
	}
	return (char *)title;
}

/* Removes a leading "Site | " ("NASA SVS | Impact of ..."), when the
 * first segment names the site. */
static char *strip_prefix(arena *a, const char *title, const char *site,
    const char *host)
{
	for (int i = 0; title_seps[i]; i++) {
		const char *q = strstr(title, title_seps[i]);
		char *seg;
		if (!q || q == title)
			continue;
		seg = arena_strndup(a, title, (size_t)(q - title));
		if (seg && names_site(seg, site, host)) {
			q += strlen(title_seps[i]);
			return arena_strdup(a, q + strspn(q, " "));
		}
	}
	return (char *)title;
}

/* Removes a trailing " | Site" (or " - ", " – ", " — ", " · ", " • ",
 * " :: ") when the segment names the site. */
static char *strip_suffix(arena *a, const char *title, const char *site,
    const char *host)
{
	const char *const *seps = title_seps;
	const char *cut = NULL;
	if (!title)
		return NULL;
	for (int i = 0; seps[i]; i++) {
		const char *q = NULL, *p = title, *r;
		while ((r = strstr(p, seps[i]))) {
			q = r;
			p = r + 1;
		}
		if (q && q > title && (!cut || q > cut) &&
		    names_site(q + strlen(seps[i]), site, host))
			cut = q;
	}
	while (cut && cut > title && cut[-1] == ' ')
		cut--;
	if (cut && cut > title)
		return arena_strndup(a, title, (size_t)(cut - title));
	return strip_prefix(a, strip_pipe_tail(a, title), site, host);
}

/* Removes a short label after the last spaced dash ("... Performance
 * Rankings - Infographic", "Gym Workouts for Beginners — Strength
 * Training", "... Apps Compared - Personally Tested"): one or two words
 * there name a format or a tagline, not the headline, which has four
 * words or more before it. Longer tails ("– 10 Benefits, Use Cases,
 * Best Practices") are subtitles, and a number ("- Part 2") tells the
 * piece from its siblings: both stay. */
static const char *strip_dash_label(arena *a, const char *title)
{
	static const char *const dashes[] = {" - ", " \xE2\x80\x93 ",
	    " \xE2\x80\x94 ", NULL};
	const char *cut = NULL, *label = NULL;
	char *head;
	if (!title)
		return NULL;
	for (int i = 0; dashes[i]; i++) {
		const char *r, *p = title;
		while ((r = strstr(p, dashes[i]))) {
			if (!cut || r > cut) {
				cut = r;
				label = r + strlen(dashes[i]);
			}
			p = r + 1;
		}
	}
	if (!cut || count_words(label) > 2 || strpbrk(label, "0123456789"))
		return title;
	head = arena_strndup(a, title, (size_t)(cut - title));
	return head && count_words(head) >= 4 ? head : title;
}

/* title without separators left at its end ("Über André Loibl | ": a
 * <title> whose site part is empty), in a when it changes. */
static const char *trim_seps(arena *a, const char *title)
{
	size_t n = title ? strlen(title) : 0, k;
	for (;;) {
		if (n && (title[n - 1] == ' ' || title[n - 1] == ':'))
			n--;
		else if ((k = sep_ending(title, n)))
			n -= k;
		else
			break;
	}
	if (!title || n == strlen(title))
		return title;
	return n ? arena_strndup(a, title, n) : NULL;
}

/* The first declared title, unless it was cut short: structured data
 * often truncates a headline near Google's 110-character limit at a
 * word ("... Solutions (Including"), while the OpenGraph or <title>
 * copy carries it whole. A later title that extends a long first one
 * at a word boundary replaces it (the site's name it may add goes with
 * strip_suffix). */
static const char *whole_title(collector *c, const enum slot *order,
    size_t n)
{
	const char *t = NULL;
	size_t tl = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = c->slot[order[i]];
		if (!s)
			continue;
		if (!t) {
			t = s;
			tl = strlen(t);
			if (tl < 90)
				return t;
		} else if (strlen(s) > tl && !strncmp(s, t, tl) && s[tl] == ' ')
			return s;
	}
	return t;
}

void meta_extract(arena *a, const dom_node *root, html_meta *m)
{
	static const enum slot site_o[] = {OG_SITE, LD_SITE, WEBSITE_NAME};
	static const enum slot url_o[] = {CANONICAL, OG_URL, LD_URL};
	static const enum slot title_o[] = {LD_TITLE, OG_TITLE, TW_TITLE,
	    M_TITLE, PAGE_TITLE, TITLE_TAG};
	collector c = {0};
	if (!root || !(c.a = arena_new(0)))
		return;
	collect(&c, root);
	const char *site = first(&c, site_o, 3);
	const char *url = first(&c, url_o, 3);
	if (url && !looks_like_url(url))
		url = NULL;
	const char *host = meta_host(c.a, url);
	const char *title = whole_title(&c, title_o, 6);
	title = strip_suffix(c.a, title, site, host);
	title = strip_suffix(c.a, pick_title(&c, title, site, host), site, host);
	title = trim_seps(c.a, strip_dash_label(c.a, title));
	if (!m->site) m->site = dup_or_null(a, site);
	if (!m->url) m->url = dup_or_null(a, url);
	if (!m->title) m->title = dup_or_null(a, title);
	if (!m->author)
		m->author = dup_or_null(a,
		    given_first(c.a, pick_author(&c, site, host)));
	if (!m->date)
		m->date = dup_or_null(a, pick_date(&c, c.a, m->url));
	arena_free(c.a);
}
