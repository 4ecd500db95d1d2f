/* extract.c - concord_extract: one raw input to one concord_doc.
 *
 * Dispatch on the input kind: HTML pages go to the HTML extractor
 * (html.c), plain text to plaintext_clean (plaintext.c); both see bytes
 * already decoded to valid UTF-8 (charset.c), and text stored
 * double-encoded is put right (mojibake.h). Title, author, date and
 * site the input carried explicitly (JSON Lines fields) win over what the
 * page says, since that is what the user asserted; the page fills the
 * rest. The URL is the exception: the input's url (a WARC target URI, a
 * crawl record) is only where the page was fetched, often with tracking
 * parameters or from a mirror, while the page's own canonical URL names
 * the article itself, so an absolute http(s) canonical URL wins.
 * Text and metadata leave in Unicode's composed form (NFC): a page typed
 * with decomposed umlauts ("a" + U+0308) reads and searches like any
 * other.
 * Everything a doc owns lives in one arena.
 */
#include "concord/extract.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#include "arena.h"
#include "charset.h"
#include "concord/text.h"
#include "html.h"
#include "lang.h"
#include "meta.h"
#include "mojibake.h"
#include "plaintext.h"
#include "util.h"

#define DEFAULT_MAX_INPUT ((size_t)64 << 20)
#define DEFAULT_MAX_DEPTH 256

struct concord_doc {
	arena *a;
	concord_article art;
};

static concord_status doc_new(concord_doc **out)
{
	concord_doc *d;
	arena *a = arena_new(0);
	if (!a)
		return CONCORD_ENOMEM;
	d = arena_calloc(a, 1, sizeof *d);
	if (!d) {
		arena_free(a);
		return CONCORD_ENOMEM;
	}
	d->a = a;
	*out = d;
	return CONCORD_OK;
}

/* Copies s into the doc; *dst stays NULL for NULL s. */
static concord_status copy_field(concord_doc *d, const char **dst,
    const char *s)
{
	if (!s) {
		*dst = NULL;
		return CONCORD_OK;
	}
	*dst = arena_strdup(d->a, s);
	return *dst ? CONCORD_OK : CONCORD_ENOMEM;
}

/* id = 16 hex digits of XXH3-64 over the normalized text, so two bodies
 * that differ only in typography or white space share an id. */
static concord_status compute_id(concord_doc *d, const char *text,
    size_t len, const char **id)
{
	char *norm = NULL, *hex;
	size_t norm_len = 0;
	concord_status st = concord_text_normalize(text, len, &norm, &norm_len);
	if (st)
		return st;
	XXH64_hash_t h = XXH3_64bits(norm, norm_len);
	concord_free(norm);
	hex = arena_alloc(d->a, 17);
	if (!hex)
		return CONCORD_ENOMEM;
	snprintf(hex, 17, "%016llx", (unsigned long long)h);
	*id = hex;
	return CONCORD_OK;
}

static concord_status fill_fields(concord_doc *d, const concord_article *a)
{
	concord_article *t = &d->art;
	concord_status st;
	if ((st = copy_field(d, &t->path, a->path)) ||
	    (st = copy_field(d, &t->url, a->url)) ||
	    (st = copy_field(d, &t->site, a->site)) ||
	    (st = copy_field(d, &t->title, a->title)) ||
	    (st = copy_field(d, &t->author, a->author)) ||
	    (st = copy_field(d, &t->date, a->date)) ||
	    (st = copy_field(d, &t->lang, a->lang)))
		return st;
	t->text = arena_strndup(d->a, a->text, a->text_len);
	if (!t->text)
		return CONCORD_ENOMEM;
	t->text_len = a->text_len;
	if (a->id)
		return copy_field(d, &t->id, a->id);
	return compute_id(d, t->text, t->text_len, &t->id);
}

CONCORD_API concord_status concord_doc_from_fields(const concord_article *a,
    concord_doc **out)
{
	concord_doc *d;
	concord_status st;
	if (!a || !a->text || !out)
		return CONCORD_EINVAL;
	if ((st = doc_new(&d)))
		return st;
	if ((st = fill_fields(d, a))) {
		concord_doc_free(d);
		return st;
	}
	*out = d;
	return CONCORD_OK;
}

CONCORD_API const concord_article *concord_doc_article(const concord_doc *d)
{
	return d ? &d->art : NULL;
}

CONCORD_API void concord_doc_free(concord_doc *d)
{
	if (d)
		arena_free(d->a);
}

/* Drops, in place, the combining marks of s[0..*len) (valid UTF-8)
 * past MAX_MARK_RUN in a row (util.h), before it is normalized. */
static void cap_mark_runs(char *s, size_t *len)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	size_t i = 0, j = 0, marks = 0;
	while (i < *len) {
		utf8proc_int32_t cp = 0;
		utf8proc_ssize_t r = 1;
		if (u[i] >= 0x80 && (r = utf8proc_iterate(u + i,
		    (utf8proc_ssize_t)(*len - i), &cp)) <= 0)
			r = 1;  /* not UTF-8 after all: a byte, no mark */
		marks = cp && is_mark_cp(cp) ? marks + 1 : 0;
		if (marks <= MAX_MARK_RUN) {
			if (j != i)
				memmove(s + j, s + i, (size_t)r);
			j += (size_t)r;
		}
		i += (size_t)r;
	}
	s[j] = 0;
	*len = j;
}

