/* store.c - the persistent store in SQLite: articles with their sketches,
 * the index keys of the sketches, and one summary row per story.
 *
 * Adding an article is one transaction: look the article's candidate
 * neighbours up through its sketch keys, join the story of the best one
 * the grouping rule accepts (or open a new story), insert the article and
 * its keys, and recompute that one story's row from its articles. No
 * other story is read or written, so `add` costs what the new article
 * touches, not what the store holds. A kill at any point leaves either the
 * whole article or nothing (SQLite's journal), and a re-run skips the ids
 * already stored.
 */
#include "concord/store.h"
#include "concord/group.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SCHEMA_VERSION 1
/* "CNCD": marks a database as ours, so a foreign SQLite file is refused
 * instead of being written into. */
#define APPLICATION_ID 0x434E4344
/* Most stored sketches one add compares with. */
#define MAX_CANDIDATES 256

struct concord_store {
	sqlite3 *db;
	char err[512];
};

static concord_status fail(concord_store *s, const char *what)
{
	snprintf(s->err, sizeof s->err, "%s: %s", what,
	    s->db ? sqlite3_errmsg(s->db) : "cannot open");
	return CONCORD_EDB;
}

static concord_status exec(concord_store *s, const char *sql)
{
	if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK)
		return fail(s, "sql");
	return CONCORD_OK;
}

static concord_status pragma_int(concord_store *s, const char *sql,
    long long *v)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(s, "cannot read the database");
	int rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return fail(s, "cannot read the database");
	return CONCORD_OK;
}

/* ---- schema and migrations ---- */

static const char SCHEMA_V1[] =
    "CREATE TABLE stories ("
    " id INTEGER PRIMARY KEY,"
    " title TEXT, narticles INTEGER NOT NULL DEFAULT 0,"
    " independent INTEGER NOT NULL DEFAULT 0,"
    " first_date TEXT, last_date TEXT);"
    "CREATE TABLE articles ("
    " id TEXT PRIMARY KEY,"
    " added INTEGER NOT NULL UNIQUE,"
    " path TEXT, url TEXT, site TEXT, title TEXT, author TEXT,"
    " date TEXT, lang TEXT, text TEXT NOT NULL,"
    " sketch BLOB NOT NULL,"
    " story INTEGER NOT NULL REFERENCES stories(id));"
    "CREATE INDEX articles_story ON articles(story, added);"
    "CREATE TABLE keys (key INTEGER NOT NULL, article TEXT NOT NULL);"
    "CREATE INDEX keys_key ON keys(key);";

/* migrations[v] takes a store from version v to v + 1; version 0 is an
 * empty file. A later schema adds its step here and bumps
 * SCHEMA_VERSION; each step runs in the same transaction as the version
 * update, so an interrupted migration is redone from the start. */
static const char *const migrations[SCHEMA_VERSION] = {SCHEMA_V1};

static concord_status migrate(concord_store *s, long long version)
{
	concord_status st;
	for (long long v = version; v < SCHEMA_VERSION; v++) {
		char sql[128];
		if ((st = exec(s, "BEGIN IMMEDIATE")))
			return st;
		snprintf(sql, sizeof sql, "PRAGMA user_version = %lld;"
		    "PRAGMA application_id = %d;", v + 1, APPLICATION_ID);
		if ((st = exec(s, migrations[v])) || (st = exec(s, sql))) {
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return st;
		}
		if ((st = exec(s, "COMMIT")))
			return st;
	}
	return CONCORD_OK;
}

/* Tells a concord store (or an empty file) from anything else before a
 * single byte is written to it. */
static concord_status check_kind(concord_store *s, const char *path,
    long long *version)
{
	long long app, ntables;
	if (pragma_int(s, "PRAGMA application_id", &app) ||
	    pragma_int(s, "SELECT count(*) FROM sqlite_master", &ntables) ||
	    pragma_int(s, "PRAGMA user_version", version)) {
		snprintf(s->err, sizeof s->err,
		    "%s: not a concord database (%s)", path,
		    sqlite3_errmsg(s->db));
		return CONCORD_EDB;
	}
	if (ntables == 0 && *version == 0 && app == 0)
		return CONCORD_OK;
	if (app != APPLICATION_ID) {
		snprintf(s->err, sizeof s->err,
		    "%s: not a concord database (an SQLite file of another "
		    "program)", path);
		return CONCORD_EDB;
	}
	if (*version > SCHEMA_VERSION) {
		snprintf(s->err, sizeof s->err,
		    "%s: made by a newer concord (schema %lld, this one "
		    "reads up to %d)", path, *version, SCHEMA_VERSION);
		return CONCORD_EDB;
	}
	return CONCORD_OK;
}

