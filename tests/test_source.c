/* test_source.c - the input walker: directories of mixed kinds (order,
 * errors, the walk going on after each), the real seeds, the real WARC
 * files against their gold file, gzip, JSON Lines, crafted WARC records,
 * limits, stdin, and kind detection on crafted buffers. Temporary files
 * live in a mkdtemp directory under /tmp that each test removes. */
#include "harness.h"
#include "json.h"
#include "concord/source.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define WARC_DIR "../shared/data/warc/"
#define SH_WARC WARC_DIR "scrapinghub-181.warc.gz"

/* --- helpers ------------------------------------------------------------- */

static char *make_tmpdir(void)
{
	char tmpl[] = "/tmp/concord-test-source-XXXXXX";
	char *d = mkdtemp(tmpl);
	return d ? strdup(d) : NULL;
}

static char *path_in(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = malloc(n);
	snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static void write_file(const char *dir, const char *name, const void *data,
    size_t len)
{
	char *p = path_in(dir, name);
	FILE *f = fopen(p, "wb");
	CHECK(f != NULL);
	if (f) {
		CHECK_INT(fwrite(data, 1, len, f), len);
		fclose(f);
	}
	free(p);
}

static void write_str(const char *dir, const char *name, const char *s)
{
	write_file(dir, name, s, strlen(s));
}

/* Removes dir and everything under it (no symlinks followed). */
static void remove_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	while (d && (e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *p = path_in(dir, e->d_name);
		struct stat st;
		if (!lstat(p, &st) && S_ISDIR(st.st_mode))
			remove_tree(p);
		else
			unlink(p);
		free(p);
	}
	if (d)
		closedir(d);
	rmdir(dir);
}

/* gzip of data[0..len) (malloc'd, *out_len bytes). */
static char *gzip_bytes(const char *data, size_t len, size_t *out_len)
{
	z_stream z;
	memset(&z, 0, sizeof z);
	if (deflateInit2(&z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8,
	    Z_DEFAULT_STRATEGY) != Z_OK)
		return NULL;
	size_t cap = deflateBound(&z, (uLong)len) + 64;
	char *out = malloc(cap);
	z.next_in = (unsigned char *)data;
	z.avail_in = (uInt)len;
	z.next_out = (unsigned char *)out;
	z.avail_out = (uInt)cap;
	int rc = deflate(&z, Z_FINISH);
	CHECK_INT(rc, Z_STREAM_END);
	*out_len = cap - z.avail_out;
	deflateEnd(&z);
	return out;
}

/* One result of a walk, copied out of the source. */
typedef struct item {
	concord_status st;
	concord_kind kind;
	char *path, *err, *data, *url, *charset, *id, *title;
	size_t len;
} item;

static char *dup_or_null(const char *s)
{
	return s ? strdup(s) : NULL;
}

/* Runs a whole walk into items (at most cap); returns the count. */
static size_t collect(concord_source *s, item *items, size_t cap)
{
	size_t n = 0;
	concord_input in;
	concord_status st;
	while ((st = concord_source_next(s, &in)) != CONCORD_END && n < cap) {
		item *it = &items[n++];
		memset(it, 0, sizeof *it);
		it->st = st;
		if (st) {
			it->err = strdup(concord_source_error(s));
			continue;
		}
		CHECK_STR(concord_source_error(s), "");
		it->kind = in.kind;
		it->path = dup_or_null(in.path);
		it->len = in.len;
		it->data = malloc(in.len + 1);
		memcpy(it->data, in.data, in.len);
		it->data[in.len] = '\0';
		it->url = dup_or_null(in.url);
		it->charset = dup_or_null(in.charset);
		it->id = dup_or_null(in.id);
		it->title = dup_or_null(in.title);
	}
	/* the end is sticky */
	CHECK_INT(concord_source_next(s, &in), CONCORD_END);
	return n;
}

static void free_items(item *items, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(items[i].path);
		free(items[i].err);
		free(items[i].data);
		free(items[i].url);
		free(items[i].charset);
		free(items[i].id);
		free(items[i].title);
	}
}

static size_t walk_paths(const char *const *paths, size_t np, size_t max,
    item *items, size_t cap)
{
	concord_source *s = NULL;
	CHECK_INT(concord_source_open(paths, np, max, &s), CONCORD_OK);
	if (!s)
		return 0;
	size_t n = collect(s, items, cap);
	concord_source_free(s);
	return n;
}

static size_t walk_memory(const char *name, const char *data, size_t len,
    item *items, size_t cap)
{
	concord_source *s = NULL;
	CHECK_INT(concord_source_open_memory(name, data, len, &s), CONCORD_OK);
	if (!s)
		return 0;
	size_t n = collect(s, items, cap);
	concord_source_free(s);
	return n;
}

/* "dir/name" into a static buffer, for expected paths. */
static const char *expect_path(const char *dir, const char *name)
{
	static char p[4096];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	return p;
}

/* --- a directory of mixed kinds ------------------------------------------ */