/* Whether NFC may change cp or what is around it: a combining mark, a
 * character that never stays composed (a singleton such as the Kelvin
 * sign, U+09DF), or a Hangul jamo (composed by algorithm). */
static int nfc_unstable(int32_t cp)
{
	const utf8proc_property_t *p;
	if (cp < 0x300)
		return 0;
	if (cp >= 0x1100 && cp <= 0x11FF)
		return 1;
	p = utf8proc_get_property(cp);
	return p->combining_class != 0 || p->comp_exclusion;
}

/* s[0..*len) (valid UTF-8, NUL-terminated) in NFC: s itself when NFC
 * leaves it as it is (most texts: the scan stops at nothing), else a
 * copy in the arena, its runs of marks cut (cap_mark_runs), with *len
 * updated; NULL when out of memory. */
static const char *nfc(arena *a, const char *s, size_t *len)
{
	const utf8proc_uint8_t *u = (const utf8proc_uint8_t *)s;
	utf8proc_uint8_t *nf = NULL;
	utf8proc_ssize_t r;
	int unstable = 0;
	char *copy;
	for (size_t i = 0; i < *len && !unstable;) {
		utf8proc_int32_t cp;
		if (u[i] < 0x80) {
			i++;
			continue;
		}
		r = utf8proc_iterate(u + i, (utf8proc_ssize_t)(*len - i), &cp);
		if (r <= 0)
			return s;  /* not valid after all: leave it be */
		i += (size_t)r;
		unstable = nfc_unstable(cp);
	}
	if (!unstable)
		return s;
	if (!(copy = arena_strndup(a, s, *len)))
		return NULL;
	cap_mark_runs(copy, len);
	r = utf8proc_map((const utf8proc_uint8_t *)copy,
	    (utf8proc_ssize_t)*len, &nf, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
	if (r < 0)
		return r == UTF8PROC_ERROR_NOMEM ? NULL : copy;
	copy = arena_strndup(a, (const char *)nf, (size_t)r);
	free(nf);
	if (copy)
		*len = (size_t)r;
	return copy;
}

/* NFC of the NUL-terminated field *f in place (NULL stays NULL). */
static concord_status nfc_field(arena *a, const char **f)
{
	size_t n;
	const char *c;
	if (!*f)
		return CONCORD_OK;
	n = strlen(*f);
	if (!(c = nfc(a, *f, &n)))
		return CONCORD_ENOMEM;
	*f = c;
	return CONCORD_OK;
}

/* The text, title, author and site of t in NFC. */
static concord_status nfc_article(arena *a, concord_article *t)
{
	concord_status st;
	if (!(t->text = nfc(a, t->text, &t->text_len)))
		return CONCORD_ENOMEM;
	if ((st = nfc_field(a, &t->title)) || (st = nfc_field(a, &t->author)))
		return st;
	return nfc_field(a, &t->site);
}

/* The first non-empty of a (the input's assertion) and b (the page's). */
static const char *pick(const char *a, const char *b)
{
	return a && *a ? a : b && *b ? b : NULL;
}

static concord_status extract_html(concord_doc *d, const char *s,
    size_t len, size_t depth, html_meta *m, char **text, size_t *text_len)
{
	return html_extract(d->a, s, len, depth, text, text_len, m);
}

/* Scraped text can hold UTF-8 that was read as windows-1252 and encoded
 * again ("donâ€™t"), as pages do (html.c repairs each text node): each
 * line is put right on its own, when the whole line reads back
 * (mojibake.h), so one line quoting such text as it is stays. Returns s
 * itself when no line needs it, NULL when out of memory. */
static const char *undo_mojibake_lines(arena *a, const char *s, size_t *len)
{
	char *out, *w;
	const char *p = s, *end = s + *len;
	if (!memchr(s, 0xC3, *len))
		return s;
	if (!(w = out = arena_alloc(a, *len + 1)))
		return NULL;
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p), k = 0;
		if (memchr(p, 0xC3, n) && mojibake_undo(p, n, NULL))
			k = mojibake_undo(p, n, w);
		if (!k) {
			memcpy(w, p, n);
			k = n;
		}
		w += k;
		if (nl)
			*w++ = '\n';
		p += n + (nl != NULL);
	}
	*w = 0;
	*len = (size_t)(w - out);
	return out;
}

static concord_status extract_text(concord_doc *d, const char *s,
    size_t len, html_meta *m, char **text, size_t *text_len)
{
	if (!(s = undo_mojibake_lines(d->a, s, &len)))
		return CONCORD_ENOMEM;
	return plaintext_clean(d->a, s, len, text, text_len, &m->title);
}

static int starts_ci(const char *s, const char *prefix)
{
	for (; *prefix; s++, prefix++)
		if ((*s | 32) != *prefix)
			return 0;
	return 1;
}