concord_status concord_store_open(const char *path, concord_store **out)
{
	if (!path || !out)
		return CONCORD_EINVAL;
	concord_store *s = calloc(1, sizeof *s);
	*out = s;
	if (!s)
		return CONCORD_ENOMEM;
	if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE |
	    SQLITE_OPEN_CREATE, NULL) != SQLITE_OK) {
		snprintf(s->err, sizeof s->err, "%s: cannot open: %s", path,
		    s->db ? sqlite3_errmsg(s->db) : "out of memory");
		return CONCORD_EDB;
	}
	sqlite3_busy_timeout(s->db, 5000);
	long long version;
	concord_status st = check_kind(s, path, &version);
	if (st)
		return st;
	/* WAL: readers (stories, show) never wait for a running add, and a
	 * commit is one append; NORMAL sync keeps every commit atomic. */
	if ((st = exec(s, "PRAGMA journal_mode = WAL")) ||
	    (st = exec(s, "PRAGMA synchronous = NORMAL")) ||
	    (st = exec(s, "PRAGMA foreign_keys = ON")))
		return st;
	return migrate(s, version);
}

void concord_store_close(concord_store *s)
{
	if (!s)
		return;
	sqlite3_close(s->db);
	free(s);
}

const char *concord_store_error(const concord_store *s)
{
	return s ? s->err : "";
}

/* ---- reading articles back ---- */

static const char *col_text(sqlite3_stmt *st, int i)
{
	return (const char *)sqlite3_column_text(st, i);
}

/* Rebuilds the doc of the current row of
 * SELECT id, path, url, site, title, author, date, lang, text. */
static concord_status row_doc(sqlite3_stmt *st, concord_doc **out)
{
	concord_article a = {
		.id = col_text(st, 0), .path = col_text(st, 1),
		.url = col_text(st, 2), .site = col_text(st, 3),
		.title = col_text(st, 4), .author = col_text(st, 5),
		.date = col_text(st, 6), .lang = col_text(st, 7),
		.text = col_text(st, 8),
	};
	if (!a.text)
		a.text = "";
	a.text_len = (size_t)sqlite3_column_bytes(st, 8);
	return concord_doc_from_fields(&a, out);
}

static void free_docs(concord_doc **docs, size_t n)
{
	for (size_t i = 0; i < n; i++)
		concord_doc_free(docs[i]);
	free(docs);
}

static concord_status load_docs(concord_store *s, int64_t id,
    concord_doc ***docs, size_t *n)
{
	sqlite3_stmt *st;
	*docs = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT id, path, url, site, title,"
	    " author, date, lang, text FROM articles WHERE story = ?"
	    " ORDER BY added", -1, &st, NULL) != SQLITE_OK)
		return fail(s, "cannot read articles");
	sqlite3_bind_int64(st, 1, id);
	concord_status res = CONCORD_OK;
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? cap * 2 : 8;
			concord_doc **nd = realloc(*docs, cap * sizeof *nd);
			if (!nd) {
				res = CONCORD_ENOMEM;
				break;
			}
			*docs = nd;
		}
		if ((res = row_doc(st, &(*docs)[*n])))
			break;
		(*n)++;
	}
	if (!res && rc != SQLITE_DONE)
		res = fail(s, "cannot read articles");
	sqlite3_finalize(st);
	if (res) {
		free_docs(*docs, *n);
		*docs = NULL;
		*n = 0;
	}
	return res;
}

concord_status concord_store_story_docs(concord_store *s, int64_t id,
    concord_doc ***docs, size_t *n)
{
	if (!s || !s->db || !docs || !n)
		return CONCORD_EINVAL;
	concord_status st = load_docs(s, id, docs, n);
	if (!st && *n == 0) {
		free(*docs);
		*docs = NULL;
		snprintf(s->err, sizeof s->err, "no story %lld",
		    (long long)id);
		return CONCORD_ENOTFOUND;
	}
	return st;
}

/* ---- adding ---- */

/* Recomputes the row of story id from its articles: the only story an
 * add touches. */