static void test_mixed_directory(void)
{
	char *dir = make_tmpdir();
	CHECK(dir != NULL);
	if (!dir)
		return;
	write_str(dir, "a.html", "<!DOCTYPE html><html><body><p>Hi</p></body></html>\n");
	write_str(dir, "b.txt", "A plain text article about a storm.\n");
	write_str(dir, "c.jsonl",
	    "{\"id\":\"c1\",\"url\":\"https://x.example/1\",\"title\":\"One\",\"text\":\"first body\"}\n"
	    "{\"id\":\"c2\",\"html\":\"<p>broken\"\n"
	    "\n"
	    "{\"id\":3,\"html\":\"<p>third</p>\",\"author\":\"A\"}\n");
	write_str(dir, "d.empty", "");
	write_file(dir, "e.bin", "\x00\x01\x02\x03\xff\xfe\x00\x10", 8);
	char *link = path_in(dir, "f.link");
	CHECK_INT(symlink("/nonexistent/concord/target", link), 0);
	free(link);
	write_str(dir, "g.jsonl", "{\"id\":\"g1\",\"title\":\"no body\"}\n{\"text\":\"ok\"}");
	write_str(dir, ".hidden.txt", "never read\n");
	write_str(dir, "h.ws", "  \n\t\r\n  ");
	char *sub = path_in(dir, "sub");
	CHECK_INT(mkdir(sub, 0755), 0);
	write_str(sub, "z.txt", "Nested text file.\n");
	write_str(sub, "y.html", "<div class=\"article\">Nested page</div>");
	free(sub);

	item it[32];
	const char *paths[] = {dir};
	size_t n = walk_paths(paths, 1, 0, it, 32);
	CHECK_INT(n, 13);
	if (n == 13) {
		CHECK_INT(it[0].st, CONCORD_OK);
		CHECK_STR(it[0].path, expect_path(dir, "a.html"));
		CHECK_INT(it[0].kind, CONCORD_KIND_HTML);
		CHECK_HAS(it[0].data, "<p>Hi</p>");
		CHECK_STR(it[1].path, expect_path(dir, "b.txt"));
		CHECK_INT(it[1].kind, CONCORD_KIND_TEXT);
		CHECK_STR(it[1].data, "A plain text article about a storm.\n");
		/* JSON Lines: line 1 ok, line 2 malformed, blank line 3, line 4 */
		CHECK_STR(it[2].path, expect_path(dir, "c.jsonl:1"));
		CHECK_INT(it[2].kind, CONCORD_KIND_TEXT);
		CHECK_STR(it[2].data, "first body");
		CHECK_STR(it[2].id, "c1");
		CHECK_STR(it[2].url, "https://x.example/1");
		CHECK_STR(it[2].title, "One");
		CHECK_INT(it[3].st, CONCORD_EPARSE);
		char want[4200];
		snprintf(want, sizeof want, "%s: malformed JSON at byte 30",
		    expect_path(dir, "c.jsonl:2"));
		CHECK_STR(it[3].err, want);
		CHECK_INT(it[4].st, CONCORD_OK);
		CHECK_STR(it[4].path, expect_path(dir, "c.jsonl:4"));
		CHECK_INT(it[4].kind, CONCORD_KIND_HTML);
		CHECK_STR(it[4].data, "<p>third</p>");
		CHECK_STR(it[4].id, "3");
		CHECK_INT(it[5].st, CONCORD_EEMPTY);
		snprintf(want, sizeof want, "%s: empty file", expect_path(dir, "d.empty"));
		CHECK_STR(it[5].err, want);
		CHECK_INT(it[6].st, CONCORD_EBINARY);
		snprintf(want, sizeof want, "%s: binary data, not an article",
		    expect_path(dir, "e.bin"));
		CHECK_STR(it[6].err, want);
		CHECK_INT(it[7].st, CONCORD_EIO);
		snprintf(want, sizeof want, "%s: No such file or directory",
		    expect_path(dir, "f.link"));
		CHECK_STR(it[7].err, want);
		CHECK_INT(it[8].st, CONCORD_EPARSE);
		snprintf(want, sizeof want, "%s: no html or text field",
		    expect_path(dir, "g.jsonl:1"));
		CHECK_STR(it[8].err, want);
		CHECK_STR(it[9].path, expect_path(dir, "g.jsonl:2"));
		CHECK_STR(it[9].data, "ok");
		CHECK_INT(it[10].st, CONCORD_EEMPTY);
		CHECK_HAS(it[10].err, "h.ws: empty file");
		CHECK_STR(it[11].path, expect_path(dir, "sub/y.html"));
		CHECK_INT(it[11].kind, CONCORD_KIND_HTML);
		CHECK_STR(it[12].path, expect_path(dir, "sub/z.txt"));
		CHECK_INT(it[12].kind, CONCORD_KIND_TEXT);
		for (size_t i = 0; i < n; i++)
			CHECK_LACKS(it[i].path ? it[i].path : it[i].err, ".hidden");
	}
	free_items(it, n);

	/* a trailing slash on the directory does not double the slash */
	char slashed[4200];
	snprintf(slashed, sizeof slashed, "%s/sub/", dir);
	const char *p2[] = {slashed};
	n = walk_paths(p2, 1, 0, it, 32);
	CHECK_INT(n, 2);
	if (n == 2)
		CHECK_STR(it[0].path, expect_path(dir, "sub/y.html"));
	free_items(it, n);
	remove_tree(dir);
	free(dir);
}

static void test_paths_in_order(void)
{
	/* paths are walked in the order given; a missing one is one error */
	item it[16];
	const char *paths[] = {
		"../shared/seeds/001_cde27cff9f0fd582.txt", "/nonexistent/x.txt",
		"../shared/seeds/000_4f84585575684f89.txt",
	};
	size_t n = walk_paths(paths, 3, 0, it, 16);
	CHECK_INT(n, 3);
	if (n == 3) {
		CHECK_STR(it[0].path, paths[0]);
		CHECK_INT(it[1].st, CONCORD_EIO);
		CHECK_STR(it[1].err, "/nonexistent/x.txt: No such file or directory");
		CHECK_STR(it[2].path, paths[2]);
	}
	free_items(it, n);
	CHECK_INT(walk_paths(NULL, 0, 0, it, 16), 0);
	concord_source *s = (concord_source *)1;
	CHECK_INT(concord_source_open(NULL, 2, 0, &s), CONCORD_EINVAL);
	concord_source_free(NULL);
	CHECK_STR(concord_source_error(NULL), "");
}