/* Length of the scheme part ("http:" 5, "https:" 6) of an http(s) URL,
 * 0 for anything else. */
static size_t http_scheme(const char *u)
{
	return !u ? 0 : starts_ci(u, "http:") ? 5 : starts_ci(u, "https:") ? 6 : 0;
}

/* Whether u after its scheme is "//host..." with no white space or
 * control characters anywhere. */
static int good_authority(const char *u)
{
	if (u[0] != '/' || u[1] != '/' || !u[2] || u[2] == '/')
		return 0;
	for (; *u; u++)
		if ((unsigned char)*u <= ' ')
			return 0;
	return 1;
}

/* Whether the URL after its scheme, "//host[/path]", has no path
 * beyond "/" (query and fragment count as path). */
static int is_home(const char *authority)
{
	const char *p = authority + 2;
	p += strcspn(p, "/?#");
	return !*p || !strcmp(p, "/");
}

/* The page's canonical URL made absolute: kept when it is http(s) with a
 * host; a scheme-relative "//host/path" takes the scheme of the URL it
 * was fetched from (https when unknown). NULL when unusable, and when it
 * is a bare home page while the page was fetched from a deeper URL
 * (templates that point every page's canonical at the site root). */
static const char *page_url(arena *a, const char *page, const char *fetched)
{
	size_t k = http_scheme(page), fk = http_scheme(fetched);
	if (!page)
		return NULL;
	if (fk && good_authority(fetched + fk) && !is_home(fetched + fk) &&
	    good_authority(page + k) && is_home(page + k))
		return NULL;
	if (k)
		return good_authority(page + k) ? page : NULL;
	if (!good_authority(page))
		return NULL;
	size_t n = strlen(page);
	char *u = arena_alloc(a, n + 7);
	if (!u)
		return NULL;
	if (fk)
		memcpy(u, fetched, fk);
	else
		memcpy(u, "https:", fk = 6);
	memcpy(u + fk, page, n + 1);
	return u;
}

/* Combines the input's own fields with the page's metadata. */
static concord_status merge_meta(concord_doc *d, const concord_input *in,
    html_meta *m)
{
	concord_article *t = &d->art;
	/* an input date that is no date at all gives way to the page's */
	const char *date = in->date ? meta_date(d->a, in->date) : NULL;
	const char *url = pick(page_url(d->a, m->url, in->url), in->url);
	concord_status st;
	if ((st = copy_field(d, &t->path, in->path)) ||
	    (st = copy_field(d, &t->url, url)) ||
	    (st = copy_field(d, &t->title, pick(in->title, m->title))) ||
	    (st = copy_field(d, &t->author, pick(in->author, m->author))) ||
	    (st = copy_field(d, &t->date, pick(date, m->date))))
		return st;
	const char *site = pick(in->site, m->site);
	if (!site && url)
		site = meta_host(d->a, url);
	if (!site && in->url)
		site = meta_host(d->a, in->url);
	return copy_field(d, &t->site, site);
}

CONCORD_API concord_status concord_extract(const concord_input *in,
    const concord_extract_opts *opts, concord_doc **out)
{
	size_t max_len = opts && opts->max_input_len ? opts->max_input_len :
	    DEFAULT_MAX_INPUT;
	size_t depth = opts && opts->max_depth ? opts->max_depth :
	    DEFAULT_MAX_DEPTH;
	concord_doc *d;
	concord_status st;
	html_meta m = {0};
	char *utf8 = NULL, *text = NULL;
	size_t utf8_len = 0, text_len = 0;
	int html;

	if (!in || !out || (!in->data && in->len))
		return CONCORD_EINVAL;
	*out = NULL;
	if (in->len > max_len)
		return CONCORD_ELIMIT;
	if (in->kind != CONCORD_KIND_HTML && in->kind != CONCORD_KIND_TEXT)
		return CONCORD_EINVAL;
	if ((st = doc_new(&d)))
		return st;
	html = in->kind == CONCORD_KIND_HTML;
	st = charset_decode(d->a, in->data ? in->data : "", in->len,
	    in->charset, html, &utf8, &utf8_len);
	if (!st)
		st = html ? extract_html(d, utf8, utf8_len, depth, &m, &text,
		    &text_len) : extract_text(d, utf8, utf8_len, &m, &text,
		    &text_len);
	if (!st && (!text || !text_len))
		st = CONCORD_EEMPTY;
	if (!st)
		st = merge_meta(d, in, &m);
	if (!st) {
		d->art.text = text;
		d->art.text_len = text_len;
		st = nfc_article(d->a, &d->art);
	}
	if (!st) {
		d->art.lang = lang_detect(d->art.text, d->art.text_len);
		/* The id is always the body's hash, even when the input
		 * carried an id of its own: equal bodies must share it. */
		st = compute_id(d, d->art.text, d->art.text_len, &d->art.id);
	}
	if (st) {
		concord_doc_free(d);
		return st;
	}
	*out = d;
	return CONCORD_OK;
}
