/* corroborate.h - which articles of a story state the same claim, how many
 * independent sources that makes, and which claims disagree.
 *
 * Mentions (claims.h) of different articles match when they say the same
 * thing: quotes when their words overlap strongly (one contained in the
 * other counts: outlets trim quotes), numbers on value and counted noun in
 * a similar context, dates on value. Support is counted in independent
 * groups (provenance.h): a copy of an article only repeats it. Conflicts
 * are conservative: the same counted thing with another value in nearly
 * the same words, or the same rate ("12,000 vehicles a day" against
 * "15,000 vehicles a day": same noun, period and modifier, no plainly
 * different subject, values within a factor of two, one figure per
 * article), or the same quoted words given to another speaker.
 */
#ifndef CONCORD_CORROBORATE_H
#define CONCORD_CORROBORATE_H

#include "base.h"
#include "brief.h"
#include "claims.h"

typedef struct concord_corroboration concord_corroboration;

/* Default number of claims kept (the most useful ones). */
#define CONCORD_CORROBORATE_MAX_CLAIMS 40

/* Matches the mentions of sets[0..n) (set i holds the claims of article i)
 * into claims. group[i] is the independent group of article i; original
 * (may be NULL) gives for each article the likely original of its group,
 * which is counted first when present among a claim's sources. Claims are
 * sorted by usefulness (independent support, then sources, then first
 * position), deduplicated, and at most max_claims are kept (0: the
 * default); conflicting claims of kept ones are kept too. The claims'
 * strings point into the sets, which must outlive the result. Free with
 * concord_corroboration_free. */
CONCORD_API concord_status concord_corroborate(
    const concord_claimset *const *sets, size_t n, const size_t *group,
    const size_t *original, size_t max_claims, concord_corroboration **out);
CONCORD_API size_t concord_corroboration_n(const concord_corroboration *c);
CONCORD_API const concord_claim *concord_corroboration_at(
    const concord_corroboration *c, size_t i);
/* Index of the claim that mention `mention` of set `article` went to, or
 * -1 when that claim was not kept. */
CONCORD_API long concord_corroboration_claim_of(
    const concord_corroboration *c, size_t article, size_t mention);
CONCORD_API void concord_corroboration_free(concord_corroboration *c);

/* 1 when two mentions (of different articles) say the same thing. */
CONCORD_API int concord_mentions_match(const concord_mention *x,
    const concord_mention *y);
/* 1 when two mentions that do not match disagree: the same counted thing
 * with another value, in nearly the same words or at the same rate.
 * (Quotes given to different speakers are found among matching
 * mentions.) */
CONCORD_API int concord_mentions_conflict(const concord_mention *x,
    const concord_mention *y);
/* 1 when two speaker names may name the same person (they share a word);
 * NULL matches anything. */
CONCORD_API int concord_speakers_agree(const char *x, const char *y);

#endif
