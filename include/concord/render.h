/* render.h - reports and articles as Markdown, JSON and HTML.
 *
 * Output is untrusted text: HTML output escapes everything from articles,
 * JSON output escapes per RFC 8259 and is always valid UTF-8. The JSON
 * schema is documented in docs/json-schema.md and is stable.
 */
#ifndef CONCORD_RENDER_H
#define CONCORD_RENDER_H

#include "base.h"
#include "brief.h"
#include "extract.h"

typedef enum concord_format {
	CONCORD_FORMAT_MARKDOWN = 0,
	CONCORD_FORMAT_JSON,
	CONCORD_FORMAT_HTML
} concord_format;

/* Parses "markdown"/"md", "json", "html"; CONCORD_EINVAL otherwise. */
CONCORD_API concord_status concord_format_parse(const char *name,
    concord_format *out);

typedef struct concord_renderer concord_renderer;

/* Starts a document of stories written through w(ctx): a JSON document
 * is {"stories":[...]} whatever the number of stories. */
CONCORD_API concord_status concord_render_open(concord_format f,
    concord_write_fn w, void *ctx, concord_renderer **out);
/* Renders one story; story_id is its number in the run or the store. */
CONCORD_API concord_status concord_render_story(concord_renderer *rr,
    const concord_report *r, int64_t story_id);

/* An input left out of a report because its text is an exact copy of a
 * report article: the brief mentions it without counting it again. */
typedef struct concord_duplicate {
	const char *id;    /* its content id (equal to the copied one's) */
	const char *path;  /* its input path */
	size_t of;         /* index in the report of the article it copies */
} concord_duplicate;

/* concord_render_story, also listing the exact duplicates d[0..n) that
 * were dropped from r (d may be NULL when n is 0). */
CONCORD_API concord_status concord_render_story_dups(concord_renderer *rr,
    const concord_report *r, int64_t story_id,
    const concord_duplicate *d, size_t n);

/* A whole document of exactly one story (summarize, show): JSON is the
 * story object itself rather than {"stories":[...]}. */
CONCORD_API concord_status concord_render_report(concord_format f,
    const concord_report *r, int64_t story_id, concord_write_fn w,
    void *ctx);

/* Finishes the document (closing brackets/tags) and frees rr. Returns the
 * first write error met, if any. */
CONCORD_API concord_status concord_render_close(concord_renderer *rr);

/* One article as one JSON line (with '\n'): path, url, site, title, author,
 * date, lang, text (and id). */
CONCORD_API concord_status concord_render_article_json(
    const concord_article *a, concord_write_fn w, void *ctx);

/* Escapes s[0..len) for HTML text and attributes into w. */
CONCORD_API concord_status concord_render_html_escape(const char *s,
    size_t len, concord_write_fn w, void *ctx);
/* Writes s[0..len) as a JSON string literal (with quotes) into w; invalid
 * UTF-8 becomes U+FFFD. */
CONCORD_API concord_status concord_render_json_string(const char *s,
    size_t len, concord_write_fn w, void *ctx);

#endif
