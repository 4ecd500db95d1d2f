/* test_store.c - the SQLite store: idempotent adds, stories kept apart,
 * persistence across reopen, refusal of foreign and newer files, story
 * docs, and incremental updates that leave other stories untouched. */
#include "harness.h"

#include "concord/extract.h"
#include "concord/store.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];
static char dbpath[128];

/* A fresh database path in a fresh temporary directory. */
static const char *fresh_db(void)
{
	strcpy(dir, "/tmp/concord-test-store-XXXXXX");
	if (!mkdtemp(dir))
		return NULL;
	snprintf(dbpath, sizeof dbpath, "%s/test.db", dir);
	return dbpath;
}

static void remove_db(void)
{
	char p[160];
	const char *suffix[] = {"", "-wal", "-shm", "-journal"};
	for (size_t i = 0; i < 4; i++) {
		snprintf(p, sizeof p, "%s%s", dbpath, suffix[i]);
		unlink(p);
	}
	rmdir(dir);
}

/* Extracts one real input file (HTML or text by its content). */
static concord_doc *load(const char *path)
{
	size_t len;
	char *data = harness_read_file(path, &len);
	if (!data)
		return NULL;
	concord_input in = {.path = path, .kind = concord_detect_kind(data, len),
	    .data = data, .len = len};
	concord_doc *d = NULL;
	if (concord_extract(&in, NULL, &d))
		d = NULL;
	free(data);
	return d;
}

static const concord_article *art(const concord_doc *d)
{
	return d ? concord_doc_article(d) : NULL;
}

typedef struct rows {
	size_t n;
	concord_story_row row[16];
	char title[16][256];
	char first[16][16], last[16][16];
} rows;

static int keep_row(void *ctx, const concord_story_row *r)
{
	rows *rs = ctx;
	if (rs->n == 16)
		return 1;
	size_t i = rs->n++;
	rs->row[i] = *r;
	snprintf(rs->title[i], sizeof rs->title[i], "%s", r->title ? r->title : "");
	snprintf(rs->first[i], sizeof rs->first[i], "%s", r->first_date ? r->first_date : "");
	snprintf(rs->last[i], sizeof rs->last[i], "%s", r->last_date ? r->last_date : "");
	return 0;
}

static rows list(concord_store *s)
{
	rows rs;
	memset(&rs, 0, sizeof rs);
	CHECK_INT(concord_store_stories(s, keep_row, &rs), CONCORD_OK);
	return rs;
}

static const rows *find(const rows *rs, int64_t id, size_t *at)
{
	for (size_t i = 0; i < rs->n; i++)
		if (rs->row[i].id == id) {
			*at = i;
			return rs;
		}
	return NULL;
}

#define BRIDGE_A "examples/bridge-coastline-daily.html"
#define BRIDGE_B "examples/bridge-radio-marrowford.txt"
#define WETLANDS "examples/wetlands-science-lantern.txt"
#define SEED "../shared/seeds/000_4f84585575684f89.txt"

static void test_add_twice(void)
{
	concord_store *s = NULL;
	concord_doc *d = load(SEED);
	CHECK(d != NULL);
	CHECK(fresh_db() != NULL);
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	int added = -1;
	int64_t id1 = 0, id2 = 0;
	if (d && s) {
		CHECK_INT(concord_store_add(s, art(d), &added, &id1), CONCORD_OK);
		CHECK_INT(added, 1);
		CHECK_INT(concord_store_add(s, art(d), &added, &id2), CONCORD_OK);
		CHECK_INT(added, 0);
		CHECK_INT(id1, id2);
		rows rs = list(s);
		CHECK_INT(rs.n, 1);
		CHECK_INT(rs.row[0].narticles, 1);
		CHECK_INT(rs.row[0].independent, 1);
		CHECK(rs.title[0][0] != '\0');
	}
	concord_store_close(s);
	concord_doc_free(d);
	remove_db();
}

