/* meta.h - article metadata from a parsed page: JSON-LD, OpenGraph, meta
 * tags, <link rel=canonical>, <title>, <time>, bylines. Private. */
#ifndef CONCORD_META_H
#define CONCORD_META_H

#include "dom.h"
#include "html.h"

/* Fills the NULL fields of m from the page tree under root (strings in
 * a). Dates become YYYY-MM-DD. Never fails: what cannot be read stays NULL. */
void meta_extract(arena *a, const dom_node *root, html_meta *m);

/* Normalizes a date string ("2019-03-04T10:00Z", "March 4, 2019",
 * "04.03.2019", ...) to YYYY-MM-DD in a, or NULL when it is not one. */
char *meta_date(arena *a, const char *s);

/* Host of url without "www." and port, in a, or NULL. */
char *meta_host(arena *a, const char *url);

#endif
