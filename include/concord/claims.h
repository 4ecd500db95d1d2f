/* claims.h - the checkable units of one article: quotes with their
 * speaker, numbers with what they count, dates, and whom the article
 * credits for them.
 *
 * Every string of a mention is copied verbatim from the article (a speaker
 * too: a pronoun is resolved to a name written earlier in the article, or
 * the speaker is left NULL; nothing is invented). Only prose sentences are
 * read: headings, captions without a full stop and page furniture yield
 * no claims. Mentions are matched across articles by corroborate.h.
 */
#ifndef CONCORD_CLAIMS_H
#define CONCORD_CLAIMS_H

#include "base.h"
#include "brief.h"
#include "extract.h"

/* One claim as one article states it. */
typedef struct concord_mention {
	concord_claim_kind kind;
	const char *text;        /* quotes: the quoted words without their
	                            marks; numbers: "24 years"; dates: "June 19,
	                            2024" */
	const char *context;     /* the verbatim sentence it was found in */
	const char *speaker;     /* quotes: verbatim name, or NULL */
	const char *attribution; /* credited source as a short name phrase
	                            ("Russian state news agency TASS", "town
	                            clerk"), only when the credit governs this
	                            claim ("according to X" the rest of its
	                            sentence, "X reported" what follows);
	                            NULL when unsure */
	const char *value;       /* numbers: canonical digits ("24", "1500");
	                            dates: "2024-06-19", "2024-06", "1961",
	                            "--06-19" (no year), or the weekday name */
	const char *unit;        /* numbers: case-folded stem of the counted
	                            noun ("year"), "percent"; else NULL */
	size_t off, len;         /* text's bytes in the article text */
	size_t sentence;         /* index of its sentence in the article */
	/* Sorted distinct stem hashes, for matching: words of a quote (all,
	 * and content words only), content words of the sentence (numbers
	 * excluded), and content words next to a number. */
	const uint64_t *words, *cwords, *ctx, *near;
	size_t nwords, ncwords, nctx, nnear;
	/* Numbers: what the count is per, case-folded ("day" in "12,000
	 * vehicles a day", "year" in "per year"), or NULL; and the stem hash
	 * of the word between the number and its noun ("restored" in "12
	 * restored wetlands"), 0 when none. Together with unit they name the
	 * counted thing, for conflicts. */
	const char *rate;
	uint64_t modifier;
	/* Rate numbers: stem hash of the thing the rate is of when the
	 * sentence says it plainly ("the ferry carries 1,200 vehicles a day",
	 * "1,500 vehicles a day use the bridge"), 0 when unknown. */
	uint64_t subject;
} concord_mention;

typedef struct concord_claimset concord_claimset;

/* Most mentions kept per article (the first ones in text order). */
#define CONCORD_CLAIMS_MAX 256

/* Finds the claims of article a, in text order, at most one mention per
 * distinct claim. a need not outlive the set: strings are copied. Free
 * with concord_claims_free. */
CONCORD_API concord_status concord_claims_extract(const concord_article *a,
    concord_claimset **out);
CONCORD_API size_t concord_claims_n(const concord_claimset *s);
CONCORD_API const concord_mention *concord_claims_at(
    const concord_claimset *s, size_t i);
CONCORD_API void concord_claims_free(concord_claimset *s);

/* 1 when s[0..len) reads as a sentence of prose: it ends with . ! or ?
 * (before closing quotes), holds at least min_words words and carries no
 * page furniture (links, "Read More", cookie and subscription notices,
 * theme credits). Used for claims and for summary candidates. */
CONCORD_API int concord_claims_prose(const char *s, size_t len,
    size_t min_words);

#endif