static void test_seeds(void)
{
	item it[16];
	const char *paths[] = {"../shared/seeds"};
	size_t n = walk_paths(paths, 1, 0, it, 16);
	CHECK_INT(n, 5);
	for (size_t i = 0; i < n; i++) {
		CHECK_INT(it[i].st, CONCORD_OK);
		CHECK_INT(it[i].kind, CONCORD_KIND_TEXT);
		CHECK(it[i].charset == NULL && it[i].url == NULL);
		if (i)
			CHECK(strcmp(it[i - 1].path, it[i].path) < 0);
		size_t len;
		char *want = harness_read_file(it[i].path, &len);
		CHECK(want && len == it[i].len && !memcmp(want, it[i].data, len));
		free(want);
	}
	if (n == 5)
		CHECK_STR(it[0].path, "../shared/seeds/000_4f84585575684f89.txt");
	free_items(it, n);
}

static void test_gzip_html(void)
{
	const char *name = "../shared/data/scrapinghub/html/"
	    "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz";
	item it[4];
	const char *paths[] = {name};
	size_t n = walk_paths(paths, 1, 0, it, 4);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_INT(it[0].st, CONCORD_OK);
		CHECK_INT(it[0].kind, CONCORD_KIND_HTML);
		CHECK_STR(it[0].path, name);
		/* the same page is record 2 of the WARC (597216-byte body) */
		CHECK_INT(it[0].len, 597216);
		CHECK(!strncmp(it[0].data, "<html", 5));
		CHECK_HAS(it[0].data, "Google Stadia");
	}
	free_items(it, n);
}

static void test_gzip_edge_cases(void)
{
	char *dir = make_tmpdir();
	if (!dir)
		return;
	const char *text = "Two members make one text when decompressed.\n";
	size_t l1, l2;
	char *g1 = gzip_bytes(text, 20, &l1);
	char *g2 = gzip_bytes(text + 20, strlen(text) - 20, &l2);
	char *both = malloc(l1 + l2);
	memcpy(both, g1, l1);
	memcpy(both + l1, g2, l2);
	write_file(dir, "a.txt.gz", both, l1 + l2);
	write_file(dir, "b.cut.gz", g1, l1 - 6);   /* trailer cut off */
	both[l1 + 12] ^= 0x55;                     /* corrupt member 2 */
	write_file(dir, "c.bad.gz", both, l1 + l2);
	size_t le;
	char *ge = gzip_bytes("   \n", 4, &le);
	write_file(dir, "d.blank.gz", ge, le);
	/* JSON Lines cut short: the lines that came through, then one
	 * error for the file */
	char lines[2000] = "";
	for (int i = 0; i < 60; i++)
		strcat(lines, "{\"text\":\"a line\"}\n");
	size_t ll;
	char *gl = gzip_bytes(lines, strlen(lines), &ll);
	write_file(dir, "e.jsonl.gz", gl, ll - 10);
	free(gl);
	item it[80];
	const char *paths[] = {dir};
	size_t n = walk_paths(paths, 1, 0, it, 80);
	CHECK(n >= 6 && n <= 65);
	for (size_t i = 4; i + 1 < n; i++)
		CHECK_HAS(it[i].st ? it[i].err : it[i].path, "e.jsonl.gz:");
	if (n >= 6) {
		CHECK_INT(it[4].st, CONCORD_OK);
		CHECK_INT(it[n - 1].st, CONCORD_EPARSE);
		CHECK_HAS(it[n - 1].err, "e.jsonl.gz: truncated gzip data");
	}
	if (n >= 4) {
		CHECK_INT(it[0].st, CONCORD_OK);
		CHECK_STR(it[0].data, text);
		CHECK_INT(it[1].st, CONCORD_EPARSE);
		CHECK_HAS(it[1].err, "b.cut.gz: truncated gzip data");
		CHECK(it[2].st != CONCORD_OK);
		CHECK_HAS(it[2].err, "c.bad.gz: ");
		CHECK_INT(it[3].st, CONCORD_EEMPTY);
		CHECK_HAS(it[3].err, "d.blank.gz: empty file");
	}
	free_items(it, n);
	free(g1);
	free(g2);
	free(ge);
	free(both);
	remove_tree(dir);
	free(dir);
}

static void test_zip_bomb_stream(void)
{
	/* a streamed WARC whose one record is 400 MB of zeros gzip'd to a
	 * few hundred KB: stopped as a bomb, not inflated to the end */
	const char *head = "WARC/1.0\r\nWARC-Type: warcinfo\r\n"
	    "Content-Length: 419430400\r\n\r\n";
	size_t chunk = (size_t)1 << 20, cap = (size_t)4 << 20;
	char *zeros = calloc(1, chunk);
	char *out = malloc(cap);
	z_stream z;
	memset(&z, 0, sizeof z);
	CHECK_INT(deflateInit2(&z, 9, Z_DEFLATED, 16 + MAX_WBITS, 8,
	    Z_DEFAULT_STRATEGY), Z_OK);
	z.next_out = (unsigned char *)out;
	z.avail_out = (uInt)cap;
	z.next_in = (unsigned char *)head;
	z.avail_in = (uInt)strlen(head);
	CHECK_INT(deflate(&z, Z_NO_FLUSH), Z_OK);
	for (int i = 0; i < 400; i++) {
		z.next_in = (unsigned char *)zeros;
		z.avail_in = (uInt)chunk;
		CHECK_INT(deflate(&z, i == 399 ? Z_FINISH : Z_NO_FLUSH),
		    i == 399 ? Z_STREAM_END : Z_OK);
	}
	size_t len = cap - z.avail_out;
	deflateEnd(&z);
	CHECK(len < ((size_t)1 << 20));   /* over 400 times smaller */
	item it[4];
	size_t n = walk_memory("bomb.warc.gz", out, len, it, 4);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_INT(it[0].st, CONCORD_ELIMIT);
		CHECK_STR(it[0].err, "bomb.warc.gz#1: gzip data expands too much");
	}
	free_items(it, n);
	free(zeros);
	free(out);
}

