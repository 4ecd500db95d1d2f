/* render.c - reports and articles as Markdown, JSON and HTML.
 *
 * Every renderer writes through one small output buffer (struct sink) that
 * remembers the first write error, so the format code can write freely
 * and check once at the end. Text from articles is untrusted: it goes
 * through one of three escapers (Markdown, JSON, HTML), each of which
 * also repairs invalid UTF-8 to U+FFFD, so output is always valid UTF-8.
 * Nothing depends on the locale: numbers are formatted by hand.
 */
#include "concord/render.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define OUT_SIZE 8192

typedef struct sink {
	concord_write_fn w;
	void *ctx;
	concord_status err;
	size_t len;
	char buf[OUT_SIZE];
} sink;

struct concord_renderer {
	concord_format f;
	size_t nstories;
	sink o;
};

static void flush(sink *o)
{
	if (o->len && !o->err && o->w(o->ctx, o->buf, o->len))
		o->err = CONCORD_EIO;
	o->len = 0;
}

static void put_bytes(sink *o, const char *s, size_t n)
{
	if (o->err)
		return;
	if (o->len + n > OUT_SIZE)
		flush(o);
	if (n >= OUT_SIZE) {
		if (!o->err && o->w(o->ctx, s, n))
			o->err = CONCORD_EIO;
		return;
	}
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

static void put(sink *o, const char *s)
{
	put_bytes(o, s, strlen(s));
}

static void put_size(sink *o, size_t v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof tmp, "%zu", v);
	put_bytes(o, tmp, (size_t)n);
}

static void put_int64(sink *o, int64_t v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof tmp, "%lld", (long long)v);
	put_bytes(o, tmp, (size_t)n);
}

/* A share 0..1 with three decimals, "0.875": by hand, because printf's
 * decimal point follows the locale. */
static void put_share(sink *o, double v)
{
	if (!(v > 0))
		v = 0;
	if (v > 1)
		v = 1;
	unsigned m = (unsigned)(v * 1000 + 0.5);
	char tmp[16];
	snprintf(tmp, sizeof tmp, "%u.%03u", m / 1000, m % 1000);
	put(o, tmp);
}

static void put_percent(sink *o, double v)
{
	if (!(v > 0))
		v = 0;
	if (v > 1)
		v = 1;
	put_size(o, (size_t)(v * 100 + 0.5));
	put(o, "%");
}

/* Decodes one code point at s[*i] (len bytes in all) and advances *i.
 * Invalid or overlong sequences and surrogates give -1 and advance by
 * one byte, so the caller can write U+FFFD and go on. */
