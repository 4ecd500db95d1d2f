/* text.h - Unicode text: normalization, sentences, word tokens, stems.
 *
 * Every stage that compares wording goes through these, so two articles
 * are compared on the same units. Input is UTF-8; invalid bytes are
 * treated as U+FFFD and never crash.
 */
#ifndef CONCORD_TEXT_H
#define CONCORD_TEXT_H

#include "base.h"

/* Normalizes s[0..len): NFKC, typographic quotes/dashes/spaces mapped to
 * ASCII, runs of white space collapsed to one ' ' (a '\n' is kept when the
 * run holds one), control characters dropped, invalid UTF-8 replaced by
 * U+FFFD; case is kept. *out is NUL-terminated; free with concord_free. */
CONCORD_API concord_status concord_text_normalize(const char *s, size_t len,
    char **out, size_t *out_len);

/* A byte range of a text. */
typedef struct concord_span {
	size_t off, len;
} concord_span;

/* Splits s into sentences (also at paragraph breaks '\n'), trimmed of
 * surrounding white space; abbreviations ("U.S.", "Mr.", initials, "No. 5")
 * and decimals do not end a sentence, a closing quote after the full stop
 * stays with its sentence. *out is an array of *n spans in text order;
 * free with concord_free. Empty text gives n = 0. */
CONCORD_API concord_status concord_text_sentences(const char *s, size_t len,
    concord_span **out, size_t *n);

enum {
	CONCORD_TOK_NUMBER = 1 << 0,  /* made of digits (may hold , or .) */
	CONCORD_TOK_UPPER = 1 << 1,   /* starts with an upper-case letter */
	CONCORD_TOK_STOP = 1 << 2,    /* a stop word of the language */
	CONCORD_TOK_SENT_START = 1 << 3 /* first token of its sentence */
};

/* A word: a run of letters, marks and digits (with inner ' - . , kept when
 * between letters or digits: "don't", "1,000", "3.5"). */
typedef struct concord_token {
	uint32_t off, len;  /* bytes in the text */
	uint32_t flags;     /* CONCORD_TOK_* */
	uint64_t hash;      /* XXH3-64 of the case-folded stem: equal for
	                       "Visits"/"visit" */
} concord_token;

/* Tokenizes s. lang is an ISO 639-1 code choosing the stemmer and stop
 * words (NULL or unknown: English). *out holds *n tokens in text order;
 * free with concord_free. */
CONCORD_API concord_status concord_text_tokens(const char *s, size_t len,
    const char *lang, concord_token **out, size_t *n);

/* Writes the case-folded stem of one word into buf (NUL-terminated,
 * truncated to cap), returns its length. For tests and debugging. */
CONCORD_API size_t concord_text_stem(const char *word, size_t len,
    const char *lang, char *buf, size_t cap);

/* Whether s is valid UTF-8. */
CONCORD_API int concord_utf8_valid(const char *s, size_t len);

#endif