static void test_limits(void)
{
	char *dir = make_tmpdir();
	if (!dir)
		return;
	char big[300];
	memset(big, 'a', sizeof big);
	big[sizeof big - 1] = '\n';
	write_file(dir, "a.txt", big, sizeof big);
	write_str(dir, "b.txt", "short enough\n");
	/* a line over the cap is an error; the lines after it go on */
	char jl[600];
	snprintf(jl, sizeof jl, "{\"text\":\"x\"}\n{\"text\":\"%.*s\"}\n{\"text\":\"y\"}\n",
	    250, big);
	write_str(dir, "c.jsonl", jl);
	/* a gzip bomb: 10 MB of zeros in a small file */
	size_t zlen = (size_t)10 << 20, glen;
	char *zeros = calloc(1, zlen);
	char *bomb = gzip_bytes(zeros, zlen, &glen);
	write_file(dir, "d.gz", bomb, glen);
	free(zeros);
	free(bomb);
	item it[8];
	const char *paths[] = {dir};
	size_t n = walk_paths(paths, 1, 200, it, 8);
	CHECK_INT(n, 6);
	if (n == 6) {
		char want[4200];
		snprintf(want, sizeof want, "%s: file larger than 200 bytes",
		    expect_path(dir, "a.txt"));
		CHECK_INT(it[0].st, CONCORD_ELIMIT);
		CHECK_STR(it[0].err, want);
		CHECK_STR(it[1].data, "short enough\n");
		CHECK_STR(it[2].data, "x");
		CHECK_INT(it[3].st, CONCORD_ELIMIT);
		snprintf(want, sizeof want, "%s: line longer than 200 bytes",
		    expect_path(dir, "c.jsonl:2"));
		CHECK_STR(it[3].err, want);
		CHECK_STR(it[4].path, expect_path(dir, "c.jsonl:3"));
		CHECK_STR(it[4].data, "y");
		CHECK_INT(it[5].st, CONCORD_ELIMIT);
		CHECK_HAS(it[5].err, "d.gz: file larger than 200 bytes");
	}
	free_items(it, n);
	remove_tree(dir);
	free(dir);
}

static void test_directory_loop(void)
{
	char *dir = make_tmpdir();
	if (!dir)
		return;
	char *sub = path_in(dir, "a");
	CHECK_INT(mkdir(sub, 0755), 0);
	write_str(sub, "x.txt", "inside a\n");
	char *loop = path_in(sub, "back");
	CHECK_INT(symlink("..", loop), 0);
	write_str(dir, "b.txt", "after the loop\n");
	item it[16];
	const char *paths[] = {dir};
	size_t n = walk_paths(paths, 1, 0, it, 16);
	/* a/back is the top directory again: one error, then on */
	CHECK_INT(n, 3);
	if (n == 3) {
		CHECK_INT(it[0].st, CONCORD_ELIMIT);
		CHECK_HAS(it[0].err, "a/back: directory loop");
		CHECK_STR(it[1].path, expect_path(dir, "a/x.txt"));
		CHECK_STR(it[2].path, expect_path(dir, "b.txt"));
	}
	free_items(it, n);
	free(loop);
	free(sub);
	remove_tree(dir);
	free(dir);
}

static void test_depth_cap(void)
{
	/* 40 nested directories: the walk stops going down at the cap with
	 * one error, and the files above it are read */
	char *dir = make_tmpdir();
	if (!dir)
		return;
	char path[8192];
	snprintf(path, sizeof path, "%s", dir);
	for (int i = 0; i < 40; i++) {
		size_t l = strlen(path);
		snprintf(path + l, sizeof path - l, "/d");
		CHECK_INT(mkdir(path, 0755), 0);
		write_str(path, "f.txt", "a nested file\n");
	}
	item it[64];
	const char *paths[] = {dir};
	size_t n = walk_paths(paths, 1, 0, it, 64);
	size_t ok = 0, bad = 0;
	for (size_t i = 0; i < n; i++) {
		if (it[i].st == CONCORD_OK)
			ok++;
		else if (it[i].st == CONCORD_ELIMIT &&
		    strstr(it[i].err, ": directories nested too deep"))
			bad++;
	}
	CHECK_INT(bad, 1);
	CHECK_INT(ok, 31);
	CHECK_INT(n, 32);
	free_items(it, n);
	remove_tree(dir);
	free(dir);
}

static void test_stdin(void)
{
	char *dir = make_tmpdir();
	if (!dir)
		return;
	write_str(dir, "in.txt", "Text that arrives on standard input.\n");
	char *p = path_in(dir, "in.txt");
	FILE *f = freopen(p, "rb", stdin);
	CHECK(f != NULL);
	item it[4];
	const char *paths[] = {"-"};
	size_t n = walk_paths(paths, 1, 0, it, 4);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_STR(it[0].path, "-");
		CHECK_INT(it[0].kind, CONCORD_KIND_TEXT);
		CHECK_STR(it[0].data, "Text that arrives on standard input.\n");
	}
	free_items(it, n);
	free(p);
	remove_tree(dir);
	free(dir);
}