static long next_cp(const unsigned char *s, size_t len, size_t *i)
{
	unsigned c = s[*i];
	size_t n;
	unsigned long cp, min;
	if (c < 0x80) {
		(*i)++;
		return c;
	}
	if (c >= 0xC2 && c <= 0xDF) {
		n = 1; cp = c & 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 2; cp = c & 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 3; cp = c & 0x07; min = 0x10000;
	} else {
		(*i)++;
		return -1;
	}
	if (len - *i <= n) {
		(*i)++;
		return -1;
	}
	for (size_t k = 1; k <= n; k++) {
		unsigned cc = s[*i + k];
		if ((cc & 0xC0) != 0x80) {
			(*i)++;
			return -1;
		}
		cp = cp << 6 | (cc & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
		(*i)++;
		return -1;
	}
	*i += n + 1;
	return (long)cp;
}

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

static void json_str(sink *o, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run = 0;
	put(o, "\"");
	while (i < len) {
		size_t start = i;
		long cp = next_cp(u, len, &i);
		const char *esc = NULL;
		char tmp[8];
		if (cp == '"')
			esc = "\\\"";
		else if (cp == '\\')
			esc = "\\\\";
		else if (cp == '\n')
			esc = "\\n";
		else if (cp == '\t')
			esc = "\\t";
		else if (cp == '\r')
			esc = "\\r";
		else if (cp == '\b')
			esc = "\\b";
		else if (cp == '\f')
			esc = "\\f";
		else if (cp >= 0 && (cp < 0x20 || cp == 0x2028 || cp == 0x2029)) {
			snprintf(tmp, sizeof tmp, "\\u%04lx", (unsigned long)cp);
			esc = tmp;
		} else if (cp < 0)
			esc = REPLACEMENT;
		if (!esc) {
			run += i - start;
			continue;
		}
		put_bytes(o, s + start - run, run);
		run = 0;
		put(o, esc);
	}
	put_bytes(o, s + len - run, run);
	put(o, "\"");
}

static void json_cstr(sink *o, const char *s)
{
	if (s)
		json_str(o, s, strlen(s));
	else
		put(o, "null");
}

/* HTML text and attribute values: the five markup characters become
 * references, control characters other than white space are dropped. */
static void html_str(sink *o, const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		size_t start = i;
		long cp = next_cp(u, len, &i);
		switch (cp) {
		case '&': put(o, "&amp;"); break;
		case '<': put(o, "&lt;"); break;
		case '>': put(o, "&gt;"); break;
		case '"': put(o, "&quot;"); break;
		case '\'': put(o, "&#39;"); break;
		case -1: put(o, REPLACEMENT); break;
		default:
			if ((cp < 0x20 && cp != '\n' && cp != '\t') || cp == 0x7F)
				break;
			put_bytes(o, s + start, i - start);
		}
	}
}

static void html_cstr(sink *o, const char *s)
{
	if (s)
		html_str(o, s, strlen(s));
}

/* Markdown inline text: line breaks become spaces (one item stays one
 * line), characters with inline meaning are backslash-escaped, and what
 * would start a block at the head of a line ("# ", "- ", "> ", "1. ") is
 * escaped too, so article text can never add headings, lists or raw HTML.
 * head: 1 at the start of the line (spaces may follow), 2 in its leading
 * digits, 0 past them. */
static void md_str(sink *o, const char *s, size_t len, int line_start)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;
	int head = line_start;
	while (i < len) {
		size_t start = i;
		long cp = next_cp(u, len, &i);
		if (cp == '\n' || cp == '\r' || cp == '\t')
			cp = ' ';
		if (cp < 0) {
			put(o, REPLACEMENT);
			head = 0;
			continue;
		}
		if (cp < 0x20 || cp == 0x7F)
			continue;
		if (cp < 0x80 && strchr("\\`*_[]<>|", (int)cp))
			put(o, "\\");
		else if (head == 1 && cp < 0x80 && strchr("#+-=>~", (int)cp))
			put(o, "\\");
		else if (head == 2 && (cp == '.' || cp == ')'))
			put(o, "\\");
		if (cp >= '0' && cp <= '9' && head)
			head = 2;
		else if (!(head == 1 && cp == ' '))
			head = 0;
		if (cp == ' ')
			put(o, " ");
		else
			put_bytes(o, s + start, i - start);
	}
}

static void md_cstr(sink *o, const char *s)
{
	if (s)
		md_str(o, s, strlen(s), 0);
}

/* A path in a code span: backticks in it widen the fence; file names are
 * bytes, so invalid UTF-8 is repaired and control characters (a terminal
 * escape in a name) are dropped here too. */
static void md_code(sink *o, const char *s)
{
	int tick = strchr(s, '`') != NULL;
	size_t len = strlen(s), i = 0;
	put(o, tick ? "`` " : "`");
	while (i < len) {
		size_t start = i;
		long cp = next_cp((const unsigned char *)s, len, &i);
		if (cp < 0)
			put(o, REPLACEMENT);
		else if (cp >= 0x20 && cp != 0x7F)
			put_bytes(o, s + start, i - start);
	}
	put(o, tick ? " ``" : "`");
}

