/* store.h - the persistent store: articles, sketches and stories in one
 * SQLite database, added to incrementally.
 *
 * Each article is written in one transaction keyed by its content id, so
 * a run killed in the middle leaves a valid database and a re-run stores
 * only what is missing. Adding an article compares it only with the
 * candidates its sketch keys find, and updates only the story it joins.
 * The schema version is PRAGMA user_version; older stores are migrated
 * forward on open, newer ones refused.
 */
#ifndef CONCORD_STORE_H
#define CONCORD_STORE_H

#include "base.h"
#include "brief.h"
#include "extract.h"

typedef struct concord_store concord_store;

/* Opens (creating if needed) the store at path. On failure *out may still
 * be set so that concord_store_error can say why; free it either way. */
CONCORD_API concord_status concord_store_open(const char *path,
    concord_store **out);
CONCORD_API void concord_store_close(concord_store *s);

/* What the database said about the last failure, or "". Owned by s. */
CONCORD_API const char *concord_store_error(const concord_store *s);

/* Stores article a and joins it to a story (a new one when none fits).
 * *added is 0 when an article with the same id was already stored (then
 * nothing changes); *story_id is the story it belongs to. Either pointer
 * may be NULL. */
CONCORD_API concord_status concord_store_add(concord_store *s,
    const concord_article *a, int *added, int64_t *story_id);

/* One row of the story list. Strings are valid during the callback. */
typedef struct concord_story_row {
	int64_t id;
	const char *title;       /* or NULL */
	size_t narticles;
	size_t independent;      /* independent sources */
	const char *first_date;  /* or NULL */
	const char *last_date;   /* or NULL */
} concord_story_row;

typedef int (*concord_story_fn)(void *ctx, const concord_story_row *row);

/* Calls fn for every story, by id; a non-zero return stops the walk. */
CONCORD_API concord_status concord_store_stories(concord_store *s,
    concord_story_fn fn, void *ctx);

/* Loads the articles of story id, in the order they were added: *docs is
 * an array of *n docs the caller frees with concord_doc_free each and
 * concord_free for the array. CONCORD_ENOTFOUND when there is no such
 * story. */
CONCORD_API concord_status concord_store_story_docs(concord_store *s,
    int64_t id, concord_doc ***docs, size_t *n);

#endif