static concord_status update_story(concord_store *s, int64_t id)
{
	concord_doc **docs;
	size_t n;
	concord_status res = load_docs(s, id, &docs, &n);
	if (res)
		return res;
	const concord_article **arts = malloc((n ? n : 1) * sizeof *arts);
	concord_report *r = NULL;
	if (!arts)
		res = CONCORD_ENOMEM;
	for (size_t i = 0; arts && i < n; i++)
		arts[i] = concord_doc_article(docs[i]);
	if (!res)
		res = concord_report_build(arts, n, NULL, &r);
	sqlite3_stmt *st = NULL;
	if (!res && sqlite3_prepare_v2(s->db, "UPDATE stories SET title = ?,"
	    " narticles = ?, independent = ?, first_date = ?, last_date = ?"
	    " WHERE id = ?", -1, &st, NULL) != SQLITE_OK)
		res = fail(s, "cannot update story");
	if (!res) {
		sqlite3_bind_text(st, 1, concord_report_title(r), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 2, (sqlite3_int64)n);
		sqlite3_bind_int64(st, 3,
		    (sqlite3_int64)concord_report_independent(r));
		sqlite3_bind_text(st, 4, concord_report_first_date(r), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_text(st, 5, concord_report_last_date(r), -1,
		    SQLITE_TRANSIENT);
		sqlite3_bind_int64(st, 6, id);
		if (sqlite3_step(st) != SQLITE_DONE)
			res = fail(s, "cannot update story");
	}
	sqlite3_finalize(st);
	concord_report_free(r);
	free(arts);
	free_docs(docs, n);
	return res;
}

/* Looks an id up: *story is its story, or -1 when it is not stored. */
static concord_status find_article(concord_store *s, const char *id,
    int64_t *story)
{
	sqlite3_stmt *st;
	*story = -1;
	if (sqlite3_prepare_v2(s->db, "SELECT story FROM articles WHERE id = ?",
	    -1, &st, NULL) != SQLITE_OK)
		return fail(s, "cannot read articles");
	sqlite3_bind_text(st, 1, id, -1, SQLITE_STATIC);
	int rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*story = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? CONCORD_OK :
	    fail(s, "cannot read articles");
}

typedef struct best {
	int64_t story;   /* -1: none yet */
	double score;
} best;

/* Compares the sketch with one stored candidate and keeps the better. */
static void weigh_candidate(const concord_sketch *sk, sqlite3_stmt *row,
    best *b)
{
	concord_sketch *other;
	const void *blob = sqlite3_column_blob(row, 0);
	int len = sqlite3_column_bytes(row, 0);
	if (!blob || concord_sketch_deserialize(blob, (size_t)len, &other))
		return;
	if (concord_sketch_same_story(sk, other)) {
		double score = concord_sketch_resemblance(sk, other) +
		    concord_sketch_topic(sk, other);
		if (b->story < 0 || score > b->score) {
			b->story = sqlite3_column_int64(row, 1);
			b->score = score;
		}
	}
	concord_sketch_free(other);
}

/* The story of the best candidate the grouping rule accepts, or -1.
 * Candidates are the articles sharing the most keys (ties: the earlier
 * added), at most MAX_CANDIDATES of them, so one add compares a bounded
 * number of sketches whatever the store holds. */
static concord_status choose_story(concord_store *s, const concord_sketch *sk,
    const uint64_t *keys, size_t nkeys, int64_t *story)
{
	sqlite3_stmt *st;
	best b = {-1, 0};
	char sql[512];
	snprintf(sql, sizeof sql,
	    "SELECT a.sketch, a.story FROM (SELECT article, count(*) AS shared"
	    " FROM keys WHERE key IN (SELECT value FROM json_each(?))"
	    " GROUP BY article ORDER BY shared DESC, article LIMIT %d) k"
	    " JOIN articles a ON a.id = k.article"
	    " ORDER BY k.shared DESC, a.added", MAX_CANDIDATES);
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return fail(s, "cannot look up candidates");
	/* the keys travel as one JSON array: one statement, any count */
	char list[CONCORD_SKETCH_MAX_KEYS * 22 + 3];
	size_t off = 0;
	list[off++] = '[';
	for (size_t i = 0; i < nkeys; i++)
		off += (size_t)snprintf(list + off, sizeof list - off, "%s%lld",
		    i ? "," : "", (long long)(int64_t)keys[i]);
	list[off++] = ']';
	sqlite3_bind_text(st, 1, list, (int)off, SQLITE_STATIC);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		weigh_candidate(sk, st, &b);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return fail(s, "cannot look up candidates");
	*story = b.story;
	return CONCORD_OK;
}

static concord_status new_story(concord_store *s, int64_t *story)
{
	if (sqlite3_exec(s->db, "INSERT INTO stories DEFAULT VALUES", NULL,
	    NULL, NULL) != SQLITE_OK)
		return fail(s, "cannot add story");
	*story = sqlite3_last_insert_rowid(s->db);
	return CONCORD_OK;
}

static void bind_opt(sqlite3_stmt *st, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
	else
		sqlite3_bind_null(st, i);
}

static concord_status insert_article(concord_store *s,
    const concord_article *a, const unsigned char *blob, size_t blen,
    int64_t story)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO articles (id, added, path,"
	    " url, site, title, author, date, lang, text, sketch, story)"
	    " VALUES (?1, (SELECT coalesce(max(added), 0) + 1 FROM articles),"
	    " ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)", -1, &st, NULL)
	    != SQLITE_OK)
		return fail(s, "cannot add article");
	sqlite3_bind_text(st, 1, a->id, -1, SQLITE_STATIC);
	bind_opt(st, 2, a->path);
	bind_opt(st, 3, a->url);
	bind_opt(st, 4, a->site);
	bind_opt(st, 5, a->title);
	bind_opt(st, 6, a->author);
	bind_opt(st, 7, a->date);
	bind_opt(st, 8, a->lang);
	sqlite3_bind_text(st, 9, a->text, (int)a->text_len, SQLITE_STATIC);
	sqlite3_bind_blob(st, 10, blob, (int)blen, SQLITE_STATIC);
	sqlite3_bind_int64(st, 11, story);
	int rc = sqlite3_step(st);
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CONCORD_OK : fail(s, "cannot add article");
}