static const char *kind_word(concord_derivation_kind k)
{
	switch (k) {
	case CONCORD_DERIVED_COPY: return "copy";
	case CONCORD_DERIVED_REWRITE: return "rewrite";
	default: return NULL;
	}
}

static const concord_derivation *derivation(const concord_report *r,
    size_t i)
{
	const concord_derivation *d = concord_report_derivation(r, i);
	if (d && d->kind != CONCORD_DERIVED_NONE && d->source >= 0 &&
	    (size_t)d->source < concord_report_narticles(r))
		return d;
	return NULL;
}

static const char *article_id(const concord_report *r, size_t i)
{
	const concord_article *a = concord_report_article(r, i);
	return a && a->id ? a->id : "";
}

/* ---- Markdown ---- */

static void md_cites(sink *o, const size_t *src, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		put(o, "[");
		put_size(o, src[k] + 1);
		put(o, "]");
	}
}

static void md_counts(sink *o, size_t narticles, size_t independent)
{
	put_size(o, narticles);
	put(o, narticles == 1 ? " article, " : " articles, ");
	put_size(o, independent);
	put(o, independent == 1 ? " independent source" :
	    " independent sources");
}

static void md_article(sink *o, const concord_report *r, size_t i)
{
	const concord_article *a = concord_report_article(r, i);
	const concord_derivation *d = derivation(r, i);
	put_size(o, i + 1);
	put(o, ". ");
	put(o, "**");
	md_cstr(o, a->site ? a->site : "unknown site");
	put(o, "**, ");
	md_cstr(o, a->date ? a->date : "undated");
	put(o, ", ");
	md_code(o, a->path ? a->path : "");
	if (a->title) {
		put(o, ": ");
		md_cstr(o, a->title);
	}
	if (d) {
		put(o, " (");
		put(o, kind_word(d->kind));
		put(o, " of [");
		put_size(o, (size_t)d->source + 1);
		put(o, "], ");
		put_percent(o, d->reuse);
		put(o, " reused");
		if (!d->direction_known)
			put(o, ", direction unknown");
		put(o, ")");
	}
	put(o, "\n");
}

static void md_duplicates(sink *o, const concord_duplicate *d, size_t n)
{
	if (!n)
		return;
	put(o, "\nExact copies not counted again:");
	for (size_t i = 0; i < n; i++) {
		put(o, i ? "; " : " ");
		md_code(o, d[i].path ? d[i].path : "");
		put(o, " (copy of [");
		put_size(o, d[i].of + 1);
		put(o, "])");
	}
	put(o, "\n");
}

/* Whether the canonical value tells the reader more than the verbatim
 * text: only for dates that are not their own value ("June 8" is
 * --06-08; "Tuesday" and "1968" are themselves). A number's text already
 * says its value ("$4.2 million", "two steel beams"). */
static int value_informs(const concord_claim *c)
{
	return c->kind == CONCORD_CLAIM_DATE && c->value && *c->value &&
	    strcasecmp(c->value, c->text) != 0;
}

typedef void (*escape_fn)(sink *o, const char *s);

/* "Date: June 8 (--06-08)", "Number: $4.2 million": the kind, the
 * verbatim text, then the canonical value where it adds something. */
static void claim_value_head(sink *o, const concord_claim *c, escape_fn esc)
{
	put(o, c->kind == CONCORD_CLAIM_NUMBER ? "Number: " : "Date: ");
	esc(o, c->text);
	if (value_informs(c)) {
		put(o, " (");
		esc(o, c->value);
		put(o, ")");
	}
}

/* "; conflicts with claim 15: 15,000 vehicles": each conflicting claim by
 * its number and what it says (a quote by its speaker). */
