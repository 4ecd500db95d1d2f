/* meta.c - what a page says about itself: headline, publisher, author,
 * publication date, canonical URL.
 *
 * One walk over the tree collects every source we know, each into its own
 * slot (first occurrence wins); then, per field, the most reliable source
 * that has a value is taken. JSON-LD (schema.org Article and kin, also
 * inside @graph or arrays) is the most deliberate statement a publisher
 * makes, then OpenGraph and article:* properties, then meta name tags,
 * then what the visible page shows (<time>, itemprop, bylines, <title>).
 */
#include "meta.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "json.h"

#define MAX_FIELD 400
#define JSON_DEPTH 32
#define JSON_NODES 2000
#define MAX_LD_SCRIPTS 16

enum slot {
	LD_TITLE, LD_DATE, LD_AUTHOR, LD_SITE, LD_URL,
	OG_TITLE, OG_SITE, OG_URL, OG_DATE, OG_AUTHOR, TW_TITLE,
	M_AUTHOR, M_DATE, M_TITLE, CANONICAL, TITLE_TAG, ITEM_DATE,
	TIME_DATE, ITEM_AUTHOR, REL_AUTHOR, BYLINE, WEBSITE_NAME, H1, H1_2,
	H1_3, LD_MODIFIED, OG_MODIFIED, SHOWN_DATE, LD_ORG_AUTHOR, PUB_TEXT, CLASS_AUTHOR, N_SLOTS
};

typedef struct collector {
	arena *a;       /* where slot strings live (scratch) */
	char *slot[N_SLOTS];
	int ld_scripts;
	int text_reads;  /* subtree texts read so far (bounded: hostile
	                    pages nest thousands of "date" boxes) */
	size_t json_nodes;
} collector;

#define MAX_TEXT_READS 64

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