static void test_stories_apart(void)
{
	concord_store *s = NULL;
	concord_doc *a = load(BRIDGE_A), *b = load(WETLANDS), *c = load(SEED);
	CHECK(a && b && c);
	CHECK(fresh_db() != NULL);
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	int64_t ia = 0, ib = 0, ic = 0;
	if (a && b && c && s) {
		CHECK_INT(concord_store_add(s, art(a), NULL, &ia), CONCORD_OK);
		CHECK_INT(concord_store_add(s, art(b), NULL, &ib), CONCORD_OK);
		CHECK_INT(concord_store_add(s, art(c), NULL, &ic), CONCORD_OK);
		CHECK(ia != ib && ib != ic && ia != ic);
		CHECK_INT(list(s).n, 3);
	}
	concord_store_close(s);
	concord_doc_free(a);
	concord_doc_free(b);
	concord_doc_free(c);
	remove_db();
}

static void test_reopen_and_docs(void)
{
	concord_store *s = NULL;
	concord_doc *a = load(BRIDGE_A), *b = load(BRIDGE_B);
	CHECK(a && b);
	CHECK(fresh_db() != NULL);
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	int64_t ia = 0, ib = 0;
	if (a && b && s) {
		CHECK_INT(concord_store_add(s, art(a), NULL, &ia), CONCORD_OK);
		CHECK_INT(concord_store_add(s, art(b), NULL, &ib), CONCORD_OK);
		/* two reports of one bridge closure: one story */
		CHECK_INT(ia, ib);
	}
	concord_store_close(s);
	s = NULL;
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	concord_doc **docs = NULL;
	size_t n = 0;
	if (s && a && b) {
		rows rs = list(s);
		CHECK_INT(rs.n, 1);
		CHECK_INT(rs.row[0].narticles, 2);
		CHECK_INT(concord_store_story_docs(s, ia, &docs, &n), CONCORD_OK);
		CHECK_INT(n, 2);
	}
	if (n == 2) {
		/* in the order they were added, every field kept */
		const concord_article *x = art(docs[0]), *y = art(a);
		CHECK_STR(x->id, y->id);
		CHECK_STR(x->path, y->path);
		CHECK_INT(x->text_len, y->text_len);
		CHECK(!strcmp(x->text, y->text));
		CHECK((x->title == NULL) == (y->title == NULL));
		if (x->title && y->title)
			CHECK_STR(x->title, y->title);
		if (y->date)
			CHECK_STR(x->date, y->date);
		CHECK_STR(art(docs[1])->id, art(b)->id);
	}
	for (size_t i = 0; i < n; i++)
		concord_doc_free(docs[i]);
	concord_free(docs);
	docs = NULL;
	if (s)
		CHECK_INT(concord_store_story_docs(s, 999, &docs, &n),
		    CONCORD_ENOTFOUND);
	concord_store_close(s);
	concord_doc_free(a);
	concord_doc_free(b);
	remove_db();
}

static void test_not_concord(void)
{
	concord_store *s = NULL;
	CHECK(fresh_db() != NULL);
	FILE *f = fopen(dbpath, "w");
	CHECK(f != NULL);
	if (f) {
		fputs("this is a text file, not a database\n", f);
		fclose(f);
	}
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_EDB);
	CHECK_HAS(concord_store_error(s), "not a concord database");
	concord_store_close(s);
	/* the text file is left as it was */
	size_t len;
	char *back = harness_read_file(dbpath, &len);
	CHECK_STR(back, "this is a text file, not a database\n");
	free(back);
	remove_db();

	/* an SQLite database of another program */
	sqlite3 *db;
	CHECK(fresh_db() != NULL);
	CHECK_INT(sqlite3_open(dbpath, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "CREATE TABLE t(x)", NULL, NULL, NULL),
	    SQLITE_OK);
	sqlite3_close(db);
	s = NULL;
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_EDB);
	CHECK_HAS(concord_store_error(s), "not a concord database");
	concord_store_close(s);
	remove_db();
}

static void test_newer_refused(void)
{
	concord_store *s = NULL;
	CHECK(fresh_db() != NULL);
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	concord_store_close(s);
	sqlite3 *db;
	CHECK_INT(sqlite3_open(dbpath, &db), SQLITE_OK);
	CHECK_INT(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL,
	    NULL), SQLITE_OK);
	sqlite3_close(db);
	s = NULL;
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_EDB);
	CHECK_HAS(concord_store_error(s), "newer");
	concord_store_close(s);
	remove_db();
}