static void claim_conflicts(sink *o, const concord_report *r,
    const concord_claim *c, escape_fn esc)
{
	for (size_t k = 0; k < c->nconflicts; k++) {
		const concord_claim *x = concord_report_claim(r, c->conflicts[k]);
		put(o, k ? ", claim " : "; conflicts with claim ");
		put_size(o, c->conflicts[k] + 1);
		if (!x)
			continue;
		if (x->kind != CONCORD_CLAIM_QUOTE) {
			put(o, ": ");
			esc(o, x->text);
		} else if (x->speaker) {
			put(o, " (");
			esc(o, x->speaker);
			put(o, ")");
		}
	}
}

/* The head of a claim line, "Quote: ... (speaker), according to X", with
 * article text escaped by esc and the quoted words between qopen and
 * qclose: one text for Markdown and HTML. */
static void claim_head(sink *o, const concord_claim *c, escape_fn esc,
    const char *qopen, const char *qclose)
{
	switch (c->kind) {
	case CONCORD_CLAIM_QUOTE:
		put(o, qopen);
		esc(o, c->text);
		put(o, qclose);
		if (c->speaker) {
			put(o, " (");
			esc(o, c->speaker);
			put(o, ")");
		}
		break;
	case CONCORD_CLAIM_NUMBER:
	case CONCORD_CLAIM_DATE:
		claim_value_head(o, c, esc);
		break;
	default:
		put(o, "Event: ");
		esc(o, c->text);
	}
	if (c->attribution) {
		put(o, ", according to ");
		esc(o, c->attribution);
	}
}

static void md_claim(sink *o, const concord_report *r, const concord_claim *c,
    size_t i)
{
	put_size(o, i + 1);
	put(o, ". ");
	claim_head(o, c, md_cstr, "Quote: \"", "\"");
	put(o, ". ");
	md_counts(o, c->nsources, c->independent);
	put(o, ": ");
	md_cites(o, c->sources, c->nsources);
	if (c->nrepeats) {
		put(o, "; repeats: ");
		md_cites(o, c->repeats, c->nrepeats);
	}
	claim_conflicts(o, r, c, md_cstr);
	put(o, "\n");
}

/* "N articles, M independent sources, FIRST to LAST" of a story, its
 * dates escaped by esc: one text for Markdown and HTML. */
static void story_facts(sink *o, const concord_report *r, escape_fn esc)
{
	const char *first = concord_report_first_date(r);
	const char *last = concord_report_last_date(r);
	md_counts(o, concord_report_narticles(r), concord_report_independent(r));
	if (first) {
		put(o, ", ");
		esc(o, first);
		if (last && strcmp(first, last)) {
			put(o, " to ");
			esc(o, last);
		}
	}
}

static void md_story(sink *o, const concord_report *r, int64_t id,
    const concord_duplicate *dups, size_t ndups, size_t nth)
{
	const char *title = concord_report_title(r);
	size_t na = concord_report_narticles(r);
	if (nth)
		put(o, "\n");
	put(o, "## Story ");
	put_int64(o, id);
	put(o, ": ");
	md_cstr(o, title ? title : "(untitled)");
	put(o, "\n\n");
	story_facts(o, r, md_cstr);
	put(o, ".\n\n### Articles\n\n");
	for (size_t i = 0; i < na; i++)
		md_article(o, r, i);
	md_duplicates(o, dups, ndups);
	size_t ns = concord_report_nsummary(r);
	if (ns)
		put(o, "\n### Summary\n\n");
	for (size_t i = 0; i < ns; i++) {
		const concord_sentence *s = concord_report_summary(r, i);
		md_str(o, s->text, strlen(s->text), 1);
		put(o, " ");
		md_cites(o, s->sources, s->nsources);
		put(o, "\n\n");
	}
	size_t nc = concord_report_nclaims(r);
	if (nc)
		put(o, ns ? "### Claims\n\n" : "\n### Claims\n\n");
	for (size_t i = 0; i < nc; i++)
		md_claim(o, r, concord_report_claim(r, i), i);
}

/* ---- JSON ---- */