static concord_status insert_keys(concord_store *s, const char *id,
    const uint64_t *keys, size_t nkeys)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO keys (key, article)"
	    " VALUES (?, ?)", -1, &st, NULL) != SQLITE_OK)
		return fail(s, "cannot add keys");
	int rc = SQLITE_DONE;
	for (size_t i = 0; i < nkeys && rc == SQLITE_DONE; i++) {
		sqlite3_reset(st);
		sqlite3_bind_int64(st, 1, (sqlite3_int64)keys[i]);
		sqlite3_bind_text(st, 2, id, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CONCORD_OK : fail(s, "cannot add keys");
}

/* The body of one add, inside its transaction. */
static concord_status add_in_tx(concord_store *s, const concord_article *a,
    int64_t *story)
{
	concord_sketch *sk;
	concord_status st = concord_sketch_new(a, &sk);
	if (st)
		return st;
	uint64_t keys[CONCORD_SKETCH_MAX_KEYS];
	size_t nkeys = concord_sketch_keys(sk, keys, CONCORD_SKETCH_MAX_KEYS);
	unsigned char *blob = NULL;
	size_t blen = 0;
	st = concord_sketch_serialize(sk, &blob, &blen);
	if (!st)
		st = choose_story(s, sk, keys, nkeys, story);
	if (!st && *story < 0)
		st = new_story(s, story);
	if (!st)
		st = insert_article(s, a, blob, blen, *story);
	if (!st)
		st = insert_keys(s, a->id, keys, nkeys);
	if (!st)
		st = update_story(s, *story);
	concord_free(blob);
	concord_sketch_free(sk);
	return st;
}

concord_status concord_store_add(concord_store *s, const concord_article *a,
    int *added, int64_t *story_id)
{
	int64_t story;
	int dummy;
	int64_t dummy_id;
	if (!added)
		added = &dummy;
	if (!story_id)
		story_id = &dummy_id;
	*added = 0;
	if (!s || !s->db || !a || !a->id || !a->text)
		return CONCORD_EINVAL;
	concord_status st = exec(s, "BEGIN IMMEDIATE");
	if (st)
		return st;
	st = find_article(s, a->id, &story);
	if (!st && story < 0) {
		st = add_in_tx(s, a, &story);
		*added = !st;
	}
	if (!st)
		st = exec(s, "COMMIT");
	if (st) {
		sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
		*added = 0;
		return st;
	}
	*story_id = story;
	return CONCORD_OK;
}

concord_status concord_store_stories(concord_store *s, concord_story_fn fn,
    void *ctx)
{
	sqlite3_stmt *st;
	if (!s || !s->db || !fn)
		return CONCORD_EINVAL;
	if (sqlite3_prepare_v2(s->db, "SELECT id, title, narticles,"
	    " independent, first_date, last_date FROM stories"
	    " WHERE narticles > 0 ORDER BY id", -1, &st, NULL) != SQLITE_OK)
		return fail(s, "cannot read stories");
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		concord_story_row row = {
			.id = sqlite3_column_int64(st, 0),
			.title = col_text(st, 1),
			.narticles = (size_t)sqlite3_column_int64(st, 2),
			.independent = (size_t)sqlite3_column_int64(st, 3),
			.first_date = col_text(st, 4),
			.last_date = col_text(st, 5),
		};
		if (fn(ctx, &row)) {
			rc = SQLITE_DONE;
			break;
		}
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? CONCORD_OK : fail(s, "cannot read stories");
}
