/* plaintext.h - cleaning scraped plain-text pages: the body without page
 * furniture (teaser lists, dates alone on a line, credits, subscription
 * lines, comment headers in any language, bare links). Private. */
#ifndef CONCORD_PLAINTEXT_H
#define CONCORD_PLAINTEXT_H

#include "arena.h"
#include "concord/base.h"

/* Cleans s[0..len) (valid UTF-8). *body gets the article text in a,
 * paragraphs separated by one '\n' (possibly empty: then the caller
 * reports CONCORD_EEMPTY). *title gets the headline when the first line
 * looks like one and is not repeated as body, else NULL. */
concord_status plaintext_clean(arena *a, const char *s, size_t len,
    char **body, size_t *body_len, char **title);

/* 1 when one line (or HTML paragraph text) is page furniture by itself:
 * "Thank you for reading this post, don't forget to subscribe!", a bare
 * URL, "Read More", "Recent Posts", a lone date (or one beside a name:
 * "Ann Lee | 29.07.2006"), a figure caption ("Abbildung 4: ..."), a theme
 * credit, a cookie notice, an agency's picture credit ("Al Goldis,
 * Associated Press"), an invitation to follow on networks, how to reach
 * the reporter, a tag line, a reading time... Used by the HTML extractor
 * on its paragraphs too. */
int plaintext_furniture_line(const char *line, size_t len);

/* The length of s[0..len) (paragraphs separated by one '\n') without
 * the site's pitch closing it: up to four last short blocks of calls to
 * action and their labels ("Take the next step" / "Start building with
 * $300 in free credits", "Follow Hardtail Canada", a newsletter or
 * donation appeal), when one of them is a button-like line or names a
 * newsletter, a follow or a donation; len when there is none. Looks at
 * a few hundred bytes at the end only. */
size_t plaintext_trim_pitches(const char *s, size_t len);

/* Lower-cases s[0..len) into low in every script ("ÄHNLICHE" ->
 * "ähnliche"; bytes that are not UTF-8 are copied), NUL-terminated,
 * stopping before a character that might not fit in cap bytes (cap >=
 * 5). Returns the bytes written; *used (may be NULL) gets the bytes of s
 * read, len when the whole of s fitted. For phrase search. */
size_t plaintext_lower(const char *s, size_t len, char *low, size_t cap,
    size_t *used);

#endif