static void json_ids(sink *o, const concord_report *r, const size_t *src,
    size_t n)
{
	put(o, "[");
	for (size_t k = 0; k < n; k++) {
		if (k)
			put(o, ",");
		json_cstr(o, article_id(r, src[k]));
	}
	put(o, "]");
}

static void json_article(sink *o, const concord_report *r, size_t i)
{
	const concord_article *a = concord_report_article(r, i);
	const concord_derivation *d = derivation(r, i);
	const concord_derivation *g = concord_report_derivation(r, i);
	put(o, "{\"id\":");
	json_cstr(o, a->id);
	put(o, ",\"path\":");
	json_cstr(o, a->path);
	put(o, ",\"url\":");
	json_cstr(o, a->url);
	put(o, ",\"site\":");
	json_cstr(o, a->site);
	put(o, ",\"title\":");
	json_cstr(o, a->title);
	put(o, ",\"date\":");
	json_cstr(o, a->date);
	put(o, ",\"derived_from\":");
	json_cstr(o, d ? article_id(r, (size_t)d->source) : NULL);
	put(o, ",\"derivation\":");
	json_cstr(o, d ? kind_word(d->kind) : NULL);
	put(o, ",\"reuse\":");
	if (d)
		put_share(o, d->reuse);
	else
		put(o, "null");
	put(o, ",\"direction_known\":");
	put(o, d ? (d->direction_known ? "true" : "false") : "null");
	put(o, ",\"group\":");
	put_size(o, g ? g->group : i);
	put(o, "}");
}

static void json_claim(sink *o, const concord_report *r,
    const concord_claim *c)
{
	put(o, "{\"kind\":");
	json_cstr(o, concord_claim_kind_name(c->kind));
	put(o, ",\"text\":");
	json_cstr(o, c->text);
	put(o, ",\"context\":");
	json_cstr(o, c->context);
	put(o, ",\"speaker\":");
	json_cstr(o, c->speaker);
	put(o, ",\"attribution\":");
	json_cstr(o, c->attribution);
	put(o, ",\"value\":");
	json_cstr(o, c->value);
	put(o, ",\"sources\":");
	json_ids(o, r, c->sources, c->nsources);
	put(o, ",\"independent_sources\":");
	put_size(o, c->independent);
	put(o, ",\"repeats\":");
	json_ids(o, r, c->repeats, c->nrepeats);
	put(o, ",\"conflicts\":[");
	for (size_t k = 0; k < c->nconflicts; k++) {
		if (k)
			put(o, ",");
		put_size(o, c->conflicts[k]);
	}
	put(o, "]}");
}

static void json_duplicates(sink *o, const concord_report *r,
    const concord_duplicate *d, size_t n)
{
	put(o, ",\"duplicates\":[");
	for (size_t i = 0; i < n; i++) {
		put(o, i ? ",{\"id\":" : "{\"id\":");
		json_cstr(o, d[i].id);
		put(o, ",\"path\":");
		json_cstr(o, d[i].path);
		put(o, ",\"duplicate_of\":");
		json_cstr(o, d[i].of < concord_report_narticles(r) ?
		    article_id(r, d[i].of) : NULL);
		put(o, "}");
	}
	put(o, "]");
}