/* --- WARC ---------------------------------------------------------------- */

static void test_warc_gold(void)
{
	size_t glen;
	char *gold = harness_read_file(WARC_DIR "scrapinghub-181.gold.jsonl", &glen);
	CHECK(gold != NULL);
	if (!gold)
		return;
	static item it[200];
	const char *paths[] = {SH_WARC};
	size_t n = walk_paths(paths, 1, 0, it, 200);
	CHECK_INT(n, 181);
	/* the gold file lists the pages in record order, one per line */
	arena *a = arena_new(0);
	char *line = gold, *end = gold + glen;
	size_t i = 0;
	while (line < end && i < n) {
		char *nl = memchr(line, '\n', (size_t)(end - line));
		size_t len = nl ? (size_t)(nl - line) : (size_t)(end - line);
		json_value *v;
		CHECK_INT(json_parse(a, line, len, 0, &v, NULL), CONCORD_OK);
		const json_value *url = json_get(v, "url");
		CHECK_INT(it[i].st, CONCORD_OK);
		CHECK_INT(it[i].kind, CONCORD_KIND_HTML);
		CHECK(url && it[i].url && !strcmp(url->str, it[i].url));
		char want[64];
		snprintf(want, sizeof want, "%s#%zu", SH_WARC, i + 2);
		CHECK_STR(it[i].path, want);
		CHECK(it[i].len > 500);
		i++;
		line += len + 1;
	}
	CHECK_INT(i, 181);
	if (n)
		CHECK_STR(it[0].charset, "utf-8");
	arena_free(a);
	free_items(it, n);
	free(gold);
}

static void test_warc_small_files(void)
{
	item it[64];
	const char *p1[] = {WARC_DIR "warcio_example.warc.gz"};
	size_t n = walk_paths(p1, 1, 0, it, 64);
	CHECK_INT(n, 1);
	if (n == 1) {
		/* the body was gzip'd by the server: it comes out decoded */
		CHECK_STR(it[0].url, "http://example.com/");
		CHECK_STR(it[0].path, WARC_DIR "warcio_example.warc.gz#3");
		CHECK(!strncmp(it[0].data, "<!doctype html>", 15));
		CHECK_HAS(it[0].data, "Example Domain");
	}
	free_items(it, n);

	const char *p2[] = {WARC_DIR "resiliparse_clueweb-quirk.warc.gz"};
	n = walk_paths(p2, 1, 0, it, 64);
	/* WARC/0.18, LF-only HTTP headers, Content-Encoding: gzip over a
	 * body stored decoded: 29 responses, all read */
	CHECK_INT(n, 29);
	for (size_t i = 0; i < n; i++) {
		CHECK_INT(it[i].st, CONCORD_OK);
		CHECK_STR(it[i].charset, "euc-jp");
		CHECK(it[i].data && !strncmp(it[i].data, "<html>", 6));
	}
	if (n)
		CHECK_STR(it[0].url,
		    "http://www.uraharajuku.st/shopdetail/001005000005/019/000/order/");
	free_items(it, n);

	const char *p3[] = {WARC_DIR "resiliparse_warcfile.warc.gz"};
	n = walk_paths(p3, 1, 0, it, 64);
	CHECK_INT(n, 16);
	for (size_t i = 0; i < n; i++) {
		CHECK_INT(it[i].st, CONCORD_OK);
		CHECK_INT(it[i].kind, CONCORD_KIND_HTML);
		CHECK(it[i].url && !strncmp(it[i].url, "http", 4));
	}
	free_items(it, n);

	/* one record cut short in its only gzip member */
	const char *p4[] = {WARC_DIR "resiliparse_clipped.warc.gz"};
	n = walk_paths(p4, 1, 0, it, 64);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_INT(it[0].st, CONCORD_EPARSE);
		CHECK_STR(it[0].err, WARC_DIR "resiliparse_clipped.warc.gz#1: truncated record");
	}
	free_items(it, n);
}

static void test_warc_truncated_copy(void)
{
	/* the first 300 KB of the scrapinghub WARC: some whole records, then
	 * a member cut short: records before it, one error, the end */
	size_t len;
	char *all = harness_read_file(SH_WARC, &len);
	CHECK(all && len > 300000);
	if (!all)
		return;
	static item it[200];
	size_t n = walk_memory("cut.warc.gz", all, 300000, it, 200);
	CHECK(n >= 2);
	for (size_t i = 0; i + 1 < n; i++) {
		char want[64];
		snprintf(want, sizeof want, "cut.warc.gz#%zu", i + 2);
		CHECK_INT(it[i].st, CONCORD_OK);
		CHECK_STR(it[i].path, want);
	}
	if (n >= 2) {
		char want[64];
		snprintf(want, sizeof want, "cut.warc.gz#%zu: truncated record", n + 1);
		CHECK_INT(it[n - 1].st, CONCORD_EPARSE);
		CHECK_STR(it[n - 1].err, want);
	}
	free_items(it, n);
	free(all);
}

/* A WARC file being built: bytes and where each piece starts. */
typedef struct warc_buf {
	char data[16384];
	size_t len;
	size_t starts[32];
	size_t n;
} warc_buf;

static void add_raw(warc_buf *w, const char *s, size_t len)
{
	if (w->n < 32)
		w->starts[w->n++] = w->len;
	CHECK(w->len + len <= sizeof w->data);
	memcpy(w->data + w->len, s, len);
	w->len += len;
}

