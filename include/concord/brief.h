/* brief.h - the report on one story: provenance, claims with their
 * corroboration, and a cited extractive summary.
 *
 * Nothing in a report is text concord wrote: every summary sentence and
 * every claim text is copied verbatim from an article and names the
 * articles that support it. Support is counted twice: in articles, and in
 * independent sources (groups of articles joined by derivation or site).
 */
#ifndef CONCORD_BRIEF_H
#define CONCORD_BRIEF_H

#include "base.h"
#include "extract.h"
#include "provenance.h"

typedef enum concord_claim_kind {
	CONCORD_CLAIM_QUOTE = 0,  /* quoted words with their speaker */
	CONCORD_CLAIM_NUMBER,     /* a number with what it counts */
	CONCORD_CLAIM_DATE,       /* a dated event or a date reported */
	CONCORD_CLAIM_EVENT       /* a reported statement */
} concord_claim_kind;

/* Name of a kind as used in JSON: "quote", "number", "date", "event". */
CONCORD_API const char *concord_claim_kind_name(concord_claim_kind k);

typedef struct concord_claim {
	concord_claim_kind kind;
	const char *text;        /* verbatim from the first source: the quoted
	                            words, or the number/date with its context */
	const char *context;     /* the verbatim sentence it was found in */
	const char *speaker;     /* quotes: who said it, verbatim; else NULL */
	const char *attribution; /* credited source ("TASS"), or NULL */
	const char *value;       /* numbers and dates: canonical value ("24",
	                            "2024-06-19"), else NULL */
	const size_t *sources;   /* report article indices, ascending */
	size_t nsources;
	size_t independent;      /* distinct independent groups among sources */
	const size_t *repeats;   /* sources that only repeat another source of
	                            their group, ascending */
	size_t nrepeats;
	const size_t *conflicts; /* indices of claims of this report that
	                            disagree with this one */
	size_t nconflicts;
} concord_claim;

typedef struct concord_sentence {
	const char *text;        /* verbatim sentence of article sources[0] */
	const size_t *sources;   /* articles that say it, ascending by index
	                            except sources[0] which is the one quoted */
	size_t nsources;
	size_t independent;      /* distinct independent groups among sources */
} concord_sentence;

typedef struct concord_brief_opts {
	size_t max_bytes;      /* summary budget in bytes of sentence text;
	                          0: no byte limit */
	size_t max_words;      /* 0: no word limit */
	size_t max_sentences;  /* 0: default 5 (when no other budget is set) */
} concord_brief_opts;

typedef struct concord_report concord_report;

/* Builds the report of one story made of a[0..n): the articles must
 * outlive the report (its strings may point into them). opts may be NULL.
 * Free with concord_report_free. */
CONCORD_API concord_status concord_report_build(
    const concord_article *const *a, size_t n,
    const concord_brief_opts *opts, concord_report **out);
/* Builds the reports of n stories, story k made of stories[k][0..
 * counts[k]), as concord_report_build would, on up to jobs threads (0 or
 * 1: the calling thread only): out[k] and st[k] get what
 * concord_report_build gives (out[k] NULL when st[k] is not CONCORD_OK),
 * so no report depends on jobs. Returns CONCORD_OK (threads that cannot
 * start leave their share to the others). */
CONCORD_API concord_status concord_report_build_many(
    const concord_article *const *const *stories, const size_t *counts,
    size_t n, const concord_brief_opts *opts, unsigned jobs,
    concord_report **out, concord_status *st);

CONCORD_API void concord_report_free(concord_report *r);

/* Title of the story (the title of its likely original, else the first
 * article with one), or NULL. */
CONCORD_API const char *concord_report_title(const concord_report *r);
/* Earliest and latest article dates, or NULL. */
CONCORD_API const char *concord_report_first_date(const concord_report *r);
CONCORD_API const char *concord_report_last_date(const concord_report *r);

CONCORD_API size_t concord_report_narticles(const concord_report *r);
CONCORD_API const concord_article *concord_report_article(
    const concord_report *r, size_t i);
CONCORD_API const concord_derivation *concord_report_derivation(
    const concord_report *r, size_t i);
/* Number of independent groups among the story's articles. */
CONCORD_API size_t concord_report_independent(const concord_report *r);

CONCORD_API size_t concord_report_nsummary(const concord_report *r);
CONCORD_API const concord_sentence *concord_report_summary(
    const concord_report *r, size_t i);

CONCORD_API size_t concord_report_nclaims(const concord_report *r);
CONCORD_API const concord_claim *concord_report_claim(
    const concord_report *r, size_t i);

#endif
