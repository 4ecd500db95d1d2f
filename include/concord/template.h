/* template.h - a site's page template learned from a corpus: a paragraph
 * that recurs across many articles of one site is furniture there
 * ("Follow us on ...", "Related: ...", a fixed byline or footer), even
 * when one article alone cannot tell it from prose.
 *
 * Works on whole corpora (the articles must all be loaded), in time and
 * memory near-linear in the total text.
 */
#ifndef CONCORD_TEMPLATE_H
#define CONCORD_TEMPLATE_H

#include "base.h"
#include "extract.h"

/* Articles needed from one site before its template is learned. */
#define CONCORD_TEMPLATE_MIN_ARTICLES 3
/* Different stories a line must recur in before it is furniture. */
#define CONCORD_TEMPLATE_MIN_STORIES 3

/* Strips the furniture of each site from docs[0..n). Docs are grouped by
 * concord_doc_article(d)->site (exact string; a NULL site is never
 * grouped, so such docs are untouched). In a site of k >= 3 articles, a
 * paragraph (a line of the body) is furniture when its normalized,
 * case-folded form occurs in at least max(3, ceil(k/2)) of the site's
 * articles AND those articles belong to at least 3 different stories
 * (concord_group over the articles with the candidate lines left out):
 * a sentence quoted by several copies of one wire story is not a
 * template. A doc that loses lines is replaced in docs[] by a new doc
 * (concord_doc_from_fields: same fields, the text without those lines,
 * id recomputed from the new text) and the old one is freed; a doc whose
 * every line is furniture is kept as it was. *nremoved (may be NULL)
 * receives the number of lines removed in all. On error (CONCORD_ENOMEM)
 * every entry of docs is still a valid doc, some possibly stripped
 * already. Deterministic for a given order of docs. */
CONCORD_API concord_status concord_templates_strip(concord_doc **docs,
    size_t n, size_t *nremoved);

#endif
