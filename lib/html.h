/* html.h - main-content and metadata extraction from an HTML page with
 * libxml2's HTML parser. Private. */
#ifndef CONCORD_HTML_H
#define CONCORD_HTML_H

#include "arena.h"
#include "concord/base.h"

/* What a page says about itself; every field NULL when unknown. Strings
 * live in the arena given to html_extract. */
typedef struct html_meta {
	char *url, *site, *title, *author, *date;
} html_meta;

/* Extracts the article of the UTF-8 page s[0..len) (NUL-terminated) into
 * a: *text gets the body, paragraphs separated by one '\n' (possibly
 * empty), meta the page's metadata. Element nesting deeper than max_depth
 * is not visited; past 200 open elements, deeper start tags (and their end
 * tags) are ignored, their text kept. NUL bytes read as spaces. A page of
 * more than 2,000,000 elements gives CONCORD_ELIMIT. */
concord_status html_extract(arena *a, const char *s, size_t len,
    size_t max_depth, char **text, size_t *text_len, html_meta *meta);

#endif