static size_t put_utf8(char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (char)(0xC0 | cp >> 6);
		o[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (char)(0xE0 | cp >> 12);
		o[1] = (char)(0x80 | (cp >> 6 & 0x3F));
		o[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (char)(0xF0 | cp >> 18);
	o[1] = (char)(0x80 | (cp >> 12 & 0x3F));
	o[2] = (char)(0x80 | (cp >> 6 & 0x3F));
	o[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

/* Copy of s with character references decoded, white space collapsed
 * and trimmed, at most MAX_FIELD bytes (cut at a character boundary);
 * NULL when empty. */
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
		if (c == '&' && (k = char_ref(s, &cp)) > 0 && cp != ' ') {
			if (sp)
				o[n++] = ' ';
			sp = 0;
			n += put_utf8(o + n, cp);
			s += k;
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
	return n ? o : NULL;
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
static void put_authors(collector *c, const json_value *v)
{
	char joined[MAX_FIELD + 1];
	size_t n = 0;
	int count = 0;
	if (!v)
		return;
	if (v->type != JSON_ARRAY) {
		if (v->type == JSON_OBJECT && has_type(v, type_is_org))
			put(c, LD_ORG_AUTHOR, json_name(v));
		else
			put(c, LD_AUTHOR, json_name(v));
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
		put(c, LD_AUTHOR, joined);
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

static void read_article(collector *c, const json_value *o)
{
	const json_value *pub = json_get(o, "publisher");
	put(c, LD_TITLE, jstr(json_get(o, "headline")));
	put(c, LD_TITLE, jstr(json_get(o, "name")));
	put(c, LD_DATE, jstr(json_get(o, "datePublished")));
	put(c, LD_DATE, jstr(json_get(o, "dateCreated")));
	put(c, LD_MODIFIED, jstr(json_get(o, "dateModified")));
	put_authors(c, json_get(o, "author"));
	put_authors(c, json_get(o, "creator"));
	put(c, LD_SITE, json_name(pub));
	put(c, LD_URL, jstr(json_get(o, "url")));
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
		read_article(c, v);
	else if (has_type(v, type_is_website))
		put(c, WEBSITE_NAME, jstr(json_get(v, "name")));
	visit_ld(c, json_get(v, "@graph"), depth + 1);
	const json_value *me = json_get(v, "mainEntity");
	if (me && me->type == JSON_OBJECT)
		visit_ld(c, me, depth + 1);
}

static void read_ld_json(collector *c, xmlNodePtr script)
{
	xmlChar *t;
	json_value *v = NULL;
	if (++c->ld_scripts > MAX_LD_SCRIPTS)
		return;
	t = xmlNodeGetContent(script);
	if (!t)
		return;
	if (!json_parse(c->a, (const char *)t, strlen((char *)t), JSON_DEPTH,
	    &v, NULL))
		visit_ld(c, v, 0);
	xmlFree(t);
}

static xmlChar *prop(xmlNodePtr n, const char *name)
{
	return xmlGetNoNsProp(n, (const xmlChar *)name);
}

static int ieq(const xmlChar *a, const char *b)
{
	return a && !strcasecmp((const char *)a, b);
}

/* <meta property|name|itemprop=K content=V>. */
static void read_meta(collector *c, xmlNodePtr n)
{
	xmlChar *k = prop(n, "property"), *v = prop(n, "content");
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
		} else if (ieq(k, "datePublished")) put(c, ITEM_DATE, val);
		else if (ieq(k, "date") || ieq(k, "pubdate") ||
		    ieq(k, "publishdate") || ieq(k, "publish-date") ||
		    ieq(k, "citation_publication_date") ||
		    ieq(k, "citation_date") || ieq(k, "dc.date") ||
		    ieq(k, "dc.date.issued") || ieq(k, "dcterms.date") ||
		    ieq(k, "dcterms.created") || ieq(k, "parsely-pub-date") ||
		    ieq(k, "sailthru.date") || ieq(k, "article.published") ||
		    ieq(k, "original-publish-date") ||
		    ieq(k, "publication_date")) put(c, M_DATE, val);
		else if (ieq(k, "title") || ieq(k, "citation_title") ||
		    ieq(k, "dc.title")) put(c, M_TITLE, val);
	}
	xmlFree(k);
	xmlFree(v);
}

static void read_link(collector *c, xmlNodePtr n)
{
	xmlChar *rel = prop(n, "rel"), *href = prop(n, "href");
	if (ieq(rel, "canonical"))
		put(c, CANONICAL, (const char *)href);
	xmlFree(rel);
	xmlFree(href);
}

#define MAX_TEXT_READ 2000

/* Phrasing elements whose text joins its neighbours without a space. */
static int is_inline(xmlNodePtr n)
{
	static const char *const names[] = {"a", "em", "strong", "b", "i",
	    "u", "small", "sup", "sub", "mark", "abbr", "q", "cite", NULL};
	if (!n || n->type != XML_ELEMENT_NODE)
		return 0;
	for (int i = 0; names[i]; i++)
		if (!strcmp((const char *)n->name, names[i]))
			return 1;
	return 0;
}

/* The text under n, at most MAX_TEXT_READ bytes (xmlNodeGetContent would
 * copy a whole subtree, and hostile pages nest thousands of "date"
 * boxes around the page): an iterative walk that stops early. NULL when
 * longer than the cap. */
static char *subtree_text(collector *c, xmlNodePtr root)
{
	char out[MAX_TEXT_READ + 1];
	size_t n = 0;
	xmlNodePtr x = root->children, prev = root;
	while (x && x != root) {
		if (x->type == XML_TEXT_NODE && x->content) {
			size_t k = strlen((const char *)x->content);
			if (n + k + 1 > MAX_TEXT_READ)
				return NULL;
			/* a space between boxes: "Jane Doe</span><span>June 2" */
			if (n && x->parent != prev && !is_inline(x->parent) &&
			    !is_inline(prev))
				out[n++] = ' ';
			prev = x->parent;
			memcpy(out + n, x->content, k);
			n += k;
		}
		if (x->type == XML_ELEMENT_NODE && x->children &&
		    strcmp((const char *)x->name, "script") &&
		    strcmp((const char *)x->name, "style")) {
			x = x->children;
			continue;
		}
		while (x != root && !x->next)
			x = x->parent;
		if (x != root)
			x = x->next;
	}
	out[n] = 0;
	return clean_copy(c->a, out);
}

static void put_text(collector *c, enum slot s, xmlNodePtr n)
{
	if (c->slot[s] || ++c->text_reads > MAX_TEXT_READS)
		return;
	c->slot[s] = subtree_text(c, n);
}

static int class_has(xmlNodePtr n, const char *word)
{
	xmlChar *v = prop(n, "class");
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
	xmlFree(v);
	return r;
}

/* Page-visible sources in the body: itemprop, <time>, rel=author,
 * byline classes, the first <h1>. */
static void read_visible(collector *c, xmlNodePtr n, const char *name)
{
	xmlChar *ip = prop(n, "itemprop");
	if (ieq(ip, "datePublished")) {
		xmlChar *d = prop(n, "datetime");
		if (!d)
			d = prop(n, "content");
		put(c, ITEM_DATE, (const char *)d);
		xmlFree(d);
	} else if (ieq(ip, "author") && !c->slot[ITEM_AUTHOR]) {
		put_text(c, ITEM_AUTHOR, n);
	}
	xmlFree(ip);
	if (!strcmp(name, "time") && !c->slot[TIME_DATE]) {
		xmlChar *d = prop(n, "datetime");
		put(c, TIME_DATE, (const char *)d);
		xmlFree(d);
	} else if (!strcmp(name, "a") && !c->slot[REL_AUTHOR]) {
		xmlChar *rel = prop(n, "rel");
		if (ieq(rel, "author"))
			put_text(c, REL_AUTHOR, n);
		xmlFree(rel);
	} else if (!strcmp(name, "h1")) {
		put_text(c, !c->slot[H1] ? H1 : !c->slot[H1_2] ? H1_2 : H1_3, n);
	}
	if (!c->slot[SHOWN_DATE] && (class_has(n, "date") ||
	    class_has(n, "published") || class_has(n, "post-date") ||
	    class_has(n, "entry-date"))) {
		put_text(c, SHOWN_DATE, n);
		if (c->slot[SHOWN_DATE] && !meta_date(c->a, c->slot[SHOWN_DATE]))
			c->slot[SHOWN_DATE] = NULL;
	}
	if (!c->slot[BYLINE] && (class_has(n, "byline") ||
	    class_has(n, "author-name")))
		put_text(c, BYLINE, n);
	else if (!c->slot[CLASS_AUTHOR] && class_has(n, "author")) {
		/* a short name only: "author" also names bio boxes */
		put_text(c, CLASS_AUTHOR, n);
		if (c->slot[CLASS_AUTHOR] && strlen(c->slot[CLASS_AUTHOR]) > 60)
			c->slot[CLASS_AUTHOR] = NULL;
	}
}

static void visit_element(collector *c, xmlNodePtr n)
{
	const char *name = (const char *)n->name;
	if (!strcmp(name, "meta"))
		read_meta(c, n);
	else if (!strcmp(name, "link"))
		read_link(c, n);
	else if (!strcmp(name, "title"))
		put_text(c, TITLE_TAG, n);
	else if (!strcmp(name, "script")) {
		xmlChar *t = prop(n, "type");
		if (ieq(t, "application/ld+json"))
			read_ld_json(c, n);
		xmlFree(t);
	} else if (n->properties || !strcmp(name, "h1")) {
		read_visible(c, n, name);
	}
}

/* A short text such as "Published on July 18, 2025" or "Posted
 * 2023-08-07": the visible publication date of pages without markup. */
static void read_pub_text(collector *c, const char *t)
{
	static const char *const leads[] = {"published", "posted", NULL};
	size_t n;
	while (is_ws((unsigned char)*t))
		t++;
	n = strlen(t);
	if (n < 12 || n > 80)
		return;
	for (int i = 0; leads[i]; i++)
		if (!strncasecmp(t, leads[i], strlen(leads[i]))) {
			char *d = meta_date(c->a, t + strlen(leads[i]));
			if (d)
				c->slot[PUB_TEXT] = d;
			return;
		}
}

/* Iterative walk of the whole document. */
static void collect(collector *c, xmlDocPtr doc)
{
	xmlNodePtr root = xmlDocGetRootElement(doc), n = root;
	while (n) {
		if (n->type == XML_TEXT_NODE && n->content && !c->slot[PUB_TEXT])
			read_pub_text(c, (const char *)n->content);
		if (n->type == XML_ELEMENT_NODE) {
			visit_element(c, n);
			if (n->children && strcmp((char *)n->name, "script") &&
			    strcmp((char *)n->name, "style")) {
				n = n->children;
				continue;
			}
		}
		while (n && n != root && !n->next)
			n = n->parent;
		n = n && n != root ? n->next : NULL;
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

static char *format_date(arena *a, int y, int m, int d)
{
	char tmp[16];
	if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31)
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

/* "March 4, 2019", "4 March 2019", "Mon, 04 Mar 2019", "04.03.2019". */
static char *text_date(arena *a, const char *s)
{
	int d = -1, m = 0, y = -1;
	const char *p = s;
	while (*p && (d < 0 || !m || y < 0)) {
		if (*p >= '0' && *p <= '9') {
			const char *q = p;
			int v = read_num(&p, 4);
			if (p - q == 4)
				y = v;
			else if (d < 0 && v >= 1 && v <= 31 && (*p == '.' ||
			    *p == '/') && !m) {
				/* DD.MM.YYYY, European order */
				d = v;
				p++;
				m = read_num(&p, 2);
				if (*p == '.' || *p == '/')
					p++;
				else
					return NULL;
			} else if (d < 0 && p - q <= 2)
				d = v;
			continue;
		}
		if (((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) &&
		    !m && (p == s || !((p[-1] | 32) >= 'a' && (p[-1] | 32) <= 'z')))
			m = month_of(p);
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
	if ((r = iso_date(a, s)))
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

static const char *pick_date(collector *c, arena *a)
{
	static const enum slot order[] = {LD_DATE, OG_DATE, ITEM_DATE, M_DATE,
	    TIME_DATE, PUB_TEXT, SHOWN_DATE, LD_MODIFIED, OG_MODIFIED};
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		char *d = meta_date(a, c->slot[order[i]]);
		if (d)
			return d;
	}
	return NULL;
}

/* A name shown on the page, without its label, or NULL when the text
 * is a label alone, a form field or carries a date. */
static char *visible_name(char *s)
{
	static const char *const labels[] = {"written by ", "posted by ",
	    "authored by ", "author: ", "author ", "by: ", NULL};
	static const char *const junk[] = {"written by", "the author",
	    "author", "authors", "by", "undefined", "null", "name", NULL};
	if (!s)
		return NULL;
	for (int i = 0; labels[i]; i++)
		if (!strncasecmp(s, labels[i], strlen(labels[i])))
			s += strlen(labels[i]);
	s = strip_by(s);
	for (int i = 0; junk[i]; i++)
		if (!strcasecmp(s, junk[i]))
			return NULL;
	if (strpbrk(s, "0123456789*@|") || !*s)
		return NULL;
	return s;
}

static const char *pick_author(collector *c)
{
	static const enum slot order[] = {LD_AUTHOR, M_AUTHOR, OG_AUTHOR,
	    ITEM_AUTHOR, REL_AUTHOR, BYLINE, CLASS_AUTHOR, LD_ORG_AUTHOR};
	for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
		enum slot sl = order[i];
		int shown = sl == ITEM_AUTHOR || sl == REL_AUTHOR ||
		    sl == BYLINE || sl == CLASS_AUTHOR;
		char *s = shown ? visible_name(c->slot[sl]) : strip_by(c->slot[sl]);
		if (s && *s && strlen(s) <= 120)
			return s;
	}
	return NULL;
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

/* The visible headline (an <h1> that shares most of its words with the
 * title the page declares) is what readers see; declared titles are
 * often SEO variants or carry the site's name. */
static const char *pick_title(collector *c, const char *declared)
{
	static const enum slot h1s[] = {H1, H1_2, H1_3};
	const char *tag = c->slot[TITLE_TAG];
	for (size_t i = 0; i < 3; i++) {
		const char *h = c->slot[h1s[i]];
		char w[MAX_FIELD * 2 + 8];
		if (!h || words_of(h, w, sizeof w) < 2 || strlen(h) > 300)
			continue;
		if (!declared || overlap(h, declared) >= 0.5 ||
		    (tag && overlap(h, tag) >= 0.5))
			return h;
	}
	return declared;
}

/* Whether a title segment names the site: equal to the site name, or
 * to a label of the host ("Tarkett" for professionals.tarkett.com). */
static int names_site(const char *seg, const char *site, const char *host)
{
	char a[MAX_FIELD + 1], b[MAX_FIELD + 1];
	size_t n = 0, m;
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
			if (n && (!strcmp(a, b) || (k >= 4 && strstr(a, b))))
				return 1;
		}
		h += m + 1;
	}
	return 0;
}

/* Removes a trailing " | Site" (or " - ", " – ", " — ", " · ", " • ",
 * " :: ") when the segment names the site. */
static char *strip_suffix(arena *a, const char *title, const char *site,
    const char *host)
{
	static const char *const seps[] = {" | ", " - ", " \xE2\x80\x94 ",
	    " \xE2\x80\x93 ", " :: ", " \xC2\xB7 ", " \xE2\x80\xA2 ", NULL};
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
	return cut ? arena_strndup(a, title, (size_t)(cut - title)) : (char *)title;
}

void meta_extract(arena *a, xmlDocPtr doc, html_meta *m)
{
	static const enum slot site_o[] = {OG_SITE, LD_SITE, WEBSITE_NAME};
	static const enum slot url_o[] = {CANONICAL, OG_URL, LD_URL};
	static const enum slot title_o[] = {LD_TITLE, OG_TITLE, TW_TITLE,
	    M_TITLE, TITLE_TAG};
	collector c = {0};
	if (!doc || !(c.a = arena_new(0)))
		return;
	collect(&c, doc);
	const char *site = first(&c, site_o, 3);
	const char *url = first(&c, url_o, 3);
	if (url && !looks_like_url(url))
		url = NULL;
	const char *host = meta_host(c.a, url);
	const char *title = first(&c, title_o, 5);
	title = strip_suffix(c.a, title, site, host);
	title = strip_suffix(c.a, pick_title(&c, title), site, host);
	if (!m->site) m->site = dup_or_null(a, site);
	if (!m->url) m->url = dup_or_null(a, url);
	if (!m->title) m->title = dup_or_null(a, title);
	if (!m->author) m->author = dup_or_null(a, pick_author(&c));
	if (!m->date) m->date = dup_or_null(a, pick_date(&c, c.a));
	arena_free(c.a);
}