static void test_incremental(void)
{
	concord_store *s = NULL;
	concord_doc *a1 = load(BRIDGE_A), *a2 = load(BRIDGE_B),
	    *b = load(WETLANDS);
	CHECK(a1 && a2 && b);
	CHECK(fresh_db() != NULL);
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	if (a1 && a2 && b && s) {
		int64_t ia = 0, ib = 0, ia2 = 0;
		size_t at;
		CHECK_INT(concord_store_add(s, art(a1), NULL, &ia), CONCORD_OK);
		CHECK_INT(concord_store_add(s, art(b), NULL, &ib), CONCORD_OK);
		rows before = list(s);
		/* an audit trigger records every story row written */
		sqlite3 *db;
		CHECK_INT(sqlite3_open(dbpath, &db), SQLITE_OK);
		CHECK_INT(sqlite3_exec(db, "CREATE TABLE audit(story);"
		    "CREATE TRIGGER audit_u AFTER UPDATE ON stories BEGIN"
		    " INSERT INTO audit VALUES (new.id); END;"
		    "CREATE TRIGGER audit_i AFTER INSERT ON stories BEGIN"
		    " INSERT INTO audit VALUES (new.id); END;", NULL, NULL,
		    NULL), SQLITE_OK);
		CHECK_INT(concord_store_add(s, art(a2), NULL, &ia2), CONCORD_OK);
		sqlite3_stmt *st;
		CHECK_INT(sqlite3_prepare_v2(db, "SELECT count(*),"
		    " sum(story = ?) FROM audit", -1, &st, NULL), SQLITE_OK);
		sqlite3_bind_int64(st, 1, ia);
		CHECK_INT(sqlite3_step(st), SQLITE_ROW);
		CHECK(sqlite3_column_int(st, 0) >= 1);
		CHECK_INT(sqlite3_column_int(st, 1), sqlite3_column_int(st, 0));
		sqlite3_finalize(st);
		sqlite3_close(db);
		CHECK_INT(ia2, ia);
		rows after = list(s);
		CHECK_INT(after.n, 2);
		CHECK(find(&after, ia, &at) != NULL);
		if (find(&after, ia, &at))
			CHECK_INT(after.row[at].narticles, 2);
		size_t x, y;
		if (find(&before, ib, &x) && find(&after, ib, &y)) {
			CHECK_INT(after.row[y].narticles, before.row[x].narticles);
			CHECK_INT(after.row[y].independent, before.row[x].independent);
			CHECK_STR(after.title[y], before.title[x]);
			CHECK_STR(after.first[y], before.first[x]);
			CHECK_STR(after.last[y], before.last[x]);
		} else {
			CHECK(!"story B lost");
		}
	}
	concord_store_close(s);
	concord_doc_free(a1);
	concord_doc_free(a2);
	concord_doc_free(b);
	remove_db();
}

static void test_bad_args(void)
{
	concord_store *s = NULL;
	CHECK_INT(concord_store_open(NULL, &s), CONCORD_EINVAL);
	CHECK(fresh_db() != NULL);
	CHECK_INT(concord_store_open(dbpath, &s), CONCORD_OK);
	concord_article a = {.id = NULL, .text = "x", .text_len = 1};
	int added = 7;
	CHECK_INT(concord_store_add(s, &a, &added, NULL), CONCORD_EINVAL);
	CHECK_INT(added, 0);
	CHECK_INT(list(s).n, 0);
	concord_store_close(s);
	concord_store_close(NULL);
	remove_db();
}

static const test_case tests[] = {
	{"add_twice", test_add_twice},
	{"stories_apart", test_stories_apart},
	{"reopen_and_docs", test_reopen_and_docs},
	{"not_concord", test_not_concord},
	{"newer_refused", test_newer_refused},
	{"incremental", test_incremental},
	{"bad_args", test_bad_args},
};

HARNESS_MAIN(tests)