static void json_story(sink *o, const concord_report *r, int64_t id,
    const concord_duplicate *dups, size_t ndups)
{
	size_t na = concord_report_narticles(r);
	put(o, "{\"story\":");
	put_int64(o, id);
	put(o, ",\"title\":");
	json_cstr(o, concord_report_title(r));
	put(o, ",\"first_date\":");
	json_cstr(o, concord_report_first_date(r));
	put(o, ",\"last_date\":");
	json_cstr(o, concord_report_last_date(r));
	put(o, ",\"independent_sources\":");
	put_size(o, concord_report_independent(r));
	put(o, ",\"articles\":[");
	for (size_t i = 0; i < na; i++) {
		if (i)
			put(o, ",");
		json_article(o, r, i);
	}
	put(o, "]");
	json_duplicates(o, r, dups, ndups);
	put(o, ",\"summary\":[");
	for (size_t i = 0; i < concord_report_nsummary(r); i++) {
		const concord_sentence *s = concord_report_summary(r, i);
		put(o, i ? ",{\"text\":" : "{\"text\":");
		json_cstr(o, s->text);
		put(o, ",\"sources\":");
		json_ids(o, r, s->sources, s->nsources);
		put(o, ",\"independent_sources\":");
		put_size(o, s->independent);
		put(o, "}");
	}
	put(o, "],\"claims\":[");
	for (size_t i = 0; i < concord_report_nclaims(r); i++) {
		if (i)
			put(o, ",");
		json_claim(o, r, concord_report_claim(r, i));
	}
	put(o, "]}");
}

/* ---- HTML ---- */

static const char HTML_HEAD[] =
    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
    "<meta charset=\"utf-8\">\n"
    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    "<title>concord brief</title>\n<style>\n"
    "body{font:16px/1.5 Georgia,serif;max-width:46em;margin:2em auto;"
    "padding:0 1em;color:#222}\n"
    "h2{border-bottom:1px solid #ccc}\n.meta,.note{color:#555}\n"
    "a.cite{text-decoration:none;font-size:.8em;vertical-align:super}\n"
    "</style>\n</head>\n<body>\n<main>\n";

static const char HTML_TAIL[] = "</main>\n</body>\n</html>\n";

static void html_cites(sink *o, int64_t id, const size_t *src, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		put(o, "<a class=\"cite\" href=\"#s");
		put_int64(o, id);
		put(o, "-a");
		put_size(o, src[k] + 1);
		put(o, "\">[");
		put_size(o, src[k] + 1);
		put(o, "]</a>");
	}
}

/* Only http(s) URLs become links: a javascript: or data: URL in an
 * article must not turn into something a reader can click. */
static int safe_url(const char *u)
{
	return u && (!strncmp(u, "http://", 7) || !strncmp(u, "https://", 8));
}

static void html_article(sink *o, const concord_report *r, size_t i,
    int64_t id)
{
	const concord_article *a = concord_report_article(r, i);
	const concord_derivation *d = derivation(r, i);
	put(o, "<li id=\"s");
	put_int64(o, id);
	put(o, "-a");
	put_size(o, i + 1);
	put(o, "\"><b>");
	html_cstr(o, a->site ? a->site : "unknown site");
	put(o, "</b>, ");
	html_cstr(o, a->date ? a->date : "undated");
	put(o, ", <code>");
	html_cstr(o, a->path);
	put(o, "</code>");
	if (a->title) {
		put(o, ": ");
		if (safe_url(a->url)) {
			put(o, "<a href=\"");
			html_cstr(o, a->url);
			put(o, "\">");
		}
		html_cstr(o, a->title);
		if (safe_url(a->url))
			put(o, "</a>");
	}
	if (d) {
		put(o, " <span class=\"note\">(");
		put(o, kind_word(d->kind));
		put(o, " of [");
		put_size(o, (size_t)d->source + 1);
		put(o, "], ");
		put_percent(o, d->reuse);
		put(o, d->direction_known ? " reused)" :
		    " reused, direction unknown)");
		put(o, "</span>");
	}
	put(o, "</li>\n");
}

static void html_claim(sink *o, const concord_report *r,
    const concord_claim *c, int64_t id)
{
	put(o, "<li>");
	claim_head(o, c, html_cstr, "Quote: <q>", "</q>");
	put(o, ". <span class=\"meta\">");
	put_size(o, c->nsources);
	put(o, c->nsources == 1 ? " article, " : " articles, ");
	put_size(o, c->independent);
	put(o, c->independent == 1 ? " independent source" :
	    " independent sources");
	put(o, "</span> ");
	html_cites(o, id, c->sources, c->nsources);
	if (c->nrepeats) {
		put(o, "; repeats: ");
		html_cites(o, id, c->repeats, c->nrepeats);
	}
	claim_conflicts(o, r, c, html_cstr);
	put(o, "</li>\n");
}