/* A WARC record with the given type, extra header lines and block. */
static void add_record(warc_buf *w, const char *type, const char *extra,
    const char *block, size_t blen)
{
	char rec[8192];
	int n = snprintf(rec, sizeof rec,
	    "WARC/1.1\r\nWARC-Type: %s\r\n%sContent-Length: %zu\r\n\r\n",
	    type, extra, blen);
	memcpy(rec + n, block, blen);
	memcpy(rec + n + blen, "\r\n\r\n", 4);
	add_raw(w, rec, (size_t)n + blen + 4);
}

static void add_http(warc_buf *w, const char *uri, const char *http,
    size_t len)
{
	char extra[256];
	snprintf(extra, sizeof extra, "WARC-Target-URI: %s\r\n"
	    "Content-Type: application/http; msgtype=response\r\n", uri);
	add_record(w, "response", extra, http, len);
}

static void add_http_str(warc_buf *w, const char *uri, const char *http)
{
	add_http(w, uri, http, strlen(http));
}

static void test_warc_crafted(void)
{
	static warc_buf w;
	memset(&w, 0, sizeof w);
	add_record(&w, "warcinfo", "", "software: test\r\n", 16);
	add_record(&w, "request", "WARC-Target-URI: http://a/\r\n",
	    "GET / HTTP/1.1\r\n\r\n", 18);
	add_http_str(&w, "<http://a/>", "HTTP/1.1 200 OK\r\n"
	    "Content-Type: text/html; charset=\"ISO-8859-1\"\r\n"
	    "Transfer-Encoding: chunked\r\n\r\n"
	    "5\r\n<p>He\r\nA;ext=1\r\nllo world.\r\n0\r\n\r\n");
	add_http_str(&w, "http://b/", "HTTP/1.1 404 Not Found\r\n"
	    "Content-Type: text/html\r\n\r\n<p>missing</p>");
	add_http_str(&w, "http://c/", "HTTP/1.1 200 OK\r\n"
	    "Content-Type: image/png\r\n\r\n\x89PNG\r\n");
	add_http_str(&w, "http://d/", "HTTP/1.1 200 OK\r\n"
	    "Content-Type: text/plain\r\n\r\nPlain words.");
	add_http_str(&w, "http://e/", "HTTP/1.0 200 OK\n\n<html>no type</html>");
	add_record(&w, "resource", "WARC-Target-URI: http://f/\r\n"
	    "Content-Type: text/html\r\n", "<p>resource</p>", 15);
	add_record(&w, "metadata", "", "x: y\r\n", 6);
	add_http_str(&w, "http://g/", "HTTP/1.1 200 OK\r\n"
	    "Content-Encoding: br\r\nContent-Type: text/html\r\n\r\n\x1b\x2a");
	const char *junk = "garbage between records\r\n";
	add_raw(&w, junk, strlen(junk));
	const char *nolen = "WARC/1.1\r\nWARC-Type: response\r\n\r\nno length here\r\n";
	add_raw(&w, nolen, strlen(nolen));
	add_http_str(&w, "http://h/", "HTTP/1.1 200 OK\r\n"
	    "Content-Type: text/html\r\n\r\n<p>after the bad ones</p>");
	add_http_str(&w, "http://i/", "HTTP/1.1 200 OK\r\n"
	    "Content-Type: text/html\r\n\r\n<p>cut short</p>");
	/* cut the last record short: its trailer and 10 bytes of block */
	w.len -= 14;

	item it[32];
	size_t n = walk_memory("t.warc", w.data, w.len, it, 32);
	CHECK_INT(n, 9);
	if (n == 9) {
		CHECK_STR(it[0].path, "t.warc#3");
		CHECK_STR(it[0].url, "http://a/");
		CHECK_STR(it[0].charset, "iso-8859-1");
		CHECK_STR(it[0].data, "<p>Hello world.");
		CHECK_INT(it[0].kind, CONCORD_KIND_HTML);
		CHECK_STR(it[1].path, "t.warc#6");
		CHECK_INT(it[1].kind, CONCORD_KIND_TEXT);
		CHECK_STR(it[1].data, "Plain words.");
		CHECK_STR(it[2].path, "t.warc#7");
		CHECK_INT(it[2].kind, CONCORD_KIND_HTML);
		CHECK_STR(it[2].data, "<html>no type</html>");
		CHECK_STR(it[3].path, "t.warc#8");
		CHECK_STR(it[3].data, "<p>resource</p>");
		CHECK_INT(it[4].st, CONCORD_EPARSE);
		CHECK_STR(it[4].err, "t.warc#10: unsupported Content-Encoding");
		CHECK_INT(it[5].st, CONCORD_EPARSE);
		CHECK_STR(it[5].err, "t.warc#11: not a WARC record");
		CHECK_INT(it[6].st, CONCORD_EPARSE);
		CHECK_STR(it[6].err, "t.warc#12: no valid Content-Length");
		CHECK_STR(it[7].path, "t.warc#13");
		CHECK_STR(it[7].data, "<p>after the bad ones</p>");
		CHECK_INT(it[8].st, CONCORD_EPARSE);
		CHECK_STR(it[8].err, "t.warc#14: truncated record");
	}

	/* the same pieces gzip'd one member each read the same */
	static char gz[32768];
	size_t gn = 0;
	for (size_t i = 0; i < w.n; i++) {
		size_t end = i + 1 < w.n ? w.starts[i + 1] : w.len, l;
		char *g = gzip_bytes(w.data + w.starts[i], end - w.starts[i], &l);
		CHECK(gn + l <= sizeof gz);
		memcpy(gz + gn, g, l);
		gn += l;
		free(g);
	}
	item it2[32];
	size_t n2 = walk_memory("t.warc", gz, gn, it2, 32);
	CHECK_INT(n2, n);
	for (size_t i = 0; i < n && i < n2; i++) {
		CHECK_INT(it2[i].st, it[i].st);
		if (!it[i].st)
			CHECK_STR(it2[i].data, it[i].data);
		else
			CHECK_STR(it2[i].err, it[i].err);
	}
	free_items(it2, n2);
	free_items(it, n);
}

static void test_warc_gzip_payload(void)
{
	/* Content-Encoding: gzip on the wire is undone */
	const char *page = "<html><body><p>compressed page</p></body></html>";
	size_t gl;
	char *g = gzip_bytes(page, strlen(page), &gl);
	char http[512];
	int hl = snprintf(http, sizeof http, "HTTP/1.1 200 OK\r\n"
	    "Content-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n");
	memcpy(http + hl, g, gl);
	static warc_buf w;
	memset(&w, 0, sizeof w);
	add_http(&w, "http://z/", http, (size_t)hl + gl);
	/* and a body that says gzip but is garbage after the magic */
	add_http_str(&w, "http://y/", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
	    "Content-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00garbage");
	item it[4];
	size_t n = walk_memory("g.warc", w.data, w.len, it, 4);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(it[0].data, page);
		CHECK_INT(it[1].st, CONCORD_EPARSE);
		CHECK_STR(it[1].err, "g.warc#2: bad compressed body");
	}
	free_items(it, n);
	free(g);
}

static void test_warc_wet(void)
{
	/* a WET-style file: conversion records of plain text */
	static warc_buf w;
	memset(&w, 0, sizeof w);
	add_record(&w, "warcinfo", "", "isPartOf: CC\r\n", 14);
	add_record(&w, "conversion", "WARC-Target-URI: http://t/\r\n"
	    "Content-Type: text/plain\r\n", "Storm hits the coast.", 21);
	add_record(&w, "response", "Content-Type: application/http\r\n", "", 0);
	add_record(&w, "conversion", "WARC-Target-URI: http://u/\r\n"
	    "Content-Type: text/plain; charset=UTF-8\r\n", "Second.", 7);
	item it[4];
	size_t n = walk_memory("t.wet", w.data, w.len, it, 4);
	CHECK_INT(n, 2);
	if (n == 2) {
		CHECK_STR(it[0].path, "t.wet#2");
		CHECK_INT(it[0].kind, CONCORD_KIND_TEXT);
		CHECK_STR(it[0].url, "http://t/");
		CHECK_STR(it[0].data, "Storm hits the coast.");
		CHECK_STR(it[1].path, "t.wet#4");
		CHECK_STR(it[1].charset, "utf-8");
	}
	free_items(it, n);
}

/* --- memory sources ------------------------------------------------------ */

static void test_memory_source(void)
{
	const char *jl = "{\"title\":\"T\",\"html\":\"<p>a</p>\",\"site\":\"s.example\",\"date\":\"2024-01-02\"}\n"
	    "[1,2]\n{\"html\":\"\",\"text\":\"   \"}\n";
	size_t gl;
	char *g = gzip_bytes(jl, strlen(jl), &gl);
	item it[8];
	size_t n = walk_memory("mem.jsonl", g, gl, it, 8);
	CHECK_INT(n, 3);
	if (n == 3) {
		CHECK_STR(it[0].path, "mem.jsonl:1");
		CHECK_INT(it[0].kind, CONCORD_KIND_HTML);
		CHECK_STR(it[0].title, "T");
		CHECK_STR(it[1].err, "mem.jsonl:2: not a JSON object");
		CHECK_INT(it[2].st, CONCORD_EEMPTY);
	}
	free_items(it, n);
	free(g);
	n = walk_memory("empty", "", 0, it, 8);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(it[0].err, "empty: empty file");
	free_items(it, n);
	n = walk_memory("page", "<p>x</p>", 8, it, 8);
	CHECK_INT(n, 1);
	if (n == 1) {
		CHECK_STR(it[0].path, "page");
		CHECK_INT(it[0].kind, CONCORD_KIND_HTML);
	}
	free_items(it, n);
	/* a source stays usable after END and frees mid-walk */
	concord_source *s;
	concord_input in;
	CHECK_INT(concord_source_open_memory("x", "{\"text\":\"a\"}\n{\"text\":\"b\"}", 25, &s), CONCORD_OK);
	CHECK_INT(concord_source_next(s, &in), CONCORD_OK);
	concord_source_free(s);
}

/* --- detection ----------------------------------------------------------- */

static concord_kind kind_of(const char *s)
{
	return concord_detect_kind(s, strlen(s));
}