static void html_story(sink *o, const concord_report *r, int64_t id,
    const concord_duplicate *dups, size_t ndups)
{
	const char *title = concord_report_title(r);
	size_t na = concord_report_narticles(r);
	put(o, "<article class=\"story\" id=\"s");
	put_int64(o, id);
	put(o, "\">\n<h2>Story ");
	put_int64(o, id);
	put(o, ": ");
	html_cstr(o, title ? title : "(untitled)");
	put(o, "</h2>\n<p class=\"meta\">");
	story_facts(o, r, html_cstr);
	put(o, ".</p>\n<h3>Articles</h3>\n<ol>\n");
	for (size_t i = 0; i < na; i++)
		html_article(o, r, i, id);
	put(o, "</ol>\n");
	if (ndups) {
		put(o, "<p class=\"note\">Exact copies not counted again:");
		for (size_t i = 0; i < ndups; i++) {
			put(o, i ? "; <code>" : " <code>");
			html_cstr(o, dups[i].path);
			put(o, "</code> (copy of [");
			put_size(o, dups[i].of + 1);
			put(o, "])");
		}
		put(o, "</p>\n");
	}
	size_t ns = concord_report_nsummary(r);
	if (ns)
		put(o, "<h3>Summary</h3>\n");
	for (size_t i = 0; i < ns; i++) {
		const concord_sentence *s = concord_report_summary(r, i);
		put(o, "<p>");
		html_cstr(o, s->text);
		put(o, " ");
		html_cites(o, id, s->sources, s->nsources);
		put(o, "</p>\n");
	}
	size_t nc = concord_report_nclaims(r);
	if (nc)
		put(o, "<h3>Claims</h3>\n<ol>\n");
	for (size_t i = 0; i < nc; i++)
		html_claim(o, r, concord_report_claim(r, i), id);
	if (nc)
		put(o, "</ol>\n");
	put(o, "</article>\n");
}

/* ---- public API ---- */

concord_status concord_format_parse(const char *name, concord_format *out)
{
	if (!name || !out)
		return CONCORD_EINVAL;
	if (!strcmp(name, "markdown") || !strcmp(name, "md"))
		*out = CONCORD_FORMAT_MARKDOWN;
	else if (!strcmp(name, "json"))
		*out = CONCORD_FORMAT_JSON;
	else if (!strcmp(name, "html"))
		*out = CONCORD_FORMAT_HTML;
	else
		return CONCORD_EINVAL;
	return CONCORD_OK;
}

concord_status concord_render_open(concord_format f, concord_write_fn w,
    void *ctx, concord_renderer **out)
{
	if (!w || !out || f > CONCORD_FORMAT_HTML)
		return CONCORD_EINVAL;
	concord_renderer *rr = malloc(sizeof *rr);
	if (!rr)
		return CONCORD_ENOMEM;
	rr->f = f;
	rr->nstories = 0;
	rr->o.w = w;
	rr->o.ctx = ctx;
	rr->o.err = CONCORD_OK;
	rr->o.len = 0;
	if (f == CONCORD_FORMAT_JSON)
		put(&rr->o, "{\"stories\":[");
	else if (f == CONCORD_FORMAT_HTML)
		put(&rr->o, HTML_HEAD);
	*out = rr;
	return CONCORD_OK;
}

concord_status concord_render_story_dups(concord_renderer *rr,
    const concord_report *r, int64_t story_id,
    const concord_duplicate *d, size_t n)
{
	if (!rr || !r || (n && !d))
		return CONCORD_EINVAL;
	switch (rr->f) {
	case CONCORD_FORMAT_JSON:
		if (rr->nstories)
			put(&rr->o, ",\n");
		json_story(&rr->o, r, story_id, d, n);
		break;
	case CONCORD_FORMAT_HTML:
		html_story(&rr->o, r, story_id, d, n);
		break;
	default:
		md_story(&rr->o, r, story_id, d, n, rr->nstories);
	}
	rr->nstories++;
	return rr->o.err;
}

concord_status concord_render_story(concord_renderer *rr,
    const concord_report *r, int64_t story_id)
{
	return concord_render_story_dups(rr, r, story_id, NULL, 0);
}

concord_status concord_render_close(concord_renderer *rr)
{
	if (!rr)
		return CONCORD_EINVAL;
	if (rr->f == CONCORD_FORMAT_JSON)
		put(&rr->o, "]}\n");
	else if (rr->f == CONCORD_FORMAT_HTML)
		put(&rr->o, HTML_TAIL);
	flush(&rr->o);
	concord_status st = rr->o.err;
	free(rr);
	return st;
}

concord_status concord_render_report(concord_format f,
    const concord_report *r, int64_t story_id, concord_write_fn w,
    void *ctx)
{
	if (f != CONCORD_FORMAT_JSON) {
		concord_renderer *rr;
		concord_status st = concord_render_open(f, w, ctx, &rr);
		if (st)
			return st;
		st = concord_render_story(rr, r, story_id);
		concord_status cst = concord_render_close(rr);
		return st ? st : cst;
	}
	if (!r || !w)
		return CONCORD_EINVAL;
	sink *o = malloc(sizeof *o);
	if (!o)
		return CONCORD_ENOMEM;
	*o = (sink){.w = w, .ctx = ctx};
	json_story(o, r, story_id, NULL, 0);
	put(o, "\n");
	flush(o);
	concord_status st = o->err;
	free(o);
	return st;
}

concord_status concord_render_article_json(const concord_article *a,
    concord_write_fn w, void *ctx)
{
	if (!a || !w)
		return CONCORD_EINVAL;
	sink *o = malloc(sizeof *o);
	if (!o)
		return CONCORD_ENOMEM;
	*o = (sink){.w = w, .ctx = ctx};
	put(o, "{\"path\":");
	json_cstr(o, a->path);
	put(o, ",\"url\":");
	json_cstr(o, a->url);
	put(o, ",\"site\":");
	json_cstr(o, a->site);
	put(o, ",\"title\":");
	json_cstr(o, a->title);
	put(o, ",\"author\":");
	json_cstr(o, a->author);
	put(o, ",\"date\":");
	json_cstr(o, a->date);
	put(o, ",\"lang\":");
	json_cstr(o, a->lang);
	put(o, ",\"text\":");
	if (a->text)
		json_str(o, a->text, a->text_len);
	else
		put(o, "\"\"");
	put(o, ",\"id\":");
	json_cstr(o, a->id);
	put(o, "}\n");
	flush(o);
	concord_status st = o->err;
	free(o);
	return st;
}

/* The two escapers for callers (the CLI's story list) write straight
 * through: a local out on the heap keeps the stack small. */
static concord_status escape_with(void (*fn)(sink *, const char *, size_t),
    const char *s, size_t len, concord_write_fn w, void *ctx)
{
	if ((!s && len) || !w)
		return CONCORD_EINVAL;
	sink *o = malloc(sizeof *o);
	if (!o)
		return CONCORD_ENOMEM;
	*o = (sink){.w = w, .ctx = ctx};
	fn(o, s ? s : "", len);
	flush(o);
	concord_status st = o->err;
	free(o);
	return st;
}

concord_status concord_render_html_escape(const char *s, size_t len,
    concord_write_fn w, void *ctx)
{
	return escape_with(html_str, s, len, w, ctx);
}

concord_status concord_render_json_string(const char *s, size_t len,
    concord_write_fn w, void *ctx)
{
	return escape_with(json_str, s, len, w, ctx);
}