static void test_detect_kind(void)
{
	CHECK_INT(concord_detect_kind(NULL, 0), CONCORD_KIND_NONE);
	CHECK_INT(kind_of(""), CONCORD_KIND_NONE);
	CHECK_INT(kind_of(" \r\n\t "), CONCORD_KIND_NONE);
	CHECK_INT(kind_of("\xEF\xBB\xBF  \n"), CONCORD_KIND_NONE);
	CHECK_INT(concord_detect_kind("ab\0cd", 5), CONCORD_KIND_NONE);
	CHECK_INT(kind_of("\x01\x02\x03\x04 binary \x05\x06\x07\x08\x0e"), CONCORD_KIND_NONE);
	CHECK_INT(kind_of("%PDF-1.4\n%text-like start"), CONCORD_KIND_NONE);
	CHECK_INT(kind_of("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), CONCORD_KIND_WARC);
	CHECK_INT(kind_of("WARC/1.1\r\n"), CONCORD_KIND_WARC);
	CHECK_INT(kind_of("WARC/2.0\r\n"), CONCORD_KIND_TEXT);
	CHECK_INT(kind_of("{\"a\": 1}\n{\"b\""), CONCORD_KIND_JSONL);
	CHECK_INT(kind_of("\n  {\"a\": [1]}"), CONCORD_KIND_JSONL);
	CHECK_INT(kind_of("{not json}\nmore"), CONCORD_KIND_TEXT);
	CHECK_INT(kind_of("{\n \"a\": 1\n}\n"), CONCORD_KIND_TEXT);
	CHECK_INT(kind_of("[1, 2]\n"), CONCORD_KIND_TEXT);
	CHECK_INT(kind_of("<!DOCTYPE html>\n<p>x"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("<!doctype   HTML PUBLIC \"-//W3C//DTD\">"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("\xEF\xBB\xBF<!-- a comment --> <html lang=en>"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("<?xml version=\"1.0\"?>\n<html xmlns=\"x\">"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("<HEAD><TITLE>x</TITLE>"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("<meta charset=utf-8><title>t</title>"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("<body>"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("\n\n<div id=main>story</div>"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("Header line\n<article><p>text</p></article>"), CONCORD_KIND_HTML);
	CHECK_INT(kind_of("Plain text, with a < b and <not a tag>."), CONCORD_KIND_TEXT);
	CHECK_INT(kind_of("<person> said hello"), CONCORD_KIND_TEXT);
	CHECK_INT(kind_of("Plain text article.\n\nSecond paragraph."), CONCORD_KIND_TEXT);
	/* windows-1251 Cyrillic is text even though it is not UTF-8 */
	CHECK_INT(kind_of("\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0!\n"), CONCORD_KIND_TEXT);
	/* a form feed and an escape are fine in text */
	CHECK_INT(kind_of("Page 1\fPage 2 \x1b[1mbold\x1b[0m"), CONCORD_KIND_TEXT);
	/* UTF-16 with a BOM */
	CHECK_INT(concord_detect_kind("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14), CONCORD_KIND_HTML);
	CHECK_INT(concord_detect_kind("\xFE\xFF\0H\0i\0!", 8), CONCORD_KIND_TEXT);
	/* real files */
	size_t len;
	char *seed = harness_read_file("../shared/seeds/002_936a602e0eadc9bc.txt", &len);
	CHECK(seed && concord_detect_kind(seed, len) == CONCORD_KIND_TEXT);
	free(seed);
}

static void test_pathological(void)
{
	/* many small inputs and long runs of one token: each must come out
	 * (a quadratic scan would make this test crawl) */
	size_t lines = 100000;
	buf b = {0};
	for (size_t i = 0; i < lines; i++)
		buf_puts(&b, "{\"text\":\"x\"}\n");
	concord_source *s;
	concord_input in;
	concord_status st;
	size_t n = 0, bad = 0;
	CHECK_INT(concord_source_open_memory("many.jsonl", b.data, b.len, &s), CONCORD_OK);
	while ((st = concord_source_next(s, &in)) != CONCORD_END)
		st ? bad++ : n++;
	concord_source_free(s);
	CHECK_INT(n, lines);
	CHECK_INT(bad, 0);

	b.len = 0;
	size_t records = 20000;
	for (size_t i = 0; i < records; i++)
		buf_puts(&b, "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: "
		    "text/html\r\nContent-Length: 8\r\n\r\n<p>x</p>\r\n\r\n");
	n = bad = 0;
	CHECK_INT(concord_source_open_memory("many.warc", b.data, b.len, &s), CONCORD_OK);
	while ((st = concord_source_next(s, &in)) != CONCORD_END)
		st ? bad++ : n++;
	concord_source_free(s);
	CHECK_INT(n, records);
	CHECK_INT(bad, 0);

	/* 4 MB of unclosed comments, of newlines, of one header line */
	b.len = 0;
	for (size_t i = 0; i < ((size_t)1 << 20); i++)
		buf_puts(&b, "<!--");
	CHECK_INT(concord_detect_kind(b.data, b.len), CONCORD_KIND_HTML);
	memset(b.data, '\n', b.len);
	b.data[b.len - 1] = 'x';
	CHECK_INT(concord_detect_kind(b.data, b.len), CONCORD_KIND_TEXT);
	memcpy(b.data, "WARC/1.0\r\nX: ", 14);
	memset(b.data + 14, 'a', b.len - 14);
	item it[4];
	n = walk_memory("long.warc", b.data, b.len, it, 4);
	CHECK_INT(n, 1);
	if (n == 1)
		CHECK_STR(it[0].err, "long.warc#1: record header too long");
	free_items(it, n);
	buf_free(&b);
}

static const test_case tests[] = {
	{"mixed_directory", test_mixed_directory},
	{"paths_in_order", test_paths_in_order},
	{"seeds", test_seeds},
	{"gzip_html", test_gzip_html},
	{"gzip_edge_cases", test_gzip_edge_cases},
	{"limits", test_limits},
	{"zip_bomb_stream", test_zip_bomb_stream},
	{"directory_loop", test_directory_loop},
	{"depth_cap", test_depth_cap},
	{"stdin", test_stdin},
	{"warc_gold", test_warc_gold},
	{"warc_small_files", test_warc_small_files},
	{"warc_truncated_copy", test_warc_truncated_copy},
	{"warc_crafted", test_warc_crafted},
	{"warc_gzip_payload", test_warc_gzip_payload},
	{"warc_wet", test_warc_wet},
	{"memory_source", test_memory_source},
	{"detect_kind", test_detect_kind},
	{"pathological", test_pathological},
};

HARNESS_MAIN(tests)
